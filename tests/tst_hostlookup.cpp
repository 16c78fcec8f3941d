#include "hostlookup.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QtEndian>
#include <QtTest>

#include <memory>

namespace {

// A DNS server of our own on a loopback address, so no test needs a real
// one. Qt 6.4's QDnsLookup always asks port 53 (a port setter came in 6.6),
// so the server binds port 53 on a random 127.x.y.z address instead of port 0
// on 127.0.0.1: still private to this test run. Binding port 53 needs root or
// CAP_NET_BIND_SERVICE; tests that need the server skip without it.
class FakeDnsServer
{
public:
    bool start()
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto *rng = QRandomGenerator::global();
            const quint32 address = (127u << 24) | (rng->bounded(1u, 255u) << 16)
                | (rng->bounded(0u, 256u) << 8) | rng->bounded(2u, 255u);
            if (m_socket.bind(QHostAddress(address), 53, QAbstractSocket::DontShareAddress)) {
                m_address = QHostAddress(address);
                return true;
            }
        }
        return false;
    }

    QHostAddress address() const { return m_address; }
    QString addressText() const { return m_address.toString(); }
    QUdpSocket &socket() { return m_socket; }

    // Waits for the next query (the resolver runs in another thread).
    bool waitForQuery(QNetworkDatagram *query, int timeoutMs = 5000)
    {
        if (!m_socket.hasPendingDatagrams() && !m_socket.waitForReadyRead(timeoutMs))
            return false;
        *query = m_socket.receiveDatagram();
        return query->isValid();
    }

    // The dotted QNAME and the QTYPE of a query.
    static QString questionName(const QByteArray &query, int *end = nullptr, int *type = nullptr)
    {
        QStringList labels;
        int pos = 12;
        while (pos < query.size() && query.at(pos) != 0) {
            const int length = quint8(query.at(pos));
            labels += QString::fromLatin1(query.mid(pos + 1, length));
            pos += 1 + length;
        }
        pos += 1; // the root label
        if (type && pos + 2 <= query.size())
            *type = qFromBigEndian<quint16>(query.constData() + pos);
        if (end)
            *end = pos + 4; // QTYPE and QCLASS
        return labels.join(u'.');
    }

    // Replies to query with rcode and the given answer records, each already
    // encoded with its TYPE, CLASS, TTL, RDLENGTH and RDATA after a pointer to
    // the question's name.
    void reply(const QNetworkDatagram &query, int rcode, const QList<QByteArray> &answers = {})
    {
        const QByteArray q = query.data();
        int questionEnd = 0;
        questionName(q, &questionEnd);
        QByteArray r;
        r += q.left(2); // ID
        appendU16(r, 0x8180 | rcode);
        appendU16(r, 1);
        appendU16(r, quint16(answers.size()));
        appendU16(r, 0);
        appendU16(r, 0);
        r += q.mid(12, questionEnd - 12);
        for (const QByteArray &answer : answers)
            r += answer;
        m_socket.writeDatagram(r, query.senderAddress(), quint16(query.senderPort()));
    }

    static QByteArray record(quint16 type, quint32 ttl, const QByteArray &rdata)
    {
        QByteArray a;
        appendU16(a, 0xC00C); // name: pointer to the question's name
        appendU16(a, type);
        appendU16(a, 1); // class IN
        appendU16(a, quint16(ttl >> 16));
        appendU16(a, quint16(ttl & 0xFFFF));
        appendU16(a, quint16(rdata.size()));
        return a + rdata;
    }

    static QByteArray encodeName(const QString &name)
    {
        QByteArray out;
        const QStringList labels = name.split(u'.', Qt::SkipEmptyParts);
        for (const QString &label : labels) {
            out += char(label.size());
            out += label.toLatin1();
        }
        out += '\0';
        return out;
    }

    static void appendU16(QByteArray &out, quint16 value)
    {
        out += char(value >> 8);
        out += char(value & 0xFF);
    }

private:
    QUdpSocket m_socket;
    QHostAddress m_address;
};

} // namespace

class TestHostLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkName_data();
    void checkName();
    void invalidNameFailsBeforeAnyLookup();
    void invalidAddressFailsBeforeAnyLookup();
    void invalidNameServerFailsBeforeAnyLookup();
    void localhostResolves();
    void reverseLookupOfLoopback();
    void cancelStopsAHostLookup();
    void silentServerTimesOut();
    void cancelStopsARecordLookup();
    void recordsFromOwnServer_data();
    void recordsFromOwnServer();
    void ptrLookupTakesAnAddress();
    void nonExistentNameIsNotFound();

private:
    bool startServer();
    std::unique_ptr<FakeDnsServer> m_server;
};

void TestHostLookup::initTestCase()
{
    qRegisterMetaType<HostLookupResult>();
    qRegisterMetaType<HostLookupFailure>();
}

bool TestHostLookup::startServer()
{
    m_server = std::make_unique<FakeDnsServer>();
    return m_server->start();
}

void TestHostLookup::checkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // empty: valid

    const QString label63(63, u'a');
    const QString name253
        = QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(61, u'd');
    QCOMPARE(name253.size(), 253);

    QTest::newRow("the tutorial's www.google.com is valid") << "www.google.com"
                                                            << "";
    QTest::newRow("a single label is valid") << "localhost"
                                             << "";
    QTest::newRow("a trailing dot (fully qualified) is valid") << "example.com."
                                                               << "";
    QTest::newRow("underscores of SRV names are valid") << "_sip._tcp.example.com"
                                                        << "";
    QTest::newRow("an international name is valid") << "例子.测试"
                                                    << "";
    QTest::newRow("a label of exactly 63 is valid") << label63 + QLatin1String(".com") << "";
    QTest::newRow("a name of exactly 253 is valid") << name253 << "";
    QTest::newRow("253 plus the trailing dot is still valid") << name253 + u'.' << "";

    QTest::newRow("empty") << ""
                           << "Type a host name such as www.google.com.";
    QTest::newRow("space says where") << "bad host name!"
                                      << "Spaces are not allowed in a host name (position 4).";
    QTest::newRow("bad character says which and where")
        << "bad!name"
        << "'!' is not allowed in a host name (position 4). Use letters, digits, "
           "'-' and dots.";
    QTest::newRow("two dots in a row")
        << "a..b"
        << "'a..b' has an empty part: there are two dots in a row, or a dot at the "
           "start.";
    QTest::newRow("dot at the start") << ".example.com"
                                      << "'.example.com' has an empty part: there are two dots in a row, or "
                                         "a dot at the start.";
    QTest::newRow("label of 64 is too long")
        << label63 + u'a' + QLatin1String(".com")
        << QStringLiteral("The part '%1' is 64 characters long, but each part between dots can "
                          "have at most 63.")
               .arg(label63 + u'a');
    QTest::newRow("name of 254 is too long")
        << name253 + u'd'
        << "The name is 254 characters long, but a host name can have at most "
           "253.";
    QTest::newRow("hyphen at the start of a label")
        << "-start.example"
        << "The part '-start' starts or ends with '-', which is not allowed.";
    QTest::newRow("digits and dots are judged as an IPv4 address")
        << "300.1.1.1"
        << "'300' is not a number from 0 to 255 (part 1).";
    QTest::newRow("an IPv4 address is not a name")
        << "192.168.1.1"
        << "'192.168.1.1' is an IP address, not a host name. To find the name "
           "of an address, look it up as it is (a reverse lookup) or ask for "
           "its PTR record.";
    QTest::newRow("an IPv6 address is not a name")
        << "::1"
        << "'::1' is an IP address, not a host name. To find the name of an address, "
           "look it up as it is (a reverse lookup) or ask for its PTR record.";
    QTest::newRow("two dots in a row in an international name")
        << QStringLiteral("例子..中国")
        << QStringLiteral(
               "'例子..中国' has an empty part: there are two dots in a row, or a dot at the start.");
    QTest::newRow("an ideographic full stop counts as a dot")
        << QStringLiteral("例子。。中国")
        << QStringLiteral(
               "'例子。。中国' has an empty part: there are two dots in a row, or a dot at the start.");
    // Python: len(("长" * 100).encode("punycode")) + len("xn--") == 107
    QTest::newRow("an international part too long in DNS form")
        << QString(100, u'长') + QStringLiteral(".中国")
        << QStringLiteral("The part '%1' would be 107 characters long in DNS form (xn--…), but each part "
                          "between dots can have at most 63.")
               .arg(QString(100, u'长'));
    QTest::newRow("the root alone") << "."
                                    << "'.' alone is the root of DNS, not a host name.";
}

