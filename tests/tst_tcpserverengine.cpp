#include "peerprocess.h"
#include "tcpserverengine.h"
#include "trafficrecorder.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

#include <memory>

namespace {

constexpr int Timeout = 30000; // generous: the suite runs in parallel on 2 cores

using Mode = TcpServerEngine::Mode;

using Peer = PeerProcess;

QString hex(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toHex());
}

QString portArg(const TcpServerEngine &engine)
{
    return QString::number(engine.serverPort());
}

} // namespace

class TestTcpServerEngine final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listenReportsPortAndSocketCalls();
    void portInUseIsExplained();
    void replyOnceAnswersClassicClient2_data();
    void replyOnceAnswersClassicClient2();
    void replyOnceReadsClassicClient1();
    void replyOnceAnswersSocat();
    void conversationCommands_data();
    void conversationCommands();
    void conversationSecondClientWaitsInBacklog();
    void peerResetIsReportedAndServerKeepsServing_data();
    void peerResetIsReportedAndServerKeepsServing();
    void manyConcurrentClients_data();
    void manyConcurrentClients();
    void bulkUploadIsByteExact();
    void maxClientsRefusalIsCounted_data();
    void maxClientsRefusalIsCounted();
    void stopClosesConnectedClients_data();
    void stopClosesConnectedClients();
    void sendCloseAndAbortOneClient_data();
    void sendCloseAndAbortOneClient();
    void templatePlaceholdersExpandOnce();

    // EventLoop mode beyond localClientLimit(): the I/O worker threads.
    void eventLoopHandsClientsBeyondLimitToIoThreads_data();
    void eventLoopHandsClientsBeyondLimitToIoThreads();
    void ioThreadClientSendCloseAndAbort();
    void stopClosesIoThreadClients();
    void emptyTemplateSendsNothing_data();
    void emptyTemplateSendsNothing();
    void clientUpdatesAreCoalesced_data();
    void clientUpdatesAreCoalesced();

private:
    QList<TrafficEvent> eventsOf(TrafficKind kind, const QString &peer = QString()) const;
    QString peerOf(const Peer &peer) const; // "127.0.0.1:<local port the script printed>"
    void listenOrFail(Mode mode);

    std::unique_ptr<TrafficRecorder> m_recorder;
    std::unique_ptr<TcpServerEngine> m_engine;
    QList<TrafficEvent> m_events;
    QList<SocketCall> m_calls;
};

void TestTcpServerEngine::init()
{
    m_events.clear();
    m_calls.clear();
    m_recorder = std::make_unique<TrafficRecorder>();
    m_engine = std::make_unique<TcpServerEngine>(m_recorder.get());
    // The recorder as context: events a previous test's threads recorded
    // late die with that test's recorder instead of reaching this test.
    connect(m_recorder.get(), &TrafficRecorder::eventRecorded, m_recorder.get(),
            [this](const TrafficEvent &event) { m_events.append(event); });
    connect(m_engine.get(), &TcpServerEngine::socketCallMade, this,
            [this](const SocketCall &call) { m_calls.append(call); });
}

void TestTcpServerEngine::cleanup()
{
    if (QTest::currentTestFailed()) {
        for (const TrafficEvent &event : std::as_const(m_events))
            qInfo().noquote() << TrafficNames::kindId(event.kind) << event.local << event.peer
                              << event.payload.size() << event.note;
    }
    m_engine.reset();
    m_recorder.reset();
}

QList<TrafficEvent> TestTcpServerEngine::eventsOf(TrafficKind kind, const QString &peer) const
{
    QList<TrafficEvent> result;
    for (const TrafficEvent &event : m_events) {
        if (event.kind == kind && (peer.isEmpty() || event.peer == peer))
            result.append(event);
    }
    return result;
}

QString TestTcpServerEngine::peerOf(const Peer &peer) const
{
    return QStringLiteral("127.0.0.1:") + peer.value(QStringLiteral("CONNECTED"));
}

void TestTcpServerEngine::listenOrFail(Mode mode)
{
    QVERIFY2(m_engine->listen(QHostAddress::LocalHost, 0, mode), qPrintable(m_engine->errorString()));
    QVERIFY(m_engine->serverPort() != 0);
}

