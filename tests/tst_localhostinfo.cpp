#include "localhostinfo.h"

#include <QtTest>

class TestLocalHostInfo : public QObject
{
    Q_OBJECT

private slots:
    void hostNameIsKnown();
    void loopbackInterfaceHas127001Slash8();
    void flagsText_data();
    void flagsText();
    void hostsEntries_data();
    void hostsEntries();
    void explainOwnAddresses_data();
    void explainOwnAddresses();
};

void TestLocalHostInfo::hostNameIsKnown()
{
    QVERIFY(!LocalHostInfo::hostName().isEmpty());
}

void TestLocalHostInfo::loopbackInterfaceHas127001Slash8()
{
    const QList<InterfaceSummary> interfaces = LocalHostInfo::interfaces();
    QVERIFY(!interfaces.isEmpty());

    bool found = false;
    for (const InterfaceSummary &iface : interfaces) {
        QVERIFY(!iface.name.isEmpty());
        if (!iface.flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const InterfaceAddress &entry : iface.addresses) {
            if (entry.ip != QHostAddress(QHostAddress::LocalHost))
                continue;
            found = true;
            QCOMPARE(entry.prefixLength, 8);
            QCOMPARE(entry.netmask, QHostAddress(QStringLiteral("255.0.0.0")));
            QVERIFY(iface.flags.testFlag(QNetworkInterface::IsUp));
            QVERIFY(LocalHostInfo::flagsText(iface.flags).contains(QLatin1String("loopback")));
        }
    }
    QVERIFY2(found, "no loopback interface with 127.0.0.1/8");
}

void TestLocalHostInfo::flagsText_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("text");

    QTest::newRow("typical loopback")
        << int(QNetworkInterface::IsUp | QNetworkInterface::IsRunning | QNetworkInterface::IsLoopBack)
        << "up, running, loopback";
    QTest::newRow("typical Ethernet")
        << int(QNetworkInterface::IsUp | QNetworkInterface::IsRunning | QNetworkInterface::CanBroadcast
               | QNetworkInterface::CanMulticast)
        << "up, running, broadcast, multicast";
    QTest::newRow("an interface that is not up says down")
        << int(QNetworkInterface::CanBroadcast) << "down, broadcast";
}

void TestLocalHostInfo::flagsText()
{
    QFETCH(int, flags);
    QFETCH(QString, text);
    QCOMPARE(LocalHostInfo::flagsText(QNetworkInterface::InterfaceFlags(flags)), text);
}

void TestLocalHostInfo::hostsEntries_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lines");

    const QString debian = QStringLiteral("127.0.0.1\tlocalhost\n"
                                          "127.0.1.1\tdebian.lan\tdebian\n"
                                          "\n"
                                          "# The following lines are desirable for IPv6\n"
                                          "::1     localhost ip6-localhost ip6-loopback\n");
    QTest::newRow("Debian's 127.0.1.1 line found by the short name")
        << debian << "debian" << QStringList{QStringLiteral("127.0.1.1 debian.lan debian")};
    QTest::newRow("names compare case-insensitively")
        << debian << "DEBIAN" << QStringList{QStringLiteral("127.0.1.1 debian.lan debian")};
    QTest::newRow("a name on several lines gives every line")
        << debian << "localhost"
        << QStringList{QStringLiteral("127.0.0.1 localhost"),
                       QStringLiteral("::1 localhost ip6-localhost ip6-loopback")};
    QTest::newRow("an address is not a name") << debian << "127.0.1.1" << QStringList{};
    QTest::newRow("commented-out entries do not count") << "#10.0.0.5 myhost\n10.0.0.6 other # myhost\n"
                                                        << "myhost" << QStringList{};
    QTest::newRow("comment after the names is dropped")
        << "10.0.0.5 myhost # added by hand\n"
        << "myhost" << QStringList{QStringLiteral("10.0.0.5 myhost")};
    QTest::newRow("a substring of a name is no match") << debian << "deb" << QStringList{};
}

void TestLocalHostInfo::hostsEntries()
{
    QFETCH(QString, hosts);
    QFETCH(QString, name);
    QFETCH(QStringList, lines);
    QCOMPARE(LocalHostInfo::hostsEntries(hosts, name), lines);
}

void TestLocalHostInfo::explainOwnAddresses_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("hostsLines");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("Debian's 127.0.1.1 is explained")
        << QStringList{QStringLiteral("127.0.1.1")} << QStringList{QStringLiteral("127.0.1.1 debian")}
        << "Debian writes the line \"127.0.1.1 debian\" into /etc/hosts";
    QTest::newRow("another loopback mapping quotes the hosts line")
        << QStringList{QStringLiteral("127.0.0.1")}
        << QStringList{QStringLiteral("127.0.0.1 localhost debian")}
        << "/etc/hosts maps debian to a loopback address (\"127.0.0.1 localhost debian\")";
    QTest::newRow("an interface address is reachable by others")
        << QStringList{QStringLiteral("192.168.1.77")} << QStringList{}
        << "resolves to an address of one of this machine's interfaces";
    QTest::newRow("an address no interface has is stale")
        << QStringList{QStringLiteral("192.168.9.9")} << QStringList{}
        << "none of this machine's interfaces has";
    QTest::newRow("no address at all")
        << QStringList{} << QStringList{} << "does not resolve to any address here";
}

void TestLocalHostInfo::explainOwnAddresses()
{
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, hostsLines);
    QFETCH(QString, mustContain);

    QList<QHostAddress> list;
    for (const QString &a : addresses)
        list.append(QHostAddress(a));
    InterfaceSummary eth0;
    eth0.name = QStringLiteral("eth0");
    eth0.addresses.append({QHostAddress(QStringLiteral("192.168.1.77")), 24,
                           QHostAddress(QStringLiteral("255.255.255.0")),
                           QHostAddress(QStringLiteral("192.168.1.255"))});

    const QString text
        = LocalHostInfo::explainOwnAddresses(QStringLiteral("debian"), list, hostsLines, {eth0});
    QVERIFY2(text.contains(mustContain), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestLocalHostInfo)
#include "tst_localhostinfo.moc"
