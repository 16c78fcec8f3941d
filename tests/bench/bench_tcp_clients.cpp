// bench_tcp_1000 / bench_tcp_10000 (one source, BENCH_CLIENTS picks the size):
// many clients against the TCP server engine while a 10 ms timer in the
// engine's thread measures how late it fires.
//
// The clients live in a forked child process (plain C sockets, its own file
// descriptors; see BenchSupport::ClientDriver). The server process is wired
// as the app: TrafficRecorder -> TrafficLogModel, TcpClientTableModel
// following the engine. Per mode:
//  - connect time: from the "run" command until the engine counts every
//    client (the child connects one at a time, blocking connect(), at most
//    one every 100 us), and how many connect() calls took over 500 ms (a SYN
//    dropped by a full accept queue and sent again after 1 s);
//  - timer lateness while every client sends one line every kIntervalMs for
//    kDurationMs (p50/p99/max, ms);
//  - lines the engine received (newlines in its Received events) against the
//    lines the child sent.
// Baseline: the same timer with no clients, for kBaselineMs.
// EventLoop mode serves TcpServerEngine::DefaultLocalClientLimit clients in
// the engine's thread and the rest in its I/O threads; the environment
// variable BENCH_LOCAL_CLIENTS=<n> overrides that limit (to choose it).
#include "benchsupport.h"
#include "tcpclienttablemodel.h"
#include "tcpserverengine.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <functional>
#include <memory>

#ifndef BENCH_CLIENTS
#define BENCH_CLIENTS 1000
#endif

using namespace BenchSupport;

namespace {

constexpr int kClients = BENCH_CLIENTS;
constexpr bool kMany = kClients > 1000;
// 1,000 clients: a line every 100 ms for 10 s; 10,000: every 5 s for 10 s.
constexpr int kIntervalMs = kMany ? 5000 : 100;
constexpr int kDurationMs = 10000;
constexpr int kBaselineMs = 3000;
constexpr int kConnectTimeoutMs = 30000;
constexpr double kGoalP99Ms = kMany ? 16 : 2;
constexpr double kGoalMaxMs = 16;

// Runs the event loop until done() is true or timeoutMs passes; true if done.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(const LatenessProbe &probe)
{
    return {probe.p50(), probe.p99(), probe.max()};
}

class Run
{
public:
    Run(ClientDriver *driver, TrafficRecorder *recorder, TcpClientTableModel *table)
        : m_driver(driver)
        , m_recorder(recorder)
        , m_table(table)
    {
        QObject::connect(
            recorder, &TrafficRecorder::eventRecorded, &m_context, [this](const TrafficEvent &event) {
                if (event.kind == TrafficKind::Received && event.tab == QLatin1String("tcp-server"))
                    m_linesReceived += event.payload.count('\n');
            });
    }

