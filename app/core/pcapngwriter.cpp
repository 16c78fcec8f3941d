#include "pcapngwriter.h"

#include <QtEndian>

namespace {

constexpr quint32 kSectionHeaderBlock = 0x0A0D0D0A;
constexpr quint32 kInterfaceDescriptionBlock = 0x00000001;
constexpr quint32 kEnhancedPacketBlock = 0x00000006;
constexpr quint32 kByteOrderMagic = 0x1A2B3C4D;

constexpr quint16 kOptEndOfOptions = 0;
constexpr quint16 kOptComment = 1;
constexpr quint16 kShbUserApplication = 4;
constexpr quint16 kIfName = 2;
constexpr quint16 kIfTsResolution = 9;

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

void padTo4(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

// An option TLV: the length is the value's own, the value is padded to 4.
void putOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    put16(out, code);
    put16(out, quint16(value.size()));
    out.append(value);
    padTo4(out);
}

void putEndOfOptions(QByteArray &out)
{
    put16(out, kOptEndOfOptions);
    put16(out, 0);
}

// Type, total length, body (already padded), total length again.
QByteArray block(quint32 type, const QByteArray &body)
{
    const quint32 total = quint32(12 + body.size());
    QByteArray out;
    out.reserve(qsizetype(total));
    put32(out, type);
    put32(out, total);
    out.append(body);
    put32(out, total);
    return out;
}

} // namespace

QByteArray PcapngWriter::headerBlocks()
{
    QByteArray shb;
    put32(shb, kByteOrderMagic);
    put16(shb, 1); // version 1.0
    put16(shb, 0);
    put32(shb, 0xffffffff); // section length -1: not known in advance (the file grows)
    put32(shb, 0xffffffff);
    putOption(shb, kShbUserApplication, QByteArrayLiteral("NetLab"));
    putEndOfOptions(shb);

    QByteArray idb;
    put16(idb, kLinkTypeRaw);
    put16(idb, 0); // reserved
    put32(idb, kSnapLength);
    putOption(idb, kIfName, QByteArrayLiteral("netlab"));
    putOption(idb, kIfTsResolution, QByteArray(1, char(9))); // 10^-9 s
    putEndOfOptions(idb);

    return block(kSectionHeaderBlock, shb) + block(kInterfaceDescriptionBlock, idb);
}

QByteArray PcapngWriter::packetBlock(qint64 timeNs, const QByteArray &ipPacket, const QString &comment)
{
    const QByteArray commentUtf8 = comment.toUtf8();
    QByteArray body;
    body.reserve(20 + ipPacket.size() + 3 + commentUtf8.size() + 12);
    const quint64 ts = timeNs < 0 ? 0 : quint64(timeNs);
    put32(body, 0); // interface 0
    put32(body, quint32(ts >> 32));
    put32(body, quint32(ts));
    put32(body, quint32(ipPacket.size()));
    put32(body, quint32(ipPacket.size()));
    body.append(ipPacket);
    padTo4(body);
    // An option value is at most 65535 bytes; a longer comment (only a note
    // typed by hand could be one) is cut on a character boundary.
    if (!commentUtf8.isEmpty()) {
        QByteArray value = commentUtf8;
        if (value.size() > 65535) {
            qsizetype cut = 65535;
            while (cut > 0 && (uchar(value.at(cut)) & 0xc0) == 0x80)
                --cut;
            value.truncate(cut);
        }
        putOption(body, kOptComment, value);
        putEndOfOptions(body);
    }
    return block(kEnhancedPacketBlock, body);
}
