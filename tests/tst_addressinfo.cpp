#include "addressinfo.h"

#include <QtTest>

class TestAddressInfo : public QObject
{
    Q_OBJECT

private slots:
    void sourceAddressFollowsTheRoute_data();
    void sourceAddressFollowsTheRoute();
    void classify_data();
    void classify();
    void cidr_data();
    void cidr();
    void networkAndBroadcastAddressTyped_data();
    void networkAndBroadcastAddressTyped();
    void badInput_data();
    void badInput();
    void parseAddressRefusesPrefix();
    void powerOfTwo_data();
    void powerOfTwo();
    void reverseDnsName_data();
    void reverseDnsName();
    void everyCategoryHasTexts();
};

void TestAddressInfo::classify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("version");

    QTest::newRow("127.0.0.1 is loopback") << "127.0.0.1"
                                           << "loopback" << 4;
    QTest::newRow("all of 127/8 is loopback, not just .1") << "127.255.255.254"
                                                           << "loopback" << 4;
    QTest::newRow("10/8 is private") << "10.1.2.3"
                                     << "private" << 4;
    QTest::newRow("172.16/12 starts at 172.16") << "172.16.0.1"
                                                << "private" << 4;
    QTest::newRow("172.16/12 ends at 172.31") << "172.31.255.255"
                                              << "private" << 4;
    QTest::newRow("172.32 is outside 172.16/12") << "172.32.0.1"
                                                 << "global" << 4;
    QTest::newRow("192.168/16 is private") << "192.168.1.77"
                                           << "private" << 4;
    QTest::newRow("100.64/10 is shared CGNAT") << "100.64.0.1"
                                               << "shared-cgnat" << 4;
    QTest::newRow("100.127 is the end of 100.64/10") << "100.127.255.255"
                                                     << "shared-cgnat" << 4;
    QTest::newRow("100.128 is outside 100.64/10") << "100.128.0.1"
                                                  << "global" << 4;
    QTest::newRow("169.254/16 is link-local") << "169.254.1.1"
                                              << "link-local" << 4;
    QTest::newRow("mDNS group is multicast") << "224.0.0.251"
                                             << "multicast" << 4;
    QTest::newRow("SSDP group is multicast") << "239.255.255.250"
                                             << "multicast" << 4;
    QTest::newRow("255.255.255.255 is broadcast, not reserved") << "255.255.255.255"
                                                                << "broadcast" << 4;
    QTest::newRow("0.0.0.0 is unspecified") << "0.0.0.0"
                                            << "unspecified" << 4;
    QTest::newRow("rest of 0/8 is this-network") << "0.1.2.3"
                                                 << "this-network" << 4;
    QTest::newRow("TEST-NET-1 is documentation") << "192.0.2.1"
                                                 << "documentation" << 4;
    QTest::newRow("TEST-NET-2 is documentation") << "198.51.100.7"
                                                 << "documentation" << 4;
    QTest::newRow("TEST-NET-3 is documentation") << "203.0.113.9"
                                                 << "documentation" << 4;
    QTest::newRow("240/4 is reserved") << "240.0.0.1"
                                       << "reserved" << 4;
    QTest::newRow("8.8.8.8 is global") << "8.8.8.8"
                                       << "global" << 4;
    QTest::newRow("white space around is ignored") << "  192.168.1.77\t"
                                                   << "private" << 4;
    QTest::newRow("::1 is loopback") << "::1"
                                     << "loopback" << 6;
    QTest::newRow(":: is unspecified") << "::"
                                       << "unspecified" << 6;
    QTest::newRow("fe80::/10 is link-local") << "fe80::1"
                                             << "link-local" << 6;
    QTest::newRow("febf:: is still in fe80::/10") << "febf::1"
                                                  << "link-local" << 6;
    QTest::newRow("fd00::/8 is unique-local") << "fd12:3456::1"
                                              << "unique-local" << 6;
    QTest::newRow("fc00::/7 includes fc00::") << "fc00::1"
                                              << "unique-local" << 6;
    QTest::newRow("ff02::1 is multicast") << "ff02::1"
                                          << "multicast" << 6;
    QTest::newRow("2001:db8::/32 is documentation") << "2001:db8::1"
                                                    << "documentation" << 6;
    QTest::newRow("2001:db9:: is outside 2001:db8::/32") << "2001:db9::1"
                                                         << "global" << 6;
    QTest::newRow("2606:4700::1111 is global") << "2606:4700::1111"
                                               << "global" << 6;
    QTest::newRow("::ffff:a.b.c.d is IPv4-mapped") << "::ffff:192.0.2.1"
                                                   << "ipv4-mapped" << 6;
    QTest::newRow("upper-case hex is accepted") << "FE80::ABCD"
                                                << "link-local" << 6;
    QTest::newRow("a zone id is accepted") << "fe80::1%eth0"
                                           << "link-local" << 6;
}

