// bench_tcp_bulk: one client pushes bulk data into the TCP server engine.
//
// One client (a C++ thread, plain blocking socket, 64 KiB send() calls) sends
// kTotalBytes of printable text as fast as it can to a TcpServerEngine in
// EventLoop mode on 127.0.0.1, wired as the app wires it: a TrafficRecorder
// whose eventRecorded feeds a TrafficLogModel, and a TcpClientTableModel
// following the engine. The engine answers every read with its default reply
// template (which quotes the message), so a second client thread reads and
// discards the replies. Measured: MB/s from the first send() to the moment the
// recorder has reported every byte as received. Measured twice: with the
// default reply template (the engine decodes each read, quotes it in its reply
// and so sends as much back as it got), and with the fixed reply "ok" (the
// socket path and the log alone).
//
// Baseline in the same run: the same sender against a plain C server thread
// doing blocking read() into a 64 KiB buffer. Ratio = engine / baseline,
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
                const ssize_t n = ::send(fd, chunk.data(), size_t(std::min<qint64>(left, kChunk)), MSG_NOSIGNAL);
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
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(listener, 8) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    std::atomic<double> doneMs{0};
    std::atomic<long long> received{0};
    std::thread sink([&] {
        const int fd = ::accept(listener, nullptr, nullptr);
        std::vector<char> buffer(kChunk);
        ssize_t n;
        long long total = 0;
        while ((n = ::read(fd, buffer.data(), buffer.size())) > 0)
            total += n;
        doneMs = nowMs();
        received = total;
        ::close(fd);
    });
    Sender sender;
    sender.start(ntohs(address.sin_port));
    sink.join();
    sender.join();
    ::close(listener);
    const double ms = doneMs - sender.firstSendMs;
    std::printf("  baseline: %lld bytes in %.0f ms\n", received.load(), ms);
    return received == kTotalBytes && ms > 0 ? double(kTotalBytes) / 1e6 / (ms / 1e3) : 0;
}

// MB/s of the engine, wired as in the app. replyTemplate: empty keeps the
// default one (which quotes the whole message back).
double runEngine(const QString &replyTemplate, const char *label)
{
    TrafficRecorder recorder;
    TrafficLogModel log;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &log, &TrafficLogModel::append);
    qint64 receivedBytes = 0;
    double doneMs = 0;
    QEventLoop loop;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &loop, [&](const TrafficEvent &event) {
        if (event.kind != TrafficKind::Received)
            return;
        receivedBytes += event.payload.size();
        if (receivedBytes >= kTotalBytes && doneMs == 0) {
            doneMs = nowMs();
            loop.quit();
        }
    });
    TcpServerEngine engine(&recorder);
    if (!replyTemplate.isEmpty())
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
    std::printf("  engine, %s: %lld bytes received in %.0f ms%s in %llu reads; %lld reply bytes read by "
                "the client; %llu events recorded\n",
                label, receivedBytes, ms, doneMs > 0 ? "" : " (TIMED OUT)",
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
    const double engineMBps = runEngine(QString(), "default reply template (echoes each read)");
    // The same with a short fixed reply: what the socket path and the log
    // cost without decoding and echoing every byte.
    const double shortReplyMBps = runEngine(QStringLiteral("ok"), "reply template \"ok\"");
    const double ratio = baselineMBps > 0 ? engineMBps / baselineMBps : 0;
    const double shortRatio = baselineMBps > 0 ? shortReplyMBps / baselineMBps : 0;
    std::printf("\n");

    bench("tcp_bulk.engine_eventloop_mbps", engineMBps, "MB/s", nullptr, 0);
    bench("tcp_bulk.engine_short_reply_mbps", shortReplyMBps, "MB/s", nullptr, 0);
    bench("tcp_bulk.baseline_read_mbps", baselineMBps, "MB/s", nullptr, 0);
    char goal[32];
    std::snprintf(goal, sizeof goal, "goal>=%.1f", kGoalRatio);
    bench("tcp_bulk.ratio", ratio, "x", goal);
    bench("tcp_bulk.ratio_short_reply", shortRatio, "x", goal);
    return engineMBps > 0 && shortReplyMBps > 0 && baselineMBps > 0 ? 0 : 1;
}
