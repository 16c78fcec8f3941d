#pragma once

#include "udpengine.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class DataChunkModel;
class TrafficRecorder;

namespace Ui {
class BroadcastTab;
}

// The Broadcast tab: broadcast and multicast over two UdpEngine instances,
// both recording under tab id "broadcast":
//  - the receiver binds 0.0.0.0:port (port 0: any free port; the real one is
//    shown), joins and leaves multicast groups on a chosen interface and lists
//    every datagram with its source and the address it was sent to;
//  - the sender sends the payload once or repeatedly to a broadcast target
//    (an interface's subnet broadcast, 255.255.255.255 or, by default,
//    127.255.255.255, which stays on this computer), optionally bound to an
//    interface address, or to a multicast group with TTL, loopback and
//    outgoing interface options.
// A target other than 127.255.255.255 shows a warning that the datagram
// leaves this computer. The Explain pane shows the engines' socket calls and
// the equivalent Python and C++/Qt program with the current values.
//
// GUI thread only. The tab owns both engines; the recorder is not owned and
// must outlive the tab. Received and typed data are shown as plain text only.
// Texts set from code are rebuilt on QEvent::LanguageChange.
class BroadcastTab final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 2000; // datagram list rows kept
    static constexpr int TypingIntervalMs = 200; // sendTexts(): time between datagrams

    explicit BroadcastTab(TrafficRecorder *recorder, QWidget *parent = nullptr);
    ~BroadcastTab() override;

    // Enables what can act now, from the engines' state (bound, repeating,
    // groups joined, texts queued) and the fields, and feeds the Wireshark
    // pane (receiver's address and port, broadcast target and port).
    void updateWidgets();

    // Command line (--broadcast-receive PORT): binds the receiver to
    // 0.0.0.0:port as the Start button does (port 0: any free port). Returns
    // false when it could not bind; the reason is shown in the tab.
    bool startReceiver(quint16 port);
    // Command line (--broadcast-send ADDR:PORT): selects address in the
    // target list (adding it when missing) and fills in the port. Does not send.
    void setSenderTarget(const QHostAddress &address, quint16 port);
    // Command line (--send TEXT...): sends each text as a text payload in the
    // selected encoding to the current target, one after another
    // TypingIntervalMs apart, through the payload field (so it is visible).
    // Texts given while earlier ones are queued are sent after them.
    void sendTexts(const QStringList &texts);
    int queuedTexts() const { return int(m_typing.size()); }

    // The engines, for the main window's status and for tests. Owned by the tab.
    UdpEngine *receiver() const { return m_receiver; }
    UdpEngine *sender() const { return m_sender; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Via : quint8 { Receiver, Sender };
    enum class Program : quint8 { BroadcastSender, BroadcastReceiver, MulticastSender, MulticastReceiver };

    void retranslateCode();
    void fillReceiverAddresses();
    void fillTargets();
    void fillSources();
    void fillInterfaces();
    void fillEncodings();

    // Receiver and multicast groups
    void startClicked();
    void stopReceiver();
    void showReceiverState();
    void joinGroup();
    void leaveGroup();
    void showGroups();
    void showStartFirst(); // joining needs a bound receiver
    // The group typed, or nothing after saying what is wrong under the field.
    std::optional<QHostAddress> readGroup();

    // Sender
    void sendPayload();
    void startRepeat();
    void sendToGroup();
    void typeNextText();
    void showSenderState();
    void showTargetNotes();
    // Prepares the sender socket (bound to the chosen interface address or
    // not) and returns the port and bytes, or false after showing what is
    // wrong next to the fields.
    bool prepareSend(quint16 *port, QByteArray *bytes);
    std::optional<QByteArray> parsePayload(bool showError);
    QHostAddress currentTarget() const;
    QHostAddress currentSource() const;

    // Datagram list and counters
    void addDatagram(Via via, const UdpDatagram &datagram);
    QString rowLabel(const QVariant &tag) const;
    void showAllRows();
    void clearList();
    void showCounters();
    void showDropped();

    // Messages and Explain
    void showError(const UdpError &error);
    void showMessage(const QString &text);
    void showProgram();
    void showWiresharkContext();

    // Reads a port field: empty/0 allowed only with allowZero. On failure the
    // message goes into errorLabel (shown), else errorLabel is hidden.
    static std::optional<quint16> readPort(const QString &text, bool allowZero, QLabel *errorLabel);
    static void setFieldError(QLabel *label, const QString &text);

    std::unique_ptr<Ui::BroadcastTab> m_ui;
    UdpEngine *m_receiver = nullptr; // child of this
    UdpEngine *m_sender = nullptr; // child of this
    DataChunkModel *m_datagrams = nullptr; // child of this: the datagram list
    QList<UdpBroadcastTarget> m_targets; // what targetCombo lists, same order
    QHash<QString, QString> m_rowLabels; // "via|destination" -> rowLabel(), per language
    QStringList m_typing; // sendTexts() texts still to send
    QTimer m_typingTimer;
};
