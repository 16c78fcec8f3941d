// The Concurrency tab's engines under measurement: what one trace event
// costs the thread that records it, the map job's speedup from 1 to 2 pool
// threads (and on worker processes), and the counter modes' cost per
// increment. Run with --map-worker it is its own worker process.
#include "lockdemo.h"
#include "mapjob.h"
#include "tracerecorder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace {

constexpr int EventsPerRound = 1000000;

struct RecordCost
{
    double cold = 0; // one run of EventsPerRound events into fresh memory (page faults)
    double warm = 0; // WarmRounds runs of WarmEvents, chunks recycled by clear(), as the demos record
};

constexpr int WarmRounds = 100;
constexpr int WarmEvents = 10000;

// ns per record() including the clock read an event needs, for the slowest
// of `threads` threads recording at once, each on its own lane.
double recordRound(TraceRecorder &recorder, int threads, int events)
{
    recorder.clear();
    std::vector<std::thread> pool;
    std::vector<double> perThread(size_t(threads), 0.0);
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&recorder, &perThread, t, events] {
            TraceLane *lane = recorder.laneForCurrentThread(TraceLaneRole::Thread);
            const auto begin = std::chrono::steady_clock::now();
            for (int i = 0; i < events; ++i) {
                const qint64 now = lane->nowNs();
                lane->record(TraceState::Running, "bench", "bench", now, now, i);
            }
            const auto end = std::chrono::steady_clock::now();
            perThread[size_t(t)]
                = double(std::chrono::duration_cast<std::chrono::nanoseconds>(end - begin).count()) / events;
        });
    }
    for (auto &thread : pool)
        thread.join();
    if (recorder.snapshot().size() != qsizetype(threads) * events) {
        std::fprintf(stderr, "events lost\n");
        std::exit(1);
    }
    return *std::max_element(perThread.begin(), perThread.end());
}

RecordCost recordNsPerEvent(int threads)
{
    RecordCost cost;
    {
        TraceRecorder fresh;
        cost.cold = recordRound(fresh, threads, EventsPerRound);
    }
    TraceRecorder recorder;
    double total = 0;
    for (int round = 0; round < WarmRounds; ++round)
        total += recordRound(recorder, threads, WarmEvents);
    cost.warm = total / WarmRounds;
    return cost;
}

double clockNs()
{
    TraceRecorder recorder;
    qint64 sink = 0;
    const auto begin = std::chrono::steady_clock::now();
    for (int i = 0; i < EventsPerRound; ++i)
        sink += recorder.nowNs();
    const auto end = std::chrono::steady_clock::now();
    if (sink == 42)
        std::printf(" ");
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(end - begin).count()) / EventsPerRound;
}

MapRunResult runMap(int workers, const QList<quint64> &inputs)
{
    MapJob job;
    MapRunResult result;
    QEventLoop loop;
    QObject::connect(&job, &MapJob::finished, &loop, [&](const MapRunResult &r) {
        result = r;
        loop.quit();
    });
    if (!job.start({inputs, workers})) {
        std::fprintf(stderr, "%s\n", qPrintable(job.lastError()));
        std::exit(1);
    }
    loop.exec();
    return result;
}

MapRunResult runProcesses(int workers, const QList<quint64> &inputs)
{
    MapProcessJob job;
    job.setProgram(QCoreApplication::applicationFilePath(), {QStringLiteral("--map-worker")});
    MapRunResult result;
    QEventLoop loop;
    QObject::connect(&job, &MapProcessJob::finished, &loop, [&](const MapRunResult &r) {
        result = r;
        loop.quit();
    });
    if (!job.start({inputs, workers})) {
        std::fprintf(stderr, "%s\n", qPrintable(job.lastError()));
        std::exit(1);
    }
    loop.exec();
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        std::exit(1);
    }
    return result;
}

