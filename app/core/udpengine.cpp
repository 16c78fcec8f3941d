#include "udpengine.h"

#include "eventclock.h"
#include "hostlookup.h"
#include "socketerrors.h"
#include "trafficrecorder.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcUdp, "netlab.udp", QtInfoMsg)

namespace {

constexpr int CountersIntervalMs = 100; // at most ten countersChanged a second
constexpr int CallWindowMs = 1000;

// Senders on a dual-stack socket arrive as ::ffff:a.b.c.d; students (and
// Wireshark) know them as a.b.c.d.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() != QAbstractSocket::IPv4Protocol)
        return QHostAddress(v4);
    return address;
}

// Qt tags every IPv6 destination with the receiving interface (::1%1);
// only a link-local address needs it, and students know ::1 as ::1.
QHostAddress destinationAddress(const QHostAddress &address, unsigned interfaceIndex)
{
    QHostAddress plain = plainAddress(address);
    if (plain.protocol() != QAbstractSocket::IPv6Protocol)
        return plain;
    const QString scope
        = plain.isLinkLocal() && interfaceIndex != 0 ? QString::number(interfaceIndex) : QString();
    if (plain.scopeId() != scope)
        plain.setScopeId(scope);
    return plain;
}

bool isIPv6Destination(const QHostAddress &address)
{
    return plainAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
}

QString familyName(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("AF_INET")
                                                               : QStringLiteral("AF_INET6");
}

#ifdef Q_OS_LINUX
void senderOf(const sockaddr_storage &storage, QHostAddress *address, quint16 *port)
{
    if (storage.ss_family == AF_INET) {
        sockaddr_in v4;
        std::memcpy(&v4, &storage, sizeof v4);
        address->setAddress(quint32(ntohl(v4.sin_addr.s_addr)));
        *port = ntohs(v4.sin_port);
    } else if (storage.ss_family == AF_INET6) {
        sockaddr_in6 v6;
        std::memcpy(&v6, &storage, sizeof v6);
        *address = plainAddress(QHostAddress(reinterpret_cast<const sockaddr *>(&v6)));
        *port = ntohs(v6.sin6_port);
    } else {
        *address = QHostAddress();
        *port = 0;
    }
}

// The address a datagram was sent to, from the IP_PKTINFO / IPV6_PKTINFO
// control message Qt enables on every UDP socket; null when there is none.
// Keeps *destination (shared) when it is the same as before; true when it changed.
bool updateDestination(const msghdr &header, QHostAddress *destination)
{
    for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(const_cast<msghdr *>(&header), c)) {
        if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO
            && c->cmsg_len >= CMSG_LEN(sizeof(in_pktinfo))) {
            in_pktinfo info;
            std::memcpy(&info, CMSG_DATA(c), sizeof info);
            const quint32 v4 = ntohl(info.ipi_addr.s_addr);
            bool isV4 = false;
            if (destination->protocol() == QAbstractSocket::IPv4Protocol
                && destination->toIPv4Address(&isV4) == v4)
                return false;
            destination->setAddress(v4);
            return true;
        }
        if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO
            && c->cmsg_len >= CMSG_LEN(sizeof(in6_pktinfo))) {
            in6_pktinfo info;
            std::memcpy(&info, CMSG_DATA(c), sizeof info);
            const QHostAddress address
                = destinationAddress(QHostAddress(info.ipi6_addr.s6_addr), unsigned(info.ipi6_ifindex));
            if (address == *destination && address.scopeId() == destination->scopeId())
                return false;
            *destination = address;
            return true;
        }
    }
    if (destination->isNull())
        return false;
    *destination = QHostAddress();
    return true;
}
#endif

// Endpoint texts kept per engine; a scan of the whole IPv4 space must not
// grow it without bound.
constexpr qsizetype MaxCachedEndpoints = 1024;

} // namespace

UdpEngine::UdpEngine(TrafficRecorder *recorder, const QString &tabId, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_tabId(tabId)
{
    qRegisterMetaType<UdpDatagram>();
    qRegisterMetaType<UdpCounters>();
    qRegisterMetaType<UdpError>();
    qRegisterMetaType<SocketCall>();

    m_repeatTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_repeatTimer, &QTimer::timeout, this, &UdpEngine::repeatTick);
    m_countersTimer.setSingleShot(true);
    m_countersTimer.setInterval(CountersIntervalMs);
    connect(&m_countersTimer, &QTimer::timeout, this, [this] { emit countersChanged(m_counters); });
    m_callTimer.setSingleShot(true);
    m_callTimer.setInterval(CallWindowMs);
    connect(&m_callTimer, &QTimer::timeout, this, &UdpEngine::flushCallWindows);
}

UdpEngine::~UdpEngine()
{
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    // No signals from a half-destroyed object: the socket goes quietly.
    delete m_socket;
}

bool UdpEngine::bind(const QHostAddress &address, quint16 port, bool shareAddress)
{
    close();
    return openSocket(address, port, shareAddress, false);
}

