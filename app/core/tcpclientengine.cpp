#include "tcpclientengine.h"

#include "addressinfo.h"
#include "hostlookup.h"
#include "socketerrors.h"
#include "trafficrecorder.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <climits>
#include <cstddef>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/tcp.h>
#endif

Q_LOGGING_CATEGORY(lcTcpClient, "netlab.tcp", QtInfoMsg)

namespace {

const QString TabId = QStringLiteral("tcp-client");

// Milliseconds between two coalesced send()/recv() lines of the Explain pane.
constexpr int CoalesceMs = 1000;

// Digits and dots only (meant as IPv4), or a ':' that no host name may
// contain (IPv6).
bool looksLikeAddress(const QString &text)
{
    if (text.contains(u':'))
        return true;
    bool digit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u'.')
            return false;
    }
    return digit;
}

QString familyName(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AF_INET6")
                                                               : QStringLiteral("AF_INET");
}

} // namespace

TcpClientEngine::TcpClientEngine(TrafficRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_stepClock.start();
    m_replyTimer.setSingleShot(true);
    m_replyQuietTimer.setSingleShot(true);
    m_coalesceTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingForReply)
            return;
        if (!m_reply.isEmpty()) {
            finishReply();
            return;
        }
        m_waitingForReply = false;
        emit replyTimedOut(m_replyTimeoutMs);
    });
    connect(&m_replyQuietTimer, &QTimer::timeout, this, &TcpClientEngine::finishReply);
    connect(&m_repeatTimer, &QTimer::timeout, this, &TcpClientEngine::repeatTick);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &TcpClientEngine::flushAllCoalesced);
    m_sendCalls.function = QStringLiteral("send");
    m_recvCalls.function = QStringLiteral("recv");
}

TcpClientEngine::~TcpClientEngine()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    closeResetProbe();
    if (m_socket) {
        m_socket->disconnect(this);
        delete m_socket;
    }
}

// --- state and queries ---

TcpClientEngine::State TcpClientEngine::state() const
{
    return m_state;
}

QString TcpClientEngine::stateName(State state)
{
    switch (state) {
    case State::Idle: return tr("Not connected");
    case State::LookingUp: return tr("Looking up the name");
    case State::Connecting: return tr("Connecting");
    case State::Connected: return tr("Connected");
    case State::HalfClosed: return tr("Half-closed (we stopped sending)");
    case State::Closing: return tr("Closing");
    case State::Closed: return tr("Closed");
    }
    return {};
}

qint64 TcpClientEngine::msInState() const
{
    return m_stepClock.elapsed();
}

QString TcpClientEngine::host() const
{
    return m_host;
}

quint16 TcpClientEngine::port() const
{
    return m_port;
}

QHostAddress TcpClientEngine::localAddress() const
{
    return m_localAddress;
}

quint16 TcpClientEngine::localPort() const
{
    return m_localPort;
}

QString TcpClientEngine::localEndpoint() const
{
    return m_localPort == 0 ? QString() : TrafficNames::endpoint(m_localAddress, m_localPort);
}

QHostAddress TcpClientEngine::peerAddress() const
{
    return m_peerAddress;
}

quint16 TcpClientEngine::peerPort() const
{
    return m_peerPort;
}

QString TcpClientEngine::peerEndpoint() const
{
    return m_peerPort == 0 ? QString() : TrafficNames::endpoint(m_peerAddress, m_peerPort);
}

TcpClientEngine::Closer TcpClientEngine::closedFirstBy() const
{
    return m_closer;
}

bool TcpClientEngine::wasReset() const
{
    return m_reset;
}

quint64 TcpClientEngine::bytesSent() const
{
    return m_bytesSent;
}

quint64 TcpClientEngine::bytesReceived() const
{
    return m_bytesReceived;
}

void TcpClientEngine::setTextEncoding(const QString &encoding)
{
    m_encoding = encoding;
}

bool TcpClientEngine::noDelay() const
{
    return m_noDelay;
}

