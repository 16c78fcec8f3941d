#include "tcpserverengine.h"

#include "eventclock.h"
#include "socketerrors.h"
#include "tcpserverclientthread.h"
#include "tcpserversupport.h"
#include "trafficrecorder.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
Q_LOGGING_CATEGORY(lcTcpServer, "netlab.tcp")

constexpr int WaitingPollMs = 200;
constexpr int CloseTimeoutMs = 5000; // a peer that never reads must not keep a socket forever
} // namespace

using namespace TcpServerSupport;

// QTcpServer hands accepted descriptors to incomingConnection(). Thread per
// client and the I/O workers need the raw descriptor (the socket is created in
// the thread that serves it); otherwise QTcpServer wraps it in a QTcpSocket in
// this thread. takeDescriptor returns false to leave it to QTcpServer.
class TcpServerListener final : public QTcpServer
{
public:
    explicit TcpServerListener(std::function<bool(qintptr)> takeDescriptor)
        : m_takeDescriptor(std::move(takeDescriptor))
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        if (!m_takeDescriptor || !m_takeDescriptor(handle))
            QTcpServer::incomingConnection(handle);
    }

private:
    std::function<bool(qintptr)> m_takeDescriptor;
};

struct TcpServerEngine::IoWorker
{
    QThread *thread = nullptr; // owned; quit and waited for by the engine's destructor
    TcpServerIoWorker *worker = nullptr; // lives in thread, deleted there when it finishes
    QString label; // "io-1 · TID 4250"
    int clients = 0; // clients the engine gave it that have not ended
    // Accepted in this event-loop turn, handed over in one queued call: a
    // worker polling thousands of sockets should not loop once per accept.
    QList<TcpServerIoWorker::NewClient> newClients;
};

struct TcpServerEngine::WorkerClient
{
    ClientInfo info;
    int worker = 0; // index in m_workers
    QString local;
    bool closing = false;
};

struct TcpServerEngine::Connection
{
    QTcpSocket *socket = nullptr; // child of the engine
    qintptr descriptor = -1;
    ClientInfo info;
    QString local;
    bool resetSeen = false; // the kernel said TCP_CLOSE before Qt read the socket
    bool replied = false; // ReplyOnce: the one reply is out
    bool closing = false; // the server closed (or aborted) its side
    EndReason closeReason = EndReason::ServerClosed;
    QString failure; // a socket error explained, when one ended it
    CallCoalescer recvCalls{QStringLiteral("recv")};
    CallCoalescer sendCalls{QStringLiteral("send")};
    QList<QObject *> notifiers;
};

TcpServerEngine::TcpServerEngine(TrafficRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    qRegisterMetaType<SocketCall>();
    qRegisterMetaType<ClientInfo>();
    resetTemplates();
    m_waitingTimer.setInterval(WaitingPollMs);
    connect(&m_waitingTimer, &QTimer::timeout, this, &TcpServerEngine::pollWaitingCount);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(ClientUpdateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &TcpServerEngine::flushClientUpdates);
}

TcpServerEngine::~TcpServerEngine()
{
    stop();
    // Sockets still finishing their close would otherwise signal into a
    // half-destroyed engine from ~QObject.
    for (Connection *c : std::as_const(m_connections)) {
        disconnect(c->socket, nullptr, this, nullptr);
        for (QObject *notifier : std::as_const(c->notifiers))
            notifier->removeEventFilter(this);
        delete c->socket;
        delete c;
    }
    m_connections.clear();
    // Quit every worker first, then wait: they wind down in parallel. Each
    // worker deletes its sockets in its own thread (finished -> deleteLater).
    for (const auto &w : m_workers) {
        disconnect(w->worker, nullptr, this, nullptr);
        w->thread->quit();
    }
    for (const auto &w : m_workers) {
        w->thread->wait();
        delete w->thread;
    }
    m_workers.clear();
}

