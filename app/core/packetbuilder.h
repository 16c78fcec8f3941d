#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// Builds raw IP packets (what a pcapng interface of link type 101,
// LINKTYPE_RAW, carries): an IPv4 or IPv6 header followed by a TCP segment
// without options or a UDP datagram, every checksum correct. Pure functions,
// any thread. Used by the pcapng export, which rebuilds packets from the
// traffic log because NetLab itself never sees the wire.
namespace PacketBuilder {

// TCP header flag bits (the low byte of the flags field).
enum TcpFlag : quint8 {
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10,
};

// Largest payloads one packet can carry: 65535 bytes of IP packet minus the
// headers (IPv4 counts its own 20-byte header, IPv6 does not).
constexpr int kMaxTcpPayloadV4 = 65535 - 20 - 20; // 65495
constexpr int kMaxTcpPayloadV6 = 65535 - 20; // 65515
constexpr int kMaxUdpPayloadV4 = 65535 - 20 - 8; // 65507
constexpr int kMaxUdpPayloadV6 = 65535 - 8; // 65527

struct TcpHeader
{
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint32 ack = 0; // written as given; meaningful when flags has Ack
    quint8 flags = 0; // TcpFlag bits
    quint16 window = 65535;
};

// The IPv4 header checksum / TCP and UDP checksum algorithm (RFC 1071): the
// one's complement of the one's complement sum of 16-bit big-endian words, an
// odd last byte padded with zero.
quint16 internetChecksum(const char *data, qsizetype size);

// A whole IP packet carrying a TCP segment. source and destination must both
// be IPv4 or both IPv6 (an IPv4-mapped IPv6 address counts as IPv4);
// otherwise, or when payload is longer than kMaxTcpPayloadV4/V6, returns an
// empty array. identification is the IPv4 identification field (ignored for
// IPv6). The IPv4 header has Don't Fragment set and TTL 64; IPv6 hop limit 64.
QByteArray tcpPacket(const QHostAddress &source, const QHostAddress &destination, const TcpHeader &tcp,
                     const QByteArray &payload, quint16 identification = 0);

// A whole IP packet carrying a UDP datagram; same rules, limits
// kMaxUdpPayloadV4/V6. A computed UDP checksum of 0 is written as 0xFFFF.
QByteArray udpPacket(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                     quint16 destinationPort, const QByteArray &payload, quint16 identification = 0);

// Re-checks a packet made by this builder (or any IPv4/IPv6 packet with TCP
// or UDP directly after the IP header): lengths, the IPv4 header checksum and
// the TCP/UDP checksum over the pseudo-header. On failure returns false and,
// when why is not null, says in plain (untranslated, developer-facing) words
// what is wrong.
bool checksumsValid(const QByteArray &ipPacket, QString *why = nullptr);

} // namespace PacketBuilder
