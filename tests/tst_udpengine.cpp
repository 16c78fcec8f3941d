// UdpEngine on real loopback sockets, against an independent Python peer
// (tests/peers/udp_peer.py) and against itself. Ports are always 0; nothing
// leaves this machine; the only broadcast goes to 127.255.255.255 on lo.
#include "trafficrecorder.h"
#include "udpengine.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace {

const QString PeerScript = QStringLiteral(NETLAB_TESTS_DIR "/peers/udp_peer.py");

// A running udp_peer.py, read line by line while the event loop runs (the
// engine under test must keep answering while we wait).
class Peer
{
public:
    explicit Peer(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments(QStringList{PeerScript} + arguments);
        m_process.start();
    }
    ~Peer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // The next stdout line without its newline, or an empty string after timeoutMs.
    QByteArray readLine(int timeoutMs = 10000)
    {
        QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                qWarning() << "peer stderr:" << m_process.readAllStandardError();
                return {};
            }
            spy.wait(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 200))));
        }
        return m_process.readLine().trimmed();
    }

    // Reads the "PORT n" line every mode starts with.
    quint16 port()
    {
        const QByteArray line = readLine();
        if (!line.startsWith("PORT "))
            return 0;
        return quint16(line.mid(5).toUInt());
    }

    bool finished(int timeoutMs = 10000) { return m_process.waitForFinished(timeoutMs); }

private:
    QProcess m_process;
};

QByteArray recvLine(const QString &ip, quint16 port, const QByteArray &payload)
{
    return "RECV " + ip.toLatin1() + ' ' + QByteArray::number(port) + ' ' + payload.toHex();
}

QList<TrafficEvent> eventsOf(const QSignalSpy &spy, TrafficKind kind)
{
    QList<TrafficEvent> result;
    for (const QList<QVariant> &args : spy) {
        const auto event = args.at(0).value<TrafficEvent>();
        if (event.kind == kind)
            result.append(event);
    }
    return result;
}

QList<SocketCall> callsNamed(const QSignalSpy &spy, const QString &function)
{
    QList<SocketCall> result;
    for (const QList<QVariant> &args : spy) {
        const auto call = args.at(0).value<SocketCall>();
        if (call.function == function)
            result.append(call);
    }
    return result;
}

} // namespace

class TestUdpEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void pythonSenderReachesEngine_data();
    void pythonSenderReachesEngine();
    void engineSenderReachesPython_data();
    void engineSenderReachesPython();
    void autoReplyAnswersPythonPeer_data();
    void autoReplyAnswersPythonPeer();
    void largestDatagramArrivesWhole_data();
    void largestDatagramArrivesWhole();
    void oversizedDatagramRefusedBeforeSending_data();
    void oversizedDatagramRefusedBeforeSending();
    void bindTwice_data();
    void bindTwice();
    void burstFromPythonNoneLost();
    void loopbackBroadcast_data();
    void loopbackBroadcast();
    void closedPortReportsNoError();
    void invalidHostNameFailsWithoutLookup();
    void localhostResolvedOnce();
    void repeatSendsCountDatagrams();
    void repeatRejectsBadInterval_data();
    void repeatRejectsBadInterval();
    void socketCallsAreSummedUpUnderFlood();
    void countersAreBatched();
    void multicastFailuresExplained_data();
    void multicastFailuresExplained();
    void broadcastTargetsIncludeFixedAddresses();
    // Receiving under a flood: read in batches and in turns.
    void queuedFloodArrivesInOrderInTurns();
    void interleavedSendersKeepTheirEndpoints_data();
    void interleavedSendersKeepTheirEndpoints();
    void closeOrRebindInHandlerStopsTheBatch_data();
    void closeOrRebindInHandlerStopsTheBatch();
    void autoReplyAnswersEveryDatagramOfABurst();
    void receivedEventsCarryLocalTime();
};

namespace {

// Sends count datagrams (a 4-byte big-endian sequence number and a tag)
// without returning to the event loop, so they all wait in the engine's
// receive queue and most are read by one batch.
bool sendQueued(QUdpSocket &socket, const QHostAddress &to, quint16 port, int count, char tag, int first = 0)
{
    for (int i = first; i < first + count; ++i) {
        QByteArray payload(8, tag);
        qToBigEndian(quint32(i), payload.data());
        if (socket.writeDatagram(payload, to, port) != payload.size())
            return false;
    }
    return true;
}

quint32 sequenceOf(const QByteArray &payload)
{
    return payload.size() >= 4 ? qFromBigEndian<quint32>(payload.constData()) : quint32(-1);
}

} // namespace

