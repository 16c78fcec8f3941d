// The traffic log model: a bounded, batched ring buffer. Every test runs with
// QAbstractItemModelTester attached, so each insert, eviction and reset is
// also checked for consistency with the item-model contract.
#include "textcodecs.h"
#include "trafficevent.h"
#include "trafficlogmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

#include <memory>

namespace {

TrafficEvent makeEvent(int serial, const QByteArray &payload = QByteArray("ping"),
                       TrafficKind kind = TrafficKind::Sent)
{
    TrafficEvent event;
    event.time = QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 123));
    event.tab = QStringLiteral("tcp-client");
    event.kind = kind;
    event.protocol = TrafficProtocol::Tcp;
    event.local = QStringLiteral("127.0.0.1:%1").arg(40000 + serial);
    event.peer = QStringLiteral("127.0.0.1:8888");
    event.payload = payload;
    return event;
}

// The serial number makeEvent() put into the local port.
int serialOf(const TrafficEvent &event)
{
    return event.local.section(u':', 1).toInt() - 40000;
}

QString cell(const TrafficLogModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestTrafficLogModel final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void columnsHaveHeaders();
    void appendWaitsForTheFlushTimer();
    void thousandAppendsGiveOneInsert();
    void displayText_data();
    void displayText();
    void previewHexOnDemand();
    void bytesColumnIsARightAlignedNumber();
    void eventAtKeepsTheEvent();
    void evictionAtCapacity();
    void moreThanCapacityInOneFlush_data();
    void moreThanCapacityInOneFlush();
    void floodsAndTricklesKeepOrder();
    void evictedRowsReleaseTheirMemory();
    void bigLogPacksSmallPayloads();
    void packedFloodsAndTricklesKeepOrder();
    void manyEndpointsKeepTheirText();
    void shrinkingCapacityEvictsAtOnce();
    void clearDropsRowsAndQueue();
    void payloadIsCutPerRow();
    void payloadBudgetEvictsOldest_data();
    void payloadBudgetEvictsOldest();
    void retranslateAnnouncesTranslatedColumns();

private:
    std::unique_ptr<TrafficLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrafficLogModel::init()
{
    m_model = std::make_unique<TrafficLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTrafficLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTrafficLogModel::columnsHaveHeaders()
{
    QCOMPARE(m_model->columnCount(), int(TrafficLogModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 9);
    for (int column = 0; column < m_model->columnCount(); ++column)
        QVERIFY2(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty(),
                 qPrintable(QString::number(column)));
    QCOMPARE(m_model->headerData(TrafficLogModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QCOMPARE(m_model->headerData(TrafficLogModel::Preview, Qt::Horizontal).toString(),
             QStringLiteral("Preview"));
    QCOMPARE(m_model->capacity(), TrafficLogModel::DefaultCapacity);
    QCOMPARE(m_model->capacity(), 100000);
}

void TestTrafficLogModel::appendWaitsForTheFlushTimer()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QElapsedTimer clock;
    clock.start();
    m_model->append(makeEvent(1));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 1);
    QVERIFY(inserted.wait(2000));
    // Not before the batching interval (a coarse timer may fire 5% early).
    QVERIFY2(clock.elapsed() >= TrafficLogModel::FlushIntervalMs * 9 / 10,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->pendingCount(), 0);
}

void TestTrafficLogModel::thousandAppendsGiveOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 1000; ++i)
        m_model->append(makeEvent(i));
    QCOMPARE(inserted.count(), 0);
    QVERIFY(inserted.wait(2000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(removed.count(), 0);
    // Nothing is left for a second insert.
    QCOMPARE(m_model->pendingCount(), 0);
    QVERIFY(!inserted.wait(TrafficLogModel::FlushIntervalMs * 3));
    QCOMPARE(inserted.count(), 1);
    for (int row : {0, 1, 500, 999})
        QCOMPARE(serialOf(m_model->eventAt(row)), row);
}

void TestTrafficLogModel::displayText_data()
{
    QTest::addColumn<TrafficEvent>("event");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const TrafficEvent sent = makeEvent(1, QByteArray("time\n"), TrafficKind::Sent);
    TrafficEvent received = makeEvent(2, QByteArray("hello"), TrafficKind::Received);
    received.tab = QStringLiteral("tcp-server");
    TrafficEvent udp = makeEvent(3);
    udp.protocol = TrafficProtocol::Udp;
    udp.tab = QStringLiteral("udp");
    TrafficEvent listening = makeEvent(4, QByteArray(), TrafficKind::Listening);
    listening.peer.clear();
    listening.note = QStringLiteral("Listening on all addresses");
    TrafficEvent error = makeEvent(5, QByteArray(), TrafficKind::Error);
    error.note = QStringLiteral("Connection refused:\nnobody listens on port 8888");

    QTest::newRow("time is hh:mm:ss.zzz")
        << sent << int(TrafficLogModel::Time) << QStringLiteral("21:03:04.123");
    QTest::newRow("tab shows its title")
        << received << int(TrafficLogModel::Tab) << QStringLiteral("TCP Server");
    QTest::newRow("sent points right") << sent << int(TrafficLogModel::Direction) << QStringLiteral("→");
    QTest::newRow("received points left")
        << received << int(TrafficLogModel::Direction) << QStringLiteral("←");
    QTest::newRow("listening has no direction") << listening << int(TrafficLogModel::Direction) << QString();
    QTest::newRow("event label") << received << int(TrafficLogModel::Event) << QStringLiteral("received");
    QTest::newRow("tcp upper-case") << sent << int(TrafficLogModel::Protocol) << QStringLiteral("TCP");
    QTest::newRow("udp upper-case") << udp << int(TrafficLogModel::Protocol) << QStringLiteral("UDP");
    QTest::newRow("local endpoint") << sent << int(TrafficLogModel::Local)
                                    << QStringLiteral("127.0.0.1:40001");
    QTest::newRow("peer endpoint") << sent << int(TrafficLogModel::Peer) << QStringLiteral("127.0.0.1:8888");
    QTest::newRow("no peer is empty") << listening << int(TrafficLogModel::Peer) << QString();
    QTest::newRow("bytes is the payload size") << sent << int(TrafficLogModel::Bytes) << QStringLiteral("5");
    QTest::newRow("newline is escaped in the preview")
        << sent << int(TrafficLogModel::Preview) << QStringLiteral("time\\n");

    TrafficEvent controls = makeEvent(6, QByteArray("a\tb\r\n\x00z", 7));
    QTest::newRow("control bytes never break the line")
        << controls << int(TrafficLogModel::Preview) << QStringLiteral("a\\tb\\r\\n\\0z");

    TrafficEvent utf8 = makeEvent(7, QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd"));
    QTest::newRow("utf-8 decoded") << utf8 << int(TrafficLogModel::Preview) << QStringLiteral("你好");

    TrafficEvent invalid = makeEvent(8, QByteArray("ok\xff"));
    QTest::newRow("invalid utf-8 byte shows U+FFFD")
        << invalid << int(TrafficLogModel::Preview) << QStringLiteral("ok\uFFFD");

    TrafficEvent gbk = makeEvent(9, QByteArray("\xc4\xe3\xba\xc3"));
    gbk.encoding = QStringLiteral("GBK");
    QTest::newRow("gbk decoded in the event's encoding")
        << gbk << int(TrafficLogModel::Preview) << QStringLiteral("你好");

    TrafficEvent longAscii = makeEvent(10, QByteArray(1000, 'a'));
    QTest::newRow("long text cut at 200 characters")
        << longAscii << int(TrafficLogModel::Preview) << QString(200, u'a') + u'…';

    // 100 characters of 3 UTF-8 bytes: the 256-byte window ends inside the
    // 86th character, which must not show up as an invalid byte.
    QByteArray chinese;
    for (int i = 0; i < 100; ++i)
        chinese += "\xe4\xbd\xa0";
    TrafficEvent split = makeEvent(11, chinese);
    QTest::newRow("character split by the preview window is not shown as invalid")
        << split << int(TrafficLogModel::Preview) << QString(85, u'你') + u'…';

    QTest::newRow("no payload previews the note")
        << error << int(TrafficLogModel::Preview)
        << QStringLiteral("Connection refused:\\nnobody listens on port 8888");
}

void TestTrafficLogModel::displayText()
{
    QFETCH(TrafficEvent, event);
    QFETCH(int, column);
    QFETCH(QString, expected);
    if (!TextCodecs::isAvailable(event.encoding))
        QSKIP("this Qt has no converter for the row's encoding");
    m_model->append(event);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, column), expected);
}

void TestTrafficLogModel::previewHexOnDemand()
{
    m_model->append(makeEvent(1, QByteArray("time\n")));
    m_model->append(makeEvent(2, QByteArray(100, '\x01')));
    m_model->flush();
    QCOMPARE(cell(*m_model, 0, TrafficLogModel::Preview), QStringLiteral("time\\n"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setPreviewHex(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, TrafficLogModel::Preview));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, TrafficLogModel::Preview));
    QCOMPARE(cell(*m_model, 0, TrafficLogModel::Preview), QStringLiteral("74 69 6d 65 0a"));
    // A long payload: a line of hex, cut.
    const QString longHex = cell(*m_model, 1, TrafficLogModel::Preview);
    QVERIFY(longHex.startsWith(QStringLiteral("01 01 01")));
    QVERIFY(longHex.endsWith(u'…'));
    QVERIFY2(longHex.size() <= TrafficLogModel::PreviewChars + 2, qPrintable(longHex));

    m_model->setPreviewHex(true);
    QCOMPARE(changed.count(), 1); // no change, no signal
    m_model->setPreviewHex(false);
    QCOMPARE(cell(*m_model, 0, TrafficLogModel::Preview), QStringLiteral("time\\n"));
}

void TestTrafficLogModel::bytesColumnIsARightAlignedNumber()
{
    m_model->append(makeEvent(1, QByteArray(1234, 'x')));
    m_model->flush();
    const QVariant bytes = m_model->data(m_model->index(0, TrafficLogModel::Bytes));
    QCOMPARE(bytes.typeId(), QMetaType::LongLong);
    QCOMPARE(bytes.toLongLong(), 1234);
    const int alignment
        = m_model->data(m_model->index(0, TrafficLogModel::Bytes), Qt::TextAlignmentRole).toInt();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestTrafficLogModel::eventAtKeepsTheEvent()
{
    TrafficEvent event = makeEvent(7, QByteArray("\x00\x01\xff", 3), TrafficKind::Received);
    event.tab = QStringLiteral("udp");
    event.protocol = TrafficProtocol::Udp;
    event.encoding = QStringLiteral("GBK");
    event.note = QStringLiteral("from a broadcast");
    m_model->append(event);
    m_model->flush();
    const TrafficEvent &kept = m_model->eventAt(0);
    QCOMPARE(kept.time, event.time);
    QCOMPARE(kept.tab, event.tab);
    QCOMPARE(kept.kind, event.kind);
    QCOMPARE(kept.protocol, event.protocol);
    QCOMPARE(kept.local, event.local);
    QCOMPARE(kept.peer, event.peer);
    QCOMPARE(kept.payload, event.payload);
    QCOMPARE(kept.encoding, event.encoding);
    QCOMPARE(kept.note, event.note);
    QCOMPARE(m_model->originalPayloadSize(0), 3);
    QCOMPARE(m_model->keptPayloadBytes(), 3);
}

void TestTrafficLogModel::evictionAtCapacity()
{
    m_model->setCapacity(10);
    for (int i = 0; i < 10; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->evictedCount(), 0u);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy evicted(m_model.get(), &TrafficLogModel::evictedCountChanged);
    for (int i = 10; i < 13; ++i)
        m_model->append(makeEvent(i));
    QVERIFY(inserted.wait(2000));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 7);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(serialOf(m_model->eventAt(0)), 3);
    QCOMPARE(serialOf(m_model->eventAt(9)), 12);
    QCOMPARE(m_model->evictedCount(), 3u);
    QCOMPARE(evicted.count(), 1);
    QCOMPARE(evicted.at(0).at(0).toULongLong(), 3u);

    // The ring wraps around many times and stays in order.
    for (int i = 13; i < 100; ++i) {
        m_model->append(makeEvent(i));
        if (i % 7 == 0)
            m_model->flush();
    }
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(serialOf(m_model->eventAt(row)), 90 + row);
    QCOMPARE(m_model->evictedCount(), 90u);
}

void TestTrafficLogModel::moreThanCapacityInOneFlush_data()
{
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<int>("incoming");
    QTest::addColumn<int>("removedRows"); // 0: no removal signal
    QTest::addColumn<int>("evicted");

    QTest::newRow("empty log, 25 events: only the newest 10 become rows") << 0 << 25 << 0 << 15;
    QTest::newRow("full log, 25 events: all rows go in one removal") << 10 << 25 << 10 << 25;
    QTest::newRow("half-full log, exactly capacity events") << 5 << 10 << 5 << 5;
    QTest::newRow("half-full log, capacity plus one") << 5 << 11 << 5 << 6;
}

void TestTrafficLogModel::moreThanCapacityInOneFlush()
{
    QFETCH(int, rowsBefore);
    QFETCH(int, incoming);
    QFETCH(int, removedRows);
    QFETCH(int, evicted);

    m_model->setCapacity(10);
    int serial = 0;
    for (; serial < rowsBefore; ++serial)
        m_model->append(makeEvent(serial));
    m_model->flush();

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < incoming; ++i, ++serial)
        m_model->append(makeEvent(serial));
    QVERIFY(m_model->pendingCount() <= 10); // the queue is bounded too
    m_model->flush();

    QCOMPARE(removed.count(), removedRows > 0 ? 1 : 0);
    if (removedRows > 0) {
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), removedRows - 1);
    }
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 10 - std::max(0, 10 - rowsBefore - incoming));
    QCOMPARE(serialOf(m_model->eventAt(m_model->rowCount() - 1)), serial - 1);
    QCOMPARE(serialOf(m_model->eventAt(0)), serial - m_model->rowCount());
    QCOMPARE(m_model->evictedCount(), quint64(evicted));
}

