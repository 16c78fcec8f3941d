// PacketBuilder, PcapngWriter and PcapngReader: packets with correct
// checksums (compared with vectors computed independently in Python), pcapng
// blocks byte for byte, round trips, and a reader that refuses every kind of
// damage with a reason instead of crashing.
#include "packetbuilder.h"
#include "pcapngreader.h"
#include "pcapngwriter.h"

#include <QtTest>

namespace {

using PacketBuilder::TcpHeader;

QHostAddress addr(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}

// Test-side pcapng encoder with a selectable byte order, to build files the
// writer would never make (damaged, big-endian).
class Blocks
{
public:
    explicit Blocks(bool bigEndian = false)
        : m_big(bigEndian)
    { }

    QByteArray u16(quint16 v) const
    {
        const char b[2] = {char(m_big ? v >> 8 : v), char(m_big ? v : v >> 8)};
        return QByteArray(b, 2);
    }
    QByteArray u32(quint32 v) const
    {
        return m_big ? u16(quint16(v >> 16)) + u16(quint16(v)) : u16(quint16(v)) + u16(quint16(v >> 16));
    }
    static QByteArray pad(QByteArray v)
    {
        while (v.size() % 4)
            v += '\0';
        return v;
    }
    QByteArray option(quint16 code, const QByteArray &value) const
    {
        return u16(code) + u16(quint16(value.size())) + pad(value);
    }
    QByteArray end() const { return u32(0); }
    QByteArray block(quint32 type, const QByteArray &body) const
    {
        return u32(type) + u32(quint32(12 + body.size())) + body + u32(quint32(12 + body.size()));
    }
    QByteArray shb() const
    {
        return block(0x0A0D0D0A, u32(0x1A2B3C4D) + u16(1) + u16(0) + u32(0xffffffff) + u32(0xffffffff));
    }
    QByteArray idb(quint16 linkType = 101, const QByteArray &options = QByteArray()) const
    {
        const QByteArray opts = options.isNull() ? option(9, QByteArray(1, char(9))) + end() : options;
        return block(1, u16(linkType) + u16(0) + u32(0) + opts);
    }
    QByteArray epb(quint32 interfaceId, quint64 ts, const QByteArray &data,
                   const QByteArray &options = {}) const
    {
        return block(6,
                     u32(interfaceId) + u32(quint32(ts >> 32)) + u32(quint32(ts)) + u32(quint32(data.size()))
                         + u32(quint32(data.size())) + pad(data) + options);
    }

private:
    bool m_big;
};

QByteArray validFile()
{
    return PcapngWriter::headerBlocks()
        + PcapngWriter::packetBlock(1764100000123456789, QByteArray::fromHex("450000"), QStringLiteral("one"))
        + PcapngWriter::packetBlock(1764100000123456790, QByteArray::fromHex("4500"), QString());
}

} // namespace

class TestPcapng : public QObject
{
    Q_OBJECT

private slots:
    void internetChecksum_data();
    void internetChecksum();
    void knownPackets_data();
    void knownPackets();
    void udpChecksumZeroIsWrittenAsFfff();
    void mappedAddressesAreIpv4();
    void unbuildablePacketsAreEmpty_data();
    void unbuildablePacketsAreEmpty();
    void largestPayloadsAreValid();
    void checksumsValidFindsDamage_data();
    void checksumsValidFindsDamage();
    void headerBlocksExactBytes();
    void packetBlockExactBytes();
    void roundTrip();
    void readerRefuses_data();
    void readerRefuses();
    void readerAcceptsBigEndianAndUnknownBlocks();
    void everyPrefixIsRefusedOrComplete();
    void everySingleByteDamageIsHandled();
};

