// DataChunkModel: the bounded, batched log behind the TCP Client and UDP tabs.
#include "datachunkmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

DataChunkModel::Chunk chunk(const QByteArray &bytes, const QString &label = QStringLiteral("#1"))
{
    DataChunkModel::Chunk c;
    c.label = label;
    c.endpoint = QStringLiteral("127.0.0.1:5000");
    c.bytes = bytes;
    return c;
}

QString cell(const DataChunkModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestDataChunkModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsAndRows();
    void batching();
    void eviction();
    void overflowingQueue();
    void displayModes();
    void encodingSwitch();
    void clearAndRelabel();
    void headers();
};

void TestDataChunkModel::columnsAndRows()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(DataChunkModel::ColumnCount));
    QCOMPARE(model.capacity(), DataChunkModel::DefaultCapacity);
    model.append(chunk("welcome"));
    QCOMPARE(model.rowCount(), 0); // queued, not shown yet
    QCOMPARE(model.pendingCount(), 1);
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DataChunkModel::LabelColumn), QStringLiteral("#1"));
    QCOMPARE(cell(model, 0, DataChunkModel::EndpointColumn), QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(cell(model, 0, DataChunkModel::SizeColumn), QStringLiteral("7"));
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("welcome"));
    QCOMPARE(cell(model, 0, DataChunkModel::HexColumn), QStringLiteral("77 65 6c 63 6f 6d 65"));
    QCOMPARE(cell(model, 0, DataChunkModel::TimeColumn).size(), 12); // HH:mm:ss.zzz
    QCOMPARE(model.data(model.index(0, 0), DataChunkModel::BytesRole).toByteArray(), QByteArray("welcome"));
    QCOMPARE(model.chunk(0).bytes, QByteArray("welcome"));

    // A capped copy still shows the real size of the read.
    DataChunkModel::Chunk capped = chunk("abc");
    capped.totalSize = 70000;
    model.append(capped);
    model.flush();
    QCOMPARE(cell(model, 1, DataChunkModel::SizeColumn), QLocale().toString(70000));
    QCOMPARE(cell(model, 1, DataChunkModel::HexColumn), QStringLiteral("61 62 63"));
}

void TestDataChunkModel::batching()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy flushed(&model, &DataChunkModel::flushed);
    for (int i = 0; i < 100; ++i)
        model.append(chunk(QByteArray::number(i)));
    QCOMPARE(inserted.count(), 0);
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 99);
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(cell(model, 99, DataChunkModel::DataColumn), QStringLiteral("99"));
    QTest::qWait(2 * DataChunkModel::FlushIntervalMs);
    QCOMPARE(inserted.count(), 1); // nothing queued: no more flushes
}

void TestDataChunkModel::eviction()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(&model, &DataChunkModel::droppedCountChanged);
    for (int i = 0; i < 3; ++i)
        model.append(chunk(QByteArray::number(i)));
    model.flush();
    QCOMPARE(removed.count(), 0);
    for (int i = 3; i < 7; ++i)
        model.append(chunk(QByteArray::number(i)));
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.droppedCount(), quint64(2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(dropped.count(), 1);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(cell(model, row, DataChunkModel::DataColumn), QString::number(row + 2));

    // Around the ring several times, one row at a time.
    for (int i = 7; i < 20; ++i) {
        model.append(chunk(QByteArray::number(i)));
        model.flush();
    }
    QCOMPARE(model.droppedCount(), quint64(15));
    for (int row = 0; row < 5; ++row)
        QCOMPARE(cell(model, row, DataChunkModel::DataColumn), QString::number(row + 15));

    // Shrinking evicts from the front; growing keeps the order.
    model.setCapacity(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.droppedCount(), quint64(17));
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("17"));
    model.setCapacity(10);
    model.append(chunk("20"));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 3, DataChunkModel::DataColumn), QStringLiteral("20"));
}

void TestDataChunkModel::overflowingQueue()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    for (int i = 0; i < 4; ++i)
        model.append(chunk(QByteArray::number(i)));
    model.flush();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 4; i < 29; ++i)
        model.append(chunk(QByteArray::number(i)));
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.droppedCount(), quint64(19));
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("19"));
    QCOMPARE(cell(model, 9, DataChunkModel::DataColumn), QStringLiteral("28"));
}

void TestDataChunkModel::displayModes()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(chunk("hello\n"));
    model.flush();
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("hello\\n"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayMode(DataChunkModel::DisplayMode::Hex);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("68 65 6c 6c 6f 0a"));
    model.setDisplayMode(DataChunkModel::DisplayMode::Text);
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("hello\\n"));

    model.setPreviewLimits(3, 2);
    QVERIFY(cell(model, 0, DataChunkModel::DataColumn).size() <= 4);
    QVERIFY(cell(model, 0, DataChunkModel::HexColumn).startsWith(QStringLiteral("68 65")));
    QVERIFY(!cell(model, 0, DataChunkModel::HexColumn).contains(QStringLiteral("6c")));
}

void TestDataChunkModel::encodingSwitch()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray nihao("\xe4\xbd\xa0\xe5\xa5\xbd"); // 你好 in UTF-8
    model.append(chunk(nihao));
    model.flush();
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("你好"));
    model.setEncoding(QStringLiteral("ISO-8859-1"));
    QCOMPARE(model.encoding(), QStringLiteral("ISO-8859-1"));
    const QString latin1 = cell(model, 0, DataChunkModel::DataColumn);
    QVERIFY(latin1 != QStringLiteral("你好"));
    QCOMPARE(latin1.size(), 6);
    model.setEncoding(QStringLiteral("UTF-8"));
    QCOMPARE(cell(model, 0, DataChunkModel::DataColumn), QStringLiteral("你好"));
    // The hex column does not depend on the encoding.
    QCOMPARE(cell(model, 0, DataChunkModel::HexColumn), QStringLiteral("e4 bd a0 e5 a5 bd"));
}

void TestDataChunkModel::clearAndRelabel()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(2);
    for (int i = 0; i < 3; ++i) {
        DataChunkModel::Chunk c = chunk("x", QStringLiteral("Receiver"));
        c.tag = i;
        model.append(c);
    }
    model.flush();
    QCOMPARE(model.droppedCount(), quint64(1));
    QCOMPARE(model.data(model.index(1, 0), DataChunkModel::TagRole).toInt(), 2);
    model.relabel([](const DataChunkModel::Chunk &c) { return QStringLiteral("R%1").arg(c.tag.toInt()); });
    QCOMPARE(cell(model, 0, DataChunkModel::LabelColumn), QStringLiteral("R1"));
    model.append(chunk("queued"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.droppedCount(), quint64(0));
    QTest::qWait(2 * DataChunkModel::FlushIntervalMs);
    QCOMPARE(model.rowCount(), 0);
}

void TestDataChunkModel::headers()
{
    DataChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(DataChunkModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
    QSignalSpy spy(&model, &QAbstractItemModel::headerDataChanged);
    model.setHeaderText(DataChunkModel::SizeColumn, QStringLiteral("Bytes"));
    QCOMPARE(model.headerData(DataChunkModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Bytes"));
    model.retranslate();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(model.headerData(DataChunkModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Bytes"));
    model.setHeaderText(DataChunkModel::SizeColumn, {});
    QCOMPARE(model.headerData(DataChunkModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
}

QTEST_GUILESS_MAIN(TestDataChunkModel)
#include "tst_datachunkmodel.moc"
