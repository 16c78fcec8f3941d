#include "lockdemo.h"

#include <QMutex>
#include <QMutexLocker>

#include <chrono>
#include <mutex>
#include <vector>

namespace {

constexpr const char *LockCategory = "locks";
constexpr const char *DeadlockCategory = "deadlock";
constexpr int CancelCheckMask = 1023; // look at the cancel flag every 1024 increments

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

// Work that keeps a core busy for about `us` microseconds (holding a lock
// while sleeping would show a sleeping thread, not a working one).
void busyFor(qint64 us)
{
    const qint64 until = steadyNs() + us * 1000;
    while (steadyNs() < until) { }
}

// Every thread waits at the gate until all exist, so they really overlap.
class StartGate
{
public:
    void wait() const
    {
        while (!m_open.load(std::memory_order_acquire))
            std::this_thread::yield();
    }
    void open() { m_open.store(true, std::memory_order_release); }

private:
    std::atomic<bool> m_open{false};
};

// Runs `threads` threads, each doing increment() up to `increments` times,
// and returns how many increments were done in total and the wall time from
// the gate opening to the last thread ending.
template<typename Increment>
std::pair<qint64, qint64> runThreads(int threads, qint64 increments, const std::atomic<bool> *cancel,
                                     Increment increment)
{
    StartGate gate;
    std::vector<qint64> done(size_t(threads), 0);
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&gate, &done, t, increments, cancel, &increment] {
            gate.wait();
            qint64 k = 0;
            for (; k < increments; ++k) {
                if ((k & CancelCheckMask) == 0 && cancelled(cancel))
                    break;
                increment();
            }
            done[size_t(t)] = k;
        });
    }
    const qint64 begin = steadyNs();
    gate.open();
    for (auto &thread : pool)
        thread.join();
    const qint64 elapsed = steadyNs() - begin;
    qint64 total = 0;
    for (qint64 d : done)
        total += d;
    return {total, elapsed};
}

} // namespace

// --- StepRace ---

StepRace::StepRace(bool locked)
    : m_locked(locked)
{ }

const QList<StepRace::Step> &StepRace::steps() const
{
    static const QList<Step> plain{Step::Read, Step::Add, Step::Write, Step::Done};
    static const QList<Step> locked{Step::Lock, Step::Read, Step::Add, Step::Write, Step::Unlock, Step::Done};
    return m_locked ? locked : plain;
}

StepRace::Step StepRace::nextStep(int thread) const
{
    if (thread < 0 || thread >= Threads)
        return Step::Done;
    return steps().at(m_threads[thread].position);
}

bool StepRace::canStep(int thread) const
{
    const Step next = nextStep(thread);
    if (next == Step::Done)
        return false;
    if (next == Step::Lock)
        return m_holder == -1 || m_holder == thread;
    return true;
}

bool StepRace::step(int thread)
{
    if (!canStep(thread))
        return false;
    ThreadState &state = m_threads[thread];
    const QString name = threadName(thread);
    switch (nextStep(thread)) {
    case Step::Lock:
        m_holder = thread;
        m_history.append(tr("%1 takes the lock").arg(name));
        break;
    case Step::Read:
        state.local = m_counter;
        state.readValue = m_counter;
        m_history.append(tr("%1 reads counter → %2").arg(name).arg(m_counter));
        break;
    case Step::Add:
        state.local += 1;
        m_history.append(tr("%1 adds 1 in its own register → %2").arg(name).arg(state.local));
        break;
    case Step::Write:
        if (m_counter != state.readValue) {
            m_history.append(
                tr("%1 writes %2 to counter, overwriting %3 written by the other thread: an update is lost")
                    .arg(name)
                    .arg(state.local)
                    .arg(m_counter));
        } else {
            m_history.append(tr("%1 writes %2 to counter").arg(name).arg(state.local));
        }
        m_counter = state.local;
        ++m_writes;
        break;
    case Step::Unlock:
        m_holder = -1;
        m_history.append(tr("%1 releases the lock").arg(name));
        break;
    case Step::Done: return false;
    }
    ++state.position;
    return true;
}

bool StepRace::isFinished() const
{
    for (int t = 0; t < Threads; ++t) {
        if (nextStep(t) != Step::Done)
            return false;
    }
    return true;
}