void TestHostLookup::checkName()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QCOMPARE(HostLookup::checkName(name), reason);
}

void TestHostLookup::invalidNameFailsBeforeAnyLookup()
{
    HostLookup lookup;
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QSignalSpy ready(&lookup, &HostLookup::resultReady);

    QVERIFY(!lookup.lookupHost(QStringLiteral("bad host name!")));
    // Reported before lookupHost() returned: nothing was sent anywhere.
    QCOMPARE(failed.size(), 1);
    QVERIFY(!lookup.isBusy());
    const auto failure = failed.at(0).at(0).value<HostLookupFailure>();
    QCOMPARE(failure.reason, HostLookupFailure::Reason::InvalidName);
    QCOMPARE(failure.message(), QStringLiteral("Spaces are not allowed in a host name (position 4)."));
    QCOMPARE(ready.size(), 0);
}

void TestHostLookup::invalidAddressFailsBeforeAnyLookup()
{
    HostLookup lookup;
    QSignalSpy failed(&lookup, &HostLookup::failed);

    QVERIFY(!lookup.lookupHost(QStringLiteral("300.1.1.1")));
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.at(0).at(0).value<HostLookupFailure>();
    QCOMPARE(failure.reason, HostLookupFailure::Reason::InvalidAddress);
    QCOMPARE(failure.kind, HostLookupKind::Reverse);
    QCOMPARE(failure.message(), QStringLiteral("'300' is not a number from 0 to 255 (part 1)."));
}

void TestHostLookup::invalidNameServerFailsBeforeAnyLookup()
{
    HostLookup lookup;
    QSignalSpy failed(&lookup, &HostLookup::failed);

    QVERIFY(
        !lookup.lookupRecords(QStringLiteral("example.com"), QDnsLookup::A, QStringLiteral("dns.example")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!lookup.isBusy());
    const auto failure = failed.at(0).at(0).value<HostLookupFailure>();
    QCOMPARE(failure.reason, HostLookupFailure::Reason::InvalidAddress);
    QVERIFY2(
        failure.message().startsWith(QLatin1String("The name server must be an IP address such as 8.8.8.8")),
        qPrintable(failure.message()));
    QVERIFY2(failure.message().contains(QLatin1String("'dns.example' is not an IP address")),
             qPrintable(failure.message()));
}

void TestHostLookup::localhostResolves()
{
    HostLookup lookup;
    QSignalSpy ready(&lookup, &HostLookup::resultReady);
    QSignalSpy failed(&lookup, &HostLookup::failed);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupHost(QStringLiteral("localhost")));
    QVERIFY(lookup.isBusy());
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!lookup.isBusy());

    const auto result = ready.at(0).at(0).value<HostLookupResult>();
    QCOMPARE(result.kind, HostLookupKind::Forward);
    QCOMPARE(result.query, QStringLiteral("localhost"));
    QVERIFY(!result.addresses.isEmpty());
    for (const QHostAddress &address : result.addresses) {
        QVERIFY2(address == QHostAddress(QHostAddress::LocalHost)
                     || address == QHostAddress(QHostAddress::LocalHostIPv6),
                 qPrintable(address.toString()));
    }
    QVERIFY(result.elapsedMs >= 0);
    QVERIFY(result.elapsedMs <= clock.elapsed());
}

void TestHostLookup::reverseLookupOfLoopback()
{
    HostLookup lookup;
    QSignalSpy ready(&lookup, &HostLookup::resultReady);
    QSignalSpy failed(&lookup, &HostLookup::failed);

    // /etc/hosts names 127.0.0.1 on every system, so no DNS server is asked.
    QVERIFY(lookup.lookupHost(QStringLiteral("127.0.0.1")));
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.size(), 0);
    const auto result = ready.at(0).at(0).value<HostLookupResult>();
    QCOMPARE(result.kind, HostLookupKind::Reverse);
    QVERIFY(!result.hostName.isEmpty());
    QVERIFY(result.hostName != QLatin1String("127.0.0.1"));
}