void TestPcapng::internetChecksum_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("expected");
    QTest::newRow("RFC 1071 example: sum ddf2, checksum 220d")
        << QByteArray::fromHex("0001f203f4f5f6f7") << 0x220d;
    QTest::newRow("odd length: last byte is the high half of a word") << QByteArray::fromHex("01") << 0xfeff;
    QTest::newRow("empty: checksum of nothing is ffff") << QByteArray() << 0xffff;
    QTest::newRow("carry folds back in") << QByteArray::fromHex("ffff0001") << 0xfffe;
    QTest::newRow("a header with its own checksum sums to zero")
        << QByteArray::fromHex("4500001e1234400040113c5fc0000201c6336407") << 0;
}

void TestPcapng::internetChecksum()
{
    QFETCH(QByteArray, data);
    QFETCH(int, expected);
    QCOMPARE(int(PacketBuilder::internetChecksum(data.constData(), data.size())), expected);
}

void TestPcapng::knownPackets_data()
{
    QTest::addColumn<QByteArray>("built");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("IPv4 UDP, identification 0x1234")
        << PacketBuilder::udpPacket(addr("192.0.2.1"), 1234, addr("198.51.100.7"), 53, "hi", 0x1234)
        << QByteArray("4500001e1234400040113c5fc0000201c633640704d20035000aa62d6869");
    TcpHeader psh;
    psh.sourcePort = 40000;
    psh.destinationPort = 80;
    psh.seq = 0x01020304;
    psh.ack = 0x0a0b0c0d;
    psh.flags = PacketBuilder::Psh | PacketBuilder::Ack;
    QTest::newRow("IPv4 TCP PSH+ACK with data")
        << PacketBuilder::tcpPacket(addr("10.0.0.1"), addr("10.0.0.2"), psh, "GET /", 7)
        << QByteArray(
               "4500002d00074000400626c20a0000010a0000029c400050010203040a0b0c0d5018ffff1ab10000474554202f");
    QTest::newRow("IPv6 UDP over loopback")
        << PacketBuilder::udpPacket(addr("::1"), 5000, addr("::1"), 6000, "NetLab")
        << QByteArray("60000000000e114000000000000000000000000000000001000000000000000000000000000000011388"
                      "1770000eb0c44e65744c6162");
    TcpHeader syn;
    syn.sourcePort = 51234;
    syn.destinationPort = 8888;
    syn.seq = 1000;
    syn.flags = PacketBuilder::Syn;
    QTest::newRow("IPv6 TCP SYN, no payload")
        << PacketBuilder::tcpPacket(addr("2001:db8::1"), addr("2001:db8::2"), syn, QByteArray(), 99)
        << QByteArray("600000000014064020010db800000000000000000000000120010db8000000000000000000000002c822"
                      "22b8000003e8000000005002ffff65ab0000");
}

void TestPcapng::knownPackets()
{
    QFETCH(QByteArray, built);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(built.toHex(), expectedHex);
    QString why;
    QVERIFY2(PacketBuilder::checksumsValid(built, &why), qPrintable(why));
}

void TestPcapng::udpChecksumZeroIsWrittenAsFfff()
{
    // Payload f61f makes the sum come out as 0 (found with Python); 0 would
    // mean "no checksum", so the other form of zero is written.
    const QByteArray packet = PacketBuilder::udpPacket(addr("127.0.0.1"), 1000, addr("127.0.0.1"), 2000,
                                                       QByteArray::fromHex("f61f"));
    QCOMPARE(packet.toHex(), QByteArray("4500001e0000400040113ccd7f0000017f00000103e807d0000afffff61f"));
    QVERIFY(PacketBuilder::checksumsValid(packet));
}

void TestPcapng::mappedAddressesAreIpv4()
{
    const QByteArray packet
        = PacketBuilder::udpPacket(addr("::ffff:192.0.2.1"), 1234, addr("198.51.100.7"), 53, "hi", 0x1234);
    QCOMPARE(packet.toHex(), QByteArray("4500001e1234400040113c5fc0000201c633640704d20035000aa62d6869"));
}