bool UdpEngine::openSocket(const QHostAddress &address, quint16 port, bool shareAddress, bool implicit)
{
    auto *socket = new QUdpSocket(this);
    const QString family = familyName(address);
    const QUdpSocket::BindMode mode = shareAddress ? QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint
                                                   : QUdpSocket::DontShareAddress;
    const QString where = TrafficNames::endpoint(address, port);

    if (!socket->bind(address, port, mode)) {
        const QAbstractSocket::SocketError error = socket->error();
        const QString qtText = socket->errorString();
        delete socket;
        emitCall(QStringLiteral("socket"), family + QStringLiteral(", SOCK_DGRAM"), {});
        return fail(explain(error, address.toString(), port, true, {}, qtText), QStringLiteral("bind"),
                    where);
    }

    m_socket = socket;
    ++m_socketGeneration;
    m_socketFailed = false;
    m_explicitlyBound = !implicit;
    m_sources.clear();
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpEngine::readPending);

    emitCall(QStringLiteral("socket"), family + QStringLiteral(", SOCK_DGRAM"),
             QString::number(m_socket->socketDescriptor()));
    // Qt sets SO_BROADCAST on every UDP socket; show it, since a C program
    // must do it by hand or get EACCES on a broadcast sendto().
    emitCall(QStringLiteral("setsockopt"), QStringLiteral("SOL_SOCKET, SO_BROADCAST, 1"),
             QStringLiteral("0"));
    if (shareAddress)
        emitCall(QStringLiteral("setsockopt"), QStringLiteral("SOL_SOCKET, SO_REUSEADDR, 1"),
                 QStringLiteral("0"));
    emitCall(QStringLiteral("bind"), where, TrafficNames::endpoint(localAddress(), localPort()));

    // Bursts of small datagrams overflow the default buffer (about 200 KiB)
    // before the event loop gets to read them; ask for more.
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, RequestedReceiveBuffer);
    m_receiveBuffer = m_socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    emitCall(QStringLiteral("setsockopt"),
             QStringLiteral("SOL_SOCKET, SO_RCVBUF, ") + QString::number(RequestedReceiveBuffer),
             tr("0 (granted %1 bytes)").arg(m_receiveBuffer));
    qCDebug(lcUdp) << "bound" << localEndpoint() << "receive buffer" << m_receiveBuffer;

    applyMulticastOptions();

    if (!implicit) {
        recordEvent(TrafficKind::Listening, localEndpoint(), {}, {},
                    tr("receive buffer: %1 bytes").arg(m_receiveBuffer));
        emit bound(localAddress(), localPort());
    }
    return true;
}

void UdpEngine::applyMulticastOptions()
{
    if (!m_socket)
        return;
    m_socket->setSocketOption(QAbstractSocket::MulticastTtlOption, m_multicastTtl);
    m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, m_multicastLoopback ? 1 : 0);
    if (!m_multicastInterface.isEmpty()) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(m_multicastInterface);
        if (iface.isValid()) {
            m_socket->setMulticastInterface(iface);
            emitCall(QStringLiteral("setsockopt"),
                     QStringLiteral("IPPROTO_IP, IP_MULTICAST_IF, ") + m_multicastInterface,
                     QStringLiteral("0"));
        }
    }
}

void UdpEngine::close()
{
    stopRepeat();
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_lookups.clear();
    m_pending.clear();
    m_resolved.clear();
    m_sources.clear();
    m_endpointTexts.clear();
    if (!m_socket)
        return;

    ++m_socketGeneration;
    // Not while readNative() walks the buffers (close() from a handler):
    // it stops at the generation change without touching them again.
    if (!m_readingNative)
        m_batch.reset();
    flushCallWindows();
    const QString local = localEndpoint();
    const QString fd = QString::number(m_socket->socketDescriptor());
    const bool wasExplicit = m_explicitlyBound;
    // Deleted later: close() may be called from a handler of datagramReceived
    // while readPending() is still on the stack.
    m_socket->disconnect(this);
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_explicitlyBound = false;
    m_receiveBuffer = 0;
    const bool hadGroups = !m_groups.isEmpty();
    m_groups.clear();

    emitCall(QStringLiteral("close"), fd, QStringLiteral("0"));
    if (wasExplicit)
        recordEvent(TrafficKind::Closed, local, {}, {});
    if (hadGroups)
        emit membershipChanged();
    emit closed();
}

bool UdpEngine::isBound() const
{
    return m_socket && m_explicitlyBound;
}

bool UdpEngine::isOpen() const
{
    return m_socket != nullptr;
}

QHostAddress UdpEngine::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 UdpEngine::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

int UdpEngine::receiveBufferSize() const
{
    return m_receiveBuffer;
}