void TestAddressInfo::classify()
{
    QFETCH(QString, input);
    QFETCH(QString, category);
    QFETCH(int, version);

    const AddressReport report = AddressInfo::inspect(input);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.error.isEmpty());
    QCOMPARE(AddressInfo::categoryId(report.category), category);
    QCOMPARE(report.version, version == 4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol);
    QVERIFY(!report.hasPrefix);
    QCOMPARE(report.prefixLength, -1);
}

void TestAddressInfo::cidr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("broadcast"); // empty: none
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("count");
    QTest::addColumn<int>("hostBits");

    QTest::newRow("/24 from a host address: the tutorial's LAN") << "192.168.1.77/24"
                                                                 << "192.168.1.0"
                                                                 << "255.255.255.0"
                                                                 << "192.168.1.255"
                                                                 << "192.168.1.1"
                                                                 << "192.168.1.254"
                                                                 << "254" << 8;
    QTest::newRow("/8 network") << "10.0.0.0/8"
                                << "10.0.0.0"
                                << "255.0.0.0"
                                << "10.255.255.255"
                                << "10.0.0.1"
                                << "10.255.255.254"
                                << "16777214" << 24;
    QTest::newRow("/12 mask does not end on a dot") << "172.20.5.9/12"
                                                    << "172.16.0.0"
                                                    << "255.240.0.0"
                                                    << "172.31.255.255"
                                                    << "172.16.0.1"
                                                    << "172.31.255.254"
                                                    << "1048574" << 20;
    QTest::newRow("/30 has two hosts") << "192.168.1.77/30"
                                       << "192.168.1.76"
                                       << "255.255.255.252"
                                       << "192.168.1.79"
                                       << "192.168.1.77"
                                       << "192.168.1.78"
                                       << "2" << 2;
    QTest::newRow("/0 IPv4 is the whole space, mask 0.0.0.0 without shifting by 32") << "0.0.0.0/0"
                                                                                     << "0.0.0.0"
                                                                                     << "0.0.0.0"
                                                                                     << "255.255.255.255"
                                                                                     << "0.0.0.1"
                                                                                     << "255.255.255.254"
                                                                                     << "4294967294" << 32;
    QTest::newRow("/31 has two hosts and no broadcast (RFC 3021)") << "192.168.1.7/31"
                                                                   << "192.168.1.6"
                                                                   << "255.255.255.254"
                                                                   << ""
                                                                   << "192.168.1.6"
                                                                   << "192.168.1.7"
                                                                   << "2" << 1;
    QTest::newRow("/32 is one host and no broadcast") << "192.168.1.77/32"
                                                      << "192.168.1.77"
                                                      << "255.255.255.255"
                                                      << ""
                                                      << "192.168.1.77"
                                                      << "192.168.1.77"
                                                      << "1" << 0;
    QTest::newRow("IPv6 /32 counts 2^96 exactly") << "2001:db8::/32"
                                                  << "2001:db8::"
                                                  << "ffff:ffff::"
                                                  << ""
                                                  << "2001:db8::"
                                                  << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"
                                                  << "79228162514264337593543950336" << 96;
    QTest::newRow("IPv6 /64 from a host address") << "2001:db8:1:2::abcd/64"
                                                  << "2001:db8:1:2::"
                                                  << "ffff:ffff:ffff:ffff::"
                                                  << ""
                                                  << "2001:db8:1:2::"
                                                  << "2001:db8:1:2:ffff:ffff:ffff:ffff"
                                                  << "18446744073709551616" << 64;
    QTest::newRow("IPv6 /36 mask cuts a hex digit in half") << "2001:db8:abcd::1/36"
                                                            << "2001:db8:a000::"
                                                            << "ffff:ffff:f000::"
                                                            << ""
                                                            << "2001:db8:a000::"
                                                            << "2001:db8:afff:ffff:ffff:ffff:ffff:ffff"
                                                            << "4951760157141521099596496896" << 92;
    QTest::newRow("IPv6 /128 is one address") << "fe80::1/128"
                                              << "fe80::1"
                                              << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                                              << ""
                                              << "fe80::1"
                                              << "fe80::1"
                                              << "1" << 0;
    QTest::newRow("IPv6 /0 counts 2^128, more than 64 bits hold")
        << "::/0"
        << "::"
        << "::"
        << ""
        << "::"
        << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
        << "340282366920938463463374607431768211456" << 128;
}

