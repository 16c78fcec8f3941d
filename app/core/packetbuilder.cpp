#include "packetbuilder.h"

#include <cstring>

namespace PacketBuilder {

namespace {

constexpr quint8 kProtocolTcp = 6;
constexpr quint8 kProtocolUdp = 17;
constexpr int kIpv4HeaderSize = 20;
constexpr int kIpv6HeaderSize = 40;
constexpr int kTcpHeaderSize = 20;
constexpr int kUdpHeaderSize = 8;

// Sum of 16-bit big-endian words, not yet folded; a uint64 cannot overflow
// for anything shorter than 2^48 bytes.
quint64 addWords(quint64 sum, const uchar *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 1 < size; i += 2)
        sum += (quint32(data[i]) << 8) | data[i + 1];
    if (i < size)
        sum += quint32(data[i]) << 8;
    return sum;
}

quint16 fold(quint64 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(sum);
}

void put16(uchar *at, quint16 value)
{
    at[0] = uchar(value >> 8);
    at[1] = uchar(value);
}

void put32(uchar *at, quint32 value)
{
    at[0] = uchar(value >> 24);
    at[1] = uchar(value >> 16);
    at[2] = uchar(value >> 8);
    at[3] = uchar(value);
}

quint16 get16(const uchar *at)
{
    return quint16((at[0] << 8) | at[1]);
}

// Both addresses as the family they are on the wire: 4 or 6, or 0 when
// they differ or are not IP addresses.
int familyOf(const QHostAddress &a, const QHostAddress &b, quint32 *v4a, quint32 *v4b)
{
    bool aIsV4 = false;
    bool bIsV4 = false;
    *v4a = a.toIPv4Address(&aIsV4);
    *v4b = b.toIPv4Address(&bIsV4);
    if (aIsV4 && bIsV4)
        return 4;
    if (!aIsV4 && !bIsV4 && a.protocol() == QAbstractSocket::IPv6Protocol
        && b.protocol() == QAbstractSocket::IPv6Protocol)
        return 6;
    return 0;
}

// The pseudo-header sum for the transport checksum (RFC 768/793, RFC 8200 8.1).
quint64 pseudoHeaderSum(const uchar *source, const uchar *destination, int addressSize, quint8 protocol,
                        quint32 transportLength)
{
    quint64 sum = addWords(0, source, addressSize);
    sum = addWords(sum, destination, addressSize);
    sum += protocol;
    sum += transportLength >> 16;
    sum += transportLength & 0xffff;
    return sum;
}

// Writes the IP header and returns the offset of the transport header, or -1
// when the families differ. Leaves the transport part zeroed.
QByteArray ipShell(const QHostAddress &source, const QHostAddress &destination, quint8 protocol,
                   int transportSize, quint16 identification, int *transportOffset)
{
    quint32 v4s = 0;
    quint32 v4d = 0;
    const int family = familyOf(source, destination, &v4s, &v4d);
    if (family == 4) {
        QByteArray packet(kIpv4HeaderSize + transportSize, '\0');
        auto *p = reinterpret_cast<uchar *>(packet.data());
        p[0] = 0x45; // version 4, header length 5 words
        put16(p + 2, quint16(packet.size()));
        put16(p + 4, identification);
        put16(p + 6, 0x4000); // Don't Fragment: these packets never were fragments
        p[8] = 64;
        p[9] = protocol;
        put32(p + 12, v4s);
        put32(p + 16, v4d);
        put16(p + 10, internetChecksum(packet.constData(), kIpv4HeaderSize));
        *transportOffset = kIpv4HeaderSize;
        return packet;
    }
    if (family == 6) {
        QByteArray packet(kIpv6HeaderSize + transportSize, '\0');
        auto *p = reinterpret_cast<uchar *>(packet.data());
        p[0] = 0x60;
        put16(p + 4, quint16(transportSize));
        p[6] = protocol;
        p[7] = 64;
        const Q_IPV6ADDR s = source.toIPv6Address();
        const Q_IPV6ADDR d = destination.toIPv6Address();
        std::memcpy(p + 8, s.c, 16);
        std::memcpy(p + 24, d.c, 16);
        *transportOffset = kIpv6HeaderSize;
        return packet;
    }
    *transportOffset = -1;
    return QByteArray();
}

quint16 transportChecksum(const QByteArray &packet, int transportOffset, quint8 protocol)
{
    const auto *p = reinterpret_cast<const uchar *>(packet.constData());
    const quint32 transportLength = quint32(packet.size() - transportOffset);
    quint64 sum = transportOffset == kIpv4HeaderSize
        ? pseudoHeaderSum(p + 12, p + 16, 4, protocol, transportLength)
        : pseudoHeaderSum(p + 8, p + 24, 16, protocol, transportLength);
    sum = addWords(sum, p + transportOffset, transportLength);
    return quint16(~fold(sum));
}

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

} // namespace

