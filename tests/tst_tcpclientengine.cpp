#include "socketerrors.h"
#include "tcpclientengine.h"
#include "trafficrecorder.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QtTest>

#include <memory>

namespace {

using State = TcpClientEngine::State;
using Closer = TcpClientEngine::Closer;

// An independent program the engine talks to: one of the python3 scripts in
// tests/peers, or socat. It prints "READY <port>" when listening and its
// results as "KEY words..." lines.
class Peer
{
public:
    Peer() = default;
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;
    ~Peer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    static QString python()
    {
        QString path = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (path.isEmpty())
            path = QStringLiteral("/usr/bin/python3");
        return path;
    }

    // Starts tests/peers/<script> on port 0 and waits for its READY line.
    bool startScript(const QString &script, const QStringList &options = {})
    {
        const QString dir = QStringLiteral(NETLAB_PEERS_DIR);
        m_process.setWorkingDirectory(dir);
        m_process.start(python(), QStringList{dir + u'/' + script, QStringLiteral("0")} + options);
        const QByteArray ready = waitForLine("READY");
        m_port = quint16(ready.toUInt());
        return m_port != 0;
    }

    // An echo server made of socat and cat; socat names its port on stderr.
    bool startSocatEcho()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("socat"),
                        {QStringLiteral("-d"), QStringLiteral("-d"),
                         QStringLiteral("TCP-LISTEN:0,bind=127.0.0.1"), QStringLiteral("EXEC:cat")});
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            for (const QByteArray &line : std::as_const(m_lines)) {
                const qsizetype at = line.indexOf("listening on AF=2 127.0.0.1:");
                if (at >= 0) {
                    m_port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
                    return m_port != 0;
                }
            }
            if (!pump(deadline))
                return false;
        }
        return false;
    }

    quint16 port() const { return m_port; }

    // The rest of the first output line starting with "key ", waiting for it;
    // a null array when it never came.
    QByteArray waitForLine(const char *key, int timeoutMs = 60000)
    {
        const QByteArray prefix = QByteArray(key) + ' ';
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (const QByteArray &line : std::as_const(m_lines)) {
                if (line == key)
                    return QByteArray(""); // found, and empty (not null)
                if (line.startsWith(prefix))
                    return line.mid(prefix.size());
            }
            if (deadline.hasExpired() || !pump(deadline)) {
                qWarning() << "peer gave no" << key << "line; output:" << m_lines
                           << m_process.readAllStandardError();
                return {};
            }
        }
    }

    bool hasLine(const char *key) const
    {
        for (const QByteArray &line : m_lines) {
            if (line.startsWith(QByteArray(key)))
                return true;
        }
        return false;
    }

    bool waitForExit()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(60000);
    }

private:
    // Runs the event loop (so the engine keeps working) until more output
    // arrives; false when the process has ended and nothing more will come.
    bool pump(const QDeadlineTimer &deadline)
    {
        if (takeLines())
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return takeLines();
        // Either more output or the end of the process wakes the loop.
        QEventLoop loop;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(qMax<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
        loop.exec();
        takeLines();
        return true;
    }

    bool takeLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        bool any = false;
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines += m_buffer.left(end).trimmed();
            m_buffer.remove(0, end + 1);
            any = true;
        }
        return any;
    }

    QProcess m_process;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
    quint16 m_port = 0;
};

// Every event the engine records.
class EventLog
{
public:
    explicit EventLog(TrafficRecorder *recorder)
    {
        QObject::connect(recorder, &TrafficRecorder::eventRecorded, &m_context,
                         [this](const TrafficEvent &event) { m_events += event; });
    }
    QList<TrafficEvent> ofKind(TrafficKind kind) const
    {
        QList<TrafficEvent> out;
        for (const TrafficEvent &event : m_events) {
            if (event.kind == kind)
                out += event;
        }
        return out;
    }
    qint64 payloadBytes(TrafficKind kind) const
    {
        qint64 sum = 0;
        for (const TrafficEvent &event : ofKind(kind))
            sum += event.payload.size();
        return sum;
    }
    QByteArray payload(TrafficKind kind) const
    {
        QByteArray all;
        for (const TrafficEvent &event : ofKind(kind))
            all += event.payload;
        return all;
    }
    const QList<TrafficEvent> &all() const { return m_events; }

private:
    QObject m_context;
    QList<TrafficEvent> m_events;
};

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &args : spy)
        states += args.at(0).value<State>();
    return states;
}