void TestTcpServerEngine::listenReportsPortAndSocketCalls()
{
    QSignalSpy listening(m_engine.get(), &TcpServerEngine::listeningChanged);
    listenOrFail(Mode::EventLoop);
    QCOMPARE(listening.count(), 1);
    QCOMPARE(m_engine->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QStringList functions;
    for (const SocketCall &call : std::as_const(m_calls))
        functions << call.function;
    QCOMPARE(functions,
             (QStringList{QStringLiteral("socket"), QStringLiteral("setsockopt"), QStringLiteral("bind"),
                          QStringLiteral("listen"), QStringLiteral("getsockname")}));
    QCOMPARE(m_calls.at(2).toString(), QStringLiteral("bind(127.0.0.1:0) → 0"));
    QCOMPARE(m_calls.at(4).result, QStringLiteral("127.0.0.1:") + portArg(*m_engine));
    const auto listens = eventsOf(TrafficKind::Listening);
    QCOMPARE(listens.size(), 1);
    QCOMPARE(listens.first().tab, QStringLiteral("tcp-server"));
    QCOMPARE(listens.first().local, QStringLiteral("127.0.0.1:") + portArg(*m_engine));

    m_engine->stop();
    QCOMPARE(listening.count(), 2);
    QCOMPARE(listening.last().first().toBool(), false);
    QCOMPARE(m_engine->serverPort(), quint16(0));
}

void TestTcpServerEngine::portInUseIsExplained()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const quint16 port = occupant.serverPort();
    QSignalSpy errors(m_engine.get(), &TcpServerEngine::errorOccurred);

    QVERIFY(!m_engine->listen(QHostAddress::LocalHost, port, Mode::EventLoop));
    QVERIFY(!m_engine->isListening());
    QCOMPARE(errors.count(), 1);
    const QString message = m_engine->errorString();
    QCOMPARE(errors.first().first().toString(), message);
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ss -ltnp")), qPrintable(message));
    QVERIFY(!m_calls.isEmpty());
    QCOMPARE(m_calls.last().function, QStringLiteral("bind"));
    QVERIFY(m_calls.last().failed);
    QCOMPARE(m_calls.last().result, QStringLiteral("EADDRINUSE"));
    const auto recorded = eventsOf(TrafficKind::Error);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().note, message);
}

void TestTcpServerEngine::replyOnceAnswersClassicClient2_data()
{
    QTest::addColumn<QString>("replyTemplate"); // empty: keep the default
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("expectedReply");

    QTest::newRow("English default template without a translator")
        << QString() << QStringLiteral("hello") << QByteArray("Server received your message: hello");
    QTest::newRow("classic Chinese template round-trips UTF-8 exactly")
        << QStringLiteral("服务器已收到你的消息: {message}") << QStringLiteral("你好,服务器")
        << QStringLiteral("服务器已收到你的消息: 你好,服务器").toUtf8();
    QTest::newRow("trailing newline is trimmed for the message and kept on the reply")
        << QString() << QStringLiteral("hi\r\n") << QByteArray("Server received your message: hi\r\n");
}

void TestTcpServerEngine::replyOnceAnswersClassicClient2()
{
    QFETCH(QString, replyTemplate);
    QFETCH(QString, message);
    QFETCH(QByteArray, expectedReply);
    if (!replyTemplate.isEmpty())
        m_engine->setReplyTemplate(Mode::ReplyOnce, replyTemplate);
    listenOrFail(Mode::ReplyOnce);

    auto client = Peer::python(QStringLiteral("tcp_client_reply.py"), {portArg(*m_engine), hex(message)});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY")), Timeout);
    QCOMPARE(client->replyBytes(), expectedReply);

    const auto received = eventsOf(TrafficKind::Received);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().payload, message.toUtf8()); // logged untrimmed
    const auto sent = eventsOf(TrafficKind::Sent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().payload, expectedReply);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed).size(), 1, Timeout);
    QCOMPARE(eventsOf(TrafficKind::Closed).first().end,
             TrafficEnd::ByUs); // the server closes after its reply
    QCOMPARE(m_engine->clientCount(), 0);
}

void TestTcpServerEngine::replyOnceReadsClassicClient1()
{
    listenOrFail(Mode::ReplyOnce);
    const QByteArray message = QStringLiteral("只发一次").toUtf8();
    auto client = Peer::python(QStringLiteral("tcp_client_once.py"),
                               {portArg(*m_engine), QString::fromLatin1(message.toHex())});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("DONE")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Received).size(), 1, Timeout);
    QCOMPARE(eventsOf(TrafficKind::Received).first().payload, message);
    QCOMPARE(eventsOf(TrafficKind::Accepted).size(), 1);
    // The client left without reading: the connection still ends (closed or reset).
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QVERIFY(m_engine->isListening());
}

void TestTcpServerEngine::replyOnceAnswersSocat()
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        QSKIP("socat is not installed");
    listenOrFail(Mode::ReplyOnce);
    Peer client(socat,
                {QStringLiteral("-t"), QStringLiteral("10"), QStringLiteral("-"),
                 QStringLiteral("TCP:127.0.0.1:") + portArg(*m_engine)});
    QVERIFY(client.process().waitForStarted(Timeout));
    client.process().write("from socat\n");
    client.process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(
        client.lines().contains(QStringLiteral("Server received your message: from socat")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.process().state(), QProcess::NotRunning, Timeout);
}