void TestUdpEngine::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("python3"), {QStringLiteral("--version")});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
        QSKIP("python3 is needed for the independent UDP peer");
}

void TestUdpEngine::pythonSenderReachesEngine_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("a line of ASCII") << QByteArray("hello UDP\n");
    QTest::newRow("an empty datagram is still a datagram") << QByteArray();
    QTest::newRow("binary with zero bytes is kept whole") << QByteArray("\x00\x01\xff\x00", 4);
    QTest::newRow("UTF-8 Chinese bytes unchanged") << QStringLiteral("你好，UDP").toUtf8();
}

void TestUdpEngine::pythonSenderReachesEngine()
{
    QFETCH(QByteArray, payload);
    TrafficRecorder recorder;
    UdpEngine engine(&recorder);
    QSignalSpy received(&engine, &UdpEngine::datagramReceived);
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    QVERIFY(engine.localPort() != 0);

    Peer peer({QStringLiteral("send"), QStringLiteral("127.0.0.1"), QString::number(engine.localPort()),
               QStringLiteral("--hex"), QString::fromLatin1(payload.toHex()), QStringLiteral("--bind"),
               QStringLiteral("127.0.0.1")});
    const quint16 peerPort = peer.port();
    QVERIFY(peerPort != 0);
    QVERIFY(received.count() > 0 || received.wait(10000));
    const auto datagram = received.at(0).at(0).value<UdpDatagram>();
    QCOMPARE(datagram.payload, payload);
    QCOMPARE(datagram.sender, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(datagram.senderPort, peerPort);
    QCOMPARE(engine.counters().datagramsReceived, quint64(1));
    QCOMPARE(engine.counters().bytesReceived, quint64(payload.size()));

    const QList<TrafficEvent> got = eventsOf(events, TrafficKind::Received);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).tab, QStringLiteral("udp"));
    QCOMPARE(got.at(0).protocol, TrafficProtocol::Udp);
    QCOMPARE(got.at(0).payload, payload);
    QCOMPARE(got.at(0).peer, QStringLiteral("127.0.0.1:%1").arg(peerPort));
    QCOMPARE(got.at(0).local, QStringLiteral("127.0.0.1:%1").arg(engine.localPort()));
    QCOMPARE(eventsOf(events, TrafficKind::Listening).size(), 1);
}

void TestUdpEngine::engineSenderReachesPython_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("address literal") << QStringLiteral("127.0.0.1") << QByteArray("line from NetLab\n");
    QTest::newRow("address with spaces around is trimmed")
        << QStringLiteral(" 127.0.0.1 ") << QByteArray("\x00\x7f\x80\xff", 4);
}

void TestUdpEngine::engineSenderReachesPython()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, payload);
    Peer peer({QStringLiteral("recv"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    const quint16 peerPort = peer.port();
    QVERIFY(peerPort != 0);

    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine engine(&recorder);
    QVERIFY(!engine.isOpen());
    QVERIFY(engine.sendTo(host, peerPort, payload));
    // The unbound sender got an ephemeral port from the implicit bind.
    QVERIFY(engine.isOpen());
    QVERIFY(!engine.isBound());
    QVERIFY(engine.localPort() != 0);

    QCOMPARE(peer.readLine(), recvLine(QStringLiteral("127.0.0.1"), engine.localPort(), payload));
    QCOMPARE(engine.counters().datagramsSent, quint64(1));
    QCOMPARE(engine.counters().bytesSent, quint64(payload.size()));

    const QList<TrafficEvent> sent = eventsOf(events, TrafficKind::Sent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).payload, payload);
    QCOMPARE(sent.at(0).peer, QStringLiteral("127.0.0.1:%1").arg(peerPort));
    // The real source address, not the 0.0.0.0 the socket is bound to.
    QCOMPARE(sent.at(0).local, QStringLiteral("127.0.0.1:%1").arg(engine.localPort()));
}

void TestUdpEngine::autoReplyAnswersPythonPeer_data()
{
    QTest::addColumn<QByteArray>("question");
    QTest::addColumn<QByteArray>("expected"); // empty: no answer expected

    const QByteArray hello("Hello from UDP Receiver!");
    QTest::newRow("hello is answered") << QByteArray("hello") << hello;
    QTest::newRow("HELLO in capitals is answered") << QByteArray("HELLO") << hello;
    QTest::newRow("hello with CRLF (nc -C) is answered") << QByteArray("hello\r\n") << hello;
    QTest::newRow("hello with LF (nc -u) is answered") << QByteArray("Hello\n") << hello;
    QTest::newRow("hello there is not an exact match") << QByteArray("hello there") << QByteArray();
    QTest::newRow("leading space is not trimmed") << QByteArray(" hello") << QByteArray();
}

void TestUdpEngine::autoReplyAnswersPythonPeer()
{
    QFETCH(QByteArray, question);
    QFETCH(QByteArray, expected);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine engine(&recorder);
    engine.autoReply().setEnabled(true);
    QSignalSpy received(&engine, &UdpEngine::datagramReceived);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));

    // A short peer timeout only for the rows that expect silence.
    const QString timeout = expected.isEmpty() ? QStringLiteral("0.5") : QStringLiteral("10");
    Peer peer({QStringLiteral("ask"), QStringLiteral("127.0.0.1"), QString::number(engine.localPort()),
               QStringLiteral("--hex"), QString::fromLatin1(question.toHex()), QStringLiteral("--timeout"),
               timeout});
    const quint16 peerPort = peer.port();
    QVERIFY(peerPort != 0);
    const QByteArray answer = peer.readLine();
    QCOMPARE(received.count(), 1);
    if (expected.isEmpty()) {
        QCOMPARE(answer, QByteArray("TIMEOUT"));
        QCOMPARE(engine.counters().datagramsReplied, quint64(0));
        return;
    }
    QCOMPARE(answer, recvLine(QStringLiteral("127.0.0.1"), engine.localPort(), expected));
    QCOMPARE(engine.counters().datagramsReplied, quint64(1));
    QCOMPARE(engine.counters().bytesReplied, quint64(expected.size()));
    QCOMPARE(engine.counters().datagramsSent, quint64(0));
    const QList<TrafficEvent> sent = eventsOf(events, TrafficKind::Sent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).payload, expected);
    QCOMPARE(sent.at(0).peer, QStringLiteral("127.0.0.1:%1").arg(peerPort));
}