bool UdpEngine::sendTo(const QString &hostText, quint16 port, const QByteArray &bytes)
{
    const QString host = hostText.trimmed();
    if (port == 0) {
        UdpError error;
        error.error = QAbstractSocket::UnsupportedSocketOperationError;
        error.errnoName = QStringLiteral("EINVAL");
        error.message
            = tr("Port 0 cannot receive datagrams: type the receiver's port, a number from 1 to 65535.");
        return fail(error, QStringLiteral("sendto"), host + QStringLiteral(":0"));
    }
    const QHostAddress literal(host);
    if (!literal.isNull())
        return sendResolved(literal, host, port, bytes);

    // A name's family is only known after the lookup: refuse now what is too
    // large for either family, and check again once the address is known.
    if (bytes.size() > MaxPayloadIPv6) {
        return fail(explain(QAbstractSocket::DatagramTooLargeError, host, port, false),
                    QStringLiteral("sendto"), host + u':' + QString::number(port));
    }

    const QString nameProblem = HostLookup::checkName(host);
    if (!nameProblem.isEmpty()) {
        UdpError error;
        error.error = QAbstractSocket::HostNotFoundError;
        error.errnoName = QStringLiteral("EAI_NONAME");
        error.message = nameProblem;
        return fail(error, QStringLiteral("getaddrinfo"), u'"' + host + u'"');
    }

    const auto cached = m_resolved.constFind(host.toLower());
    if (cached != m_resolved.cend())
        return sendResolved(*cached, host, port, bytes);

    m_pending.append({host, port, bytes});
    bool running = false;
    for (const QString &name : std::as_const(m_lookups))
        running = running || name.compare(host, Qt::CaseInsensitive) == 0;
    if (!running) {
        const int id = QHostInfo::lookupHost(host, this, &UdpEngine::lookupFinished);
        m_lookups.insert(id, host);
    }
    return true;
}

void UdpEngine::lookupFinished(const QHostInfo &info)
{
    const QString name = m_lookups.take(info.lookupId());
    if (name.isEmpty())
        return; // aborted by close()

    QList<PendingSend> waiting;
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending.at(i).host.compare(name, Qt::CaseInsensitive) == 0)
            waiting.prepend(m_pending.takeAt(i));
    }

    const QHostAddress address = chooseAddress(info.addresses());
    if (info.error() != QHostInfo::NoError || address.isNull()) {
        emitCall(QStringLiteral("getaddrinfo"), u'"' + name + u'"', QStringLiteral("EAI_NONAME"), true);
        UdpError error = explain(QAbstractSocket::HostNotFoundError, name, waiting.value(0).port, false);
        error.errnoName = QStringLiteral("EAI_NONAME");
        fail(error, QStringLiteral("sendto"), name);
        stopRepeat();
        return;
    }
    emitCall(QStringLiteral("getaddrinfo"), u'"' + name + u'"', plainAddress(address).toString());
    m_resolved.insert(name.toLower(), address);
    for (const PendingSend &send : std::as_const(waiting)) {
        if (!sendResolved(address, send.host, send.port, send.bytes)) {
            stopRepeat();
            break;
        }
    }
}

QHostAddress UdpEngine::chooseAddress(const QList<QHostAddress> &addresses) const
{
    // A socket bound to IPv4 cannot reach IPv6 and vice versa; unbound, prefer
    // IPv4 like the classic exercises (and most school networks).
    const bool wantV6 = m_socket && m_socket->localAddress().protocol() == QAbstractSocket::IPv6Protocol;
    for (const QHostAddress &a : addresses) {
        if ((a.protocol() == QAbstractSocket::IPv6Protocol) == wantV6)
            return a;
    }
    return addresses.value(0);
}

bool UdpEngine::sendResolved(const QHostAddress &rawDestination, const QString &host, quint16 port,
                             const QByteArray &bytes)
{
    const QHostAddress destination = plainAddress(rawDestination);
    const QString peer = TrafficNames::endpoint(destination, port);
    const qsizetype limit = maxPayload(destination.protocol());
    if (bytes.size() > limit) {
        return fail(explain(QAbstractSocket::DatagramTooLargeError, host, port, false, destination),
                    QStringLiteral("sendto"), peer);
    }

    const bool wantV6 = isIPv6Destination(destination);
    if (m_socket && !m_explicitlyBound) {
        const bool isV6 = m_socket->localAddress().protocol() == QAbstractSocket::IPv6Protocol;
        if (isV6 != wantV6)
            close(); // an implicit socket of the other family: make a new one
    }
    if (!m_socket) {
        // What sendto() does on an unbound socket: bind to any address and an
        // ephemeral port. Done here so the options can be set and replies read.
        const QHostAddress any(wantV6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4);
        if (!openSocket(any, 0, false, true))
            return false;
    }

    const qint64 written = m_socket->writeDatagram(bytes, destination, port);
    if (written < 0) {
        return fail(explain(sendError(), host, port, false, destination, m_socket->errorString()),
                    QStringLiteral("sendto"), peer, peer);
    }

    ++m_counters.datagramsSent;
    m_counters.bytesSent += quint64(written);
    countersTouched();
    noteTransfer(CallKind::SendTo, peer, written);
    QString note;
    if (destination.isBroadcast() || destination == QHostAddress(QStringLiteral("127.255.255.255")))
        note = tr("broadcast");
    else if (destination.isMulticast())
        note = tr("multicast");
    recordEvent(TrafficKind::Sent, TrafficNames::endpoint(sourceFor(destination, port), localPort()), peer,
                bytes, note);
    emit datagramSent(destination, port, written);
    return true;
}

QAbstractSocket::SocketError UdpEngine::sendError()
{
    // Qt's socket engine keeps the first error of a socket's life and reports
    // it again for every later failure; Qt turns any failed sendto() other
    // than EMSGSIZE and EACCES into NetworkError, the likeliest cause then.
    const QAbstractSocket::SocketError error
        = m_socketFailed ? QAbstractSocket::NetworkError : m_socket->error();
    m_socketFailed = true;
    return error;
}

