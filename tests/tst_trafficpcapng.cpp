// TrafficPacketizer, TrafficPcapng and PcapngLiveWriter: traffic-log events
// become the packets a capture would show (handshakes, numbered segments,
// FIN/RST, UDP datagrams), and tshark — when installed — dissects the file
// without a single warning and follows the streams to exactly the logged bytes.
#include "packetbuilder.h"
#include "pcapngreader.h"
#include "pcapngwriter.h"
#include "trafficpcapng.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {

// One packet taken apart again.
struct Parsed
{
    int version = 0;
    QHostAddress source;
    QHostAddress destination;
    int protocol = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    QByteArray payload;
    QString comment;
    qint64 timeNs = 0;
};

quint16 get16(const QByteArray &b, qsizetype at)
{
    return quint16((uchar(b.at(at)) << 8) | uchar(b.at(at + 1)));
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    return (quint32(get16(b, at)) << 16) | get16(b, at + 2);
}

Parsed parse(const SynthPacket &packet)
{
    Parsed p;
    const QByteArray &ip = packet.ip;
    p.comment = packet.comment;
    p.timeNs = packet.timeNs;
    p.version = uchar(ip.at(0)) >> 4;
    qsizetype offset = 0;
    if (p.version == 4) {
        p.source = QHostAddress(get32(ip, 12));
        p.destination = QHostAddress(get32(ip, 16));
        p.protocol = uchar(ip.at(9));
        offset = 20;
    } else {
        p.source = QHostAddress(reinterpret_cast<const quint8 *>(ip.constData() + 8));
        p.destination = QHostAddress(reinterpret_cast<const quint8 *>(ip.constData() + 24));
        p.protocol = uchar(ip.at(6));
        offset = 40;
    }
    p.sourcePort = get16(ip, offset);
    p.destinationPort = get16(ip, offset + 2);
    if (p.protocol == 6) {
        p.seq = get32(ip, offset + 4);
        p.ack = get32(ip, offset + 8);
        p.flags = uchar(ip.at(offset + 13));
        p.payload = ip.mid(offset + 20);
    } else {
        p.payload = ip.mid(offset + 8);
    }
    return p;
}

QList<Parsed> parseAll(const QList<SynthPacket> &packets)
{
    QList<Parsed> out;
    for (const SynthPacket &packet : packets)
        out += parse(packet);
    return out;
}

TrafficEvent ev(TrafficKind kind, const QString &local, const QString &peer, const QByteArray &payload = {},
                TrafficProtocol protocol = TrafficProtocol::Tcp,
                const QString &tab = QStringLiteral("tcp-client"))
{
    static qint64 clock = 1764100000000000000;
    TrafficEvent e;
    e.kind = kind;
    e.local = local;
    e.peer = peer;
    e.payload = payload;
    e.protocol = protocol;
    e.tab = tab;
    clock += 1000000;
    e.timeNs = clock;
    return e;
}

TrafficEvent withEnd(TrafficEvent e, TrafficEnd end)
{
    e.end = end;
    return e;
}

QByteArray pattern(int size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char((i * 31 + seed * 7 + (i >> 8)) & 0xff);
    return out;
}

const QString kClient = QStringLiteral("127.0.0.1:50000");
const QString kServer = QStringLiteral("127.0.0.1:8888");

bool fromTo(const Parsed &p, const QString &source, const QString &destination)
{
    return TrafficNames::endpoint(p.source, p.sourcePort) == source
        && TrafficNames::endpoint(p.destination, p.destinationPort) == destination;
}

// A file from events through one packetizer with the given resolver.
QByteArray fileFor(const QList<TrafficEvent> &events, const TrafficPacketizer::SourceResolver &resolver = {})
{
    TrafficPacketizer packetizer;
    if (resolver)
        packetizer.setSourceResolver(resolver);
    QByteArray file = PcapngWriter::headerBlocks();
    for (const TrafficEvent &e : events) {
        for (const SynthPacket &packet : packetizer.packetsFor(e))
            file += PcapngWriter::packetBlock(packet.timeNs, packet.ip, packet.comment);
    }
    return file;
}

// The events of the tshark test: a TCP conversation with 200 000 bytes each
// way over IPv4 and IPv6, a UDP exchange, a refused connect, an unbound UDP
// sender.
QList<TrafficEvent> richConversation()
{
    const QString v6Client = QStringLiteral("[::1]:50001");
    const QString v6Server = QStringLiteral("[::1]:9999");
    const QString udpLocal = QStringLiteral("127.0.0.1:40000");
    const QString udpPeer = QStringLiteral("127.0.0.1:7777");
    return {
        ev(TrafficKind::Connected, kClient, kServer),
        ev(TrafficKind::Sent, kClient, kServer, pattern(200000, 1)),
        ev(TrafficKind::Received, kClient, kServer, pattern(200000, 2)),
        ev(TrafficKind::Sent, kClient, kServer, "bye\n"),
        withEnd(ev(TrafficKind::Closed, kClient, kServer), TrafficEnd::ByPeer),
        ev(TrafficKind::Accepted, v6Server, v6Client, {}, TrafficProtocol::Tcp, QStringLiteral("tcp-server")),
        ev(TrafficKind::Received, v6Server, v6Client, pattern(70000, 3), TrafficProtocol::Tcp,
           QStringLiteral("tcp-server")),
        ev(TrafficKind::Sent, v6Server, v6Client, pattern(70000, 4), TrafficProtocol::Tcp,
           QStringLiteral("tcp-server")),
        withEnd(ev(TrafficKind::Closed, v6Server, v6Client, {}, TrafficProtocol::Tcp,
                   QStringLiteral("tcp-server")),
                TrafficEnd::ByUs),
        ev(TrafficKind::Sent, udpLocal, udpPeer, "ping", TrafficProtocol::Udp, QStringLiteral("udp")),
        ev(TrafficKind::Received, udpLocal, udpPeer, "pong", TrafficProtocol::Udp, QStringLiteral("udp")),
        ev(TrafficKind::Sent, QStringLiteral("0.0.0.0:40001"), udpPeer, "unbound", TrafficProtocol::Udp,
           QStringLiteral("udp")),
        withEnd(ev(TrafficKind::Error, QStringLiteral("127.0.0.1:50002"), QStringLiteral("127.0.0.1:9")),
                TrafficEnd::Refused),
    };
}

