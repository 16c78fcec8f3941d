#include "pcapngreader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <limits>

namespace {

constexpr quint32 kSectionHeaderBlock = 0x0A0D0D0A;
constexpr quint32 kInterfaceDescriptionBlock = 0x00000001;
constexpr quint32 kEnhancedPacketBlock = 0x00000006;
constexpr quint32 kByteOrderMagic = 0x1A2B3C4D;
constexpr quint32 kByteOrderMagicSwapped = 0x4D3C2B1A;
constexpr quint16 kLinkTypeRaw = 101;
constexpr quint16 kOptComment = 1;
constexpr quint16 kIfTsResolution = 9;

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PcapngReader)

public:
    Parser(const QByteArray &file, QList<PcapngPacket> *packets)
        : m_data(reinterpret_cast<const uchar *>(file.constData()))
        , m_size(file.size())
        , m_packets(packets)
    { }

    bool run();
    QString error() const { return m_error; }

private:
    struct Option
    {
        quint16 code = 0;
        qsizetype offset = 0; // of the value, in the file
        quint16 length = 0;
    };

    quint16 get16(qsizetype at) const
    {
        const quint16 v = quint16(m_data[at] | (m_data[at + 1] << 8));
        return m_bigEndian ? quint16((v >> 8) | (v << 8)) : v;
    }
    quint32 get32(qsizetype at) const
    {
        const quint32 v = quint32(m_data[at]) | (quint32(m_data[at + 1]) << 8)
            | (quint32(m_data[at + 2]) << 16) | (quint32(m_data[at + 3]) << 24);
        return m_bigEndian ? qbswap(v) : v;
    }

    bool fail(qsizetype offset, const QString &text)
    {
        m_error = tr("Not a valid NetLab pcapng file: at byte %1: %2").arg(offset).arg(text);
        return false;
    }

    bool paddingIsZero(qsizetype from, qsizetype to, qsizetype blockOffset);
    bool readOptions(qsizetype from, qsizetype end, QList<Option> *options);
    bool sectionHeader(qsizetype offset, qsizetype length);
    bool interfaceDescription(qsizetype offset, qsizetype length);
    bool enhancedPacket(qsizetype offset, qsizetype length);

    const uchar *m_data;
    qsizetype m_size;
    QList<PcapngPacket> *m_packets;
    QString m_error;
    bool m_bigEndian = false;
    int m_interfaces = 0; // in the current section
};

bool Parser::paddingIsZero(qsizetype from, qsizetype to, qsizetype blockOffset)
{
    for (qsizetype i = from; i < to; ++i) {
        if (m_data[i] != 0)
            return fail(blockOffset, tr("padding byte at %1 is not zero").arg(i));
    }
    return true;
}

// Option TLVs from `from` up to the end of the block body. An end-of-options
// marker, when present, must be the last thing in the body.
bool Parser::readOptions(qsizetype from, qsizetype end, QList<Option> *options)
{
    qsizetype at = from;
    while (at < end) {
        if (end - at < 4)
            return fail(at, tr("an option header is cut off by the end of its block"));
        Option option;
        option.code = get16(at);
        option.length = get16(at + 2);
        option.offset = at + 4;
        if (option.code == 0) {
            if (option.length != 0)
                return fail(at, tr("the end-of-options marker has a length"));
            if (at + 4 != end)
                return fail(at, tr("data follows the end-of-options marker"));
            return true;
        }
        const qsizetype padded = (qsizetype(option.length) + 3) & ~qsizetype(3);
        if (padded > end - option.offset)
            return fail(at, tr("option %1 is longer than its block").arg(option.code));
        if (!paddingIsZero(option.offset + option.length, option.offset + padded, at))
            return false;
        options->append(option);
        at = option.offset + padded;
    }
    return true;
}

bool Parser::sectionHeader(qsizetype offset, qsizetype length)
{
    // Body: magic, major, minor, 64-bit section length, options.
    if (length < 28)
        return fail(offset, tr("the section header block is too short"));
    if (get16(offset + 12) != 1 || get16(offset + 14) != 0)
        return fail(offset,
                    tr("pcapng version %1.%2 is not 1.0").arg(get16(offset + 12)).arg(get16(offset + 14)));
    QList<Option> options;
    if (!readOptions(offset + 24, offset + length - 4, &options))
        return false;
    m_interfaces = 0;
    return true;
}

bool Parser::interfaceDescription(qsizetype offset, qsizetype length)
{
    if (length < 20)
        return fail(offset, tr("the interface description block is too short"));
    const quint16 linkType = get16(offset + 8);
    if (linkType != kLinkTypeRaw)
        return fail(offset, tr("link type %1 is not 101 (raw IP packets)").arg(linkType));
    QList<Option> options;
    if (!readOptions(offset + 16, offset + length - 4, &options))
        return false;
    bool nanoseconds = false;
    for (const Option &option : std::as_const(options)) {
        if (option.code != kIfTsResolution)
            continue;
        if (option.length != 1)
            return fail(option.offset, tr("if_tsresol is not one byte long"));
        if (m_data[option.offset] != 9)
            return fail(option.offset,
                        tr("the time resolution is %1, not 9 (nanoseconds)").arg(m_data[option.offset]));
        nanoseconds = true;
    }
    if (!nanoseconds)
        return fail(offset, tr("the interface has no if_tsresol option (NetLab writes nanoseconds)"));
    ++m_interfaces;
    return true;
}