bool TcpClientEngine::isRepeating() const
{
    return m_repeatTimer.isActive();
}

bool TcpClientEngine::isSendingFile() const
{
    return m_file != nullptr;
}

QString TcpClientEngine::explainClose(CloseKind kind)
{
    switch (kind) {
    case CloseKind::HalfClose:
        return tr("Half-close: shutdown(SHUT_WR) sends a FIN after the queued data, so the other side "
                  "reads end-of-file, while we can still receive until it closes too.");
    case CloseKind::Graceful:
        return tr("Close: the queued data is still delivered, then a FIN tells the other side that we "
                  "have finished; this is the normal way to end a connection.");
    case CloseKind::Abort:
        return tr("Abort: with SO_LINGER set to {1, 0}, close() sends a reset (RST) at once and throws "
                  "away any data not yet sent; the other side sees \"connection reset\".");
    }
    return {};
}

// --- connecting ---

bool TcpClientEngine::checkTarget(const QString &host, quint16 port)
{
    if (host.isEmpty()) {
        fail(tr("Type the server's host name or IP address, for example 127.0.0.1 or localhost."));
        return false;
    }
    if (port == 0) {
        fail(tr("Port 0 cannot be connected to: type the server's port, a number from 1 to 65535 "
                "(for example 8888)."));
        return false;
    }
    QString error;
    if (looksLikeAddress(host)) {
        if (AddressInfo::parseAddress(host, &error).isNull()) {
            fail(tr("'%1' is not a valid IP address: %2").arg(host, error));
            return false;
        }
        return true;
    }
    error = HostLookup::checkName(host);
    if (!error.isEmpty()) {
        fail(tr("'%1' is not a valid host name: %2").arg(host, error));
        return false;
    }
    return true;
}

bool TcpClientEngine::connectToHost(const QString &host, quint16 port)
{
    if (m_state != State::Idle && m_state != State::Closed) {
        fail(tr("A connection to %1 is already open or being set up: close it first.")
                 .arg(SocketErrors::place({m_host, m_port, false, false})));
        return false;
    }
    QString target = host.trimmed();
    if (target.startsWith(u'[') && target.endsWith(u']'))
        target = target.mid(1, target.size() - 2);
    if (!checkTarget(target, port))
        return false;

    m_host = target;
    m_port = port;
    m_addresses.clear();
    m_tryingAddress.clear();
    m_attemptLocalAddress.clear();
    m_attemptLocalPort = 0;
    m_localAddress.clear();
    m_localPort = 0;
    m_peerAddress.clear();
    m_peerPort = 0;
    m_closer = Closer::Nobody;
    m_reset = false;
    m_ending = false;
    m_halfClosePending = false;
    m_wroteShutdown = false;
    m_bytesSent = 0;
    m_bytesReceived = 0;
    m_exercise = Exercise::None;

    qCDebug(lcTcpClient) << "connect to" << m_host << m_port;
    if (looksLikeAddress(m_host)) {
        m_addresses = {AddressInfo::parseAddress(m_host)};
        connectToNextAddress();
    } else {
        startLookup(m_host);
    }
    return true;
}

void TcpClientEngine::startLookup(const QString &host)
{
    setState(State::LookingUp);
    // QHostInfo answers through the event loop, never from inside
    // lookupHost(), so m_lookupId is set before the answer arrives.
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) { finishLookup(info); });
}

void TcpClientEngine::finishLookup(const QHostInfo &info)
{
    // An answer already on its way when the lookup was aborted still
    // arrives: it belongs to an attempt that no longer exists.
    if (info.lookupId() != m_lookupId || m_state != State::LookingUp)
        return;
    m_lookupId = -1;
    const QString arguments = u'"' + m_host + QStringLiteral("\", \"") + QString::number(m_port) + u'"';
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        emitCall(QStringLiteral("getaddrinfo"), arguments, QStringLiteral("EAI_NONAME"), true);
        const QString explained
            = SocketErrors::explain(QAbstractSocket::HostNotFoundError, {m_host, m_port, false, false});
        record(TrafficKind::Error, {}, explained);
        m_exercise = Exercise::None;
        fail(explained);
        setState(State::Closed);
        return;
    }
    m_addresses = info.addresses();
    QStringList texts;
    for (const QHostAddress &address : std::as_const(m_addresses))
        texts += address.toString();
    emitCall(QStringLiteral("getaddrinfo"), arguments, texts.join(QStringLiteral(", ")));
    connectToNextAddress();
}