QHostAddress UdpEngine::sourceFor(const QHostAddress &destination, quint16 port)
{
    const QHostAddress local = m_socket->localAddress();
    const bool anyAddress = local == QHostAddress(QHostAddress::AnyIPv4)
        || local == QHostAddress(QHostAddress::AnyIPv6) || local == QHostAddress(QHostAddress::Any);
    if (!anyAddress)
        return local;
    const QString key = destination.toString();
    const auto known = m_sources.constFind(key);
    if (known != m_sources.cend())
        return *known;
    // The kernel picks the source per route at sendto() time and does not
    // tell; a connected UDP socket asks the routing table the same question
    // without sending anything.
    QUdpSocket probe;
    probe.connectToHost(destination, port);
    QHostAddress source = probe.state() == QAbstractSocket::ConnectedState ? probe.localAddress() : local;
    source = plainAddress(source);
    m_sources.insert(key, source);
    return source;
}

void UdpEngine::readPending()
{
    if (!m_socket)
        return;
    const quint64 generation = m_socketGeneration;
    // The first datagram of every readyRead goes through Qt: only a Qt read
    // re-arms the socket's read notification. The rest, at most
    // MaxDatagramsPerRead in all, are read in batches (Linux) or through Qt;
    // whatever is left raises readyRead again on the next event-loop turn, so
    // a flood cannot starve the window.
    if (!readOneThroughQt() || generation != m_socketGeneration)
        return;
#ifdef Q_OS_LINUX
    // A handler of datagramReceived that runs an event loop may get here
    // again while the outer call still walks the batch buffers: then only
    // the one datagram above (it re-armed the notification; it may overtake
    // the rest of the outer batch), the outer call goes on with the rest.
    if (m_readingNative)
        return;
    m_readingNative = true;
    readNative(MaxDatagramsPerRead - 1);
    m_readingNative = false;
#else
    for (int budget = MaxDatagramsPerRead - 1; budget > 0; --budget) {
        if (!readOneThroughQt() || generation != m_socketGeneration)
            return;
    }
#endif
}

bool UdpEngine::readOneThroughQt()
{
    // pendingDatagramSize() first: receiveDatagram() without a size asks for
    // it anyway, and a stale error() must not be mistaken for a failed read
    // when nothing is pending.
    const qint64 size = m_socket->pendingDatagramSize();
    if (size < 0)
        return false;
    const QNetworkDatagram datagram = m_socket->receiveDatagram(size);
    if (!datagram.isValid()) {
        m_socketFailed = true;
        fail(explain(m_socket->error(), {}, localPort(), true, {}, m_socket->errorString()),
             QStringLiteral("recvfrom"), {});
        return false;
    }
    UdpDatagram d;
    d.payload = datagram.data();
    d.sender = plainAddress(datagram.senderAddress());
    d.senderPort = quint16(datagram.senderPort());
    d.destination = destinationAddress(datagram.destinationAddress(), uint(datagram.interfaceIndex()));
    d.destinationPort = datagram.destinationPort() > 0 ? quint16(datagram.destinationPort()) : localPort();
    d.senderEndpoint = endpointText(d.sender, d.senderPort);
    // A copy: a receiver's nested event loop may add to (and rehash) the cache.
    const QString local = localText(d.destination, d.destinationPort);
    handleDatagram(d, local, EventClock::now());
    return true;
}

#ifdef Q_OS_LINUX
struct UdpEngine::NativeBatch
{
    static constexpr unsigned Size = 16;
    // Every slot takes the largest datagram whole; the pages of a slot are
    // only touched as far as datagrams fill them.
    static constexpr size_t SlotBytes = 65536;

    std::unique_ptr<char[]> payload{new char[Size * SlotBytes]};
    mmsghdr messages[Size];
    iovec vectors[Size];
    sockaddr_storage senders[Size];
    // IP_PKTINFO/IPV6_PKTINFO and the TTL/hop limit Qt asks for on every UDP socket.
    alignas(cmsghdr) char control[Size][256];
};

