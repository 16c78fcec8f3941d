// LockDemo and StepRace: locked counters are exact, the unlocked one loses
// updates, the scripted step interleaving loses exactly one, the contention
// view never shows two holders, and the deadlock is caught by its timeout.
#include "lockdemo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(CounterMode)

namespace {
constexpr qint64 Ms = 1000000;
}

class TestLockDemo : public QObject
{
    Q_OBJECT
private slots:
    void lockedModesGiveExactCount_data();
    void lockedModesGiveExactCount();
    void unlockedModeLosesUpdatesWithEightThreads();
    void unlockedModeWithOneThreadLosesNothing();
    void counterRunsInBackgroundAndCancels();
    void stepRaceScripts_data();
    void stepRaceScripts();
    void stepRaceHistoryNamesTheLostUpdate();
    void contentionNeverHasTwoHolders_data();
    void contentionNeverHasTwoHolders();
    void deadlockDetectedWithinTimeout();
    void orderedLocksDoNotDeadlock();
    void deadlockInBackground();
    void badSettingsRefused();
};

void TestLockDemo::lockedModesGiveExactCount_data()
{
    QTest::addColumn<CounterMode>("mode");
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("increments");
    QTest::newRow("QMutex, the classic 10 x 100,000") << CounterMode::QtMutex << 10 << qint64(100000);
    QTest::newRow("std::mutex, the classic 10 x 100,000") << CounterMode::StdMutex << 10 << qint64(100000);
    QTest::newRow("atomic fetch_add, the classic 10 x 100,000")
        << CounterMode::Atomic << 10 << qint64(100000);
    QTest::newRow("QMutex, 8 threads") << CounterMode::QtMutex << 8 << qint64(50000);
    QTest::newRow("atomic, one thread") << CounterMode::Atomic << 1 << qint64(1000);
}

void TestLockDemo::lockedModesGiveExactCount()
{
    QFETCH(CounterMode, mode);
    QFETCH(int, threads);
    QFETCH(qint64, increments);
    const CounterResult result = LockDemo::runCounter({mode, threads, increments});
    QCOMPARE(result.expected, threads * increments);
    QCOMPARE(result.actual, threads * increments);
    QCOMPARE(result.lost, qint64(0));
    QVERIFY(!result.cancelled);
    QVERIFY(result.elapsedNs > 0);
    QVERIFY(result.nsPerIncrement > 0);
}

void TestLockDemo::unlockedModeLosesUpdatesWithEightThreads()
{
    const CounterResult result = LockDemo::runCounter({CounterMode::NoLock, 8, 100000});
    qInfo("no lock, 8 x 100000: actual %lld, lost %lld (%.1f%%), %.1f ns per increment", result.actual,
          result.lost, 100.0 * double(result.lost) / double(result.expected), result.nsPerIncrement);
    QCOMPARE(result.expected, qint64(800000));
    QCOMPARE(result.lost, result.expected - result.actual);
    // Measured on the 2-core machine: 79 % to 88 % lost. "Most" is the claim the tab makes.
    QVERIFY2(result.lost > result.expected / 2, "the unlocked counter lost fewer than half the updates");
    QVERIFY(result.actual >= 100000); // at least one thread's own increments survive in order
}

void TestLockDemo::unlockedModeWithOneThreadLosesNothing()
{
    // The control: the race needs a second thread.
    const CounterResult result = LockDemo::runCounter({CounterMode::NoLock, 1, 20000});
    QCOMPARE(result.actual, qint64(20000));
    QCOMPARE(result.lost, qint64(0));
}

void TestLockDemo::counterRunsInBackgroundAndCancels()
{
    LockDemo demo;
    QSignalSpy finished(&demo, &LockDemo::counterFinished);
    QVERIFY(demo.startCounter({CounterMode::QtMutex, 4, 1000}));
    QVERIFY(finished.wait(10000));
    auto result = finished.last().first().value<CounterResult>();
    QCOMPARE(result.actual, qint64(4000));
    QVERIFY(!result.cancelled);

    // 8 x 100,000,000 yields would take many minutes: cancel must end it now.
    QVERIFY(demo.startCounter({CounterMode::NoLock, 8, LockDemo::MaxIncrements}));
    QVERIFY(!demo.startCounter({CounterMode::NoLock, 8, 10}));
    demo.cancel();
    QVERIFY(finished.wait(10000));
    result = finished.last().first().value<CounterResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.expected < 8 * LockDemo::MaxIncrements);
    QVERIFY(!demo.isRunning());
}

