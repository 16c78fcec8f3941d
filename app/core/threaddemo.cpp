#include "threaddemo.h"

#include <chrono>
#include <vector>

namespace {
constexpr const char *Category = "threads";
}

ThreadDemo::ThreadDemo(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ThreadDemoResult>();
    connect(this, &ThreadDemo::reportsPending, this, &ThreadDemo::deliverReports, Qt::QueuedConnection);
}

ThreadDemo::~ThreadDemo()
{
    cancel();
    if (m_main.joinable())
        m_main.join();
}

QString ThreadDemo::validate(const ThreadDemoSettings &settings)
{
    if (settings.workers < 1 || settings.workers > MaxWorkers)
        return tr("The number of worker threads must be between 1 and %1; it is %2.")
            .arg(MaxWorkers)
            .arg(settings.workers);
    if (settings.unitMs < 1 || settings.unitMs > 10000)
        return tr("The time unit must be between 1 and 10000 milliseconds; it is %1.").arg(settings.unitMs);
    return QString();
}

bool ThreadDemo::start(const ThreadDemoSettings &settings)
{
    if (m_running) {
        m_lastError = tr("The thread demo is still running. Wait for it to finish or cancel it first.");
        return false;
    }
    m_lastError = validate(settings);
    if (!m_lastError.isEmpty())
        return false;
    // The previous run's thread has already sent finished(); only its exit remains.
    if (m_main.joinable())
        m_main.join();
    m_recorder.clear();
    {
        std::lock_guard<std::mutex> locker(m_stopMutex);
        m_stop = false;
    }
    m_running = true;
    m_main = std::thread([this, settings] { runMain(settings); });
    return true;
}

void ThreadDemo::cancel()
{
    {
        std::lock_guard<std::mutex> locker(m_stopMutex);
        m_stop = true;
    }
    m_stopCondition.notify_all();
}

void ThreadDemo::runMain(ThreadDemoSettings settings)
{
    // Lanes are made here, in order, so the main lane is always first and
    // worker i is always lane i.
    TraceLane *mainLane = m_recorder.addLane(TraceLaneRole::Main, 1);
    std::vector<TraceLane *> lanes;
    std::vector<quint64> flows;
    for (int i = 1; i <= settings.workers; ++i) {
        lanes.push_back(m_recorder.addLane(TraceLaneRole::Worker, i));
        flows.push_back(m_recorder.newFlowId());
    }

    ThreadDemoResult result;
    result.workers = settings.workers;
    result.unitMs = settings.unitMs;
    result.sleptNs = QList<qint64>(settings.workers, 0);

    const qint64 t0 = mainLane->nowNs();
    mainLane->setCurrent(TraceState::Running, t0);
    std::vector<std::thread> workers;
    workers.reserve(size_t(settings.workers));
    for (int i = 1; i <= settings.workers; ++i) {
        TraceLane *lane = lanes[size_t(i - 1)];
        const quint64 flow = flows[size_t(i - 1)];
        qint64 *slept = &result.sleptNs[i - 1]; // each worker writes only its own slot; join() publishes it
        workers.emplace_back(
            [this, lane, i, settings, flow, slept] { *slept = runWorker(lane, i, settings.unitMs, flow); });
    }
    const qint64 started = mainLane->nowNs();
    mainLane->record(TraceState::Running, "start workers", Category, t0, started);

    for (int i = 1; i <= settings.workers; ++i) {
        const qint64 joinBegin = mainLane->nowNs();
        mainLane->setCurrent(TraceState::Joining, joinBegin);
        workers[size_t(i - 1)].join();
        const qint64 joinEnd = mainLane->nowNs();
        mainLane->record(TraceState::Joining, "join", Category, joinBegin, joinEnd, i, 0,
                         flows[size_t(i - 1)]);
        const qint64 slept = result.sleptNs[i - 1];
        post([this, i, slept] { emit workerJoined(i, slept); });
    }
    const qint64 end = mainLane->nowNs();
    result.elapsedNs = end - t0;
    {
        std::lock_guard<std::mutex> locker(m_stopMutex);
        result.cancelled = m_stop;
    }
    mainLane->record(TraceState::Finished, "done", Category, end, end);
    mainLane->setCurrent(TraceState::Finished, end);
    post([this, result] { finishOnOwnerThread(result); });
}

qint64 ThreadDemo::runWorker(TraceLane *lane, int worker, int unitMs, quint64 flowId)
{
    const qint64 begin = lane->nowNs();
    lane->record(TraceState::Running, "start", Category, begin, begin, worker);
    lane->setCurrent(TraceState::Sleeping, begin);
    // A sleep that cancel() can cut short: waiting on the stop condition with
    // a deadline sleeps exactly like sleep_for when nobody cancels.
    bool stopped = false;
    {
        std::unique_lock<std::mutex> locker(m_stopMutex);
        const auto deadline
            = std::chrono::steady_clock::now() + std::chrono::milliseconds(qint64(worker) * unitMs);
        stopped = m_stopCondition.wait_until(locker, deadline, [this] { return m_stop; });
    }
    const qint64 end = lane->nowNs();
    lane->record(TraceState::Sleeping, "sleep", Category, begin, end, worker, flowId);
    const TraceState last = stopped ? TraceState::Cancelled : TraceState::Finished;
    lane->record(last, stopped ? "cancelled" : "finished", Category, end, end, worker);
    lane->setCurrent(last, end);
    return end - begin;
}

void ThreadDemo::post(std::function<void()> report)
{
    bool wasEmpty = false;
    {
        std::lock_guard<std::mutex> locker(m_reportMutex);
        wasEmpty = m_reports.empty();
        m_reports.push_back(std::move(report));
    }
    // One queued call per batch: deliverReports takes everything posted so far.
    if (wasEmpty)
        emit reportsPending(QPrivateSignal());
}

void ThreadDemo::deliverReports()
{
    std::vector<std::function<void()>> reports;
    {
        std::lock_guard<std::mutex> locker(m_reportMutex);
        reports.swap(m_reports);
    }
    for (const auto &report : reports)
        report();
}

void ThreadDemo::finishOnOwnerThread(const ThreadDemoResult &result)
{
    if (m_main.joinable())
        m_main.join();
    m_running = false;
    emit finished(result);
}