quint16 internetChecksum(const char *data, qsizetype size)
{
    return quint16(~fold(addWords(0, reinterpret_cast<const uchar *>(data), size)));
}

QByteArray tcpPacket(const QHostAddress &source, const QHostAddress &destination, const TcpHeader &tcp,
                     const QByteArray &payload, quint16 identification)
{
    quint32 v4s = 0;
    quint32 v4d = 0;
    const int family = familyOf(source, destination, &v4s, &v4d);
    if (family == 0 || payload.size() > (family == 6 ? kMaxTcpPayloadV6 : kMaxTcpPayloadV4))
        return QByteArray();
    int offset = -1;
    QByteArray packet = ipShell(source, destination, kProtocolTcp, kTcpHeaderSize + int(payload.size()),
                                identification, &offset);
    if (offset < 0)
        return QByteArray();
    auto *t = reinterpret_cast<uchar *>(packet.data()) + offset;
    put16(t, tcp.sourcePort);
    put16(t + 2, tcp.destinationPort);
    put32(t + 4, tcp.seq);
    put32(t + 8, tcp.ack);
    t[12] = 5 << 4; // data offset: 5 words, no options
    t[13] = tcp.flags;
    put16(t + 14, tcp.window);
    if (!payload.isEmpty())
        std::memcpy(t + kTcpHeaderSize, payload.constData(), size_t(payload.size()));
    put16(t + 16, transportChecksum(packet, offset, kProtocolTcp));
    return packet;
}

QByteArray udpPacket(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                     quint16 destinationPort, const QByteArray &payload, quint16 identification)
{
    quint32 v4s = 0;
    quint32 v4d = 0;
    const int family = familyOf(source, destination, &v4s, &v4d);
    if (family == 0 || payload.size() > (family == 6 ? kMaxUdpPayloadV6 : kMaxUdpPayloadV4))
        return QByteArray();
    int offset = -1;
    QByteArray packet = ipShell(source, destination, kProtocolUdp, kUdpHeaderSize + int(payload.size()),
                                identification, &offset);
    if (offset < 0)
        return QByteArray();
    auto *u = reinterpret_cast<uchar *>(packet.data()) + offset;
    put16(u, sourcePort);
    put16(u + 2, destinationPort);
    put16(u + 4, quint16(kUdpHeaderSize + payload.size()));
    if (!payload.isEmpty())
        std::memcpy(u + kUdpHeaderSize, payload.constData(), size_t(payload.size()));
    // 0 on the wire means "no checksum" (and is not allowed at all over
    // IPv6), so a sum that comes out as 0 is sent as its other form, 0xFFFF.
    const quint16 checksum = transportChecksum(packet, offset, kProtocolUdp);
    put16(u + 6, checksum == 0 ? 0xffff : checksum);
    return packet;
}