QStringList callsOf(const QSignalSpy &spy)
{
    QStringList calls;
    for (const QList<QVariant> &args : spy)
        calls += args.at(0).value<SocketCall>().toString();
    return calls;
}

bool waitForState(TcpClientEngine &engine, State state, int timeoutMs = 30000)
{
    if (engine.state() == state)
        return true;
    QSignalSpy spy(&engine, &TcpClientEngine::stateChanged);
    const QDeadlineTimer deadline(timeoutMs);
    while (engine.state() != state && !deadline.hasExpired())
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return engine.state() == state;
}

} // namespace

class TestTcpClientEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectReportsTheRealEphemeralPort_data();
    void connectReportsTheRealEphemeralPort();
    void sendOnceAndCloseReachesThePeerByteExact_data();
    void sendOnceAndCloseReachesThePeerByteExact();
    void sendAndWaitGetsTheClassicReply();
    void sendAndWaitTimesOutWhenThePeerStaysSilent();
    void largeTransferIsByteExactBothWays();
    void halfCloseLetsThePeerReplyAfterEof();
    void peerResetIsReportedAndExplained();
    void abortSendsAReset();
    void refusedConnectIsExplained();
    void invalidInputFailsWithoutConnecting_data();
    void invalidInputFailsWithoutConnecting();
    void recordedEventsHaveExactByteCounts();
    void socatEchoesWhatWeSend();
    void ipv6LiteralConnects_data();
    void ipv6LiteralConnects();
    void closeDuringLookupCancelsTheAttempt();
    void fileErrorsAreExplained();
    void closeExplanationsExist();
};

void TestTcpClientEngine::initTestCase()
{
    qRegisterMetaType<SocketCall>();
    qRegisterMetaType<TrafficEvent>();
    QVERIFY2(QFileInfo::exists(Peer::python()), "python3 is needed for the test peers");
}

void TestTcpClientEngine::connectReportsTheRealEphemeralPort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("name");
    QTest::newRow("IPv4 literal skips the lookup") << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("localhost is looked up first (getaddrinfo)") << QStringLiteral("localhost") << true;
}

void TestTcpClientEngine::connectReportsTheRealEphemeralPort()
{
    QFETCH(QString, host);
    QFETCH(bool, name);

    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py")));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    engine.setNoDelay(true);
    QSignalSpy states(&engine, &TcpClientEngine::stateChanged);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(host, peer.port()));
    QVERIFY(waitForState(engine, State::Connected));

    const QList<State> seen = statesOf(states);
    QCOMPARE(seen.contains(State::LookingUp), name);
    QCOMPARE(seen.last(), State::Connected);
    QVERIFY(seen.contains(State::Connecting));
    for (const QList<QVariant> &args : std::as_const(states))
        QVERIFY(args.at(1).toLongLong() >= 0);

    // The port the peer saw is the one the engine reports.
    const quint16 clientPort = quint16(peer.waitForLine("CLIENT").toUInt());
    QVERIFY(clientPort != 0);
    QCOMPARE(engine.localPort(), clientPort);
    QCOMPARE(engine.localEndpoint(), QStringLiteral("127.0.0.1:%1").arg(clientPort));
    QCOMPARE(engine.peerEndpoint(), QStringLiteral("127.0.0.1:%1").arg(peer.port()));

    const QStringList lines = callsOf(calls);
    QVERIFY2(lines.contains(QStringLiteral("connect(127.0.0.1:%1) → 0").arg(peer.port())),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("getsockname() → 127.0.0.1:%1").arg(clientPort)),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("setsockopt(IPPROTO_TCP, TCP_NODELAY, 1) → 0")));
    QCOMPARE(lines.filter(QStringLiteral("getaddrinfo(")).size(), name ? 1 : 0);

    const QList<TrafficEvent> connected = log.ofKind(TrafficKind::Connected);
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().tab, QStringLiteral("tcp-client"));
    QCOMPARE(connected.first().local, engine.localEndpoint());
    QCOMPARE(connected.first().peer, engine.peerEndpoint());

    engine.close();
    QVERIFY(waitForState(engine, State::Closed));
    QCOMPARE(engine.closedFirstBy(), Closer::Us);
    QVERIFY(peer.waitForLine("RECEIVED").startsWith("0 "));
}