void TestAddressInfo::cidr()
{
    QFETCH(QString, input);
    QFETCH(QString, network);
    QFETCH(QString, netmask);
    QFETCH(QString, broadcast);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, count);
    QFETCH(int, hostBits);

    const AddressReport r = AddressInfo::inspect(input);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.hasPrefix);
    QCOMPARE(r.network, QHostAddress(network));
    QCOMPARE(r.netmask, QHostAddress(netmask));
    if (broadcast.isEmpty())
        QVERIFY2(r.broadcast.isNull(), qPrintable(r.broadcast.toString()));
    else
        QCOMPARE(r.broadcast, QHostAddress(broadcast));
    QCOMPARE(r.firstHost, QHostAddress(first));
    QCOMPARE(r.lastHost, QHostAddress(last));
    QCOMPARE(r.hostCount, count);
    QCOMPARE(r.hostBits, hostBits);
}

void TestAddressInfo::networkAndBroadcastAddressTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("isNetwork");
    QTest::addColumn<bool>("isBroadcast");

    QTest::newRow("a host of the network") << "192.168.1.77/24" << false << false;
    QTest::newRow("the network address itself") << "192.168.1.0/24" << true << false;
    QTest::newRow("the broadcast address itself") << "192.168.1.255/24" << false << true;
    QTest::newRow("/31 has neither") << "192.168.1.6/31" << false << false;
    QTest::newRow("IPv6 network address") << "2001:db8::/64" << true << false;
}

void TestAddressInfo::networkAndBroadcastAddressTyped()
{
    QFETCH(QString, input);
    QFETCH(bool, isNetwork);
    QFETCH(bool, isBroadcast);

    const AddressReport r = AddressInfo::inspect(input);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.isNetworkAddress, isNetwork);
    QCOMPARE(r.isBroadcastAddress, isBroadcast);
}

void TestAddressInfo::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty input asks for an address")
        << "   "
        << "Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as "
           "2001:db8::1, optionally followed by a prefix length such as /24.";
    QTest::newRow("300 in part 1") << "300.1.1.1"
                                   << "'300' is not a number from 0 to 255 (part 1).";
    QTest::newRow("256 in part 4") << "192.168.1.256"
                                   << "'256' is not a number from 0 to 255 (part 4).";
    QTest::newRow("a huge number does not wrap around to a valid byte")
        << "4294967297.1.1.1"
        << "'4294967297' is not a number from 0 to 255 (part 1).";
    QTest::newRow("three parts") << "192.168.1"
                                 << "An IPv4 address is 4 numbers separated by dots, but '192.168.1' "
                                    "has 3 number(s).";
    QTest::newRow("a single number is not accepted as an address (inet_aton would)")
        << "3232235777"
        << "An IPv4 address is 4 numbers separated by dots, but '3232235777' "
           "has 1 number(s).";
    QTest::newRow("two dots in a row") << "192.168..1"
                                       << "Part 3 of the IPv4 address is empty: there are two dots in a row, "
                                          "or a dot at the start or the end.";
    QTest::newRow("leading zero could be read as octal")
        << "192.168.010.1"
        << "'010' has a leading zero (part 3). Write it without the zero: "
           "some programs read 010 as an octal number, which is 8.";
    QTest::newRow("letter in part 4") << "192.168.1.x"
                                      << "'x' is not a number (part 4).";
    QTest::newRow("space inside") << "192.168.1 .77"
                                  << "Spaces are not allowed inside an address (position 10).";
    QTest::newRow("a host name is not an address")
        << "www.google.com"
        << "'www.google.com' is not an IP address. An IPv4 address looks "
           "like 192.168.1.77 and an IPv6 address like 2001:db8::1. To find "
           "the address of a name, use \"Resolve a name\".";
    QTest::newRow("IPv4 prefix 33") << "1.2.3.4/33"
                                    << "The prefix length must be 0–32 for IPv4, not 33.";
    QTest::newRow("IPv6 prefix 129") << "2001:db8::/129"
                                     << "The prefix length must be 0–128 for IPv6, not 129.";
    QTest::newRow("missing prefix after slash")
        << "1.2.3.4/"
        << "The prefix length after '/' is missing: write for example 1.2.3.4/24.";
    QTest::newRow("prefix is not a number")
        << "1.2.3.4/abc"
        << "'abc' is not a prefix length: after '/' write a whole number of "
           "bits, such as 24.";
    QTest::newRow("negative prefix") << "1.2.3.4/-1"
                                     << "'-1' is not a prefix length: after '/' write a whole "
                                        "number of bits, such as 24.";
    QTest::newRow("two double colons") << "2001:db8::1::2"
                                       << "'::' may appear only once in an IPv6 address: it stands for one "
                                          "run of zero groups, and with two of them nobody could tell how "
                                          "many zeros each one means.";
    QTest::newRow("group of five hex digits") << "2001:db8:12345::1"
                                              << "Group '12345' has more than 4 hex digits (group 3).";
    QTest::newRow("seven groups without ::")
        << "2001:db8:0:0:0:0:0"
        << "An IPv6 address has 8 groups of hex digits separated by ':', "
           "but '2001:db8:0:0:0:0:0' has 7. Use '::' to leave out a run "
           "of zero groups.";
    QTest::newRow("eight groups and :: leave nothing for ::")
        << "1:2:3:4:5:6:7::8"
        << "'1:2:3:4:5:6:7::8' has 8 group(s) besides '::', but '::' must "
           "stand for at least one zero group, so at most 7 can be written.";
    QTest::newRow("g is not a hex digit")
        << "2001:db8::g1"
        << "'g' is not allowed in an IPv6 address (position 11). Use the hex "
           "digits 0–9 and a–f, separated by ':'.";
    QTest::newRow("single colon at the end")
        << "2001:db8::1:"
        << "'2001:db8::1:' has an empty group: a single ':' must stand between "
           "two groups, and only '::' may leave groups out.";
    QTest::newRow("bad embedded IPv4 in IPv6") << "::ffff:300.1.1.1"
                                               << "'300' is not a number from 0 to 255 (part 1).";
}

