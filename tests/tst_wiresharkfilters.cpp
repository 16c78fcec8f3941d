#include "wiresharkfilters.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ContextRow
{
    const char *name;
    TrafficProtocol protocol;
    const char *local;
    quint16 localPort;
    const char *peer;
    quint16 peerPort;
    bool listening;
    const char *capture;
    const char *display;
    const char *interfaceName;
};

constexpr TrafficProtocol Tcp = TrafficProtocol::Tcp;
constexpr TrafficProtocol Udp = TrafficProtocol::Udp;

// Shared by the expectation test and the tshark/dumpcap check, so every
// form the functions produce is also compiled by the real tools.
const ContextRow ContextRows[] = {
    {"tcp server on loopback: its port and address, on lo", Tcp, "127.0.0.1", 8888, "", 0, true,
     "tcp port 8888", "tcp.port == 8888 && ip.addr == 127.0.0.1", "lo"},
    {"tcp server on every IPv4 address: no address term, any", Tcp, "0.0.0.0", 8888, "", 0, true,
     "tcp port 8888", "tcp.port == 8888", "any"},
    {"tcp server on :: (dual stack) is every address too", Tcp, "::", 8888, "", 0, true, "tcp port 8888",
     "tcp.port == 8888", "any"},
    {"tcp server on a LAN address: address in the display filter only", Tcp, "192.168.1.5", 8080, "", 0, true,
     "tcp port 8080", "tcp.port == 8080 && ip.addr == 192.168.1.5", "any"},
    {"tcp client before connecting: the target port and address", Tcp, "", 0, "127.0.0.1", 8888, false,
     "tcp port 8888", "tcp.port == 8888 && ip.addr == 127.0.0.1", "lo"},
    {"tcp client connected: the server's port, not the ephemeral one", Tcp, "127.0.0.1", 51234, "127.0.0.1",
     8888, false, "tcp port 8888", "tcp.port == 8888 && ip.addr == 127.0.0.1", "lo"},
    {"tcp client to a remote host: a host term narrows the capture", Tcp, "192.168.1.10", 40000,
     "192.168.1.20", 80, false, "tcp port 80 and host 192.168.1.20",
     "tcp.port == 80 && ip.addr == 192.168.1.20", "any"},
    {"IPv4-mapped addresses are written as IPv4", Tcp, "::ffff:127.0.0.1", 51000, "::ffff:127.0.0.1", 8888,
     false, "tcp port 8888", "tcp.port == 8888 && ip.addr == 127.0.0.1", "lo"},
    {"IPv6 loopback uses ipv6.addr", Tcp, "::1", 51000, "::1", 8888, false, "tcp port 8888",
     "tcp.port == 8888 && ipv6.addr == ::1", "lo"},
    {"remote IPv6 peer: an IPv6 host term", Tcp, "", 0, "2001:db8::5", 443, false,
     "tcp port 443 and host 2001:db8::5", "tcp.port == 443 && ipv6.addr == 2001:db8::5", "any"},
    {"link-local scope id is dropped", Tcp, "", 0, "fe80::1%lo", 8888, false,
     "tcp port 8888 and host fe80::1", "tcp.port == 8888 && ipv6.addr == fe80::1", "any"},
    {"udp receiver only: its port", Udp, "0.0.0.0", 9999, "", 0, true, "udp port 9999", "udp.port == 9999",
     "any"},
    {"udp receiver with a sender target: both ports, no host term", Udp, "127.0.0.1", 9999, "127.0.0.1", 7777,
     true, "udp and (port 9999 or port 7777)",
     "(udp.port == 9999 || udp.port == 7777) && ip.addr == 127.0.0.1", "lo"},
    {"udp receiver on every address sending to loopback: still any", Udp, "0.0.0.0", 9999, "127.0.0.1", 9999,
     true, "udp port 9999", "udp.port == 9999", "any"},
    {"udp sender not bound yet: the target port", Udp, "", 0, "127.0.0.1", 9999, false, "udp port 9999",
     "udp.port == 9999 && ip.addr == 127.0.0.1", "lo"},
    {"broadcast receiver with a broadcast target: the port once", Udp, "0.0.0.0", 9999, "255.255.255.255",
     9999, true, "udp port 9999", "udp.port == 9999", "any"},
    {"broadcast sender: the broadcast address narrows the capture", Udp, "", 0, "255.255.255.255", 9999,
     false, "udp port 9999 and host 255.255.255.255", "udp.port == 9999 && ip.addr == 255.255.255.255",
     "any"},
    {"nothing known yet: no filters", Tcp, "", 0, "", 0, false, "", "", "any"},
};

