#pragma once

#include "socketcall.h"
#include "trafficevent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QFile;
class QHostInfo;
class QTcpSocket;
class TrafficRecorder;

// The engine of the TCP Client tab: one outgoing TCP connection at a time,
// driven the way a student's C client would be (getaddrinfo, socket, connect,
// send, recv, shutdown, close), but never blocking.
//
// Thread: create and use it in one thread with an event loop (the GUI thread
// in the app); every signal is emitted in that thread. Nothing here blocks.
// Ownership: the recorder is not owned and must outlive the engine; the
// engine owns its socket and any file being sent.
//
// Every byte sent or received is reported to the recorder (tab "tcp-client")
// with its exact payload: one Sent event per write, one Received event per
// read. The BSD calls a student would write are reported through
// socketCallMade, with bulk send()/recv() coalesced to at most one line per
// second each.
class TcpClientEngine final : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 {
        Idle, // never connected
        LookingUp, // asking the resolver for the host name's addresses (getaddrinfo)
        Connecting, // connect() sent the SYN, waiting for the SYN-ACK
        Connected,
        HalfClosed, // we shut down writing (FIN sent) and still read until the peer closes
        Closing, // close() waits for queued bytes to leave, or the peer's FIN has just
                 // arrived (Qt then closes our side at once, so that step is brief)
        Closed, // the connection ended, or the connect failed
    };
    Q_ENUM(State)

    // Who ended the connection first.
    enum class Closer : quint8 { Nobody, Us, Peer };
    Q_ENUM(Closer)

    enum class CloseKind : quint8 {
        HalfClose, // shutdown(SHUT_WR)
        Graceful, // close()
        Abort, // SO_LINGER {1, 0} then close(): a reset
    };
    Q_ENUM(CloseKind)

    // Ticks of startRepeat() are skipped while more than this many bytes wait
    // in the socket's send buffer, so a peer that does not read cannot make
    // the application's memory grow without bound.
    static constexpr qint64 RepeatBacklogLimit = 1024 * 1024;
    // sendFile() reads the file in chunks of this many bytes and keeps at
    // most FileBacklogLimit bytes queued in the socket.
    static constexpr qint64 FileChunkSize = 64 * 1024;
    static constexpr qint64 FileBacklogLimit = 256 * 1024;
    // sendAndWaitForReply(): the reply is complete when the peer closes or
    // after this many milliseconds without more data.
    static constexpr int ReplyQuietMs = 100;

    explicit TcpClientEngine(TrafficRecorder *recorder, QObject *parent = nullptr);
    ~TcpClientEngine() override;

    // Starts connecting to host (a name, an IPv4 or an IPv6 address, IPv6
    // optionally in brackets) on port. Names are resolved first and every
    // address is tried in order, as a C client loops over getaddrinfo().
    // Returns false, and emits errorOccurred before returning, when the host
    // or the port is invalid (empty host, bad name, port 0) or a connection is
    // already open or being set up: nothing is sent on the network then.
    bool connectToHost(const QString &host, quint16 port);

    State state() const;
    // Translated name of a state ("Connected"), for the tab.
    static QString stateName(State state);
    // Milliseconds each step took is carried by stateChanged; this is how
    // long the current state has lasted so far.
    qint64 msInState() const;

    // The host and port of the last connectToHost(), as typed.
    QString host() const;
    quint16 port() const;

    // Valid from Connected on and kept after the connection ends, until the
    // next connectToHost(). The local port is the ephemeral port the kernel
    // chose. Endpoints are written by TrafficNames::endpoint().
    QHostAddress localAddress() const;
    quint16 localPort() const;
    QString localEndpoint() const;
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QString peerEndpoint() const;

    // Who closed first (Nobody while the connection is open).
    Closer closedFirstBy() const;
    // True when the connection ended with a reset (ours or the peer's).
    bool wasReset() const;

    // Bytes of the current (or last) connection, counted when handed to the
    // socket (sent) and when read (received).
    quint64 bytesSent() const;
    quint64 bytesReceived() const;

    // Queues bytes for sending; returns the number queued (bytes.size()), or
    // -1 with errorOccurred when not Connected (a half-closed connection can
    // no longer send) or while sendFile() runs. An empty array sends nothing
    // and returns 0.
    qint64 send(const QByteArray &bytes);

    // Sends bytes every intervalMs milliseconds (at least 1; the first send
    // after one interval), count times, or until stopRepeat() or the
    // connection ends when count is 0. Ends with repeatFinished. Returns false
    // with errorOccurred when not Connected, bytes is empty or a file is
    // being sent.
    bool startRepeat(const QByteArray &bytes, int intervalMs, int count);
    void stopRepeat();
    bool isRepeating() const;

    // Streams the file at path, FileChunkSize bytes at a time, refilling as
    // the socket writes; the whole file is never in memory. Reports
    // fileProgress and ends with fileFinished. Returns false with
    // errorOccurred when not Connected, when a file is already being sent,
    // while startRepeat() runs, or when the file cannot be opened. Read errors
    // end it with fileFinished(false, …) and errorOccurred.
    bool sendFile(const QString &path);
    void cancelFile();
    bool isSendingFile() const;

    // TCP_NODELAY: true sends small writes at once instead of letting Nagle's
    // algorithm gather them. Applies now when connected, and to later
    // connections.
    void setNoDelay(bool on);
    bool noDelay() const;

    // Name of the text encoding the tab shows payloads in, copied into every
    // recorded event (default "UTF-8").
    void setTextEncoding(const QString &encoding);

    // Classic client 1: send bytes, then close gracefully once they have all
    // been written. Uses the open connection if there is one (host and port
    // are then ignored), otherwise connects to host:port first. Returns false
    // with errorOccurred on invalid input.
    bool sendOnceAndClose(const QString &host, quint16 port, const QByteArray &bytes);

    // Classic client 2: send bytes and wait up to timeoutMs milliseconds for
    // an answer. The reply is everything read from the first chunk on, until
    // the peer closes or ReplyQuietMs pass without more data: replyReceived.
    // When nothing arrives in time: replyTimedOut(timeoutMs). When the
    // connection ends before any reply, the wait ends with neither (the close
    // or error is reported as usual). Connection handling as sendOnceAndClose.
    bool sendAndWaitForReply(const QString &host, quint16 port, const QByteArray &bytes, int timeoutMs);

    // shutdown(SHUT_WR) once every queued byte is written: the peer reads
    // end-of-file, and we keep reading until it closes too.
    void halfClose();
    // Graceful close: queued bytes are still sent, then a FIN.
    void close();
    // Reset: SO_LINGER {1, 0} then close, so the kernel sends an RST and
    // drops anything not yet sent.
    void abort();
    // One translated sentence explaining what a kind of close does.
    static QString explainClose(CloseKind kind);