void TestTcpServerEngine::conversationCommands_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("expectedPatterns"); // regular expressions, one per reply

    const QString time = QStringLiteral(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)");
    QTest::newRow("anything else is echoed with a prefix, time answers, exit says goodbye")
        << QStringList{QStringLiteral("hello"), QStringLiteral("time"), QStringLiteral("exit")}
        << QStringList{QStringLiteral("Received: hello\n"), QStringLiteral("Current time: ") + time + u'\n',
                       QStringLiteral("Goodbye!\n")};
    QTest::newRow("commands are matched case-insensitively")
        << QStringList{QStringLiteral("TiMe"), QStringLiteral("EXIT")}
        << QStringList{QStringLiteral("Current time: ") + time + u'\n', QStringLiteral("Goodbye!\n")};
    QTest::newRow("a command inside a longer message is no command")
        << QStringList{QStringLiteral("what time is it"), QStringLiteral("exit")}
        << QStringList{QStringLiteral("Received: what time is it\n"), QStringLiteral("Goodbye!\n")};
}

void TestTcpServerEngine::conversationCommands()
{
    QFETCH(QStringList, messages);
    QFETCH(QStringList, expectedPatterns);
    listenOrFail(Mode::Conversation);
    auto client = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                               QStringList{portArg(*m_engine)} + messages);
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("EOF")), Timeout);
    QCOMPARE(client->count(QStringLiteral("REPLY")), expectedPatterns.size());
    for (int i = 0; i < expectedPatterns.size(); ++i) {
        const QString reply = QString::fromUtf8(client->replyBytes(i));
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(expectedPatterns.at(i)));
        QVERIFY2(pattern.match(reply).hasMatch(), qPrintable(reply));
    }
    // exit: the server closed, and says why.
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed).size(), 1, Timeout);
    QVERIFY(!eventsOf(TrafficKind::Closed).first().note.isEmpty());
}

void TestTcpServerEngine::conversationSecondClientWaitsInBacklog()
{
    listenOrFail(Mode::Conversation);
    QSignalSpy waiting(m_engine.get(), &TcpServerEngine::waitingCountChanged);
    auto first = Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)});
    first->process().write("hello\n");
    QTRY_VERIFY_WITH_TIMEOUT(first->has(QStringLiteral("REPLY")), Timeout);
    QCOMPARE(first->replyBytes(), QByteArray("Received: hello\n"));

    auto second = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                               {portArg(*m_engine), QStringLiteral("hello"), QStringLiteral("exit")});
    QTRY_VERIFY_WITH_TIMEOUT(second->has(QStringLiteral("CONNECTED")), Timeout);
    // The kernel completed its handshake; the server has not accepted it.
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->waitingCount(), 1, Timeout);
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(m_engine->clientCount(), 1);
    QVERIFY(!second->has(QStringLiteral("REPLY")));

    first->process().write("exit\n");
    first->process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(first->has(QStringLiteral("EOF")), Timeout);
    QCOMPARE(first->replyBytes(1), QByteArray("Goodbye!\n"));

    QTRY_VERIFY_WITH_TIMEOUT(second->has(QStringLiteral("EOF")), Timeout);
    QCOMPARE(second->replyBytes(0), QByteArray("Received: hello\n"));
    QCOMPARE(second->replyBytes(1), QByteArray("Goodbye!\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->waitingCount(), 0, Timeout);
    QCOMPARE(eventsOf(TrafficKind::Accepted).size(), 2);
}

void TestTcpServerEngine::peerResetIsReportedAndServerKeepsServing_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("expectedReply");
    QTest::newRow("conversation: reset is not fatal") << Mode::Conversation << QByteArray("Received: x\n");
    QTest::newRow("thread per client: the blocking loop sees the reset")
        << Mode::ThreadPerClient << QByteArray("Server received: x\n");
    QTest::newRow("event loop: the non-blocking socket sees the reset")
        << Mode::EventLoop << QByteArray("Server received: x\n");
}

void TestTcpServerEngine::peerResetIsReportedAndServerKeepsServing()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, expectedReply);
    listenOrFail(mode);
    auto rude = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                             {portArg(*m_engine), QStringLiteral("--reset"), QStringLiteral("x")});
    QTRY_VERIFY_WITH_TIMEOUT(rude->has(QStringLiteral("RESET-SENT")), Timeout);
    QCOMPARE(rude->replyBytes(), expectedReply);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Reset).size(), 1, Timeout);
    const TrafficEvent reset = eventsOf(TrafficKind::Reset).first();
    QCOMPARE(reset.peer, peerOf(*rude));
    QVERIFY(reset.note.contains(QStringLiteral("RST")));
    QCOMPARE(reset.end, TrafficEnd::ByPeer);
    QCOMPARE(eventsOf(TrafficKind::Closed).size(), 0);

    auto polite = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                               {portArg(*m_engine), QStringLiteral("x")});
    QTRY_VERIFY_WITH_TIMEOUT(polite->has(QStringLiteral("REPLY")), Timeout);
    QCOMPARE(polite->replyBytes(), expectedReply);
    QVERIFY(m_engine->isListening());
}