bool TcpServerEngine::listen(const QHostAddress &address, quint16 port, Mode mode)
{
    stop();
    m_error.clear();
    m_mode = mode;
    m_address = address;
    m_refused = 0;
    m_localPending = 0;
    m_stopping = false;
    m_threadLabel = currentThreadLabel();

    std::function<bool(qintptr)> descriptorTaker;
    if (mode == Mode::ThreadPerClient || mode == Mode::EventLoop)
        descriptorTaker = [this](qintptr descriptor) {
            return this->takeDescriptor(descriptor);
        };
    m_listener = std::make_unique<TcpServerListener>(std::move(descriptorTaker));
    // Conversation mode: Qt may hold one accepted connection; every other one
    // must stay in the kernel's queue, where waitingCount() sees it.
    if (mode == Mode::Conversation)
        m_listener->setMaxPendingConnections(1);
    connect(m_listener.get(), &QTcpServer::newConnection, this, &TcpServerEngine::acceptPending);

    const bool v6
        = address.protocol() == QAbstractSocket::IPv6Protocol || address == QHostAddress(QHostAddress::Any);
    const QString target = TrafficNames::endpoint(address, port);
    explain(QStringLiteral("socket"),
            v6 ? QStringLiteral("AF_INET6, SOCK_STREAM") : QStringLiteral("AF_INET, SOCK_STREAM"),
            QStringLiteral("fd"));
    explain(QStringLiteral("setsockopt"), QStringLiteral("SO_REUSEADDR, 1"), QStringLiteral("0"));

    if (!m_listener->listen(address, port)) {
        const QAbstractSocket::SocketError error = m_listener->serverError();
        SocketErrors::Context context;
        context.host = address.toString();
        context.port = port;
        context.listening = true;
        QString message = SocketErrors::explain(error, context);
        if (message.isEmpty())
            message = m_listener->errorString();
        const QString errnoName = SocketErrors::errnoName(error);
        explain(QStringLiteral("bind"), target, errnoName.isEmpty() ? QStringLiteral("-1") : errnoName, true);
        qCInfo(lcTcpServer) << "listen failed on" << target << m_listener->errorString();
        m_listener.reset();
        record(TrafficKind::Error, target, QString(), QByteArray(), message);
        setError(message);
        return false;
    }

    const QString local = TrafficNames::endpoint(m_listener->serverAddress(), m_listener->serverPort());
    explain(QStringLiteral("bind"), target, QStringLiteral("0"));
    explain(QStringLiteral("listen"), QString::number(ListenBacklog), QStringLiteral("0"));
    if (port == 0)
        explain(QStringLiteral("getsockname"), QString(), local);
    record(TrafficKind::Listening, local, QString(), QByteArray(),
           tr("Listening (%1): %2").arg(modeName(mode), explainMode(mode)));
    qCInfo(lcTcpServer) << "listening on" << local << "mode" << mode;
    m_waiting = 0;
    m_waitingTimer.start();
    emit listeningChanged(true);
    return true;
}

void TcpServerEngine::stop()
{
    if (!m_listener && m_connections.isEmpty() && m_threads.isEmpty() && m_workerClients.isEmpty())
        return;
    m_stopping = true;
    m_waitingTimer.stop();
    const bool wasListening = m_listener != nullptr;
    QString local;
    if (m_listener) {
        local = TrafficNames::endpoint(m_listener->serverAddress(), m_listener->serverPort());
        m_listener->close(); // connections still in the kernel's queue get a RST
    }

    const QList<quint64> ids = m_connections.keys();
    for (const quint64 id : ids) {
        if (Connection *c = connection(id); c && !c->closing)
            closeGracefully(c, EndReason::ServerStopped);
    }

    // The workers close their clients (FIN; the Closed events are recorded as
    // the sockets finish, as for the engine's own). Blocking: when stop()
    // returns, every close has been started.
    for (int i = 0; i < int(m_workers.size()); ++i) {
        handOverNewClients(i); // accepted just now: they are closed like the others
        TcpServerIoWorker *worker = m_workers[size_t(i)]->worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->stopAll(); }, Qt::BlockingQueuedConnection);
        m_workers[size_t(i)]->clients = 0;
    }
    for (auto it = m_workerClients.begin(); it != m_workerClients.end(); ++it) {
        ClientInfo info = it->info;
        info.state = ClientState::Closed;
        info.note = endNote(EndReason::ServerStopped);
        clientEnded(info);
    }
    m_workerClients.clear();

    // Ask every thread first, then wait for each: they close in parallel.
    for (TcpServerClientThread *thread : std::as_const(m_threads))
        thread->requestStop();
    for (auto it = m_threads.begin(); it != m_threads.end(); ++it) {
        it.value()->quit();
        it.value()->wait();
        auto info = m_threadClients.find(it.key());
        if (info != m_threadClients.end()) {
            info->state = ClientState::Closed;
            info->note = endNote(EndReason::ServerStopped);
            clientEnded(*info);
        }
        delete it.value();
    }
    m_threads.clear();
    m_threadClients.clear();

    if (wasListening) {
        explain(QStringLiteral("close"), tr("listening socket"), QStringLiteral("0"));
        record(TrafficKind::Closed, local, QString(), QByteArray(), tr("The server stopped listening."));
        qCInfo(lcTcpServer) << "stopped listening on" << local;
    }
    m_listener.reset();
    m_servingConversation = false;
    if (m_waiting != 0) {
        m_waiting = 0;
        emit waitingCountChanged(0);
    }
    m_stopping = false;
    if (wasListening)
        emit listeningChanged(false);
}

bool TcpServerEngine::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress TcpServerEngine::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 TcpServerEngine::serverPort() const
{
    return m_listener ? m_listener->serverPort() : quint16(0);
}

TcpServerEngine::Mode TcpServerEngine::mode() const
{
    return m_mode;
}

QString TcpServerEngine::errorString() const
{
    return m_error;
}

QString TcpServerEngine::explainMode(Mode mode)
{
    switch (mode) {
    case Mode::ReplyOnce:
        return tr("Reply once: accept a client, read one message, send one reply, close the "
                  "connection.");
    case Mode::Conversation:
        return tr("Conversation: one client at a time answers commands; the others wait in the "
                  "kernel's accept queue until it leaves.");
    case Mode::ThreadPerClient:
        return tr("Thread per client: every accepted connection gets its own thread running a "
                  "blocking recv()/send() loop.");
    case Mode::EventLoop:
        return tr("Event loop: one thread serves many clients with non-blocking sockets, woken "
                  "when a socket is ready (the way Qt works).");
    }
    return QString();
}