void UdpEngine::readNative(int budget)
{
    if (!m_batch)
        m_batch = std::make_unique<NativeBatch>();
    NativeBatch &batch = *m_batch;
    const quint64 generation = m_socketGeneration;
    const int fd = int(m_socket->socketDescriptor());
    const quint16 port = localPort();
    // A flood comes from one sender to one address: reuse the previous
    // QHostAddress (a reference count) instead of building one per datagram.
    sockaddr_storage lastSender{};
    socklen_t lastSenderLength = 0;
    QHostAddress sender;
    quint16 senderPort = 0;
    QString senderText;
    QHostAddress destination;
    QString local;
    while (budget > 0) {
        const unsigned want = std::min(NativeBatch::Size, unsigned(budget));
        for (unsigned i = 0; i < want; ++i) {
            batch.vectors[i].iov_base = batch.payload.get() + i * NativeBatch::SlotBytes;
            batch.vectors[i].iov_len = NativeBatch::SlotBytes;
            msghdr &header = batch.messages[i].msg_hdr;
            header = msghdr{};
            header.msg_name = &batch.senders[i];
            header.msg_namelen = sizeof batch.senders[i];
            header.msg_iov = &batch.vectors[i];
            header.msg_iovlen = 1;
            header.msg_control = batch.control[i];
            header.msg_controllen = sizeof batch.control[i];
        }
        const int count = ::recvmmsg(fd, batch.messages, want, MSG_DONTWAIT, nullptr);
        if (count < 0) {
            if (errno == EINTR)
                continue;
            // EAGAIN: drained. ECONNREFUSED (an ICMP answer to an earlier
            // send) is not a failure of this receiver, as for Qt's reads.
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != ECONNREFUSED) {
                const int code = errno;
                m_socketFailed = true;
                UdpError error;
                error.error = QAbstractSocket::NetworkError;
                error.message = tr("Receiving a datagram failed (recvfrom: %1). Close the socket and bind "
                                   "it again.")
                                    .arg(QString::fromLocal8Bit(std::strerror(code)));
                fail(error, QStringLiteral("recvfrom"), {});
            }
            return;
        }
        // One batch is one moment, to the millisecond the log shows.
        const QDateTime time = EventClock::now();
        for (int i = 0; i < count; ++i) {
            const msghdr &header = batch.messages[i].msg_hdr;
            UdpDatagram d;
            d.payload = QByteArray(static_cast<const char *>(batch.vectors[i].iov_base),
                                   qsizetype(batch.messages[i].msg_len));
            if (header.msg_namelen != lastSenderLength
                || std::memcmp(&batch.senders[i], &lastSender, header.msg_namelen) != 0) {
                lastSenderLength = header.msg_namelen;
                std::memcpy(&lastSender, &batch.senders[i], header.msg_namelen);
                senderOf(batch.senders[i], &sender, &senderPort);
                senderText = endpointText(sender, senderPort);
            }
            d.sender = sender;
            d.senderPort = senderPort;
            d.senderEndpoint = senderText;
            if (updateDestination(header, &destination) || local.isNull())
                local = localText(destination, port);
            d.destination = destination;
            d.destinationPort = port;
            handleDatagram(d, local, time);
            if (generation != m_socketGeneration)
                return; // closed or re-bound by a receiver of datagramReceived
        }
        budget -= count;
        if (unsigned(count) < want)
            return; // drained
    }
}
#else
struct UdpEngine::NativeBatch
{
};
#endif

void UdpEngine::handleDatagram(UdpDatagram &d, const QString &local, const QDateTime &time)
{
    const QString &peer = d.senderEndpoint;
    ++m_counters.datagramsReceived;
    m_counters.bytesReceived += quint64(d.payload.size());
    countersTouched();
    noteTransfer(CallKind::RecvFrom, peer, d.payload.size());
    recordEvent(TrafficKind::Received, local, peer, d.payload, {}, time);

    const quint64 generation = m_socketGeneration;
    emit datagramReceived(d);
    if (generation != m_socketGeneration || !m_autoReply.isEnabled())
        return; // closed by a receiver of the signal, or nothing to answer

    const auto reply = m_autoReply.replyFor(d.payload);
    if (!reply)
        return;
    const qint64 written = m_socket->writeDatagram(reply->bytes, d.sender, d.senderPort);
    if (written < 0) {
        fail(
            explain(sendError(), d.sender.toString(), d.senderPort, false, d.sender, m_socket->errorString()),
            QStringLiteral("sendto"), peer, peer);
        return;
    }
    ++m_counters.datagramsReplied;
    m_counters.bytesReplied += quint64(written);
    countersTouched();
    noteTransfer(CallKind::SendTo, peer, written);
    // The reply leaves from the address the question came to, so the
    // recorded local endpoint is the same as for the received datagram.
    recordEvent(TrafficKind::Sent, local, peer, reply->bytes,
                tr("auto-reply (rule %1)").arg(reply->ruleIndex + 1));
    emit autoReplied(d.sender, d.senderPort, reply->bytes);
}

bool UdpEngine::startRepeat(const QString &host, quint16 port, const QByteArray &bytes, int intervalMs,
                            int count)
{
    stopRepeat();
    if (intervalMs < 1 || count < 0) {
        UdpError error;
        error.error = QAbstractSocket::UnsupportedSocketOperationError;
        error.message = intervalMs < 1
            ? tr("The interval must be at least 1 millisecond; %1 ms was given.").arg(intervalMs)
            : tr("The number of datagrams cannot be negative (%1 was given); use 0 to send until stopped.")
                  .arg(count);
        return fail(error, QStringLiteral("sendto"), host + u':' + QString::number(port));
    }
    m_repeat = {host, port, bytes};
    m_repeatCount = count;
    m_repeatSent = 0;
    if (!sendTo(host, port, bytes))
        return false;
    m_repeatSent = 1;
    if (m_repeatCount == 1) {
        emit repeatFinished(m_repeatSent);
        return true;
    }
    m_repeatTimer.start(intervalMs);
    return true;
}

void UdpEngine::repeatTick()
{
    if (!sendTo(m_repeat.host, m_repeat.port, m_repeat.bytes)) {
        stopRepeat();
        return;
    }
    ++m_repeatSent;
    if (m_repeatCount > 0 && m_repeatSent >= m_repeatCount)
        stopRepeat();
}

