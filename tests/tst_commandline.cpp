// Drives the real netlab binary the way a student or a script would: --help,
// --version, bad options with their messages, and a clean exit on SIGTERM
// that leaves the transcript in place.
#include "pcapngreader.h"
#include "peerprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestCommandLine final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNeedsNoDisplay();
    void helpInChinese();
    void version();
    void badOptions_data();
    void badOptions();
    void unwritableOutputFile_data();
    void unwritableOutputFile();
    void pcapngIsWrittenLive();
    void sigtermExitsCleanly_data();
    void sigtermExitsCleanly();
    void tcpServerFromTheCommandLine();
    void tcpClientSendsEachAfterTheReply();
    void udpSendAndReceiveFromTheCommandLine();
    void broadcastSendStaysOnLoopback();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &env);
    // Starts netlab with arguments; its stderr is collected in *log.
    void startApp(QProcess *app, const QStringList &arguments, QString *log);
    void stopApp(QProcess *app);
    QProcessEnvironment m_env;
    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NETLAB_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::helpNeedsNoDisplay()
{
    QProcessEnvironment env = m_env;
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run r = run({QStringLiteral("--help")}, env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--tab", "--lang", "--transcript", "--pcapng", "--log-capacity", "--version"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.out.contains(QLatin1String("tcp-server")));
}

void TestCommandLine::helpInChinese()
{
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")}, m_env);
    QCOMPARE(r.exitCode, 0);
    // The description of --transcript, in Chinese.
    QVERIFY2(r.out.contains(QStringLiteral("JSON")) && r.out.contains(QStringLiteral("每")),
             qPrintable(r.out));
}

void TestCommandLine::version()
{
    const Run r = run({QStringLiteral("--version")}, m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("NetLab " NETLAB_VERSION));
}

void TestCommandLine::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown tab lists the valid ones")
        << QStringList{QStringLiteral("--tab"), QStringLiteral("tcp")}
        << QStringLiteral("there is no tab called 'tcp'; choose one of: host, encoding, tcp-client, "
                          "tcp-server, udp, broadcast, concurrency");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang=fr")} << QStringLiteral("the language 'fr' is not available");
    QTest::newRow("log capacity is not a number")
        << QStringList{QStringLiteral("--log-capacity"), QStringLiteral("lots")}
        << QStringLiteral("--log-capacity must be a whole number");
    QTest::newRow("log capacity too small")
        << QStringList{QStringLiteral("--log-capacity=5")} << QStringLiteral("from 100 to 10000000, not '5'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")}
                                    << QStringLiteral("unexpected argument 'hello'");
    QTest::newRow("option without its value")
        << QStringList{QStringLiteral("--tab")} << QStringLiteral("tab");
    QTest::newRow("server address without a port")
        << QStringList{QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1")}
        << QStringLiteral("--tcp-server: '127.0.0.1': add the port after a colon");
    QTest::newRow("IPv6 server address without brackets")
        << QStringList{QStringLiteral("--tcp-server=::1:8888")} << QStringLiteral("needs brackets");
    QTest::newRow("unknown server mode lists the modes")
        << QStringList{QStringLiteral("--tcp-server=127.0.0.1:0"), QStringLiteral("--server-mode=threads")}
        << QStringLiteral("'threads' is not a mode; choose one of "
                          "reply-once|conversation|thread-per-client|event-loop");
    QTest::newRow("server mode without a server") << QStringList{QStringLiteral("--server-mode=conversation")}
                                                  << QStringLiteral("--server-mode needs --tcp-server");
    QTest::newRow("client port 0 is no destination")
        << QStringList{QStringLiteral("--tcp-client=127.0.0.1:0")} << QStringLiteral("from 1 to 65535");
    QTest::newRow("send without a place to send to")
        << QStringList{QStringLiteral("--send=hello")} << QStringLiteral("--send needs a place to send to");
    QTest::newRow("two places to send to")
        << QStringList{QStringLiteral("--tcp-client=127.0.0.1:9"), QStringLiteral("--udp-send=127.0.0.1:9")}
        << QStringLiteral("give only one of");
    QTest::newRow("bad escape in a message names its column")
        << QStringList{QStringLiteral("--udp-send=127.0.0.1:9"), QStringLiteral("--send=ab\\xZZ")}
        << QStringLiteral("column 3");
    QTest::newRow("broadcast receiver takes only a port")
        << QStringList{QStringLiteral("--broadcast-receive=10.0.0.1:9999")}
        << QStringLiteral("--broadcast-receive takes only a port");
    QTest::newRow("port too large") << QStringList{QStringLiteral("--udp-receive=127.0.0.1:70000")}
                                    << QStringLiteral("to 65535");
}