QHostAddress loopbackResolver(const QHostAddress &peer)
{
    return peer.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                            : QHostAddress(QHostAddress::LocalHost);
}

} // namespace

class TestTrafficPcapng : public QObject
{
    Q_OBJECT

private slots:
    void connectedGivesHandshakeFromLocal();
    void acceptedGivesHandshakeFromPeer();
    void largeWritesAreSplitAndNumbered_data();
    void largeWritesAreSplitAndNumbered();
    void closeOrder_data();
    void closeOrder();
    void resetSide_data();
    void resetSide();
    void closedConnectionIsForgotten();
    void dataWithoutHandshakeSynthesizesOne_data();
    void dataWithoutHandshakeSynthesizesOne();
    void refusedConnectIsSynThenRst();
    void noPackets_data();
    void noPackets();
    void udpDatagrams();
    void udpTooLongIsTruncated_data();
    void udpTooLongIsTruncated();
    void mappedPeerIsIpv4();
    void unboundSenderAsksTheResolverOncePerPeer();
    void unboundSenderWithoutUsableSource_data();
    void unboundSenderWithoutUsableSource();
    void defaultResolverFindsLoopback();
    void timestamps();
    void commentsNameTabKindAndNote();
    void everyPacketHasValidChecksums();
    void manyConnectionsKeepTheirOwnState();
    void toBytesAndWriteFile();
    void writeFileNamesPathAndReason();
    void liveWriterFileIsValidAfterEveryEvent();
    void liveWriterOpenFailures_data();
    void liveWriterOpenFailures();
    void liveWriterReportsWriteFailureOnce();
    void tsharkFindsNoProblems();
    void tsharkFollowsTheLoggedBytes();
    void tsharkSeesSynThenRstForRefused();

private:
    QString tshark() const;
    QString writeRichFile(QTemporaryDir &dir) const;
    QByteArray runTshark(const QStringList &arguments) const;
};

void TestTrafficPcapng::connectedGivesHandshakeFromLocal()
{
    TrafficPacketizer packetizer;
    const QList<Parsed> p = parseAll(packetizer.packetsFor(ev(TrafficKind::Connected, kClient, kServer)));
    QCOMPARE(p.size(), 3);
    QVERIFY(fromTo(p[0], kClient, kServer));
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Syn));
    QCOMPARE(p[0].ack, 0u);
    QVERIFY(fromTo(p[1], kServer, kClient));
    QCOMPARE(p[1].flags, quint8(PacketBuilder::Syn | PacketBuilder::Ack));
    QCOMPARE(p[1].ack, p[0].seq + 1);
    QVERIFY(fromTo(p[2], kClient, kServer));
    QCOMPARE(p[2].flags, quint8(PacketBuilder::Ack));
    QCOMPARE(p[2].seq, p[0].seq + 1);
    QCOMPARE(p[2].ack, p[1].seq + 1);
    QVERIFY2(p[0].comment.contains(QLatin1String("SYN synthesized: NetLab saw connect() succeed")),
             qPrintable(p[0].comment));
}

void TestTrafficPcapng::acceptedGivesHandshakeFromPeer()
{
    TrafficPacketizer packetizer;
    const QList<Parsed> p = parseAll(packetizer.packetsFor(
        ev(TrafficKind::Accepted, kServer, kClient, {}, TrafficProtocol::Tcp, QStringLiteral("tcp-server"))));
    QCOMPARE(p.size(), 3);
    QVERIFY(fromTo(p[0], kClient, kServer));
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Syn));
    QVERIFY(fromTo(p[1], kServer, kClient));
    QCOMPARE(p[1].ack, p[0].seq + 1);
    QVERIFY(fromTo(p[2], kClient, kServer));
    QCOMPARE(p[2].ack, p[1].seq + 1);
    QVERIFY(p[0].comment.contains(QLatin1String("accept()")));
}

void TestTrafficPcapng::largeWritesAreSplitAndNumbered_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<int>("limit");
    QTest::newRow("IPv4: at most 65495 bytes a segment")
        << kClient << kServer << PacketBuilder::kMaxTcpPayloadV4;
    QTest::newRow("IPv6: at most 65515 bytes a segment")
        << QStringLiteral("[::1]:50000") << QStringLiteral("[::1]:8888") << PacketBuilder::kMaxTcpPayloadV6;
}

