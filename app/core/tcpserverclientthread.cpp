#include "tcpserverclientthread.h"

#include "socketerrors.h"
#include "tcpserverengine.h"
#include "tcpserversupport.h"
#include "trafficrecorder.h"

#include <QMutexLocker>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <poll.h>
#include <unistd.h>
#endif

using namespace TcpServerSupport;

TcpServerClientThread::TcpServerClientThread(TrafficRecorder *recorder, Settings settings, QObject *parent)
    : QThread(parent)
    , m_recorder(recorder)
    , m_settings(std::move(settings))
{
    // The OS thread gets this name too: `ps -L` and `top -H` show it.
    setObjectName(QStringLiteral("client-%1").arg(m_settings.clientId));
}

TcpServerClientThread::~TcpServerClientThread() = default;

void TcpServerClientThread::enqueueSend(const QByteArray &bytes, bool explain)
{
    const QMutexLocker locker(&m_mutex);
    m_requests.enqueue({explain ? Action::SendExplained : Action::Send, bytes});
}

void TcpServerClientThread::enqueueClose()
{
    const QMutexLocker locker(&m_mutex);
    m_requests.enqueue({Action::Close, {}});
}

void TcpServerClientThread::enqueueAbort()
{
    const QMutexLocker locker(&m_mutex);
    m_requests.enqueue({Action::Abort, {}});
}

void TcpServerClientThread::requestStop()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_requests.enqueue({Action::Stop, {}});
    }
    requestInterruption();
}