void UdpEngine::stopRepeat()
{
    if (!m_repeatTimer.isActive())
        return;
    m_repeatTimer.stop();
    emit repeatFinished(m_repeatSent);
}

bool UdpEngine::isRepeating() const
{
    return m_repeatTimer.isActive();
}

int UdpEngine::repeatsSent() const
{
    return m_repeatSent;
}

bool UdpEngine::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    const QString arguments = QStringLiteral("IPPROTO_IP, IP_ADD_MEMBERSHIP, ") + group.toString()
        + QStringLiteral(", ") + (interfaceName.isEmpty() ? QStringLiteral("INADDR_ANY") : interfaceName);
    UdpError error;
    error.error = QAbstractSocket::UnsupportedSocketOperationError;
    if (!isBound()) {
        error.message = tr("Bind the receiver first (for example to 0.0.0.0 and the group's port), then join "
                           "the multicast group %1.")
                            .arg(group.toString());
        return fail(error, QStringLiteral("setsockopt"), arguments);
    }
    if (!group.isMulticast()) {
        error.errnoName = QStringLiteral("EINVAL");
        error.message = tr("%1 is not a multicast address. IPv4 multicast groups are 224.0.0.0 to "
                           "239.255.255.255 (239.x.x.x is meant for local experiments); IPv6 groups start "
                           "with ff.")
                            .arg(group.toString());
        return fail(error, QStringLiteral("setsockopt"), arguments);
    }
    QNetworkInterface iface;
    if (!interfaceName.isEmpty()) {
        iface = QNetworkInterface::interfaceFromName(interfaceName);
        if (!iface.isValid()) {
            QStringList names;
            const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
            for (const QNetworkInterface &i : all)
                names.append(i.name());
            error.errnoName = QStringLiteral("ENODEV");
            error.message = tr("There is no network interface called '%1' on this computer. The interfaces "
                               "are: %2.")
                                .arg(interfaceName, names.join(QStringLiteral(", ")));
            return fail(error, QStringLiteral("setsockopt"), arguments);
        }
    }
    for (const UdpMembership &m : std::as_const(m_groups)) {
        if (m.group == group && m.interfaceName == interfaceName) {
            error.errnoName = QStringLiteral("EADDRINUSE");
            error.message = tr("This socket is already a member of %1 on %2.")
                                .arg(group.toString(),
                                     interfaceName.isEmpty() ? tr("the default interface") : interfaceName);
            return fail(error, QStringLiteral("setsockopt"), arguments);
        }
    }

    const bool ok
        = iface.isValid() ? m_socket->joinMulticastGroup(group, iface) : m_socket->joinMulticastGroup(group);
    if (!ok) {
        m_socketFailed = true;
        error.error = m_socket->error();
        // Qt reports a failed IP_ADD_MEMBERSHIP as UnknownSocketError and
        // drops the errno, so say what it nearly always is.
        if (interfaceName.isEmpty()) {
            error.message
                = tr("Could not join the multicast group %1. Most likely this computer has no route "
                     "for multicast (no default route and no 224.0.0.0/4 route), so the system "
                     "cannot choose an interface by itself (ENODEV). Choose the interface "
                     "explicitly.")
                      .arg(group.toString());
        } else {
            error.message = tr("Could not join the multicast group %1 on %2. Most likely the interface is "
                               "down, has no IPv4 address, or cannot do multicast; or the group and the "
                               "socket are of different IP versions.")
                                .arg(group.toString(), interfaceName);
        }
        return fail(error, QStringLiteral("setsockopt"), arguments);
    }
    m_groups.append({group, interfaceName});
    emitCall(QStringLiteral("setsockopt"), arguments, QStringLiteral("0"));
    emit membershipChanged();
    return true;
}

bool UdpEngine::leaveGroup(const QHostAddress &group, const QString &interfaceName)
{
    const QString arguments = QStringLiteral("IPPROTO_IP, IP_DROP_MEMBERSHIP, ") + group.toString()
        + QStringLiteral(", ") + (interfaceName.isEmpty() ? QStringLiteral("INADDR_ANY") : interfaceName);
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).group == group && m_groups.at(i).interfaceName == interfaceName)
            index = i;
    }
    if (index < 0 || !m_socket) {
        UdpError error;
        error.error = QAbstractSocket::UnsupportedSocketOperationError;
        error.errnoName = QStringLiteral("EADDRNOTAVAIL");
        error.message = tr("This socket is not a member of %1 on %2, so it cannot leave it.")
                            .arg(group.toString(),
                                 interfaceName.isEmpty() ? tr("the default interface") : interfaceName);
        return fail(error, QStringLiteral("setsockopt"), arguments);
    }
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
    const bool ok = iface.isValid() ? m_socket->leaveMulticastGroup(group, iface)
                                    : m_socket->leaveMulticastGroup(group);
    if (!ok) {
        m_socketFailed = true;
        return fail(explain(m_socket->error(), group.toString(), 0, false, group, m_socket->errorString()),
                    QStringLiteral("setsockopt"), arguments);
    }
    m_groups.removeAt(index);
    emitCall(QStringLiteral("setsockopt"), arguments, QStringLiteral("0"));
    emit membershipChanged();
    return true;
}

QList<UdpMembership> UdpEngine::joinedGroups() const
{
    return m_groups;
}

