#include "portinfo.h"

#include <QTcpServer>
#include <QTemporaryFile>
#include <QUdpSocket>
#include <QtTest>

class TestPortInfo : public QObject
{
    Q_OBJECT

private slots:
    void parseServices_data();
    void parseServices();
    void loadServicesMergesBuiltIns();
    void loadServicesWithoutFileHasBuiltIns();
    void matches_data();
    void matches();
    void classify_data();
    void classify();
    void parseEphemeralRange_data();
    void parseEphemeralRange();
    void ephemeralRangeOfThisMachine();
    void tcpPortInUse();
    void udpPortInUse();
    void freshPortIsFree();
    void addressNotOnThisMachine();
    void explainNeedsRoot();
};

void TestPortInfo::parseServices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "name port/proto alias,alias #comment"

    QTest::newRow("simple line") << "http\t\t80/tcp\n" << QStringList{QStringLiteral("http 80/tcp  #")};
    QTest::newRow("aliases are kept in order") << "discard 9/udp sink null\n"
                                               << QStringList{QStringLiteral("discard 9/udp sink,null #")};
    QTest::newRow("trailing comment is kept, not taken for aliases")
        << "ssh 22/tcp # SSH Remote Login Protocol\n"
        << QStringList{QStringLiteral("ssh 22/tcp  #SSH Remote Login Protocol")};
    QTest::newRow("comment lines and blank lines are skipped")
        << "# Network services, Internet style\n\n   \n#http 80/tcp\nsmtp 25/tcp mail\n"
        << QStringList{QStringLiteral("smtp 25/tcp mail #")};
    QTest::newRow("same name for tcp and udp gives two entries")
        << "domain 53/tcp\ndomain 53/udp\n"
        << QStringList{QStringLiteral("domain 53/tcp  #"), QStringLiteral("domain 53/udp  #")};
    QTest::newRow("protocol is lower-cased") << "http 80/TCP\n"
                                             << QStringList{QStringLiteral("http 80/tcp  #")};
    QTest::newRow("malformed lines are skipped, good ones kept")
        << "noport\nbad 80\nhuge 70000/tcp\nnegative -1/tcp\nempty /tcp\nnoproto 5/\nok 7/udp\n"
        << QStringList{QStringLiteral("ok 7/udp  #")};
    QTest::newRow("Windows line endings") << "echo 7/tcp\r\n" << QStringList{QStringLiteral("echo 7/tcp  #")};
}

void TestPortInfo::parseServices()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QStringList actual;
    const QList<ServiceEntry> entries = PortInfo::parseServices(text);
    for (const ServiceEntry &e : entries) {
        QVERIFY(e.fromSystem);
        actual += QStringLiteral("%1 %2/%3 %4 #%5")
                      .arg(e.name)
                      .arg(e.port)
                      .arg(e.protocol, e.aliases.join(u','), e.comment);
    }
    QCOMPARE(actual, expected);
}

void TestPortInfo::loadServicesMergesBuiltIns()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("http 80/tcp www # WorldWideWeb HTTP\n"
               "domain 53/udp\n"
               "echo 7/tcp\n");
    file.close();

    const QList<ServiceEntry> entries = PortInfo::loadServices(file.fileName());
    // 3 from the file, plus the 5 built-ins the file lacks (ftp, ssh, smtp,
    // domain/tcp, https); http/tcp and domain/udp are merged, not doubled.
    QCOMPARE(entries.size(), 8);
    QStringList order;
    for (const ServiceEntry &e : entries)
        order += QString::number(e.port) + u'/' + e.protocol;
    QCOMPARE(order,
             (QStringList{QStringLiteral("7/tcp"), QStringLiteral("21/tcp"), QStringLiteral("22/tcp"),
                          QStringLiteral("25/tcp"), QStringLiteral("53/tcp"), QStringLiteral("53/udp"),
                          QStringLiteral("80/tcp"), QStringLiteral("443/tcp")}));
    const ServiceEntry &http = entries.at(6);
    QCOMPARE(http.label, QStringLiteral("HTTP"));
    QCOMPARE(http.aliases, QStringList{QStringLiteral("www")});
    QVERIFY(http.fromSystem);
    QCOMPARE(entries.at(5).label, QStringLiteral("DNS"));
    QVERIFY(!entries.at(7).fromSystem);
    QCOMPARE(entries.at(7).label, QStringLiteral("HTTPS"));
    QVERIFY(entries.at(0).label.isEmpty());
}