void TestPcapng::unbuildablePacketsAreEmpty_data()
{
    QTest::addColumn<QByteArray>("packet");
    const TcpHeader h;
    QTest::newRow("TCP IPv4 to IPv6") << PacketBuilder::tcpPacket(addr("127.0.0.1"), addr("::1"), h, "x");
    QTest::newRow("UDP IPv6 to IPv4") << PacketBuilder::udpPacket(addr("::1"), 1, addr("127.0.0.1"), 2, "x");
    QTest::newRow("TCP from a null address")
        << PacketBuilder::tcpPacket(QHostAddress(), addr("127.0.0.1"), h, "x");
    QTest::newRow("TCP IPv4 payload one byte too long") << PacketBuilder::tcpPacket(
        addr("127.0.0.1"), addr("127.0.0.1"), h, QByteArray(PacketBuilder::kMaxTcpPayloadV4 + 1, 'x'));
    QTest::newRow("TCP IPv6 payload one byte too long") << PacketBuilder::tcpPacket(
        addr("::1"), addr("::1"), h, QByteArray(PacketBuilder::kMaxTcpPayloadV6 + 1, 'x'));
    QTest::newRow("UDP IPv4 payload one byte too long") << PacketBuilder::udpPacket(
        addr("127.0.0.1"), 1, addr("127.0.0.1"), 2, QByteArray(PacketBuilder::kMaxUdpPayloadV4 + 1, 'x'));
    QTest::newRow("UDP IPv6 payload one byte too long") << PacketBuilder::udpPacket(
        addr("::1"), 1, addr("::1"), 2, QByteArray(PacketBuilder::kMaxUdpPayloadV6 + 1, 'x'));
}

void TestPcapng::unbuildablePacketsAreEmpty()
{
    QFETCH(QByteArray, packet);
    QVERIFY(packet.isEmpty());
}

void TestPcapng::largestPayloadsAreValid()
{
    const TcpHeader h;
    const QList<QByteArray> packets = {
        PacketBuilder::tcpPacket(addr("127.0.0.1"), addr("127.0.0.1"), h,
                                 QByteArray(PacketBuilder::kMaxTcpPayloadV4, 'a')),
        PacketBuilder::tcpPacket(addr("::1"), addr("::1"), h,
                                 QByteArray(PacketBuilder::kMaxTcpPayloadV6, 'b')),
        PacketBuilder::udpPacket(addr("127.0.0.1"), 1, addr("127.0.0.1"), 2,
                                 QByteArray(PacketBuilder::kMaxUdpPayloadV4, 'c')),
        PacketBuilder::udpPacket(addr("::1"), 1, addr("::1"), 2,
                                 QByteArray(PacketBuilder::kMaxUdpPayloadV6, 'd')),
    };
    QCOMPARE(packets.at(0).size(), 65535);
    QCOMPARE(packets.at(1).size(), 65535 + 40);
    QCOMPARE(packets.at(2).size(), 65535);
    QCOMPARE(packets.at(3).size(), 65535 + 40);
    for (const QByteArray &packet : packets) {
        QString why;
        QVERIFY2(PacketBuilder::checksumsValid(packet, &why), qPrintable(why));
    }
}