bool checksumsValid(const QByteArray &ipPacket, QString *why)
{
    const auto *p = reinterpret_cast<const uchar *>(ipPacket.constData());
    const qsizetype size = ipPacket.size();
    if (size < 1)
        return fail(why, QStringLiteral("empty packet"));
    int offset = 0;
    quint8 protocol = 0;
    const int version = p[0] >> 4;
    if (version == 4) {
        if (size < kIpv4HeaderSize)
            return fail(why, QStringLiteral("IPv4 packet shorter than 20 bytes"));
        const int headerSize = (p[0] & 0x0f) * 4;
        if (headerSize < kIpv4HeaderSize || headerSize > size)
            return fail(why, QStringLiteral("IPv4 header length %1 is impossible").arg(headerSize));
        if (get16(p + 2) != size)
            return fail(why,
                        QStringLiteral("IPv4 total length %1, but the packet has %2 bytes")
                            .arg(get16(p + 2))
                            .arg(size));
        if (internetChecksum(ipPacket.constData(), headerSize) != 0)
            return fail(why,
                        QStringLiteral("IPv4 header checksum 0x%1 is wrong")
                            .arg(get16(p + 10), 4, 16, QLatin1Char('0')));
        if ((get16(p + 6) & 0x3fff) != 0)
            return fail(why, QStringLiteral("IPv4 fragment: the transport checksum cannot be checked"));
        offset = headerSize;
        protocol = p[9];
    } else if (version == 6) {
        if (size < kIpv6HeaderSize)
            return fail(why, QStringLiteral("IPv6 packet shorter than 40 bytes"));
        if (get16(p + 4) != size - kIpv6HeaderSize)
            return fail(why,
                        QStringLiteral("IPv6 payload length %1, but %2 bytes follow the header")
                            .arg(get16(p + 4))
                            .arg(size - kIpv6HeaderSize));
        offset = kIpv6HeaderSize;
        protocol = p[6];
    } else {
        return fail(why, QStringLiteral("IP version %1 is neither 4 nor 6").arg(version));
    }

    const qsizetype transportLength = size - offset;
    const uchar *t = p + offset;
    if (protocol == kProtocolTcp) {
        if (transportLength < kTcpHeaderSize)
            return fail(why, QStringLiteral("TCP header shorter than 20 bytes"));
        const int dataOffset = (t[12] >> 4) * 4;
        if (dataOffset < kTcpHeaderSize || dataOffset > transportLength)
            return fail(why, QStringLiteral("TCP data offset %1 is impossible").arg(dataOffset));
    } else if (protocol == kProtocolUdp) {
        if (transportLength < kUdpHeaderSize)
            return fail(why, QStringLiteral("UDP header shorter than 8 bytes"));
        if (get16(t + 4) != transportLength)
            return fail(why,
                        QStringLiteral("UDP length %1, but the datagram has %2 bytes")
                            .arg(get16(t + 4))
                            .arg(transportLength));
        if (get16(t + 6) == 0) {
            if (version == 6)
                return fail(why, QStringLiteral("UDP checksum 0 is not allowed over IPv6"));
            return true; // IPv4: the sender chose not to checksum
        }
    } else {
        return fail(why, QStringLiteral("protocol %1 is neither TCP (6) nor UDP (17)").arg(protocol));
    }
    const quint64 sum = version == 4 ? pseudoHeaderSum(p + 12, p + 16, 4, protocol, quint32(transportLength))
                                     : pseudoHeaderSum(p + 8, p + 24, 16, protocol, quint32(transportLength));
    if (fold(addWords(sum, t, transportLength)) != 0xffff) {
        return fail(why,
                    QStringLiteral("%1 checksum 0x%2 is wrong")
                        .arg(protocol == kProtocolTcp ? QStringLiteral("TCP") : QStringLiteral("UDP"))
                        .arg(get16(t + (protocol == kProtocolTcp ? 16 : 6)), 4, 16, QLatin1Char('0')));
    }
    return true;
}

} // namespace PacketBuilder