void TestUdpEngine::largestDatagramArrivesWhole_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("size");
    QTest::newRow("65507 bytes, the IPv4 maximum") << QStringLiteral("127.0.0.1") << 65507;
    QTest::newRow("65527 bytes, the IPv6 maximum") << QStringLiteral("::1") << 65527;
}

void TestUdpEngine::largestDatagramArrivesWhole()
{
    QFETCH(QString, host);
    QFETCH(int, size);
    UdpEngine receiver(nullptr);
    if (!receiver.bind(QHostAddress(host), 0))
        QSKIP("this machine has no usable loopback address for this row");
    QSignalSpy received(&receiver, &UdpEngine::datagramReceived);

    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = char(i * 7 + i / 251);
    UdpEngine sender(nullptr);
    QVERIFY2(sender.sendTo(host, receiver.localPort(), payload), qPrintable(sender.lastError().message));
    QVERIFY(received.wait(10000));
    const auto datagram = received.at(0).at(0).value<UdpDatagram>();
    QCOMPARE(datagram.payload.size(), size);
    QVERIFY(datagram.payload == payload);
}

void TestUdpEngine::oversizedDatagramRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("family");
    QTest::newRow("65508 bytes to IPv4 names 65507")
        << QStringLiteral("127.0.0.1") << 65508 << QStringLiteral("65507") << QStringLiteral("IPv4");
    QTest::newRow("70000 bytes to IPv4 names the IPv4 limit, not IPv6's")
        << QStringLiteral("127.0.0.1") << 70000 << QStringLiteral("65507") << QStringLiteral("IPv4");
    QTest::newRow("65528 bytes to IPv6 names 65527")
        << QStringLiteral("::1") << 65528 << QStringLiteral("65527") << QStringLiteral("IPv6");
    QTest::newRow("65528 bytes to a name is refused before the lookup")
        << QStringLiteral("localhost") << 65528 << QStringLiteral("65527") << QStringLiteral("IPv6");
}

void TestUdpEngine::oversizedDatagramRefusedBeforeSending()
{
    QFETCH(QString, host);
    QFETCH(int, size);
    QFETCH(QString, limit);
    QFETCH(QString, family);
    UdpEngine engine(nullptr);
    QSignalSpy errors(&engine, &UdpEngine::errorOccurred);
    QSignalSpy calls(&engine, &UdpEngine::socketCall);
    QVERIFY(!engine.sendTo(host, 9, QByteArray(size, 'x')));
    QCOMPARE(errors.count(), 1);
    const UdpError error = engine.lastError();
    QCOMPARE(error.error, QAbstractSocket::DatagramTooLargeError);
    QCOMPARE(error.errnoName, QStringLiteral("EMSGSIZE"));
    QVERIFY2(error.message.contains(limit), qPrintable(error.message));
    QVERIFY2(error.message.contains(family), qPrintable(error.message));
    if (family == QStringLiteral("IPv4"))
        QVERIFY2(!error.message.contains(QStringLiteral("IPv6")), qPrintable(error.message));
    // Before sending: no socket was even made, nothing was counted.
    QVERIFY(!engine.isOpen());
    QVERIFY(callsNamed(calls, QStringLiteral("socket")).isEmpty());
    QCOMPARE(engine.counters().datagramsSent, quint64(0));
}