void TcpClientEngine::createSocket()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientEngine::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientEngine::handleReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpClientEngine::handleBytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpClientEngine::handleSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpClientEngine::handleDisconnected);
    connect(m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState socketState) {
        if (socketState == QAbstractSocket::ClosingState
            && (m_state == State::Connected || m_state == State::HalfClosed))
            setState(State::Closing);
    });
}

void TcpClientEngine::releaseSocket()
{
    closeResetProbe();
    if (!m_socket)
        return;
    // Released from inside the socket's own signals: deleteLater, and no
    // more calls into it (its destructor closes whatever is still open).
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
}

void TcpClientEngine::connectToNextAddress()
{
    m_tryingAddress = m_addresses.takeFirst();
    setState(State::Connecting);
    emitCall(QStringLiteral("socket"), familyName(m_tryingAddress) + QStringLiteral(", SOCK_STREAM"), {});
    createSocket();
    // A failure may be reported from inside this call (no route at all):
    // the handlers cope, and the socket is only ever deleted later.
    rememberAttemptSource();
    m_socket->connectToHost(m_tryingAddress, m_port);
}

void TcpClientEngine::rememberAttemptSource()
{
    // Exports show a refused attempt as our SYN and the peer's RST, from the
    // ephemeral port connect() used; Qt reports that port only once
    // connected, and a failed socket is closed before Qt reports the error.
    // Binding to "any address, port 0" first (what connect() would do
    // implicitly) makes the kernel pick the port now. The source address is
    // the one the kernel would route from, found by a UDP connect() that
    // sends nothing.
    m_attemptLocalAddress.clear();
    m_attemptLocalPort = 0;
    const bool v6 = m_tryingAddress.protocol() == QAbstractSocket::IPv6Protocol;
    if (!m_socket->bind(v6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0))
        return;
    m_attemptLocalPort = m_socket->localPort();
    m_attemptLocalAddress = AddressInfo::sourceAddressFor(m_tryingAddress);
}
void TcpClientEngine::connectAttemptFailed()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString errnoText = SocketErrors::errnoName(error);
    emitCall(QStringLiteral("connect"), TrafficNames::endpoint(m_tryingAddress, m_port),
             errnoText.isEmpty() ? m_socket->errorString() : errnoText, true);
    qCDebug(lcTcpClient) << "connect to" << m_tryingAddress << m_port << "failed:" << m_socket->errorString();
    releaseSocket();
    if (!m_addresses.isEmpty()) {
        connectToNextAddress();
        return;
    }
    const QString explained = SocketErrors::explain(error, {m_host, m_port, false, false});
    record(TrafficKind::Error, {}, explained,
           error == QAbstractSocket::ConnectionRefusedError ? TrafficEnd::Refused : TrafficEnd::Unknown);
    m_exercise = Exercise::None;
    fail(explained);
    setState(State::Closed);
}

void TcpClientEngine::handleConnected()
{
    m_localAddress = m_socket->localAddress();
    m_localPort = m_socket->localPort();
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    emitCall(QStringLiteral("connect"), peerEndpoint(), QStringLiteral("0"));
    emitCall(QStringLiteral("getsockname"), {}, localEndpoint());
    if (m_noDelay) {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emitCall(QStringLiteral("setsockopt"), QStringLiteral("IPPROTO_TCP, TCP_NODELAY, 1"),
                 QStringLiteral("0"));
    }
#ifdef Q_OS_UNIX
    m_probeFd = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
    qCDebug(lcTcpClient) << "connected" << localEndpoint() << "->" << peerEndpoint();
    record(TrafficKind::Connected);
    setState(State::Connected);
    runPendingExercise();
}