void TestTrafficPcapng::largeWritesAreSplitAndNumbered()
{
    QFETCH(QString, local);
    QFETCH(QString, peer);
    QFETCH(int, limit);
    TrafficPacketizer packetizer;
    const QList<Parsed> hs = parseAll(packetizer.packetsFor(ev(TrafficKind::Connected, local, peer)));
    quint32 localNext = hs[2].seq;
    quint32 peerNext = hs[2].ack;
    const QByteArray out = pattern(200000, 5);
    const QByteArray in = pattern(200000, 6);

    const QList<Parsed> sent = parseAll(packetizer.packetsFor(ev(TrafficKind::Sent, local, peer, out)));
    QCOMPARE(sent.size(), (200000 + limit - 1) / limit);
    QByteArray stream;
    for (const Parsed &p : sent) {
        QVERIFY(fromTo(p, local, peer));
        QCOMPARE(p.flags, quint8(PacketBuilder::Psh | PacketBuilder::Ack));
        QVERIFY(p.payload.size() <= limit);
        QCOMPARE(p.seq, localNext);
        QCOMPARE(p.ack, peerNext);
        localNext += quint32(p.payload.size());
        stream += p.payload;
    }
    QCOMPARE(sent.first().payload.size(), limit);
    QCOMPARE(stream, out);

    const QList<Parsed> received
        = parseAll(packetizer.packetsFor(ev(TrafficKind::Received, local, peer, in)));
    stream.clear();
    for (const Parsed &p : received) {
        QVERIFY(fromTo(p, peer, local));
        QCOMPARE(p.seq, peerNext);
        QCOMPARE(p.ack, localNext);
        peerNext += quint32(p.payload.size());
        stream += p.payload;
    }
    QCOMPARE(stream, in);
    QVERIFY(received.first().comment.contains(QLatin1String("segment 1 of 4")));

    const QList<Parsed> fin = parseAll(packetizer.packetsFor(ev(TrafficKind::Closed, local, peer)));
    QCOMPARE(fin.size(), 3);
    QCOMPARE(fin[0].seq, localNext);
    QCOMPARE(fin[0].ack, peerNext);
}

void TestTrafficPcapng::closeOrder_data()
{
    QTest::addColumn<TrafficEnd>("end");
    QTest::addColumn<bool>("peerFirst");
    QTest::newRow("closed by the peer: the peer's FIN comes first") << TrafficEnd::ByPeer << true;
    QTest::newRow("closed by us: our FIN comes first") << TrafficEnd::ByUs << false;
    QTest::newRow("not said: assume we closed first") << TrafficEnd::Unknown << false;
}

void TestTrafficPcapng::closeOrder()
{
    QFETCH(TrafficEnd, end);
    QFETCH(bool, peerFirst);
    TrafficPacketizer packetizer;
    const QList<Parsed> hs = parseAll(packetizer.packetsFor(ev(TrafficKind::Connected, kClient, kServer)));
    packetizer.packetsFor(ev(TrafficKind::Sent, kClient, kServer, "abc"));
    const quint32 localNext = hs[2].seq + 3;
    const quint32 peerNext = hs[2].ack;
    const QList<Parsed> p
        = parseAll(packetizer.packetsFor(withEnd(ev(TrafficKind::Closed, kClient, kServer), end)));
    QCOMPARE(p.size(), 3);
    const QString first = peerFirst ? kServer : kClient;
    const QString second = peerFirst ? kClient : kServer;
    const quint32 firstNext = peerFirst ? peerNext : localNext;
    const quint32 secondNext = peerFirst ? localNext : peerNext;
    QVERIFY(fromTo(p[0], first, second));
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Fin | PacketBuilder::Ack));
    QCOMPARE(p[0].seq, firstNext);
    QCOMPARE(p[0].ack, secondNext);
    QVERIFY(fromTo(p[1], second, first));
    QCOMPARE(p[1].flags, quint8(PacketBuilder::Fin | PacketBuilder::Ack));
    QCOMPARE(p[1].seq, secondNext);
    QCOMPARE(p[1].ack, firstNext + 1);
    QVERIFY(fromTo(p[2], first, second));
    QCOMPARE(p[2].flags, quint8(PacketBuilder::Ack));
    QCOMPARE(p[2].seq, firstNext + 1);
    QCOMPARE(p[2].ack, secondNext + 1);
}

void TestTrafficPcapng::resetSide_data()
{
    QTest::addColumn<TrafficEnd>("end");
    QTest::addColumn<bool>("byPeer");
    QTest::newRow("reset by the peer: RST from the peer") << TrafficEnd::ByPeer << true;
    QTest::newRow("aborted by us: RST from us") << TrafficEnd::ByUs << false;
    QTest::newRow("not said: RST from us") << TrafficEnd::Unknown << false;
}

void TestTrafficPcapng::resetSide()
{
    QFETCH(TrafficEnd, end);
    QFETCH(bool, byPeer);
    TrafficPacketizer packetizer;
    const QList<Parsed> hs = parseAll(packetizer.packetsFor(ev(TrafficKind::Connected, kClient, kServer)));
    packetizer.packetsFor(ev(TrafficKind::Received, kClient, kServer, "hello"));
    const QList<Parsed> p
        = parseAll(packetizer.packetsFor(withEnd(ev(TrafficKind::Reset, kClient, kServer), end)));
    QCOMPARE(p.size(), 1);
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Rst | PacketBuilder::Ack));
    if (byPeer) {
        QVERIFY(fromTo(p[0], kServer, kClient));
        QCOMPARE(p[0].seq, hs[2].ack + 5);
        QCOMPARE(p[0].ack, hs[2].seq);
    } else {
        QVERIFY(fromTo(p[0], kClient, kServer));
        QCOMPARE(p[0].seq, hs[2].seq);
        QCOMPARE(p[0].ack, hs[2].ack + 5);
    }
}