signals:
    // stepMs: milliseconds spent in the state just left.
    void stateChanged(TcpClientEngine::State state, qint64 stepMs);
    // One per read; totalSoFar counts every byte received on this connection.
    void dataReceived(const QByteArray &chunk, quint64 totalSoFar);
    // After each send(), repeat tick or file chunk was queued.
    void dataSent(qint64 bytes, quint64 totalSoFar);
    void repeatFinished(int sendsMade);
    // sent/total in bytes, counted when the socket has written them.
    void fileProgress(qint64 sent, qint64 total);
    // ok is false when the file could not be read, was cancelled or the
    // connection ended first; message then says why (translated).
    void fileFinished(bool ok, const QString &message);
    void replyReceived(const QByteArray &reply);
    void replyTimedOut(int timeoutMs);
    // The connection ended (also after a cancelled connect; not after a
    // failed one, which ends with errorOccurred and State::Closed). reason is a
    // translated sentence saying who closed first and how; closedFirstBy is
    // Nobody when a socket error ended the connection.
    void connectionClosed(TcpClientEngine::Closer closedFirstBy, bool reset, const QString &reason);
    // A translated explanation of what went wrong, using the host and port
    // as typed.
    void errorOccurred(const QString &explained);
    void socketCallMade(const SocketCall &call);