void TestTcpClientEngine::sendOnceAndCloseReachesThePeerByteExact_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("ASCII text") << QByteArray("hello, server\n");
    QTest::newRow("UTF-8 Chinese") << QStringLiteral("你好，服务器").toUtf8();
    QTest::newRow("binary with NUL and 0xFF") << QByteArray("\x00\x01\xff\xfe\x00", 5);
    QByteArray big(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 251);
    QTest::newRow("300 KiB are all written before the FIN") << big;
}

void TestTcpClientEngine::sendOnceAndCloseReachesThePeerByteExact()
{
    QFETCH(QByteArray, payload);

    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py")));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);

    QVERIFY(engine.sendOnceAndClose(QStringLiteral("127.0.0.1"), peer.port(), payload));
    QVERIFY(closed.wait(30000));
    QCOMPARE(closed.first().at(0).value<Closer>(), Closer::Us);
    QCOMPARE(closed.first().at(1).toBool(), false);
    QCOMPARE(engine.state(), State::Closed);

    const QList<QByteArray> received = peer.waitForLine("RECEIVED").split(' ');
    QCOMPARE(received.value(0).toLongLong(), qint64(payload.size()));
    QCOMPARE(received.value(1), QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    QVERIFY(!peer.hasLine("RESET BY CLIENT"));
    QCOMPARE(log.payload(TrafficKind::Sent), payload);
    QCOMPARE(engine.bytesSent(), quint64(payload.size()));
    QCOMPARE(log.ofKind(TrafficKind::Closed).size(), 1);
    QCOMPARE(log.ofKind(TrafficKind::Closed).first().end, TrafficEnd::ByUs); // our FIN came first
}

void TestTcpClientEngine::sendAndWaitGetsTheClassicReply()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_reply_once.py")));
    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QSignalSpy replies(&engine, &TcpClientEngine::replyReceived);
    QSignalSpy timeouts(&engine, &TcpClientEngine::replyTimedOut);
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);

    const QString message = QStringLiteral("你好，我是客户端");
    QVERIFY(engine.sendAndWaitForReply(QStringLiteral("127.0.0.1"), peer.port(), message.toUtf8(), 30000));
    QVERIFY(replies.wait(30000));
    QCOMPARE(QString::fromUtf8(replies.first().at(0).toByteArray()),
             QStringLiteral("服务器已收到你的消息: ") + message);
    QCOMPARE(peer.waitForLine("RECEIVED"), message.toUtf8().toHex());

    // The classic server closes after answering: the peer closed first.
    QVERIFY(closed.size() == 1 || closed.wait(30000));
    QCOMPARE(engine.closedFirstBy(), Closer::Peer);
    QCOMPARE(engine.wasReset(), false);
    QCOMPARE(timeouts.size(), 0);
    QCOMPARE(replies.size(), 1);
}

void TestTcpClientEngine::sendAndWaitTimesOutWhenThePeerStaysSilent()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_reply_once.py"), {QStringLiteral("--silent")}));
    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QSignalSpy replies(&engine, &TcpClientEngine::replyReceived);
    QSignalSpy timeouts(&engine, &TcpClientEngine::replyTimedOut);

    QVERIFY(engine.sendAndWaitForReply(QStringLiteral("127.0.0.1"), peer.port(), "anyone there?", 300));
    QVERIFY(timeouts.wait(30000));
    QCOMPARE(timeouts.first().at(0).toInt(), 300);
    QCOMPARE(replies.size(), 0);
    // The peer did get the message: silence, not loss.
    QCOMPARE(peer.waitForLine("RECEIVED"), QByteArray("anyone there?").toHex());
    QCOMPARE(engine.state(), State::Connected);
    engine.close();
    QVERIFY(waitForState(engine, State::Closed));
    QVERIFY(peer.waitForExit());
}

