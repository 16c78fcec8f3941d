#pragma once

#include <QByteArray>
#include <QString>

// Encodes pcapng blocks (draft-ietf-opsawg-pcapng) the way NetLab writes its
// own capture files: little-endian, one section, one interface of link type
// 101 (LINKTYPE_RAW: every packet starts with its IPv4 or IPv6 header) with
// nanosecond timestamps. A file is headerBlocks() followed by any number of
// packetBlock()s; every prefix that ends on a block boundary is a complete,
// valid file. Pure functions, any thread.
class PcapngWriter
{
public:
    static constexpr quint16 kLinkTypeRaw = 101;
    static constexpr quint32 kSnapLength = 262144;

    // The Section Header Block (shb_userappl "NetLab") and the one Interface
    // Description Block (if_name "netlab", if_tsresol 9 = nanoseconds).
    static QByteArray headerBlocks();

    // One Enhanced Packet Block on interface 0. timeNs: nanoseconds since
    // 1970-01-01T00:00Z (negative values are written as 0). ipPacket: the raw
    // IP packet, written whole (captured length = original length). comment:
    // written as opt_comment in UTF-8 (Wireshark's frame.comment), left out
    // when empty.
    static QByteArray packetBlock(qint64 timeNs, const QByteArray &ipPacket, const QString &comment);
};
