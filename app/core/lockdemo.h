#pragma once

#include "tracerecorder.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// How the shared counter is protected.
enum class CounterMode : quint8 {
    NoLock, // relaxed atomic load, yield, separate relaxed store: a real lost-update race, no UB
    QtMutex, // QMutex + QMutexLocker
    StdMutex, // std::mutex + std::lock_guard
    Atomic, // one fetch_add
};

struct CounterSettings
{
    CounterMode mode = CounterMode::QtMutex;
    int threads = 10; // 1 ... LockDemo::MaxThreads
    qint64 increments = 100000; // per thread, 1 ... LockDemo::MaxIncrements
};
Q_DECLARE_METATYPE(CounterSettings)

struct CounterResult
{
    CounterMode mode = CounterMode::QtMutex;
    int threads = 0;
    qint64 increments = 0; // per thread
    qint64 expected = 0; // threads × increments (of the increments actually run, if cancelled)
    qint64 actual = 0; // what the counter holds at the end
    qint64 lost = 0; // expected - actual
    qint64 elapsedNs = 0;
    double nsPerIncrement = 0; // wall time / expected
    bool cancelled = false;
};
Q_DECLARE_METATYPE(CounterResult)

// Several threads taking one lock in turn, for the contention view.
struct ContentionSettings
{
    CounterMode mode = CounterMode::QtMutex; // QtMutex or StdMutex
    int threads = 4; // 2 ... 16
    int rounds = 5; // lock/unlock rounds per thread, 1 ... 1000
    int holdUs = 2000; // busy work while holding the lock, µs
};
Q_DECLARE_METATYPE(ContentionSettings)

struct ContentionResult
{
    int threads = 0;
    int rounds = 0;
    qint64 waitedNs = 0; // all threads' time in WaitingForLock
    qint64 heldNs = 0; // all threads' time in HoldingLock
    qint64 handoffs = 0; // unlocks that released a waiting thread (= arrows drawn)
    qint64 elapsedNs = 0;
    bool cancelled = false;
};
Q_DECLARE_METATYPE(ContentionResult)

struct DeadlockSettings
{
    bool ordered = false; // false: A takes 1 then 2, B takes 2 then 1. true: both take 1 then 2.
    int timeoutMs = 1000; // 10 ... 10000: how long a thread waits for a lock before it gives up
};
Q_DECLARE_METATYPE(DeadlockSettings)

struct DeadlockResult
{
    bool ordered = false;
    bool deadlockDetected = false; // some thread's timed tryLock gave up
    bool threadATimedOut = false;
    bool threadBTimedOut = false;
    qint64 elapsedNs = 0;
    QString explanation; // translated, for the student
};
Q_DECLARE_METATYPE(DeadlockResult)

// The step mode: two threads' read → add → write of one increment each,
// advanced one step at a time by the student. A pure value; nothing runs
// concurrently, so a test can script any interleaving.
//
// Unlocked: each thread does Read, Add, Write. Locked: Lock, Read, Add,
// Write, Unlock, and Lock waits while the other thread holds the lock.
class StepRace
{
    Q_DECLARE_TR_FUNCTIONS(StepRace)
public:
    enum class Step : quint8 { Lock, Read, Add, Write, Unlock, Done };
    static constexpr int Threads = 2; // thread 0 is "A", 1 is "B"

    explicit StepRace(bool locked = false);

    bool isLocked() const { return m_locked; }
    // The step `thread` would do next.
    Step nextStep(int thread) const;
    // False when the thread is done or waits for the lock the other holds.
    bool canStep(int thread) const;
    // Does the thread's next step. Returns false, changing nothing, when it cannot.
    bool step(int thread);
    bool isFinished() const;

    int counter() const { return m_counter; } // the shared variable
    int local(int thread) const; // the thread's register
    int completedWrites() const { return m_writes; }
    int lostUpdates() const { return m_writes - m_counter; }
    int lockHolder() const { return m_holder; } // -1 when free

    // Translated one-line descriptions of every step done so far:
    // "A reads counter → 0", "B writes 1 to counter (A's update is lost)".
    QList<QString> history() const { return m_history; }
    static QString threadName(int thread);
    static QString stepLabel(Step step);

private:
    struct ThreadState
    {
        int position = 0; // index into the step list
        int local = 0;
        int readValue = 0; // what it read, to spot the lost update at its write
    };
    const QList<Step> &steps() const;

    bool m_locked;
    int m_counter = 0;
    int m_writes = 0;
    int m_holder = -1;
    ThreadState m_threads[Threads];
    QList<QString> m_history;
};

// The lock exercises of the Concurrency tab: the shared counter in four
// modes, the contention view and the deadlock. The static run* functions
// block and may be called from any thread (tests, benchmarks); the start*
// functions run them on a background std::thread and report in the owner
// thread (queued), one exercise at a time. cancel() asks a running counter or
// contention run to stop early (the deadlock demo ends by its own timeout, at
// most 10 s); the destructor cancels and joins.
class LockDemo final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxThreads = 64;
    static constexpr qint64 MaxIncrements = 100000000;

    explicit LockDemo(QObject *parent = nullptr);
    ~LockDemo() override;

    bool startCounter(const CounterSettings &settings);
    // Records on recorder(): one lane per thread, waiting/holding spans, an
    // arrow from each unlock to the acquire it released.
    bool startContention(const ContentionSettings &settings);
    // Records on recorder(): lanes "thread 1" (A) and "thread 2" (B).
    bool startDeadlock(const DeadlockSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }
    TraceRecorder *recorder() { return &m_recorder; }

    // Blocking versions. cancel may be null. recorder may be null.
    static CounterResult runCounter(const CounterSettings &settings,
                                    const std::atomic<bool> *cancel = nullptr);
    static ContentionResult runContention(const ContentionSettings &settings, TraceRecorder *recorder,
                                          const std::atomic<bool> *cancel = nullptr);
    static DeadlockResult runDeadlock(const DeadlockSettings &settings, TraceRecorder *recorder);

    // Plain-words problems with settings, or an empty string.
    static QString validate(const CounterSettings &settings);
    static QString validate(const ContentionSettings &settings);
    static QString validate(const DeadlockSettings &settings);

    static QString modeLabel(CounterMode mode); // translated: "no lock", "QMutex", ...
    // Translated, short and exact: what the mode does and what to expect.
    static QString modeExplanation(CounterMode mode);

signals:
    void counterFinished(const CounterResult &result);
    void contentionFinished(const ContentionResult &result);
    void deadlockFinished(const DeadlockResult &result);
    // Internal: a report is waiting for the owner thread.
    void reportsPending(QPrivateSignal);

private:
    // Any thread: run `report` in the owner thread, in posting order.
    void post(std::function<void()> report);
    void deliverReports();
    template<typename Work, typename Done> void runInBackground(Work work, Done done);
    bool checkCanStart(const QString &problem);

    TraceRecorder m_recorder;
    // Reports cross to the owner thread through this queue under a std::mutex
    // (visible to ThreadSanitizer without a sanitized Qt), not inside a
    // functor given to invokeMethod.
    std::mutex m_reportMutex;
    std::vector<std::function<void()>> m_reports;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QString m_lastError;
};