private:
    enum class Exercise : quint8 { None, SendOnceAndClose, SendAndWait };
    struct CoalescedCall
    {
        QString function;
        qint64 calls = 0;
        qint64 bytes = 0;
        QElapsedTimer lastEmitted;
    };

    bool checkTarget(const QString &host, quint16 port);
    void startLookup(const QString &host);
    void finishLookup(const QHostInfo &info);
    void connectToNextAddress();
    void rememberAttemptSource();
    void createSocket();
    void releaseSocket();
    void handleConnected();
    void handleReadyRead();
    void handleBytesWritten(qint64 bytes);
    void handleSocketError();
    void handleDisconnected();
    void connectAttemptFailed();
    enum class Ending : quint8 { PeerClosed, WeClosed, WeAborted, Failed };
    void finishConnection(Ending how, const QString &failure = {});
    void runPendingExercise();
    void repeatTick();
    void finishRepeat();
    void refillFile();
    void finishFile(bool ok, const QString &message);
    void finishReply();
    void maybeShutdownWrite();
    qint64 writeBytes(const QByteArray &bytes);
    void startReplyWait(const QByteArray &bytes, int timeoutMs);
    void cancelAttempt();
    QString closeReason() const;
    static QString bytesText(qint64 bytes);
    bool peerWasReset() const;
    void closeResetProbe();

    void setState(State state);
    void fail(const QString &explained);
    void record(TrafficKind kind, const QByteArray &payload = {}, const QString &note = {},
                TrafficEnd end = TrafficEnd::Unknown);
    void emitCall(const QString &function, const QString &arguments, const QString &result,
                  bool failed = false);
    void coalesce(CoalescedCall &call, qint64 bytes);
    void flushCoalesced(CoalescedCall &call);
    void flushAllCoalesced();

    TrafficRecorder *m_recorder;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Idle;
    QElapsedTimer m_stepClock;

    QString m_host;
    quint16 m_port = 0;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses; // still to try, in getaddrinfo order
    QHostAddress m_tryingAddress;
    QHostAddress m_attemptLocalAddress; // source of the current connect() attempt
    quint16 m_attemptLocalPort = 0;
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_encoding = QStringLiteral("UTF-8");
    bool m_noDelay = false;

    // A second descriptor for the same socket, so that after Qt closes its
    // own on end-of-file the kernel still answers TCP_INFO: a reset leaves the
    // connection in TCP_CLOSE, an orderly FIN does not. -1 when none.
    int m_probeFd = -1;

    Closer m_closer = Closer::Nobody;
    bool m_reset = false;
    bool m_ending = false; // finishConnection() ran for this socket
    bool m_halfClosePending = false;
    bool m_wroteShutdown = false;
    quint64 m_bytesSent = 0;
    quint64 m_bytesReceived = 0;

    Exercise m_exercise = Exercise::None;
    QByteArray m_exerciseBytes;
    int m_replyTimeoutMs = 0;
    bool m_waitingForReply = false;
    QByteArray m_reply;
    QTimer m_replyTimer;
    QTimer m_replyQuietTimer;

    QTimer m_repeatTimer;
    QByteArray m_repeatBytes;
    int m_repeatCount = 0;
    int m_repeatsMade = 0;

    std::unique_ptr<QFile> m_file;
    qint64 m_fileTotal = 0;
    qint64 m_fileQueued = 0; // bytes of the file handed to the socket
    qint64 m_fileWritten = 0; // of those, bytes the socket has written
    qint64 m_fileSkip = 0; // bytes queued before the file started, written before it

    CoalescedCall m_sendCalls;
    CoalescedCall m_recvCalls;
    QTimer m_coalesceTimer;
};