void TestCommandLine::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments, m_env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::unwritableOutputFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("--transcript") << QStringLiteral("--transcript") << QStringLiteral("transcript.jsonl");
    QTest::newRow("--pcapng") << QStringLiteral("--pcapng") << QStringLiteral("lab.pcapng");
}

void TestCommandLine::unwritableOutputFile()
{
    QFETCH(QString, option);
    QFETCH(QString, fileName);
    // A path below a regular file can never be created, whoever runs the test.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = dir.filePath(QStringLiteral("plain-file/") + fileName);
    const Run r = run({option, path}, m_env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    const Run empty = run({option + u'=', QStringLiteral("--tab"), QStringLiteral("udp")}, m_env);
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(option + QStringLiteral(" needs a file name")), qPrintable(empty.err));
}

// --pcapng: the capture is a complete file while NetLab still runs, packet
// by packet, so Wireshark can open it in the middle of a lab.
void TestCommandLine::pcapngIsWrittenLive()
{
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("lab.pcapng"));
    QProcess app;
    QString log;
    startApp(&app,
             {QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--server-mode"),
              QStringLiteral("conversation"), QStringLiteral("--pcapng"), capture},
             &log);
    const QRegularExpression listening(QStringLiteral("TCP server listening on 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(log).hasMatch(), 20000);
    const QString port = listening.match(log).captured(1);

    PeerProcess client(QStandardPaths::findExecutable(QStringLiteral("python3")),
                       {QStringLiteral(NETLAB_PEERS_DIR "/tcp_client_conversation.py"), port,
                        QStringLiteral("hello"), QStringLiteral("exit")});
    QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("EOF")), 20000);

    // Handshake (3), hello, its reply, exit, goodbye, and the server's FIN
    // exchange (3): read while NetLab is still running.
    QList<PcapngPacket> packets;
    QString error;
    const auto readCapture = [&] {
        QFile file(capture);
        packets.clear();
        return file.open(QIODevice::ReadOnly) && PcapngReader::read(file.readAll(), &packets, &error);
    };
    QTRY_VERIFY_WITH_TIMEOUT(readCapture() && packets.size() == 10, 20000);
    QVERIFY(app.state() == QProcess::Running);
    QByteArray payloads;
    for (const PcapngPacket &packet : std::as_const(packets))
        payloads += packet.data.mid(40); // IPv4 and TCP headers without options: 20 + 20 bytes
    QCOMPARE(payloads, QByteArray("hello\nReceived: hello\nexit\nGoodbye!\n"));
    stopApp(&app);
    QVERIFY(readCapture());
    QCOMPARE(packets.size(), 10);
}

void TestCommandLine::sigtermExitsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestCommandLine::sigtermExitsCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    const QString transcript = dir.filePath(QStringLiteral("lab.jsonl"));
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QStringLiteral(NETLAB_BINARY),
        {QStringLiteral("--transcript"), transcript, QStringLiteral("--tab"), QStringLiteral("encoding")});
    QVERIFY(process.waitForStarted());
    // The transcript is created after the signal handlers are in place and
    // before the window is shown.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(transcript), 20000);
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo::exists(transcript));
}

void TestCommandLine::startApp(QProcess *app, const QStringList &arguments, QString *log)
{
    app->setProcessEnvironment(m_env);
    connect(app, &QProcess::readyReadStandardError, this,
            [app, log] { *log += QString::fromUtf8(app->readAllStandardError()); });
    app->start(QStringLiteral(NETLAB_BINARY), arguments);
    QVERIFY(app->waitForStarted());
}

void TestCommandLine::stopApp(QProcess *app)
{
    ::kill(pid_t(app->processId()), SIGTERM);
    QVERIFY(app->waitForFinished(20000));
    QCOMPARE(app->exitCode(), 0);
}

// netlab --tcp-server … --server-mode conversation serves a python client:
// the port the system chose is printed, the classic replies come back.
void TestCommandLine::tcpServerFromTheCommandLine()
{
    QProcess app;
    QString log;
    startApp(&app,
             {QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--server-mode"),
              QStringLiteral("conversation")},
             &log);
    const QRegularExpression listening(QStringLiteral("TCP server listening on 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(log).hasMatch(), 20000);
    const QString port = listening.match(log).captured(1);

    PeerProcess client(QStandardPaths::findExecutable(QStringLiteral("python3")),
                       {QStringLiteral(NETLAB_PEERS_DIR "/tcp_client_conversation.py"), port,
                        QStringLiteral("hello"), QStringLiteral("exit")});
    QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("EOF")), 20000);
    QCOMPARE(client.replyBytes(0), QByteArray("Received: hello\n"));
    QCOMPARE(client.replyBytes(1), QByteArray("Goodbye!\n"));
    stopApp(&app);
}