void TestTrafficLogModel::floodsAndTricklesKeepOrder()
{
    // Floods replace every row at once (the queue becomes the rows); trickles
    // evict a few and move a few. Mixed, the rows must stay the newest ones,
    // in order, with the byte count right.
    m_model->setCapacity(10);
    int serial = 0;
    const int sizes[] = {25, 3, 10, 1, 11, 7, 4, 30, 2, 9, 10, 10, 5};
    for (const int incoming : sizes) {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const int before = m_model->rowCount();
        for (int i = 0; i < incoming; ++i, ++serial)
            m_model->append(makeEvent(serial, QByteArray(serial % 7 + 1, 'p')));
        m_model->flush();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), before + std::min(incoming, 10) > 10 ? 1 : 0);
        const int rows = std::min(serial, 10);
        QCOMPARE(m_model->rowCount(), rows);
        qint64 bytes = 0;
        for (int row = 0; row < rows; ++row) {
            const TrafficEvent &event = m_model->eventAt(row);
            QCOMPARE(serialOf(event), serial - rows + row);
            QCOMPARE(event.payload, QByteArray(serialOf(event) % 7 + 1, 'p'));
            bytes += event.payload.size();
        }
        QCOMPARE(m_model->keptPayloadBytes(), bytes);
        QCOMPARE(m_model->evictedCount(), quint64(serial - rows));
    }
}