int StepRace::local(int thread) const
{
    return thread >= 0 && thread < Threads ? m_threads[thread].local : 0;
}

QString StepRace::threadName(int thread)
{
    return thread == 0 ? tr("Thread A") : tr("Thread B");
}

QString StepRace::stepLabel(Step step)
{
    switch (step) {
    case Step::Lock: return tr("lock");
    case Step::Read: return tr("read counter");
    case Step::Add: return tr("add 1");
    case Step::Write: return tr("write counter");
    case Step::Unlock: return tr("unlock");
    case Step::Done: return tr("done");
    }
    return QString();
}

// --- LockDemo ---

LockDemo::LockDemo(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CounterResult>();
    qRegisterMetaType<ContentionResult>();
    qRegisterMetaType<DeadlockResult>();
    connect(this, &LockDemo::reportsPending, this, &LockDemo::deliverReports, Qt::QueuedConnection);
}

LockDemo::~LockDemo()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void LockDemo::cancel()
{
    m_cancel.store(true, std::memory_order_relaxed);
}

bool LockDemo::checkCanStart(const QString &problem)
{
    if (m_running) {
        m_lastError = tr("A lock exercise is still running. Wait for it to finish or cancel it first.");
        return false;
    }
    m_lastError = problem;
    return problem.isEmpty();
}

template<typename Work, typename Done> void LockDemo::runInBackground(Work work, Done done)
{
    // The previous run's thread has already reported; only its exit remains.
    if (m_thread.joinable())
        m_thread.join();
    m_cancel.store(false, std::memory_order_relaxed);
    m_running = true;
    m_thread = std::thread([this, work, done] {
        const auto result = work();
        post([this, done, result] {
            if (m_thread.joinable())
                m_thread.join();
            m_running = false;
            done(result);
        });
    });
}

void LockDemo::post(std::function<void()> report)
{
    bool wasEmpty = false;
    {
        std::lock_guard<std::mutex> locker(m_reportMutex);
        wasEmpty = m_reports.empty();
        m_reports.push_back(std::move(report));
    }
    if (wasEmpty)
        emit reportsPending(QPrivateSignal());
}

void LockDemo::deliverReports()
{
    std::vector<std::function<void()>> reports;
    {
        std::lock_guard<std::mutex> locker(m_reportMutex);
        reports.swap(m_reports);
    }
    for (const auto &report : reports)
        report();
}

bool LockDemo::startCounter(const CounterSettings &settings)
{
    if (!checkCanStart(validate(settings)))
        return false;
    runInBackground([this, settings] { return runCounter(settings, &m_cancel); },
                    [this](const CounterResult &result) { emit counterFinished(result); });
    return true;
}

bool LockDemo::startContention(const ContentionSettings &settings)
{
    if (!checkCanStart(validate(settings)))
        return false;
    m_recorder.clear();
    runInBackground([this, settings] { return runContention(settings, &m_recorder, &m_cancel); },
                    [this](const ContentionResult &result) { emit contentionFinished(result); });
    return true;
}

bool LockDemo::startDeadlock(const DeadlockSettings &settings)
{
    if (!checkCanStart(validate(settings)))
        return false;
    m_recorder.clear();
    runInBackground([this, settings] { return runDeadlock(settings, &m_recorder); },
                    [this](const DeadlockResult &result) { emit deadlockFinished(result); });
    return true;
}

QString LockDemo::validate(const CounterSettings &settings)
{
    if (settings.threads < 1 || settings.threads > MaxThreads)
        return tr("The number of threads must be between 1 and %1; it is %2.")
            .arg(MaxThreads)
            .arg(settings.threads);
    if (settings.increments < 1 || settings.increments > MaxIncrements)
        return tr("The increments per thread must be between 1 and %1; it is %2.")
            .arg(MaxIncrements)
            .arg(settings.increments);
    return QString();
}