struct ConnectionRow
{
    const char *name;
    TrafficProtocol protocol;
    const char *local;
    quint16 localPort;
    const char *peer;
    quint16 peerPort;
    const char *filter;
};

const ConnectionRow ConnectionRows[] = {
    {"loopback pair: the address is written once", Tcp, "127.0.0.1", 8888, "127.0.0.1", 51234,
     "tcp.port == 8888 && tcp.port == 51234 && ip.addr == 127.0.0.1"},
    {"two hosts: both addresses", Tcp, "192.168.1.5", 8888, "192.168.1.7", 51234,
     "tcp.port == 8888 && tcp.port == 51234 && ip.addr == 192.168.1.5 && ip.addr == 192.168.1.7"},
    {"client of a dual-stack server: mapped addresses as IPv4", Tcp, "::ffff:127.0.0.1", 8888,
     "::ffff:127.0.0.1", 40000, "tcp.port == 8888 && tcp.port == 40000 && ip.addr == 127.0.0.1"},
    {"IPv6 pair", Tcp, "::1", 8888, "2001:db8::7", 40000,
     "tcp.port == 8888 && tcp.port == 40000 && ipv6.addr == ::1 && ipv6.addr == 2001:db8::7"},
    {"udp conversation on one port: the port is written once", Udp, "127.0.0.1", 9999, "127.0.0.1", 9999,
     "udp.port == 9999 && ip.addr == 127.0.0.1"},
    {"unknown addresses: the ports alone", Tcp, "", 51234, "", 8888, "tcp.port == 51234 && tcp.port == 8888"},
    {"unknown peer port: no pair filter", Tcp, "127.0.0.1", 8888, "127.0.0.1", 0, ""},
};

WiresharkContext contextOf(const ContextRow &row)
{
    WiresharkContext context;
    context.protocol = row.protocol;
    context.localAddress = QHostAddress(QString::fromLatin1(row.local));
    context.localPort = row.localPort;
    context.peerAddress = QHostAddress(QString::fromLatin1(row.peer));
    context.peerPort = row.peerPort;
    context.listening = row.listening;
    return context;
}

WiresharkConnection connectionOf(const ConnectionRow &row)
{
    return {QHostAddress(QString::fromLatin1(row.local)), row.localPort,
            QHostAddress(QString::fromLatin1(row.peer)), row.peerPort};
}

// The smallest valid pcapng file: a section header and one Ethernet interface.
QByteArray emptyPcapng()
{
    return QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000"
                               "01000000140000000100000000000000"
                               "14000000");
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.output = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

} // namespace

class TestWiresharkFilters : public QObject
{
    Q_OBJECT
private slots:
    void filtersForContext_data();
    void filtersForContext();
    void connectionFilter_data();
    void connectionFilter();
    void commandLines_data();
    void commandLines();
    void buildCollectsEverything();
    void interfaceSentences();
    void tsharkAcceptsEveryDisplayFilter();
    void dumpcapCompilesEveryCaptureFilter();
};

void TestWiresharkFilters::filtersForContext_data()
{
    QTest::addColumn<WiresharkContext>("context");
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("interfaceName");
    for (const ContextRow &row : ContextRows) {
        QTest::newRow(row.name) << contextOf(row) << QString::fromLatin1(row.capture)
                                << QString::fromLatin1(row.display) << QString::fromLatin1(row.interfaceName);
    }
}