    // Returns false when the run could not be completed.
    bool run(TcpServerEngine::Mode mode, const char *name)
    {
        TcpServerEngine engine(m_recorder);
        engine.setMaxClients(kClients + 100);
        engine.setMaxThreads(kClients + 100);
        bool limitSet = false;
        const int localLimit = qEnvironmentVariableIntValue("BENCH_LOCAL_CLIENTS", &limitSet);
        if (limitSet)
            engine.setLocalClientLimit(localLimit);
        m_table->setEngine(&engine);
        if (!engine.listen(QHostAddress(QHostAddress::LocalHost), 0, mode)) {
            std::printf("listen failed: %s\n", qPrintable(engine.errorString()));
            return false;
        }
        m_linesReceived = 0;
        LatenessProbe probe;

        // Connect phase.
        probe.start();
        const double started = nowMs();
        m_driver->command("run " + std::to_string(engine.serverPort()) + ' ' + std::to_string(kClients) + ' '
                          + std::to_string(kIntervalMs) + ' ' + std::to_string(kDurationMs) + '\n');
        const bool allIn = spinUntil([&] { return engine.clientCount() + engine.refusedCount() >= kClients; },
                                     kConnectTimeoutMs);
        const double connectMs = nowMs() - started;
        probe.stop();
        const Figures connectPhase = figures(probe);
        const std::string connected = m_driver->readReport(kConnectTimeoutMs);
        const int served = engine.clientCount();
        long long ok = 0;
        long long failed = 0;
        long long childMs = 0;
        long long slowConnects = 0;
        std::sscanf(connected.c_str(), "connected %lld %lld %lld %lld", &ok, &failed, &childMs,
                    &slowConnects);
        std::printf("  %s: %d clients served, %d refused, after %.0f ms%s (child: \"%s\"); timer during "
                    "connects: p50 %.2f p99 %.2f max %.2f ms; up to %d clients in the engine's thread, "
                    "%d io threads\n",
                    name, served, engine.refusedCount(), connectMs, allIn ? "" : " (TIMED OUT)",
                    connected.c_str(), connectPhase.p50, connectPhase.p99, connectPhase.max,
                    engine.localClientLimit(), engine.ioThreadCount());

        // Send phase: ends when the child reports "done".
        std::string done;
        {
            QEventLoop loop;
            QSocketNotifier report(m_driver->reportDescriptor(), QSocketNotifier::Read);
            QObject::connect(&report, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
            QTimer::singleShot(kDurationMs + 20000, &loop, &QEventLoop::quit);
            probe.start();
            m_driver->command("go\n");
            loop.exec();
            probe.stop();
            report.setEnabled(false);
            done = m_driver->readReport(1000);
        }
        const Figures sendPhase = figures(probe);
        long long linesSent = 0;
        long long replyBytes = 0;
        std::sscanf(done.c_str(), "done %lld %lld", &linesSent, &replyBytes);
        // The last lines and the closes are still on their way.
        const double closing = nowMs();
        spinUntil([&] { return engine.clientCount() == 0 && m_linesReceived >= linesSent; }, 20000);
        const double closeMs = nowMs() - closing;
        std::printf("  %s: timer while sending (%zu ticks): p50 %.2f p99 %.2f max %.2f ms; lines sent %lld, "
                    "received %lld; reply bytes read %lld; all closed %.0f ms after the last line "
                    "(%d left)\n",
                    name, probe.count(), sendPhase.p50, sendPhase.p99, sendPhase.max, linesSent,
                    m_linesReceived, replyBytes, closeMs, engine.clientCount());
        engine.stop();
        m_table->setEngine(nullptr);

        char metric[96];
        char goal[32];
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.connect_ms", kClients, name);
        bench(metric, connectMs, "ms", nullptr, 0);
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.connects_retried", kClients, name);
        bench(metric, double(slowConnects), "connects", nullptr, 0);
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.clients_served", kClients, name);
        std::snprintf(goal, sizeof goal, "goal>=%d", kClients);
        bench(metric, served, "clients", goal, 0);
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.lateness_p50_ms", kClients, name);
        bench(metric, sendPhase.p50, "ms");
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.lateness_p99_ms", kClients, name);
        std::snprintf(goal, sizeof goal, "goal<=%.0f", kGoalP99Ms);
        bench(metric, sendPhase.p99, "ms", goal);
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.lateness_max_ms", kClients, name);
        std::snprintf(goal, sizeof goal, "goal<=%.0f", kGoalMaxMs);
        bench(metric, sendPhase.max, "ms", kMany ? nullptr : goal);
        std::snprintf(metric, sizeof metric, "tcp_%d.%s.lines_lost", kClients, name);
        bench(metric, double(std::max(0LL, linesSent - m_linesReceived)), "lines", "goal<=0", 0);
        return allIn && linesSent > 0;
    }

private:
    ClientDriver *m_driver;
    TrafficRecorder *m_recorder;
    TcpClientTableModel *m_table;
    QObject m_context;
    long long m_linesReceived = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    ::signal(SIGPIPE, SIG_IGN);
    const rlim_t fds = raiseFdLimit();
    ClientDriver driver; // forks now, before Qt starts any thread
    if (!driver.start()) {
        std::printf("fork failed\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    std::printf("bench_tcp_%d: %d clients in a child process, a line each every %d ms for %d ms; "
                "RLIMIT_NOFILE %llu; 10 ms PreciseTimer in the engine's thread\n",
                kClients, kClients, kIntervalMs, kDurationMs, static_cast<unsigned long long>(fds));

    TrafficRecorder recorder;
    TrafficLogModel log;
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &log, &TrafficLogModel::append);
    TcpClientTableModel table;

    LatenessProbe idle;
    idle.start();
    spinFor(kBaselineMs);
    idle.stop();
    std::printf("  baseline (no clients, %zu ticks): p50 %.2f p99 %.2f max %.2f ms\n", idle.count(),
                idle.p50(), idle.p99(), idle.max());

    Run run(&driver, &recorder, &table);
    bool ok = run.run(TcpServerEngine::Mode::EventLoop, "eventloop");
    if (!kMany)
        ok = run.run(TcpServerEngine::Mode::ThreadPerClient, "threadperclient") && ok;
    std::printf("  traffic log: %llu events recorded, %llu rows evicted\n\n",
                static_cast<unsigned long long>(recorder.recordedCount()),
                static_cast<unsigned long long>(log.evictedCount()));

    char metric[64];
    std::snprintf(metric, sizeof metric, "tcp_%d.baseline.lateness_p99_ms", kClients);
    bench(metric, idle.p99(), "ms");
    std::snprintf(metric, sizeof metric, "tcp_%d.baseline.lateness_max_ms", kClients);
    bench(metric, idle.max(), "ms");
    return ok ? 0 : 1;
}