void TestTcpServerEngine::manyConcurrentClients_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("thread per client: 100 threads") << Mode::ThreadPerClient;
    QTest::newRow("event loop: the engine thread, then its I/O threads") << Mode::EventLoop;
}

void TestTcpServerEngine::manyConcurrentClients()
{
    QFETCH(Mode, mode);
    constexpr int Clients = 100;
    QSet<QString> servers;
    connect(m_engine.get(), &TcpServerEngine::clientUpdated, this,
            [&servers](const TcpServerEngine::ClientInfo &client) {
                if (client.state == TcpServerEngine::ClientState::Served)
                    servers.insert(client.thread);
            });
    listenOrFail(mode);
    auto clients
        = Peer::python(QStringLiteral("tcp_client_many.py"),
                       {portArg(*m_engine), QString::number(Clients), QStringLiteral("Server received: ")});
    QTRY_VERIFY_WITH_TIMEOUT(clients->has(QStringLiteral("OK")), 2 * Timeout);
    QVERIFY2(clients->has(QStringLiteral("CONNECTED")), qPrintable(clients->lines().join(u'\n')));
    QCOMPARE(clients->value(QStringLiteral("OK")), QStringLiteral("100 FAIL 0"));
    QCOMPARE(eventsOf(TrafficKind::Accepted).size(), Clients);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Sent).size(), Clients, Timeout);
    if (mode == Mode::ThreadPerClient) {
        QCOMPARE(servers.size(), Clients); // one thread each
        for (const QString &server : std::as_const(servers))
            QVERIFY2(server.startsWith(QStringLiteral("client-")), qPrintable(server));
        QCOMPARE(m_engine->threadCount(), 0);
    } else {
        // The engine's own thread serves the first DefaultLocalClientLimit
        // clients; the rest (the 100 connect before any leaves) go to the
        // I/O threads, never one thread each.
        int engineThreads = 0;
        for (const QString &server : std::as_const(servers))
            engineThreads += server.startsWith(QStringLiteral("io-")) ? 0 : 1;
        QCOMPARE(engineThreads, 1);
        QVERIFY2(servers.size() <= 1 + QThread::idealThreadCount(),
                 qPrintable(QStringList(servers.values()).join(u',')));
    }
}

void TestTcpServerEngine::bulkUploadIsByteExact()
{
    constexpr qint64 Size = 16 * 1024 * 1024;
    m_engine->setReplyTemplate(Mode::EventLoop, QStringLiteral("ok "));
    listenOrFail(Mode::EventLoop);
    QElapsedTimer elapsed;
    elapsed.start();
    auto client
        = Peer::python(QStringLiteral("tcp_client_bulk.py"), {portArg(*m_engine), QString::number(Size)});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("RECEIVED")), 3 * Timeout);
    const QStringList sent = client->value(QStringLiteral("SENT")).split(u' ');
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0), QString::number(Size));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    const auto received = eventsOf(TrafficKind::Received);
    for (const TrafficEvent &event : received) {
        hash.addData(event.payload);
        total += event.payload.size();
    }
    QCOMPARE(total, Size);
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), sent.at(1));
    QVERIFY(received.size() > 1); // one event per read, not one for the stream
    // Every read got its "ok " reply, ending like the read did (a random read
    // ends in "\n" now and then), and the client drained them all.
    qint64 replyBytes = 0;
    for (const TrafficEvent &event : received)
        replyBytes += 3 + (event.payload.endsWith("\r\n") ? 2 : event.payload.endsWith('\n') ? 1 : 0);
    QCOMPARE(client->value(QStringLiteral("RECEIVED")), QString::number(replyBytes));
    // The Explain pane got a few lines, not one per read: the first three
    // reads, then at most one line a second, and the rest at the close.
    int recvLines = 0;
    for (const SocketCall &call : std::as_const(m_calls))
        recvLines += call.function == u"recv";
    const qint64 bound = 3 + elapsed.elapsed() / 1000 + 2;
    QVERIFY2(recvLines <= bound,
             qPrintable(QStringLiteral("%1 recv lines for %2 reads, bound %3")
                            .arg(recvLines)
                            .arg(received.size())
                            .arg(bound)));
}

void TestTcpServerEngine::maxClientsRefusalIsCounted_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("limitThreads");
    QTest::newRow("event loop: client limit") << Mode::EventLoop << false;
    QTest::newRow("thread per client: client limit") << Mode::ThreadPerClient << false;
    QTest::newRow("thread per client: thread limit") << Mode::ThreadPerClient << true;
}

