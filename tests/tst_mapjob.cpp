// MapJob and MapProcessJob: exact sums against the closed form, the pool's
// lanes, cancel, the loop really runs (it can be cancelled part-way), the classic
// output, and the worker-process protocol.
#include "mapjob.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <atomic>
#include <thread>

class TestMapJob : public QObject
{
    Q_OBJECT
private slots:
    void sumsAreExact_data();
    void sumsAreExact();
    void closedFormAtTheLimit();
    void loopReallyRuns();
    void mapResultsEqualClosedForm();
    void cancelStopsTheJob();
    void classicOutput_data();
    void classicOutput();
    void workerProtocol_data();
    void workerProtocol();
    void processJobResultsEqualClosedForm();
    void processJobReportsMissingProgram();
    void processJobCancelKillsWorkers();
    void badSettingsRefused_data();
    void badSettingsRefused();
};

void TestMapJob::sumsAreExact_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("range(0) is empty") << quint64(0) << QStringLiteral("0");
    QTest::newRow("range(1) is just 0") << quint64(1) << QStringLiteral("0");
    QTest::newRow("range(2): 0 + 1") << quint64(2) << QStringLiteral("1");
    QTest::newRow("range(10): 285") << quint64(10) << QStringLiteral("285");
    QTest::newRow("just below 2^64") << quint64(3810778) << QStringLiteral("18446735571075162805");
    QTest::newRow("the classic 5,000,000 needs more than 64 bits")
        << quint64(5000000) << QStringLiteral("41666654166667500000");
}

void TestMapJob::sumsAreExact()
{
    QFETCH(quint64, n);
    QFETCH(QString, expected);
    UInt128 sum;
    QVERIFY(MapJob::sumOfSquares(n, sum));
    QCOMPARE(sum.toString(), expected);
    QCOMPARE(MapJob::closedForm(n).toString(), expected);
}

void TestMapJob::closedFormAtTheLimit()
{
    // 10^12: n(n-1)(2n-1)/6 = 333333333332833333333333500000000000 (checked with Python's big ints).
    QCOMPARE(MapJob::closedForm(MapJob::MaxN).toString(),
             QStringLiteral("333333333332833333333333500000000000"));
    QCOMPARE((UInt128{~quint64(0), ~quint64(0)}).toString(),
             QStringLiteral("340282366920938463463374607431768211455"));
}

void TestMapJob::loopReallyRuns()
{
    // 10^11 iterations take minutes. If the compiler had replaced the loop by
    // the closed form, the call would return a finished sum at once instead of
    // still being in its loop when it is cancelled.
    std::atomic<bool> cancel{false};
    UInt128 sum;
    bool finished = true;
    std::thread worker([&] { finished = MapJob::sumOfSquares(100000000000ULL, sum, &cancel); });
    QTest::qSleep(50);
    cancel = true;
    worker.join();
    QVERIFY(!finished);
}

void TestMapJob::mapResultsEqualClosedForm()
{
    MapJob job;
    QSignalSpy finished(&job, &MapJob::finished);
    QSignalSpy items(&job, &MapJob::itemFinished);
    QSignalSpy progress(&job, &MapJob::progressChanged);
    const QList<quint64> inputs = MapJob::defaultInputs(1000000, 8);
    QCOMPARE(inputs.first(), quint64(1000000));
    QCOMPARE(inputs.last(), quint64(1000007));
    QVERIFY(job.start({inputs, 2}));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.isRunning());

    const auto result = finished.first().first().value<MapRunResult>();
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.items.size(), 8);
    QCOMPARE(items.size(), 8);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 8);
    QSet<int> lanes;
    for (int i = 0; i < 8; ++i) {
        const MapItemResult &item = result.items.at(i);
        QCOMPARE(item.index, i);
        QCOMPARE(item.n, inputs.at(i));
        QVERIFY(item.complete);
        QCOMPARE(item.sum, MapJob::closedForm(item.n));
        lanes.insert(item.lane);
    }
    // Every item ran on a pool thread's lane, and the pool had two threads at most.
    const auto laneInfos = job.recorder()->lanes();
    QVERIFY(laneInfos.size() <= 2);
    QCOMPARE(lanes.size(), laneInfos.size());
    for (const auto &lane : laneInfos)
        QCOMPARE(lane.role, TraceLaneRole::PoolThread);
    const QList<TraceEvent> events = job.recorder()->snapshot();
    QCOMPARE(events.size(), 8);
    for (const TraceEvent &a : events) {
        for (const TraceEvent &b : events) {
            if (&a != &b && a.lane == b.lane)
                QVERIFY2(a.endNs <= b.beginNs || b.endNs <= a.beginNs,
                         "two items at once on one pool thread");
        }
    }
}