// --- receiving ---

void TcpClientEngine::handleReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray chunk = m_socket->readAll();
    if (chunk.isEmpty())
        return;
    m_bytesReceived += quint64(chunk.size());
    coalesce(m_recvCalls, chunk.size());
    record(TrafficKind::Received, chunk);
    if (m_waitingForReply) {
        m_reply += chunk;
        m_replyQuietTimer.start(ReplyQuietMs);
    }
    emit dataReceived(chunk, m_bytesReceived);
}

void TcpClientEngine::handleSocketError()
{
    if (!m_socket)
        return;
    if (m_state == State::Connecting) {
        connectAttemptFailed();
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        finishConnection(Ending::PeerClosed);
        return;
    }
    finishConnection(Ending::Failed, SocketErrors::explain(error, {m_host, m_port, false, false}));
}

void TcpClientEngine::handleDisconnected()
{
    if (!m_socket)
        return;
    finishConnection(m_closer == Closer::Us ? Ending::WeClosed : Ending::PeerClosed);
}

bool TcpClientEngine::peerWasReset() const
{
#ifdef Q_OS_LINUX
    // Qt reports a reset like an orderly close, so ask the kernel through
    // the second descriptor (Qt has closed its own by now). The peer's FIN
    // counts as one byte in tcpi_bytes_received; a reset brings no FIN.
    if (m_probeFd < 0)
        return false;
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(m_probeFd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    if (length < offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received)
        return false;
    return info.tcpi_bytes_received <= m_bytesReceived;
#else
    return false;
#endif
}

void TcpClientEngine::closeResetProbe()
{
#ifdef Q_OS_UNIX
    if (m_probeFd >= 0)
        ::close(m_probeFd);
#endif
    m_probeFd = -1;
}

QString TcpClientEngine::closeReason() const
{
    if (m_reset) {
        if (m_closer == Closer::Us)
            return tr("We aborted the connection: a reset (RST) was sent and data not yet sent was dropped.");
        return SocketErrors::explainReset({m_host, m_port, false, false});
    }
    if (m_closer == Closer::Us) {
        if (m_wroteShutdown)
            return tr("We shut down sending first (half-close); then the other side closed too.");
        return tr("We closed the connection first (FIN sent).");
    }
    return tr("The other side closed the connection first (FIN received); then our side closed too.");
}

void TcpClientEngine::finishConnection(Ending how, const QString &failure)
{
    if (m_ending)
        return;
    m_ending = true;
    if (m_socket && m_socket->bytesAvailable() > 0)
        handleReadyRead();
    if (m_waitingForReply && !m_reply.isEmpty())
        finishReply();
    m_waitingForReply = false;
    m_replyTimer.stop();
    m_replyQuietTimer.stop();
    m_exercise = Exercise::None;
    if (isRepeating())
        finishRepeat();
    if (m_file) {
        finishFile(false,
                   tr("The connection ended before the whole file was sent (%1 of %2 bytes).")
                       .arg(m_fileWritten)
                       .arg(m_fileTotal));
    }

    switch (how) {
    case Ending::PeerClosed:
        if (m_closer == Closer::Nobody)
            m_closer = Closer::Peer;
        m_reset = peerWasReset();
        emitCall(QStringLiteral("recv"), {},
                 m_reset ? QStringLiteral("ECONNRESET") : tr("0 (the other side closed)"), m_reset);
        if (!m_reset && (m_state == State::Connected || m_state == State::HalfClosed))
            setState(State::Closing);
        emitCall(QStringLiteral("close"), {}, QStringLiteral("0"));
        break;
    case Ending::WeClosed:
    case Ending::WeAborted: break;
    case Ending::Failed:
        record(TrafficKind::Error, {}, failure);
        emitCall(QStringLiteral("close"), {}, QStringLiteral("0"));
        break;
    }

    const QString reason = how == Ending::Failed ? failure : closeReason();
    qCDebug(lcTcpClient) << "connection ended:" << reason;
    if (how != Ending::Failed)
        record(m_reset ? TrafficKind::Reset : TrafficKind::Closed, {}, reason);
    releaseSocket();
    if (how == Ending::Failed || (m_reset && m_closer == Closer::Peer))
        emit errorOccurred(reason);
    setState(State::Closed);
    emit connectionClosed(m_closer, m_reset, reason);
}

// --- sending ---

qint64 TcpClientEngine::writeBytes(const QByteArray &bytes)
{
    const qint64 written = m_socket->write(bytes);
    if (written < 0) {
        fail(SocketErrors::explain(m_socket->error(), {m_host, m_port, false, false}));
        return -1;
    }
    m_bytesSent += quint64(written);
    coalesce(m_sendCalls, written);
    record(TrafficKind::Sent, written == bytes.size() ? bytes : bytes.left(written));
    emit dataSent(written, m_bytesSent);
    return written;
}

qint64 TcpClientEngine::send(const QByteArray &bytes)
{
    if (m_state != State::Connected || !m_socket) {
        if (m_state == State::HalfClosed)
            fail(tr("Sending is shut down (half-close): this connection can only receive now."));
        else
            fail(tr("Not connected: connect to a server before sending."));
        return -1;
    }
    if (m_halfClosePending) {
        fail(tr("Sending is being shut down (half-close): nothing more can be sent on this connection."));
        return -1;
    }
    if (m_file) {
        fail(tr("A file is being sent: wait until it is finished, or cancel it."));
        return -1;
    }
    if (bytes.isEmpty())
        return 0;
    return writeBytes(bytes);
}

void TcpClientEngine::handleBytesWritten(qint64 bytes)
{
    if (m_file) {
        const qint64 skipped = qMin(bytes, m_fileSkip);
        m_fileSkip -= skipped;
        m_fileWritten += bytes - skipped;
        emit fileProgress(m_fileWritten, m_fileTotal);
        if (m_file->atEnd() && m_fileWritten >= m_fileQueued)
            finishFile(true, {});
        else
            refillFile();
    }
    maybeShutdownWrite();
}

void TcpClientEngine::setNoDelay(bool on)
{
    m_noDelay = on;
    if (m_socket && (m_state == State::Connected || m_state == State::HalfClosed)) {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, on ? 1 : 0);
        emitCall(QStringLiteral("setsockopt"),
                 QStringLiteral("IPPROTO_TCP, TCP_NODELAY, ") + (on ? u'1' : u'0'), QStringLiteral("0"));
    }
}