void TestTrafficLogModel::evictedRowsReleaseTheirMemory()
{
    // Payloads the test keeps a reference to: when the model lets go of an
    // evicted row, the test's copy is the only one left (isDetached()).
    m_model->setCapacity(2);
    QList<QByteArray> payloads;
    for (int i = 0; i < 5; ++i)
        payloads += QByteArray(100, char('a' + i)); // small: released lazily
    payloads += QByteArray(4096, 'L'); // large: released at once
    const auto shared = [&payloads](int i) {
        return !payloads.at(i).isDetached();
    };

    m_model->append(makeEvent(0, payloads.at(0)));
    m_model->append(makeEvent(1, payloads.at(1)));
    m_model->flush();
    QVERIFY(shared(0) && shared(1));
    m_model->append(makeEvent(2, payloads.at(2)));
    m_model->append(makeEvent(3, payloads.at(3)));
    m_model->append(makeEvent(4, payloads.at(4))); // pushes 2 out of the queue
    QVERIFY(!shared(2)); // dropped from the queue: released now
    m_model->flush(); // 3 and 4 replace 0 and 1
    QCOMPARE(serialOf(m_model->eventAt(0)), 3);
    QCOMPARE(m_model->evictedCount(), 3u);
    // 0 and 1 may wait in free slots for a while, but not for ever.
    QTRY_VERIFY_WITH_TIMEOUT(!shared(0) && !shared(1), TrafficLogModel::ReclaimDelayMs * 5);
    QVERIFY(shared(3) && shared(4));

    // A trickle that evicts a large payload releases it at once.
    m_model->setCapacity(3);
    m_model->append(makeEvent(5, payloads.at(5)));
    m_model->flush();
    QVERIFY(shared(5));
    m_model->append(makeEvent(6, QByteArray("x")));
    m_model->flush(); // evicts 3
    m_model->append(makeEvent(7, QByteArray("y")));
    m_model->append(makeEvent(8, QByteArray("z")));
    m_model->flush(); // evicts 4 and 5
    QCOMPARE(serialOf(m_model->eventAt(0)), 6);
    QVERIFY(!shared(5));
    QTRY_VERIFY_WITH_TIMEOUT(!shared(3) && !shared(4), TrafficLogModel::ReclaimDelayMs * 5);
}