void TestLockDemo::stepRaceScripts_data()
{
    // A script is the order in which the student lets threads A and B step;
    // refused lists the script positions where the step must be refused.
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("refused");
    QTest::addColumn<int>("counter");
    QTest::addColumn<int>("lost");
    QTest::newRow("no lock, interleaved read-read-add-add-write-write: one update lost")
        << false << QStringLiteral("ABABAB") << QString() << 1 << 1;
    QTest::newRow("no lock, A reads, B does all, A writes: B's update lost")
        << false << QStringLiteral("ABBBAA") << QString() << 1 << 1;
    QTest::newRow("no lock, one after the other: nothing lost")
        << false << QStringLiteral("AAABBB") << QString() << 2 << 0;
    QTest::newRow("lock, B cannot take the lock A holds, nothing lost")
        << true << QStringLiteral("ABAAAABBBBB") << QStringLiteral("1") << 2 << 0;
    QTest::newRow("lock, B waits through A's whole increment")
        << true << QStringLiteral("ABABABABABBBBB") << QStringLiteral("1,3,5,7") << 2 << 0;
    QTest::newRow("steps after the end are refused")
        << false << QStringLiteral("AAAABBBB") << QStringLiteral("3,7") << 2 << 0;
}

void TestLockDemo::stepRaceScripts()
{
    QFETCH(bool, locked);
    QFETCH(QString, script);
    QFETCH(QString, refused);
    QFETCH(int, counter);
    QFETCH(int, lost);
    QSet<int> refusedAt;
    for (const QString &position : refused.split(u',', Qt::SkipEmptyParts))
        refusedAt.insert(position.toInt());

    StepRace race(locked);
    for (int i = 0; i < script.size(); ++i) {
        const int thread = script.at(i) == u'A' ? 0 : 1;
        const bool stepped = race.step(thread);
        QVERIFY2(stepped != refusedAt.contains(i), qPrintable(QStringLiteral("step %1").arg(i)));
        if (locked && race.lockHolder() >= 0)
            QVERIFY(!race.canStep(1 - race.lockHolder())
                    || race.nextStep(1 - race.lockHolder()) != StepRace::Step::Lock);
    }
    QVERIFY(race.isFinished());
    QCOMPARE(race.completedWrites(), 2);
    QCOMPARE(race.counter(), counter);
    QCOMPARE(race.lostUpdates(), lost);
}

void TestLockDemo::stepRaceHistoryNamesTheLostUpdate()
{
    StepRace race(false);
    for (QChar c : QStringLiteral("ABABAB"))
        race.step(c == u'A' ? 0 : 1);
    const QList<QString> history = race.history();
    QCOMPARE(history.size(), 6);
    QCOMPARE(history.at(0), QStringLiteral("Thread A reads counter → 0"));
    QVERIFY(!history.at(4).contains(QLatin1String("lost")));
    QVERIFY(history.at(5).contains(QLatin1String("lost")));
    QVERIFY(history.at(5).startsWith(QLatin1String("Thread B")));
}

void TestLockDemo::contentionNeverHasTwoHolders_data()
{
    QTest::addColumn<CounterMode>("mode");
    QTest::newRow("QMutex") << CounterMode::QtMutex;
    QTest::newRow("std::mutex") << CounterMode::StdMutex;
}