bool exact(const MapRunResult &result)
{
    for (const MapItemResult &item : result.items) {
        if (!item.complete || item.sum != MapJob::closedForm(item.n))
            return false;
    }
    return result.items.size() == result.inputs;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--map-worker") == 0) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        return MapJob::runWorker(in, out);
    }
    QCoreApplication app(argc, argv);

    std::printf("Trace recorder: one record() with its clock read; %d rounds of %d events (chunks reused),\n"
                "and once %d events into fresh memory\n",
                WarmRounds, WarmEvents, EventsPerRound);
    const double clock = std::min(clockNs(), clockNs()); // the first run also warms the clock's page
    const RecordCost one = recordNsPerEvent(1);
    const RecordCost two = recordNsPerEvent(2);
    std::printf("  %-28s %8.1f ns\n", "steady clock read alone", clock);
    std::printf("  %-28s %8.1f ns/event (fresh memory: %.1f)\n", "1 thread", one.warm, one.cold);
    std::printf("  %-28s %8.1f ns/event (fresh memory: %.1f)\n", "2 threads, each its own lane", two.warm,
                two.cold);

    const QList<quint64> inputs = MapJob::defaultInputs();
    std::printf("\nMap job: 8 x sum(i*i for i < n), n = %llu + x (cores: %d)\n",
                static_cast<unsigned long long>(MapJob::DefaultN), QThread::idealThreadCount());
    // Warm-up: the first run pays for starting pool threads and faulting pages.
    runMap(2, MapJob::defaultInputs(MapJob::DefaultN / 10));
    MapRunResult best1;
    MapRunResult best2;
    for (int round = 0; round < 2; ++round) {
        const MapRunResult r1 = runMap(1, inputs);
        const MapRunResult r2 = runMap(2, inputs);
        if (!exact(r1) || !exact(r2)) {
            std::fprintf(stderr, "map results differ from the closed form\n");
            return 1;
        }
        if (round == 0 || r1.elapsedNs < best1.elapsedNs)
            best1 = r1;
        if (round == 0 || r2.elapsedNs < best2.elapsedNs)
            best2 = r2;
    }
    const MapRunResult p2 = runProcesses(2, inputs);
    qint64 slowestItem = 0;
    for (const MapItemResult &item : best1.items)
        slowestItem = std::max(slowestItem, item.computeNs);
    const double speedup = MapJob::speedup(best1.elapsedNs, best2.elapsedNs);
    const double processSpeedup = MapJob::speedup(best1.elapsedNs, p2.elapsedNs);
    std::printf("  %-28s %8.1f ms (slowest item %.1f ms)\n", "1 pool thread", ms(best1.elapsedNs),
                ms(slowestItem));
    std::printf("  %-28s %8.1f ms, speedup %.2f\n", "2 pool threads", ms(best2.elapsedNs), speedup);
    std::printf("  %-28s %8.1f ms, speedup %.2f, start-up %.1f ms\n", "2 worker processes", ms(p2.elapsedNs),
                processSpeedup, ms(p2.startupNs));

    std::printf("\nShared counter, 10 threads x 100,000 increments (8 threads for no lock)\n");
    struct Row
    {
        CounterMode mode;
        const char *metric;
        int threads;
    };
    const Row rows[] = {{CounterMode::NoLock, "counter_nolock_ns_per_increment", 8},
                        {CounterMode::QtMutex, "counter_qmutex_ns_per_increment", 10},
                        {CounterMode::StdMutex, "counter_stdmutex_ns_per_increment", 10},
                        {CounterMode::Atomic, "counter_atomic_ns_per_increment", 10}};
    double counterNs[4] = {};
    for (int i = 0; i < 4; ++i) {
        const CounterResult r = LockDemo::runCounter({rows[i].mode, rows[i].threads, 100000});
        counterNs[i] = r.nsPerIncrement;
        std::printf("  %-28s %8.1f ns/increment, %lld of %lld lost\n",
                    qPrintable(LockDemo::modeLabel(rows[i].mode)), r.nsPerIncrement, r.lost, r.expected);
    }

    std::printf("\n");
    std::printf("BENCH trace_record_ns_per_event %.1f ns goal<=100\n", one.warm);
    std::printf("BENCH trace_record_ns_per_event_2_threads %.1f ns goal<=100\n", two.warm);
    std::printf("BENCH trace_record_ns_per_event_fresh_memory %.1f ns\n", one.cold);
    std::printf("BENCH steady_clock_read_ns %.1f ns\n", clock);
    std::printf("BENCH map_item_ms_1_thread %.1f ms goal>=100\n", ms(slowestItem));
    std::printf("BENCH map_speedup_2_threads %.2f x goal>=1.8\n", speedup);
    std::printf("BENCH map_speedup_2_processes %.2f x\n", processSpeedup);
    std::printf("BENCH map_process_startup_ms %.1f ms\n", ms(p2.startupNs));
    for (int i = 0; i < 4; ++i)
        std::printf("BENCH %s %.1f ns\n", rows[i].metric, counterNs[i]);
    return 0;
}