void TestTrafficLogModel::bigLogPacksSmallPayloads()
{
    // Past PackFromRows, small payloads are copied into the model's chunks:
    // the caller's buffer is let go at once, the bytes stay right, and
    // eventAt() hands out a copy that outlives the row.
    const int events = int(TrafficLogModel::PackFromRows) + 100;
    QList<QByteArray> payloads;
    for (int i = 0; i < events; ++i)
        payloads += QByteArray(1 + i % 300, char('a' + i % 26));
    const QByteArray large(TrafficLogModel::PackMaxBytes + 1, 'L');
    for (int i = 0; i < events; ++i)
        m_model->append(makeEvent(i, payloads.at(i)));
    m_model->append(makeEvent(events, large));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), events + 1);
    QVERIFY(!payloads.at(0).isDetached()); // a small log shares the bytes
    QVERIFY(payloads.constLast().isDetached()); // a big one packs them
    QVERIFY(!large.isDetached()); // larger payloads are shared still
    qint64 bytes = 0;
    for (int row = 0; row < events; ++row) {
        const TrafficLogModel::RowView view = m_model->rowView(row);
        QCOMPARE(view.payload, QByteArrayView(payloads.at(row)));
        QCOMPARE(view.local, QStringLiteral("127.0.0.1:%1").arg(40000 + row));
        bytes += payloads.at(row).size();
    }
    QCOMPARE(m_model->keptPayloadBytes(), bytes + large.size());
    const TrafficEvent last = m_model->eventAt(events - 1);
    const int shortRow = int(TrafficLogModel::PackFromRows) + 50; // packed, 175 bytes
    QCOMPARE(cell(*m_model, shortRow, TrafficLogModel::Preview), QString::fromLatin1(payloads.at(shortRow)));
    QCOMPARE(cell(*m_model, events - 1, TrafficLogModel::Preview),
             QString::fromLatin1(payloads.constLast().first(TrafficLogModel::PreviewChars)) + u'…');

    m_model->setCapacity(1); // evicts every packed row and frees their chunks
    QCOMPARE(serialOf(m_model->eventAt(0)), events);
    QCOMPARE(last.payload, payloads.constLast());
    QVERIFY(last.payload.isDetached());
}

