// Broadcast and multicast on a throw-away LAN: a bridge namespace and three
// host namespaces A, B, C (10.99.X.1-3/24, X random per run, names unique per
// run), joined by veth pairs. UdpEngine runs inside them through udp_probe,
// Python (tests/peers/udp_peer.py) is the independent peer. Nothing is ever
// broadcast or multicast in this machine's own namespace. Needs root and
// iproute2; skipped with the reason otherwise. Everything made here is removed
// in cleanupTestCase (processes inside first, then the namespaces), and also
// when the test binary exits early.
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <signal.h>
#include <unistd.h>

namespace {

const QString PeerScript = QStringLiteral(NETLAB_TESTS_DIR "/peers/udp_peer.py");
const QString ProbeBinary = QStringLiteral(UDP_PROBE);
const QString Prefix = QStringLiteral("nlu");

// Runs `ip args`; returns true on exit code 0, with stderr in *error.
bool ip(const QStringList &args, QString *error = nullptr, QByteArray *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("ip"), args);
    if (!p.waitForFinished(10000)) {
        if (error)
            *error = QStringLiteral("ip %1: did not finish").arg(args.join(u' '));
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("ip %1: %2")
                         .arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Kills what runs inside a namespace, then deletes it.
void removeNamespace(const QString &name)
{
    QByteArray pids;
    if (ip({QStringLiteral("netns"), QStringLiteral("pids"), name}, nullptr, &pids)) {
        for (const QByteArray &pid : pids.split('\n')) {
            bool ok = false;
            const int value = pid.trimmed().toInt(&ok);
            if (ok && value > 1)
                ::kill(value, SIGKILL);
        }
    }
    ip({QStringLiteral("netns"), QStringLiteral("del"), name});
}

// A program running inside a namespace, talked to line by line.
class NsProcess
{
public:
    NsProcess(const QString &ns, const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral("ip"));
        m_process.setArguments(QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, program}
                               + arguments);
        m_process.start();
    }
    ~NsProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    NsProcess(const NsProcess &) = delete;
    NsProcess &operator=(const NsProcess &) = delete;

    void send(const QString &line) { m_process.write(line.toUtf8() + '\n'); }

    QString readLine(int timeoutMs = 10000)
    {
        QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                qWarning() << "stderr:" << m_process.readAllStandardError();
                return {};
            }
            spy.wait(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 200))));
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    // Sends a command and returns the answer line.
    QString ask(const QString &line)
    {
        send(line);
        return readLine();
    }

private:
    QProcess m_process;
};

// Removes the namespaces even when the test binary leaves without
// cleanupTestCase (a failed QSKIP-less early exit, an exception).
struct Guard
{
    QStringList names;
    ~Guard()
    {
        for (const QString &name : std::as_const(names))
            removeNamespace(name);
    }
};
Guard g_guard;

} // namespace

class TestUdpNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void subnetBroadcastReachesOtherHosts();
    void limitedBroadcastNeedsBoundSender();
    void multicastJoinReceiveLeave();

private:
    QString ns(QChar host) const { return m_prefix + host; }
    QString addr(int host) const { return QStringLiteral("10.99.%1.%2").arg(m_subnet).arg(host); }
    std::unique_ptr<NsProcess> probe(QChar host);
    bool addHost(QChar host, int number, QString *error);

    QString m_prefix;
    int m_subnet = 0;
};

std::unique_ptr<NsProcess> TestUdpNetns::probe(QChar host)
{
    auto p = std::make_unique<NsProcess>(ns(host), ProbeBinary, QStringList());
    const QString ready = p->readLine();
    if (ready != QStringLiteral("READY"))
        qWarning() << "udp_probe in" << ns(host) << "said" << ready;
    return p;
}

bool TestUdpNetns::addHost(QChar host, int number, QString *error)
{
    const QString name = ns(host);
    const QString port = QStringLiteral("port_") + host.toLower();
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), name}, error))
        return false;
    g_guard.names.append(name);
    const QString sw = ns(u'S');
    return ip({QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("add"), port,
               QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
               QStringLiteral("eth0"), QStringLiteral("netns"), name},
              error)
        && ip({QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"), port,
               QStringLiteral("master"), QStringLiteral("br0"), QStringLiteral("up")},
              error)
        && ip({QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
               QStringLiteral("lo"), QStringLiteral("up")},
              error)
        && ip({QStringLiteral("-n"), name, QStringLiteral("addr"), QStringLiteral("add"),
               addr(number) + QStringLiteral("/24"), QStringLiteral("broadcast"), QStringLiteral("+"),
               QStringLiteral("dev"), QStringLiteral("eth0")},
              error)
        && ip({QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
               QStringLiteral("eth0"), QStringLiteral("up")},
              error);
}

