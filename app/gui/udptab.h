#pragma once

#include "payloadparser.h"
#include "udpengine.h"

#include <QByteArray>
#include <QHostAddress>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class DataChunkModel;
class TrafficRecorder;

namespace Ui {
class UdpTab;
}

// The UDP tab, after the tutorial's UDP receiver/sender exercise. Two
// UdpEngine instances, both recording under tab id "udp":
//  - the receiver binds an address:port chosen by the user (port 0: any),
//    answers "hello" through editable auto-reply rules and can reply to the
//    sender of a selected datagram;
//  - the sender sends the payload field once or repeatedly (every N ms,
//    count times), optionally from a fixed local port; replies that come back
//    to its socket are listed too.
// Datagrams of both sockets share one list (the last MaxRows rows; older ones
// are dropped and counted). The Explain pane (ExplainPane) shows both sockets'
// calls and the equivalent receiver or sender program, in Python and C++/Qt,
// for the part the user used last.
//
// GUI thread only. The tab owns both engines; the recorder is not owned and
// must outlive the tab. Received and typed data are shown as plain text only.
// Texts set from code are rebuilt on QEvent::LanguageChange.
class UdpTab final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 2000; // datagram list rows kept

    explicit UdpTab(TrafficRecorder *recorder, QWidget *parent = nullptr);
    ~UdpTab() override;

    // Enables what can act now, from the engines' state (bound, repeating)
    // and the list's selection, and feeds the Wireshark pane (receiver's
    // address and port, sender's target).
    void updateWidgets();

    // The engines, for the main window's status and for tests. Owned by the tab.
    UdpEngine *receiver() const { return m_receiver; }
    UdpEngine *sender() const { return m_sender; }

    // For the command line (--udp-receive / --udp-send): fill the fields and
    // act as the buttons would. startReceiver() adds an address that is not
    // in the list; it returns whether the receiver is bound (the tab shows why not).
    bool startReceiver(const QHostAddress &address, quint16 port);
    void setTarget(const QString &host, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Via : quint8 { Receiver, Sender };

    void retranslateCode();
    void fillBindAddresses();
    void fillEncodings();

    // Receiver
    void bindReceiver();
    void closeReceiver();
    void showReceiverState();
    void addRule();
    void removeRule();
    void insertRuleRow(const UdpReplyRule &rule);
    void applyRules();
    void replyToSelected();

    // Sender
    void sendPayload();
    void startRepeat();
    void showSenderState();
    // Prepares the sender socket (local port) and returns the target, or
    // nothing after showing what is wrong next to the field.
    bool prepareSend(QString *host, quint16 *port, QByteArray *bytes);
    std::optional<QByteArray> parsePayload(bool showError);

    // Datagram list and counters
    void addDatagram(Via via, const UdpDatagram &datagram);
    QString viaLabel(const QVariant &tag) const;
    void showAllRows();
    void clearList();
    void showCounters();
    void showDropped();

    // Messages and Explain
    void showError(const UdpError &error);
    void showMessage(const QString &text);
    // The Explain pane's program follows the part (receiver or sender) the
    // user used last: showProgramFor() switches and shows, showProgram()
    // rebuilds the current one from the fields.
    void showProgramFor(Via part);
    void showProgram();
    void showWiresharkContext();

    // Reads a port field: empty/0 allowed only with allowZero. On failure the
    // message goes into errorLabel (shown), else errorLabel is hidden.
    static std::optional<quint16> readPort(const QString &text, bool allowZero, QLabel *errorLabel);
    static void setFieldError(QLabel *label, const QString &text);

    std::unique_ptr<Ui::UdpTab> m_ui;
    UdpEngine *m_receiver = nullptr; // child of this
    UdpEngine *m_sender = nullptr; // child of this
    DataChunkModel *m_datagrams = nullptr; // child of this: the datagram list
    // Made once per language / sender, not per datagram (floods).
    QString m_receiverLabel;
    QString m_senderLabel;
    QHostAddress m_lastSender;
    QString m_lastSenderText;
    bool m_fillingRules = false; // the rules table is being filled from code
    Via m_programPart = Via::Receiver; // whose program the Explain pane shows
};
