#pragma once

#include "socketcall.h"

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QThread>

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