QString TcpServerEngine::modeName(Mode mode)
{
    switch (mode) {
    case Mode::ReplyOnce: return tr("Reply once");
    case Mode::Conversation: return tr("Conversation");
    case Mode::ThreadPerClient: return tr("Thread per client");
    case Mode::EventLoop: return tr("Event loop");
    }
    return QString();
}

void TcpServerEngine::setReplyTemplate(Mode mode, const QString &replyTemplate)
{
    m_templates[size_t(mode)] = replyTemplate;
    m_replies[size_t(mode)] = ReplyMaker(replyTemplate, m_encoding);
    if (mode == Mode::EventLoop)
        configureWorkers();
}

QString TcpServerEngine::replyTemplate(Mode mode) const
{
    return m_templates[size_t(mode)];
}

void TcpServerEngine::setCommands(const QList<Command> &commands)
{
    m_commands = commands;
}

QList<TcpServerEngine::Command> TcpServerEngine::commands() const
{
    return m_commands;
}

QString TcpServerEngine::defaultReplyTemplate(Mode mode)
{
    switch (mode) {
    case Mode::ReplyOnce:
        //: Reply of the "reply once" server; {message} is what the client sent.
        return tr("Server received your message: {message}");
    case Mode::Conversation:
        //: Conversation server's reply to anything that is no command.
        return tr("Received: {message}");
    case Mode::ThreadPerClient:
    case Mode::EventLoop:
        //: Reply of the threaded and event-loop servers to every message.
        return tr("Server received: {message}");
    }
    return QString();
}

QList<TcpServerEngine::Command> TcpServerEngine::defaultCommands()
{
    return {
        //: Conversation command "time" (the word itself is not translated).
        {QStringLiteral("time"), tr("Current time: {time}"), false},
        //: Conversation command "exit": the server says goodbye and closes.
        {QStringLiteral("exit"), tr("Goodbye!"), true},
    };
}

void TcpServerEngine::resetTemplates()
{
    for (const Mode mode : {Mode::ReplyOnce, Mode::Conversation, Mode::ThreadPerClient, Mode::EventLoop}) {
        m_templates[size_t(mode)] = defaultReplyTemplate(mode);
        m_replies[size_t(mode)] = ReplyMaker(m_templates[size_t(mode)], m_encoding);
    }
    m_commands = defaultCommands();
    configureWorkers();
}

void TcpServerEngine::setEncoding(const QString &encodingId)
{
    m_encoding = encodingId;
    for (size_t i = 0; i < m_templates.size(); ++i)
        m_replies[i] = ReplyMaker(m_templates[i], m_encoding);
    configureWorkers();
}

void TcpServerEngine::configureWorkers()
{
    const QString replyTemplate = m_templates[size_t(Mode::EventLoop)];
    const QString encoding = m_encoding;
    for (const auto &w : m_workers) {
        TcpServerIoWorker *worker = w->worker;
        QMetaObject::invokeMethod(
            worker, [worker, replyTemplate, encoding] { worker->configure(replyTemplate, encoding); });
    }
}

QString TcpServerEngine::encoding() const
{
    return m_encoding;
}

void TcpServerEngine::setMaxClients(int maxClients)
{
    m_maxClients = qMax(1, maxClients);
}

int TcpServerEngine::maxClients() const
{
    return m_maxClients;
}

void TcpServerEngine::setMaxThreads(int maxThreads)
{
    m_maxThreads = qMax(1, maxThreads);
}

int TcpServerEngine::maxThreads() const
{
    return m_maxThreads;
}

int TcpServerEngine::refusedCount() const
{
    return m_refused;
}

int TcpServerEngine::waitingCount() const
{
    return m_waiting;
}

void TcpServerEngine::setLocalClientLimit(int clients)
{
    m_localClientLimit = qMax(0, clients);
}

int TcpServerEngine::localClientLimit() const
{
    return m_localClientLimit;
}

int TcpServerEngine::ioThreadCount() const
{
    return int(m_workers.size());
}

QList<TcpServerEngine::ClientInfo> TcpServerEngine::clients() const
{
    QList<ClientInfo> result;
    for (const Connection *c : m_connections)
        result.append(c->info);
    for (const ClientInfo &info : m_threadClients)
        result.append(info);
    for (const WorkerClient &client : m_workerClients)
        result.append(client.info);
    return result;
}

int TcpServerEngine::clientCount() const
{
    return int(m_connections.size() + m_threadClients.size() + m_workerClients.size());
}

int TcpServerEngine::threadCount() const
{
    return int(m_threads.size());
}

bool TcpServerEngine::sendTo(quint64 clientId, const QByteArray &bytes)
{
    if (Connection *c = connection(clientId); c && !c->closing) {
        write(c, bytes, true);
        clientChanged(clientId);
        return true;
    }
    if (TcpServerClientThread *thread = m_threads.value(clientId)) {
        thread->enqueueSend(bytes, true);
        return true;
    }
    if (auto it = m_workerClients.constFind(clientId); it != m_workerClients.constEnd() && !it->closing) {
        handOverNewClients(it->worker); // the worker must know the client first
        TcpServerIoWorker *worker = m_workers[size_t(it->worker)]->worker;
        QMetaObject::invokeMethod(worker, [worker, clientId, bytes] { worker->send(clientId, bytes, true); });
        return true;
    }
    return false;
}