void TestTcpServerEngine::maxClientsRefusalIsCounted()
{
    QFETCH(Mode, mode);
    QFETCH(bool, limitThreads);
    if (limitThreads)
        m_engine->setMaxThreads(2);
    else
        m_engine->setMaxClients(2);
    QSignalSpy refused(m_engine.get(), &TcpServerEngine::clientRefused);
    listenOrFail(mode);

    std::vector<std::unique_ptr<Peer>> held;
    for (int i = 0; i < 2; ++i) {
        held.push_back(Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)}));
        held.back()->process().write("hi\n");
        QTRY_VERIFY_WITH_TIMEOUT(held.back()->has(QStringLiteral("REPLY")), Timeout);
    }
    auto third = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                              {portArg(*m_engine), QStringLiteral("hi")});
    QTRY_VERIFY_WITH_TIMEOUT(third->has(QStringLiteral("EOF")) || third->has(QStringLiteral("RESET")),
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->refusedCount(), 1, Timeout);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toString(), peerOf(*third));
    const auto errors = eventsOf(TrafficKind::Error, peerOf(*third));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().note.contains(QStringLiteral("2")));
    QCOMPARE(m_engine->clientCount(), 2);
}

void TestTcpServerEngine::stopClosesConnectedClients_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("event loop") << Mode::EventLoop;
    QTest::newRow("thread per client: threads quit and are waited for") << Mode::ThreadPerClient;
    QTest::newRow("conversation") << Mode::Conversation;
}

void TestTcpServerEngine::stopClosesConnectedClients()
{
    QFETCH(Mode, mode);
    listenOrFail(mode);
    const int clientCount = mode == Mode::Conversation ? 1 : 2;
    std::vector<std::unique_ptr<Peer>> clients;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)}));
        clients.back()->process().write("hi\n");
        clients.back()->process().closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(clients.back()->has(QStringLiteral("REPLY")), Timeout);
    }
    QCOMPARE(m_engine->clientCount(), clientCount);
    m_engine->stop();
    QVERIFY(!m_engine->isListening());
    QCOMPARE(m_engine->threadCount(), 0);
    for (const auto &client : clients)
        QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("EOF")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed).size(), clientCount + 1, Timeout);
    int stoppedNotes = 0;
    for (const TrafficEvent &event : eventsOf(TrafficKind::Closed))
        stoppedNotes += event.note.contains(QStringLiteral("stopped"));
    QCOMPARE(stoppedNotes, clientCount + 1); // each client, and the listening socket
    QCOMPARE(eventsOf(TrafficKind::Reset).size(), 0);
}

void TestTcpServerEngine::sendCloseAndAbortOneClient_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("event loop") << Mode::EventLoop;
    QTest::newRow("thread per client") << Mode::ThreadPerClient;
}

void TestTcpServerEngine::sendCloseAndAbortOneClient()
{
    QFETCH(Mode, mode);
    listenOrFail(mode);
    std::vector<std::unique_ptr<Peer>> clients;
    for (int i = 0; i < 2; ++i) {
        clients.push_back(Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)}));
        clients.back()->process().write("hi\n");
        QTRY_VERIFY_WITH_TIMEOUT(clients.back()->has(QStringLiteral("REPLY")), Timeout);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 2, Timeout);
    QList<TcpServerEngine::ClientInfo> infos = m_engine->clients();
    std::sort(infos.begin(), infos.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(infos.at(0).peer, peerOf(*clients.at(0)));

    // The broadcast arrives as the next "line" each client reads.
    QCOMPARE(m_engine->sendToAll("to all\n"), 2);
    const auto toAllSent = [this] {
        int n = 0;
        for (const TrafficEvent &event : eventsOf(TrafficKind::Sent))
            n += event.payload == "to all\n";
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(toAllSent(), 2, Timeout);
    for (const auto &client : clients) {
        client->process().write("next\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY"), 1), Timeout);
        QCOMPARE(client->replyBytes(1), QByteArray("to all\n"));
    }
    QVERIFY(m_engine->closeClient(infos.at(0).id));
    clients.at(0)->process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(clients.at(0)->has(QStringLiteral("EOF")), Timeout);

    QVERIFY(m_engine->abortClient(infos.at(1).id));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Reset).size(), 1, Timeout);
    // The client has not read everything yet; whatever it reads, it must end in a reset.
    clients.at(1)->process().write("anyone?\n");
    clients.at(1)->process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(
        clients.at(1)->has(QStringLiteral("RESET")) || clients.at(1)->has(QStringLiteral("EOF")), Timeout);
    QVERIFY2(clients.at(1)->has(QStringLiteral("RESET")), qPrintable(clients.at(1)->lines().join(u'\n')));
    QVERIFY(eventsOf(TrafficKind::Reset).first().note.contains(QStringLiteral("SO_LINGER")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QVERIFY(!m_engine->sendTo(infos.at(0).id, "gone"));
}

void TestTcpServerEngine::templatePlaceholdersExpandOnce()
{
    m_engine->setReplyTemplate(Mode::EventLoop, QStringLiteral("[{peer}] {message} {message}"));
    listenOrFail(Mode::EventLoop);
    auto client = Peer::python(QStringLiteral("tcp_client_conversation.py"),
                               {portArg(*m_engine), QStringLiteral("{time}{peer}")});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("EOF")) || client->has(QStringLiteral("REPLY")),
                             Timeout);
    QCOMPARE(QString::fromUtf8(client->replyBytes()),
             u'[' + peerOf(*client) + QStringLiteral("] {time}{peer} {time}{peer}\n"));
}