bool TcpClientEngine::startRepeat(const QByteArray &bytes, int intervalMs, int count)
{
    if (m_state != State::Connected) {
        fail(tr("Not connected: connect to a server before sending."));
        return false;
    }
    if (bytes.isEmpty()) {
        fail(tr("There is nothing to send: type the data to repeat first."));
        return false;
    }
    if (intervalMs < 1) {
        fail(tr("The interval must be at least 1 ms."));
        return false;
    }
    if (count < 0) {
        fail(tr("The number of repeats cannot be negative (0 means until stopped)."));
        return false;
    }
    if (m_file) {
        fail(tr("A file is being sent: wait until it is finished, or cancel it."));
        return false;
    }
    m_repeatBytes = bytes;
    m_repeatCount = count;
    m_repeatsMade = 0;
    m_repeatTimer.start(intervalMs);
    return true;
}

void TcpClientEngine::repeatTick()
{
    if (m_state != State::Connected || !m_socket) {
        finishRepeat();
        return;
    }
    if (m_socket->bytesToWrite() > RepeatBacklogLimit)
        return;
    if (writeBytes(m_repeatBytes) < 0) {
        finishRepeat();
        return;
    }
    ++m_repeatsMade;
    if (m_repeatCount > 0 && m_repeatsMade >= m_repeatCount)
        finishRepeat();
}