QString LockDemo::validate(const ContentionSettings &settings)
{
    if (settings.mode != CounterMode::QtMutex && settings.mode != CounterMode::StdMutex)
        return tr("The contention view needs a lock: choose QMutex or std::mutex.");
    if (settings.threads < 2 || settings.threads > 16)
        return tr("The contention view needs between 2 and 16 threads; it has %1.").arg(settings.threads);
    if (settings.rounds < 1 || settings.rounds > 1000)
        return tr("The rounds per thread must be between 1 and 1000; it is %1.").arg(settings.rounds);
    if (settings.holdUs < 0 || settings.holdUs > 1000000)
        return tr("The time a thread holds the lock must be between 0 and 1000000 µs; it is %1.")
            .arg(settings.holdUs);
    return QString();
}

QString LockDemo::validate(const DeadlockSettings &settings)
{
    // The upper bound also bounds how long the destructor may wait for the demo.
    if (settings.timeoutMs < 10 || settings.timeoutMs > 10000)
        return tr("The lock timeout must be between 10 and 10000 milliseconds; it is %1.")
            .arg(settings.timeoutMs);
    return QString();
}

CounterResult LockDemo::runCounter(const CounterSettings &settings, const std::atomic<bool> *cancel)
{
    CounterResult result;
    result.mode = settings.mode;
    result.threads = settings.threads;
    result.increments = settings.increments;

    std::pair<qint64, qint64> run;
    switch (settings.mode) {
    case CounterMode::NoLock: {
        // The unlocked increment split into its three machine steps: every
        // access is atomic (so there is no data race and no undefined
        // behaviour), but read and write are separate, and the yield in
        // between invites another thread to run there. Whatever it adds
        // before our store is overwritten: a lost update.
        std::atomic<qint64> counter{0};
        run = runThreads(settings.threads, settings.increments, cancel, [&counter] {
            const qint64 value = counter.load(std::memory_order_relaxed);
            std::this_thread::yield();
            counter.store(value + 1, std::memory_order_relaxed);
        });
        result.actual = counter.load();
        break;
    }
    case CounterMode::QtMutex: {
        QMutex mutex;
        qint64 counter = 0;
        run = runThreads(settings.threads, settings.increments, cancel, [&mutex, &counter] {
            QMutexLocker locker(&mutex);
            ++counter;
        });
        result.actual = counter;
        break;
    }
    case CounterMode::StdMutex: {
        std::mutex mutex;
        qint64 counter = 0;
        run = runThreads(settings.threads, settings.increments, cancel, [&mutex, &counter] {
            std::lock_guard<std::mutex> locker(mutex);
            ++counter;
        });
        result.actual = counter;
        break;
    }
    case CounterMode::Atomic: {
        std::atomic<qint64> counter{0};
        run = runThreads(settings.threads, settings.increments, cancel,
                         [&counter] { counter.fetch_add(1, std::memory_order_relaxed); });
        result.actual = counter.load();
        break;
    }
    }
    result.expected = run.first;
    result.elapsedNs = run.second;
    result.lost = result.expected - result.actual;
    result.nsPerIncrement = result.expected > 0 ? double(result.elapsedNs) / double(result.expected) : 0.0;
    result.cancelled = result.expected < qint64(settings.threads) * settings.increments;
    return result;
}

