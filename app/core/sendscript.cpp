#include "sendscript.h"

SendScript::SendScript(SendFunction send, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { endStep(m_gotReply); });
}

void SendScript::setReplyTimeout(int ms)
{
    m_replyTimeoutMs = qMax(0, ms);
}

void SendScript::start(const QList<QByteArray> &messages)
{
    m_timer.stop();
    m_messages = messages;
    m_next = 0;
    m_sent = 0;
    m_replied = 0;
    m_running = true;
    sendNext();
}

void SendScript::noteReply()
{
    if (!m_running || m_next == 0)
        return;
    m_gotReply = true;
    // Wait for the rest of a reply that comes in several reads.
    m_timer.start(QuietMs);
}

void SendScript::stop()
{
    if (m_running)
        finish();
}

void SendScript::sendNext()
{
    if (m_next >= m_messages.size()) {
        finish();
        return;
    }
    const int index = m_next++;
    m_gotReply = false;
    if (!m_send(m_messages.at(index))) {
        finish();
        return;
    }
    ++m_sent;
    emit messageSent(index);
    if (!m_running) // a slot stopped us
        return;
    m_timer.start(m_replyTimeoutMs);
}

void SendScript::endStep(bool replied)
{
    if (!m_running)
        return;
    if (replied)
        ++m_replied;
    emit stepFinished(m_next - 1, replied);
    if (m_running)
        sendNext();
}

void SendScript::finish()
{
    m_timer.stop();
    m_running = false;
    emit finished(m_sent, m_replied);
}