void TcpClientEngine::stopRepeat()
{
    if (isRepeating())
        finishRepeat();
}

void TcpClientEngine::finishRepeat()
{
    m_repeatTimer.stop();
    m_repeatBytes.clear();
    emit repeatFinished(m_repeatsMade);
}

bool TcpClientEngine::sendFile(const QString &path)
{
    if (m_state != State::Connected || !m_socket) {
        fail(tr("Not connected: connect to a server before sending a file."));
        return false;
    }
    if (m_file) {
        fail(tr("A file is already being sent: wait until it is finished, or cancel it."));
        return false;
    }
    if (isRepeating()) {
        fail(tr("Repeated sending is running: stop it before sending a file."));
        return false;
    }
    if (QFileInfo(path).isDir()) {
        fail(tr("'%1' is a folder, not a file: choose a file to send.").arg(path));
        return false;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        fail(tr("The file '%1' cannot be opened: %2").arg(path, file->errorString()));
        return false;
    }
    m_file = std::move(file);
    m_fileTotal = m_file->size();
    m_fileQueued = 0;
    m_fileWritten = 0;
    m_fileSkip = m_socket->bytesToWrite();
    emit fileProgress(0, m_fileTotal);
    if (m_file->atEnd()) {
        finishFile(true, {});
        return true;
    }
    refillFile();
    return true;
}

void TcpClientEngine::refillFile()
{
    // Top up to the backlog limit and let bytesWritten call back for more:
    // memory stays bounded and the event loop never waits on the disk.
    while (m_file && m_socket && m_socket->bytesToWrite() < FileBacklogLimit && !m_file->atEnd()) {
        const QByteArray chunk = m_file->read(FileChunkSize);
        if (chunk.isEmpty()) {
            const QString message
                = tr("Reading the file '%1' failed: %2").arg(m_file->fileName(), m_file->errorString());
            finishFile(false, message);
            fail(message);
            return;
        }
        if (writeBytes(chunk) < 0) {
            finishFile(false, tr("The file could not be handed to the connection."));
            return;
        }
        m_fileQueued += chunk.size();
    }
}

void TcpClientEngine::cancelFile()
{
    if (m_file)
        finishFile(
            false,
            tr("Sending the file was cancelled after %1 of %2 bytes.").arg(m_fileWritten).arg(m_fileTotal));
}

void TcpClientEngine::finishFile(bool ok, const QString &message)
{
    m_file.reset();
    emit fileFinished(ok, message);
}

// --- exercises ---

bool TcpClientEngine::sendOnceAndClose(const QString &host, quint16 port, const QByteArray &bytes)
{
    if (m_state == State::Connected) {
        if (send(bytes) < 0)
            return false;
        close();
        return true;
    }
    if (m_state == State::HalfClosed || m_state == State::Closing) {
        fail(tr("This connection is closing and cannot send any more: wait until it is closed."));
        return false;
    }
    if ((m_state == State::Idle || m_state == State::Closed) && !connectToHost(host, port))
        return false;
    m_exercise = Exercise::SendOnceAndClose;
    m_exerciseBytes = bytes;
    return true;
}

bool TcpClientEngine::sendAndWaitForReply(const QString &host, quint16 port, const QByteArray &bytes,
                                          int timeoutMs)
{
    if (timeoutMs < 1) {
        fail(tr("The time to wait for a reply must be at least 1 ms."));
        return false;
    }
    if (m_state == State::Connected) {
        startReplyWait(bytes, timeoutMs);
        return true;
    }
    if (m_state == State::HalfClosed || m_state == State::Closing) {
        fail(tr("This connection is closing and cannot send any more: wait until it is closed."));
        return false;
    }
    if ((m_state == State::Idle || m_state == State::Closed) && !connectToHost(host, port))
        return false;
    m_exercise = Exercise::SendAndWait;
    m_exerciseBytes = bytes;
    m_replyTimeoutMs = timeoutMs;
    return true;
}