void TestTrafficPcapng::closedConnectionIsForgotten()
{
    TrafficPacketizer packetizer;
    const QList<Parsed> first = parseAll(packetizer.packetsFor(ev(TrafficKind::Connected, kClient, kServer)));
    packetizer.packetsFor(ev(TrafficKind::Closed, kClient, kServer));
    const QList<Parsed> again = parseAll(packetizer.packetsFor(ev(TrafficKind::Sent, kClient, kServer, "x")));
    QCOMPARE(again.size(), 4);
    QCOMPARE(again[0].flags, quint8(PacketBuilder::Syn));
    QVERIFY(again[0].seq != first[0].seq);
    QVERIFY(again[0].comment.contains(QLatin1String("handshake synthesized")));
}

void TestTrafficPcapng::dataWithoutHandshakeSynthesizesOne_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<TrafficKind>("kind");
    QTest::addColumn<bool>("localOpened");
    QTest::addColumn<int>("count");
    QTest::newRow("client tab, sent: we connected")
        << QStringLiteral("tcp-client") << TrafficKind::Sent << true << 4;
    QTest::newRow("server tab, received: the client connected")
        << QStringLiteral("tcp-server") << TrafficKind::Received << false << 4;
    QTest::newRow("client tab, closed only: handshake and FIN exchange")
        << QStringLiteral("tcp-client") << TrafficKind::Closed << true << 6;
    QTest::newRow("server tab, reset only: handshake and RST")
        << QStringLiteral("tcp-server") << TrafficKind::Reset << false << 4;
}

void TestTrafficPcapng::dataWithoutHandshakeSynthesizesOne()
{
    QFETCH(QString, tab);
    QFETCH(TrafficKind, kind);
    QFETCH(bool, localOpened);
    QFETCH(int, count);
    TrafficPacketizer packetizer;
    const QList<Parsed> p
        = parseAll(packetizer.packetsFor(ev(kind, kServer, kClient, "data", TrafficProtocol::Tcp, tab)));
    QCOMPARE(p.size(), count);
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Syn));
    QVERIFY(localOpened ? fromTo(p[0], kServer, kClient) : fromTo(p[0], kClient, kServer));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(p[i].comment.contains(QLatin1String("handshake synthesized")), qPrintable(p[i].comment));
    QCOMPARE(p[3].seq, localOpened == (kind != TrafficKind::Received) ? p[2].seq : p[2].ack);
}

void TestTrafficPcapng::refusedConnectIsSynThenRst()
{
    TrafficPacketizer packetizer;
    const QString local = QStringLiteral("127.0.0.1:51000");
    const QString peer = QStringLiteral("127.0.0.1:9");
    TrafficEvent refused = withEnd(ev(TrafficKind::Error, local, peer), TrafficEnd::Refused);
    refused.note = QStringLiteral("Connection refused: nothing listens on port 9.");
    const QList<Parsed> p = parseAll(packetizer.packetsFor(refused));
    QCOMPARE(p.size(), 2);
    QVERIFY(fromTo(p[0], local, peer));
    QCOMPARE(p[0].flags, quint8(PacketBuilder::Syn));
    QVERIFY(fromTo(p[1], peer, local));
    QCOMPARE(p[1].flags, quint8(PacketBuilder::Rst | PacketBuilder::Ack));
    QCOMPARE(p[1].seq, 0u);
    QCOMPARE(p[1].ack, p[0].seq + 1);
    QVERIFY(p[1].comment.contains(QLatin1String("nothing listens on port 9")));
}

void TestTrafficPcapng::noPackets_data()
{
    QTest::addColumn<TrafficEvent>("event");
    QTest::newRow("listening") << ev(TrafficKind::Listening, kServer, QString());
    QTest::newRow("error that is not a refused connect")
        << withEnd(ev(TrafficKind::Error, kClient, kServer), TrafficEnd::Unknown);
    QTest::newRow("refused over UDP makes no sense")
        << withEnd(ev(TrafficKind::Error, kClient, kServer, {}, TrafficProtocol::Udp), TrafficEnd::Refused);
    QTest::newRow("host not found: peer is a name") << withEnd(
        ev(TrafficKind::Error, QString(), QStringLiteral("bad host name!:80")), TrafficEnd::Refused);
    QTest::newRow("server stopped: no peer") << ev(TrafficKind::Closed, kServer, QString());
    QTest::newRow("any-protocol local address")
        << ev(TrafficKind::Sent, QStringLiteral("*:8888"), kClient, "x");
    QTest::newRow("null local address") << ev(TrafficKind::Sent, QStringLiteral("?:8888"), kClient, "x");
    QTest::newRow("port 0") << ev(TrafficKind::Sent, QStringLiteral("127.0.0.1:0"), kClient, "x");
    QTest::newRow("port above 65535")
        << ev(TrafficKind::Sent, QStringLiteral("127.0.0.1:65536"), kClient, "x");
    QTest::newRow("IPv6 without brackets") << ev(TrafficKind::Sent, QStringLiteral("::1:80"), kClient, "x");
    QTest::newRow("IPv4 local, IPv6 peer") << ev(TrafficKind::Sent, kClient, QStringLiteral("[::1]:80"), "x");
    QTest::newRow("UDP has no connect")
        << ev(TrafficKind::Connected, kClient, kServer, {}, TrafficProtocol::Udp);
    QTest::newRow("UDP has no close") << ev(TrafficKind::Closed, kClient, kServer, {}, TrafficProtocol::Udp);
    QTest::newRow("zero bytes sent") << ev(TrafficKind::Sent, kClient, kServer, QByteArray());
}