int TcpServerEngine::sendToAll(const QByteArray &bytes)
{
    int count = 0;
    // A write into a peer that reset ends that connection at once (see
    // write()), which takes it out of m_connections: walk a copy. The
    // Connection objects themselves live until the next event-loop turn.
    const auto connections = m_connections.values();
    for (Connection *c : connections) {
        if (c->closing)
            continue;
        write(c, bytes, false);
        clientChanged(c->info.id);
        ++count;
    }
    for (TcpServerClientThread *thread : std::as_const(m_threads)) {
        thread->enqueueSend(bytes, false);
        ++count;
    }
    // One queued call per worker, not per client.
    for (const WorkerClient &client : std::as_const(m_workerClients))
        count += client.closing ? 0 : 1;
    for (int i = 0; i < int(m_workers.size()); ++i) {
        handOverNewClients(i);
        TcpServerIoWorker *worker = m_workers[size_t(i)]->worker;
        if (m_workers[size_t(i)]->clients > 0)
            QMetaObject::invokeMethod(worker, [worker, bytes] { worker->sendToAll(bytes); });
    }
    // One Explain line for the whole loop, not one per client.
    explain(QStringLiteral("send"), tr("to each of %n client(s)", nullptr, count), bytesText(bytes.size()));
    return count;
}

bool TcpServerEngine::closeClient(quint64 clientId)
{
    if (Connection *c = connection(clientId)) {
        if (!c->closing)
            closeGracefully(c, EndReason::ServerClosed);
        return true;
    }
    if (TcpServerClientThread *thread = m_threads.value(clientId)) {
        thread->enqueueClose();
        return true;
    }
    if (auto it = m_workerClients.find(clientId); it != m_workerClients.end()) {
        if (!it->closing) {
            it->closing = true;
            it->info.state = ClientState::Closing;
            handOverNewClients(it->worker); // the worker must know the client first
            TcpServerIoWorker *worker = m_workers[size_t(it->worker)]->worker;
            QMetaObject::invokeMethod(worker, [worker, clientId] { worker->closeClient(clientId); });
            clientChanged(clientId);
        }
        return true;
    }
    return false;
}

bool TcpServerEngine::abortClient(quint64 clientId)
{
    if (Connection *c = connection(clientId)) {
        explain(QStringLiteral("setsockopt"), QStringLiteral("SO_LINGER, {1, 0}"),
                setLingerZero(c->descriptor) ? QStringLiteral("0") : QStringLiteral("-1"));
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        c->closing = true;
        c->closeReason = EndReason::ServerAborted;
        c->socket->abort(); // emits disconnected, which finishes the connection
        if (connection(clientId))
            finish(c, ClientState::Reset, endNote(EndReason::ServerAborted));
        return true;
    }
    if (TcpServerClientThread *thread = m_threads.value(clientId)) {
        thread->enqueueAbort();
        return true;
    }
    if (auto it = m_workerClients.find(clientId); it != m_workerClients.end()) {
        it->closing = true;
        handOverNewClients(it->worker); // the worker must know the client first
        TcpServerIoWorker *worker = m_workers[size_t(it->worker)]->worker;
        QMetaObject::invokeMethod(worker, [worker, clientId] { worker->abortClient(clientId); });
        return true;
    }
    return false;
}

bool TcpServerEngine::takeDescriptor(qintptr descriptor)
{
    if (m_mode == Mode::ThreadPerClient) {
        acceptDescriptor(descriptor);
        return true;
    }
    // EventLoop: the first clients become QTcpSockets in this thread (Qt's
    // own path); the rest go to the I/O workers.
    // QTcpServer queues the sockets it makes (up to 30) before newConnection
    // lets us take them: count those too.
    if (m_connections.size() + m_localPending < m_localClientLimit) {
        ++m_localPending;
        return false;
    }
    serveOnWorker(descriptor);
    return true;
}

void TcpServerEngine::startWorkers()
{
    const int count = qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < count; ++i) {
        auto w = std::make_unique<IoWorker>();
        w->thread = new QThread;
        // The OS thread gets the name too: `top -H` shows io-1, io-2.
        w->thread->setObjectName(QStringLiteral("io-%1").arg(i + 1));
        w->worker = new TcpServerIoWorker(m_recorder);
        w->worker->configure(m_templates[size_t(Mode::EventLoop)], m_encoding);
        w->worker->moveToThread(w->thread);
        connect(w->thread, &QThread::finished, w->worker, &QObject::deleteLater);
        connect(w->worker, &TcpServerIoWorker::batchReady, this,
                [this, i](const TcpServerIoWorker::Batch &batch) {
                    for (const TcpServerIoWorker::ClientDelta &d : batch.clients)
                        workerClientChanged(i, d.id, d.bytesIn, d.bytesOut, d.messagesIn, d.messagesOut,
                                            d.state, d.ended, d.note);
                    for (const SocketCall &call : batch.calls)
                        emit socketCallMade(call);
                });
        w->thread->start();
        // Once per worker, not per client: the label the table shows.
        QString label;
        QMetaObject::invokeMethod(
            w->worker, [&label] { label = currentThreadLabel(); }, Qt::BlockingQueuedConnection);
        w->label = label;
        m_workers.push_back(std::move(w));
    }
}