void TestTcpClientEngine::largeTransferIsByteExactBothWays()
{
    constexpr qint64 Size = 16 * 1024 * 1024;

    // Our direction comes from a file, streamed by sendFile().
    QTemporaryFile file;
    QVERIFY(file.open());
    QCryptographicHash fileHash(QCryptographicHash::Sha256);
    QRandomGenerator generator(20261125);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < Size; written += block.size()) {
        generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        fileHash.addData(block);
        QCOMPARE(file.write(block), qint64(block.size()));
    }
    QVERIFY(file.flush());

    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py"),
                             {QStringLiteral("--send"), QString::number(Size)}));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QCryptographicHash receivedHash(QCryptographicHash::Sha256);
    quint64 lastTotal = 0;
    int reads = 0;
    connect(&engine, &TcpClientEngine::dataReceived, this, [&](const QByteArray &chunk, quint64 total) {
        receivedHash.addData(chunk);
        lastTotal = total;
        ++reads;
    });
    QSignalSpy fileDone(&engine, &TcpClientEngine::fileFinished);
    QSignalSpy progress(&engine, &TcpClientEngine::fileProgress);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    QVERIFY(engine.sendFile(file.fileName()));
    QVERIFY(engine.isSendingFile());
    QVERIFY(fileDone.wait(120000));
    QCOMPARE(fileDone.first().at(0).toBool(), true);
    QCOMPARE(progress.last().at(0).toLongLong(), Size);
    QCOMPARE(progress.last().at(1).toLongLong(), Size);

    // Our FIN ends the peer's reading; it then closes, after its own stream.
    engine.halfClose();
    QVERIFY(closed.size() == 1 || closed.wait(120000));
    QCOMPARE(engine.closedFirstBy(), Closer::Us);
    QCOMPARE(engine.wasReset(), false);

    const QList<QByteArray> sent = peer.waitForLine("SENT").split(' ');
    const QList<QByteArray> received = peer.waitForLine("RECEIVED").split(' ');
    QCOMPARE(received.value(0).toLongLong(), Size);
    QCOMPARE(received.value(1), fileHash.result().toHex());
    QCOMPARE(sent.value(0).toLongLong(), Size);
    QCOMPARE(lastTotal, quint64(Size));
    QCOMPARE(receivedHash.result().toHex(), sent.value(1));

    // One Received event per read, whole payloads, exact sums.
    QCOMPARE(log.ofKind(TrafficKind::Received).size(), reads);
    QVERIFY(reads < Size / 1024);
    QCOMPARE(log.payloadBytes(TrafficKind::Received), Size);
    QCOMPARE(log.payloadBytes(TrafficKind::Sent), Size);

    // The Explain pane gets coalesced send()/recv() lines, not one per call.
    const QStringList lines = callsOf(calls);
    QVERIFY2(lines.size() < 200, qPrintable(QString::number(lines.size())));
    QVERIFY(lines.contains(QStringLiteral("shutdown(SHUT_WR) → 0")));
}

void TestTcpClientEngine::halfCloseLetsThePeerReplyAfterEof()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_half_close.py")));
    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QByteArray received;
    connect(&engine, &TcpClientEngine::dataReceived, this,
            [&received](const QByteArray &chunk, quint64) { received += chunk; });
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    QCOMPARE(engine.send("part one"), qint64(8));
    engine.halfClose();
    QVERIFY(waitForState(engine, State::HalfClosed));
    QCOMPARE(engine.send("too late"), qint64(-1));

    // The peer saw end-of-file after exactly our bytes...
    QCOMPARE(peer.waitForLine("EOF"), QByteArray("8 ") + QByteArray("part one").toHex());
    // ...and we still read its answer.
    QVERIFY(closed.size() == 1 || closed.wait(30000));
    QCOMPARE(received, QByteArray("reply after your FIN"));
    QCOMPARE(engine.closedFirstBy(), Closer::Us);
    QCOMPARE(engine.wasReset(), false);
    QCOMPARE(engine.state(), State::Closed);
    QVERIFY(callsOf(calls).contains(QStringLiteral("shutdown(SHUT_WR) → 0")));
}

