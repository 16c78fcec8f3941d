// bench_tcp_bulk: one client pushes bulk data into the TCP server engine.
//
// One client (a C++ thread, plain blocking socket, 64 KiB send() calls) sends
// kTotalBytes of printable text as fast as it can to a TcpServerEngine in
// EventLoop mode on 127.0.0.1, wired as the app wires it: a TrafficRecorder
// whose eventRecorded feeds a TrafficLogModel (the log on), and a
// TcpClientTableModel following the engine. Measured: MB/s from the first
// send() to the moment the recorder has reported every byte as received.
//
// The goal is about the receive sink: the reply template "" (no reply), so
// every read costs the socket read plus the copy into the log. Two more rows
// inform: the fixed reply "ok" (one short send per read), and the default
// template, which quotes each read back (decode, expand, encode and send as
// much as was received); a second client thread reads and discards replies.
//
// Baseline in the same run: the same sender against a plain C server thread
// doing blocking read() into a 64 KiB buffer. Ratio = engine sink / baseline,
// goal >= 0.8.
#include "benchsupport.h"
#include "tcpclienttablemodel.h"
#include "tcpserverengine.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <atomic>
#include <thread>

using namespace BenchSupport;

namespace {

// CPU time of the calling thread (ms): what the engine's thread spent, which
// other load on the machine disturbs far less than wall-clock throughput.
double threadCpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

constexpr qint64 kTotalBytes = qint64(1) << 30; // 1 GiB
constexpr size_t kChunk = 64 * 1024;
constexpr int kTimeoutMs = 50000;
constexpr double kGoalRatio = 0.8;

// The client: connects, sends kTotalBytes, half-closes, and (in a second
// thread) reads whatever comes back until the server closes.
struct Sender
{
    std::atomic<double> firstSendMs{0};
    std::atomic<long long> repliedBytes{0};
    std::thread writer;
    std::thread reader;
    int fd = -1;

    bool start(quint16 port)
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0)
            return false;
        writer = std::thread([this] {
            std::vector<char> chunk(kChunk);
            for (size_t i = 0; i < kChunk; ++i)
                chunk[i] = (i % 64 == 63) ? '\n' : char('a' + i % 26);
            firstSendMs = nowMs();
            qint64 left = kTotalBytes;
            while (left > 0) {
                const ssize_t n
                    = ::send(fd, chunk.data(), size_t(std::min<qint64>(left, kChunk)), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                left -= n;
            }
            ::shutdown(fd, SHUT_WR);
        });
        reader = std::thread([this] {
            std::vector<char> sink(kChunk);
            ssize_t n;
            while ((n = ::recv(fd, sink.data(), sink.size(), 0)) > 0)
                repliedBytes += n;
        });
        return true;
    }

    void join()
    {
        if (writer.joinable())
            writer.join();
        if (fd >= 0)
            ::shutdown(fd, SHUT_RDWR); // ends the reader even if the server keeps the socket open
        if (reader.joinable())
            reader.join();
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

// MB/s (10^6 bytes per second) of the plain C sink.
double runBaseline()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 8) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    std::atomic<double> doneMs{0};
    std::atomic<double> sinkCpuMs{0};
    std::atomic<long long> received{0};
    std::thread sink([&] {
        const int fd = ::accept(listener, nullptr, nullptr);
        const double startCpu = threadCpuMs();
        std::vector<char> buffer(kChunk);
        ssize_t n;
        long long total = 0;
        while ((n = ::read(fd, buffer.data(), buffer.size())) > 0)
            total += n;
        doneMs = nowMs();
        sinkCpuMs = threadCpuMs() - startCpu;
        received = total;
        ::close(fd);
    });
    Sender sender;
    sender.start(ntohs(address.sin_port));
    sink.join();
    sender.join();
    ::close(listener);
    const double ms = doneMs - sender.firstSendMs;
    std::printf("  baseline: %lld bytes in %.0f ms (sink thread CPU %.0f ms)\n", received.load(), ms,
                sinkCpuMs.load());
    return received == kTotalBytes && ms > 0 ? double(kTotalBytes) / 1e6 / (ms / 1e3) : 0;
}