void TestTrafficLogModel::packedFloodsAndTricklesKeepOrder()
{
    // floodsAndTricklesKeepOrder for a log big enough to pack: rows move
    // from the queue to the shown ring with their chunks, in every mix.
    const int capacity = int(TrafficLogModel::PackFromRows) * 2;
    m_model->setCapacity(capacity);
    int serial = 0;
    const int sizes[] = {capacity + 500, 3, capacity / 2, 1, capacity, 700, capacity * 3, 2, 1500};
    for (const int incoming : sizes) {
        for (int i = 0; i < incoming; ++i, ++serial)
            m_model->append(makeEvent(serial, QByteArray(serial % 200 + 1, char('A' + serial % 26))));
        m_model->flush();
        const int rows = std::min(serial, capacity);
        QCOMPARE(m_model->rowCount(), rows);
        qint64 bytes = 0;
        for (int row = 0; row < rows; ++row) {
            const TrafficLogModel::RowView view = m_model->rowView(row);
            const int expected = serial - rows + row;
            QCOMPARE(view.local, QStringLiteral("127.0.0.1:%1").arg(40000 + expected));
            QCOMPARE(view.payload, QByteArrayView(QByteArray(expected % 200 + 1, char('A' + expected % 26))));
            bytes += view.payload.size();
        }
        QCOMPARE(m_model->keptPayloadBytes(), bytes);
        QCOMPARE(m_model->evictedCount(), quint64(serial - rows));
    }
}