void TestHostLookup::cancelStopsAHostLookup()
{
    HostLookup lookup;
    QSignalSpy ready(&lookup, &HostLookup::resultReady);
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QSignalSpy cancelled(&lookup, &HostLookup::cancelled);

    QVERIFY(lookup.lookupHost(QStringLiteral("localhost")));
    lookup.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!lookup.isBusy());
    lookup.cancel(); // nothing runs: no second signal
    QCOMPARE(cancelled.size(), 1);

    // A later lookup gets its own answer and never the cancelled one's.
    QVERIFY(lookup.lookupHost(QStringLiteral("127.0.0.1")));
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).value<HostLookupResult>().kind, HostLookupKind::Reverse);
    QCOMPARE(failed.size(), 0);
}

void TestHostLookup::silentServerTimesOut()
{
    if (!startServer())
        QSKIP("Cannot bind UDP port 53 on a loopback address (needs root or "
              "CAP_NET_BIND_SERVICE); Qt 6.4's QDnsLookup only asks port 53.");

    HostLookup lookup;
    lookup.setTimeout(300);
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QSignalSpy ready(&lookup, &HostLookup::resultReady);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupRecords(QStringLiteral("netlab.test"), QDnsLookup::A, m_server->addressText()));
    QVERIFY(failed.wait(5000));
    const qint64 took = clock.elapsed();

    // The query really went to our server, which kept quiet.
    QNetworkDatagram query;
    QVERIFY(m_server->waitForQuery(&query));
    QCOMPARE(FakeDnsServer::questionName(query.data()), QStringLiteral("netlab.test"));

    QCOMPARE(ready.size(), 0);
    const auto failure = failed.at(0).at(0).value<HostLookupFailure>();
    QCOMPARE(failure.reason, HostLookupFailure::Reason::TimedOut);
    QCOMPARE(failure.message(),
             QStringLiteral("No DNS server answered for netlab.test within 300 ms (asked %1 on "
                            "port 53).")
                 .arg(m_server->addressText()));
    // NetLab's own timeout cannot fire before its 300 ms (timers may be up to 5% early).
    QVERIFY2(took >= 250, qPrintable(QString::number(took)));
    QVERIFY(!lookup.isBusy());

    // Let the resolver thread go instead of keeping it until the process
    // ends. NXDOMAIN is final; after REFUSED the resolver would ask again.
    m_server->reply(query, 3 /* NXDOMAIN */);
}

void TestHostLookup::cancelStopsARecordLookup()
{
    if (!startServer())
        QSKIP("Cannot bind UDP port 53 on a loopback address (needs root or "
              "CAP_NET_BIND_SERVICE); Qt 6.4's QDnsLookup only asks port 53.");

    HostLookup lookup;
    lookup.setTimeout(200);
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QSignalSpy cancelled(&lookup, &HostLookup::cancelled);

    QVERIFY(lookup.lookupRecords(QStringLiteral("netlab.test"), QDnsLookup::A, m_server->addressText()));
    QNetworkDatagram query;
    QVERIFY(m_server->waitForQuery(&query));
    lookup.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!lookup.isBusy());

    // The answer arriving after the cancel is ignored, and the 200 ms limit
    // no longer fires: waiting well past it sees no failure.
    m_server->reply(query, 0, {FakeDnsServer::record(1, 60, QByteArray("\xC0\x00\x02\x37", 4))});
    QVERIFY(!failed.wait(600));
    QCOMPARE(cancelled.size(), 1);
}

void TestHostLookup::recordsFromOwnServer_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("wireType");
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("value");

    QByteArray mx;
    FakeDnsServer::appendU16(mx, 10);
    mx += FakeDnsServer::encodeName(QStringLiteral("mail.netlab.test"));
    QByteArray srv;
    FakeDnsServer::appendU16(srv, 1);
    FakeDnsServer::appendU16(srv, 5);
    FakeDnsServer::appendU16(srv, 5060);
    srv += FakeDnsServer::encodeName(QStringLiteral("sip.netlab.test"));

    QTest::newRow("A record shows the address")
        << int(QDnsLookup::A) << 1 << QByteArray("\xC0\x00\x02\x37", 4) << "A"
        << "192.0.2.55";
    QTest::newRow("MX shows preference then exchange") << int(QDnsLookup::MX) << 15 << mx << "MX"
                                                       << "10 mail.netlab.test";
    QTest::newRow("SRV shows priority, weight, port, target") << int(QDnsLookup::SRV) << 33 << srv << "SRV"
                                                              << "1 5 5060 sip.netlab.test";
    QTest::newRow("TXT shows each string quoted, UTF-8 decoded")
        << int(QDnsLookup::TXT) << 16 << QByteArray("\x05hello\x06\xe4\xbd\xa0\xe5\xa5\xbd", 13) << "TXT"
        << QStringLiteral("\"hello\" \"你好\"");
}

