// The traffic log filter: which rows each filter keeps, that filters combine,
// that new rows are filtered as they arrive, and that setting a filter to its
// current value costs nothing. QAbstractItemModelTester watches the proxy.
#include "textcodecs.h"
#include "trafficevent.h"
#include "trafficlogfiltermodel.h"
#include "trafficlogmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

namespace {

using ProtocolFilter = TrafficLogFilterModel::ProtocolFilter;

// The fixed log every filter row runs against; names say what sets each
// event apart.
struct Sample
{
    const char *name;
    const char *tab;
    TrafficProtocol protocol;
    TrafficKind kind;
    const char *local;
    const char *peer;
    QByteArray payload;
    const char *encoding;
    const char *note;
};

const QList<Sample> &samples()
{
    static const QList<Sample> list = {
        {"hello", "tcp-client", TrafficProtocol::Tcp, TrafficKind::Sent, "127.0.0.1:50000", "127.0.0.1:8888",
         QByteArray("Hello, Server\r\n"), "UTF-8", ""},
        {"time", "tcp-server", TrafficProtocol::Tcp, TrafficKind::Received, "127.0.0.1:8888",
         "127.0.0.1:50000", QByteArray("time\n"), "UTF-8", ""},
        {"gbk", "tcp-server", TrafficProtocol::Tcp, TrafficKind::Received, "127.0.0.1:8888",
         "192.168.1.20:41000", QByteArray("\xc4\xe3\xba\xc3 GBK"), "GBK", ""},
        {"udp", "udp", TrafficProtocol::Udp, TrafficKind::Received, "0.0.0.0:9999", "10.0.0.7:5353",
         QByteArray("\x00\x01\xca\xfe\xba\xbe", 6), "UTF-8", ""},
        {"v6", "udp", TrafficProtocol::Udp, TrafficKind::Sent, "[::1]:7000", "[FE80::1]:7001",
         QByteArray("ping"), "UTF-8", ""},
        {"refused", "tcp-client", TrafficProtocol::Tcp, TrafficKind::Error, "127.0.0.1:50001", "127.0.0.1:9",
         QByteArray(), "UTF-8", "Connection refused: nobody listens on port 9"},
        {"broadcast", "broadcast", TrafficProtocol::Udp, TrafficKind::Sent, "192.168.1.5:6000",
         "255.255.255.255:6000", QByteArray("HELLO everyone at the cafe"), "UTF-8", ""},
    };
    return list;
}

TrafficEvent toEvent(int index)
{
    const Sample &sample = samples().at(index);
    TrafficEvent event;
    // The second says which sample a row came from.
    event.time = QDateTime(QDate(2026, 11, 25), QTime(21, 0, index));
    event.tab = QString::fromLatin1(sample.tab);
    event.protocol = sample.protocol;
    event.kind = sample.kind;
    event.local = QString::fromLatin1(sample.local);
    event.peer = QString::fromLatin1(sample.peer);
    event.payload = sample.payload;
    event.encoding = QString::fromLatin1(sample.encoding);
    event.note = QString::fromUtf8(sample.note);
    return event;
}

QStringList shownNames(const TrafficLogFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names += QString::fromLatin1(samples().at(filter.eventAt(row).time.time().second()).name);
    return names;
}

} // namespace

class TestTrafficLogFilterModel final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void newRowsAreFiltered();
    void sameValueDoesNotRefilter();
    void evictionThroughTheFilter();

private:
    std::unique_ptr<TrafficLogModel> m_log;
    std::unique_ptr<TrafficLogFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrafficLogFilterModel::init()
{
    m_log = std::make_unique<TrafficLogModel>();
    m_filter = std::make_unique<TrafficLogFilterModel>();
    m_filter->setSourceModel(m_log.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < samples().size(); ++i)
        m_log->append(toEvent(i));
    m_log->flush();
    QCOMPARE(m_filter->rowCount(), samples().size());
}

void TestTrafficLogFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_log.reset();
}

void TestTrafficLogFilterModel::filters_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<ProtocolFilter>("protocol");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString all;
    const QStringList everything = {
        QStringLiteral("hello"), QStringLiteral("time"),    QStringLiteral("gbk"),      QStringLiteral("udp"),
        QStringLiteral("v6"),    QStringLiteral("refused"), QStringLiteral("broadcast")};
    auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *name : list)
            out += QString::fromLatin1(name);
        return out;
    };

    QTest::newRow("no filter shows everything") << all << ProtocolFilter::Any << all << all << everything;
    QTest::newRow("tab tcp-server") << QStringLiteral("tcp-server") << ProtocolFilter::Any << all << all
                                    << names({"time", "gbk"});
    QTest::newRow("tab without events")
        << QStringLiteral("concurrency") << ProtocolFilter::Any << all << all << QStringList();
    QTest::newRow("protocol UDP") << all << ProtocolFilter::Udp << all << all
                                  << names({"udp", "v6", "broadcast"});
    QTest::newRow("protocol TCP") << all << ProtocolFilter::Tcp << all << all
                                  << names({"hello", "time", "gbk", "refused"});
    QTest::newRow("endpoint matches local or peer")
        << all << ProtocolFilter::Any << QStringLiteral(":8888") << all << names({"hello", "time", "gbk"});
    QTest::newRow("endpoint matches the peer only")
        << all << ProtocolFilter::Any << QStringLiteral("192.168.1.20") << all << names({"gbk"});
    QTest::newRow("endpoint ignores case (IPv6 hex)")
        << all << ProtocolFilter::Any << QStringLiteral("fe80::") << all << names({"v6"});
    QTest::newRow("endpoint surrounding spaces ignored")
        << all << ProtocolFilter::Any << QStringLiteral("  10.0.0.7 ") << all << names({"udp"});
    QTest::newRow("text ignores case")
        << all << ProtocolFilter::Any << all << QStringLiteral("hello") << names({"hello", "broadcast"});
    QTest::newRow("text finds GBK text decoded in GBK")
        << all << ProtocolFilter::Any << all << QStringLiteral("你好") << names({"gbk"});
    QTest::newRow("text matches the note of an event without data")
        << all << ProtocolFilter::Any << all << QStringLiteral("REFUSED") << names({"refused"});
    QTest::newRow("text written as hex finds bytes")
        << all << ProtocolFilter::Any << all << QStringLiteral("ca fe ba be") << names({"udp"});
    QTest::newRow("hex with 0x and commas")
        << all << ProtocolFilter::Any << all << QStringLiteral("0xCA,0xFE") << names({"udp"});
    QTest::newRow("hex finds a NUL byte")
        << all << ProtocolFilter::Any << all << QStringLiteral("00 01") << names({"udp"});
    QTest::newRow("hex of text bytes (\"time\")")
        << all << ProtocolFilter::Any << all << QStringLiteral("74696d65") << names({"time"});
    QTest::newRow("odd hex digits match a half byte (74 69 6x)")
        << all << ProtocolFilter::Any << all << QStringLiteral("74696") << names({"time"});
    QTest::newRow("hex matches whole bytes only, not across a byte boundary")
        << all << ProtocolFilter::Any << all << QStringLiteral("afeb") << QStringList();
    QTest::newRow("two hex digits find that byte")
        << all << ProtocolFilter::Any << all << QStringLiteral("Be") << names({"udp"});
    QTest::newRow("a hex-looking word matches as text and as bytes")
        << all << ProtocolFilter::Any << all << QStringLiteral("CAFE") << names({"udp", "broadcast"});
    QTest::newRow("text not present")
        << all << ProtocolFilter::Any << all << QStringLiteral("goodbye") << QStringList();
    QTest::newRow("filters combine: tab and text") << QStringLiteral("tcp-server") << ProtocolFilter::Any
                                                   << all << QStringLiteral("time") << names({"time"});
    QTest::newRow("filters combine: protocol and endpoint")
        << all << ProtocolFilter::Udp << QStringLiteral("6000") << all << names({"broadcast"});
    QTest::newRow("filters combine to nothing")
        << QStringLiteral("udp") << ProtocolFilter::Tcp << all << all << QStringList();
}