void TestTrafficPcapng::noPackets()
{
    QFETCH(TrafficEvent, event);
    TrafficPacketizer packetizer;
    packetizer.setSourceResolver([](const QHostAddress &) { return QHostAddress(); });
    QVERIFY(packetizer.packetsFor(event).isEmpty());
}

void TestTrafficPcapng::udpDatagrams()
{
    TrafficPacketizer packetizer;
    const QString local = QStringLiteral("127.0.0.1:40000");
    const QString peer = QStringLiteral("127.0.0.2:7777");
    const QList<Parsed> sent = parseAll(packetizer.packetsFor(
        ev(TrafficKind::Sent, local, peer, "ping", TrafficProtocol::Udp, QStringLiteral("udp"))));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].protocol, 17);
    QVERIFY(fromTo(sent[0], local, peer));
    QCOMPARE(sent[0].payload, QByteArray("ping"));
    const QList<Parsed> received = parseAll(packetizer.packetsFor(
        ev(TrafficKind::Received, local, peer, "pong", TrafficProtocol::Udp, QStringLiteral("udp"))));
    QCOMPARE(received.size(), 1);
    QVERIFY(fromTo(received[0], peer, local));
    QCOMPARE(received[0].payload, QByteArray("pong"));
}

void TestTrafficPcapng::udpTooLongIsTruncated_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("written");
    const QString v4a = QStringLiteral("127.0.0.1:1000");
    const QString v4b = QStringLiteral("127.0.0.1:2000");
    const QString v6a = QStringLiteral("[::1]:1000");
    const QString v6b = QStringLiteral("[::1]:2000");
    QTest::newRow("IPv4 largest datagram is whole") << v4a << v4b << 65507 << 65507;
    QTest::newRow("IPv4 one byte more is cut") << v4a << v4b << 65508 << 65507;
    QTest::newRow("IPv6 largest datagram is whole") << v6a << v6b << 65527 << 65527;
    QTest::newRow("IPv6 70 000 bytes is cut") << v6a << v6b << 70000 << 65527;
}

void TestTrafficPcapng::udpTooLongIsTruncated()
{
    QFETCH(QString, local);
    QFETCH(QString, peer);
    QFETCH(int, size);
    QFETCH(int, written);
    TrafficPacketizer packetizer;
    const QByteArray payload = pattern(size, 9);
    const QList<SynthPacket> packets
        = packetizer.packetsFor(ev(TrafficKind::Sent, local, peer, payload, TrafficProtocol::Udp));
    QCOMPARE(packets.size(), 1);
    QVERIFY(PacketBuilder::checksumsValid(packets[0].ip));
    const Parsed p = parse(packets[0]);
    QCOMPARE(p.payload, payload.left(written));
    QCOMPARE(p.comment.contains(QLatin1String("cut to")), size != written);
}

void TestTrafficPcapng::mappedPeerIsIpv4()
{
    TrafficPacketizer packetizer;
    const QList<Parsed> p = parseAll(
        packetizer.packetsFor(ev(TrafficKind::Received, kServer, QStringLiteral("[::ffff:127.0.0.1]:50000"),
                                 "hi", TrafficProtocol::Udp)));
    QCOMPARE(p.size(), 1);
    QCOMPARE(p[0].version, 4);
    QVERIFY(fromTo(p[0], kClient, kServer));
}

void TestTrafficPcapng::unboundSenderAsksTheResolverOncePerPeer()
{
    TrafficPacketizer packetizer;
    QList<QHostAddress> asked;
    packetizer.setSourceResolver([&asked](const QHostAddress &peer) {
        asked += peer;
        return peer.protocol() == QAbstractSocket::IPv6Protocol
            ? QHostAddress(QStringLiteral("2001:db8::10"))
            : QHostAddress(QStringLiteral("::ffff:192.0.2.10"));
    });
    const QString v4Peer = QStringLiteral("192.0.2.99:7777");
    for (int i = 0; i < 3; ++i) {
        const QList<Parsed> p = parseAll(packetizer.packetsFor(
            ev(TrafficKind::Sent, QStringLiteral("0.0.0.0:40000"), v4Peer, "x", TrafficProtocol::Udp)));
        QCOMPARE(p.size(), 1);
        QVERIFY(fromTo(p[0], QStringLiteral("192.0.2.10:40000"), v4Peer));
    }
    const QList<Parsed> v6 = parseAll(
        packetizer.packetsFor(ev(TrafficKind::Received, QStringLiteral("[::]:40000"),
                                 QStringLiteral("[2001:db8::99]:7777"), "y", TrafficProtocol::Udp)));
    QCOMPARE(v6.size(), 1);
    QVERIFY(fromTo(v6[0], QStringLiteral("[2001:db8::99]:7777"), QStringLiteral("[2001:db8::10]:40000")));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0), QHostAddress(QStringLiteral("192.0.2.99")));
}

