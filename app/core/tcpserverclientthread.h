#pragma once

#include "socketcall.h"
#include "tcpserversupport.h"
#include "trafficevent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>

class QTcpSocket;

class TrafficRecorder;

// ThreadPerClient mode: the classic threaded server. One thread per accepted
// connection; run() is the whole thread body: it creates the QTcpSocket from
// the accepted descriptor INSIDE the thread and serves it with a blocking
// loop (wait for data, read, reply), which is the lesson.
//
// Created, started, stopped and deleted by TcpServerEngine in its thread.
// enqueueSend/enqueueClose/enqueueAbort and requestInterruption() may be
// called from the engine's thread while run() is running; the loop picks them
// up within PollIntervalMs. Signals are emitted from the worker thread and
// reach the engine queued. The thread records its own traffic events (the
// recorder is thread-safe and outlives the thread).
class TcpServerClientThread final : public QThread
{
    Q_OBJECT
public:
    static constexpr int PollIntervalMs = 50;
    // progress is emitted at most this often (and once more before ended).
    static constexpr int ProgressIntervalMs = 100;

    struct Settings
    {
        quint64 clientId = 0;
        qintptr descriptor = -1; // accepted; the thread takes ownership
        QString replyTemplate;
        QString encoding;
        QString local; // endpoint texts, for the events
        QString peer;
    };

    TcpServerClientThread(TrafficRecorder *recorder, Settings settings, QObject *parent = nullptr);
    ~TcpServerClientThread() override; // the engine quits and waits first

    void enqueueSend(const QByteArray &bytes, bool explain);
    void enqueueClose();
    void enqueueAbort();
    // What stop() wants: close cleanly, saying the server is stopping.
    void requestStop();

signals:
    void serving(quint64 clientId, const QString &threadLabel);
    void progress(quint64 clientId, quint64 bytesIn, quint64 bytesOut, quint64 messagesIn,
                  quint64 messagesOut);
    // state is a TcpServerEngine::ClientState value.
    void ended(quint64 clientId, int state, const QString &note);
    void socketCallMade(const SocketCall &call);

protected:
    void run() override;

private:
    enum class Action { Send, SendExplained, Close, Abort, Stop };
    struct Request
    {
        Action action;
        QByteArray bytes;
    };

    TrafficRecorder *m_recorder;
    Settings m_settings;
    QMutex m_mutex; // guards m_requests
    QQueue<Request> m_requests;
};

// EventLoop mode, clients beyond TcpServerEngine::localClientLimit(): an I/O
// worker serving many non-blocking sockets in its own thread ("io-1", "io-2"…),
// so the GUI thread does not poll them. The engine creates one QThread per
// worker, moves the worker there and talks to it with queued calls only
// (QMetaObject::invokeMethod with the worker as context); the worker creates
// each QTcpSocket from an accepted descriptor inside its thread.
//
// It answers reads itself (the reply template of EventLoop mode) and records
// its traffic events itself (TrafficRecorder::record is thread-safe). What the
// engine must know comes back in batches, at most one batchReady every
// BatchIntervalMs: per-client counters and state, and the Explain lines
// (already summed by CallCoalescer). So the engine's thread does O(batches)
// work, not O(messages).
//
// Threads: every method below runs in the worker's thread (call them through
// invokeMethod); batchReady is emitted there and reaches the engine queued.
// Ownership: the worker owns its sockets; it is deleted in its own thread when
// that thread finishes (QThread::finished -> deleteLater).
class TcpServerIoWorker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchIntervalMs = 50;

    // One client's news since the last batch.
    struct ClientDelta
    {
        quint64 id = 0;
        quint64 bytesIn = 0; // totals, not increments
        quint64 bytesOut = 0;
        quint64 messagesIn = 0;
        quint64 messagesOut = 0;
        int state = 0; // a TcpServerEngine::ClientState value
        bool ended = false; // state is final; the worker has forgotten the client
        QString note;
    };
    struct Batch
    {
        QList<ClientDelta> clients;
        QList<SocketCall> calls; // in the order they were made
    };

    explicit TcpServerIoWorker(TrafficRecorder *recorder);
    ~TcpServerIoWorker() override; // drops the sockets without signalling

    void configure(const QString &replyTemplate, const QString &encoding);
    // An accepted descriptor to serve; the worker takes ownership of it.
    struct NewClient
    {
        quint64 id = 0;
        qintptr descriptor = -1;
        QString local; // endpoint texts, for the events
        QString peer;
    };
    void addClient(quint64 id, qintptr descriptor, const QString &local, const QString &peer);
    // Many at once: one event-loop pass of the worker for a burst of accepts.
    void addClients(const QList<NewClient> &clients);
    void send(quint64 id, const QByteArray &bytes, bool explain);
    void sendToAll(const QByteArray &bytes);
    void closeClient(quint64 id);
    void abortClient(quint64 id);
    // What TcpServerEngine::stop() wants: close every client cleanly (FIN),
    // the Closed events saying the server was stopped.
    void stopAll();
    int clientCount() const;

signals:
    void batchReady(const TcpServerIoWorker::Batch &batch);

private:
    struct Client;

    Client *client(quint64 id) const;
    void readFrom(quint64 id);
    void write(Client *c, const QByteArray &bytes, bool explain);
    void closeGracefully(Client *c, TcpServerSupport::EndReason reason);
    void socketFailed(quint64 id, int error);
    void socketDisconnected(quint64 id);
    void finish(Client *c, int state, const QString &note);
    void markDirty(quint64 id);
    void explain(const QString &function, const QString &arguments, const QString &result,
                 bool failed = false);
    void call(const SocketCall &call);
    void record(TrafficKind kind, const Client *c, const QByteArray &payload, const QString &note) const;
    void flushBatch();
    bool eventFilter(QObject *watched, QEvent *event) override;

    TrafficRecorder *m_recorder;
    TcpServerSupport::ReplyMaker m_reply;
    QString m_encoding = QStringLiteral("UTF-8");
    QHash<quint64, Client *> m_clients; // owned
    QHash<QObject *, quint64> m_readNotifiers;
    QSet<quint64> m_dirty;
    QList<ClientDelta> m_ended;
    QList<SocketCall> m_calls;
    QTimer m_batchTimer;
};

Q_DECLARE_METATYPE(TcpServerIoWorker::Batch)