void TestWiresharkFilters::filtersForContext()
{
    QFETCH(WiresharkContext, context);
    QFETCH(QString, capture);
    QFETCH(QString, display);
    QFETCH(QString, interfaceName);
    QCOMPARE(WiresharkFilters::captureFilter(context), capture);
    QCOMPARE(WiresharkFilters::displayFilter(context), display);
    QCOMPARE(WiresharkFilters::captureInterface(context), interfaceName);
}

void TestWiresharkFilters::connectionFilter_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<WiresharkConnection>("connection");
    QTest::addColumn<QString>("filter");
    for (const ConnectionRow &row : ConnectionRows)
        QTest::newRow(row.name) << int(row.protocol) << connectionOf(row) << QString::fromLatin1(row.filter);
}

void TestWiresharkFilters::connectionFilter()
{
    QFETCH(int, protocol);
    QFETCH(WiresharkConnection, connection);
    QFETCH(QString, filter);
    QCOMPARE(WiresharkFilters::connectionFilter(TrafficProtocol(protocol), connection), filter);
}

void TestWiresharkFilters::commandLines_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("tshark");
    QTest::addColumn<QString>("wireshark");
    QTest::newRow("a filter with spaces is quoted once")
        << QStringLiteral("lo") << QStringLiteral("tcp port 8888")
        << QStringLiteral("tshark -i lo -f \"tcp port 8888\"")
        << QStringLiteral("wireshark -k -i lo -f \"tcp port 8888\"");
    QTest::newRow("parentheses stay inside the quotes")
        << QStringLiteral("any") << QStringLiteral("udp and (port 9999 or port 7777)")
        << QStringLiteral("tshark -i any -f \"udp and (port 9999 or port 7777)\"")
        << QStringLiteral("wireshark -k -i any -f \"udp and (port 9999 or port 7777)\"");
    QTest::newRow("no filter: no -f") << QStringLiteral("any") << QString() << QStringLiteral("tshark -i any")
                                      << QStringLiteral("wireshark -k -i any");
}

void TestWiresharkFilters::commandLines()
{
    QFETCH(QString, interfaceName);
    QFETCH(QString, filter);
    QFETCH(QString, tshark);
    QFETCH(QString, wireshark);
    QCOMPARE(WiresharkFilters::tsharkCommand(interfaceName, filter), tshark);
    QCOMPARE(WiresharkFilters::wiresharkCommand(interfaceName, filter), wireshark);
    QStringList expected{QStringLiteral("-k"), QStringLiteral("-i"), interfaceName};
    if (!filter.isEmpty())
        expected << QStringLiteral("-f") << filter;
    QCOMPARE(WiresharkFilters::wiresharkArguments(interfaceName, filter), expected);
}

void TestWiresharkFilters::buildCollectsEverything()
{
    WiresharkContext context;
    context.protocol = TrafficProtocol::Tcp;
    context.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    context.localPort = 8888;
    context.listening = true;
    const WiresharkConnection pair{QHostAddress(QStringLiteral("127.0.0.1")), 8888,
                                   QHostAddress(QStringLiteral("127.0.0.1")), 51234};

    const WiresharkFilterSet set = WiresharkFilters::build(context, pair);
    QCOMPARE(set.captureFilter, QStringLiteral("tcp port 8888"));
    QCOMPARE(set.displayFilter, QStringLiteral("tcp.port == 8888 && ip.addr == 127.0.0.1"));
    QCOMPARE(set.connectionFilter,
             QStringLiteral("tcp.port == 8888 && tcp.port == 51234 && ip.addr == 127.0.0.1"));
    QCOMPARE(set.interfaceName, QStringLiteral("lo"));
    QCOMPARE(set.tsharkCommand, QStringLiteral("tshark -i lo -f \"tcp port 8888\""));
    QCOMPARE(set.wiresharkCommand, QStringLiteral("wireshark -k -i lo -f \"tcp port 8888\""));

    QVERIFY(WiresharkFilters::build(context).connectionFilter.isEmpty());
}