void TestTrafficLogModel::manyEndpointsKeepTheirText()
{
    // Every event from another port: the strings of evicted rows are
    // released and their slots reused, and no row loses its own text.
    m_model->setCapacity(50);
    for (int serial = 0; serial < 5000; ++serial) {
        TrafficEvent event = makeEvent(serial);
        event.peer = QStringLiteral("10.0.0.%1:%2").arg(serial % 250).arg(serial);
        if (serial % 3 == 0)
            event.note = QStringLiteral("note %1").arg(serial);
        m_model->append(event);
        if (serial % 37 == 0)
            m_model->flush();
    }
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 50);
    for (int row = 0; row < 50; ++row) {
        const int serial = 4950 + row;
        const TrafficEvent event = m_model->eventAt(row);
        QCOMPARE(serialOf(event), serial);
        QCOMPARE(event.peer, QStringLiteral("10.0.0.%1:%2").arg(serial % 250).arg(serial));
        QCOMPARE(event.note, serial % 3 == 0 ? QStringLiteral("note %1").arg(serial) : QString());
        QCOMPARE(event.tab, QStringLiteral("tcp-client"));
        QCOMPARE(event.encoding, QStringLiteral("UTF-8"));
    }
}

void TestTrafficLogModel::shrinkingCapacityEvictsAtOnce()
{
    for (int i = 0; i < 10; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy evicted(m_model.get(), &TrafficLogModel::evictedCountChanged);
    m_model->setCapacity(4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(serialOf(m_model->eventAt(0)), 6);
    QCOMPARE(evicted.count(), 1);
    QCOMPARE(m_model->evictedCount(), 6u);

    // And it still works as a ring afterwards.
    for (int i = 10; i < 16; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(serialOf(m_model->eventAt(0)), 12);
    QCOMPARE(serialOf(m_model->eventAt(3)), 15);
}

void TestTrafficLogModel::clearDropsRowsAndQueue()
{
    m_model->setCapacity(5);
    for (int i = 0; i < 8; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QCOMPARE(m_model->evictedCount(), 3u);
    m_model->append(makeEvent(100)); // queued, not shown yet

    QSignalSpy evicted(m_model.get(), &TrafficLogModel::evictedCountChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(m_model->keptPayloadBytes(), 0);
    // Cleared is not evicted: the count starts again.
    QCOMPARE(m_model->evictedCount(), 0u);
    QCOMPARE(evicted.count(), 1);
    QCOMPARE(evicted.at(0).at(0).toULongLong(), 0u);
    // The queued event does not come back with the next flush.
    QVERIFY(!inserted.wait(TrafficLogModel::FlushIntervalMs * 3));
    QCOMPARE(m_model->rowCount(), 0);

    m_model->append(makeEvent(200));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(serialOf(m_model->eventAt(0)), 200);
}

void TestTrafficLogModel::payloadIsCutPerRow()
{
    QByteArray big(1024 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i % 251);
    m_model->append(makeEvent(1, big, TrafficKind::Received));
    m_model->flush();
    const TrafficEvent &kept = m_model->eventAt(0);
    QCOMPARE(kept.payload.size(), TrafficLogModel::MaxPayloadPerRow);
    QCOMPARE(kept.payload.size(), 65536);
    QCOMPARE(kept.payload, big.first(65536));
    QCOMPARE(m_model->originalPayloadSize(0), 1024 * 1024);
    QCOMPARE(m_model->data(m_model->index(0, TrafficLogModel::Bytes)).toLongLong(), 1024 * 1024);
    QCOMPARE(m_model->keptPayloadBytes(), 65536);
    const QString tip = cell(*m_model, 0, TrafficLogModel::Bytes, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLocale().toString(65536)) && tip.contains(QLocale().toString(1024 * 1024)),
             qPrintable(tip));
    // The preview decodes only the start.
    QVERIFY(cell(*m_model, 0, TrafficLogModel::Preview).size() <= TrafficLogModel::PreviewChars + 1);
}

void TestTrafficLogModel::payloadBudgetEvictsOldest_data()
{
    QTest::addColumn<bool>("flushEach");
    QTest::newRow("budget applied to shown rows (flush after each event)") << true;
    QTest::newRow("budget applied to the queue (one flush)") << false;
}

void TestTrafficLogModel::payloadBudgetEvictsOldest()
{
    QFETCH(bool, flushEach);
    m_model->setPayloadBudget(200 * 1024); // three 64 KiB rows fit, four do not
    QCOMPARE(m_model->payloadBudget(), 200 * 1024);
    for (int i = 0; i < 5; ++i) {
        m_model->append(makeEvent(i, QByteArray(65536, char('a' + i))));
        if (flushEach)
            m_model->flush();
    }
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(serialOf(m_model->eventAt(0)), 2);
    QCOMPARE(serialOf(m_model->eventAt(2)), 4);
    QCOMPARE(m_model->evictedCount(), 2u);
    QCOMPARE(m_model->keptPayloadBytes(), 3 * 65536);

    // Lowering the budget evicts at once; it never goes below one full row.
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setPayloadBudget(1);
    QCOMPARE(m_model->payloadBudget(), TrafficLogModel::MaxPayloadPerRow);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(serialOf(m_model->eventAt(0)), 4);
    QCOMPARE(m_model->evictedCount(), 4u);
}

void TestTrafficLogModel::retranslateAnnouncesTranslatedColumns()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), TrafficLogModel::ColumnCount - 1);
    QCOMPARE(changed.count(), 0); // no rows, nothing to repaint

    for (int i = 0; i < 3; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    m_model->retranslate();
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 2);
    QVERIFY(topLeft.column() <= TrafficLogModel::Tab);
    QVERIFY(bottomRight.column() >= TrafficLogModel::Event);
}

QTEST_GUILESS_MAIN(TestTrafficLogModel)
#include "tst_trafficlogmodel.moc"