void TestTrafficPcapng::unboundSenderWithoutUsableSource_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("no route: null address") << QString();
    QTest::newRow("IPv6 source for an IPv4 peer") << QStringLiteral("2001:db8::10");
}

void TestTrafficPcapng::unboundSenderWithoutUsableSource()
{
    QFETCH(QString, answer);
    TrafficPacketizer packetizer;
    packetizer.setSourceResolver([answer](const QHostAddress &) { return QHostAddress(answer); });
    QVERIFY(packetizer
                .packetsFor(ev(TrafficKind::Sent, QStringLiteral("0.0.0.0:40000"),
                               QStringLiteral("192.0.2.99:7777"), "x", TrafficProtocol::Udp))
                .isEmpty());
}

void TestTrafficPcapng::defaultResolverFindsLoopback()
{
    QCOMPARE(TrafficPacketizer::systemSourceFor(QHostAddress(QHostAddress::LocalHost)),
             QHostAddress(QHostAddress::LocalHost));
}

void TestTrafficPcapng::timestamps()
{
    TrafficPacketizer packetizer;
    TrafficEvent e = ev(TrafficKind::Connected, kClient, kServer);
    e.timeNs = 1764100000123456789;
    QList<SynthPacket> p = packetizer.packetsFor(e);
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0].timeNs, 1764100000123456789);
    QCOMPARE(p[1].timeNs, 1764100000123456790);
    QCOMPARE(p[2].timeNs, 1764100000123456791);

    TrafficEvent old = ev(TrafficKind::Sent, kClient, kServer, "x");
    old.timeNs = 0;
    old.time = QDateTime::fromMSecsSinceEpoch(1764100000123, Qt::UTC);
    p = packetizer.packetsFor(old);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p[0].timeNs, 1764100000123000000);
}

void TestTrafficPcapng::commentsNameTabKindAndNote()
{
    TrafficPacketizer packetizer;
    TrafficEvent e
        = ev(TrafficKind::Received, kServer, kClient, "x", TrafficProtocol::Udp, QStringLiteral("udp"));
    e.note = QStringLiteral("a note");
    QList<SynthPacket> p = packetizer.packetsFor(e);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p[0].comment, QStringLiteral("UDP: received (a note)"));
    e.note.clear();
    QCOMPARE(packetizer.packetsFor(e).at(0).comment, QStringLiteral("UDP: received"));
}

void TestTrafficPcapng::everyPacketHasValidChecksums()
{
    TrafficPacketizer packetizer;
    packetizer.setSourceResolver(&loopbackResolver);
    int count = 0;
    for (const TrafficEvent &e : richConversation()) {
        for (const SynthPacket &packet : packetizer.packetsFor(e)) {
            QString why;
            QVERIFY2(PacketBuilder::checksumsValid(packet.ip, &why), qPrintable(why));
            ++count;
        }
    }
    // 3+4+4+1+3 (IPv4 TCP) + 3+2+2+3 (IPv6 TCP) + 3 UDP + 2 refused
    QCOMPARE(count, 15 + 10 + 3 + 2);
}

void TestTrafficPcapng::manyConnectionsKeepTheirOwnState()
{
    // 2,000 open connections and as many UDP flows, five rounds of small
    // events: one data packet each, none lost or merged. (What it costs per
    // event is measured by tests/bench/bench_pcapng, not here.)
    TrafficPacketizer packetizer;
    QList<TrafficEvent> events;
    for (int c = 0; c < 2000; ++c) {
        const QString client = QStringLiteral("127.0.0.1:%1").arg(20000 + c);
        events += ev(TrafficKind::Sent, client, kServer, "hello\n");
        events += ev(TrafficKind::Sent, client, kServer, "hello\n", TrafficProtocol::Udp);
    }
    for (int c = 0; c < 2000; ++c)
        packetizer.packetsFor(ev(TrafficKind::Connected, events.at(2 * c).local, kServer));
    qsizetype packets = 0;
    for (int round = 0; round < 5; ++round) {
        for (const TrafficEvent &e : std::as_const(events))
            packets += packetizer.packetsFor(e).size();
    }
    QCOMPARE(packets, 5 * events.size());
}