void TestUdpNetns::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to create network namespaces (ip netns add); run the tests as root, as CI does");
    if (!QFileInfo(ProbeBinary).isExecutable())
        QSKIP("udp_probe was not built");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("--version")});
    if (!python.waitForFinished(10000) || python.exitCode() != 0)
        QSKIP("python3 is needed for the independent UDP peer");

    // Leftovers of earlier runs that died before cleaning up: the owner's pid
    // is in the name, so only namespaces of dead runs are removed.
    QByteArray list;
    if (ip({QStringLiteral("netns"), QStringLiteral("list")}, nullptr, &list)) {
        for (const QByteArray &line : list.split('\n')) {
            const QString name = QString::fromLatin1(line.split(' ').value(0));
            if (!name.startsWith(Prefix))
                continue;
            const int pid = name.mid(Prefix.size()).section(u'x', 0, 0).toInt();
            if (pid > 1 && ::kill(pid, 0) != 0)
                removeNamespace(name);
        }
    }

    m_subnet = QRandomGenerator::global()->bounded(1, 255);
    m_prefix = QStringLiteral("%1%2x%3").arg(Prefix).arg(::getpid()).arg(m_subnet);
    QString error;
    const QString sw = ns(u'S');
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), sw}, &error))
        QSKIP(qPrintable(QStringLiteral("cannot create a network namespace here (%1)").arg(error.trimmed())));
    g_guard.names.append(sw);
    QVERIFY2(ip({QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("add"),
                 QStringLiteral("br0"), QStringLiteral("type"), QStringLiteral("bridge")},
                &error),
             qPrintable(error));
    QVERIFY2(ip({QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"),
                 QStringLiteral("br0"), QStringLiteral("type"), QStringLiteral("bridge"),
                 QStringLiteral("mcast_snooping"), QStringLiteral("0")},
                &error),
             qPrintable(error));
    QVERIFY2(ip({QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"),
                 QStringLiteral("br0"), QStringLiteral("up")},
                &error),
             qPrintable(error));
    QVERIFY2(addHost(u'A', 1, &error), qPrintable(error));
    QVERIFY2(addHost(u'B', 2, &error), qPrintable(error));
    QVERIFY2(addHost(u'C', 3, &error), qPrintable(error));
}

void TestUdpNetns::cleanupTestCase()
{
    for (const QString &name : std::as_const(g_guard.names))
        removeNamespace(name);
    g_guard.names.clear();
}

