#include "tcpserversupport.h"

#include "eventclock.h"
#include "textcodecs.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <climits>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace TcpServerSupport {

void prepareForReading(QAbstractSocket *socket)
{
    socket->setReadBufferSize(ReadChunkBytes);
}

QByteArray readTurn(QAbstractSocket *socket, qintptr descriptor, CallCoalescer *recvCalls,
                    QList<SocketCall> *lines, bool *reset)
{
    // One buffer per thread, reused while no receiver kept the last turn's
    // bytes: a fresh megabyte per turn would cost a page fault per 4 KiB.
    thread_local QByteArray buffer;
    if (buffer.isNull() || !buffer.isDetached() || buffer.capacity() < MaxTurnBytes) {
        buffer = QByteArray();
        buffer.reserve(MaxTurnBytes);
    }
    buffer.resize(MaxTurnBytes); // within the capacity: no allocation, no fill
    char *const start = buffer.data();
    SocketCall line;
    const auto counted = [&](qint64 bytes) {
        if (recvCalls->add(bytes, &line))
            lines->append(line);
    };

    // Qt's buffer first (at most ReadChunkBytes, see prepareForReading), which
    // also re-enables its read notifier.
    qsizetype total = qsizetype(std::max<qint64>(0, socket->read(start, MaxTurnBytes)));
    if (total > 0)
        counted(total);
#ifdef Q_OS_LINUX
    // Only once Qt's buffer is empty, so the bytes stay in order; and only on
    // a connected socket that is still ours to read.
    while (descriptor >= 0 && socket->state() == QAbstractSocket::ConnectedState
           && socket->bytesAvailable() == 0 && total < MaxTurnBytes) {
        const size_t want = size_t(std::min(ReadChunkBytes, MaxTurnBytes - total));
        const ssize_t n = ::recv(int(descriptor), start + total, want, MSG_DONTWAIT);
        if (n > 0) {
            total += qsizetype(n);
            counted(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // 0 (end of stream) consumes nothing: Qt reads it on its next
        // notification. An error is consumed here: say whether it was a reset,
        // as the read notifier's check would have (the socket is in CLOSE).
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            *reset = errno == ECONNRESET || kernelSaysReset(descriptor);
        break;
    }
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(reset);
#endif
    if (total == 0) {
        buffer.resize(0);
        return QByteArray();
    }
    if (total < MaxTurnBytes / 2)
        return QByteArray(start, total); // see the header: no large buffer for a few bytes
    buffer.resize(total);
    return buffer;
}

QString messageText(const QByteArray &bytes, const QString &encodingId, QString *lineEnding)
{
    QByteArray body = bytes;
    QString ending;
    if (body.endsWith("\r\n")) {
        body.chop(2);
        ending = QStringLiteral("\r\n");
    } else if (body.endsWith('\n')) {
        body.chop(1);
        ending = QStringLiteral("\n");
    }
    if (lineEnding)
        *lineEnding = ending;
    const TextCodecs::DecodeResult decoded = TextCodecs::decode(body, encodingId);
    if (!decoded.valid) // unknown encoding: show the bytes rather than nothing
        return QString::fromLatin1(body);
    return decoded.text;
}

QString expandTemplate(const QString &replyTemplate, const QString &message, const QString &peer,
                       const QDateTime &time)
{
    static const QString messageKey = QStringLiteral("{message}");
    static const QString timeKey = QStringLiteral("{time}");
    static const QString peerKey = QStringLiteral("{peer}");
    QString result;
    result.reserve(replyTemplate.size() + message.size());
    qsizetype i = 0;
    while (i < replyTemplate.size()) {
        const QStringView rest = QStringView(replyTemplate).mid(i);
        if (rest.startsWith(messageKey)) {
            result += message;
            i += messageKey.size();
        } else if (rest.startsWith(timeKey)) {
            result += time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            i += timeKey.size();
        } else if (rest.startsWith(peerKey)) {
            result += peer;
            i += peerKey.size();
        } else {
            result += replyTemplate.at(i);
            ++i;
        }
    }
    return result;
}

QByteArray encodeReply(const QString &text, const QString &encodingId, const QString &lineEnding)
{
    TextCodecs::EncodeResult encoded = TextCodecs::encode(text + lineEnding, encodingId);
    if (!encoded.valid) // unknown encoding: UTF-8 is what the peer most likely reads
        return (text + lineEnding).toUtf8();
    return encoded.bytes;
}

QLatin1String lineEndingOf(const QByteArray &bytes)
{
    if (bytes.endsWith("\r\n"))
        return QLatin1String("\r\n");
    if (bytes.endsWith('\n'))
        return QLatin1String("\n");
    return QLatin1String("");
}

namespace {
int lineEndingIndex(const QByteArray &bytes)
{
    if (bytes.endsWith("\r\n"))
        return 2;
    return bytes.endsWith('\n') ? 1 : 0;
}
} // namespace

ReplyMaker::ReplyMaker(const QString &replyTemplate, const QString &encodingId)
    : m_template(replyTemplate)
    , m_encoding(encodingId)
    , m_needsMessage(replyTemplate.contains(QLatin1String("{message}")))
    , m_needsTime(replyTemplate.contains(QLatin1String("{time}")))
{
    m_constant = !m_needsMessage && !m_needsTime && !replyTemplate.contains(QLatin1String("{peer}"));
    if (m_constant && !m_template.isEmpty()) {
        // The bulk path with a fixed reply ("ok") must not encode per read.
        m_fixed[0] = encodeReply(m_template, m_encoding, QString());
        m_fixed[1] = encodeReply(m_template, m_encoding, QStringLiteral("\n"));
        m_fixed[2] = encodeReply(m_template, m_encoding, QStringLiteral("\r\n"));
    }
}

QByteArray ReplyMaker::reply(const QByteArray &bytes, const QString &peer) const
{
    if (m_template.isEmpty())
        return QByteArray();
    if (m_constant)
        return m_fixed[lineEndingIndex(bytes)];
    QString lineEnding;
    QString message;
    if (m_needsMessage)
        message = messageText(bytes, m_encoding, &lineEnding);
    else
        lineEnding = lineEndingOf(bytes);
    const QDateTime time = m_needsTime ? EventClock::now() : QDateTime();
    return encodeReply(expandTemplate(m_template, message, peer, time), m_encoding, lineEnding);
}

#ifdef Q_OS_LINUX
namespace {
bool endpointOf(bool peer, qintptr descriptor, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    auto *sa = reinterpret_cast<sockaddr *>(&storage);
    const int rc
        = peer ? ::getpeername(int(descriptor), sa, &length) : ::getsockname(int(descriptor), sa, &length);
    if (rc != 0) {
        *address = QHostAddress();
        *port = 0;
        return false;
    }
    *address = QHostAddress(sa);
    if (storage.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<sockaddr_in *>(sa)->sin_port);
    else if (storage.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<sockaddr_in6 *>(sa)->sin6_port);
    else
        *port = 0;
    return true;
}
} // namespace

bool localEndpoint(qintptr descriptor, QHostAddress *address, quint16 *port)
{
    return endpointOf(false, descriptor, address, port);
}

bool peerEndpoint(qintptr descriptor, QHostAddress *address, quint16 *port)
{
    return endpointOf(true, descriptor, address, port);
}

bool kernelSaysReset(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
    tcp_info info{};
    socklen_t length = sizeof(info);
    if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    // A FIN moves the socket to CLOSE_WAIT; only a RST (or our own close,
    // which never reaches this point) leaves an open descriptor in CLOSE.
    return info.tcpi_state == TCP_CLOSE;
}

int acceptQueueLength(qintptr listenDescriptor)
{
    if (listenDescriptor < 0)
        return -1;
    tcp_info info{};
    socklen_t length = sizeof(info);
    if (::getsockopt(int(listenDescriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return -1;
    if (info.tcpi_state != TCP_LISTEN)
        return -1;
    // For a LISTEN socket Linux reports the accept queue in tcpi_unacked and
    // the backlog limit in tcpi_sacked (checked on Debian 12, kernel 6.x).
    return int(info.tcpi_unacked);
}

bool setLingerZero(qintptr descriptor)
{
    linger value{};
    value.l_onoff = 1;
    value.l_linger = 0;
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &value, sizeof(value)) == 0;
}

QString currentThreadLabel()
{
    QThread *thread = QThread::currentThread();
    QString name = thread->objectName();
    if (name.isEmpty())
        name = (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
            ? QStringLiteral("main")
            : QStringLiteral("thread");
    return name + QStringLiteral(" · TID ") + QString::number(qint64(::gettid()));
}
#else
bool localEndpoint(qintptr, QHostAddress *address, quint16 *port)
{
    *address = QHostAddress();
    *port = 0;
    return false;
}

bool peerEndpoint(qintptr, QHostAddress *address, quint16 *port)
{
    *address = QHostAddress();
    *port = 0;
    return false;
}

bool kernelSaysReset(qintptr)
{
    return false;
}

int acceptQueueLength(qintptr)
{
    return -1;
}

bool setLingerZero(qintptr)
{
    return false;
}

QString currentThreadLabel()
{
    QThread *thread = QThread::currentThread();
    const QString name = thread->objectName();
    return name.isEmpty() ? QStringLiteral("thread") : name;
}
#endif

CallCoalescer::CallCoalescer(QString function)
    : m_function(std::move(function))
{ }

bool CallCoalescer::add(qint64 bytes, SocketCall *call)
{
    ++m_total;
    if (m_total <= IndividualCalls) {
        *call = make(1, bytes);
        m_sinceLastLine.start();
        return true;
    }
    ++m_pendingCalls;
    m_pendingBytes += bytes;
    if (m_sinceLastLine.isValid() && m_sinceLastLine.elapsed() < IntervalMs)
        return false;
    *call = make(m_pendingCalls, m_pendingBytes);
    m_pendingCalls = 0;
    m_pendingBytes = 0;
    m_sinceLastLine.start();
    return true;
}

bool CallCoalescer::flush(SocketCall *call)
{
    if (m_pendingCalls == 0)
        return false;
    *call = make(m_pendingCalls, m_pendingBytes);
    m_pendingCalls = 0;
    m_pendingBytes = 0;
    return true;
}

SocketCall CallCoalescer::make(qint64 calls, qint64 bytes) const
{
    if (calls == 1)
        return makeCall(m_function, QString(), bytesText(bytes));
    // One line for many calls: "recv() → 16,777,216 bytes in 1,024 calls".
    // The count is computed first: Qt 6.4's lupdate loops forever on a
    // template call (qMin<qint64>) inside translate()'s arguments.
    const int count = int(std::min<qint64>(calls, INT_MAX));
    const QString result = QCoreApplication::translate("TcpServerEngine", "%1 in %Ln call(s)", nullptr, count)
                               .arg(bytesText(bytes));
    return makeCall(m_function, QString(), result);
}

TrafficEnd endFromNote(const QString &note)
{
    if (note == endNote(EndReason::PeerClosed) || note == endNote(EndReason::PeerReset))
        return TrafficEnd::ByPeer;
    return TrafficEnd::ByUs;
}

QString endNote(EndReason reason)
{
    switch (reason) {
    case EndReason::PeerClosed:
        return QCoreApplication::translate("TcpServerEngine",
                                           "The client closed the connection (recv() returned 0).");
    case EndReason::PeerReset:
        return QCoreApplication::translate(
            "TcpServerEngine",
            "The client reset the connection (RST) instead of closing it; the server keeps serving.");
    case EndReason::ServerClosed:
        return QCoreApplication::translate("TcpServerEngine",
                                           "The server closed the connection cleanly (FIN).");
    case EndReason::ServerClosedAfterReply:
        return QCoreApplication::translate("TcpServerEngine",
                                           "The server replied and then closed the connection (FIN).");
    case EndReason::ServerAborted:
        return QCoreApplication::translate(
            "TcpServerEngine", "The server aborted the connection: SO_LINGER {1, 0} makes close() send RST.");
    case EndReason::ServerStopped:
        return QCoreApplication::translate(
            "TcpServerEngine", "The server was stopped; it closed this connection cleanly (FIN).");
    }
    return QString();
}

QString bytesText(qint64 bytes)
{
    if (bytes <= INT_MAX)
        return QCoreApplication::translate("TcpServerEngine", "%Ln byte(s)", nullptr, int(bytes));
    return QCoreApplication::translate("TcpServerEngine", "%1 bytes").arg(QLocale().toString(bytes));
}

SocketCall makeCall(const QString &function, const QString &arguments, const QString &result, bool failed)
{
    return SocketCall::make(function, arguments, result, failed);
}

} // namespace TcpServerSupport