void TestTrafficPcapng::toBytesAndWriteFile()
{
    const QList<TrafficEvent> events = {
        ev(TrafficKind::Connected, kClient, kServer),
        ev(TrafficKind::Sent, kClient, kServer, "hello"),
        ev(TrafficKind::Closed, kClient, kServer),
    };
    const QByteArray bytes = TrafficPcapng::toBytes(events);
    QList<PcapngPacket> packets;
    QString error;
    QVERIFY2(PcapngReader::read(bytes, &packets, &error), qPrintable(error));
    QCOMPARE(packets.size(), 7);
    QCOMPARE(packets.at(3).comment, QStringLiteral("TCP Client: sent"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.pcapng"));
    QVERIFY2(TrafficPcapng::writeFile(path, events, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestTrafficPcapng::writeFileNamesPathAndReason()
{
    QString error;
    const QString path = QStringLiteral("/proc/version/export.pcapng");
    QVERIFY(!TrafficPcapng::writeFile(path, {}, &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot save the capture file /proc/version/export.pcapng: ")),
             qPrintable(error));
    QVERIFY2(error.size() > path.size() + 32, qPrintable(error)); // a reason follows
}

void TestTrafficPcapng::liveWriterFileIsValidAfterEveryEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.pcapng"));
    // A resolver no real machine would answer with: proves it survives open().
    auto resolver = [](const QHostAddress &peer) {
        return peer.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QStringLiteral("::5"))
                                                                : QHostAddress(QStringLiteral("127.0.0.5"));
    };
    PcapngLiveWriter writer;
    writer.setSourceResolver(resolver);
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    QVERIFY(writer.isOpen());
    QCOMPARE(writer.fileName(), path);
    QList<PcapngPacket> packets;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(PcapngReader::read(file.readAll(), &packets, &error), qPrintable(error));
    QCOMPARE(packets.size(), 0);
    TrafficPacketizer reference;
    reference.setSourceResolver(resolver);
    QList<SynthPacket> expected;
    for (const TrafficEvent &e : richConversation()) {
        expected += reference.packetsFor(e);
        writer.write(e);
        file.seek(0);
        QVERIFY2(PcapngReader::read(file.readAll(), &packets, &error), qPrintable(error));
        QCOMPARE(packets.size(), expected.size());
        QCOMPARE(writer.packetCount(), quint64(expected.size()));
        for (qsizetype i = 0; i < packets.size(); ++i) {
            QCOMPARE(packets.at(i).data, expected.at(i).ip);
            QCOMPARE(packets.at(i).timeNs, expected.at(i).timeNs);
            QCOMPARE(packets.at(i).comment, expected.at(i).comment);
        }
    }
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const SynthPacket &p) {
        return parse(p).source == QHostAddress(QStringLiteral("127.0.0.5"));
    }));
    QCOMPARE(writer.failedCount(), 0u);
    writer.close();
    QVERIFY(!writer.isOpen());
    writer.write(richConversation().constFirst()); // closed: ignored
    QCOMPARE(writer.packetCount(), quint64(expected.size()));
}

void TestTrafficPcapng::liveWriterOpenFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("a path under a file") << QStringLiteral("/proc/version/live.pcapng");
    QTest::newRow("a folder that does not exist") << QStringLiteral("/nonexistent-netlab-folder/live.pcapng");
    QTest::newRow("a full disk (/dev/full)") << QStringLiteral("/dev/full");
}

void TestTrafficPcapng::liveWriterOpenFailures()
{
    QFETCH(QString, path);
    PcapngLiveWriter writer;
    QString error;
    QVERIFY(!writer.open(path, &error));
    QVERIFY(!writer.isOpen());
    const QString start = QStringLiteral("Cannot write the capture file %1: ").arg(path);
    QVERIFY2(error.startsWith(start) && error.size() > start.size(), qPrintable(error));
}

void TestTrafficPcapng::liveWriterReportsWriteFailureOnce()
{
    // A file-size limit makes writes fail like a full disk would, for this
    // process only; SIGXFSZ is ignored so the write just returns an error.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("limited.pcapng"));
    PcapngLiveWriter writer;
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    QSignalSpy failed(&writer, &PcapngLiveWriter::writeFailed);

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    writer.write(ev(TrafficKind::Connected, kClient, kServer));
    writer.write(ev(TrafficKind::Sent, kClient, kServer, QByteArray(8000, 'a')));
    writer.write(ev(TrafficKind::Sent, kClient, kServer, QByteArray(8000, 'b')));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(path), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(writer.packetCount(), 3u);
    QCOMPARE(writer.failedCount(), 2u);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<PcapngPacket> packets;
    QVERIFY2(PcapngReader::read(file.readAll(), &packets, &error), qPrintable(error));
    QCOMPARE(packets.size(), 3);

    // Writing works again: the next event lands, and a later failure would be reported anew.
    writer.write(ev(TrafficKind::Sent, kClient, kServer, "c"));
    QCOMPARE(writer.packetCount(), 4u);
    file.seek(0);
    QVERIFY2(PcapngReader::read(file.readAll(), &packets, &error), qPrintable(error));
    QCOMPARE(packets.size(), 4);
}

QString TestTrafficPcapng::tshark() const
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

