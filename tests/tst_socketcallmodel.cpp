#include "socketcallmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// SocketCallModel: rows appear in batches, the oldest are evicted and
// counted, failed calls are marked for the view, and every change passes
// QAbstractItemModelTester.
class TestSocketCallModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTesterThroughAppendEvictAndClear();
    void columnsShowTimeCallAndResult();
    void failedCallsAreMarked_data();
    void failedCallsAreMarked();
    void appendsAreBatchedIntoOneInsertion();
    void flushInsertsAtOnce();
    void boundEvictsOldestAndCounts_data();
    void boundEvictsOldestAndCounts();
    void clearForgetsRowsQueueAndDropped();
    void retranslateAnnouncesHeaders();
};

namespace {
SocketCall call(const QString &function, const QString &arguments = QString(),
                const QString &result = QString(), bool failed = false)
{
    return SocketCall::make(function, arguments, result, failed);
}
} // namespace

void TestSocketCallModel::passesModelTesterThroughAppendEvictAndClear()
{
    SocketCallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(5);
    for (int i = 0; i < 4; ++i)
        model.append(call(QStringLiteral("send"), QString(), QStringLiteral("%1 bytes").arg(i)));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    for (int i = 0; i < 4; ++i)
        model.append(call(QStringLiteral("recv")));
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    model.setMaxRows(2);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSocketCallModel::columnsShowTimeCallAndResult()
{
    SocketCallModel model;
    SocketCall c = call(QStringLiteral("bind"), QStringLiteral("127.0.0.1:8888"), QStringLiteral("0"));
    c.time = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123));
    model.append(c);
    model.flush();
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, SocketCallModel::Time).data().toString(), QStringLiteral("07:08:09.123"));
    QCOMPARE(model.index(0, SocketCallModel::Call).data().toString(), QStringLiteral("bind(127.0.0.1:8888)"));
    QCOMPARE(model.index(0, SocketCallModel::Result).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.headerData(SocketCallModel::Call, Qt::Horizontal).toString(), QStringLiteral("Call"));
    QCOMPARE(model.index(0, 0).data(SocketCallModel::SocketCallRole).value<SocketCall>().arguments,
             QStringLiteral("127.0.0.1:8888"));
}

void TestSocketCallModel::failedCallsAreMarked_data()
{
    QTest::addColumn<bool>("failed");
    QTest::newRow("refused connect is marked failed") << true;
    QTest::newRow("successful bind is not marked") << false;
}

void TestSocketCallModel::failedCallsAreMarked()
{
    QFETCH(bool, failed);
    SocketCallModel model;
    model.append(call(QStringLiteral("connect"), QStringLiteral("127.0.0.1:9"),
                      failed ? QStringLiteral("ECONNREFUSED") : QStringLiteral("0"), failed));
    model.flush();
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(0, column).data(SocketCallModel::FailedRole).toBool(), failed);
}

void TestSocketCallModel::appendsAreBatchedIntoOneInsertion()
{
    SocketCallModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 30; ++i)
        model.append(call(QStringLiteral("recv"), QString(), QStringLiteral("1 bytes")));
    // Nothing shows until the flush timer fires, then all at once.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(inserted.wait(2000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 29);
    QCOMPARE(model.rowCount(), 30);
}

void TestSocketCallModel::flushInsertsAtOnce()
{
    SocketCallModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(call(QStringLiteral("socket")));
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.flush(); // nothing queued: no empty insertion
    QCOMPARE(inserted.count(), 1);
}

void TestSocketCallModel::boundEvictsOldestAndCounts_data()
{
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("appended");
    QTest::addColumn<bool>("flushEach");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("dropped");
    QTest::addColumn<int>("firstKept");

    QTest::newRow("under the bound nothing is dropped") << 10 << 7 << true << 7 << qint64(0) << 0;
    QTest::newRow("exactly at the bound nothing is dropped") << 10 << 10 << true << 10 << qint64(0) << 0;
    QTest::newRow("one over evicts the oldest row") << 10 << 11 << true << 10 << qint64(1) << 1;
    QTest::newRow("flood in one batch keeps the newest") << 10 << 35 << false << 10 << qint64(25) << 25;
    QTest::newRow("default bound is 500")
        << SocketCallModel::DefaultMaxRows << 520 << false << 500 << qint64(20) << 20;
}

void TestSocketCallModel::boundEvictsOldestAndCounts()
{
    QFETCH(int, maxRows);
    QFETCH(int, appended);
    QFETCH(bool, flushEach);
    QFETCH(int, rows);
    QFETCH(qint64, dropped);
    QFETCH(int, firstKept);

    SocketCallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(maxRows);
    QSignalSpy droppedSpy(&model, &SocketCallModel::droppedCountChanged);
    for (int i = 0; i < appended; ++i) {
        model.append(call(QStringLiteral("send"), QString::number(i)));
        if (flushEach)
            model.flush();
    }
    model.flush();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.droppedCount(), dropped);
    QCOMPARE(model.call(0).arguments, QString::number(firstKept));
    QCOMPARE(model.call(rows - 1).arguments, QString::number(appended - 1));
    QCOMPARE(droppedSpy.isEmpty(), dropped == 0);
}

void TestSocketCallModel::clearForgetsRowsQueueAndDropped()
{
    SocketCallModel model;
    model.setMaxRows(2);
    for (int i = 0; i < 5; ++i)
        model.append(call(QStringLiteral("send")));
    model.flush();
    model.append(call(QStringLiteral("queued")));
    QCOMPARE(model.droppedCount(), qint64(3));
    QSignalSpy droppedSpy(&model, &SocketCallModel::droppedCountChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), qint64(0));
    QCOMPARE(droppedSpy.count(), 1);
    model.flush(); // the queued call went with the rest
    QCOMPARE(model.rowCount(), 0);
}

void TestSocketCallModel::retranslateAnnouncesHeaders()
{
    SocketCallModel model;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), SocketCallModel::ColumnCount - 1);
}

QTEST_GUILESS_MAIN(TestSocketCallModel)
#include "tst_socketcallmodel.moc"