void TestHostLookup::recordsFromOwnServer()
{
    QFETCH(int, type);
    QFETCH(int, wireType);
    QFETCH(QByteArray, rdata);
    QFETCH(QString, typeName);
    QFETCH(QString, value);

    if (!startServer())
        QSKIP("Cannot bind UDP port 53 on a loopback address (needs root or "
              "CAP_NET_BIND_SERVICE); Qt 6.4's QDnsLookup only asks port 53.");

    HostLookup lookup;
    QSignalSpy ready(&lookup, &HostLookup::resultReady);
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QVERIFY(
        lookup.lookupRecords(QStringLiteral("netlab.test"), QDnsLookup::Type(type), m_server->addressText()));

    QNetworkDatagram query;
    QVERIFY(m_server->waitForQuery(&query));
    int askedType = 0;
    FakeDnsServer::questionName(query.data(), nullptr, &askedType);
    QCOMPARE(askedType, wireType);
    m_server->reply(query, 0, {FakeDnsServer::record(quint16(wireType), 3600, rdata)});

    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.size(), 0);
    const auto result = ready.at(0).at(0).value<HostLookupResult>();
    QCOMPARE(result.kind, HostLookupKind::Records);
    QCOMPARE(result.nameServer, m_server->address());
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.at(0).type, typeName);
    QCOMPARE(result.records.at(0).name, QStringLiteral("netlab.test"));
    QCOMPARE(result.records.at(0).value, value);
    QCOMPARE(result.records.at(0).ttl, 3600u);
}

void TestHostLookup::ptrLookupTakesAnAddress()
{
    if (!startServer())
        QSKIP("Cannot bind UDP port 53 on a loopback address (needs root or "
              "CAP_NET_BIND_SERVICE); Qt 6.4's QDnsLookup only asks port 53.");

    HostLookup lookup;
    QSignalSpy ready(&lookup, &HostLookup::resultReady);
    QVERIFY(lookup.lookupRecords(QStringLiteral("192.0.2.1"), QDnsLookup::PTR, m_server->addressText()));

    QNetworkDatagram query;
    QVERIFY(m_server->waitForQuery(&query));
    QCOMPARE(FakeDnsServer::questionName(query.data()), QStringLiteral("1.2.0.192.in-addr.arpa"));
    m_server->reply(
        query, 0,
        {FakeDnsServer::record(12, 60, FakeDnsServer::encodeName(QStringLiteral("host.netlab.test")))});
    QVERIFY(ready.wait(5000));
    const auto result = ready.at(0).at(0).value<HostLookupResult>();
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.at(0).type, QStringLiteral("PTR"));
    QCOMPARE(result.records.at(0).value, QStringLiteral("host.netlab.test"));
}

void TestHostLookup::nonExistentNameIsNotFound()
{
    if (!startServer())
        QSKIP("Cannot bind UDP port 53 on a loopback address (needs root or "
              "CAP_NET_BIND_SERVICE); Qt 6.4's QDnsLookup only asks port 53.");

    HostLookup lookup;
    QSignalSpy failed(&lookup, &HostLookup::failed);
    QVERIFY(lookup.lookupRecords(QStringLiteral("nosuch.test"), QDnsLookup::AAAA, m_server->addressText()));
    QNetworkDatagram query;
    QVERIFY(m_server->waitForQuery(&query));
    m_server->reply(query, 3 /* NXDOMAIN */);

    QVERIFY(failed.wait(5000));
    const auto failure = failed.at(0).at(0).value<HostLookupFailure>();
    QCOMPARE(failure.reason, HostLookupFailure::Reason::NotFound);
    QCOMPARE(failure.message(), QStringLiteral("No AAAA record was found for nosuch.test."));
}

QTEST_GUILESS_MAIN(TestHostLookup)
#include "tst_hostlookup.moc"
