#include "tcpserverclientthread.h"

#include "socketerrors.h"
#include "tcpserverengine.h"
#include "tcpserversupport.h"
#include "trafficrecorder.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSocketNotifier>
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
        if (kind == TrafficKind::Closed || kind == TrafficKind::Reset)
            event.end = endFromNote(note);
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
    const ReplyMaker replyMaker(m_settings.replyTemplate, m_settings.encoding);
    // progress is throttled: a chatty client must not flood the engine's
    // thread with one queued signal per message.
    QElapsedTimer sinceProgress;
    bool progressPending = false;
    auto reportProgress = [&](bool now) {
        progressPending = true;
        if (!now && sinceProgress.isValid() && sinceProgress.elapsed() < ProgressIntervalMs)
            return;
        progressPending = false;
        sinceProgress.start();
        emit progress(id, bytesIn, bytesOut, messagesIn, messagesOut);
    };

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
        reportProgress(false);
    };
    auto flushExplain = [&] {
        if (progressPending)
            reportProgress(true); // the last counters before `ended`
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
        if (progressPending && sinceProgress.elapsed() >= ProgressIntervalMs)
            reportProgress(true);

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

        // Qt closes the device once the peer's end of stream and every
        // buffered byte are consumed; reading it then only warns.
        const QByteArray data = socket.isOpen() ? socket.readAll() : QByteArray();
        if (!data.isEmpty()) {
            bytesIn += quint64(data.size());
            ++messagesIn;
            record(TrafficKind::Received, data, QString());
            if (recvCalls.add(data.size(), &call))
                emit socketCallMade(call);
            reportProgress(false);
            if (!replyMaker.sendsNothing())
                send(replyMaker.reply(data, m_settings.peer), true);
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

namespace {
constexpr int WorkerCloseTimeoutMs = 5000; // as the engine: a peer that never reads must not keep a socket
} // namespace

struct TcpServerIoWorker::Client
{
    QTcpSocket *socket = nullptr; // child of the worker
    qintptr descriptor = -1;
    quint64 id = 0;
    QString local;
    QString peer;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    TcpServerEngine::ClientState state = TcpServerEngine::ClientState::Served;
    bool resetSeen = false;
    bool closing = false;
    EndReason closeReason = EndReason::ServerClosed;
    QString failure;
    CallCoalescer recvCalls{QStringLiteral("recv")};
    CallCoalescer sendCalls{QStringLiteral("send")};
    QList<QObject *> notifiers;
};

TcpServerIoWorker::TcpServerIoWorker(TrafficRecorder *recorder)
    : m_recorder(recorder)
    , m_batchTimer(this) // a child, so moveToThread() takes it along
{
    qRegisterMetaType<Batch>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TcpServerIoWorker::flushBatch);
}

TcpServerIoWorker::~TcpServerIoWorker()
{
    // ~QAbstractSocket aborts and would signal into this half-destroyed worker.
    for (Client *c : std::as_const(m_clients)) {
        disconnect(c->socket, nullptr, this, nullptr);
        for (QObject *notifier : std::as_const(c->notifiers))
            notifier->removeEventFilter(this);
        delete c->socket;
        delete c;
    }
}

void TcpServerIoWorker::configure(const QString &replyTemplate, const QString &encoding)
{
    m_reply = ReplyMaker(replyTemplate, encoding);
    m_encoding = encoding;
}

int TcpServerIoWorker::clientCount() const
{
    return int(m_clients.size());
}

TcpServerIoWorker::Client *TcpServerIoWorker::client(quint64 id) const
{
    return m_clients.value(id, nullptr);
}

void TcpServerIoWorker::addClients(const QList<NewClient> &clients)
{
    for (const NewClient &client : clients)
        addClient(client.id, client.descriptor, client.local, client.peer);
}

void TcpServerIoWorker::addClient(quint64 id, qintptr descriptor, const QString &local, const QString &peer)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
#ifdef Q_OS_UNIX
        ::close(int(descriptor)); // still ours: nobody else will close it
#endif
        ClientDelta delta;
        delta.id = id;
        delta.state = int(TcpServerEngine::ClientState::Failed);
        delta.ended = true;
        delta.note = socket->errorString();
        Client failed;
        failed.local = local;
        failed.peer = peer;
        record(TrafficKind::Error, &failed, QByteArray(), delta.note);
        delete socket;
        m_ended.append(delta);
        if (!m_batchTimer.isActive())
            m_batchTimer.start();
        return;
    }
    prepareForReading(socket);
    auto *c = new Client;
    c->socket = socket;
    c->descriptor = descriptor;
    c->id = id;
    c->local = local;
    c->peer = peer;
    // As in the engine: Qt reads a RST as an end of stream, so ask the kernel
    // before Qt's handler reads the socket.
    const auto notifiers = socket->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers) {
        if (notifier->type() != QSocketNotifier::Read)
            continue;
        notifier->installEventFilter(this);
        m_readNotifiers.insert(notifier, id);
        c->notifiers.append(notifier);
    }
    connect(socket, &QIODevice::readyRead, this, [this, id] { readFrom(id); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, id] { socketDisconnected(id); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, id](QAbstractSocket::SocketError error) { socketFailed(id, int(error)); });
    m_clients.insert(id, c);
    if (socket->bytesAvailable() > 0)
        readFrom(id);
}