void TestUdpNetns::subnetBroadcastReachesOtherHosts()
{
    // B: the independent Python receiver; C: UdpEngine. Both on all addresses.
    NsProcess python(
        ns(u'B'), QStringLiteral("python3"),
        {PeerScript, QStringLiteral("recv"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
    const QString portLine = python.readLine();
    QVERIFY2(portLine.startsWith(QStringLiteral("PORT ")), qPrintable(portLine));
    const QString port = portLine.mid(5);
    // The port B got is free in C too: C is a brand-new namespace.
    auto receiver = probe(u'C');
    QCOMPARE(receiver->ask(QStringLiteral("bind 0.0.0.0 ") + port), QStringLiteral("BOUND ") + port);

    auto sender = probe(u'A');
    const QString sent = sender->ask(QStringLiteral("send %1 %2 hello LAN").arg(addr(255), port));
    QVERIFY2(sent.startsWith(QStringLiteral("SENT 9 ")), qPrintable(sent));
    const QString senderPort = sent.section(u' ', 2);

    QCOMPARE(python.readLine(),
             QStringLiteral("RECV %1 %2 %3")
                 .arg(addr(1), senderPort, QString::fromLatin1(QByteArray("hello LAN").toHex())));
    QCOMPARE(receiver->readLine(),
             QStringLiteral("RECV %1 %2 %3 hello LAN").arg(addr(1), senderPort, addr(255)));
}

void TestUdpNetns::limitedBroadcastNeedsBoundSender()
{
    auto receiver = probe(u'B');
    const QString bound = receiver->ask(QStringLiteral("bind 0.0.0.0 0"));
    QVERIFY2(bound.startsWith(QStringLiteral("BOUND ")), qPrintable(bound));
    const QString port = bound.mid(6);

    // The independent check: a plain socket gets ENETUNREACH too.
    NsProcess python(ns(u'A'), QStringLiteral("python3"),
                     {PeerScript, QStringLiteral("send"), QStringLiteral("255.255.255.255"), port,
                      QStringLiteral("--hex"), QStringLiteral("00"), QStringLiteral("--broadcast")});
    QVERIFY(python.readLine().startsWith(QStringLiteral("PORT ")));
    QCOMPARE(python.readLine(), QStringLiteral("ERROR ENETUNREACH"));

    // UdpEngine, unbound: refused, explained with the fix.
    auto unbound = probe(u'A');
    const QString refused = unbound->ask(QStringLiteral("send 255.255.255.255 %1 everyone").arg(port));
    QVERIFY2(refused.startsWith(QStringLiteral("ERROR ENETUNREACH ")), qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("Bind")), qPrintable(refused));

    // Bound to A's own address: the kernel knows the way out.
    auto boundSender = probe(u'A');
    QCOMPARE(boundSender->ask(QStringLiteral("bind %1 0").arg(addr(1))).left(6), QStringLiteral("BOUND "));
    const QString sent = boundSender->ask(QStringLiteral("send 255.255.255.255 %1 everyone").arg(port));
    QVERIFY2(sent.startsWith(QStringLiteral("SENT 8 ")), qPrintable(sent));
    QCOMPARE(receiver->readLine(),
             QStringLiteral("RECV %1 %2 255.255.255.255 everyone").arg(addr(1), sent.section(u' ', 2)));
}

void TestUdpNetns::multicastJoinReceiveLeave()
{
    const QString group = QStringLiteral("239.1.2.3");
    auto receiver = probe(u'B');
    const QString bound = receiver->ask(QStringLiteral("bind 0.0.0.0 0"));
    QVERIFY2(bound.startsWith(QStringLiteral("BOUND ")), qPrintable(bound));
    const QString port = bound.mid(6);

    // No default route and no multicast route: the kernel cannot pick an
    // interface (Qt says only "unknown error"); the engine says what it means.
    const QString noRoute = receiver->ask(QStringLiteral("join %1 -").arg(group));
    QVERIFY2(noRoute.startsWith(QStringLiteral("ERROR ")) && noRoute.contains(QStringLiteral("route")),
             qPrintable(noRoute));
    // Qt repeats a socket's first error for every later failure; the engine
    // must still explain the next one by what it is.
    const QString afterFailure = receiver->ask(QStringLiteral("send 255.255.255.255 %1 x").arg(port));
    QVERIFY2(afterFailure.startsWith(QStringLiteral("ERROR ENETUNREACH ")), qPrintable(afterFailure));
    QCOMPARE(receiver->ask(QStringLiteral("join %1 eth0").arg(group)), QStringLiteral("JOINED"));

    auto sender = probe(u'A');
    // Without a multicast interface the sender has no route either.
    const QString unrouted = sender->ask(QStringLiteral("send %1 %2 lost").arg(group, port));
    QVERIFY2(unrouted.startsWith(QStringLiteral("ERROR ENETUNREACH")), qPrintable(unrouted));
    QCOMPARE(sender->ask(QStringLiteral("mcastif eth0")), QStringLiteral("OK"));
    const QString sent = sender->ask(QStringLiteral("send %1 %2 to the group").arg(group, port));
    QVERIFY2(sent.startsWith(QStringLiteral("SENT ")), qPrintable(sent));
    const QString senderPort = sent.section(u' ', 2);
    QCOMPARE(receiver->readLine(),
             QStringLiteral("RECV %1 %2 %3 to the group").arg(addr(1), senderPort, group));

    // After leaving, the group's datagrams stop; the unicast sentinel sent
    // after it on the same path proves the receiver would have seen it.
    QCOMPARE(receiver->ask(QStringLiteral("leave %1 eth0").arg(group)), QStringLiteral("LEFT"));
    QVERIFY(sender->ask(QStringLiteral("send %1 %2 after leave").arg(group, port))
                .startsWith(QStringLiteral("SENT ")));
    QVERIFY(sender->ask(QStringLiteral("send %1 %2 sentinel").arg(addr(2), port))
                .startsWith(QStringLiteral("SENT ")));
    QCOMPARE(receiver->readLine(),
             QStringLiteral("RECV %1 %2 %3 sentinel").arg(addr(1), senderPort, addr(2)));
    QVERIFY2(receiver->ask(QStringLiteral("leave %1 eth0").arg(group)).startsWith(QStringLiteral("ERROR ")),
             "leaving twice is refused");
}

QTEST_GUILESS_MAIN(TestUdpNetns)
#include "tst_udpnetns.moc"