void TestPcapng::checksumsValidFindsDamage_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<QString>("reason");

    TcpHeader h;
    h.sourcePort = 1;
    h.destinationPort = 2;
    h.flags = PacketBuilder::Ack;
    const QByteArray tcp4 = PacketBuilder::tcpPacket(addr("10.0.0.1"), addr("10.0.0.2"), h, "hello");
    const QByteArray tcp6 = PacketBuilder::tcpPacket(addr("::1"), addr("::2"), h, "hello");
    const QByteArray udp4 = PacketBuilder::udpPacket(addr("10.0.0.1"), 1, addr("10.0.0.2"), 2, "hello");
    const QByteArray udp6 = PacketBuilder::udpPacket(addr("::1"), 1, addr("::2"), 2, "hello");
    auto flipped = [](QByteArray p, int at) {
        p[at] = char(p.at(at) ^ 0x01);
        return p;
    };
    QTest::newRow("IPv4 TTL changed: header checksum")
        << flipped(tcp4, 8) << QStringLiteral("IPv4 header checksum");
    QTest::newRow("IPv4 source changed: header checksum")
        << flipped(tcp4, 15) << QStringLiteral("IPv4 header checksum");
    QTest::newRow("TCP payload byte changed")
        << flipped(tcp4, tcp4.size() - 1) << QStringLiteral("TCP checksum");
    QTest::newRow("TCP over IPv6, source address changed: pseudo-header")
        << flipped(tcp6, 10) << QStringLiteral("TCP checksum");
    QTest::newRow("UDP payload byte changed")
        << flipped(udp4, udp4.size() - 2) << QStringLiteral("UDP checksum");
    QTest::newRow("UDP over IPv6, destination changed")
        << flipped(udp6, 39) << QStringLiteral("UDP checksum");
    QTest::newRow("UDP over IPv6 without a checksum")
        << QByteArray(udp6).replace(46, 2, QByteArray(2, '\0')) << QStringLiteral("not allowed over IPv6");
    QTest::newRow("IPv4 packet cut short")
        << tcp4.left(tcp4.size() - 1) << QStringLiteral("IPv4 total length");
    QTest::newRow("IPv6 packet cut short")
        << tcp6.left(tcp6.size() - 1) << QStringLiteral("IPv6 payload length");
    QTest::newRow("UDP length field wrong") << flipped(udp6, 45) << QStringLiteral("UDP length");
    QTest::newRow("version 5") << QByteArray(tcp4).replace(0, 1, "\x55") << QStringLiteral("IP version 5");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty packet");
    QTest::newRow("three bytes of IPv4")
        << QByteArray("\x45\x00\x00", 3) << QStringLiteral("shorter than 20");
}

void TestPcapng::checksumsValidFindsDamage()
{
    QFETCH(QByteArray, packet);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!PacketBuilder::checksumsValid(packet, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestPcapng::headerBlocksExactBytes()
{
    // Built independently with Python's struct module.
    QCOMPARE(PcapngWriter::headerBlocks().toHex(),
             QByteArray("0a0d0d0a2c0000004d3c2b1a01000000ffffffffffffffff040006004e65744c616200000000000"
                        "02c000000010000002c0000006500000000000400020006006e65746c61620000090001000900000"
                        "0000000002c000000"));
}

void TestPcapng::packetBlockExactBytes()
{
    const qint64 ts = (qint64(1) << 32) + 2;
    QCOMPARE(PcapngWriter::packetBlock(ts, QByteArray::fromHex("4500"), QStringLiteral("注释")).toHex(),
             QByteArray("0600000034000000000000000100000002000000020000000200000045000000010006"
                        "00e6b3a8e9878a00000000000034000000"));
    // Without a comment there are no options at all.
    QCOMPARE(PcapngWriter::packetBlock(0, QByteArray(), QString()).size(), 32);
}

void TestPcapng::roundTrip()
{
    QByteArray file = PcapngWriter::headerBlocks();
    QList<PcapngPacket> written;
    for (int size = 0; size < 9; ++size) {
        PcapngPacket packet;
        packet.timeNs = 1764100000000000000 + size * 1000;
        packet.data = QByteArray(size, char('a' + size));
        if (size % 3 == 1)
            packet.comment = QStringLiteral("TCP 客户端: sent — segment %1").arg(size);
        else if (size % 3 == 2)
            packet.comment = QStringLiteral("x").repeated(size);
        written += packet;
        file += PcapngWriter::packetBlock(packet.timeNs, packet.data, packet.comment);
    }
    QList<PcapngPacket> read;
    QString error;
    QVERIFY2(PcapngReader::read(file, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), written.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).timeNs, written.at(i).timeNs);
        QCOMPARE(read.at(i).data, written.at(i).data);
        QCOMPARE(read.at(i).comment, written.at(i).comment);
    }
    // A header alone is a valid, empty capture.
    QVERIFY(PcapngReader::read(PcapngWriter::headerBlocks(), &read, &error));
    QVERIFY(read.isEmpty());
}