bool TcpServerIoWorker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::SockAct) {
        const auto it = m_readNotifiers.constFind(watched);
        if (it != m_readNotifiers.constEnd()) {
            if (Client *c = client(it.value()); c && !c->closing && kernelSaysReset(c->descriptor))
                c->resetSeen = true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TcpServerIoWorker::readFrom(quint64 id)
{
    Client *c = client(id);
    if (!c)
        return;
    QList<SocketCall> lines;
    bool reset = false;
    const QByteArray data = readTurn(c->socket, c->descriptor, &c->recvCalls, &lines, &reset);
    if (reset && !c->closing)
        c->resetSeen = true;
    if (data.isEmpty())
        return;
    c->bytesIn += quint64(data.size());
    ++c->messagesIn;
    record(TrafficKind::Received, c, data, QString());
    for (const SocketCall &line : std::as_const(lines))
        call(line);
    markDirty(id);
    if (c->closing || m_reply.sendsNothing())
        return;
    write(c, m_reply.reply(data, c->peer), true);
}

void TcpServerIoWorker::write(Client *c, const QByteArray &bytes, bool explained)
{
    const qint64 written = c->socket->write(bytes);
    if (written < 0)
        return;
    c->bytesOut += quint64(written);
    ++c->messagesOut;
    record(TrafficKind::Sent, c, bytes, QString());
    SocketCall line;
    if (explained && c->sendCalls.add(written, &line))
        call(line);
    markDirty(c->id);
    // See TcpServerEngine::write: a half-closing peer must still get it. Last,
    // because flushing into a peer that reset reports the disconnect at once,
    // and finish() frees the client: c may be gone when flush() returns.
    c->socket->flush();
}

void TcpServerIoWorker::send(quint64 id, const QByteArray &bytes, bool explained)
{
    if (Client *c = client(id); c && !c->closing)
        write(c, bytes, explained);
}

void TcpServerIoWorker::sendToAll(const QByteArray &bytes)
{
    // A write may end a client (see write()) and change m_clients.
    const QList<quint64> ids = m_clients.keys();
    for (const quint64 id : ids) {
        if (Client *c = client(id); c && !c->closing)
            write(c, bytes, false);
    }
}

void TcpServerIoWorker::closeClient(quint64 id)
{
    if (Client *c = client(id); c && !c->closing)
        closeGracefully(c, EndReason::ServerClosed);
}

void TcpServerIoWorker::abortClient(quint64 id)
{
    Client *c = client(id);
    if (!c)
        return;
    explain(QStringLiteral("setsockopt"), QStringLiteral("SO_LINGER, {1, 0}"),
            setLingerZero(c->descriptor) ? QStringLiteral("0") : QStringLiteral("-1"));
    explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
    c->closing = true;
    c->closeReason = EndReason::ServerAborted;
    c->socket->abort(); // emits disconnected, which finishes the client
    if (client(id))
        finish(c, int(TcpServerEngine::ClientState::Reset), endNote(EndReason::ServerAborted));
}

void TcpServerIoWorker::stopAll()
{
    const QList<quint64> ids = m_clients.keys();
    for (const quint64 id : ids) {
        if (Client *c = client(id); c && !c->closing)
            closeGracefully(c, EndReason::ServerStopped);
    }
    flushBatch();
}

void TcpServerIoWorker::closeGracefully(Client *c, EndReason reason)
{
    c->closing = true;
    c->closeReason = reason;
    c->state = TcpServerEngine::ClientState::Closing;
    markDirty(c->id);
    QTcpSocket *socket = c->socket;
    QTimer::singleShot(WorkerCloseTimeoutMs, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost(); // may finish c right here
}

void TcpServerIoWorker::socketFailed(quint64 id, int error)
{
    Client *c = client(id);
    const auto socketError = QAbstractSocket::SocketError(error);
    if (!c || socketError == QAbstractSocket::RemoteHostClosedError || c->closing)
        return;
    SocketErrors::Context context;
    context.host = c->socket->peerAddress().toString();
    context.port = c->socket->peerPort();
    c->failure = SocketErrors::explain(socketError, context);
    if (c->failure.isEmpty())
        c->failure = c->socket->errorString();
    const QString errnoName = SocketErrors::errnoName(socketError);
    explain(QStringLiteral("recv"), QString(), errnoName.isEmpty() ? QStringLiteral("-1") : errnoName, true);
    record(TrafficKind::Error, c, QByteArray(), c->failure);
}

void TcpServerIoWorker::socketDisconnected(quint64 id)
{
    using State = TcpServerEngine::ClientState;
    Client *c = client(id);
    if (!c)
        return;
    if (c->closing) {
        if (c->closeReason == EndReason::ServerAborted) {
            finish(c, int(State::Reset), endNote(EndReason::ServerAborted));
        } else {
            explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
            finish(c, int(State::Closed), endNote(c->closeReason));
        }
    } else if (c->resetSeen) {
        explain(QStringLiteral("recv"), QString(), QStringLiteral("ECONNRESET"), true);
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, int(State::Reset), endNote(EndReason::PeerReset));
    } else if (!c->failure.isEmpty()) {
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, int(State::Failed), c->failure);
    } else {
        explain(QStringLiteral("recv"), QString(),
                QCoreApplication::translate("TcpServerEngine", "0 (peer closed)"));
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, int(State::Closed), endNote(EndReason::PeerClosed));
    }
}