void TestPortInfo::loadServicesWithoutFileHasBuiltIns()
{
    const QList<ServiceEntry> entries
        = PortInfo::loadServices(QStringLiteral("/nonexistent/netlab/services"));
    QStringList labels;
    for (const ServiceEntry &e : entries) {
        QVERIFY(!PortInfo::describe(e).isEmpty());
        labels += e.label + u' ' + QString::number(e.port);
    }
    // The tutorial's table: HTTP 80, HTTPS 443, FTP 21, SSH 22, SMTP 25, DNS 53.
    for (const char *expected : {"HTTP 80", "HTTPS 443", "FTP 21", "SSH 22", "SMTP 25", "DNS 53"})
        QVERIFY2(labels.contains(QLatin1String(expected)), expected);
}

void TestPortInfo::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("match");

    QTest::newRow("empty query matches all") << "" << true;
    QTest::newRow("port number matches exactly") << "80" << true;
    QTest::newRow("port number is not a substring search") << "8" << false;
    QTest::newRow("name, case-insensitive") << "HTT" << true;
    QTest::newRow("alias") << "www" << true;
    QTest::newRow("label") << "HTTP" << true;
    QTest::newRow("unrelated word") << "mail" << false;
    QTest::newRow("surrounding spaces are ignored") << "  80 " << true;
}

void TestPortInfo::matches()
{
    QFETCH(QString, query);
    QFETCH(bool, match);

    ServiceEntry http;
    http.name = QStringLiteral("http");
    http.port = 80;
    http.protocol = QStringLiteral("tcp");
    http.aliases = QStringList{QStringLiteral("www")};
    http.label = QStringLiteral("HTTP");
    QCOMPARE(PortInfo::matches(http, query), match);
}

void TestPortInfo::classify_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("range");

    QTest::newRow("0 is well-known") << 0 << int(PortRange::WellKnown);
    QTest::newRow("1023 is the last well-known") << 1023 << int(PortRange::WellKnown);
    QTest::newRow("1024 is the first registered") << 1024 << int(PortRange::Registered);
    QTest::newRow("the tutorial's 8888 is registered") << 8888 << int(PortRange::Registered);
    QTest::newRow("49151 is the last registered") << 49151 << int(PortRange::Registered);
    QTest::newRow("49152 is the first dynamic") << 49152 << int(PortRange::Dynamic);
    QTest::newRow("65535 is dynamic") << 65535 << int(PortRange::Dynamic);
}

void TestPortInfo::classify()
{
    QFETCH(int, port);
    QFETCH(int, range);
    QCOMPARE(int(PortInfo::classify(quint16(port))), range);
    QVERIFY(!PortInfo::rangeLabel(PortRange(range)).isEmpty());
    QVERIFY(!PortInfo::rangeExplanation(PortRange(range)).isEmpty());
}

void TestPortInfo::parseEphemeralRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");

    QTest::newRow("Linux default, tab separated") << "32768\t60999\n" << true << 32768 << 60999;
    QTest::newRow("spaces work too") << "  1024 65535 " << true << 1024 << 65535;
    QTest::newRow("empty (file missing)") << "" << false << 0 << 0;
    QTest::newRow("one number") << "32768" << false << 0 << 0;
    QTest::newRow("low above high") << "60999 32768" << false << 0 << 0;
    QTest::newRow("above 65535") << "32768 70000" << false << 0 << 0;
    QTest::newRow("not numbers") << "a b" << false << 0 << 0;
}

void TestPortInfo::parseEphemeralRange()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, low);
    QFETCH(int, high);

    const EphemeralRange range = PortInfo::parseEphemeralRange(text);
    QCOMPARE(range.valid, valid);
    QCOMPARE(int(range.low), low);
    QCOMPARE(int(range.high), high);
}

