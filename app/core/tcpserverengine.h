#pragma once

#include "socketcall.h"
#include "tcpserversupport.h"
#include "trafficevent.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <array>
#include <memory>
#include <vector>

class QTcpSocket;
class QThread;
class TrafficRecorder;
class TcpServerClientThread;
class TcpServerIoWorker;
class TcpServerListener;

// The TCP server of the "TCP Server" tab, in the four shapes a course walks
// through (see Mode). It listens on the address and port it is given (port 0
// = the kernel picks one; serverPort() says which), answers clients with
// editable reply templates, and reports:
//  - every byte sent and received, every accept/close/reset/error to the
//    TrafficRecorder (tab id "tcp-server", exact byte counts, one event per
//    read, payload kept whole);
//  - the BSD socket calls a student would write, via socketCallMade (many
//    recv()/send() calls on one connection are summed, at most one line per
//    second per connection after the first three);
//  - the clients it serves, via clientAdded/clientUpdated (TcpClientTableModel
//    turns them into a table). clientUpdated is coalesced: at most one per
//    client every ClientUpdateIntervalMs while it is served (the first at once),
//    and always one final update, at once, when it ends.
//
// Threads: create, call and destroy the engine in one thread (normally the GUI
// thread); all signals are emitted in that thread. ThreadPerClient mode runs
// one TcpServerClientThread per client; those threads report back through
// queued signals and are quit and waited for by stop() and the destructor.
// EventLoop mode serves the first localClientLimit() clients in the engine's
// thread; the clients beyond go to a pool of I/O worker threads ("io-1",
// "io-2"…, QThread::idealThreadCount() of them, started on first need and kept
// until the engine is destroyed) so the engine's thread never polls thousands
// of sockets. ClientInfo::thread says which thread serves a client; sends,
// closes, aborts and stop() work the same for every client. Workers report in
// batches (at most every TcpServerIoWorker::BatchIntervalMs), so counters,
// states and Explain lines of worker-served clients lag by up to that long.
// Ownership: the engine owns its listener, sockets and threads; the recorder
// belongs to the caller and must outlive the engine.
class TcpServerEngine final : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        ReplyOnce, // 1: read one message, send one reply, close
        Conversation, // 2: one client at a time, commands, others wait in the backlog
        ThreadPerClient, // 3: one QThread with a blocking loop per client
        EventLoop, // 4: many clients, non-blocking sockets in the engine's thread
    };
    Q_ENUM(Mode)

    enum class ClientState {
        Waiting, // accepted, its thread is not running yet
        Served, // connected and being served
        Closing, // the server closed its side, waiting for the socket to finish
        Closed, // closed cleanly (by either side)
        Reset, // ended by a RST (from the peer, or an abort by the server)
        Refused, // accepted and closed at once: a limit was reached
        Failed, // ended by another socket error
    };
    Q_ENUM(ClientState)

    // One connected (or recently connected) client. A plain value.
    struct ClientInfo
    {
        quint64 id = 0; // unique for the engine's lifetime, never reused
        QHostAddress peerAddress;
        quint16 peerPort = 0;
        QString peer; // TrafficNames::endpoint(peerAddress, peerPort)
        QString thread; // who serves it: "main · TID 4242" / "client-7 · TID 4250"
        QDateTime connectedSince;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 messagesIn = 0; // reads that returned data
        quint64 messagesOut = 0; // replies and sends
        ClientState state = ClientState::Waiting;
        QString note; // why it ended, for people (empty while served)
    };

    // One entry of the Conversation mode's command table. `word` is matched
    // against the whole message (trailing line ending and surrounding blanks
    // removed), case-insensitively.
    struct Command
    {
        QString word; // "time", "exit"
        QString replyTemplate; // placeholders {message}, {time}, {peer}
        bool closeAfterReply = false;

        bool operator==(const Command &other) const
        {
            return word == other.word && replyTemplate == other.replyTemplate
                && closeAfterReply == other.closeAfterReply;
        }
    };

    static constexpr int DefaultMaxClients = 1000;
    static constexpr int DefaultMaxThreads = 500;
    static constexpr int ListenBacklog = 50; // what Qt passes to listen()
    // EventLoop mode: clients served in the engine's thread before the I/O
    // workers take the rest. Measured with bench_tcp_1000 (1,000 clients, a
    // line each every 100 ms, 2 cores): 10 ms timer lateness p99/max 1.95/6.2 ms
    // with 64, 5.7/19.6 ms with 256.
    static constexpr int DefaultLocalClientLimit = 64;
    static constexpr int ClientUpdateIntervalMs = 100; // clientUpdated per client, at most

    explicit TcpServerEngine(TrafficRecorder *recorder, QObject *parent = nullptr);
    ~TcpServerEngine() override; // stops, closing clients and waiting for threads

    // Starts listening (stops first when already listening). port 0 lets the
    // kernel choose. On failure returns false, errorString() explains (in
    // words from SocketErrors, naming the port) and errorOccurred is emitted.
    bool listen(const QHostAddress &address, quint16 port, Mode mode);
    // Stops listening and closes every client cleanly (the Closed events say
    // the server was stopped). Waits for every client thread. Idempotent.
    void stop();

    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const; // the port actually bound, 0 when not listening
    Mode mode() const;
    QString errorString() const; // the last error, translated; empty when none

    // A translated one-line explanation of a mode, and its short name.
    static QString explainMode(Mode mode);
    static QString modeName(Mode mode);

    // Reply templates. Placeholders: {message} (the message, line ending
    // removed), {time} (yyyy-MM-dd HH:mm:ss, local), {peer} (address:port).
    // An empty template means "no reply" (nothing is sent, not even a line
    // ending; ReplyOnce still closes after the first message). Reads are only
    // decoded when {message} or a command needs the text.
    // ReplyOnce, ThreadPerClient, EventLoop: the reply to every message.
    // Conversation: the reply to a message that is no command. A reply ends
    // with the same line ending as the message it answers (none, "\n" or
    // "\r\n"). Changes apply to the next message; a ThreadPerClient thread
    // keeps the templates it started with.
    void setReplyTemplate(Mode mode, const QString &replyTemplate);
    QString replyTemplate(Mode mode) const;
    void setCommands(const QList<Command> &commands);
    QList<Command> commands() const;
    // The defaults in the UI language (via tr(): the classic Chinese texts
    // under zh_CN, English otherwise). resetTemplates() takes them again, e.g.
    // after a language change when the teacher has not edited them.
    static QString defaultReplyTemplate(Mode mode);
    static QList<Command> defaultCommands();
    void resetTemplates();

    // The encoding messages are decoded from and replies encoded to
    // (a TextCodecs id, default "UTF-8").
    void setEncoding(const QString &encodingId);
    QString encoding() const;

    // Limits. Beyond maxClients (all modes) or maxThreads (ThreadPerClient)
    // a new connection is accepted and closed at once; the refusal is
    // recorded (TrafficKind::Error with a note), counted and signalled.
    void setMaxClients(int maxClients);
    int maxClients() const;
    void setMaxThreads(int maxThreads);
    int maxThreads() const;
    int refusedCount() const; // since listen()
    // EventLoop mode: how many clients the engine's thread serves itself
    // (default DefaultLocalClientLimit, at least 0); the next ones go to the
    // I/O workers. Applies to clients accepted from now on.
    void setLocalClientLimit(int clients);
    int localClientLimit() const;
    // I/O worker threads running (EventLoop mode); 0 until one is needed.
    int ioThreadCount() const;

    // Connections the kernel has completed that wait for accept() (the
    // Conversation mode's queue). -1 when the platform cannot say.
    int waitingCount() const;

    // Clients currently connected (not yet Closed/Reset/Refused/Failed).
    QList<ClientInfo> clients() const;
    int clientCount() const;
    // Threads currently serving clients (ThreadPerClient mode).
    int threadCount() const;

    // Sends bytes as they are to one client / every connected client. Returns
    // false / the number of clients it was queued for.
    bool sendTo(quint64 clientId, const QByteArray &bytes);
    int sendToAll(const QByteArray &bytes);
    // Graceful close (FIN after pending data) / abort (SO_LINGER 0, RST).
    bool closeClient(quint64 clientId);
    bool abortClient(quint64 clientId);