void TcpServerEngine::serveOnWorker(qintptr descriptor)
{
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
    peerEndpoint(descriptor, &peerAddress, &peerPort);
    localEndpoint(descriptor, &localAddress, &localPort);
    const QString peer = TrafficNames::endpoint(peerAddress, peerPort);
    const QString local = TrafficNames::endpoint(localAddress, localPort);
    if (clientCount() >= m_maxClients) {
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        refuse(peer, local,
               tr("Refused %1: the server already serves %n client(s), its limit; the connection "
                  "was accepted and closed at once.",
                  nullptr, m_maxClients)
                   .arg(peer));
        return;
    }
    if (m_workers.empty())
        startWorkers();
    int index = 0;
    for (int i = 1; i < int(m_workers.size()); ++i) {
        if (m_workers[size_t(i)]->clients < m_workers[size_t(index)]->clients)
            index = i;
    }
    IoWorker &w = *m_workers[size_t(index)];
    ++w.clients;

    explain(QStringLiteral("accept"), QString(), peer);
    record(TrafficKind::Accepted, local, peer);
    WorkerClient client;
    client.info.id = m_nextId++;
    client.info.peerAddress = peerAddress;
    client.info.peerPort = peerPort;
    client.info.peer = peer;
    client.info.thread = w.label;
    client.info.connectedSince = EventClock::now();
    client.info.state = ClientState::Served;
    client.worker = index;
    client.local = local;
    const quint64 id = client.info.id;
    m_workerClients.insert(id, client);
    if (w.newClients.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, index] { handOverNewClients(index); }, Qt::QueuedConnection);
    w.newClients.append({id, descriptor, local, peer});
    emit clientAdded(client.info);
}

void TcpServerEngine::handOverNewClients(int index)
{
    if (index < 0 || index >= int(m_workers.size()))
        return;
    TcpServerIoWorker *worker = m_workers[size_t(index)]->worker;
    const QList<TcpServerIoWorker::NewClient> clients
        = std::exchange(m_workers[size_t(index)]->newClients, {});
    if (!clients.isEmpty())
        QMetaObject::invokeMethod(worker, [worker, clients] { worker->addClients(clients); });
}

void TcpServerEngine::workerClientChanged(int worker, quint64 id, quint64 bytesIn, quint64 bytesOut,
                                          quint64 messagesIn, quint64 messagesOut, int state, bool ended,
                                          const QString &note)
{
    auto it = m_workerClients.find(id);
    if (it == m_workerClients.end())
        return; // stop() has already reported it
    it->info.bytesIn = bytesIn;
    it->info.bytesOut = bytesOut;
    it->info.messagesIn = messagesIn;
    it->info.messagesOut = messagesOut;
    it->info.state = ClientState(state);
    if (!ended) {
        clientChanged(id);
        return;
    }
    ClientInfo info = it->info;
    info.note = note;
    m_workerClients.erase(it);
    if (worker >= 0 && worker < int(m_workers.size()))
        --m_workers[size_t(worker)]->clients;
    clientEnded(info);
}

const TcpServerEngine::ClientInfo *TcpServerEngine::liveClient(quint64 id) const
{
    if (const Connection *c = connection(id))
        return &c->info;
    if (auto it = m_workerClients.constFind(id); it != m_workerClients.constEnd())
        return &it->info;
    if (auto it = m_threadClients.constFind(id); it != m_threadClients.constEnd())
        return &*it;
    return nullptr;
}

void TcpServerEngine::clientChanged(quint64 id)
{
    // The first change after a quiet spell goes out at once (a table that
    // follows one slow client stays immediate); the rest wait for the timer.
    if (m_pendingUpdates.contains(id))
        return; // the timer will send the latest values
    const qint64 now = EventClock::nowMSecsSinceEpoch();
    const auto last = m_lastUpdateMs.constFind(id);
    if (last == m_lastUpdateMs.constEnd() || now - *last >= ClientUpdateIntervalMs || now < *last) {
        if (const ClientInfo *info = liveClient(id)) {
            m_lastUpdateMs.insert(id, now);
            const ClientInfo copy = *info; // a slot may call back and change the hash it lives in
            emit clientUpdated(copy);
        }
        return;
    }
    m_pendingUpdates.insert(id);
    if (!m_updateTimer.isActive())
        m_updateTimer.start(
            int(qBound(qint64(1), *last + ClientUpdateIntervalMs - now, qint64(ClientUpdateIntervalMs))));
}

void TcpServerEngine::clientEnded(const ClientInfo &info)
{
    m_pendingUpdates.remove(info.id);
    m_lastUpdateMs.remove(info.id);
    emit clientUpdated(info);
}

