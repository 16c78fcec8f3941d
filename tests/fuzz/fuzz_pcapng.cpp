// libFuzzer target: the pcapng export. The fuzz bytes become a sequence of
// traffic events (kinds, protocols, IPv4/IPv6/mapped/unbound endpoints,
// payloads up to ~70 000 bytes, how connections ended), which go through
// TrafficPacketizer (fake resolver: no sockets) and PcapngWriter; the raw
// bytes are also read as a pcapng file.
//
// Invariants beyond "no crash":
//  - PcapngReader reads the written file back, with as many packets as the
//    packetizer made, each with its time stamp, bytes and comment;
//  - every packet has a correct IPv4 header checksum and TCP/UDP checksum;
//  - PcapngReader on the raw input either succeeds or gives a reason.

#include "fuzzinput.h"
#include "packetbuilder.h"
#include "pcapngreader.h"
#include "pcapngwriter.h"
#include "trafficpcapng.h"

namespace {

QHostAddress fakeResolver(const QHostAddress &peer)
{
    // Deterministic, and sometimes unusable (null, or the other family), as a
    // real routing table can be.
    const uint h = qHash(peer.toString());
    if (h % 7 == 0)
        return QHostAddress();
    if (h % 11 == 0)
        return QHostAddress(peer.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("192.0.2.1")
                                                                             : QStringLiteral("2001:db8::1"));
    return QHostAddress(peer.protocol() == QAbstractSocket::IPv6Protocol
                            ? QStringLiteral("2001:db8::53")
                            : QStringLiteral("::ffff:192.0.2.53"));
}

QString endpointText(FuzzInput &in)
{
    static const char *const hosts[]
        = {"127.0.0.1", "0.0.0.0",       "192.0.2.7",          "255.255.255.255", "[::1]",
           "[::]",      "[2001:db8::7]", "[::ffff:127.0.0.1]", "[fe80::1%lo]",    "*",
           "?",         "bad host name!"};
    static const quint16 ports[] = {0, 1, 9, 80, 8888, 50000, 65535};
    const int which = in.choice(int(std::size(hosts)) + 1);
    if (which == int(std::size(hosts)))
        return in.utf8String(12); // anything at all
    return QLatin1String(hosts[which]) + u':' + QString::number(ports[in.choice(int(std::size(ports)))]);
}

QByteArray payload(FuzzInput &in)
{
    switch (in.choice(4)) {
    case 0: return QByteArray();
    case 1: return in.bytes(40);
    case 2: {
        // Near the packet limits: splitting and truncation edges.
        static const int sizes[] = {65494, 65495, 65496, 65507, 65508, 65515, 65516, 65527, 65528, 70000};
        return QByteArray(sizes[in.choice(int(std::size(sizes)))], char(in.byte()));
    }
    default: return QByteArray(int(in.byte()) * 300, char(in.byte()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QList<PcapngPacket> packets;
        QString error;
        if (!PcapngReader::read(raw, &packets, &error))
            FUZZ_CHECK(!error.isEmpty() && packets.isEmpty(), "refused without a reason");
    }

    FuzzInput in(data, size);
    const int count = 1 + in.choice(12);
    QList<TrafficEvent> events;
    static const char *const tabs[] = {"tcp-client", "tcp-server", "udp", "broadcast", ""};
    qint64 time = 1764100000000000000;
    for (int i = 0; i < count && !in.atEnd(); ++i) {
        TrafficEvent event;
        event.kind = TrafficKind(in.choice(8));
        event.protocol = in.flag() ? TrafficProtocol::Udp : TrafficProtocol::Tcp;
        event.end = TrafficEnd(in.choice(4));
        event.tab = QLatin1String(tabs[in.choice(int(std::size(tabs)))]);
        event.local = endpointText(in);
        // Often the same peer again, so that connections carry on.
        event.peer = (!events.isEmpty() && in.flag()) ? events.last().peer : endpointText(in);
        if (!events.isEmpty() && in.flag())
            event.local = events.last().local;
        event.payload = payload(in);
        if (in.flag())
            event.note = in.utf16String(8);
        time += in.byte();
        if (in.flag())
            event.timeNs = time;
        else
            event.time = QDateTime::fromMSecsSinceEpoch(time / 1000000, Qt::UTC);
        events += event;
    }

    TrafficPacketizer packetizer;
    packetizer.setSourceResolver(&fakeResolver);
    QByteArray file = PcapngWriter::headerBlocks();
    QList<SynthPacket> made;
    for (const TrafficEvent &event : std::as_const(events)) {
        const QList<SynthPacket> packets = packetizer.packetsFor(event);
        for (const SynthPacket &packet : packets) {
            QString why;
            FUZZ_CHECK(PacketBuilder::checksumsValid(packet.ip, &why), "bad packet for %s %s -> %s: %s",
                       fuzzText(TrafficNames::kindId(event.kind)).constData(),
                       fuzzText(event.local).constData(), fuzzText(event.peer).constData(),
                       fuzzText(why).constData());
            file += PcapngWriter::packetBlock(packet.timeNs, packet.ip, packet.comment);
        }
        made += packets;
    }

    QList<PcapngPacket> read;
    QString error;
    FUZZ_CHECK(PcapngReader::read(file, &read, &error), "own file refused: %s", fuzzText(error).constData());
    FUZZ_CHECK(read.size() == made.size(), "%d packets written, %d read", int(made.size()), int(read.size()));
    for (qsizetype i = 0; i < read.size(); ++i) {
        FUZZ_CHECK(read.at(i).data == made.at(i).ip, "packet %d differs", int(i));
        FUZZ_CHECK(read.at(i).timeNs == qMax<qint64>(0, made.at(i).timeNs), "packet %d time differs", int(i));
        FUZZ_CHECK(read.at(i).comment == QString::fromUtf8(made.at(i).comment.toUtf8()),
                   "packet %d comment differs", int(i));
    }
    return 0;
}