void TestUdpEngine::bindTwice_data()
{
    QTest::addColumn<bool>("firstShares");
    QTest::addColumn<bool>("secondShares");
    QTest::addColumn<bool>("secondBinds");
    QTest::newRow("neither shares: port in use") << false << false << false;
    QTest::newRow("only the second shares: still in use") << false << true << false;
    QTest::newRow("both share (SO_REUSEADDR): both bind") << true << true << true;
}

void TestUdpEngine::bindTwice()
{
    QFETCH(bool, firstShares);
    QFETCH(bool, secondShares);
    QFETCH(bool, secondBinds);
    UdpEngine first(nullptr);
    QVERIFY(first.bind(QHostAddress::LocalHost, 0, firstShares));
    const quint16 port = first.localPort();

    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine second(&recorder);
    QSignalSpy errors(&second, &UdpEngine::errorOccurred);
    QCOMPARE(second.bind(QHostAddress::LocalHost, port, secondShares), secondBinds);
    if (secondBinds) {
        QCOMPARE(second.localPort(), port);
        QCOMPARE(errors.count(), 0);
        return;
    }
    QVERIFY(!second.isOpen());
    QCOMPARE(errors.count(), 1);
    const UdpError error = second.lastError();
    QCOMPARE(error.error, QAbstractSocket::AddressInUseError);
    QCOMPARE(error.errnoName, QStringLiteral("EADDRINUSE"));
    QVERIFY2(error.message.contains(QString::number(port)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("SO_REUSEADDR")), qPrintable(error.message));
    const QList<TrafficEvent> failures = eventsOf(events, TrafficKind::Error);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).note, error.message);
}

void TestUdpEngine::burstFromPythonNoneLost()
{
    constexpr int Count = 1000;
    UdpEngine engine(nullptr);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    QVERIFY2(engine.receiveBufferSize() > 0, "the granted receive buffer is reported");
    QSignalSpy received(&engine, &UdpEngine::datagramReceived);

    const QByteArray payload(100, 'b');
    Peer peer({QStringLiteral("send"), QStringLiteral("127.0.0.1"), QString::number(engine.localPort()),
               QStringLiteral("--hex"), QString::fromLatin1(payload.toHex()), QStringLiteral("--count"),
               QString::number(Count)});
    QVERIFY(peer.port() != 0);
    QCOMPARE(peer.readLine(), QByteArray("SENT 1000"));
    QTRY_COMPARE_WITH_TIMEOUT(engine.counters().datagramsReceived, quint64(Count), 10000);
    QCOMPARE(engine.counters().bytesReceived, quint64(Count) * quint64(payload.size()));
    QCOMPARE(received.count(), Count);
}

void TestUdpEngine::loopbackBroadcast_data()
{
    QTest::addColumn<QHostAddress>("bindAddress");
    QTest::addColumn<bool>("receivesBroadcast");
    QTest::newRow("bound to 0.0.0.0: gets 127.255.255.255") << QHostAddress(QHostAddress::AnyIPv4) << true;
    QTest::newRow("bound to 127.0.0.1: does not") << QHostAddress(QHostAddress::LocalHost) << false;
}

