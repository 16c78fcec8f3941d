#pragma once

#include "socketcall.h"
#include "trafficevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QString>

// Internal helpers shared by TcpServerEngine (event-loop modes) and
// TcpServerClientThread (thread-per-client mode). Not part of the public API.
// Everything here is reentrant: callable from any thread on its own data.
class QAbstractSocket;

namespace TcpServerSupport {

class CallCoalescer;

// The message a read carries, as matched against commands: the bytes decoded
// with encodingId and ONE trailing "\r\n" or "\n" removed. *lineEnding gets
// what was removed ("", "\n" or "\r\n") so a reply can end the same way.
QString messageText(const QByteArray &bytes, const QString &encodingId, QString *lineEnding);

// Replaces {message}, {time} (yyyy-MM-dd HH:mm:ss) and {peer} in one pass:
// text coming from a placeholder is never expanded again.
QString expandTemplate(const QString &replyTemplate, const QString &message, const QString &peer,
                       const QDateTime &time);

// The reply bytes for a template expansion, in encodingId, ending with
// lineEnding.
QByteArray encodeReply(const QString &text, const QString &encodingId, const QString &lineEnding);

// "", "\n" or "\r\n": the one line ending messageText() would remove.
QLatin1String lineEndingOf(const QByteArray &bytes);

// Turns one reply template into reply bytes, doing only the work the template
// needs: an empty template sends nothing (no decode at all); a template
// without {message} never decodes the read; a template without placeholders is
// encoded once per line ending and reused. Build one per (template, encoding)
// and keep it. Reentrant; a const ReplyMaker may be shared between threads.
class ReplyMaker
{
public:
    ReplyMaker() = default; // sends nothing
    ReplyMaker(const QString &replyTemplate, const QString &encodingId);

    bool sendsNothing() const { return m_template.isEmpty(); }
    // The reply to one read (`bytes` as received), ending with the read's own
    // line ending. Empty when the template is empty.
    QByteArray reply(const QByteArray &bytes, const QString &peer) const;

private:
    QString m_template;
    QString m_encoding;
    bool m_needsMessage = false;
    bool m_needsTime = false;
    bool m_constant = false; // no placeholders: m_fixed holds the three replies
    QByteArray m_fixed[3]; // no line ending, "\n", "\r\n"
};

// The local and peer endpoints of a connected socket descriptor (getsockname /
// getpeername). Null address and port 0 when the call fails.
bool localEndpoint(qintptr descriptor, QHostAddress *address, quint16 *port);
bool peerEndpoint(qintptr descriptor, QHostAddress *address, quint16 *port);

// Reading a connected socket in event-loop modes, one readyRead at a time.
// The socket gets setReadBufferSize(ReadChunkBytes) (prepareForReading) so
// that Qt's own read on a notification takes at most one chunk; readTurn()
// then takes that chunk and drains the kernel directly, ReadChunkBytes per
// recv() call, until it would block, the end of stream or an error is next, or
// MaxTurnBytes were read (the bound that keeps one fast client from starving
// the others on the same thread). Small recv() calls matter on loopback: the
// kernel reopens the TCP window after each call, so the peer keeps sending
// while we copy; one huge read() stalls it until the whole copy is done.
inline constexpr qsizetype ReadChunkBytes = 64 * 1024;
inline constexpr qsizetype MaxTurnBytes = 1024 * 1024;

void prepareForReading(QAbstractSocket *socket);

// The bytes of one turn (empty when there were none). A large read shares a
// per-thread buffer that is reused on the next turn once nobody else holds it
// (receivers that keep the bytes, e.g. queued to another thread, simply keep
// that buffer: the next turn allocates a new one); a small read is a
// right-sized copy, so that nobody keeps a large buffer for a few bytes.
// recvCalls counts each call that returned bytes; due Explain lines are
// appended to *lines. *reset becomes true when the peer reset the connection
// during the drain (the error is consumed by recv(), so Qt would see only an
// end of stream). Call from the socket's thread; the end of stream and other
// errors are left for Qt's next read notification.
QByteArray readTurn(QAbstractSocket *socket, qintptr descriptor, CallCoalescer *recvCalls,
                    QList<SocketCall> *lines, bool *reset);

// True when the kernel says the connection was reset by the peer: the socket
// is readable and in TCP_CLOSE without us having closed it. Qt 6.4 reads
// ECONNRESET as an ordinary end of stream, so this must be asked BEFORE Qt
// reads the socket. Always false outside Linux.
bool kernelSaysReset(qintptr descriptor);

// Linux: the number of connections the kernel has completed but nobody has
// accepted yet (tcpi_unacked of TCP_INFO on a LISTEN socket). -1 when the
// platform cannot say.
int acceptQueueLength(qintptr listenDescriptor);

// setsockopt(SO_LINGER, {1, 0}): the next close() sends RST instead of FIN.
bool setLingerZero(qintptr descriptor);

// "main · TID 1234" / "client-7 · TID 1240": the calling thread as a student
// finds it in `ps -L` or `top -H`.
QString currentThreadLabel();

// Turns many recv()/send() calls into few Explain lines: the first
// IndividualCalls calls are shown one by one, then they are summed and shown
// at most once per second ("recv() → 16,777,216 bytes in 1,024 calls").
class CallCoalescer
{
public:
    static constexpr int IndividualCalls = 3;
    static constexpr qint64 IntervalMs = 1000;

    explicit CallCoalescer(QString function);

    // A call that moved `bytes` bytes. Returns true and fills *call when a
    // line is due now.
    bool add(qint64 bytes, SocketCall *call);
    // The pending sum, if any (at close).
    bool flush(SocketCall *call);

private:
    SocketCall make(qint64 calls, qint64 bytes) const;

    QString m_function;
    qint64 m_total = 0;
    qint64 m_pendingCalls = 0;
    qint64 m_pendingBytes = 0;
    QElapsedTimer m_sinceLastLine;
};

// Why a connection ended, for the note of its Closed/Reset event.
enum class EndReason {
    PeerClosed, // recv() returned 0
    PeerReset, // RST from the peer
    ServerClosed, // closeClient()
    ServerClosedAfterReply, // ReplyOnce, or a command with closeAfterReply
    ServerAborted, // abortClient(): SO_LINGER 0
    ServerStopped, // stop() with the client connected
};
QString endNote(EndReason reason); // translated, one sentence
// Which side ended a connection whose Closed/Reset event carries this note
// (endNote() of a reason): the peer for PeerClosed/PeerReset, else the server.
// Compared in the language current at the time, as the note was made.
TrafficEnd endFromNote(const QString &note);

// "5 bytes" / "1 byte", translated, with the locale's digit grouping.
QString bytesText(qint64 bytes);

SocketCall makeCall(const QString &function, const QString &arguments, const QString &result,
                    bool failed = false);

} // namespace TcpServerSupport
