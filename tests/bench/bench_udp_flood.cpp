// bench_udp_flood: a C sender floods 64-byte datagrams at the UDP engine.
//
// A sender thread (plain C socket, blocking sendto()) sends as many 64-byte
// datagrams as it can for kFloodMs to 127.0.0.1. Receivers, one after the
// other in the same run:
//  - baseline: a plain C thread doing recv() in a loop on a socket with the
//    receive buffer the engine asks for (UdpEngine::RequestedReceiveBuffer);
//  - engine: a UdpEngine bound to 127.0.0.1:0, recording to a
//    TrafficRecorder that feeds a TrafficLogModel, as in the app.
// Counted: datagrams delivered to the receiver (after the sender stopped and
// the buffer drained), and the loss (sent - delivered) / sent.
// Goals: delivered ratio engine/baseline >= 0.9; engine loss <= baseline loss
// + kLossEpsilon.
#include "benchsupport.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"
#include "udpengine.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <atomic>
#include <thread>

using namespace BenchSupport;

namespace {

constexpr int kFloodMs = 3000;
constexpr size_t kPayload = 64;
constexpr double kGoalRatio = 0.9;
constexpr double kLossEpsilon = 0.02; // two percentage points

struct Flood
{
    long long sent = 0;
    double ms = 0;
};

// Floods 127.0.0.1:port from the calling thread for kFloodMs.
Flood flood(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char payload[kPayload];
    std::memset(payload, 'u', sizeof payload);
    Flood result;
    const double start = nowMs();
    double now = start;
    while (now - start < kFloodMs) {
        for (int i = 0; i < 64; ++i) {
            std::memcpy(payload, &result.sent, sizeof result.sent);
            if (::sendto(fd, payload, sizeof payload, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) > 0)
                ++result.sent;
        }
        now = nowMs();
    }
    result.ms = now - start;
    ::close(fd);
    return result;
}

// Baseline: delivered datagrams of a plain recv() loop.
long long runBaseline(Flood *sent, int *grantedBuffer)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const int requested = UdpEngine::RequestedReceiveBuffer;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &requested, sizeof requested);
    socklen_t length = sizeof *grantedBuffer;
    ::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, grantedBuffer, &length);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    // Stop once nothing arrived for 300 ms after the flood.
    timeval idle{0, 300000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof idle);
    std::atomic<long long> received{0};
    std::thread receiver([&] {
        char buffer[2048];
        long long count = 0;
        while (::recv(fd, buffer, sizeof buffer, 0) >= 0)
            ++count;
        received = count;
    });
    *sent = flood(ntohs(address.sin_port));
    receiver.join();
    ::close(fd);
    return received;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_udp_flood: %zu-byte datagrams flooded for %d ms to 127.0.0.1\n", kPayload, kFloodMs);

    Flood rawSent;
    int rawBuffer = 0;
    const long long rawReceived = runBaseline(&rawSent, &rawBuffer);
    const double rawLoss = rawSent.sent > 0 ? double(rawSent.sent - rawReceived) / double(rawSent.sent) : 1;
    std::printf("  baseline recv(): sent %lld in %.0f ms, delivered %lld, loss %.2f%%, SO_RCVBUF %d\n",
                rawSent.sent, rawSent.ms, rawReceived, rawLoss * 100, rawBuffer);

    TrafficRecorder recorder;
    TrafficLogModel log;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &log, &TrafficLogModel::append);
    UdpEngine engine(&recorder);
    long long received = 0;
    QObject::connect(&engine, &UdpEngine::datagramReceived, &app, [&](const UdpDatagram &) { ++received; });
    if (!engine.bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        std::printf("bind failed: %s\n", qPrintable(engine.lastError().message));
        return 1;
    }
    Flood sent;
    std::atomic<bool> senderDone{false};
    const quint16 port = engine.localPort();
    std::thread sender([&] {
        sent = flood(port);
        senderDone = true;
    });
    {
        // Until the sender is done and nothing arrived for 300 ms.
        QEventLoop loop;
        QTimer check;
        long long seen = -1;
        double quietSince = 0;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (!senderDone)
                return;
            if (received != seen) {
                seen = received;
                quietSince = nowMs();
            } else if (nowMs() - quietSince >= 300) {
                loop.quit();
            }
        });
        check.start(20);
        loop.exec();
    }
    sender.join();
    const double loss = sent.sent > 0 ? double(sent.sent - received) / double(sent.sent) : 1;
    const double ratio = rawReceived > 0 ? double(received) / double(rawReceived) : 0;
    std::printf("  engine: sent %lld in %.0f ms, delivered %lld, loss %.2f%%, SO_RCVBUF %d; %llu events "
                "recorded\n\n",
                sent.sent, sent.ms, received, loss * 100, engine.receiveBufferSize(),
                static_cast<unsigned long long>(recorder.recordedCount()));

    bench("udp_flood.engine_delivered", double(received), "datagrams", nullptr, 0);
    bench("udp_flood.baseline_delivered", double(rawReceived), "datagrams", nullptr, 0);
    char goal[32];
    std::snprintf(goal, sizeof goal, "goal>=%.1f", kGoalRatio);
    bench("udp_flood.ratio", ratio, "x", goal);
    bench("udp_flood.baseline_loss_pct", rawLoss * 100, "%");
    std::snprintf(goal, sizeof goal, "goal<=%.2f", (rawLoss + kLossEpsilon) * 100);
    bench("udp_flood.engine_loss_pct", loss * 100, "%", goal);
    return 0;
}
