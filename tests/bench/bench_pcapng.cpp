// What a live capture (--pcapng) costs per event: TrafficPacketizer plus
// the pcapng block for each packet, against the transcript line
// (TranscriptWriter::toJsonLine) for the same events as the baseline: both
// are "one record per event" on the GUI thread.
#include "pcapngwriter.h"
#include "trafficpcapng.h"
#include "transcriptwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Connections = 1000;
    constexpr int Rounds = 50;
    const QString server = QStringLiteral("127.0.0.1:8888");
    QList<TrafficEvent> events;
    for (int c = 0; c < Connections; ++c) {
        TrafficEvent e;
        e.timeNs = 1795000000000000000LL + c;
        e.tab = QStringLiteral("tcp-server");
        e.kind = c % 2 ? TrafficKind::Received : TrafficKind::Sent;
        e.local = server;
        e.peer = QStringLiteral("127.0.0.1:%1").arg(20000 + c);
        e.payload = QByteArray("Server received: hello\n");
        events.append(e);
    }
    TrafficPacketizer packetizer;
    packetizer.setSourceResolver([](const QHostAddress &peer) { return peer; });

    qint64 bytes = 0;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < Rounds; ++round) {
        for (const TrafficEvent &event : std::as_const(events)) {
            for (const SynthPacket &packet : packetizer.packetsFor(event))
                bytes += PcapngWriter::packetBlock(packet.timeNs, packet.ip, packet.comment).size();
        }
    }
    const double pcapngNs = double(clock.nsecsElapsed()) / double(Rounds * Connections);

    qint64 jsonBytes = 0;
    clock.restart();
    for (int round = 0; round < Rounds; ++round) {
        for (const TrafficEvent &event : std::as_const(events))
            jsonBytes += TranscriptWriter::toJsonLine(event).size();
    }
    const double jsonNs = double(clock.nsecsElapsed()) / double(Rounds * Connections);

    std::printf("%-44s %12s\n", "per event (1,000 connections, small payloads)", "ns");
    std::printf("%-44s %12.0f\n", "transcript line (baseline)", jsonNs);
    std::printf("%-44s %12.0f\n", "pcapng packets and blocks", pcapngNs);
    std::printf("(%lld pcapng bytes, %lld transcript bytes)\n", static_cast<long long>(bytes),
                static_cast<long long>(jsonBytes));
    std::printf("BENCH pcapng_event_ns %.0f ns goal<=10000\n", pcapngNs);
    std::printf("BENCH pcapng_vs_transcript %.2f x goal<=3\n", pcapngNs / jsonNs);
    return 0;
}
