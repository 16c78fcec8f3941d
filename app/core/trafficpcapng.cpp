#include "trafficpcapng.h"

#include "packetbuilder.h"
#include "pcapngwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QUdpSocket>

#include <algorithm>

namespace {

using PacketBuilder::TcpHeader;

// "TCP Client: sent", "TCP Server: closed (the client closed the connection)".
QString eventLabel(const TrafficEvent &event)
{
    const QString tab = TrafficNames::tabLabel(event.tab);
    const QString kind = TrafficNames::kindLabel(event.kind);
    if (event.note.isEmpty())
        return QCoreApplication::translate("TrafficPcapng", "%1: %2", "tab title: event kind").arg(tab, kind);
    return QCoreApplication::translate("TrafficPcapng", "%1: %2 (%3)", "tab title: event kind (note)")
        .arg(tab, kind, event.note);
}

// The event label followed by what this one packet is.
QString withDetail(const QString &label, const QString &detail)
{
    return QCoreApplication::translate("TrafficPcapng", "%1 — %2", "event label — what this packet is")
        .arg(label, detail);
}

bool isUnbound(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toIPv4Address() == 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR a = address.toIPv6Address();
        return std::all_of(std::begin(a.c), std::end(a.c), [](quint8 b) { return b == 0; });
    }
    return false;
}

// A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; the wire carries
// plain IPv4.
QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

// Builds the packets of one event between two fixed endpoints, numbering
// their times from the event's.
class EventPackets
{
public:
    EventPackets(QList<SynthPacket> *out, qint64 timeNs, const QHostAddress &local, quint16 localPort,
                 const QHostAddress &peer, quint16 peerPort, quint16 *identification)
        : m_out(out)
        , m_timeNs(timeNs)
        , m_local(local)
        , m_peer(peer)
        , m_localPort(localPort)
        , m_peerPort(peerPort)
        , m_identification(identification)
    { }

    void tcp(bool fromLocal, quint8 flags, quint32 seq, quint32 ack, const QByteArray &payload,
             const QString &comment)
    {
        TcpHeader header;
        header.sourcePort = fromLocal ? m_localPort : m_peerPort;
        header.destinationPort = fromLocal ? m_peerPort : m_localPort;
        header.seq = seq;
        header.ack = (flags & PacketBuilder::Ack) ? ack : 0;
        header.flags = flags;
        add(PacketBuilder::tcpPacket(fromLocal ? m_local : m_peer, fromLocal ? m_peer : m_local, header,
                                     payload, (*m_identification)++),
            comment);
    }

    void udp(bool fromLocal, const QByteArray &payload, const QString &comment)
    {
        add(PacketBuilder::udpPacket(fromLocal ? m_local : m_peer, fromLocal ? m_localPort : m_peerPort,
                                     fromLocal ? m_peer : m_local, fromLocal ? m_peerPort : m_localPort,
                                     payload, (*m_identification)++),
            comment);
    }

private:
    void add(const QByteArray &ip, const QString &comment)
    {
        if (ip.isEmpty())
            return; // cannot happen after the family check; never write a broken packet
        SynthPacket packet;
        packet.timeNs = m_timeNs + m_out->size();
        packet.ip = ip;
        packet.comment = comment;
        m_out->append(packet);
    }

    QList<SynthPacket> *m_out;
    qint64 m_timeNs;
    QHostAddress m_local;
    QHostAddress m_peer;
    quint16 m_localPort;
    quint16 m_peerPort;
    quint16 *m_identification;
};

} // namespace

TrafficPacketizer::TrafficPacketizer()
    : m_resolver(&TrafficPacketizer::systemSourceFor)
{ }

void TrafficPacketizer::setSourceResolver(SourceResolver resolver)
{
    m_resolver = std::move(resolver);
    m_sourceCache.clear();
}

QHostAddress TrafficPacketizer::systemSourceFor(const QHostAddress &peer)
{
    // A UDP connect() only asks the routing table; nothing is sent. The port
    // does not matter (9 is "discard").
    QUdpSocket probe;
    probe.connectToHost(peer, 9);
    if (probe.state() != QAbstractSocket::ConnectedState && !probe.waitForConnected(1000))
        return QHostAddress();
    return probe.localAddress();
}