void TestUdpEngine::loopbackBroadcast()
{
    QFETCH(QHostAddress, bindAddress);
    QFETCH(bool, receivesBroadcast);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine receiver(nullptr, QStringLiteral("broadcast"));
    QVERIFY(receiver.bind(bindAddress, 0));
    QSignalSpy received(&receiver, &UdpEngine::datagramReceived);

    UdpEngine sender(&recorder, QStringLiteral("broadcast"));
    QSignalSpy calls(&sender, &UdpEngine::socketCall);
    QVERIFY2(sender.sendTo(QStringLiteral("127.255.255.255"), receiver.localPort(), "to everyone"),
             qPrintable(sender.lastError().message));
    // Loopback delivers in order, so once the unicast sentinel is in, the
    // broadcast has either arrived or never will.
    QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "sentinel"));
    QTRY_VERIFY(!received.isEmpty()
                && received.constLast().at(0).value<UdpDatagram>().payload == QByteArray("sentinel"));

    QList<QByteArray> payloads;
    for (const QList<QVariant> &args : std::as_const(received))
        payloads.append(args.at(0).value<UdpDatagram>().payload);
    if (receivesBroadcast) {
        QCOMPARE(payloads, (QList<QByteArray>{"to everyone", "sentinel"}));
        const auto first = received.at(0).at(0).value<UdpDatagram>();
        QCOMPARE(first.destination, QHostAddress(QStringLiteral("127.255.255.255")));
        QCOMPARE(first.sender, QHostAddress(QHostAddress::LocalHost));
    } else {
        QCOMPARE(payloads, QList<QByteArray>{"sentinel"});
    }
    // The SO_BROADCAST a C program would need is shown.
    bool sawBroadcastOption = false;
    for (const SocketCall &call : callsNamed(calls, QStringLiteral("setsockopt")))
        sawBroadcastOption = sawBroadcastOption || call.arguments.contains(QStringLiteral("SO_BROADCAST"));
    QVERIFY(sawBroadcastOption);
    const QList<TrafficEvent> sent = eventsOf(events, TrafficKind::Sent);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).tab, QStringLiteral("broadcast"));
    QCOMPARE(sent.at(0).peer, QStringLiteral("127.255.255.255:%1").arg(receiver.localPort()));
}

void TestUdpEngine::closedPortReportsNoError()
{
    quint16 closedPort = 0;
    {
        UdpEngine gone(nullptr);
        QVERIFY(gone.bind(QHostAddress::LocalHost, 0));
        closedPort = gone.localPort();
    }
    UdpEngine witness(nullptr);
    QVERIFY(witness.bind(QHostAddress::LocalHost, 0));
    QSignalSpy witnessed(&witness, &UdpEngine::datagramReceived);

    UdpEngine sender(nullptr);
    QSignalSpy errors(&sender, &UdpEngine::errorOccurred);
    QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), closedPort, "anyone there?"));
    // The ICMP port-unreachable comes back at once on loopback; a second
    // sendto() is where a connected socket would see ECONNREFUSED.
    QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), closedPort, "hello?"));
    QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), witness.localPort(), "done"));
    QVERIFY(witnessed.wait(10000));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(sender.counters().datagramsSent, quint64(3));
    QVERIFY(UdpEngine::noReceiverLesson().contains(QStringLiteral("ICMP")));
}

void TestUdpEngine::invalidHostNameFailsWithoutLookup()
{
    UdpEngine engine(nullptr);
    QSignalSpy errors(&engine, &UdpEngine::errorOccurred);
    QVERIFY(!engine.sendTo(QStringLiteral("bad host name!"), 9999, "x"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(engine.lastError().error, QAbstractSocket::HostNotFoundError);
    QVERIFY(!engine.lastError().message.isEmpty());
    QVERIFY(!engine.isOpen());
}

void TestUdpEngine::localhostResolvedOnce()
{
    UdpEngine receiver(nullptr);
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QSignalSpy received(&receiver, &UdpEngine::datagramReceived);

    UdpEngine sender(nullptr);
    QSignalSpy calls(&sender, &UdpEngine::socketCall);
    // Both wait for the same lookup; the third goes after it, from the cache.
    QVERIFY(sender.sendTo(QStringLiteral("localhost"), receiver.localPort(), "one"));
    QVERIFY(sender.sendTo(QStringLiteral("LOCALHOST"), receiver.localPort(), "two"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 10000);
    QVERIFY(sender.sendTo(QStringLiteral("localhost"), receiver.localPort(), "three"));
    QTRY_COMPARE(received.count(), 3);
    QCOMPARE(received.at(0).at(0).value<UdpDatagram>().payload, QByteArray("one"));
    QCOMPARE(received.at(1).at(0).value<UdpDatagram>().payload, QByteArray("two"));
    QCOMPARE(callsNamed(calls, QStringLiteral("getaddrinfo")).size(), 1);
}

void TestUdpEngine::repeatSendsCountDatagrams()
{
    UdpEngine receiver(nullptr);
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QSignalSpy received(&receiver, &UdpEngine::datagramReceived);

    UdpEngine sender(nullptr);
    QSignalSpy finished(&sender, &UdpEngine::repeatFinished);
    QVERIFY(sender.startRepeat(QStringLiteral("127.0.0.1"), receiver.localPort(), "tick", 1, 20));
    QVERIFY(sender.isRepeating());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toInt(), 20);
    QVERIFY(!sender.isRepeating());
    QTRY_COMPARE(received.count(), 20);
    QCOMPARE(sender.counters().datagramsSent, quint64(20));
}

void TestUdpEngine::repeatRejectsBadInterval_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("count");
    QTest::newRow("interval 0 ms is refused") << 0 << 5;
    QTest::newRow("negative interval is refused") << -10 << 5;
    QTest::newRow("negative count is refused") << 10 << -1;
}

void TestUdpEngine::repeatRejectsBadInterval()
{
    QFETCH(int, intervalMs);
    QFETCH(int, count);
    UdpEngine sender(nullptr);
    QVERIFY(!sender.startRepeat(QStringLiteral("127.0.0.1"), 9, "x", intervalMs, count));
    QVERIFY(!sender.isRepeating());
    QVERIFY(!sender.isOpen());
    QVERIFY(sender.lastError().message.contains(QString::number(intervalMs < 1 ? intervalMs : count)));
}

void TestUdpEngine::socketCallsAreSummedUpUnderFlood()
{
    constexpr int Count = 100;
    UdpEngine receiver(nullptr);
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    UdpEngine sender(nullptr);
    QSignalSpy calls(&sender, &UdpEngine::socketCall);
    for (int i = 0; i < Count; ++i)
        QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "0123456789"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counters().datagramsReceived, quint64(Count), 10000);

    // A few single lines, then one summary once the second is over.
    const int shown = UdpEngine::CallsPerSecondBeforeSummary;
    QCOMPARE(callsNamed(calls, QStringLiteral("sendto")).size(), shown);
    QTRY_COMPARE_WITH_TIMEOUT(callsNamed(calls, QStringLiteral("sendto")).size(), shown + 1, 5000);
    const SocketCall summary = callsNamed(calls, QStringLiteral("sendto")).constLast();
    QVERIFY2(summary.arguments.contains(QString::number(Count - shown)), qPrintable(summary.toString()));
    QVERIFY2(summary.result.contains(QString::number((Count - shown) * 10)), qPrintable(summary.toString()));
}

