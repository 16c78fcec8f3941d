#pragma once

#include "payloadparser.h"
#include "tcpclientengine.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class DataChunkModel;
class TrafficRecorder;

namespace Ui {
class TcpClientTab;
}

// The TCP Client tab: one outgoing connection through TcpClientEngine, as a
// student's C client would make it. Host and port fields, Connect and
// Disconnect, the state with how long each step took, the local endpoint (the
// ephemeral port to look for in Wireshark) and the peer's; a payload field
// parsed by PayloadParser, sent once, repeated, or used by the two classic
// clients ("send once and close", "send and wait for reply"); the three ways
// to close; every read as its own row; and an Explain pane (ExplainPane) with the
// socket calls made and the same client written in Python and C++/Qt.
//
// GUI thread only. The tab creates and owns its engine; the recorder is not
// owned and must outlive the tab. Received and typed data are shown in plain
// text only. Texts set from code are rebuilt on QEvent::LanguageChange.
class TcpClientTab final : public QWidget
{
    Q_OBJECT
public:
    // At most this many reads are kept in the received list; older rows are
    // dropped and counted.
    static constexpr int MaxChunks = 2000;

    explicit TcpClientTab(TrafficRecorder *recorder, QWidget *parent = nullptr);
    ~TcpClientTab() override;

    // The engine the tab drives (owned by the tab), for the main window and tests.
    TcpClientEngine *engine() const;

    // For the command line (--tcp-client): fills host and port and presses Connect.
    void connectTo(const QString &host, quint16 port);
    // Streams the file's bytes over the open connection (the "Send a file…"
    // button, after its dialog); progress and the outcome appear beside it.
    void sendFile(const QString &path);

    // Enables what can act in the engine's current state and with the
    // current input, and feeds the Wireshark pane (connected: the real
    // endpoints and the connection; otherwise the target in the fields).
    void updateWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class ReplyView : quint8 { None, Waiting, Received, TimedOut };

    void retranslateCode();

    // Validation: each returns whether the field is usable and shows the
    // problem next to it.
    bool validateTarget();
    std::optional<quint16> parsedPort() const;
    QString targetError() const;
    PayloadResult parsedPayload() const;
    bool validatePayload();

    void connectToServer();
    void sendPayload();
    void startRepeating();
    // Validates input for a classic-client exercise and clears what the
    // previous connection left on screen; false when input is bad.
    bool prepareExercise();
    void sendOnceAndClose();
    void sendAndWaitForReply();
    void closeWith(TcpClientEngine::CloseKind kind);

    void showState(TcpClientEngine::State state, qint64 stepMs);
    void showEndpoints();
    void showWiresharkContext();
    void showChunk(const QByteArray &chunk);
    void showReceivedCount();
    void showReply();
    void showCloseInfo();
    void showMessage(const QString &message);
    void chooseFile();
    void showFileProgress(qint64 sent, qint64 total);
    // The Explain pane's program: the client the user would write for what
    // the fields say, sending once or waiting for a reply as last used.
    void showProgram();
    QString decoded(const QByteArray &bytes) const;
    void applyEncoding();

    std::unique_ptr<Ui::TcpClientTab> m_ui;
    TcpClientEngine *m_engine; // child of this
    DataChunkModel *m_chunks; // child of this: the received list

    // What is on screen, kept so it can be drawn again in another language.
    qint64 m_lastStepMs = -1;
    quint64 m_chunkNumber = 0; // reads on this tab so far, for the row numbers
    quint64 m_receivedBytes = 0;
    std::optional<TcpClientEngine::CloseKind> m_lastCloseKind;
    bool m_closed = false;
    TcpClientEngine::Closer m_closer = TcpClientEngine::Closer::Nobody;
    bool m_reset = false;
    QString m_closeReason; // engine-translated, as received
    ReplyView m_replyView = ReplyView::None;
    qint64 m_fileTotal = 0; // size of the file being sent
    QByteArray m_reply;
    int m_replyTimeoutMs = 0;
    bool m_programWaitsForReply = true; // the classic exercise until "send once" is used
};