ContentionResult LockDemo::runContention(const ContentionSettings &settings, TraceRecorder *recorder,
                                         const std::atomic<bool> *cancel)
{
    ContentionResult result;
    result.threads = settings.threads;
    result.rounds = settings.rounds;

    QMutex qtMutex;
    std::mutex stdMutex;
    const bool useQt = settings.mode != CounterMode::StdMutex;
    // Written only while the lock is held: the last unlock's arrow id and time.
    quint64 lastReleaseFlow = 0;
    qint64 lastReleaseNs = 0;

    std::vector<TraceLane *> lanes;
    for (int t = 1; t <= settings.threads; ++t)
        lanes.push_back(recorder != nullptr ? recorder->addLane(TraceLaneRole::Thread, t) : nullptr);

    std::atomic<qint64> waited{0};
    std::atomic<qint64> held{0};
    std::atomic<qint64> handoffs{0};
    std::atomic<bool> stopped{false};
    StartGate gate;
    const auto origin = recorder != nullptr ? recorder->origin() : std::chrono::steady_clock::now();
    auto now = [origin] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - origin)
            .count();
    };

    std::vector<std::thread> threads;
    for (int t = 0; t < settings.threads; ++t) {
        threads.emplace_back([&, t] {
            TraceLane *lane = lanes[size_t(t)];
            gate.wait();
            for (int round = 0; round < settings.rounds; ++round) {
                if (cancelled(cancel)) {
                    stopped.store(true);
                    break;
                }
                const qint64 waitBegin = now();
                if (lane)
                    lane->setCurrent(TraceState::WaitingForLock, waitBegin);
                if (useQt)
                    qtMutex.lock();
                else
                    stdMutex.lock();
                const qint64 acquired = now();
                // Released by the last unlock only if we were already waiting when it happened.
                const quint64 flowIn
                    = lastReleaseFlow != 0 && waitBegin < lastReleaseNs ? lastReleaseFlow : 0;
                if (lane)
                    lane->setCurrent(TraceState::HoldingLock, acquired);
                busyFor(settings.holdUs);
                const quint64 flowOut = recorder != nullptr ? recorder->newFlowId() : 1;
                const qint64 released = now();
                lastReleaseFlow = flowOut;
                lastReleaseNs = released;
                if (useQt)
                    qtMutex.unlock();
                else
                    stdMutex.unlock();
                if (lane) {
                    lane->setCurrent(TraceState::Running, released);
                    lane->record(TraceState::WaitingForLock, "lock", LockCategory, waitBegin, acquired,
                                 round);
                    lane->record(TraceState::HoldingLock, "critical section", LockCategory, acquired,
                                 released, round, flowOut, flowIn);
                }
                waited.fetch_add(acquired - waitBegin);
                held.fetch_add(released - acquired);
                if (flowIn != 0)
                    handoffs.fetch_add(1);
                // Some work outside the lock, so the lanes show all three states.
                const qint64 outside = now();
                busyFor(settings.holdUs / 2);
                if (lane)
                    lane->record(TraceState::Running, "work", LockCategory, outside, now(), round);
            }
            if (lane) {
                const qint64 end = now();
                lane->record(TraceState::Finished, "finished", LockCategory, end, end);
                lane->setCurrent(TraceState::Finished, end);
            }
        });
    }
    const qint64 begin = steadyNs();
    gate.open();
    for (auto &thread : threads)
        thread.join();
    result.elapsedNs = steadyNs() - begin;
    result.waitedNs = waited.load();
    result.heldNs = held.load();
    result.handoffs = handoffs.load();
    result.cancelled = stopped.load();
    return result;
}