void TestUdpEngine::countersAreBatched()
{
    constexpr int Count = 200;
    UdpEngine receiver(nullptr);
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QSignalSpy changed(&receiver, &UdpEngine::countersChanged);
    UdpEngine sender(nullptr);
    for (int i = 0; i < Count; ++i)
        QVERIFY(sender.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "abc"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty()
                                 && changed.constLast().at(0).value<UdpCounters>().datagramsReceived
                                     == quint64(Count),
                             10000);
    // 200 datagrams arrive well within a second: at most a few batches.
    QVERIFY2(changed.count() <= 10, qPrintable(QString::number(changed.count())));
    QCOMPARE(changed.constLast().at(0).value<UdpCounters>().bytesReceived, quint64(Count * 3));
}

void TestUdpEngine::multicastFailuresExplained_data()
{
    // Only failures that never reach the network: joining for real is tested
    // inside throw-away namespaces (tst_udpnetns), never on this host's LAN.
    QTest::addColumn<bool>("bindFirst");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("joining before bind asks to bind first")
        << false << QStringLiteral("239.1.2.3") << QString() << QStringLiteral("Bind");
    QTest::newRow("a unicast address is not a group")
        << true << QStringLiteral("10.1.2.3") << QString() << QStringLiteral("224.0.0.0");
    QTest::newRow("an unknown interface is named with the real ones")
        << true << QStringLiteral("239.1.2.3") << QStringLiteral("nosuchif0") << QStringLiteral("nosuchif0");
}

void TestUdpEngine::multicastFailuresExplained()
{
    QFETCH(bool, bindFirst);
    QFETCH(QString, group);
    QFETCH(QString, interfaceName);
    QFETCH(QString, mentioned);
    UdpEngine engine(nullptr);
    if (bindFirst)
        QVERIFY(engine.bind(QHostAddress::AnyIPv4, 0));
    QSignalSpy errors(&engine, &UdpEngine::errorOccurred);
    QVERIFY(!engine.joinGroup(QHostAddress(group), interfaceName));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(engine.lastError().message.contains(mentioned), qPrintable(engine.lastError().message));
    QVERIFY(engine.joinedGroups().isEmpty());
    QVERIFY(!engine.leaveGroup(QHostAddress(group), interfaceName));
    QVERIFY(!engine.setMulticastInterface(QStringLiteral("nosuchif0")));
}

void TestUdpEngine::broadcastTargetsIncludeFixedAddresses()
{
    const QList<UdpBroadcastTarget> targets = UdpEngine::broadcastTargets();
    QList<QHostAddress> addresses;
    for (const UdpBroadcastTarget &t : targets) {
        addresses.append(t.address);
        QCOMPARE(t.address.protocol(), QAbstractSocket::IPv4Protocol);
    }
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::Broadcast)));
    QVERIFY(addresses.contains(QHostAddress(QStringLiteral("127.255.255.255"))));
}