void TestTcpClientEngine::peerResetIsReportedAndExplained()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_reset.py")));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy errors(&engine, &TcpClientEngine::errorOccurred);
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    QVERIFY(engine.send("crash now") > 0);
    QVERIFY(closed.wait(30000));
    QVERIFY(peer.hasLine("RESET") || !peer.waitForLine("RESET").isNull());

    QCOMPARE(closed.first().at(0).value<Closer>(), Closer::Peer);
    QCOMPARE(closed.first().at(1).toBool(), true);
    QVERIFY(engine.wasReset());
    const QString expected
        = SocketErrors::explainReset({QStringLiteral("127.0.0.1"), peer.port(), false, false});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).toString(), expected);
    QVERIFY(expected.contains(QLatin1String("(reset)")));

    const QList<TrafficEvent> resets = log.ofKind(TrafficKind::Reset);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(resets.first().note, expected);
    QCOMPARE(resets.first().end, TrafficEnd::ByPeer);
    QCOMPARE(log.ofKind(TrafficKind::Closed).size(), 0);
    QVERIFY(callsOf(calls).contains(QStringLiteral("recv() → ECONNRESET")));
}

void TestTcpClientEngine::abortSendsAReset()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py")));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy errors(&engine, &TcpClientEngine::errorOccurred);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    QVERIFY(!peer.waitForLine("CLIENT").isEmpty());
    engine.abort();
    QCOMPARE(engine.state(), State::Closed);
    QCOMPARE(engine.closedFirstBy(), Closer::Us);
    QVERIFY(engine.wasReset());

    // The peer's recv() failed with ECONNRESET instead of reading a FIN.
    QVERIFY(!peer.waitForLine("RESET BY CLIENT").isNull());
    QCOMPARE(log.ofKind(TrafficKind::Reset).size(), 1);
    QCOMPARE(log.ofKind(TrafficKind::Reset).first().end, TrafficEnd::ByUs);
    QCOMPARE(errors.size(), 0);
    QVERIFY(callsOf(calls).contains(QStringLiteral("setsockopt(SOL_SOCKET, SO_LINGER, {1, 0}) → 0")));
}

void TestTcpClientEngine::refusedConnectIsExplained()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();

    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy errors(&engine, &TcpClientEngine::errorOccurred);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), port));
    QVERIFY(errors.wait(30000));
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Nothing is listening on 127.0.0.1:%1").arg(port)),
             qPrintable(message));
    QCOMPARE(engine.state(), State::Closed);
    QVERIFY(callsOf(calls).contains(QStringLiteral("connect(127.0.0.1:%1) → ECONNREFUSED").arg(port)));
    const QList<TrafficEvent> failures = log.ofKind(TrafficKind::Error);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().note, message);
    QCOMPARE(failures.first().peer, QStringLiteral("127.0.0.1:%1").arg(port));
    // Exports show the refusal as our SYN and the peer's RST: they need the
    // ephemeral port connect() used, which Qt never reports for a failure.
    QCOMPARE(failures.first().end, TrafficEnd::Refused);
    QVERIFY2(failures.first().local.startsWith(QLatin1String("127.0.0.1:")),
             qPrintable(failures.first().local));
    QVERIFY(failures.first().local.section(u':', 1).toUInt() > 0);
}

