// TraceRecorder: lock-free per-thread lanes, snapshots and draining across
// chunk boundaries, concurrent writers, and the Chrome trace-event export.
#include "tracerecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

namespace {

// Empty when every tid's X events nest (disjoint or contained); otherwise says where they overlap.
QString nestingProblem(const QJsonArray &events)
{
    QHash<int, QList<QPair<double, double>>> spans;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("ph")).toString() != QLatin1String("X"))
            continue;
        const double ts = event.value(QLatin1String("ts")).toDouble();
        spans[event.value(QLatin1String("tid")).toInt()].append(
            {ts, ts + event.value(QLatin1String("dur")).toDouble()});
    }
    constexpr double Epsilon = 1e-6;
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        auto list = it.value();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first < b.first || (a.first == b.first && a.second > b.second);
        });
        QList<double> openEnds;
        for (const auto &span : list) {
            while (!openEnds.isEmpty() && openEnds.last() <= span.first + Epsilon)
                openEnds.removeLast();
            if (!openEnds.isEmpty() && span.second > openEnds.last() + Epsilon)
                return QStringLiteral("tid %1: span at %2 µs overlaps its parent")
                    .arg(it.key())
                    .arg(span.first);
            openEnds.append(span.second);
        }
    }
    return QString();
}

QJsonArray parseTrace(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QJsonArray();
    return document.object().value(QLatin1String("traceEvents")).toArray();
}

QJsonObject xEvent(int tid, double ts, double dur)
{
    return QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                       {QStringLiteral("tid"), tid},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("dur"), dur}};
}

} // namespace

class TestTraceRecorder : public QObject
{
    Q_OBJECT
private slots:
    void snapshotKeepsOrderAcrossChunks_data();
    void snapshotKeepsOrderAcrossChunks();
    void takeNewReturnsEachEventOnce();
    void concurrentWritersLoseNothing();
    void laneForCurrentThreadIsPerThread();
    void currentStateIsReadable();
    void clearStartsAgain();
    void nestingCheckCatchesOverlap_data();
    void nestingCheckCatchesOverlap();
    void chromeJsonParsesAndNests();
    void chromeJsonDropsHalfFlows();
    void labelsAreDistinct();
};

void TestTraceRecorder::snapshotKeepsOrderAcrossChunks_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty lane") << 0;
    QTest::newRow("one event") << 1;
    QTest::newRow("one short of a full chunk") << TraceLane::ChunkSize - 1;
    QTest::newRow("exactly one full chunk") << TraceLane::ChunkSize;
    QTest::newRow("one into the second chunk") << TraceLane::ChunkSize + 1;
    QTest::newRow("several chunks and a bit") << 3 * TraceLane::ChunkSize + 17;
}

void TestTraceRecorder::snapshotKeepsOrderAcrossChunks()
{
    QFETCH(int, count);
    TraceRecorder recorder;
    // The second run writes into chunks recycled by clear(): none of the
    // first run's events may show through.
    for (qint64 offset : {qint64(0), qint64(1000000)}) {
        recorder.clear();
        TraceLane *lane = recorder.addLane(TraceLaneRole::Worker);
        for (int i = 0; i < count; ++i)
            lane->record(TraceState::Running, "e", "test", i, i + 1, offset + i);
        const QList<TraceEvent> events = recorder.snapshot();
        QCOMPARE(events.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(events.at(i).arg, offset + i);
            QCOMPARE(events.at(i).lane, lane->id());
        }
        QCOMPARE(lane->eventCount(), qint64(count));
    }
}

void TestTraceRecorder::takeNewReturnsEachEventOnce()
{
    TraceRecorder recorder;
    TraceLane *a = recorder.addLane(TraceLaneRole::Worker);
    TraceLane *b = recorder.addLane(TraceLaneRole::Worker);
    qint64 nextA = 0;
    qint64 seenA = 0;
    qint64 seenB = 0;
    // Batches that end before, on and after chunk boundaries.
    for (int batch :
         {5, TraceLane::ChunkSize - 5, 1, TraceLane::ChunkSize, 2 * TraceLane::ChunkSize + 3, 0}) {
        for (int i = 0; i < batch; ++i)
            a->record(TraceState::Running, "a", "test", 0, 1, nextA++);
        b->record(TraceState::Sleeping, "b", "test", 0, 1, seenB);
        const QList<TraceEvent> fresh = recorder.takeNew();
        for (const TraceEvent &event : fresh) {
            if (event.lane == a->id())
                QCOMPARE(event.arg, seenA++);
            else
                QCOMPARE(event.arg, seenB++);
        }
        QCOMPARE(seenA, nextA);
    }
    QVERIFY(recorder.takeNew().isEmpty());
    QCOMPARE(recorder.snapshot().size(), qsizetype(nextA + seenB));
}