void TestWiresharkFilters::interfaceSentences()
{
    QVERIFY2(WiresharkFilters::interfaceSentence(QStringLiteral("lo"))
                 .contains(QStringLiteral(
                     "Loopback traffic is captured on lo, not on your Ethernet or Wi-Fi interface")),
             qPrintable(WiresharkFilters::interfaceSentence(QStringLiteral("lo"))));
    const QString any = WiresharkFilters::interfaceSentence(QStringLiteral("any"));
    QVERIFY(any.contains(QStringLiteral("any")));
    QVERIFY(!any.contains(QStringLiteral("Loopback traffic is captured on")));
}

void TestWiresharkFilters::tsharkAcceptsEveryDisplayFilter()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (sudo apt install tshark), so display filters are not compiled");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("empty.pcapng"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(emptyPcapng());
    out.close();

    const auto check = [&](const QString &filter) {
        return runTool(tshark,
                       {QStringLiteral("-n"), QStringLiteral("-r"), file, QStringLiteral("-Y"), filter});
    };
    // The check can fail: tshark refuses a broken filter with a non-zero exit.
    QVERIFY(check(QStringLiteral("tcp.port == ")).exitCode != 0);
    QVERIFY(check(QStringLiteral("ip.addr == ::1 &&")).exitCode != 0);

    QStringList filters;
    for (const ContextRow &row : ContextRows)
        filters << WiresharkFilters::displayFilter(contextOf(row));
    for (const ConnectionRow &row : ConnectionRows)
        filters << WiresharkFilters::connectionFilter(row.protocol, connectionOf(row));
    filters.removeAll(QString());
    filters.removeDuplicates();
    QVERIFY(filters.size() >= 15);
    for (const QString &filter : std::as_const(filters)) {
        const ToolRun run = check(filter);
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("%1 → %2").arg(filter, run.output)));
    }
}

void TestWiresharkFilters::dumpcapCompilesEveryCaptureFilter()
{
    const QString dumpcap = QStandardPaths::findExecutable(QStringLiteral("dumpcap"));
    if (dumpcap.isEmpty())
        QSKIP("dumpcap is not installed (sudo apt install wireshark-common), so capture filters are not "
              "compiled");

    const auto compile = [&](const QString &filter) {
        return runTool(
            dumpcap,
            {QStringLiteral("-d"), QStringLiteral("-f"), filter, QStringLiteral("-i"), QStringLiteral("lo")});
    };
    // dumpcap 4.0 exits 0 even for a broken filter, so the proof is the
    // output: a compiled filter prints its BPF program ("(000) ldh ...");
    // a broken one says "Invalid capture filter". Anything else means this
    // user may not open lo at all.
    const auto compiled = [](const ToolRun &run) {
        return run.exitCode == 0 && run.output.contains(QStringLiteral("(000)"))
            && !run.output.contains(QStringLiteral("Invalid capture filter"));
    };
    const ToolRun bad = compile(QStringLiteral("tcp port 88888"));
    if (!bad.output.contains(QStringLiteral("Invalid capture filter"))) {
        QSKIP(
            qPrintable(QStringLiteral("dumpcap may not open lo here, so capture filters are not compiled: %1")
                           .arg(bad.output.trimmed())));
    }
    QVERIFY2(!compiled(bad), qPrintable(bad.output)); // the check can fail

    QStringList filters;
    for (const ContextRow &row : ContextRows)
        filters << WiresharkFilters::captureFilter(contextOf(row));
    filters.removeAll(QString());
    filters.removeDuplicates();
    QVERIFY(filters.size() >= 8);
    for (const QString &filter : std::as_const(filters)) {
        const ToolRun run = compile(filter);
        QVERIFY2(compiled(run), qPrintable(QStringLiteral("%1 → %2").arg(filter, run.output)));
    }
}

QTEST_GUILESS_MAIN(TestWiresharkFilters)
#include "tst_wiresharkfilters.moc"