void TestUdpEngine::queuedFloodArrivesInOrderInTurns()
{
    constexpr int Count = 3 * UdpEngine::MaxDatagramsPerRead + 7;
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine engine(&recorder);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    // A small datagram takes about 1 KiB of the receive buffer on loopback.
    if (engine.receiveBufferSize() < Count * 2048)
        QSKIP("the kernel granted too small a receive buffer (net.core.rmem_max) to queue the flood");
    QList<UdpDatagram> received;
    int receivedAtFirstTurn = -1;
    connect(&engine, &UdpEngine::datagramReceived, this, [&](const UdpDatagram &datagram) {
        received.append(datagram);
        if (received.size() == 1)
            QTimer::singleShot(0, this, [&] { receivedAtFirstTurn = int(received.size()); });
    });

    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    QVERIFY(sendQueued(sender, QHostAddress::LocalHost, engine.localPort(), Count, 'f'));

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), qsizetype(Count), 10000);
    QVERIFY2(receivedAtFirstTurn >= 1 && receivedAtFirstTurn < Count,
             qPrintable(QStringLiteral("the event loop first ran after %1 of %2 datagrams")
                            .arg(receivedAtFirstTurn)
                            .arg(Count)));
    for (int i = 0; i < Count; ++i) {
        const UdpDatagram &d = received.at(i);
        QCOMPARE(sequenceOf(d.payload), quint32(i));
        QCOMPARE(d.payload.size(), qsizetype(8));
        QCOMPARE(d.sender, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(d.senderPort, sender.localPort());
        QCOMPARE(d.destination, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(d.destinationPort, engine.localPort());
        QCOMPARE(d.senderEndpoint, QStringLiteral("127.0.0.1:%1").arg(sender.localPort()));
    }
    QCOMPARE(engine.counters().datagramsReceived, quint64(Count));
    QCOMPARE(engine.counters().bytesReceived, quint64(Count) * 8);
    const QList<TrafficEvent> receivedEvents = eventsOf(events, TrafficKind::Received);
    QCOMPARE(receivedEvents.size(), qsizetype(Count));
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(sender.localPort());
    const QString local = QStringLiteral("127.0.0.1:%1").arg(engine.localPort());
    for (const TrafficEvent &event : receivedEvents) {
        QCOMPARE(event.peer, peer);
        QCOMPARE(event.local, local);
        QCOMPARE(event.tab, QStringLiteral("udp"));
    }
}

void TestUdpEngine::interleavedSendersKeepTheirEndpoints_data()
{
    QTest::addColumn<QHostAddress>("loopback");
    QTest::addColumn<QString>("endpointFormat");
    QTest::newRow("IPv4: two senders, each datagram names its own")
        << QHostAddress(QHostAddress::LocalHost) << QStringLiteral("127.0.0.1:%1");
    QTest::newRow("IPv6: addresses from the batch read, in brackets")
        << QHostAddress(QHostAddress::LocalHostIPv6) << QStringLiteral("[::1]:%1");
}

void TestUdpEngine::interleavedSendersKeepTheirEndpoints()
{
    QFETCH(QHostAddress, loopback);
    QFETCH(QString, endpointFormat);
    constexpr int Rounds = 40;
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine engine(&recorder);
    if (!engine.bind(loopback, 0)) {
        if (loopback.protocol() == QAbstractSocket::IPv6Protocol)
            QSKIP("no IPv6 loopback on this machine");
        QFAIL(qPrintable(engine.lastError().message));
    }
    QSignalSpy received(&engine, &UdpEngine::datagramReceived);
    QUdpSocket a;
    QUdpSocket b;
    QVERIFY(a.bind(loopback, 0));
    QVERIFY(b.bind(loopback, 0));
    for (int i = 0; i < Rounds; ++i) {
        QVERIFY(sendQueued(a, loopback, engine.localPort(), 1, 'a', i));
        QVERIFY(sendQueued(b, loopback, engine.localPort(), 1, 'b', i));
    }

    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2 * Rounds, 10000);
    const QList<TrafficEvent> receivedEvents = eventsOf(events, TrafficKind::Received);
    QCOMPARE(receivedEvents.size(), qsizetype(2 * Rounds));
    for (int i = 0; i < 2 * Rounds; ++i) {
        const auto d = received.at(i).at(0).value<UdpDatagram>();
        const bool fromA = d.payload.endsWith('a');
        QCOMPARE(fromA, i % 2 == 0);
        QCOMPARE(sequenceOf(d.payload), quint32(i / 2));
        const quint16 port = fromA ? a.localPort() : b.localPort();
        QCOMPARE(d.sender, loopback);
        QCOMPARE(d.senderPort, port);
        QCOMPARE(d.destination, loopback);
        QCOMPARE(d.senderEndpoint, endpointFormat.arg(port));
        QCOMPARE(receivedEvents.at(i).peer, endpointFormat.arg(port));
        QCOMPARE(receivedEvents.at(i).local, endpointFormat.arg(engine.localPort()));
    }
}