QString TestTrafficPcapng::writeRichFile(QTemporaryDir &dir) const
{
    const QString path = dir.filePath(QStringLiteral("rich.pcapng"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(fileFor(richConversation(), &loopbackResolver));
    return path;
}

QByteArray TestTrafficPcapng::runTshark(const QStringList &arguments) const
{
    QProcess process;
    // No personal preferences, no name resolution: the same output everywhere.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"),
               QDir::tempPath() + QStringLiteral("/netlab-tst-no-config"));
    process.setProcessEnvironment(env);
    process.start(tshark(), QStringList{QStringLiteral("-n")} + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("tshark failed: %s", process.readAllStandardError().constData());
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

void TestTrafficPcapng::tsharkFindsNoProblems()
{
    if (tshark().isEmpty())
        QSKIP("tshark is missing: install it (Debian: apt install tshark) to check the files with Wireshark");
    QTemporaryDir dir;
    const QString path = writeRichFile(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray out = runTshark({QStringLiteral("-r"), path, QStringLiteral("-o"),
                                      QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-o"),
                                      QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-o"),
                                      QStringLiteral("udp.check_checksum:TRUE"), QStringLiteral("-q"),
                                      QStringLiteral("-z"), QStringLiteral("expert")});
    // The expert summary has sections "Errors (n)", "Warns (n)", "Notes (n)",
    // "Chats (n)", "Comments (n)", each a table "Frequency Group Protocol
    // Summary". Wireshark flags every RST as a warning ("Connection reset
    // (RST)"), so the refused connect's one RST is the only warning allowed;
    // numbering mistakes would add "Previous segment not captured", "ACKed
    // unseen segment", retransmissions, and bad checksums would be errors.
    QString section;
    QStringList warnings;
    QStringList chats;
    for (const QByteArray &rawLine : out.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'=') || line.startsWith(QLatin1String("Frequency")))
            continue;
        if (line.endsWith(u')') && !line.front().isDigit()) {
            section = line.section(u' ', 0, 0);
            continue;
        }
        if (section == QLatin1String("Errors") || section == QLatin1String("Warns"))
            warnings += line.simplified();
        else if (section == QLatin1String("Chats"))
            chats += line.simplified();
    }
    QCOMPARE(warnings, QStringList{QStringLiteral("1 Sequence TCP Connection reset (RST)")});
    QVERIFY2(!out.contains("Errors ("), out.constData());
    // The handshakes and closes were understood as such.
    QVERIFY2(
        chats.contains(QStringLiteral("1 Sequence TCP Connection establish request (SYN): server port 8888")),
        out.constData());
    QVERIFY2(
        chats.contains(QStringLiteral("1 Sequence TCP Connection establish request (SYN): server port 9999")),
        out.constData());
    QVERIFY2(chats.contains(QStringLiteral("4 Sequence TCP Connection finish (FIN)")), out.constData());
}

void TestTrafficPcapng::tsharkFollowsTheLoggedBytes()
{
    if (tshark().isEmpty())
        QSKIP("tshark is missing: install it (Debian: apt install tshark) to check the files with Wireshark");
    QTemporaryDir dir;
    const QString path = writeRichFile(dir);
    QVERIFY(!path.isEmpty());
    const QList<TrafficEvent> events = richConversation();

    struct Stream
    {
        int index;
        QString local;
        QByteArray sent;
        QByteArray received;
    };
    const QList<Stream> streams = {
        {0, kClient, events[1].payload + events[3].payload, events[2].payload},
        {1, QStringLiteral("[::1]:9999"), events[7].payload, events[6].payload},
    };
    for (const Stream &stream : streams) {
        const QByteArray out
            = runTshark({QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
                         QStringLiteral("follow,tcp,raw,%1").arg(stream.index)});
        // Header lines "Node 0: ADDR:PORT" and "Node 1: …", then one hex line
        // per segment; lines from node 1 start with a tab.
        const QList<QByteArray> lines = out.split('\n');
        QByteArray node0;
        QByteArray fromNode0;
        QByteArray fromNode1;
        bool inData = false;
        for (const QByteArray &line : lines) {
            if (line.startsWith("Node 0: ")) {
                node0 = line.mid(8).trimmed();
            } else if (line.startsWith("Node 1: ")) {
                inData = true;
            } else if (inData && line.startsWith("====")) {
                inData = false;
            } else if (inData && !line.trimmed().isEmpty()) {
                (line.startsWith('\t') ? fromNode1 : fromNode0) += QByteArray::fromHex(line.trimmed());
            }
        }
        QVERIFY2(!node0.isEmpty(), out.left(2000).constData());
        // tshark writes IPv6 nodes without brackets ("::1:9999").
        const QString node0Text = QString::fromLatin1(node0);
        const bool node0IsLocal
            = node0Text == stream.local || node0Text == QString(stream.local).remove(u'[').remove(u']');
        const QByteArray &localBytes = node0IsLocal ? fromNode0 : fromNode1;
        const QByteArray &peerBytes = node0IsLocal ? fromNode1 : fromNode0;
        QCOMPARE(localBytes.size(), stream.sent.size());
        QVERIFY(localBytes == stream.sent);
        QCOMPARE(peerBytes.size(), stream.received.size());
        QVERIFY(peerBytes == stream.received);
    }
}

void TestTrafficPcapng::tsharkSeesSynThenRstForRefused()
{
    if (tshark().isEmpty())
        QSKIP("tshark is missing: install it (Debian: apt install tshark) to check the files with Wireshark");
    QTemporaryDir dir;
    const QString path = writeRichFile(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray out
        = runTshark({QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("tcp.port == 9"),
                     QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                     QStringLiteral("tcp.flags.syn"), QStringLiteral("-e"), QStringLiteral("tcp.flags.reset"),
                     QStringLiteral("-e"), QStringLiteral("tcp.flags.ack")});
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    // Field values are "1"/"0" or "True"/"False" depending on the version.
    auto normal = [](QByteArray line) {
        return line.replace("True", "1").replace("False", "0").trimmed();
    };
    QCOMPARE(normal(lines.at(0)), QByteArray("1\t0\t0"));
    QCOMPARE(normal(lines.at(1)), QByteArray("0\t1\t1"));
}

QTEST_GUILESS_MAIN(TestTrafficPcapng)
#include "tst_trafficpcapng.moc"