void TestTcpClientEngine::invalidInputFailsWithoutConnecting_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("a name with spaces and '!' is refused before any lookup")
        << QStringLiteral("bad host name!") << 80
        << QStringLiteral("'bad host name!' is not a valid host name");
    QTest::newRow("an empty host asks for one")
        << QString() << 80 << QStringLiteral("Type the server's host");
    QTest::newRow("blank host counts as empty")
        << QStringLiteral("   ") << 80 << QStringLiteral("Type the server's host");
    QTest::newRow("port 0 is refused") << QStringLiteral("127.0.0.1") << 0 << QStringLiteral("Port 0");
    QTest::newRow("an IPv4 address out of range is refused")
        << QStringLiteral("999.1.1.1") << 80 << QStringLiteral("'999.1.1.1' is not a valid IP address");
}

void TestTcpClientEngine::invalidInputFailsWithoutConnecting()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, mustContain);

    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QSignalSpy errors(&engine, &TcpClientEngine::errorOccurred);
    QSignalSpy states(&engine, &TcpClientEngine::stateChanged);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(!engine.connectToHost(host, quint16(port)));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(mustContain), qPrintable(message));
    QCOMPARE(engine.state(), State::Idle);
    QCOMPARE(states.size(), 0);
    QCOMPARE(calls.size(), 0);
    QCOMPARE(recorder.recordedCount(), quint64(0));

    // The exercises validate the same way.
    QVERIFY(!engine.sendOnceAndClose(host, quint16(port), "x"));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(states.size(), 0);
}

void TestTcpClientEngine::recordedEventsHaveExactByteCounts()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py")));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy repeats(&engine, &TcpClientEngine::repeatFinished);

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    QCOMPARE(engine.send("abc"), qint64(3));
    QCOMPARE(engine.send("defg"), qint64(4));
    QCOMPARE(engine.send(QByteArray()), qint64(0));
    QVERIFY(engine.startRepeat("xy", 1, 5));
    QVERIFY(engine.isRepeating());
    QVERIFY(repeats.wait(30000));
    QCOMPARE(repeats.first().at(0).toInt(), 5);
    QVERIFY(!engine.isRepeating());
    engine.close();
    QVERIFY(waitForState(engine, State::Closed));

    const QByteArray expected("abcdefgxyxyxyxyxy");
    const QList<TrafficEvent> sent = log.ofKind(TrafficKind::Sent);
    QCOMPARE(sent.size(), 7); // one per write: two sends, five repeats
    QCOMPARE(sent.at(0).payload, QByteArray("abc"));
    QCOMPARE(sent.at(1).payload, QByteArray("defg"));
    for (const TrafficEvent &event : sent) {
        QCOMPARE(event.local, engine.localEndpoint());
        QCOMPARE(event.peer, engine.peerEndpoint());
        QCOMPARE(event.direction(), TrafficDirection::Outgoing);
    }
    QCOMPARE(log.payloadBytes(TrafficKind::Sent), qint64(expected.size()));
    QCOMPARE(engine.bytesSent(), quint64(expected.size()));

    const QList<QByteArray> received = peer.waitForLine("RECEIVED").split(' ');
    QCOMPARE(received.value(0).toLongLong(), qint64(expected.size()));
    QCOMPARE(received.value(2), expected.toHex());
}

void TestTcpClientEngine::socatEchoesWhatWeSend()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed");
    Peer peer;
    QVERIFY(peer.startSocatEcho());
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy replies(&engine, &TcpClientEngine::replyReceived);

    const QByteArray message = QStringLiteral("回声 echo over socat\n").toUtf8();
    QVERIFY(engine.sendAndWaitForReply(QStringLiteral("127.0.0.1"), peer.port(), message, 30000));
    QVERIFY(replies.wait(30000));
    QCOMPARE(replies.first().at(0).toByteArray(), message);
    QCOMPARE(log.payload(TrafficKind::Received), message);
    engine.close();
    QVERIFY(waitForState(engine, State::Closed));
    QCOMPARE(engine.closedFirstBy(), Closer::Us);
}

void TestTcpClientEngine::ipv6LiteralConnects_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("bare ::1") << QStringLiteral("::1");
    QTest::newRow("::1 in brackets, as in a URL") << QStringLiteral("[::1]");
}