void TestUdpEngine::closeOrRebindInHandlerStopsTheBatch_data()
{
    QTest::addColumn<bool>("rebind");
    QTest::newRow("close() in a handler: nothing more is delivered") << false;
    QTest::newRow("bind() again in a handler: the old queue is gone, the new socket works") << true;
}

void TestUdpEngine::closeOrRebindInHandlerStopsTheBatch()
{
    QFETCH(bool, rebind);
    constexpr int Count = 100;
    constexpr int StopAt = 10;
    UdpEngine engine(nullptr);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    const quint16 firstPort = engine.localPort();
    QSignalSpy closed(&engine, &UdpEngine::closed);
    QList<UdpDatagram> received;
    connect(&engine, &UdpEngine::datagramReceived, this, [&](const UdpDatagram &datagram) {
        received.append(datagram);
        if (received.size() != StopAt)
            return;
        if (rebind)
            QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
        else
            engine.close();
    });
    QUdpSocket sender;
    QVERIFY(sendQueued(sender, QHostAddress::LocalHost, firstPort, Count, 's'));

    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(received.size(), qsizetype(StopAt));
    QCOMPARE(engine.isBound(), rebind);
    if (!rebind)
        return;
    QVERIFY(engine.localPort() != firstPort);
    QVERIFY(sendQueued(sender, QHostAddress::LocalHost, engine.localPort(), 3, 'n', 1000));
    QTRY_COMPARE(received.size(), qsizetype(StopAt + 3));
    for (int i = 0; i < StopAt; ++i)
        QCOMPARE(sequenceOf(received.at(i).payload), quint32(i));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sequenceOf(received.at(StopAt + i).payload), quint32(1000 + i));
}

void TestUdpEngine::autoReplyAnswersEveryDatagramOfABurst()
{
    constexpr int Count = 20;
    UdpEngine engine(nullptr);
    engine.autoReply().setEnabled(true);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    QSignalSpy replied(&engine, &UdpEngine::autoReplied);
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < Count; ++i)
        QCOMPARE(peer.writeDatagram(QByteArray("hello\n"), QHostAddress::LocalHost, engine.localPort()),
                 qint64(6));

    QTRY_COMPARE(replied.count(), Count);
    QCOMPARE(engine.counters().datagramsReplied, quint64(Count));
    // Loopback delivers at sendto(): every answer is queued by now.
    for (int i = 0; i < Count; ++i) {
        QVERIFY2(peer.hasPendingDatagrams(), qPrintable(QStringLiteral("answer %1 is missing").arg(i + 1)));
        const QNetworkDatagram answer = peer.receiveDatagram();
        QCOMPARE(answer.data(), QByteArray("Hello from UDP Receiver!"));
        QCOMPARE(answer.senderPort(), int(engine.localPort()));
    }
}

void TestUdpEngine::receivedEventsCarryLocalTime()
{
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpEngine engine(&recorder);
    QVERIFY(engine.bind(QHostAddress::LocalHost, 0));
    QSignalSpy received(&engine, &UdpEngine::datagramReceived);
    QUdpSocket sender;
    const QDateTime before = QDateTime::currentDateTime();
    QVERIFY(sendQueued(sender, QHostAddress::LocalHost, engine.localPort(), 5, 't'));
    QTRY_COMPARE(received.count(), 5);
    const QDateTime after = QDateTime::currentDateTime();
    const QList<TrafficEvent> receivedEvents = eventsOf(events, TrafficKind::Received);
    QCOMPARE(receivedEvents.size(), qsizetype(5));
    for (const TrafficEvent &event : receivedEvents) {
        QVERIFY(event.time.isValid());
        // The wall time a student compares with the clock: local time, not UTC.
        QCOMPARE(event.time.offsetFromUtc(), after.offsetFromUtc());
        QVERIFY2(event.time >= before.addMSecs(-1) && event.time <= after.addMSecs(1),
                 qPrintable(event.time.toString(Qt::ISODateWithMs)));
    }
}

QTEST_GUILESS_MAIN(TestUdpEngine)
#include "tst_udpengine.moc"