void TestTraceRecorder::concurrentWritersLoseNothing()
{
    constexpr int Threads = 4;
    constexpr int PerThread = 20000;
    TraceRecorder recorder;
    std::atomic<int> running{Threads};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&recorder, &running] {
            TraceLane *lane = recorder.laneForCurrentThread(TraceLaneRole::Thread);
            for (int i = 0; i < PerThread; ++i) {
                const qint64 now = lane->nowNs();
                lane->record(TraceState::Running, "w", "test", now, now, i);
            }
            running.fetch_sub(1);
        });
    }
    // The reader drains while the writers write; every event must come out once, in order.
    QHash<int, qint64> next;
    qint64 total = 0;
    auto drain = [&] {
        for (const TraceEvent &event : recorder.takeNew()) {
            QCOMPARE(event.arg, next.value(event.lane));
            next[event.lane] = event.arg + 1;
            ++total;
        }
    };
    while (running.load() > 0) {
        drain();
        std::this_thread::yield();
    }
    for (auto &thread : threads)
        thread.join();
    drain();
    QCOMPARE(total, qint64(Threads) * PerThread);
    QCOMPARE(recorder.lanes().size(), Threads);
}

void TestTraceRecorder::laneForCurrentThreadIsPerThread()
{
    TraceRecorder recorder;
    TraceLane *mine = recorder.laneForCurrentThread(TraceLaneRole::Main);
    QCOMPARE(recorder.laneForCurrentThread(TraceLaneRole::Main), mine);
    TraceLane *other = nullptr;
    std::thread([&recorder, &other] {
        other = recorder.laneForCurrentThread(TraceLaneRole::PoolThread);
    }).join();
    QVERIFY(other != nullptr);
    QVERIFY(other != mine);
    QCOMPARE(other->role(), TraceLaneRole::PoolThread);
    QCOMPARE(other->number(), 1);

    // A second recorder gives this thread a lane of its own, and the first still returns the old one.
    TraceRecorder second;
    TraceLane *inSecond = second.laneForCurrentThread(TraceLaneRole::Main);
    QVERIFY(inSecond != mine);
    QCOMPARE(recorder.laneForCurrentThread(TraceLaneRole::Main), mine);
}

void TestTraceRecorder::currentStateIsReadable()
{
    TraceRecorder recorder;
    TraceLane *lane = recorder.addLane(TraceLaneRole::Worker, 3);
    lane->setCurrent(TraceState::WaitingForLock, 123456789);
    QCOMPARE(lane->currentState(), TraceState::WaitingForLock);
    QCOMPARE(lane->currentSinceNs(), qint64(123456789));
    const auto lanes = recorder.lanes();
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(lanes.first().number, 3);
    QCOMPARE(lanes.first().currentState, TraceState::WaitingForLock);
}

void TestTraceRecorder::clearStartsAgain()
{
    TraceRecorder recorder;
    TraceLane *before = recorder.laneForCurrentThread(TraceLaneRole::Main);
    before->record(TraceState::Running, "x", "test", 0, 1);
    recorder.clear();
    QVERIFY(recorder.snapshot().isEmpty());
    QVERIFY(recorder.lanes().isEmpty());
    TraceLane *after = recorder.laneForCurrentThread(TraceLaneRole::Main);
    QCOMPARE(after->id(), 0);
    QCOMPARE(recorder.lanes().size(), 1);
    QVERIFY(recorder.nowNs() >= 0);
}

void TestTraceRecorder::nestingCheckCatchesOverlap_data()
{
    QTest::addColumn<QJsonArray>("events");
    QTest::addColumn<bool>("nests");
    QTest::newRow("disjoint spans nest") << QJsonArray{xEvent(1, 0, 10), xEvent(1, 10, 5)} << true;
    QTest::newRow("a child inside its parent nests") << QJsonArray{xEvent(1, 0, 10), xEvent(1, 2, 3)} << true;
    QTest::newRow("zero-length span at its parent's start nests")
        << QJsonArray{xEvent(1, 0, 0), xEvent(1, 0, 10)} << true;
    QTest::newRow("overlap on one thread is caught")
        << QJsonArray{xEvent(1, 0, 10), xEvent(1, 5, 10)} << false;
    QTest::newRow("overlap across threads is allowed")
        << QJsonArray{xEvent(1, 0, 10), xEvent(2, 5, 10)} << true;
}