DeadlockResult LockDemo::runDeadlock(const DeadlockSettings &settings, TraceRecorder *recorder)
{
    constexpr qint64 WorkUs = 20000; // time each thread works while holding its locks
    DeadlockResult result;
    result.ordered = settings.ordered;

    QMutex locks[2];
    TraceLane *lanes[2] = {nullptr, nullptr};
    if (recorder != nullptr) {
        lanes[0] = recorder->addLane(TraceLaneRole::Thread, 1);
        lanes[1] = recorder->addLane(TraceLaneRole::Thread, 2);
    }
    const auto origin = recorder != nullptr ? recorder->origin() : std::chrono::steady_clock::now();
    auto now = [origin] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - origin)
            .count();
    };
    std::atomic<int> firstTaken{0};
    bool timedOut[2] = {false, false};
    StartGate gate;

    auto body = [&](int self) {
        TraceLane *lane = lanes[self];
        // A takes 0 then 1; B takes 1 then 0, unless ordered.
        const int first = settings.ordered || self == 0 ? 0 : 1;
        const int second = 1 - first;
        const char *firstName = first == 0 ? "lock 1" : "lock 2";
        const char *secondName = second == 0 ? "lock 1" : "lock 2";
        gate.wait();

        const qint64 wait1 = now();
        if (lane)
            lane->setCurrent(TraceState::WaitingForLock, wait1);
        if (!locks[first].tryLock(settings.timeoutMs)) {
            timedOut[self] = true;
            if (lane)
                lane->record(TraceState::WaitingForLock, firstName, DeadlockCategory, wait1, now(),
                             first + 1);
            return;
        }
        const qint64 held1 = now();
        if (lane) {
            lane->record(TraceState::WaitingForLock, firstName, DeadlockCategory, wait1, held1, first + 1);
            lane->setCurrent(TraceState::HoldingLock, held1);
        }
        if (settings.ordered) {
            busyFor(WorkUs);
        } else {
            // Both hold their first lock before either asks for its second:
            // the deadlock happens every time, not only when the timing is unlucky.
            firstTaken.fetch_add(1);
            while (firstTaken.load() < 2)
                std::this_thread::yield();
        }
        const qint64 wait2 = now();
        if (lane)
            lane->setCurrent(TraceState::WaitingForLock, wait2);
        const bool gotSecond = locks[second].tryLock(settings.timeoutMs);
        const qint64 after2 = now();
        if (lane)
            lane->record(TraceState::WaitingForLock, secondName, DeadlockCategory, wait2, after2, second + 1);
        qint64 release2 = after2;
        if (gotSecond) {
            if (lane)
                lane->setCurrent(TraceState::HoldingLock, after2);
            busyFor(WorkUs);
            release2 = now();
            locks[second].unlock();
            if (lane)
                lane->record(TraceState::HoldingLock, secondName, DeadlockCategory, after2, release2,
                             second + 1);
        } else {
            // The way out: give back what we hold, so the other thread can go on.
            timedOut[self] = true;
        }
        const qint64 release1 = now();
        locks[first].unlock();
        if (lane) {
            lane->record(TraceState::HoldingLock, firstName, DeadlockCategory, held1, release1, first + 1);
            const TraceState last = gotSecond ? TraceState::Finished : TraceState::Cancelled;
            lane->record(last, gotSecond ? "finished" : "gave up", DeadlockCategory, release1, release1);
            lane->setCurrent(last, release1);
        }
    };

    const qint64 begin = steadyNs();
    std::thread a(body, 0);
    std::thread b(body, 1);
    gate.open();
    a.join();
    b.join();
    result.elapsedNs = steadyNs() - begin;
    result.threadATimedOut = timedOut[0];
    result.threadBTimedOut = timedOut[1];
    result.deadlockDetected = timedOut[0] || timedOut[1];
    if (result.deadlockDetected && !settings.ordered) {
        result.explanation
            = tr("Deadlock: thread A holds lock 1 and waits for lock 2, while thread B holds lock 2 "
                 "and waits for lock 1, so neither can go on. Each waited %1 ms (a timed "
                 "tryLock), gave up, and released the lock it held.")
                  .arg(settings.timeoutMs);
    } else if (result.deadlockDetected) {
        result.explanation
            = tr("A thread waited more than %1 ms for a lock although both take the locks in the "
                 "same order: the machine is very busy. Try a longer timeout.")
                  .arg(settings.timeoutMs);
    } else if (settings.ordered) {
        result.explanation = tr("No deadlock: both threads take lock 1 before lock 2, so whoever gets lock 1 "
                                "also gets lock 2, and the other thread only waits its turn.");
    } else {
        result.explanation
            = tr("No deadlock this time: one thread got both locks before the other took its "
                 "first one. Taking locks in opposite orders can still deadlock on another run.");
    }
    return result;
}

QString LockDemo::modeLabel(CounterMode mode)
{
    switch (mode) {
    case CounterMode::NoLock: return tr("no lock");
    case CounterMode::QtMutex: return tr("QMutex");
    case CounterMode::StdMutex: return tr("std::mutex");
    case CounterMode::Atomic: return tr("atomic fetch_add");
    }
    return QString();
}

QString LockDemo::modeExplanation(CounterMode mode)
{
    switch (mode) {
    case CounterMode::NoLock:
        return tr(
            "Each increment reads the counter, lets other threads run, then writes the value it read plus "
            "one. Another thread's increments in between are overwritten: updates are lost. With 8 "
            "threads most of them are lost.");
    case CounterMode::QtMutex:
        return tr("A QMutex lets one thread at a time read, add and write. No update is lost; each increment "
                  "pays for taking and releasing the lock.");
    case CounterMode::StdMutex:
        return tr("A std::mutex lets one thread at a time read, add and write. No update is lost; each "
                  "increment pays for taking and releasing the lock.");
    case CounterMode::Atomic:
        return tr("fetch_add reads, adds and writes in one indivisible processor instruction. No update is "
                  "lost and no lock is needed.");
    }
    return QString();
}