signals:
    void listeningChanged(bool listening);
    void clientAdded(const TcpServerEngine::ClientInfo &client);
    void clientUpdated(const TcpServerEngine::ClientInfo &client); // also when it ends
    void clientRefused(const QString &peer, const QString &reason);
    void waitingCountChanged(int waiting);
    void errorOccurred(const QString &message);
    void socketCallMade(const SocketCall &call);

private:
    struct Connection;
    struct IoWorker;
    struct WorkerClient;

    void acceptPending();
    void takeNextConversationClient();
    void acceptDescriptor(qintptr descriptor);
    void startServing(QTcpSocket *socket);
    void refuse(const QString &peer, const QString &local, const QString &reason);
    void readFrom(quint64 id);
    void write(Connection *connection, const QByteArray &bytes, bool explain);
    void closeGracefully(Connection *connection, TcpServerSupport::EndReason reason);
    void finish(Connection *connection, ClientState state, const QString &note);
    void socketDisconnected(quint64 id);
    void buryFinished();
    Connection *connection(quint64 id) const;
    void socketFailed(quint64 id, QAbstractSocket::SocketError error);
    void threadProgress(quint64 id, quint64 bytesIn, quint64 bytesOut, quint64 messagesIn,
                        quint64 messagesOut);
    void threadStarted(quint64 id, const QString &threadLabel);
    void threadFinished(quint64 id, int state, const QString &note);
    void pollWaitingCount();
    bool takeDescriptor(qintptr descriptor);
    void serveOnWorker(qintptr descriptor);
    void startWorkers();
    void handOverNewClients(int worker);
    void workerClientChanged(int worker, quint64 id, quint64 bytesIn, quint64 bytesOut, quint64 messagesIn,
                             quint64 messagesOut, int state, bool ended, const QString &note);
    void clientChanged(quint64 id);
    void clientEnded(const ClientInfo &info);
    void flushClientUpdates();
    const ClientInfo *liveClient(quint64 id) const;
    void configureWorkers();
    void record(TrafficKind kind, const QString &local, const QString &peer,
                const QByteArray &payload = QByteArray(), const QString &note = QString()) const;
    void explain(const QString &function, const QString &arguments, const QString &result,
                 bool failed = false);
    void setError(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;

    TrafficRecorder *m_recorder;
    std::unique_ptr<TcpServerListener> m_listener;
    Mode m_mode = Mode::EventLoop;
    QHostAddress m_address;
    std::array<QString, 4> m_templates; // indexed by Mode
    std::array<TcpServerSupport::ReplyMaker, 4> m_replies; // built from m_templates and m_encoding
    QList<Command> m_commands;
    QString m_encoding = QStringLiteral("UTF-8");
    int m_maxClients = DefaultMaxClients;
    int m_maxThreads = DefaultMaxThreads;
    int m_refused = 0;
    int m_waiting = 0;
    quint64 m_nextId = 1;
    QString m_error;
    QHash<quint64, Connection *> m_connections; // event-loop modes; owned
    std::vector<std::unique_ptr<Connection>> m_finished; // deleted on the next event-loop turn
    QHash<QObject *, quint64> m_readNotifiers; // a socket's read notifier -> client id
    QHash<quint64, TcpServerClientThread *> m_threads; // ThreadPerClient; owned
    QHash<quint64, ClientInfo> m_threadClients; // ThreadPerClient bookkeeping
    std::vector<std::unique_ptr<IoWorker>> m_workers; // EventLoop beyond m_localClientLimit
    QHash<quint64, WorkerClient> m_workerClients; // clients the workers serve
    int m_localClientLimit = DefaultLocalClientLimit;
    int m_localPending = 0; // sockets QTcpServer made for this thread that acceptPending() has not taken yet
    QHash<quint64, qint64> m_lastUpdateMs; // clientUpdated coalescing: when each client was last emitted
    QSet<quint64> m_pendingUpdates; // changed since then
    QTimer m_updateTimer;
    QTimer m_waitingTimer;
    QString m_threadLabel; // the engine's thread, as currentThreadLabel() says
    bool m_servingConversation = false;
    bool m_stopping = false;
};

Q_DECLARE_METATYPE(TcpServerEngine::ClientInfo)