void TcpServerEngine::flushClientUpdates()
{
    // One timer for every client: emit those whose interval is over, keep
    // the others for the next tick, so no client gets two updates within
    // ClientUpdateIntervalMs.
    const qint64 now = EventClock::nowMSecsSinceEpoch();
    const QSet<quint64> pending = std::exchange(m_pendingUpdates, {});
    qint64 nextDue = ClientUpdateIntervalMs;
    for (const quint64 id : pending) {
        const ClientInfo *info = liveClient(id);
        if (!info)
            continue;
        const qint64 last = m_lastUpdateMs.value(id, 0);
        const qint64 wait = last + ClientUpdateIntervalMs - now;
        if (wait > 0 && now >= last) {
            m_pendingUpdates.insert(id);
            nextDue = qMin(nextDue, wait);
            continue;
        }
        m_lastUpdateMs.insert(id, now);
        const ClientInfo copy = *info;
        emit clientUpdated(copy);
    }
    if (!m_pendingUpdates.isEmpty())
        m_updateTimer.start(int(qMax<qint64>(1, nextDue)));
}

void TcpServerEngine::acceptPending()
{
    if (!m_listener)
        return;
    if (m_mode == Mode::Conversation) {
        // Not now: QTcpServer is still inside its accept loop. Taking the
        // connection later lets that loop stop at its one-pending limit, so
        // the next clients stay in the kernel's queue.
        if (!m_servingConversation)
            QMetaObject::invokeMethod(this, &TcpServerEngine::takeNextConversationClient,
                                      Qt::QueuedConnection);
        return;
    }
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        m_localPending = qMax(0, m_localPending - 1);
        startServing(socket);
    }
}

void TcpServerEngine::takeNextConversationClient()
{
    if (!m_listener || m_servingConversation)
        return;
    QTcpSocket *socket = m_listener->nextPendingConnection();
    if (!socket)
        return;
    // nextPendingConnection() re-enabled accepting; pause before the event
    // loop runs again.
    m_listener->pauseAccepting();
    m_servingConversation = true;
    startServing(socket);
}

void TcpServerEngine::refuse(const QString &peer, const QString &local, const QString &reason)
{
    ++m_refused;
    explain(QStringLiteral("accept"), QString(), peer);
    explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
    record(TrafficKind::Error, local, peer, QByteArray(), reason);
    qCInfo(lcTcpServer) << "refused" << peer << "refused so far:" << m_refused;
    emit clientRefused(peer, reason);
}

void TcpServerEngine::acceptDescriptor(qintptr descriptor)
{
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
    peerEndpoint(descriptor, &peerAddress, &peerPort);
    localEndpoint(descriptor, &localAddress, &localPort);
    const QString peer = TrafficNames::endpoint(peerAddress, peerPort);
    const QString local = TrafficNames::endpoint(localAddress, localPort);

    QString reason;
    if (m_threads.size() >= m_maxThreads)
        reason = tr("Refused %1: all %n thread(s) allowed are busy serving clients; the connection "
                    "was accepted and closed at once.",
                    nullptr, m_maxThreads)
                     .arg(peer);
    else if (m_threadClients.size() >= m_maxClients)
        reason = tr("Refused %1: the server already serves %n client(s), its limit; the connection "
                    "was accepted and closed at once.",
                    nullptr, m_maxClients)
                     .arg(peer);
    if (!reason.isEmpty()) {
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        refuse(peer, local, reason);
        return;
    }

    explain(QStringLiteral("accept"), QString(), peer);
    record(TrafficKind::Accepted, local, peer);

    ClientInfo info;
    info.id = m_nextId++;
    info.peerAddress = peerAddress;
    info.peerPort = peerPort;
    info.peer = peer;
    info.connectedSince = EventClock::now();
    info.state = ClientState::Waiting;

    TcpServerClientThread::Settings settings;
    settings.clientId = info.id;
    settings.descriptor = descriptor;
    settings.replyTemplate = m_templates[size_t(Mode::ThreadPerClient)];
    settings.encoding = m_encoding;
    settings.local = local;
    settings.peer = peer;
    auto *thread = new TcpServerClientThread(m_recorder, settings, this);
    info.thread = thread->objectName();
    connect(thread, &TcpServerClientThread::serving, this, &TcpServerEngine::threadStarted);
    connect(thread, &TcpServerClientThread::progress, this, &TcpServerEngine::threadProgress);
    connect(thread, &TcpServerClientThread::ended, this, &TcpServerEngine::threadFinished);
    connect(thread, &TcpServerClientThread::socketCallMade, this, &TcpServerEngine::socketCallMade);
    m_threads.insert(info.id, thread);
    m_threadClients.insert(info.id, info);
    emit clientAdded(info);
    thread->start();
}

void TcpServerEngine::threadStarted(quint64 id, const QString &threadLabel)
{
    auto it = m_threadClients.find(id);
    if (it == m_threadClients.end())
        return;
    it->thread = threadLabel;
    it->state = ClientState::Served;
    clientChanged(id);
}

void TcpServerEngine::threadProgress(quint64 id, quint64 bytesIn, quint64 bytesOut, quint64 messagesIn,
                                     quint64 messagesOut)
{
    auto it = m_threadClients.find(id);
    if (it == m_threadClients.end())
        return;
    it->bytesIn = bytesIn;
    it->bytesOut = bytesOut;
    it->messagesIn = messagesIn;
    it->messagesOut = messagesOut;
    clientChanged(id);
}