void TestTcpServerEngine::eventLoopHandsClientsBeyondLimitToIoThreads_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("localLimit");
    QTest::newRow("600 clients: 256 in the engine's thread, 344 in io threads") << 600 << 256;
    QTest::newRow("20 clients: 4 in the engine's thread, 16 in io threads") << 20 << 4;
    QTest::newRow("10 clients, limit 0: every client in an io thread") << 10 << 0;
}

void TestTcpServerEngine::eventLoopHandsClientsBeyondLimitToIoThreads()
{
    QFETCH(int, clients);
    QFETCH(int, localLimit);
    m_engine->setLocalClientLimit(localLimit);
    QCOMPARE(m_engine->localClientLimit(), localLimit);
    QObject context; // the lambdas below use locals: disconnect them when the test returns
    const QRegularExpression ioLabel(QStringLiteral("^io-\\d+ · TID \\d+$"));
    QHash<quint64, QString> threadOf;
    QHash<quint64, TcpServerEngine::ClientInfo> finalInfo;
    int liveLocal = 0; // served by the engine's thread right now
    int maxLiveLocal = 0;
    connect(m_engine.get(), &TcpServerEngine::clientAdded, &context,
            [&](const TcpServerEngine::ClientInfo &client) {
                threadOf.insert(client.id, client.thread);
                if (!ioLabel.match(client.thread).hasMatch())
                    maxLiveLocal = qMax(maxLiveLocal, ++liveLocal);
            });
    connect(m_engine.get(), &TcpServerEngine::clientUpdated, &context,
            [&](const TcpServerEngine::ClientInfo &client) {
                if (client.state != TcpServerEngine::ClientState::Closed)
                    return;
                finalInfo.insert(client.id, client);
                if (!ioLabel.match(client.thread).hasMatch())
                    --liveLocal;
            });
    listenOrFail(Mode::EventLoop);
    auto peers
        = Peer::python(QStringLiteral("tcp_client_many.py"),
                       {portArg(*m_engine), QString::number(clients), QStringLiteral("Server received: ")});
    QTRY_VERIFY_WITH_TIMEOUT(peers->has(QStringLiteral("OK")), 3 * Timeout);
    QVERIFY2(peers->has(QStringLiteral("CONNECTED")), qPrintable(peers->lines().join(u'\n')));
    QCOMPARE(peers->value(QStringLiteral("OK")), QStringLiteral("%1 FAIL 0").arg(clients));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QCOMPARE(eventsOf(TrafficKind::Accepted).size(), clients);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Sent).size(), clients, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed).size(), clients, Timeout);

    // The engine's thread never serves more than localLimit at a time. (The
    // script's barrier only waits for connect() on the client side: early
    // clients may finish before the server has accepted the last ones, which
    // frees room in the engine's thread again.)
    QCOMPARE(threadOf.size(), clients);
    QCOMPARE(maxLiveLocal, localLimit);
    QCOMPARE(liveLocal, 0);
    int local = 0;
    int io = 0;
    QSet<QString> ioThreads;
    for (const QString &thread : std::as_const(threadOf)) {
        if (ioLabel.match(thread).hasMatch()) {
            ++io;
            ioThreads.insert(thread);
        } else {
            ++local;
            QVERIFY2(thread.startsWith(QStringLiteral("main")), qPrintable(thread));
        }
    }
    QVERIFY2(local >= localLimit, qPrintable(QString::number(local)));
    QVERIFY2(io >= 1, qPrintable(QString::number(io)));
    QCOMPARE(local + io, clients);
    QVERIFY(m_engine->ioThreadCount() >= 1);
    QVERIFY(ioThreads.size() <= m_engine->ioThreadCount());
    // Batched reports still end with the exact counters, once per client.
    QCOMPARE(finalInfo.size(), clients);
    for (const TcpServerEngine::ClientInfo &info : std::as_const(finalInfo)) {
        QCOMPARE(info.messagesIn, quint64(1));
        QCOMPARE(info.messagesOut, quint64(1));
        QVERIFY2(info.bytesOut > info.bytesIn, qPrintable(info.peer));
        QCOMPARE(info.thread, threadOf.value(info.id));
    }
    int recvLines = 0;
    for (const SocketCall &call : std::as_const(m_calls))
        recvLines += call.function == u"recv";
    QVERIFY2(recvLines >= clients, "every client's recv() reaches the Explain pane, batched or not");
}