void TestTcpClientEngine::ipv6LiteralConnects()
{
    QFETCH(QString, host);

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("this machine has no IPv6 loopback");
    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QSignalSpy calls(&engine, &TcpClientEngine::socketCallMade);

    QVERIFY(engine.connectToHost(host, server.serverPort()));
    QVERIFY(waitForState(engine, State::Connected));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 30000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QVERIFY(accepted);
    QCOMPARE(engine.peerEndpoint(), QStringLiteral("[::1]:%1").arg(server.serverPort()));
    QCOMPARE(engine.localEndpoint(), QStringLiteral("[::1]:%1").arg(accepted->peerPort()));
    QVERIFY(callsOf(calls).contains(QStringLiteral("socket(AF_INET6, SOCK_STREAM)")));
    engine.close();
    QVERIFY(waitForState(engine, State::Closed));
}

void TestTcpClientEngine::closeDuringLookupCancelsTheAttempt()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficRecorder recorder;
    EventLog log(&recorder);
    TcpClientEngine engine(&recorder);
    QSignalSpy closed(&engine, &TcpClientEngine::connectionClosed);

    // The lookup answers through the event loop, so it is still running here.
    QVERIFY(engine.connectToHost(QStringLiteral("localhost"), server.serverPort()));
    QCOMPARE(engine.state(), State::LookingUp);
    engine.close();
    QCOMPARE(engine.state(), State::Closed);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<Closer>(), Closer::Us);

    // A later answer of the aborted lookup must not revive the attempt; a
    // connect of our own afterwards is what ends the wait.
    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort()));
    QVERIFY(waitForState(engine, State::Connected));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 30000);
    std::unique_ptr<QTcpSocket> first(server.nextPendingConnection());
    QVERIFY(!server.hasPendingConnections());
    QCOMPARE(log.ofKind(TrafficKind::Connected).size(), 1);
    engine.close();
}

void TestTcpClientEngine::fileErrorsAreExplained()
{
    Peer peer;
    QVERIFY(peer.startScript(QStringLiteral("tcp_server_sink.py")));
    TrafficRecorder recorder;
    TcpClientEngine engine(&recorder);
    QSignalSpy errors(&engine, &TcpClientEngine::errorOccurred);

    QVERIFY(!engine.sendFile(QStringLiteral("/tmp")));
    QVERIFY(errors.last().at(0).toString().contains(QLatin1String("Not connected")));

    QVERIFY(engine.connectToHost(QStringLiteral("127.0.0.1"), peer.port()));
    QVERIFY(waitForState(engine, State::Connected));
    const QString missing = QStringLiteral("/nonexistent/netlab-no-such-file.bin");
    QVERIFY(!engine.sendFile(missing));
    QVERIFY2(errors.last().at(0).toString().contains(QStringLiteral("'%1' cannot be opened").arg(missing)),
             qPrintable(errors.last().at(0).toString()));
    QVERIFY(!engine.sendFile(QStringLiteral("/tmp")));
    QVERIFY(errors.last().at(0).toString().contains(QLatin1String("is a folder")));
    QVERIFY(!engine.isSendingFile());
    engine.close();
    QVERIFY(waitForState(engine, State::Closed));
    QVERIFY(peer.waitForLine("RECEIVED").startsWith("0 "));
}

void TestTcpClientEngine::closeExplanationsExist()
{
    using Kind = TcpClientEngine::CloseKind;
    QVERIFY(TcpClientEngine::explainClose(Kind::HalfClose).contains(QLatin1String("SHUT_WR")));
    QVERIFY(TcpClientEngine::explainClose(Kind::Graceful).contains(QLatin1String("FIN")));
    QVERIFY(TcpClientEngine::explainClose(Kind::Abort).contains(QLatin1String("RST")));
    QVERIFY(!TcpClientEngine::stateName(State::HalfClosed).isEmpty());
}

QTEST_GUILESS_MAIN(TestTcpClientEngine)
#include "tst_tcpclientengine.moc"