void TcpServerClientThread::run()
{
    using State = TcpServerEngine::ClientState;
    const quint64 id = m_settings.clientId;

    auto record = [this](TrafficKind kind, const QByteArray &payload, const QString &note) {
        TrafficEvent event;
        event.tab = QStringLiteral("tcp-server");
        event.kind = kind;
        event.local = m_settings.local;
        event.peer = m_settings.peer;
        event.payload = payload;
        event.encoding = m_settings.encoding;
        event.note = note;
        m_recorder->record(event);
    };
    auto explain = [this](const QString &function, const QString &arguments, const QString &result,
                          bool failed = false) {
        emit socketCallMade(makeCall(function, arguments, result, failed));
    };

    QTcpSocket socket;
    if (!socket.setSocketDescriptor(m_settings.descriptor)) {
#ifdef Q_OS_UNIX
        ::close(int(m_settings.descriptor)); // still ours: nobody else will close it
#endif
        record(TrafficKind::Error, {}, socket.errorString());
        emit ended(id, int(State::Failed), socket.errorString());
        return;
    }
    const qintptr fd = socket.socketDescriptor();
    emit serving(id, currentThreadLabel());

    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    CallCoalescer recvCalls(QStringLiteral("recv"));
    CallCoalescer sendCalls(QStringLiteral("send"));
    SocketCall call;

    auto send = [&](const QByteArray &bytes, bool explained) {
        const qint64 written = socket.write(bytes);
        if (written < 0)
            return;
        socket.flush(); // as much as the kernel takes now; the loop writes the rest
        bytesOut += quint64(written);
        ++messagesOut;
        record(TrafficKind::Sent, bytes, QString());
        if (explained && sendCalls.add(written, &call))
            emit socketCallMade(call);
        emit progress(id, bytesIn, bytesOut, messagesIn, messagesOut);
    };
    auto flushExplain = [&] {
        if (recvCalls.flush(&call))
            emit socketCallMade(call);
        if (sendCalls.flush(&call))
            emit socketCallMade(call);
    };
    auto closeCleanly = [&](EndReason reason) {
        socket.disconnectFromHost(); // FIN once the pending bytes are out
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(2000);
        flushExplain();
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        record(TrafficKind::Closed, {}, endNote(reason));
        emit ended(id, int(State::Closed), endNote(reason));
    };

    for (;;) {
        QQueue<Request> requests;
        {
            const QMutexLocker locker(&m_mutex);
            requests.swap(m_requests);
        }
        bool done = false;
        while (!requests.isEmpty() && !done) {
            const Request request = requests.dequeue();
            switch (request.action) {
            case Action::Send:
            case Action::SendExplained: send(request.bytes, request.action == Action::SendExplained); break;
            case Action::Close:
                closeCleanly(EndReason::ServerClosed);
                done = true;
                break;
            case Action::Stop:
                closeCleanly(EndReason::ServerStopped);
                done = true;
                break;
            case Action::Abort:
                flushExplain();
                explain(QStringLiteral("setsockopt"), QStringLiteral("SO_LINGER, {1, 0}"),
                        setLingerZero(fd) ? QStringLiteral("0") : QStringLiteral("-1"));
                socket.abort();
                explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
                record(TrafficKind::Reset, {}, endNote(EndReason::ServerAborted));
                emit ended(id, int(State::Reset), endNote(EndReason::ServerAborted));
                done = true;
                break;
            }
        }
        if (done)
            return;
        if (isInterruptionRequested())
            continue; // the Stop request is already queued

        if (socket.bytesToWrite() > 0) {
            socket.waitForBytesWritten(PollIntervalMs);
            if (socket.state() == QAbstractSocket::ConnectedState)
                continue;
        }

        bool reset = false;
        if (socket.state() == QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
#ifdef Q_OS_UNIX
            // Wait here rather than inside waitForReadyRead(): Qt reads a RST
            // as an ordinary end of stream, so the kernel's TCP state must be
            // asked after the socket becomes readable and before Qt reads it.
            pollfd readable{};
            readable.fd = int(fd);
            readable.events = POLLIN;
            if (::poll(&readable, 1, PollIntervalMs) <= 0)
                continue;
            reset = kernelSaysReset(fd);
#endif
            if (!socket.waitForReadyRead(PollIntervalMs)
                && socket.error() == QAbstractSocket::SocketTimeoutError
                && socket.state() == QAbstractSocket::ConnectedState)
                continue;
        }

        const QByteArray data = socket.readAll();
        if (!data.isEmpty()) {
            bytesIn += quint64(data.size());
            ++messagesIn;
            record(TrafficKind::Received, data, QString());
            if (recvCalls.add(data.size(), &call))
                emit socketCallMade(call);
            emit progress(id, bytesIn, bytesOut, messagesIn, messagesOut);
            QString lineEnding;
            const QString message = messageText(data, m_settings.encoding, &lineEnding);
            const QString reply = expandTemplate(m_settings.replyTemplate, message, m_settings.peer,
                                                 QDateTime::currentDateTime());
            send(encodeReply(reply, m_settings.encoding, lineEnding), true);
            continue;
        }

        if (socket.state() == QAbstractSocket::ConnectedState)
            continue;
        flushExplain();
        if (reset) {
            explain(QStringLiteral("recv"), QString(), QStringLiteral("ECONNRESET"), true);
            record(TrafficKind::Reset, {}, endNote(EndReason::PeerReset));
            emit ended(id, int(State::Reset), endNote(EndReason::PeerReset));
        } else if (socket.error() == QAbstractSocket::RemoteHostClosedError) {
            explain(QStringLiteral("recv"), QString(),
                    QCoreApplication::translate("TcpServerEngine", "0 (peer closed)"));
            explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
            record(TrafficKind::Closed, {}, endNote(EndReason::PeerClosed));
            emit ended(id, int(State::Closed), endNote(EndReason::PeerClosed));
        } else {
            SocketErrors::Context context;
            const qsizetype colon = m_settings.peer.lastIndexOf(u':');
            context.host = m_settings.peer.left(colon);
            context.port = quint16(m_settings.peer.mid(colon + 1).toUInt());
            const QString note = SocketErrors::explain(socket.error(), context);
            explain(QStringLiteral("recv"), QString(), SocketErrors::errnoName(socket.error()), true);
            record(TrafficKind::Error, {}, note);
            emit ended(id, int(State::Failed), note);
        }
        return;
    }
}