void TestTcpServerEngine::ioThreadClientSendCloseAndAbort()
{
    m_engine->setLocalClientLimit(0);
    listenOrFail(Mode::EventLoop);
    std::vector<std::unique_ptr<Peer>> clients;
    for (int i = 0; i < 2; ++i) {
        clients.push_back(Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)}));
        clients.back()->process().write("hi\n");
        QTRY_VERIFY_WITH_TIMEOUT(clients.back()->has(QStringLiteral("REPLY")), Timeout);
        QCOMPARE(clients.back()->replyBytes(), QByteArray("Server received: hi\n"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 2, Timeout);
    QList<TcpServerEngine::ClientInfo> infos = m_engine->clients();
    std::sort(infos.begin(), infos.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(infos.at(0).peer, peerOf(*clients.at(0)));
    QVERIFY2(infos.at(0).thread.startsWith(QStringLiteral("io-")), qPrintable(infos.at(0).thread));

    QVERIFY(m_engine->sendTo(infos.at(0).id, "just you\n"));
    QCOMPARE(m_engine->sendToAll("to all\n"), 2);
    clients.at(0)->process().write("next\n");
    QTRY_VERIFY_WITH_TIMEOUT(clients.at(0)->has(QStringLiteral("REPLY"), 1), Timeout);
    QCOMPARE(clients.at(0)->replyBytes(1), QByteArray("just you\n"));
    clients.at(1)->process().write("next\n");
    QTRY_VERIFY_WITH_TIMEOUT(clients.at(1)->has(QStringLiteral("REPLY"), 1), Timeout);
    QCOMPARE(clients.at(1)->replyBytes(1), QByteArray("to all\n"));
    // The counters come back in a batch.
    const auto firstCounted = [this, &infos] {
        for (const auto &info : m_engine->clients()) {
            if (info.id == infos.at(0).id)
                return info.messagesOut >= 3 && info.messagesIn >= 1;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstCounted(), Timeout);

    QVERIFY(m_engine->closeClient(infos.at(0).id));
    clients.at(0)->process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(clients.at(0)->has(QStringLiteral("EOF")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed, peerOf(*clients.at(0))).size(), 1, Timeout);
    QVERIFY(
        eventsOf(TrafficKind::Closed, peerOf(*clients.at(0))).first().note.contains(QStringLiteral("FIN")));

    QVERIFY(m_engine->abortClient(infos.at(1).id));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Reset).size(), 1, Timeout);
    clients.at(1)->process().write("anyone?\n");
    clients.at(1)->process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(
        clients.at(1)->has(QStringLiteral("RESET")) || clients.at(1)->has(QStringLiteral("EOF")), Timeout);
    QVERIFY2(clients.at(1)->has(QStringLiteral("RESET")), qPrintable(clients.at(1)->lines().join(u'\n')));
    QVERIFY(eventsOf(TrafficKind::Reset).first().note.contains(QStringLiteral("SO_LINGER")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QVERIFY(!m_engine->sendTo(infos.at(0).id, "gone"));
    bool lingerExplained = false;
    for (const SocketCall &call : std::as_const(m_calls))
        lingerExplained
            |= call.function == u"setsockopt" && call.arguments.contains(QStringLiteral("SO_LINGER"));
    QVERIFY(lingerExplained);
}

void TestTcpServerEngine::stopClosesIoThreadClients()
{
    m_engine->setLocalClientLimit(1);
    listenOrFail(Mode::EventLoop);
    constexpr int Clients = 3;
    std::vector<std::unique_ptr<Peer>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(Peer::python(QStringLiteral("tcp_client_conversation.py"), {portArg(*m_engine)}));
        clients.back()->process().write("hi\n");
        clients.back()->process().closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(clients.back()->has(QStringLiteral("REPLY")), Timeout);
    }
    QCOMPARE(m_engine->clientCount(), Clients);
    int onIo = 0;
    for (const auto &info : m_engine->clients())
        onIo += info.thread.startsWith(QStringLiteral("io-"));
    QCOMPARE(onIo, Clients - 1);
    QSignalSpy updated(m_engine.get(), &TcpServerEngine::clientUpdated);
    m_engine->stop();
    QVERIFY(!m_engine->isListening());
    QCOMPARE(m_engine->clientCount(), 0); // io-served clients are reported closed at once
    int stoppedUpdates = 0;
    for (const QList<QVariant> &args : std::as_const(updated)) {
        const auto info = args.at(0).value<TcpServerEngine::ClientInfo>();
        stoppedUpdates += info.state == TcpServerEngine::ClientState::Closed;
    }
    QVERIFY2(stoppedUpdates >= Clients - 1, qPrintable(QString::number(stoppedUpdates)));
    for (const auto &client : clients)
        QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("EOF")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(eventsOf(TrafficKind::Closed).size(), Clients + 1, Timeout);
    int stoppedNotes = 0;
    for (const TrafficEvent &event : eventsOf(TrafficKind::Closed))
        stoppedNotes += event.note.contains(QStringLiteral("stopped"));
    QCOMPARE(stoppedNotes, Clients + 1);
    QCOMPARE(eventsOf(TrafficKind::Reset).size(), 0);
}

void TestTcpServerEngine::emptyTemplateSendsNothing_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("localLimit");
    QTest::newRow("event loop, engine's thread") << Mode::EventLoop << 256;
    QTest::newRow("event loop, io thread") << Mode::EventLoop << 0;
    QTest::newRow("thread per client") << Mode::ThreadPerClient << 256;
}