TrafficPacketizer::Endpoint TrafficPacketizer::parseEndpoint(const QString &text)
{
    const auto cached = m_endpointCache.constFind(text);
    if (cached != m_endpointCache.constEnd())
        return *cached;

    Endpoint endpoint;
    QStringView host;
    QStringView port;
    const QStringView view(text);
    if (view.startsWith(u'[')) {
        const qsizetype close = view.indexOf(QLatin1String("]:"));
        if (close > 1) {
            host = view.mid(1, close - 1);
            port = view.mid(close + 2);
        }
    } else {
        const qsizetype colon = view.lastIndexOf(u':');
        if (colon > 0 && !view.left(colon).contains(u':')) {
            host = view.left(colon);
            port = view.mid(colon + 1);
        }
    }
    const bool digitsOnly = !port.isEmpty() && port.size() <= 5
        && std::all_of(port.begin(), port.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const uint portNumber = digitsOnly ? port.toUInt() : 0;
    QHostAddress address;
    if (portNumber > 0 && portNumber <= 65535 && address.setAddress(host.toString())) {
        endpoint.address = unmapped(address);
        endpoint.port = quint16(portNumber);
        endpoint.valid = true;
    }
    // Bounded: a long live capture sees many ephemeral ports.
    if (m_endpointCache.size() >= 4096)
        m_endpointCache.clear();
    m_endpointCache.insert(text, endpoint);
    return endpoint;
}

QHostAddress TrafficPacketizer::sourceFor(const QHostAddress &peer)
{
    const auto cached = m_sourceCache.constFind(peer);
    if (cached != m_sourceCache.constEnd())
        return *cached;
    const QHostAddress source = m_resolver ? unmapped(m_resolver(peer)) : QHostAddress();
    m_sourceCache.insert(peer, source);
    return source;
}

TrafficPacketizer::Connection TrafficPacketizer::newConnection()
{
    // Initial sequence numbers that differ per connection and come out the
    // same on every run (files of the same log compare equal).
    ++m_connectionCount;
    Connection c;
    c.localNext = m_connectionCount * 0x9E3779B9u;
    c.peerNext = c.localNext ^ 0x5A5A5A5Au;
    return c;
}

QList<SynthPacket> TrafficPacketizer::packetsFor(const TrafficEvent &event)
{
    QList<SynthPacket> out;
    const bool tcp = event.protocol == TrafficProtocol::Tcp;
    switch (event.kind) {
    case TrafficKind::Listening: return out;
    case TrafficKind::Connected:
    case TrafficKind::Accepted:
    case TrafficKind::Closed:
    case TrafficKind::Reset:
        if (!tcp)
            return out;
        break;
    case TrafficKind::Error:
        if (!tcp || event.end != TrafficEnd::Refused)
            return out;
        break;
    case TrafficKind::Sent:
    case TrafficKind::Received:
        if (event.payload.isEmpty())
            return out;
        break;
    }

    const Endpoint local = parseEndpoint(event.local);
    const Endpoint peer = parseEndpoint(event.peer);
    if (!local.valid || !peer.valid)
        return out;
    const QHostAddress localAddress = isUnbound(local.address) ? sourceFor(peer.address) : local.address;
    if (localAddress.isNull() || localAddress.protocol() != peer.address.protocol())
        return out;
    const bool v6 = peer.address.protocol() == QAbstractSocket::IPv6Protocol;

    qint64 timeNs = event.timeNs;
    if (timeNs == 0 && event.time.isValid())
        timeNs = event.time.toMSecsSinceEpoch() * 1000000;
    EventPackets packets(&out, timeNs, localAddress, local.port, peer.address, peer.port, &m_identification);
    const QString label = eventLabel(event);
    const bool fromLocal = event.kind != TrafficKind::Received;

    if (!tcp) {
        const int limit = v6 ? PacketBuilder::kMaxUdpPayloadV6 : PacketBuilder::kMaxUdpPayloadV4;
        if (event.payload.size() <= limit) {
            packets.udp(fromLocal, event.payload, label);
        } else {
            packets.udp(
                fromLocal, event.payload.left(limit),
                withDetail(label,
                           QCoreApplication::translate(
                               "TrafficPcapng", "datagram cut to %1 of %2 bytes: an IP packet holds no more")
                               .arg(limit)
                               .arg(event.payload.size())));
        }
        return out;
    }

    const QString key = event.local + u'|' + event.peer;
    Connection *c = nullptr;
    // Three-way handshake; the opener's side is local or peer.
    auto handshake = [&](bool localOpens, const QString &syn, const QString &synAck, const QString &ack) {
        quint32 &opener = localOpens ? c->localNext : c->peerNext;
        quint32 &other = localOpens ? c->peerNext : c->localNext;
        packets.tcp(localOpens, PacketBuilder::Syn, opener, 0, {}, syn);
        ++opener;
        packets.tcp(!localOpens, PacketBuilder::Syn | PacketBuilder::Ack, other, opener, {}, synAck);
        ++other;
        packets.tcp(localOpens, PacketBuilder::Ack, opener, other, {}, ack);
    };
    auto known = [&]() {
        const auto it = m_connections.find(key);
        if (it != m_connections.end()) {
            c = &*it;
            return;
        }
        c = &*m_connections.insert(key, newConnection());
        const QString why = withDetail(
            label,
            QCoreApplication::translate(
                "TrafficPcapng", "handshake synthesized: the connection was opened before this file starts"));
        handshake(event.tab != QLatin1String("tcp-server"), why, why, why);
    };

    switch (event.kind) {
    case TrafficKind::Connected:
        c = &*m_connections.insert(key, newConnection());
        handshake(true,
                  withDetail(label,
                             QCoreApplication::translate("TrafficPcapng",
                                                         "SYN synthesized: NetLab saw connect() succeed")),
                  withDetail(label, QCoreApplication::translate("TrafficPcapng", "SYN-ACK synthesized")),
                  withDetail(label, QCoreApplication::translate("TrafficPcapng", "ACK synthesized")));
        break;
    case TrafficKind::Accepted:
        c = &*m_connections.insert(key, newConnection());
        handshake(false,
                  withDetail(label,
                             QCoreApplication::translate(
                                 "TrafficPcapng", "SYN synthesized: NetLab saw accept() return this client")),
                  withDetail(label, QCoreApplication::translate("TrafficPcapng", "SYN-ACK synthesized")),
                  withDetail(label, QCoreApplication::translate("TrafficPcapng", "ACK synthesized")));
        break;
    case TrafficKind::Sent:
    case TrafficKind::Received: {
        known();
        quint32 &sender = fromLocal ? c->localNext : c->peerNext;
        const quint32 receiver = fromLocal ? c->peerNext : c->localNext;
        const qsizetype limit = v6 ? PacketBuilder::kMaxTcpPayloadV6 : PacketBuilder::kMaxTcpPayloadV4;
        const qsizetype size = event.payload.size();
        const qsizetype parts = (size + limit - 1) / limit;
        for (qsizetype at = 0, part = 1; at < size; at += limit, ++part) {
            const QByteArray chunk = event.payload.mid(at, limit);
            const QString comment = parts == 1
                ? label
                : withDetail(
                    label,
                    QCoreApplication::translate("TrafficPcapng", "segment %1 of %2").arg(part).arg(parts));
            packets.tcp(fromLocal, PacketBuilder::Psh | PacketBuilder::Ack, sender, receiver, chunk, comment);
            sender += quint32(chunk.size());
        }
        break;
    }
    case TrafficKind::Closed: {
        known();
        const bool localFirst = event.end != TrafficEnd::ByPeer;
        quint32 &first = localFirst ? c->localNext : c->peerNext;
        quint32 &second = localFirst ? c->peerNext : c->localNext;
        packets.tcp(localFirst, PacketBuilder::Fin | PacketBuilder::Ack, first, second, {},
                    withDetail(label,
                               localFirst ? QCoreApplication::translate(
                                   "TrafficPcapng", "FIN synthesized: NetLab closed first")
                                          : QCoreApplication::translate(
                                              "TrafficPcapng", "FIN synthesized: the peer closed first")));
        ++first;
        packets.tcp(!localFirst, PacketBuilder::Fin | PacketBuilder::Ack, second, first, {},
                    withDetail(label,
                               QCoreApplication::translate("TrafficPcapng",
                                                           "FIN synthesized: the other side closes too")));
        ++second;
        packets.tcp(localFirst, PacketBuilder::Ack, first, second, {},
                    withDetail(label, QCoreApplication::translate("TrafficPcapng", "ACK synthesized")));
        m_connections.remove(key);
        break;
    }
    case TrafficKind::Reset: {
        known();
        const bool byLocal = event.end != TrafficEnd::ByPeer;
        packets.tcp(
            byLocal, PacketBuilder::Rst | PacketBuilder::Ack, byLocal ? c->localNext : c->peerNext,
            byLocal ? c->peerNext : c->localNext, {},
            withDetail(label,
                       byLocal ? QCoreApplication::translate("TrafficPcapng",
                                                             "RST synthesized: NetLab aborted the connection")
                               : QCoreApplication::translate(
                                   "TrafficPcapng", "RST synthesized: the peer reset the connection")));
        m_connections.remove(key);
        break;
    }
    case TrafficKind::Error: {
        // Refused: our SYN, answered by RST+ACK acknowledging it (RFC 9293
        // 3.10.7.1: seq 0, ack = SYN's seq + 1).
        m_connections.remove(key);
        const quint32 isn = newConnection().localNext;
        packets.tcp(true, PacketBuilder::Syn, isn, 0, {},
                    withDetail(label,
                               QCoreApplication::translate("TrafficPcapng",
                                                           "SYN synthesized: NetLab's connect() attempt")));
        packets.tcp(
            false, PacketBuilder::Rst | PacketBuilder::Ack, 0, isn + 1, {},
            withDetail(label,
                       QCoreApplication::translate(
                           "TrafficPcapng", "RST synthesized: connection refused, nothing listens there")));
        break;
    }
    case TrafficKind::Listening: break;
    }
    return out;
}

namespace TrafficPcapng {

QByteArray toBytes(const QList<TrafficEvent> &events)
{
    TrafficPacketizer packetizer;
    QByteArray out = PcapngWriter::headerBlocks();
    for (const TrafficEvent &event : events) {
        const QList<SynthPacket> packets = packetizer.packetsFor(event);
        for (const SynthPacket &packet : packets)
            out += PcapngWriter::packetBlock(packet.timeNs, packet.ip, packet.comment);
    }
    return out;
}

bool writeFile(const QString &path, const QList<TrafficEvent> &events, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = toBytes(events);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = file.write(bytes) == bytes.size();
    QString reason = file.errorString();
    if (ok) {
        ok = file.commit();
        reason = file.errorString();
    } else {
        file.cancelWriting();
    }
    if (!ok && error) {
        *error = QCoreApplication::translate("TrafficPcapng", "Cannot save the capture file %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    }
    return ok;
}

} // namespace TrafficPcapng

PcapngLiveWriter::PcapngLiveWriter(QObject *parent)
    : QObject(parent)
{ }

PcapngLiveWriter::~PcapngLiveWriter() = default;

void PcapngLiveWriter::setSourceResolver(TrafficPacketizer::SourceResolver resolver)
{
    m_resolver = resolver;
    m_packetizer.setSourceResolver(std::move(resolver));
}

bool PcapngLiveWriter::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    // A new file numbers its connections afresh; the resolver stays.
    m_packetizer = TrafficPacketizer();
    if (m_resolver)
        m_packetizer.setSourceResolver(m_resolver);
    m_packets = 0;
    m_failed = 0;
    m_failing = false;
    const QByteArray header = PcapngWriter::headerBlocks();
    QString reason;
    // Unbuffered: a block is in the file (or known to have failed) when
    // write() returns, and a failed write can be cut off again with resize().
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        reason = m_file.errorString();
    } else if (m_file.write(header) != header.size() || !m_file.flush()) {
        reason = m_file.errorString();
        m_file.close();
    }
    if (!reason.isEmpty()) {
        if (error) {
            *error = tr("Cannot write the capture file %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    }
    m_goodSize = header.size();
    return true;
}

void PcapngLiveWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void PcapngLiveWriter::write(const TrafficEvent &event)
{
    if (!m_file.isOpen())
        return;
    const QList<SynthPacket> packets = m_packetizer.packetsFor(event);
    if (packets.isEmpty())
        return;
    QByteArray blocks;
    for (const SynthPacket &packet : packets)
        blocks += PcapngWriter::packetBlock(packet.timeNs, packet.ip, packet.comment);
    // One write and a flush per event, so a reader never sees half an event.
    if (m_file.write(blocks) == blocks.size() && m_file.flush()) {
        m_goodSize += blocks.size();
        m_packets += quint64(packets.size());
        m_failing = false;
        return;
    }
    const QString reason = m_file.errorString();
    m_file.unsetError();
    // Cut a partly written event off again so the file stays readable.
    if (m_file.resize(m_goodSize))
        m_file.seek(m_goodSize);
    m_failed += quint64(packets.size());
    if (!m_failing) {
        m_failing = true;
        emit writeFailed(
            tr("Cannot write to the capture file %1: %2. NetLab keeps trying with the next events.")
                .arg(QDir::toNativeSeparators(m_file.fileName()), reason));
    }
}
