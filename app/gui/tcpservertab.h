#pragma once

#include "payloadparser.h"
#include "tcpserverengine.h"
#include "trafficevent.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

class DataChunkModel;
class TcpClientTableModel;
class TrafficRecorder;

namespace Ui {
class TcpServerTab;
}

// The TCP Server tab: TcpServerEngine in one of its four modes, with the
// choices a course makes visible. Listen address (127.0.0.1 first; "all
// interfaces" last and warned about) and port (0 = any free one, the real one
// shown), Start and Stop; the mode with a sentence on the model it teaches;
// limits; the reply templates and the Conversation mode's command table,
// editable; a payload field to send to the selected clients or to all; the
// client table (TcpClientTableModel) with close and abort; every read and
// reply of this tab as a row (from the recorder, capped copies); and an
// Explain pane with the socket calls and the same server in Python and C++/Qt.
//
// GUI thread only. The tab creates and owns its engine and models; the
// recorder is not owned and must outlive the tab. Received and typed data are
// shown as plain text only. Texts set from code are rebuilt on
// QEvent::LanguageChange; reply templates the teacher has not edited follow
// the language.
class TcpServerTab final : public QWidget
{
    Q_OBJECT
public:
    // The messages list keeps at most this many rows (older ones are dropped
    // and counted) and at most this many bytes of each read or reply (the
    // traffic log keeps them whole).
    static constexpr int MaxMessages = 2000;
    static constexpr qsizetype KeptBytesPerMessage = 1024;

    explicit TcpServerTab(TrafficRecorder *recorder, QWidget *parent = nullptr);
    ~TcpServerTab() override;

    TcpServerEngine *engine() const;
    TcpClientTableModel *clientModel() const;
    DataChunkModel *messageModel() const;

    // Fills the address, port and mode fields and presses Start (the command
    // line's --tcp-server). An address that is not in the list is added.
    // Returns whether the server listens; on failure the tab shows why.
    bool startServer(const QHostAddress &address, quint16 port, TcpServerEngine::Mode mode);

    // Enables what can act in the engine's current state and with the
    // current input, and feeds the Wireshark pane (the listening endpoint;
    // the selected client row as the connection).
    void updateWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateCode();
    void fillModes();
    void fillEncodings();

    bool validatePort();
    PayloadResult parsedPayload() const;
    bool validatePayload();
    QHostAddress chosenAddress() const;
    TcpServerEngine::Mode chosenMode() const;

    void start();
    void stop();
    void showMode();
    void applyReplyTemplate();
    void resetTemplates();
    void showTemplates();
    void fillCommands();
    void applyCommands();
    void addCommand();
    void removeCommand();

    QList<quint64> selectedClients() const;
    void sendToSelected();
    void sendToAll();
    void closeSelected(bool abort);

    void noteTraffic(const TrafficEvent &event);
    void scheduleCounts();
    void showCounts();
    void showStatus();
    void showMessage(const QString &message);
    void showProgram();
    void showWiresharkContext();

    std::unique_ptr<Ui::TcpServerTab> m_ui;
    TrafficRecorder *m_recorder; // not owned; may be null
    TcpServerEngine *m_engine; // child of this
    TcpClientTableModel *m_clients; // child of this
    DataChunkModel *m_messages; // child of this
    QTimer m_countsTimer; // coalesces count updates under many clients
    bool m_templatesEdited = false; // the teacher changed a reply or command
    bool m_fillingCommands = false; // the command table is being filled from code
    quint64 m_messagesIn = 0;
    quint64 m_messagesOut = 0;
    // What is on screen, kept to draw it again in another language.
    int m_clientsClosedByStop = -1; // -1: the last stop is not being reported
};
