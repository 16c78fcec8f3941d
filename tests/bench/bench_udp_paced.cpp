// bench_udp_paced: 100,000 datagrams a second for 5 s into the UDP engine.
//
// A paced sender thread (plain C socket) sends kRate 64-byte datagrams a
// second for kDurationMs to a UdpEngine on 127.0.0.1 whose recorder feeds a
// TrafficLogModel, as in the app. Every datagram carries its sequence number
// in its first 8 bytes; the receiving side marks each one it gets, so lost
// (never seen) and duplicated datagrams are counted exactly.
// Goal: 0 lost. Also printed: the rate the sender achieved and the rate the
// engine received at.
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

constexpr long long kRate = 100000; // datagrams per second
constexpr int kDurationMs = 5000;
constexpr long long kTotal = kRate * kDurationMs / 1000;
constexpr size_t kPayload = 64;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_udp_paced: %lld datagrams of %zu bytes, %lld a second, to 127.0.0.1\n", kTotal,
                kPayload, kRate);

    TrafficRecorder recorder;
    TrafficLogModel log;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &log, &TrafficLogModel::append);
    UdpEngine engine(&recorder);
    std::vector<bool> seen(size_t(kTotal), false);
    long long distinct = 0;
    long long duplicates = 0;
    long long foreign = 0;
    double firstMs = 0;
    double lastMs = 0;
    QObject::connect(&engine, &UdpEngine::datagramReceived, &app, [&](const UdpDatagram &datagram) {
        long long sequence = -1;
        if (datagram.payload.size() == qsizetype(kPayload))
            std::memcpy(&sequence, datagram.payload.constData(), sizeof sequence);
        if (sequence < 0 || sequence >= kTotal) {
            ++foreign;
            return;
        }
        lastMs = nowMs();
        if (firstMs == 0)
            firstMs = lastMs;
        if (seen[size_t(sequence)]) {
            ++duplicates;
            return;
        }
        seen[size_t(sequence)] = true;
        ++distinct;
    });
    if (!engine.bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        std::printf("bind failed: %s\n", qPrintable(engine.lastError().message));
        return 1;
    }
    const quint16 port = engine.localPort();

    std::atomic<long long> sent{0};
    std::atomic<long long> sendErrors{0};
    std::atomic<double> sendMs{0};
    std::atomic<bool> senderDone{false};
    std::thread sender([&] {
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        char payload[kPayload];
        std::memset(payload, 'p', sizeof payload);
        const double start = nowMs();
        long long n = 0;
        while (n < kTotal) {
            // Catch up to where the schedule says we should be, then nap.
            const auto due = std::min(kTotal, (long long)((nowMs() - start) * double(kRate) / 1000.0) + 1);
            for (; n < due; ++n) {
                std::memcpy(payload, &n, sizeof n);
                if (::sendto(fd, payload, sizeof payload, 0, reinterpret_cast<sockaddr *>(&to), sizeof to)
                    < 0)
                    ++sendErrors;
            }
            const timespec nap{0, 200000};
            ::nanosleep(&nap, nullptr);
        }
        sendMs = nowMs() - start;
        sent = n;
        ::close(fd);
        senderDone = true;
    });
    {
        // Until every datagram arrived, or the sender is done and nothing
        // arrived for 500 ms.
        QEventLoop loop;
        QTimer check;
        long long last = -1;
        double quietSince = 0;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (!senderDone)
                return;
            if (distinct == kTotal) {
                loop.quit();
            } else if (distinct != last) {
                last = distinct;
                quietSince = nowMs();
            } else if (nowMs() - quietSince >= 500) {
                loop.quit();
            }
        });
        check.start(20);
        loop.exec();
    }
    sender.join();
    const long long lost = sent - distinct;
    const double sendRate = sendMs > 0 ? double(sent) / (sendMs / 1e3) : 0;
    const double receiveRate = lastMs > firstMs ? double(distinct) / ((lastMs - firstMs) / 1e3) : 0;
    std::printf("  sent %lld in %.0f ms (%lld send errors), received %lld distinct, %lld duplicates, "
                "%lld foreign, lost %lld; SO_RCVBUF %d; %llu events recorded, %llu log rows evicted\n\n",
                sent.load(), sendMs.load(), sendErrors.load(), distinct, duplicates, foreign, lost,
                engine.receiveBufferSize(), static_cast<unsigned long long>(recorder.recordedCount()),
                static_cast<unsigned long long>(log.evictedCount()));

    bench("udp_paced.lost", double(lost), "datagrams", "goal<=0", 0);
    char goal[32];
    std::snprintf(goal, sizeof goal, "goal>=%lld", kRate * 95 / 100);
    bench("udp_paced.send_rate", sendRate, "datagrams/s", goal, 0);
    bench("udp_paced.receive_rate", receiveRate, "datagrams/s", nullptr, 0);
    return sent == kTotal ? 0 : 1;
}