void TestLockDemo::contentionNeverHasTwoHolders()
{
    QFETCH(CounterMode, mode);
    TraceRecorder recorder;
    const ContentionResult result = LockDemo::runContention({mode, 4, 5, 2000}, &recorder);
    QVERIFY(!result.cancelled);
    QVERIFY(result.heldNs >= 4 * 5 * 2 * Ms);

    QList<TraceEvent> holds;
    int waits = 0;
    for (const TraceEvent &event : recorder.snapshot()) {
        if (event.state == TraceState::HoldingLock)
            holds.append(event);
        waits += event.state == TraceState::WaitingForLock;
    }
    QCOMPARE(holds.size(), 20);
    QCOMPARE(waits, 20);
    std::sort(holds.begin(), holds.end(),
              [](const TraceEvent &a, const TraceEvent &b) { return a.beginNs < b.beginNs; });
    for (int i = 1; i < holds.size(); ++i)
        QVERIFY2(holds.at(i).beginNs >= holds.at(i - 1).endNs, "two threads held the lock at once");

    // Four threads on two cores fight for one lock: some acquires were
    // released by an unlock, and every such arrow is exported.
    QVERIFY(result.handoffs > 0);
    int flowStarts = 0;
    int flowEnds = 0;
    const QJsonDocument document = QJsonDocument::fromJson(recorder.toChromeTraceJson());
    for (const QJsonValue &value : document.object().value(QLatin1String("traceEvents")).toArray()) {
        const QString ph = value.toObject().value(QLatin1String("ph")).toString();
        flowStarts += ph == QLatin1String("s");
        flowEnds += ph == QLatin1String("f");
    }
    QCOMPARE(flowStarts, int(result.handoffs));
    QCOMPARE(flowEnds, int(result.handoffs));
}

void TestLockDemo::deadlockDetectedWithinTimeout()
{
    TraceRecorder recorder;
    const DeadlockResult result = LockDemo::runDeadlock({false, 300}, &recorder);
    QVERIFY(result.deadlockDetected);
    QVERIFY(result.threadATimedOut || result.threadBTimedOut);
    QVERIFY2(result.elapsedNs >= 300 * Ms, qPrintable(QString::number(result.elapsedNs)));
    QVERIFY(!result.explanation.isEmpty());
    // Each thread waited for its second lock while holding its first.
    int waitsInsideHolds = 0;
    const QList<TraceEvent> events = recorder.snapshot();
    for (const TraceEvent &wait : events) {
        if (wait.state != TraceState::WaitingForLock || wait.endNs - wait.beginNs < 250 * Ms)
            continue;
        for (const TraceEvent &hold : events) {
            if (hold.lane == wait.lane && hold.state == TraceState::HoldingLock
                && hold.beginNs <= wait.beginNs && hold.endNs >= wait.endNs)
                ++waitsInsideHolds;
        }
    }
    QVERIFY(waitsInsideHolds >= 1);
}

void TestLockDemo::orderedLocksDoNotDeadlock()
{
    const DeadlockResult result = LockDemo::runDeadlock({true, 2000}, nullptr);
    QVERIFY(!result.deadlockDetected);
    QVERIFY(!result.threadATimedOut);
    QVERIFY(!result.threadBTimedOut);
}

void TestLockDemo::deadlockInBackground()
{
    LockDemo demo;
    QSignalSpy finished(&demo, &LockDemo::deadlockFinished);
    QVERIFY(demo.startDeadlock({false, 200}));
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().value<DeadlockResult>().deadlockDetected);
    QCOMPARE(demo.recorder()->lanes().size(), 2);
}

void TestLockDemo::badSettingsRefused()
{
    LockDemo demo;
    QVERIFY(!demo.startCounter({CounterMode::Atomic, 0, 10}));
    QVERIFY(demo.lastError().contains(QLatin1String("threads")));
    QVERIFY(!demo.startCounter({CounterMode::Atomic, 2, 0}));
    QVERIFY(demo.lastError().contains(QLatin1String("increments")));
    QVERIFY(!demo.startContention({CounterMode::Atomic, 4, 5, 100}));
    QVERIFY(demo.lastError().contains(QLatin1String("QMutex")));
    QVERIFY(!demo.startDeadlock({false, 0}));
    QVERIFY(demo.lastError().contains(QLatin1String("timeout")));
    QVERIFY(!demo.isRunning());
    for (CounterMode mode :
         {CounterMode::NoLock, CounterMode::QtMutex, CounterMode::StdMutex, CounterMode::Atomic}) {
        QVERIFY(!LockDemo::modeLabel(mode).isEmpty());
        QVERIFY(!LockDemo::modeExplanation(mode).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLockDemo)
#include "tst_lockdemo.moc"