bool UdpEngine::setMulticastInterface(const QString &interfaceName)
{
    if (!interfaceName.isEmpty() && !QNetworkInterface::interfaceFromName(interfaceName).isValid()) {
        UdpError error;
        error.error = QAbstractSocket::UnsupportedSocketOperationError;
        error.errnoName = QStringLiteral("ENODEV");
        error.message = tr("There is no network interface called '%1' on this computer.").arg(interfaceName);
        return fail(error, QStringLiteral("setsockopt"),
                    QStringLiteral("IPPROTO_IP, IP_MULTICAST_IF, ") + interfaceName);
    }
    m_multicastInterface = interfaceName;
    if (m_socket && !interfaceName.isEmpty())
        applyMulticastOptions();
    else if (m_socket)
        m_socket->setMulticastInterface(QNetworkInterface());
    return true;
}

void UdpEngine::setMulticastTtl(int ttl)
{
    m_multicastTtl = qBound(0, ttl, 255);
    if (m_socket) {
        m_socket->setSocketOption(QAbstractSocket::MulticastTtlOption, m_multicastTtl);
        emitCall(QStringLiteral("setsockopt"),
                 QStringLiteral("IPPROTO_IP, IP_MULTICAST_TTL, ") + QString::number(m_multicastTtl),
                 QStringLiteral("0"));
    }
}

void UdpEngine::setMulticastLoopback(bool enabled)
{
    m_multicastLoopback = enabled;
    if (m_socket) {
        m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, enabled ? 1 : 0);
        emitCall(QStringLiteral("setsockopt"),
                 QStringLiteral("IPPROTO_IP, IP_MULTICAST_LOOP, ") + QString::number(enabled ? 1 : 0),
                 QStringLiteral("0"));
    }
}

int UdpEngine::multicastTtl() const
{
    return m_multicastTtl;
}

bool UdpEngine::multicastLoopback() const
{
    return m_multicastLoopback;
}

QString UdpEngine::multicastInterface() const
{
    return m_multicastInterface;
}

UdpAutoReply &UdpEngine::autoReply()
{
    return m_autoReply;
}

const UdpAutoReply &UdpEngine::autoReply() const
{
    return m_autoReply;
}

UdpCounters UdpEngine::counters() const
{
    return m_counters;
}

void UdpEngine::resetCounters()
{
    m_counters = {};
    countersTouched();
}

UdpError UdpEngine::lastError() const
{
    return m_lastError;
}

QList<UdpBroadcastTarget> UdpEngine::broadcastTargets()
{
    QList<UdpBroadcastTarget> targets;
    QString loopbackName = QStringLiteral("lo");
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack)) {
            loopbackName = iface.name();
            continue;
        }
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::CanBroadcast))
            continue;
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.broadcast().isNull())
                targets.append({entry.broadcast(), iface.name(), entry.ip()});
        }
    }
    targets.append({QHostAddress(QHostAddress::Broadcast), QString(), QHostAddress()});
    targets.append({QHostAddress(QStringLiteral("127.255.255.255")), loopbackName,
                    QHostAddress(QHostAddress::LocalHost)});
    return targets;
}

qsizetype UdpEngine::maxPayload(QAbstractSocket::NetworkLayerProtocol protocol)
{
    return protocol == QAbstractSocket::IPv6Protocol ? MaxPayloadIPv6 : MaxPayloadIPv4;
}

QString UdpEngine::noReceiverLesson()
{
    return tr("UDP does not tell the sender when nobody is listening. sendto() succeeds as soon as the "
              "datagram has left this computer; if no program is bound to the destination port, the "
              "datagram is simply thrown away. The receiving computer may answer with an ICMP \"port "
              "unreachable\" message, but an unconnected UDP socket never reports it. The only way to know "
              "that a datagram arrived is an answer from the receiver, like the reply to hello.");
}