void TestPortInfo::ephemeralRangeOfThisMachine()
{
    if (!QFile::exists(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range")))
        QSKIP("no /proc/sys/net/ipv4/ip_local_port_range on this system");
    const EphemeralRange range = PortInfo::ephemeralRange();
    QVERIFY(range.valid);
    QVERIFY(range.low <= range.high);
    const QString text = PortInfo::ephemeralExplanation(range);
    QVERIFY2(text.contains(QStringLiteral("%1–%2").arg(range.low).arg(range.high)), qPrintable(text));
}

void TestPortInfo::tcpPortInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = holder.serverPort();

    const PortCheckResult result = PortInfo::checkPort(QHostAddress::LocalHost, port);
    QCOMPARE(result.port, port);
    QCOMPARE(result.tcp, PortState::InUse);
    const QString text = PortInfo::explain(result);
    QVERIFY2(text.contains(QStringLiteral("TCP port %1 on 127.0.0.1 is in use").arg(port)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ss -ltnp 'sport = :%1'").arg(port)), qPrintable(text));

    // The holder still works: the check released nothing it did not own.
    QVERIFY(holder.isListening());
}

void TestPortInfo::udpPortInUse()
{
    // ShareAddress sets SO_REUSEADDR, as many programs do; the check must
    // still see the port as taken.
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::ShareAddress));
    const quint16 port = holder.localPort();

    const PortCheckResult result = PortInfo::checkPort(QHostAddress::LocalHost, port);
    QCOMPARE(result.udp, PortState::InUse);
    const QString text = PortInfo::explain(result);
    QVERIFY2(text.contains(QStringLiteral("ss -lunp 'sport = :%1'").arg(port)), qPrintable(text));
}

void TestPortInfo::freshPortIsFree()
{
    // Ask the OS for a free port, let it go, and check it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const PortCheckResult result = PortInfo::checkPort(QHostAddress::LocalHost, port);
    QCOMPARE(result.tcp, PortState::Free);
    QCOMPARE(result.udp, PortState::Free);
    const QString text = PortInfo::explain(result);
    QVERIFY2(text.contains(QStringLiteral("TCP port %1 is free on 127.0.0.1").arg(port)), qPrintable(text));

    // And the check left it free.
    QTcpServer after;
    QVERIFY(after.listen(QHostAddress::LocalHost, port));
}

void TestPortInfo::addressNotOnThisMachine()
{
    QFile nonLocal(QStringLiteral("/proc/sys/net/ipv4/ip_nonlocal_bind"));
    if (nonLocal.open(QIODevice::ReadOnly) && nonLocal.readAll().trimmed() == "1")
        QSKIP("ip_nonlocal_bind is on: this system lets programs bind any address");

    // 203.0.113.0/24 is reserved for documentation: no machine has it.
    const QHostAddress foreign(QStringLiteral("203.0.113.7"));
    const PortCheckResult result = PortInfo::checkPort(foreign, 8888);
    QCOMPARE(result.tcp, PortState::AddressNotLocal);
    QCOMPARE(result.udp, PortState::AddressNotLocal);
    QCOMPARE(PortInfo::explain(result),
             QStringLiteral("203.0.113.7 is not an address of this machine, so no program here "
                            "can use it. A program can only bind to its own addresses (see "
                            "\"This machine\"), to 0.0.0.0 or to ::."));
}

void TestPortInfo::explainNeedsRoot()
{
    // Tests usually run as root, where binding port 80 works; the words for
    // an ordinary user are checked on a made-up result.
    PortCheckResult result;
    result.address = QHostAddress::LocalHost;
    result.port = 80;
    result.tcp = PortState::NeedsRoot;
    result.udp = PortState::NeedsRoot;
    result.privilegedBelow = 1024;
    const QString text = PortInfo::explain(result);
    QVERIFY2(text.contains(QStringLiteral("TCP port 80 needs root: on this machine ports below "
                                          "1024 are reserved for system services. Choose 1024 "
                                          "or above, such as 8888.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("UDP port 80 needs root")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPortInfo)
#include "tst_portinfo.moc"