void TcpServerIoWorker::finish(Client *c, int state, const QString &note)
{
    using State = TcpServerEngine::ClientState;
    SocketCall line;
    if (c->recvCalls.flush(&line))
        call(line);
    if (c->sendCalls.flush(&line))
        call(line);
    switch (State(state)) {
    case State::Reset: record(TrafficKind::Reset, c, QByteArray(), note); break;
    case State::Failed: break; // the Error event was recorded when the error happened
    default: record(TrafficKind::Closed, c, QByteArray(), note); break;
    }
    ClientDelta delta;
    delta.id = c->id;
    delta.bytesIn = c->bytesIn;
    delta.bytesOut = c->bytesOut;
    delta.messagesIn = c->messagesIn;
    delta.messagesOut = c->messagesOut;
    delta.state = state;
    delta.ended = true;
    delta.note = note;
    m_ended.append(delta);
    m_dirty.remove(c->id);
    for (QObject *notifier : std::as_const(c->notifiers))
        m_readNotifiers.remove(notifier);
    disconnect(c->socket, nullptr, this, nullptr);
    c->socket->deleteLater(); // we may be inside one of its signals
    m_clients.remove(c->id);
    delete c;
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TcpServerIoWorker::markDirty(quint64 id)
{
    m_dirty.insert(id);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TcpServerIoWorker::explain(const QString &function, const QString &arguments, const QString &result,
                                bool failed)
{
    call(makeCall(function, arguments, result, failed));
}

void TcpServerIoWorker::call(const SocketCall &line)
{
    m_calls.append(line);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TcpServerIoWorker::record(TrafficKind kind, const Client *c, const QByteArray &payload,
                               const QString &note) const
{
    if (!m_recorder)
        return;
    TrafficEvent event;
    event.tab = QStringLiteral("tcp-server");
    event.kind = kind;
    event.protocol = TrafficProtocol::Tcp;
    event.local = c->local;
    event.peer = c->peer;
    event.payload = payload;
    event.encoding = m_encoding;
    event.note = note;
    if (kind == TrafficKind::Closed || kind == TrafficKind::Reset)
        event.end = endFromNote(note);
    m_recorder->record(event);
}

void TcpServerIoWorker::flushBatch()
{
    m_batchTimer.stop();
    if (m_dirty.isEmpty() && m_ended.isEmpty() && m_calls.isEmpty())
        return;
    Batch batch;
    batch.clients.reserve(m_dirty.size() + m_ended.size());
    for (const quint64 id : std::as_const(m_dirty)) {
        const Client *c = client(id);
        if (!c)
            continue;
        ClientDelta delta;
        delta.id = id;
        delta.bytesIn = c->bytesIn;
        delta.bytesOut = c->bytesOut;
        delta.messagesIn = c->messagesIn;
        delta.messagesOut = c->messagesOut;
        delta.state = int(c->state);
        batch.clients.append(delta);
    }
    batch.clients.append(m_ended);
    batch.calls.swap(m_calls);
    m_dirty.clear();
    m_ended.clear();
    emit batchReady(batch);
}