// MB/s of the engine, wired as in the app. replyTemplate: a null string keeps
// the default one (which quotes the whole message back); "" sends nothing.
double runEngine(const QString &replyTemplate, const char *label)
{
    TrafficRecorder recorder;
    TrafficLogModel log;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &log, &TrafficLogModel::append);
    qint64 receivedBytes = 0;
    double doneMs = 0;
    double doneCpuMs = 0;
    QEventLoop loop;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &loop, [&](const TrafficEvent &event) {
        if (event.kind != TrafficKind::Received)
            return;
        receivedBytes += event.payload.size();
        if (receivedBytes >= kTotalBytes && doneMs == 0) {
            doneMs = nowMs();
            doneCpuMs = threadCpuMs();
            loop.quit();
        }
    });
    const double startCpuMs = threadCpuMs();
    TcpServerEngine engine(&recorder);
    if (!replyTemplate.isNull())
        engine.setReplyTemplate(TcpServerEngine::Mode::EventLoop, replyTemplate);
    TcpClientTableModel table;
    table.setEngine(&engine);
    if (!engine.listen(QHostAddress(QHostAddress::LocalHost), 0, TcpServerEngine::Mode::EventLoop)) {
        std::printf("listen failed: %s\n", qPrintable(engine.errorString()));
        return 0;
    }
    Sender sender;
    if (!sender.start(engine.serverPort())) {
        std::printf("connect failed\n");
        return 0;
    }
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = (doneMs > 0 ? doneMs : nowMs()) - sender.firstSendMs;
    engine.stop();
    sender.join();
    std::printf("  engine, %s: %lld bytes received in %.0f ms%s (engine thread CPU %.0f ms) in %llu reads; "
                "%lld reply bytes read by the client; %llu events recorded\n",
                label, receivedBytes, ms, doneMs > 0 ? "" : " (TIMED OUT)",
                doneCpuMs > 0 ? doneCpuMs - startCpuMs : 0,
                static_cast<unsigned long long>(table.rowCount() > 0 ? table.client(0).messagesIn : 0),
                sender.repliedBytes.load(), static_cast<unsigned long long>(recorder.recordedCount()));
    return doneMs > 0 ? double(kTotalBytes) / 1e6 / (ms / 1e3) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    ::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);

    std::printf("bench_tcp_bulk: %lld MiB from one client, %zu-byte send() calls, 127.0.0.1\n",
                kTotalBytes >> 20, kChunk);
    const double baselineMBps = runBaseline();
    const double sinkMBps = runEngine(QStringLiteral(""), "reply template \"\" (no reply: receive sink)");
    // BENCH_TCP_BULK_SINK_ONLY=1: the goal's row alone (for profiling it).
    if (qEnvironmentVariableIsSet("BENCH_TCP_BULK_SINK_ONLY")) {
        bench("tcp_bulk.ratio", baselineMBps > 0 ? sinkMBps / baselineMBps : 0, "x", nullptr);
        return sinkMBps > 0 ? 0 : 1;
    }
    const double shortReplyMBps = runEngine(QStringLiteral("ok"), "reply template \"ok\"");
    const double echoMBps = runEngine(QString(), "default reply template (echoes each read)");
    const double ratio = baselineMBps > 0 ? sinkMBps / baselineMBps : 0;
    const double shortRatio = baselineMBps > 0 ? shortReplyMBps / baselineMBps : 0;
    const double echoRatio = baselineMBps > 0 ? echoMBps / baselineMBps : 0;
    std::printf("\n");

    bench("tcp_bulk.engine_sink_mbps", sinkMBps, "MB/s", nullptr, 0);
    bench("tcp_bulk.engine_short_reply_mbps", shortReplyMBps, "MB/s", nullptr, 0);
    bench("tcp_bulk.engine_echo_mbps", echoMBps, "MB/s", nullptr, 0);
    bench("tcp_bulk.baseline_read_mbps", baselineMBps, "MB/s", nullptr, 0);
    char goal[32];
    std::snprintf(goal, sizeof goal, "goal>=%.1f", kGoalRatio);
    bench("tcp_bulk.ratio", ratio, "x", goal);
    // Informative: no goal (the echo sends back as much as it receives).
    bench("tcp_bulk.ratio_short_reply", shortRatio, "x", nullptr);
    bench("tcp_bulk.ratio_echo", echoRatio, "x", nullptr);
    return sinkMBps > 0 && shortReplyMBps > 0 && echoMBps > 0 && baselineMBps > 0 ? 0 : 1;
}