void TestPcapng::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("reason");

    const Blocks le;
    const QByteArray head = le.shb() + le.idb();
    const QByteArray good = validFile();
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not pcapng at all")
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << QStringLiteral("section header");
    QTest::newRow("wrong byte-order magic")
        << QByteArray(good).replace(8, 4, "\x11\x22\x33\x44") << QStringLiteral("byte-order magic");
    QTest::newRow("version 2.0") << le.block(0x0A0D0D0A,
                                             le.u32(0x1A2B3C4D) + le.u16(2) + le.u16(0) + le.u32(0)
                                                 + le.u32(0))
            + le.idb() << QStringLiteral("version 2.0");
    QTest::newRow("trailing length differs")
        << QByteArray(good).replace(good.size() - 4, 1, "\x30") << QStringLiteral("two length fields differ");
    QTest::newRow("block length not a multiple of 4")
        << QByteArray(good).replace(4, 1, "\x2d") << QStringLiteral("multiple of 4");
    QTest::newRow("block length below 12")
        << QByteArray(good).replace(4, 4, QByteArray::fromHex("08000000")) << QStringLiteral("multiple of 4");
    QTest::newRow("last block cut off") << good.left(good.size() - 4) << QStringLiteral("past the end");
    QTest::newRow("eight stray bytes at the end")
        << good + QByteArray(8, '\0') << QStringLiteral("middle of a block");
    QTest::newRow("link type 1 (Ethernet)") << le.shb() + le.idb(1) << QStringLiteral("link type 1");
    QTest::newRow("microsecond time stamps")
        << le.shb() + le.idb(101, le.option(9, QByteArray(1, char(6))) + le.end()) << QStringLiteral("not 9");
    QTest::newRow("no if_tsresol at all") << le.shb() + le.idb(101, le.end()) << QStringLiteral("if_tsresol");
    QTest::newRow("if_tsresol two bytes long")
        << le.shb() + le.idb(101, le.option(9, QByteArray(2, char(9))) + le.end())
        << QStringLiteral("not one byte");
    QTest::newRow("packet before any interface")
        << le.shb() + le.epb(0, 0, "ab") << QStringLiteral("interface 0");
    QTest::newRow("packet on interface 1 of 1") << head + le.epb(1, 0, "ab") << QStringLiteral("interface 1");
    QTest::newRow("captured length beyond the block")
        << head + le.block(6, le.u32(0) + le.u32(0) + le.u32(0) + le.u32(64) + le.u32(64) + le.u32(0))
        << QStringLiteral("longer than its block");
    QTest::newRow("original length below captured length")
        << head + le.block(6, le.u32(0) + le.u32(0) + le.u32(0) + le.u32(4) + le.u32(3) + le.u32(0))
        << QStringLiteral("original length");
    QTest::newRow("non-zero padding after the packet data") << head
            + le.block(
                6, le.u32(0) + le.u32(0) + le.u32(0) + le.u32(2) + le.u32(2) + QByteArray("ab\x01\x00", 4))
                                                            << QStringLiteral("padding byte");
    QTest::newRow("option longer than its block")
        << head + le.epb(0, 0, "ab", le.u16(1) + le.u16(200) + QByteArray("abcd"))
        << QStringLiteral("option 1");
    QTest::newRow("option bytes that break the 4-byte alignment")
        << head + le.epb(0, 0, "ab", le.u16(1)) + QByteArray() << QStringLiteral("multiple of 4");
    QTest::newRow("data after end-of-options") << head + le.epb(0, 0, "ab", le.end() + le.option(1, "late"))
                                               << QStringLiteral("follows the end-of-options");
    QTest::newRow("end-of-options with a length")
        << head + le.epb(0, 0, "ab", le.u16(0) + le.u16(4) + QByteArray(4, '\0'))
        << QStringLiteral("has a length");
    QTest::newRow("comment is not UTF-8")
        << head + le.epb(0, 0, "ab", le.option(1, "\xff\xfe") + le.end()) << QStringLiteral("not UTF-8");
    QTest::newRow("time stamp beyond qint64")
        << head + le.epb(0, ~quint64(0), "ab") << QStringLiteral("time stamp");
    QTest::newRow("packet block too short")
        << head + le.block(6, le.u32(0) + le.u32(0)) << QStringLiteral("too short");
}