void TestAddressInfo::badInput()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const AddressReport r = AddressInfo::inspect(input);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, message);
}

void TestAddressInfo::parseAddressRefusesPrefix()
{
    QString error;
    QVERIFY(AddressInfo::parseAddress(QStringLiteral("10.0.0.0/8"), &error).isNull());
    QCOMPARE(error,
             QStringLiteral("'10.0.0.0/8' has a prefix length; type the address alone, "
                            "without '/'."));
    const QHostAddress ok = AddressInfo::parseAddress(QStringLiteral(" 10.0.0.1 "), &error);
    QCOMPARE(ok, QHostAddress(QStringLiteral("10.0.0.1")));
    QVERIFY(error.isEmpty());
}

void TestAddressInfo::powerOfTwo_data()
{
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("digits");

    QTest::newRow("2^0") << 0 << "1";
    QTest::newRow("2^10") << 10 << "1024";
    QTest::newRow("2^63 still fits a signed 64-bit number") << 63 << "9223372036854775808";
    QTest::newRow("2^64 no longer fits 64 bits") << 64 << "18446744073709551616";
    QTest::newRow("2^128, the whole IPv6 space") << 128 << "340282366920938463463374607431768211456";
}

void TestAddressInfo::powerOfTwo()
{
    QFETCH(int, exponent);
    QFETCH(QString, digits);
    QCOMPARE(AddressInfo::powerOfTwo(exponent), digits);
}

void TestAddressInfo::reverseDnsName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");

    QTest::newRow("IPv4 bytes reversed under in-addr.arpa") << "192.0.2.1"
                                                            << "1.2.0.192.in-addr.arpa";
    QTest::newRow("IPv6 nibbles reversed under ip6.arpa")
        << "2001:db8::1"
        << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
}

void TestAddressInfo::reverseDnsName()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QCOMPARE(AddressInfo::reverseDnsName(QHostAddress(address)), name);
}

void TestAddressInfo::everyCategoryHasTexts()
{
    for (int i = int(AddressCategory::Unspecified); i <= int(AddressCategory::Global); ++i) {
        const auto category = AddressCategory(i);
        QVERIFY(!AddressInfo::categoryId(category).isEmpty());
        QVERIFY(!AddressInfo::categoryLabel(category).isEmpty());
        QVERIFY(!AddressInfo::categoryExplanation(category).isEmpty());
    }
}

void TestAddressInfo::sourceAddressFollowsTheRoute_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("source");
    QTest::newRow("loopback answers from itself")
        << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("any 127/8 address is reached from 127.0.0.1")
        << QStringLiteral("127.0.0.5") << QStringLiteral("127.0.0.1");
    QTest::newRow("a mapped IPv4 address is IPv4")
        << QStringLiteral("::ffff:127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QStringLiteral("::1");
    QTest::newRow("no address, no source") << QString() << QString();
}

void TestAddressInfo::sourceAddressFollowsTheRoute()
{
    QFETCH(QString, target);
    QFETCH(QString, source);
    const QHostAddress found = AddressInfo::sourceAddressFor(QHostAddress(target));
    if (target == QLatin1String("::1") && found.isNull())
        QSKIP("IPv6 is disabled on this machine");
    QCOMPARE(found.toString(), source);
}

QTEST_GUILESS_MAIN(TestAddressInfo)
#include "tst_addressinfo.moc"