void TestTraceRecorder::nestingCheckCatchesOverlap()
{
    QFETCH(QJsonArray, events);
    QFETCH(bool, nests);
    QCOMPARE(nestingProblem(events).isEmpty(), nests);
}

void TestTraceRecorder::chromeJsonParsesAndNests()
{
    TraceRecorder recorder;
    TraceLane *mainLane = recorder.addLane(TraceLaneRole::Main);
    TraceLane *worker = recorder.addLane(TraceLaneRole::Worker, 1);
    const quint64 flow = recorder.newFlowId();
    worker->record(TraceState::Sleeping, "sleep", "threads", 1000, 5000, 1, flow);
    mainLane->record(TraceState::Running, "outer", "threads", 0, 9000);
    mainLane->record(TraceState::Joining, "join", "threads", 2000, 6000, 1, 0, flow);

    const QJsonArray events = parseTrace(recorder.toChromeTraceJson());
    QVERIFY(!events.isEmpty());
    QCOMPARE(nestingProblem(events), QString());
    int xCount = 0;
    QSet<int> named;
    QJsonObject flowStart;
    QJsonObject flowEnd;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString ph = event.value(QLatin1String("ph")).toString();
        if (ph == QLatin1String("X")) {
            ++xCount;
            QVERIFY(event.contains(QLatin1String("ts")));
            QVERIFY(event.contains(QLatin1String("dur")));
            QVERIFY(event.contains(QLatin1String("pid")));
        } else if (ph == QLatin1String("M")
                   && event.value(QLatin1String("name")).toString() == QLatin1String("thread_name")) {
            named.insert(event.value(QLatin1String("tid")).toInt());
            QVERIFY(!event.value(QLatin1String("args"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString()
                         .isEmpty());
        } else if (ph == QLatin1String("s")) {
            flowStart = event;
        } else if (ph == QLatin1String("f")) {
            flowEnd = event;
        }
    }
    QCOMPARE(xCount, 3);
    QCOMPARE(named, (QSet<int>{mainLane->id() + 1, worker->id() + 1}));
    QCOMPARE(flowStart.value(QLatin1String("tid")).toInt(), worker->id() + 1);
    QCOMPARE(flowEnd.value(QLatin1String("tid")).toInt(), mainLane->id() + 1);
    QCOMPARE(flowStart.value(QLatin1String("id")).toDouble(), flowEnd.value(QLatin1String("id")).toDouble());
    // ts is in microseconds: the flow leaves inside the 1..5 µs sleep and lands at the join's start.
    QVERIFY(flowStart.value(QLatin1String("ts")).toDouble() > 1.0);
    QVERIFY(flowStart.value(QLatin1String("ts")).toDouble() <= 5.0);
    QCOMPARE(flowEnd.value(QLatin1String("ts")).toDouble(), 2.0);
    QCOMPARE(flowEnd.value(QLatin1String("bp")).toString(), QStringLiteral("e"));
}

void TestTraceRecorder::chromeJsonDropsHalfFlows()
{
    TraceRecorder recorder;
    TraceLane *lane = recorder.addLane(TraceLaneRole::Thread);
    lane->record(TraceState::HoldingLock, "held", "locks", 0, 10, -1, recorder.newFlowId());
    int flows = 0;
    for (const QJsonValue &value : parseTrace(recorder.toChromeTraceJson())) {
        const QString ph = value.toObject().value(QLatin1String("ph")).toString();
        if (ph == QLatin1String("s") || ph == QLatin1String("f"))
            ++flows;
    }
    QCOMPARE(flows, 0);
}

void TestTraceRecorder::labelsAreDistinct()
{
    const QList<TraceState> states{TraceState::Running,     TraceState::Sleeping, TraceState::WaitingForLock,
                                   TraceState::HoldingLock, TraceState::Joining,  TraceState::Starting,
                                   TraceState::Finished,    TraceState::Cancelled};
    QSet<QString> labels;
    QSet<QString> ids;
    for (TraceState state : states) {
        labels.insert(TraceRecorder::stateLabel(state));
        ids.insert(TraceRecorder::stateId(state));
    }
    QCOMPARE(labels.size(), states.size());
    QCOMPARE(ids.size(), states.size());
    QVERIFY(!labels.contains(QString()));
    QCOMPARE(TraceRecorder::laneLabel(TraceLaneRole::PoolThread, 2), QStringLiteral("pool thread 2"));
}

QTEST_GUILESS_MAIN(TestTraceRecorder)
#include "tst_tracerecorder.moc"