void TestTrafficLogFilterModel::filters()
{
    QFETCH(QString, tab);
    QFETCH(ProtocolFilter, protocol);
    QFETCH(QString, endpoint);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    if (!TextCodecs::isAvailable(QStringLiteral("GBK")))
        QSKIP("this Qt has no GBK converter");

    m_filter->setTabFilter(tab);
    m_filter->setProtocolFilter(protocol);
    m_filter->setEndpointFilter(endpoint);
    m_filter->setTextFilter(text);
    QCOMPARE(shownNames(*m_filter), expected);
    QCOMPARE(m_filter->isFiltering(),
             !tab.isEmpty() || protocol != ProtocolFilter::Any || !endpoint.trimmed().isEmpty()
                 || !text.isEmpty());

    // Clearing every filter brings all rows back.
    m_filter->setTabFilter(QString());
    m_filter->setProtocolFilter(ProtocolFilter::Any);
    m_filter->setEndpointFilter(QString());
    m_filter->setTextFilter(QString());
    QCOMPARE(m_filter->rowCount(), samples().size());
    QVERIFY(!m_filter->isFiltering());
}

void TestTrafficLogFilterModel::newRowsAreFiltered()
{
    m_filter->setProtocolFilter(ProtocolFilter::Udp);
    QCOMPARE(m_filter->rowCount(), 3);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < samples().size(); ++i)
        m_log->append(toEvent(i));
    QVERIFY(inserted.wait(2000));
    QCOMPARE(m_filter->rowCount(), 6);
    QCOMPARE(shownNames(*m_filter),
             QStringList({QStringLiteral("udp"), QStringLiteral("v6"), QStringLiteral("broadcast"),
                          QStringLiteral("udp"), QStringLiteral("v6"), QStringLiteral("broadcast")}));
    // Rows map back to the right source rows.
    QCOMPARE(m_filter->sourceRow(3), 7 + 3);
}

void TestTrafficLogFilterModel::sameValueDoesNotRefilter()
{
    m_filter->setTextFilter(QStringLiteral("hello"));
    QCOMPARE(m_filter->rowCount(), 2);
    QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_filter.get(), &QAbstractItemModel::modelReset);
    m_filter->setTextFilter(QStringLiteral("hello"));
    m_filter->setTabFilter(QString());
    m_filter->setProtocolFilter(ProtocolFilter::Any);
    m_filter->setEndpointFilter(QStringLiteral("  "));
    QCOMPARE(removed.count() + inserted.count() + layout.count() + reset.count(), 0);

    // A new value re-filters: "hell" keeps the same rows, "help" none.
    m_filter->setTextFilter(QStringLiteral("help"));
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(removed.count() > 0);
}

void TestTrafficLogFilterModel::evictionThroughTheFilter()
{
    m_log->setCapacity(samples().size());
    m_filter->setTabFilter(QStringLiteral("udp"));
    QCOMPARE(shownNames(*m_filter), QStringList({QStringLiteral("udp"), QStringLiteral("v6")}));
    // Four new events push out the four oldest rows, among them "udp".
    for (int i = 0; i < 4; ++i)
        m_log->append(toEvent(4)); // "v6", tab udp
    m_log->flush();
    QCOMPARE(m_log->rowCount(), samples().size());
    QCOMPARE(m_filter->rowCount(), 5);
    QCOMPARE(m_log->evictedCount(), 4u);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QCOMPARE(m_filter->eventAt(row).tab, QStringLiteral("udp"));
}

QTEST_GUILESS_MAIN(TestTrafficLogFilterModel)
#include "tst_trafficlogfiltermodel.moc"