void TestMapJob::cancelStopsTheJob()
{
    MapJob job;
    QSignalSpy finished(&job, &MapJob::finished);
    // Eight items of 10^11 iterations would run for hours.
    QVERIFY(job.start({MapJob::defaultInputs(100000000000ULL, 8), 2}));
    // Let the pool threads get into their loops before cancelling.
    QTRY_VERIFY(job.recorder()->lanes().size() == 2);
    job.cancel();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<MapRunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.items.isEmpty());
    QVERIFY(!job.isRunning());
    bool sawCancelledItem = false;
    for (const TraceEvent &event : job.recorder()->snapshot())
        sawCancelledItem = sawCancelledItem || event.state == TraceState::Cancelled;
    QVERIFY(sawCancelledItem);

    // The job runs again after a cancel.
    QVERIFY(job.start({{10, 20}, 1}));
    QVERIFY(finished.wait(10000));
    const auto again = finished.last().first().value<MapRunResult>();
    QVERIFY(!again.cancelled);
    QCOMPARE(again.items.size(), 2);
}

void TestMapJob::classicOutput_data()
{
    QTest::addColumn<QList<int>>("completed");
    QTest::addColumn<qint64>("elapsedNs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all done, Python's list and float repr")
        << QList<int>{0, 1, 2} << qint64(1500000000)
        << QStringLiteral("Results: [0, 1, 285]\nDuration 1.5 seconds\n");
    QTest::newRow("a cancelled item prints as None")
        << QList<int>{0, 2} << qint64(250000000)
        << QStringLiteral("Results: [0, None, 285]\nDuration 0.25 seconds\n");
}

void TestMapJob::classicOutput()
{
    QFETCH(QList<int>, completed);
    QFETCH(qint64, elapsedNs);
    QFETCH(QString, expected);
    const QList<quint64> inputs{1, 2, 10};
    MapRunResult result;
    result.inputs = 3;
    result.elapsedNs = elapsedNs;
    for (int index : completed) {
        MapItemResult item;
        item.index = index;
        item.n = inputs.at(index);
        item.sum = MapJob::closedForm(item.n);
        item.complete = true;
        result.items.append(item);
    }
    QCOMPARE(MapJob::classicOutput(result), expected);
}

void TestMapJob::workerProtocol_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expectedPrefixes");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("two items, one past 64 bits")
        << QStringLiteral("0 10\n3 5000000\n")
        << QStringList{QStringLiteral("0 10 285 "), QStringLiteral("3 5000000 41666654166667500000 ")} << 0;
    QTest::newRow("blank lines and spaces are skipped")
        << QStringLiteral("\n  1   2  \n\n") << QStringList{QStringLiteral("1 2 1 ")} << 0;
    QTest::newRow("no input, no output") << QString() << QStringList{} << 0;
    QTest::newRow("a word instead of a number is refused")
        << QStringLiteral("0 ten\n") << QStringList{QStringLiteral("error ")} << 2;
    QTest::newRow("a missing index is refused")
        << QStringLiteral("10\n") << QStringList{QStringLiteral("error ")} << 2;
    QTest::newRow("n above the limit is refused")
        << QStringLiteral("0 1000000000001\n") << QStringList{QStringLiteral("error ")} << 2;
}