void TestTcpServerEngine::emptyTemplateSendsNothing()
{
    QFETCH(Mode, mode);
    QFETCH(int, localLimit);
    constexpr qint64 Size = 256 * 1024;
    m_engine->setLocalClientLimit(localLimit);
    m_engine->setReplyTemplate(mode, QString());
    listenOrFail(mode);
    // Random bytes contain "\n" here and there: the old code answered an
    // empty template with the line ending alone.
    auto client
        = Peer::python(QStringLiteral("tcp_client_bulk.py"), {portArg(*m_engine), QString::number(Size)});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("RECEIVED")), 3 * Timeout);
    QCOMPARE(client->value(QStringLiteral("RECEIVED")), QStringLiteral("0"));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    qint64 total = 0;
    for (const TrafficEvent &event : eventsOf(TrafficKind::Received))
        total += event.payload.size();
    QCOMPARE(total, Size);
    QCOMPARE(eventsOf(TrafficKind::Sent).size(), 0);
}

void TestTcpServerEngine::clientUpdatesAreCoalesced_data()
{
    QTest::addColumn<int>("localLimit");
    QTest::newRow("served by the engine's thread") << 256;
    QTest::newRow("served by an io thread") << 0;
}

void TestTcpServerEngine::clientUpdatesAreCoalesced()
{
    QFETCH(int, localLimit);
    constexpr int Messages = 1000;
    m_engine->setLocalClientLimit(localLimit);
    m_engine->setReplyTemplate(Mode::EventLoop, QStringLiteral("ok"));
    QObject context; // the lambda below uses a local: disconnect it when the test returns
    QList<TcpServerEngine::ClientInfo> updates;
    connect(m_engine.get(), &TcpServerEngine::clientUpdated, &context,
            [&updates](const TcpServerEngine::ClientInfo &client) { updates.append(client); });
    listenOrFail(Mode::EventLoop);
    QStringList args{portArg(*m_engine)};
    for (int i = 0; i < Messages; ++i)
        args << QStringLiteral("m%1").arg(i);
    QElapsedTimer elapsed;
    elapsed.start();
    // Each message waits for its reply: 1,000 separate reads and writes.
    auto client = Peer::python(QStringLiteral("tcp_client_conversation.py"), args);
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY"), Messages - 1), 3 * Timeout);
    QCOMPARE(client->replyBytes(Messages - 1), QByteArray("ok\n"));
    QCOMPARE(m_engine->clients().size(), 1);
    QVERIFY(m_engine->closeClient(m_engine->clients().first().id)); // the script waits for our FIN
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("EOF")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->clientCount(), 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        !updates.isEmpty() && updates.last().state == TcpServerEngine::ClientState::Closed, Timeout);
    const TcpServerEngine::ClientInfo last = updates.last();
    QCOMPARE(last.messagesIn, quint64(Messages));
    QCOMPARE(last.messagesOut, quint64(Messages));
    // One update per ClientUpdateIntervalMs at most, plus the first and the final one.
    const qint64 bound = 2 + elapsed.elapsed() / TcpServerEngine::ClientUpdateIntervalMs + 1;
    QVERIFY2(updates.size() <= bound,
             qPrintable(QStringLiteral("%1 updates for %2 messages in %3 ms, bound %4")
                            .arg(updates.size())
                            .arg(Messages)
                            .arg(elapsed.elapsed())
                            .arg(bound)));
    QCOMPARE(eventsOf(TrafficKind::Received).size(), Messages); // one event per read: nothing lost
}

QTEST_GUILESS_MAIN(TestTcpServerEngine)
#include "tst_tcpserverengine.moc"