// Each --send waits for the answer to the one before: the server sees three
// separate reads, never "onetwothree" in one.
void TestCommandLine::tcpClientSendsEachAfterTheReply()
{
    PeerProcess server(QStandardPaths::findExecutable(QStringLiteral("python3")),
                       {QStringLiteral(NETLAB_PEERS_DIR "/tcp_server_echo_reads.py"), QStringLiteral("0"),
                        QStringLiteral("--delay"), QStringLiteral("0.3")});
    QTRY_VERIFY_WITH_TIMEOUT(server.has(QStringLiteral("READY")), 20000);
    QProcess app;
    QString log;
    startApp(&app,
             {QStringLiteral("--tcp-client"),
              QStringLiteral("127.0.0.1:") + server.value(QStringLiteral("READY")), QStringLiteral("--send"),
              QStringLiteral("one"), QStringLiteral("--send"), QStringLiteral("two"),
              QStringLiteral("--send"), QStringLiteral("three\\n")},
             &log);
    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("RECEIVED")), 3, 30000);
    QCOMPARE(server.value(QStringLiteral("RECEIVED"), 0), QString::fromLatin1(QByteArray("one").toHex()));
    QCOMPARE(server.value(QStringLiteral("RECEIVED"), 1), QString::fromLatin1(QByteArray("two").toHex()));
    QCOMPARE(server.value(QStringLiteral("RECEIVED"), 2), QString::fromLatin1(QByteArray("three\n").toHex()));
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(QLatin1String("sent 3 messages, 3 answered")), 20000);
    QVERIFY(app.state() == QProcess::Running); // the window stays open
    stopApp(&app);
}

// --udp-receive answers a python sender's hello; --udp-send reaches a python
// receiver.
void TestCommandLine::udpSendAndReceiveFromTheCommandLine()
{
    QProcess app;
    QString log;
    startApp(&app, {QStringLiteral("--udp-receive"), QStringLiteral("127.0.0.1:0")}, &log);
    const QRegularExpression bound(QStringLiteral("UDP receiver bound to 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(bound.match(log).hasMatch(), 20000);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    PeerProcess asker(python,
                      {QStringLiteral(NETLAB_PEERS_DIR "/udp_peer.py"), QStringLiteral("ask"),
                       QStringLiteral("127.0.0.1"), bound.match(log).captured(1), QStringLiteral("--hex"),
                       QString::fromLatin1(QByteArray("hello").toHex())});
    QTRY_VERIFY_WITH_TIMEOUT(asker.has(QStringLiteral("RECV")) || asker.has(QStringLiteral("TIMEOUT")),
                             20000);
    QVERIFY2(asker.value(QStringLiteral("RECV"))
                 .endsWith(QString::fromLatin1(QByteArray("Hello from UDP Receiver!").toHex())),
             qPrintable(asker.lines().join(u'\n')));
    stopApp(&app);

    PeerProcess receiver(python,
                         {QStringLiteral(NETLAB_PEERS_DIR "/udp_peer.py"), QStringLiteral("recv"),
                          QStringLiteral("--count"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(receiver.has(QStringLiteral("PORT")), 20000);
    QProcess sender;
    QString senderLog;
    startApp(&sender,
             {QStringLiteral("--udp-send"),
              QStringLiteral("127.0.0.1:") + receiver.value(QStringLiteral("PORT")), QStringLiteral("--send"),
              QStringLiteral("first"), QStringLiteral("--send"), QStringLiteral("second")},
             &senderLog);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(QStringLiteral("RECV")), 2, 30000);
    QVERIFY(
        receiver.value(QStringLiteral("RECV"), 0).endsWith(QString::fromLatin1(QByteArray("first").toHex())));
    QVERIFY(receiver.value(QStringLiteral("RECV"), 1)
                .endsWith(QString::fromLatin1(QByteArray("second").toHex())));
    stopApp(&sender);
}

// 127.255.255.255 is the loopback network's broadcast: it reaches a receiver
// bound to 0.0.0.0 on this machine and nothing beyond it.
void TestCommandLine::broadcastSendStaysOnLoopback()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    PeerProcess receiver(python,
                         {QStringLiteral(NETLAB_PEERS_DIR "/udp_peer.py"), QStringLiteral("recv"),
                          QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
    QTRY_VERIFY_WITH_TIMEOUT(receiver.has(QStringLiteral("PORT")), 20000);
    QProcess app;
    QString log;
    startApp(&app,
             {QStringLiteral("--broadcast-send"),
              QStringLiteral("127.255.255.255:") + receiver.value(QStringLiteral("PORT")),
              QStringLiteral("--send"), QStringLiteral("anyone there?")},
             &log);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.has(QStringLiteral("RECV")), 30000);
    QVERIFY(receiver.value(QStringLiteral("RECV"))
                .endsWith(QString::fromLatin1(QByteArray("anyone there?").toHex())));
    stopApp(&app);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
