// ThreadDemo: N workers sleeping i units run at the same time, are joined in
// order, can be cancelled, and leave a timeline that exports as nested spans.
#include "threaddemo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestThreadDemo : public QObject
{
    Q_OBJECT
private slots:
    void workersSleepTogetherAndAreJoined();
    void timelineHasOneLanePerThreadAndJoinArrows();
    void cancelWakesSleepers();
    void badSettingsRefused_data();
    void badSettingsRefused();
    void secondStartRefusedWhileRunning();
};

namespace {
constexpr qint64 Ms = 1000000;
}

void TestThreadDemo::workersSleepTogetherAndAreJoined()
{
    ThreadDemo demo;
    QSignalSpy joined(&demo, &ThreadDemo::workerJoined);
    QSignalSpy finished(&demo, &ThreadDemo::finished);
    QVERIFY(demo.start({5, 100}));
    QVERIFY(demo.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!demo.isRunning());

    const auto result = finished.first().first().value<ThreadDemoResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.sleptNs.size(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(result.sleptNs.at(i) >= (i + 1) * 100 * Ms,
                 qPrintable(QString::number(result.sleptNs.at(i))));
    // Together: one after the other, the run would last at least the sum of
    // every worker's sleep (15 units); side by side it lasts about the longest.
    qint64 sumOfSleeps = 0;
    for (const qint64 slept : result.sleptNs)
        sumOfSleeps += slept;
    QVERIFY2(result.elapsedNs >= result.sleptNs.last(), qPrintable(QString::number(result.elapsedNs)));
    QVERIFY2(result.elapsedNs < sumOfSleeps,
             qPrintable(QStringLiteral("%1 ns, sum of sleeps %2 ns").arg(result.elapsedNs).arg(sumOfSleeps)));

    QCOMPARE(joined.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(joined.at(i).first().toInt(), i + 1);
}

void TestThreadDemo::timelineHasOneLanePerThreadAndJoinArrows()
{
    ThreadDemo demo;
    QSignalSpy finished(&demo, &ThreadDemo::finished);
    QVERIFY(demo.start({3, 100}));
    QVERIFY(finished.wait(10000));

    const auto lanes = demo.recorder()->lanes();
    QCOMPARE(lanes.size(), 4);
    QCOMPARE(lanes.at(0).role, TraceLaneRole::Main);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(lanes.at(i).role, TraceLaneRole::Worker);
        QCOMPARE(lanes.at(i).number, i);
        QCOMPARE(lanes.at(i).currentState, TraceState::Finished);
    }
    QCOMPARE(lanes.at(0).currentState, TraceState::Finished);

    int joins = 0;
    int sleeps = 0;
    for (const TraceEvent &event : demo.recorder()->snapshot()) {
        QVERIFY(event.endNs >= event.beginNs);
        if (event.state == TraceState::Joining) {
            QCOMPARE(event.lane, 0);
            ++joins;
        } else if (event.state == TraceState::Sleeping) {
            QCOMPARE(event.lane, int(event.arg));
            QVERIFY(event.endNs - event.beginNs >= event.arg * 100 * Ms);
            ++sleeps;
        }
    }
    QCOMPARE(joins, 3);
    QCOMPARE(sleeps, 3);

    const QJsonDocument document = QJsonDocument::fromJson(demo.recorder()->toChromeTraceJson());
    QVERIFY(document.isObject());
    int starts = 0;
    int ends = 0;
    for (const QJsonValue &value : document.object().value(QLatin1String("traceEvents")).toArray()) {
        const QString ph = value.toObject().value(QLatin1String("ph")).toString();
        starts += ph == QLatin1String("s");
        ends += ph == QLatin1String("f");
    }
    QCOMPARE(starts, 3); // one arrow from each worker's end to its join
    QCOMPARE(ends, 3);
}

void TestThreadDemo::cancelWakesSleepers()
{
    ThreadDemo demo;
    QSignalSpy finished(&demo, &ThreadDemo::finished);
    QVERIFY(demo.start({5, 1000}));
    demo.cancel();
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ThreadDemoResult>();
    QVERIFY(result.cancelled);
    // Uncancelled, worker 5 alone would sleep 5 × 1000 ms.
    QVERIFY2(result.elapsedNs < 5000 * Ms, qPrintable(QString::number(result.elapsedNs)));
    // And it can run again afterwards, uncancelled.
    QVERIFY(demo.start({1, 1}));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.last().first().value<ThreadDemoResult>().cancelled);
}

void TestThreadDemo::badSettingsRefused_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("unitMs");
    QTest::newRow("no workers") << 0 << 100;
    QTest::newRow("more workers than the maximum") << ThreadDemo::MaxWorkers + 1 << 100;
    QTest::newRow("a zero time unit") << 5 << 0;
    QTest::newRow("a negative time unit") << 5 << -100;
}

void TestThreadDemo::badSettingsRefused()
{
    QFETCH(int, workers);
    QFETCH(int, unitMs);
    ThreadDemo demo;
    QVERIFY(!demo.start({workers, unitMs}));
    QVERIFY(!demo.isRunning());
    QVERIFY(!demo.lastError().isEmpty());
    QVERIFY(!ThreadDemo::validate({workers, unitMs}).isEmpty());
}

void TestThreadDemo::secondStartRefusedWhileRunning()
{
    ThreadDemo demo;
    QSignalSpy finished(&demo, &ThreadDemo::finished);
    QVERIFY(demo.start({2, 100}));
    QVERIFY(!demo.start({2, 100}));
    QVERIFY(!demo.lastError().isEmpty());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestThreadDemo)
#include "tst_threaddemo.moc"