void TcpServerEngine::threadFinished(quint64 id, int state, const QString &note)
{
    auto it = m_threadClients.find(id);
    if (it == m_threadClients.end())
        return; // stop() has already waited for it
    ClientInfo info = *it;
    m_threadClients.erase(it);
    info.state = ClientState(state);
    info.note = note;
    if (TcpServerClientThread *thread = m_threads.take(id)) {
        thread->wait(); // `ended` is the last thing run() does: this is short
        delete thread;
    }
    clientEnded(info);
}

void TcpServerEngine::startServing(QTcpSocket *socket)
{
    socket->setParent(this);
    const QString peer = TrafficNames::endpoint(socket->peerAddress(), socket->peerPort());
    const QString local = TrafficNames::endpoint(socket->localAddress(), socket->localPort());

    if (clientCount() >= m_maxClients) {
        refuse(peer, local,
               tr("Refused %1: the server already serves %n client(s), its limit; the connection "
                  "was accepted and closed at once.",
                  nullptr, m_maxClients)
                   .arg(peer));
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }

    auto owned = std::make_unique<Connection>();
    Connection *c = owned.get();
    c->socket = socket;
    c->descriptor = socket->socketDescriptor();
    c->local = local;
    c->info.id = m_nextId++;
    c->info.peerAddress = socket->peerAddress();
    c->info.peerPort = socket->peerPort();
    c->info.peer = peer;
    c->info.thread = m_threadLabel;
    c->info.connectedSince = EventClock::now();
    c->info.state = ClientState::Served;
    const quint64 id = c->info.id;
    prepareForReading(socket);

    explain(QStringLiteral("accept"), QString(), peer);
    record(TrafficKind::Accepted, local, peer);

    // Qt reads a RST as an ordinary end of stream (ECONNRESET becomes 0), so
    // look at the kernel's TCP state each time the socket turns readable,
    // before Qt's own handler reads it.
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
            [this, id](QAbstractSocket::SocketError error) { socketFailed(id, error); });
    m_connections.insert(id, owned.release());
    emit clientAdded(c->info);
    if (socket->bytesAvailable() > 0)
        readFrom(id);
}

bool TcpServerEngine::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::SockAct) {
        const auto it = m_readNotifiers.constFind(watched);
        if (it != m_readNotifiers.constEnd()) {
            if (Connection *c = connection(it.value()); c && !c->closing && kernelSaysReset(c->descriptor))
                c->resetSeen = true;
        }
    }
    return QObject::eventFilter(watched, event);
}

TcpServerEngine::Connection *TcpServerEngine::connection(quint64 id) const
{
    return m_connections.value(id, nullptr);
}

void TcpServerEngine::readFrom(quint64 id)
{
    Connection *c = connection(id);
    if (!c)
        return;
    QList<SocketCall> lines;
    bool reset = false;
    const QByteArray data = readTurn(c->socket, c->descriptor, &c->recvCalls, &lines, &reset);
    if (reset && !c->closing)
        c->resetSeen = true;
    if (data.isEmpty())
        return;
    c->info.bytesIn += quint64(data.size());
    ++c->info.messagesIn;
    record(TrafficKind::Received, c->local, c->info.peer, data);
    for (const SocketCall &line : std::as_const(lines))
        emit socketCallMade(line);

    if (c->closing || (m_mode == Mode::ReplyOnce && c->replied)) {
        clientChanged(id);
        return;
    }
    bool closeAfter = false;
    QByteArray reply;
    if (m_mode == Mode::Conversation) {
        // Commands need the text; the other modes decode only when the
        // template quotes {message} (ReplyMaker).
        QString lineEnding;
        const QString message = messageText(data, m_encoding, &lineEnding);
        const QString word = message.trimmed();
        const Command *matched = nullptr;
        for (const Command &command : std::as_const(m_commands)) {
            if (!command.word.isEmpty() && word.compare(command.word, Qt::CaseInsensitive) == 0) {
                matched = &command;
                break;
            }
        }
        if (matched) {
            closeAfter = matched->closeAfterReply;
            if (!matched->replyTemplate.isEmpty()) {
                const QString text
                    = expandTemplate(matched->replyTemplate, message, c->info.peer, EventClock::now());
                reply = encodeReply(text, m_encoding, lineEnding);
            }
        } else {
            reply = m_replies[size_t(m_mode)].reply(data, c->info.peer);
        }
    } else {
        if (m_mode == Mode::ReplyOnce) {
            c->replied = true;
            closeAfter = true;
        }
        reply = m_replies[size_t(m_mode)].reply(data, c->info.peer);
    }
    if (!reply.isEmpty())
        write(c, reply, true);
    clientChanged(id);
    if (closeAfter)
        closeGracefully(c, EndReason::ServerClosedAfterReply); // may finish c: do not touch it after
}

void TcpServerEngine::write(Connection *c, const QByteArray &bytes, bool explained)
{
    const qint64 written = c->socket->write(bytes);
    if (written < 0)
        return;
    // Hand the bytes to the kernel now, not on the next write notification:
    // when the peer half-closes (shutdown(SHUT_WR)), Qt closes the descriptor
    // as soon as it reads the end of stream and drops its unwritten buffer.
    c->socket->flush();
    c->info.bytesOut += quint64(written);
    ++c->info.messagesOut;
    record(TrafficKind::Sent, c->local, c->info.peer, bytes);
    SocketCall call;
    if (explained && c->sendCalls.add(written, &call))
        emit socketCallMade(call);
}