void TcpClientEngine::runPendingExercise()
{
    const Exercise exercise = m_exercise;
    m_exercise = Exercise::None;
    const QByteArray bytes = std::exchange(m_exerciseBytes, {});
    switch (exercise) {
    case Exercise::None: break;
    case Exercise::SendOnceAndClose:
        if (send(bytes) >= 0)
            close();
        break;
    case Exercise::SendAndWait: startReplyWait(bytes, m_replyTimeoutMs); break;
    }
}

void TcpClientEngine::startReplyWait(const QByteArray &bytes, int timeoutMs)
{
    m_reply.clear();
    m_replyTimeoutMs = timeoutMs;
    m_waitingForReply = true;
    m_replyQuietTimer.stop();
    m_replyTimer.start(timeoutMs);
    if (send(bytes) < 0) {
        m_waitingForReply = false;
        m_replyTimer.stop();
    }
}

void TcpClientEngine::finishReply()
{
    if (!m_waitingForReply)
        return;
    m_waitingForReply = false;
    m_replyTimer.stop();
    m_replyQuietTimer.stop();
    emit replyReceived(std::exchange(m_reply, {}));
}

// --- closing ---

void TcpClientEngine::cancelAttempt()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    releaseSocket();
    m_addresses.clear();
    m_exercise = Exercise::None;
    m_closer = Closer::Us;
    emitCall(QStringLiteral("close"), {}, QStringLiteral("0"));
    const QString reason = tr("We cancelled the connection attempt.");
    setState(State::Closed);
    emit connectionClosed(m_closer, false, reason);
}

void TcpClientEngine::halfClose()
{
    if (m_state == State::HalfClosed || m_halfClosePending)
        return;
    if (m_state != State::Connected || !m_socket) {
        fail(tr("Not connected: there is no connection to half-close."));
        return;
    }
    if (m_closer == Closer::Nobody)
        m_closer = Closer::Us;
    stopRepeat();
    cancelFile();
    m_halfClosePending = true;
    m_socket->flush();
    maybeShutdownWrite();
}

void TcpClientEngine::maybeShutdownWrite()
{
    if (!m_halfClosePending || m_wroteShutdown || !m_socket || m_socket->bytesToWrite() > 0)
        return;
    m_halfClosePending = false;
    m_wroteShutdown = true;
#ifdef Q_OS_UNIX
    // Qt has no half-close of its own; the descriptor is still Qt's, and
    // Qt keeps reading from it as before.
    const int result = ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    emitCall(QStringLiteral("shutdown"), QStringLiteral("SHUT_WR"),
             result == 0 ? QStringLiteral("0") : qt_error_string(errno), result != 0);
#endif
    qCDebug(lcTcpClient) << "half-closed" << localEndpoint();
    setState(State::HalfClosed);
}

void TcpClientEngine::close()
{
    if (m_state == State::LookingUp || m_state == State::Connecting) {
        cancelAttempt();
        return;
    }
    if ((m_state != State::Connected && m_state != State::HalfClosed) || !m_socket)
        return;
    if (m_closer == Closer::Nobody)
        m_closer = Closer::Us;
    stopRepeat();
    cancelFile();
    emitCall(QStringLiteral("close"), {}, QStringLiteral("0"));
    // Qt closes the descriptor once the queued bytes are written; the probe
    // must be gone by then, or the kernel would not send our FIN.
    closeResetProbe();
    m_socket->disconnectFromHost();
}

void TcpClientEngine::abort()
{
    if (m_state == State::LookingUp || m_state == State::Connecting) {
        cancelAttempt();
        return;
    }
    if (!m_socket || m_state == State::Idle || m_state == State::Closed)
        return;
    if (m_closer == Closer::Nobody)
        m_closer = Closer::Us;
#ifdef Q_OS_UNIX
    const linger option{1, 0};
    const int result
        = ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    emitCall(QStringLiteral("setsockopt"), QStringLiteral("SOL_SOCKET, SO_LINGER, {1, 0}"),
             result == 0 ? QStringLiteral("0") : qt_error_string(errno), result != 0);
#endif
    m_reset = true;
    emitCall(QStringLiteral("close"), {}, tr("0 (reset sent)"));
    // The probe first, so that Qt's close is the last one and sends the RST.
    closeResetProbe();
    QTcpSocket *socket = m_socket;
    socket->disconnect(this);
    socket->abort();
    finishConnection(Ending::WeAborted);
}