void TestMapJob::workerProtocol()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expectedPrefixes);
    QFETCH(int, exitCode);
    QString inText = input;
    QString outText;
    QTextStream in(&inText);
    QTextStream out(&outText);
    QCOMPARE(MapJob::runWorker(in, out), exitCode);
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expectedPrefixes.size());
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expectedPrefixes.at(i)), qPrintable(lines.at(i)));
}

void TestMapJob::processJobResultsEqualClosedForm()
{
    MapProcessJob job;
    job.setProgram(QStringLiteral(MAP_WORKER_HELPER), {});
    QSignalSpy finished(&job, &MapProcessJob::finished);
    QSignalSpy items(&job, &MapProcessJob::itemFinished);
    const QList<quint64> inputs = MapJob::defaultInputs(500000, 5);
    QVERIFY(job.start({inputs, 2}));
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<MapRunResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.items.size(), 5);
    QCOMPARE(items.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(result.items.at(i).index, i);
        QCOMPARE(result.items.at(i).sum, MapJob::closedForm(inputs.at(i)));
    }
    QCOMPARE(result.workers, 2);
    QVERIFY(result.startupNs > 0);
    const auto lanes = job.recorder()->lanes();
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.at(0).role, TraceLaneRole::Process);
    // Process 1 got items 0, 2, 4 and process 2 got 1, 3, as Pool.map deals them.
    for (const MapItemResult &item : result.items)
        QCOMPARE(item.lane, lanes.at(item.index % 2).id);
}

void TestMapJob::processJobReportsMissingProgram()
{
    MapProcessJob job;
    job.setProgram(QStringLiteral(NETLAB_TESTS_DIR "/no-such-worker-program"), {});
    QSignalSpy finished(&job, &MapProcessJob::finished);
    QVERIFY(job.start({{10, 20}, 2}));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<MapRunResult>();
    QVERIFY(result.error.contains(QLatin1String("no-such-worker-program")));
    QVERIFY(result.items.isEmpty());
    QVERIFY(!job.isRunning());
}

void TestMapJob::processJobCancelKillsWorkers()
{
    MapProcessJob job;
    // By default the job starts the running program itself in worker mode.
    QCOMPARE(job.program(), QCoreApplication::applicationFilePath());
    job.setProgram(QStringLiteral(MAP_WORKER_HELPER), {});
    QSignalSpy finished(&job, &MapProcessJob::finished);
    // Hours of work for each of the two processes.
    QVERIFY(job.start({MapJob::defaultInputs(100000000000ULL, 4), 2}));
    job.cancel();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<MapRunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.items.isEmpty());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!job.isRunning());
}

void TestMapJob::badSettingsRefused_data()
{
    QTest::addColumn<QList<quint64>>("inputs");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no inputs") << QList<quint64>{} << 2 << QStringLiteral("at least one");
    QTest::newRow("n too large names its position")
        << QList<quint64>{1, MapJob::MaxN + 1} << 2 << QStringLiteral("Number 2");
    QTest::newRow("too many inputs") << QList<quint64>(MapJob::MaxInputs + 1, 1) << 2
                                     << QStringLiteral("At most");
    QTest::newRow("no workers") << QList<quint64>{1} << 0 << QStringLiteral("workers");
    QTest::newRow("more workers than twice the cores")
        << QList<quint64>{1} << MapJob::maxWorkers() + 1 << QStringLiteral("workers");
}

void TestMapJob::badSettingsRefused()
{
    QFETCH(QList<quint64>, inputs);
    QFETCH(int, workers);
    QFETCH(QString, mentions);
    MapJob job;
    QVERIFY(!job.start({inputs, workers}));
    QVERIFY2(job.lastError().contains(mentions), qPrintable(job.lastError()));
    QVERIFY(!job.isRunning());
    MapProcessJob processes;
    QVERIFY(!processes.start({inputs, workers}));
    QVERIFY(!processes.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestMapJob)
#include "tst_mapjob.moc"