void TcpServerEngine::closeGracefully(Connection *c, EndReason reason)
{
    c->closing = true;
    c->closeReason = reason;
    c->info.state = ClientState::Closing;
    clientChanged(c->info.id);
    QTcpSocket *socket = c->socket;
    QTimer::singleShot(CloseTimeoutMs, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost(); // FIN after the pending bytes; may finish c right here
}

void TcpServerEngine::socketFailed(quint64 id, QAbstractSocket::SocketError error)
{
    Connection *c = connection(id);
    // A FIN or RST from the peer arrives as RemoteHostClosedError; the
    // disconnected signal that follows tells which it was.
    if (!c || error == QAbstractSocket::RemoteHostClosedError || c->closing)
        return;
    SocketErrors::Context context;
    context.host = c->info.peerAddress.toString();
    context.port = c->info.peerPort;
    c->failure = SocketErrors::explain(error, context);
    if (c->failure.isEmpty())
        c->failure = c->socket->errorString();
    const QString errnoName = SocketErrors::errnoName(error);
    explain(QStringLiteral("recv"), QString(), errnoName.isEmpty() ? QStringLiteral("-1") : errnoName, true);
    record(TrafficKind::Error, c->local, c->info.peer, QByteArray(), c->failure);
}

void TcpServerEngine::socketDisconnected(quint64 id)
{
    Connection *c = connection(id);
    if (!c)
        return;
    if (c->closing) {
        if (c->closeReason == EndReason::ServerAborted) {
            finish(c, ClientState::Reset, endNote(EndReason::ServerAborted));
        } else {
            explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
            finish(c, ClientState::Closed, endNote(c->closeReason));
        }
    } else if (c->resetSeen) {
        explain(QStringLiteral("recv"), QString(), QStringLiteral("ECONNRESET"), true);
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, ClientState::Reset, endNote(EndReason::PeerReset));
    } else if (!c->failure.isEmpty()) {
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, ClientState::Failed, c->failure);
    } else {
        explain(QStringLiteral("recv"), QString(), tr("0 (peer closed)"));
        explain(QStringLiteral("close"), QString(), QStringLiteral("0"));
        finish(c, ClientState::Closed, endNote(EndReason::PeerClosed));
    }
}

void TcpServerEngine::finish(Connection *c, ClientState state, const QString &note)
{
    const quint64 id = c->info.id;
    SocketCall call;
    if (c->recvCalls.flush(&call))
        emit socketCallMade(call);
    if (c->sendCalls.flush(&call))
        emit socketCallMade(call);
    switch (state) {
    case ClientState::Reset: record(TrafficKind::Reset, c->local, c->info.peer, QByteArray(), note); break;
    case ClientState::Failed: break; // the Error event was recorded when the error happened
    default: record(TrafficKind::Closed, c->local, c->info.peer, QByteArray(), note); break;
    }
    c->info.state = state;
    c->info.note = note;
    for (QObject *notifier : std::as_const(c->notifiers))
        m_readNotifiers.remove(notifier);
    c->notifiers.clear();
    disconnect(c->socket, nullptr, this, nullptr);
    c->socket->deleteLater();
    m_connections.remove(id);
    // Callers up the stack may still hold c (a signal from this socket got us
    // here): free it on the next event-loop turn.
    m_finished.emplace_back(c);
    if (m_finished.size() == 1)
        QMetaObject::invokeMethod(this, &TcpServerEngine::buryFinished, Qt::QueuedConnection);
    clientEnded(c->info);

    if (m_mode == Mode::Conversation && m_servingConversation) {
        m_servingConversation = false;
        if (m_listener && !m_stopping) {
            m_listener->resumeAccepting();
            if (m_listener->hasPendingConnections())
                QMetaObject::invokeMethod(this, &TcpServerEngine::takeNextConversationClient,
                                          Qt::QueuedConnection);
        }
    }
}

void TcpServerEngine::buryFinished()
{
    m_finished.clear();
}

void TcpServerEngine::pollWaitingCount()
{
    if (!m_listener)
        return;
    const int waiting = acceptQueueLength(m_listener->socketDescriptor());
    if (waiting != m_waiting) {
        m_waiting = waiting;
        emit waitingCountChanged(waiting);
    }
}

void TcpServerEngine::record(TrafficKind kind, const QString &local, const QString &peer,
                             const QByteArray &payload, const QString &note) const
{
    if (!m_recorder)
        return;
    TrafficEvent event;
    event.tab = QStringLiteral("tcp-server");
    event.kind = kind;
    event.protocol = TrafficProtocol::Tcp;
    event.local = local;
    event.peer = peer;
    event.payload = payload;
    event.encoding = m_encoding;
    event.note = note;
    if (kind == TrafficKind::Closed || kind == TrafficKind::Reset)
        event.end = endFromNote(note);
    m_recorder->record(event);
}

void TcpServerEngine::explain(const QString &function, const QString &arguments, const QString &result,
                              bool failed)
{
    emit socketCallMade(makeCall(function, arguments, result, failed));
}

void TcpServerEngine::setError(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
}