UdpError UdpEngine::explain(QAbstractSocket::SocketError socketError, const QString &host, quint16 port,
                            bool listening, const QHostAddress &destination, const QString &qtText) const
{
    UdpError error;
    error.error = socketError;
    const QString where = host.contains(u':')
        ? QString(u'[' + host + QStringLiteral("]:") + QString::number(port))
        : QString(host + u':' + QString::number(port));
    switch (socketError) {
    case QAbstractSocket::AddressInUseError:
        error.errnoName = QStringLiteral("EADDRINUSE");
        error.message = tr("Port %1 is already in use on %2: another socket (maybe another receiver, or "
                           "another NetLab tab) is bound to it. Close the other program, choose another "
                           "port, or tick \"Share address\" (SO_REUSEADDR) for every socket that binds this "
                           "port.")
                            .arg(port)
                            .arg(host);
        return error;
    case QAbstractSocket::DatagramTooLargeError: {
        const bool v6 = destination.protocol() == QAbstractSocket::IPv6Protocol;
        error.errnoName = QStringLiteral("EMSGSIZE");
        if (destination.isNull()) {
            error.message = tr("Nothing was sent: one UDP datagram can carry at most %1 bytes over IPv4 and "
                               "%2 bytes over IPv6, because the length fields of UDP and IP stop at 65,535 "
                               "bytes. Send the data in smaller pieces.")
                                .arg(MaxPayloadIPv4)
                                .arg(MaxPayloadIPv6);
            return error;
        }
        error.message = tr("Nothing was sent: one UDP datagram can carry at most %1 bytes over %2, because "
                           "the length fields of UDP and IP stop at 65,535 bytes. Send the data in smaller "
                           "pieces.")
                            .arg(QString::number(maxPayload(destination.protocol())),
                                 v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
        return error;
    }
    case QAbstractSocket::NetworkError:
        // Qt words every failed sendto() as "Unable to send a message" and
        // drops the errno; on Linux it is nearly always ENETUNREACH.
        error.errnoName = QStringLiteral("ENETUNREACH");
        if (destination == QHostAddress(QHostAddress::Broadcast)) {
            error.message
                = tr("Could not send to 255.255.255.255: the network is unreachable (ENETUNREACH). "
                     "This address means \"everyone on my own network\", but the system does not "
                     "know which network that is: there is no default route. Bind the sender to the "
                     "address of the interface it should use (for example 192.168.1.10), or send to "
                     "that network's broadcast address (such as 192.168.1.255) instead.");
        } else {
            error.message
                = tr("Could not send to %1: the network is unreachable (ENETUNREACH): this computer "
                     "has no route to that address. Check the address, the network connection and "
                     "the address the sender is bound to.")
                      .arg(where);
        }
        return error;
    default: break;
    }
    SocketErrors::Context context;
    context.host = host;
    context.port = port;
    context.listening = listening;
    context.udp = true;
    error.errnoName = SocketErrors::errnoName(socketError);
    error.message = SocketErrors::explain(socketError, context);
    if (error.message.isEmpty())
        error.message = qtText;
    return error;
}

bool UdpEngine::fail(UdpError error, const QString &function, const QString &arguments, const QString &peer)
{
    m_lastError = error;
    emitCall(function, arguments, error.errnoName.isEmpty() ? tr("failed") : error.errnoName, true);
    recordEvent(TrafficKind::Error, localEndpoint(), peer, {}, error.message);
    qCDebug(lcUdp) << function << arguments << "failed:" << error.errnoName;
    emit errorOccurred(error);
    return false;
}

void UdpEngine::emitCall(const QString &function, const QString &arguments, const QString &result,
                         bool failed)
{
    emit socketCall(SocketCall::make(function, arguments, result, failed));
}

void UdpEngine::noteTransfer(CallKind kind, const QString &arguments, qint64 bytes)
{
    CallWindow &window = m_callWindows[int(kind)];
    if (!m_callTimer.isActive())
        m_callTimer.start();
    if (window.shown < CallsPerSecondBeforeSummary) {
        ++window.shown;
        if (kind == CallKind::SendTo)
            emitCall(QStringLiteral("sendto"), arguments, tr("%n byte(s)", nullptr, int(bytes)));
        else
            emitCall(QStringLiteral("recvfrom"), QString(),
                     tr("%n byte(s) from %1", nullptr, int(bytes)).arg(arguments));
        return;
    }
    ++window.hiddenCount;
    window.hiddenBytes += quint64(bytes);
}

void UdpEngine::flushCallWindows()
{
    m_callTimer.stop();
    for (int i = 0; i < 2; ++i) {
        CallWindow &window = m_callWindows[i];
        if (window.hiddenCount > 0) {
            const QString function
                = i == int(CallKind::SendTo) ? QStringLiteral("sendto") : QStringLiteral("recvfrom");
            emitCall(function, tr("… %n more call(s) in the last second", nullptr, int(window.hiddenCount)),
                     tr("%1 bytes in total").arg(QLocale().toString(window.hiddenBytes)));
        }
        window = {};
    }
}

void UdpEngine::countersTouched()
{
    if (!m_countersTimer.isActive())
        m_countersTimer.start();
}

void UdpEngine::recordEvent(TrafficKind kind, const QString &local, const QString &peer,
                            const QByteArray &payload, const QString &note, const QDateTime &time)
{
    if (!m_recorder)
        return;
    TrafficEvent event;
    // Datagrams read in one batch share the batch's time; anything else is
    // stamped by the recorder (nanoseconds).
    if (time.isValid())
        event.time = time;
    event.tab = m_tabId;
    event.kind = kind;
    event.protocol = TrafficProtocol::Udp;
    event.local = local;
    event.peer = peer;
    event.payload = payload;
    event.note = note;
    m_recorder->record(event);
}

const QString &UdpEngine::endpointText(const QHostAddress &address, quint16 port)
{
    const EndpointKey key{address, port};
    const auto known = m_endpointTexts.constFind(key);
    if (known != m_endpointTexts.cend())
        return *known;
    if (m_endpointTexts.size() >= MaxCachedEndpoints)
        m_endpointTexts.clear();
    return *m_endpointTexts.insert(key, TrafficNames::endpoint(address, port));
}

const QString &UdpEngine::localText(const QHostAddress &destination, quint16 port)
{
    return destination.isNull() ? endpointText(m_socket->localAddress(), m_socket->localPort())
                                : endpointText(destination, port);
}

QString UdpEngine::localEndpoint() const
{
    return m_socket ? TrafficNames::endpoint(m_socket->localAddress(), m_socket->localPort()) : QString();
}