bool Parser::enhancedPacket(qsizetype offset, qsizetype length)
{
    if (length < 32)
        return fail(offset, tr("the packet block is too short"));
    const quint32 interfaceId = get32(offset + 8);
    if (interfaceId >= quint32(m_interfaces))
        return fail(offset,
                    tr("the packet names interface %1, which was not described before it").arg(interfaceId));
    const quint64 ts = (quint64(get32(offset + 12)) << 32) | get32(offset + 16);
    if (ts > quint64(std::numeric_limits<qint64>::max()))
        return fail(offset, tr("the time stamp is out of range"));
    const quint32 captured = get32(offset + 20);
    const quint32 original = get32(offset + 24);
    const qsizetype dataOffset = offset + 28;
    const qsizetype bodyEnd = offset + length - 4;
    const qsizetype padded = (qsizetype(captured) + 3) & ~qsizetype(3);
    if (padded > bodyEnd - dataOffset)
        return fail(offset, tr("the packet (%1 bytes) is longer than its block").arg(captured));
    if (original < captured)
        return fail(offset, tr("the packet's original length is less than its captured length"));
    if (!paddingIsZero(dataOffset + captured, dataOffset + padded, offset))
        return false;
    QList<Option> options;
    if (!readOptions(dataOffset + padded, bodyEnd, &options))
        return false;

    PcapngPacket packet;
    packet.timeNs = qint64(ts);
    packet.data = QByteArray(reinterpret_cast<const char *>(m_data + dataOffset), qsizetype(captured));
    for (const Option &option : std::as_const(options)) {
        if (option.code != kOptComment)
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(
            QByteArrayView(reinterpret_cast<const char *>(m_data + option.offset), option.length));
        if (utf8.hasError())
            return fail(option.offset, tr("the packet comment is not UTF-8"));
        if (!packet.comment.isEmpty())
            packet.comment += u'\n';
        packet.comment += text;
    }
    m_packets->append(packet);
    return true;
}

bool Parser::run()
{
    if (m_size == 0)
        return fail(0, tr("the file is empty"));
    qsizetype at = 0;
    bool inSection = false;
    while (at < m_size) {
        if (m_size - at < 12)
            return fail(at, tr("the file ends in the middle of a block"));
        // The byte order is the section's: read it from the SHB before
        // trusting any length.
        const quint32 rawType = quint32(m_data[at]) | (quint32(m_data[at + 1]) << 8)
            | (quint32(m_data[at + 2]) << 16) | (quint32(m_data[at + 3]) << 24);
        if (rawType == kSectionHeaderBlock) {
            const quint32 magic = quint32(m_data[at + 8]) | (quint32(m_data[at + 9]) << 8)
                | (quint32(m_data[at + 10]) << 16) | (quint32(m_data[at + 11]) << 24);
            if (magic == kByteOrderMagic)
                m_bigEndian = false;
            else if (magic == kByteOrderMagicSwapped)
                m_bigEndian = true;
            else
                return fail(at + 8, tr("the byte-order magic is wrong"));
            inSection = true;
        } else if (!inSection) {
            return fail(at, tr("the file does not start with a section header block"));
        }
        const quint32 type = get32(at);
        const quint32 length = get32(at + 4);
        if (length < 12 || length % 4 != 0)
            return fail(at, tr("block length %1 is not a multiple of 4 of at least 12").arg(length));
        if (qsizetype(length) > m_size - at)
            return fail(at, tr("the block (%1 bytes) goes past the end of the file").arg(length));
        if (get32(at + qsizetype(length) - 4) != length)
            return fail(at, tr("the block's two length fields differ"));
        bool ok = true;
        switch (type) {
        case kSectionHeaderBlock: ok = sectionHeader(at, length); break;
        case kInterfaceDescriptionBlock: ok = interfaceDescription(at, length); break;
        case kEnhancedPacketBlock: ok = enhancedPacket(at, length); break;
        default: break; // other block types carry nothing NetLab needs
        }
        if (!ok)
            return false;
        at += length;
    }
    return true;
}

} // namespace

bool PcapngReader::read(const QByteArray &file, QList<PcapngPacket> *packets, QString *error)
{
    QList<PcapngPacket> scratch;
    QList<PcapngPacket> *out = packets ? packets : &scratch;
    out->clear();
    Parser parser(file, out);
    if (parser.run())
        return true;
    out->clear();
    if (error)
        *error = parser.error();
    return false;
}