// --- helpers ---

void TcpClientEngine::setState(State state)
{
    if (state == m_state)
        return;
    const qint64 stepMs = m_stepClock.restart();
    m_state = state;
    qCDebug(lcTcpClient) << "state" << state << "after" << stepMs << "ms";
    emit stateChanged(state, stepMs);
}

void TcpClientEngine::fail(const QString &explained)
{
    qCDebug(lcTcpClient) << "error:" << explained;
    emit errorOccurred(explained);
}

void TcpClientEngine::record(TrafficKind kind, const QByteArray &payload, const QString &note, TrafficEnd end)
{
    if (!m_recorder)
        return;
    TrafficEvent event;
    event.tab = TabId;
    event.kind = kind;
    event.protocol = TrafficProtocol::Tcp;
    event.local = localEndpoint();
    if (event.local.isEmpty() && m_attemptLocalPort != 0)
        event.local = TrafficNames::endpoint(m_attemptLocalAddress, m_attemptLocalPort);
    if (end == TrafficEnd::Unknown && (kind == TrafficKind::Closed || kind == TrafficKind::Reset))
        end = m_closer == Closer::Peer ? TrafficEnd::ByPeer : TrafficEnd::ByUs;
    event.end = end;
    if (m_peerPort != 0)
        event.peer = peerEndpoint();
    else if (!m_tryingAddress.isNull())
        event.peer = TrafficNames::endpoint(m_tryingAddress, m_port);
    else
        event.peer = SocketErrors::place({m_host, m_port, false, false});
    event.payload = payload;
    event.encoding = m_encoding;
    event.note = note;
    m_recorder->record(event);
}

QString TcpClientEngine::bytesText(qint64 bytes)
{
    if (bytes <= INT_MAX)
        return tr("%Ln byte(s)", nullptr, int(bytes));
    return tr("%L1 bytes").arg(bytes);
}

void TcpClientEngine::emitCall(const QString &function, const QString &arguments, const QString &result,
                               bool failed)
{
    flushAllCoalesced();
    emit socketCallMade(SocketCall::make(function, arguments, result, failed));
}

void TcpClientEngine::coalesce(CoalescedCall &call, qint64 bytes)
{
    if (call.calls == 0 && (!call.lastEmitted.isValid() || call.lastEmitted.elapsed() >= CoalesceMs)) {
        if (&call == &m_sendCalls)
            emitCall(call.function, bytesText(bytes), QString::number(bytes));
        else
            emitCall(call.function, {}, bytesText(bytes));
        call.lastEmitted.start();
        return;
    }
    ++call.calls;
    call.bytes += bytes;
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start(qMax<qint64>(1, CoalesceMs - call.lastEmitted.elapsed()));
}

void TcpClientEngine::flushCoalesced(CoalescedCall &call)
{
    if (call.calls == 0)
        return;
    const qint64 calls = std::exchange(call.calls, 0);
    const qint64 bytes = std::exchange(call.bytes, 0);
    SocketCall line;
    line.time = QDateTime::currentDateTime();
    line.function = call.function;
    if (calls == 1 && &call == &m_sendCalls) {
        line.arguments = bytesText(bytes);
        line.result = QString::number(bytes);
    } else if (calls == 1) {
        line.result = bytesText(bytes);
    } else {
        line.result
            = tr("%1 in %Ln call(s)", nullptr, int(qMin<qint64>(calls, INT_MAX))).arg(bytesText(bytes));
    }
    call.lastEmitted.start();
    emit socketCallMade(line);
}

void TcpClientEngine::flushAllCoalesced()
{
    flushCoalesced(m_sendCalls);
    flushCoalesced(m_recvCalls);
}