void TestPcapng::readerRefuses()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    QList<PcapngPacket> packets;
    packets.append(PcapngPacket()); // must be cleared on failure
    QString error;
    QVERIFY(!PcapngReader::read(file, &packets, &error));
    QVERIFY(packets.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("at byte")), qPrintable(error));
}

void TestPcapng::readerAcceptsBigEndianAndUnknownBlocks()
{
    const Blocks be(true);
    const QByteArray file = be.shb() + be.idb() + be.block(0x0BAD, be.u32(7))
        + be.epb(0, 0x0000000100000002, "abc", be.option(1, "big") + be.end());
    QList<PcapngPacket> packets;
    QString error;
    QVERIFY2(PcapngReader::read(file, &packets, &error), qPrintable(error));
    QCOMPARE(packets.size(), 1);
    QCOMPARE(packets.at(0).timeNs, (qint64(1) << 32) + 2);
    QCOMPARE(packets.at(0).data, QByteArray("abc"));
    QCOMPARE(packets.at(0).comment, QStringLiteral("big"));

    // A second section starts over: its interfaces are its own.
    const Blocks le;
    const QByteArray twoSections = file + le.shb() + le.epb(0, 0, "x");
    QVERIFY(!PcapngReader::read(twoSections, &packets, &error));
    QVERIFY(PcapngReader::read(file + le.shb() + le.idb() + le.epb(0, 0, "x"), &packets, &error));
    QCOMPARE(packets.size(), 2);
}

void TestPcapng::everyPrefixIsRefusedOrComplete()
{
    const QByteArray header = PcapngWriter::headerBlocks();
    const QByteArray first = PcapngWriter::packetBlock(5, "abcde", QStringLiteral("c"));
    const QByteArray second = PcapngWriter::packetBlock(6, "xy", QString());
    const QByteArray file = header + first + second;
    for (qsizetype n = 0; n <= file.size(); ++n) {
        QList<PcapngPacket> packets;
        QString error;
        const bool ok = PcapngReader::read(file.left(n), &packets, &error);
        int expected = -1;
        if (n == header.size())
            expected = 0;
        else if (n == header.size() + first.size())
            expected = 1;
        else if (n == file.size())
            expected = 2;
        // Ending after the SHB alone is a section without interfaces: valid.
        if (n == 44)
            expected = 0;
        QVERIFY2(ok == (expected >= 0), qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(error)));
        if (ok)
            QCOMPARE(packets.size(), expected);
        else
            QVERIFY(!error.isEmpty());
    }
}

void TestPcapng::everySingleByteDamageIsHandled()
{
    const QByteArray file = validFile();
    for (qsizetype i = 0; i < file.size(); ++i) {
        for (const char mask : {char(0x01), char(0x80), char(0xff)}) {
            QByteArray damaged = file;
            damaged[i] = char(damaged.at(i) ^ mask);
            QList<PcapngPacket> packets;
            QString error;
            if (!PcapngReader::read(damaged, &packets, &error))
                QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("byte %1").arg(i)));
            else
                QVERIFY(packets.size() <= 2);
        }
    }
}

QTEST_GUILESS_MAIN(TestPcapng)
#include "tst_pcapng.moc"
