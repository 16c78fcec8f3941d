#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

// Sends a list of messages the way a person at a keyboard would: one, then
// waits for the answer (or a time-out), then the next. Used by the command
// line's `--send TEXT` options for the TCP client, UDP and Broadcast tabs.
//
// The script does not know the socket: it calls the send function it was
// given, and the owner calls noteReply() whenever data arrives. A step ends
// QuietMs after the last noteReply() (a reply may come in several reads), or
// after the reply time-out when nothing came. stop() ends the script (e.g.
// the connection closed); the rest is not sent.
//
// GUI thread (the owner's thread) only; signals are emitted in it.
class SendScript final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultReplyTimeoutMs = 2000;
    static constexpr int QuietMs = 150;

    using SendFunction = std::function<bool(const QByteArray &message)>;

    explicit SendScript(SendFunction send, QObject *parent = nullptr);

    void setReplyTimeout(int ms); // >= 0; 0: do not wait for replies
    int replyTimeout() const { return m_replyTimeoutMs; }

    // Starts sending messages (replacing a running script). An empty list
    // finishes at once.
    void start(const QList<QByteArray> &messages);
    void noteReply();
    void stop();
    bool isRunning() const { return m_running; }

    int sentCount() const { return m_sent; }
    int repliedCount() const { return m_replied; }

signals:
    void messageSent(int index);
    // The answer to message index came (true) or the time-out passed (false).
    void stepFinished(int index, bool replied);
    // All sent, the send function refused one, or stop() was called.
    void finished(int sent, int replied);

private:
    void sendNext();
    void endStep(bool replied);
    void finish();

    SendFunction m_send;
    QList<QByteArray> m_messages;
    QTimer m_timer; // reply time-out, then the quiet period after a reply
    int m_replyTimeoutMs = DefaultReplyTimeoutMs;
    int m_next = 0;
    int m_sent = 0;
    int m_replied = 0;
    bool m_running = false;
    bool m_gotReply = false; // data came during the current step
};
