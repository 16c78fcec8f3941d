#include "exampleprograms.h"
#include "tcpserverengine.h"
#include "udpautoreply.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using Mode = TcpServerEngine::Mode;
using Commands = QList<TcpServerEngine::Command>;

// The example programs of the Explain pane: every Python program parses
// whatever the user typed, the literals round-trip, the Python client, servers
// and receiver really talk to NetLab's engines and to plain sockets, and every
// C++/Qt program builds warning-free with this build's compiler and Qt and
// behaves like its Python twin.
class TestExamplePrograms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void pythonProgramsParse_data();
    void pythonProgramsParse();
    void pythonLiteralsRoundTrip_data();
    void pythonLiteralsRoundTrip();
    void longPayloadIsCutWithANote();
    void pythonTcpClientPrintsEngineReply();
    void pythonTcpServerRepliesLikeTheEngine_data();
    void pythonTcpServerRepliesLikeTheEngine();
    void pythonUdpReceiverAnswersPerRules_data();
    void pythonUdpReceiverAnswersPerRules();

    void cppProgramsBuildWithoutWarnings();
    void cppLiteralsRoundTrip();
    void cppTcpClientPrintsEngineReply();
    void cppTcpServerRepliesLikeTheEngine_data();
    void cppTcpServerRepliesLikeTheEngine();
    void cppUdpReceiverAnswersHello();

private:
    QString writeFile(const QString &name, const QString &text);
    bool needPython();

    QString m_python;
    QString m_cmake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TcpServerEngine> m_engine; // ReplyOnce on 127.0.0.1, for the clients
    bool m_built = false;
    QString m_buildLog;
};

namespace {

// Bytes that trip up naive quoting: quotes, backslashes, every control byte,
// high bytes, a NUL followed by a digit, and a trigraph.
QByteArray awkwardBytes()
{
    static const char start[] = "He said \"hi\" and 'bye' \\ \\\\ ?\?= \0001 ";
    QByteArray bytes(start, sizeof start - 1);
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    return bytes;
}

QString awkwardText()
{
    return QStringLiteral("It's \"quoted\" \\path\\ \t\n\r 你好 \u2028 \u00a0 \u0001 \u007f ")
        + QString::fromUcs4(U"\U0001F600") + QStringLiteral("{message}");
}

QList<UdpReplyRule> awkwardRules()
{
    UdpReplyRule contains;
    contains.match = UdpReplyRule::Match::Contains;
    contains.pattern = QStringLiteral("pi\"ng'\\");
    contains.reply = QStringLiteral("po\\x00ng\\n");
    UdpReplyRule regex;
    regex.match = UdpReplyRule::Match::RegularExpression;
    regex.pattern = QStringLiteral("^\\d{3}-[a-z]+$");
    regex.caseInsensitive = false;
    regex.reply = QStringLiteral("yes\\x21");
    UdpReplyRule chinese;
    chinese.pattern = QStringLiteral("你好");
    chinese.reply = QStringLiteral("你好！");
    return {UdpAutoReply::defaultRule(), contains, regex, chinese};
}

Commands awkwardCommands()
{
    return {{QStringLiteral("ti\"me'"), QStringLiteral("Now: {time} \\ \"{peer}\""), false},
            {QStringLiteral("EXIT"), QStringLiteral("Bye 再见"), true},
            {QStringLiteral("exit"), QStringLiteral("shadowed by EXIT"), false},
            {QString(), QStringLiteral("an empty word never matches"), false}};
}

// All generators with awkward input, by name, for parsing and building.
QList<std::pair<QString, ExamplePrograms::Program>> awkwardPrograms()
{
    using namespace ExamplePrograms;
    QList<std::pair<QString, Program>> all;
    const QString host = QStringLiteral("we\"ird'\\host\n");
    all.append({QStringLiteral("tcp client waiting, quoted host, binary payload"),
                tcpClient(host, 8888, awkwardBytes(), true)});
    all.append({QStringLiteral("tcp client once, IPv6 host, empty payload"),
                tcpClient(QStringLiteral("::1"), 1, QByteArray(), false)});
    for (const Mode mode : {Mode::ReplyOnce, Mode::Conversation, Mode::ThreadPerClient, Mode::EventLoop}) {
        all.append({QStringLiteral("tcp server %1, awkward template and commands").arg(int(mode)),
                    tcpServer(host, 0, mode, awkwardText(), awkwardCommands())});
        all.append({QStringLiteral("tcp server %1, any address, no commands").arg(int(mode)),
                    tcpServer(QString(), 65535, mode, QString(), {})});
    }
    all.append({QStringLiteral("udp sender, unbound, IPv6"),
                udpSender(QStringLiteral("::1"), 9, awkwardBytes(), QString(), 0)});
    all.append({QStringLiteral("udp sender, bound, quoted host"),
                udpSender(host, 9, QByteArray("x"), QStringLiteral("0.0.0.0\""), 4000)});
    all.append({QStringLiteral("udp receiver, awkward rules"),
                udpReceiver(QStringLiteral("::"), 0, awkwardRules())});
    all.append({QStringLiteral("udp receiver, no rules"), udpReceiver(QString(), 0, {})});
    all.append({QStringLiteral("broadcast sender"),
                broadcastSender(QStringLiteral("255.255.255.255\\"), 9, awkwardBytes())});
    all.append({QStringLiteral("broadcast receiver"), broadcastReceiver(9)});
    all.append({QStringLiteral("multicast sender, no interface"),
                multicastSender(QStringLiteral("239.1.2.3"), 9, awkwardBytes(), 1, true, QString())});
    all.append({QStringLiteral("multicast sender, quoted interface"),
                multicastSender(QStringLiteral("239.1.2.3"), 9, QByteArray("x"), 32, false,
                                QStringLiteral("127.0.0.1\"'"))});
    all.append({QStringLiteral("multicast receiver, no interface"),
                multicastReceiver(QStringLiteral("239.1.2.3"), 9, QString())});
    all.append({QStringLiteral("multicast receiver, interface"),
                multicastReceiver(QStringLiteral("ff02::1\\"), 9, QStringLiteral("127.0.0.1"))});
    return all;
}

// Runs a finished-in-time process; returns its exit code or -1.
int run(QProcess &process, const QString &program, const QStringList &arguments,
        const QByteArray &input = QByteArray(), int timeoutMs = 60000)
{
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    // The event loop runs while waiting: a NetLab engine in this thread serves.
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A program that prints "READY <port>" once listening; killed on scope exit.
class ServerProcess
{
public:
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The port the program reports, or 0 (then error() says why).
    quint16 start(const QString &program, const QStringList &arguments)
    {
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000))
            return 0;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("READY "))
                    return line.mid(6).toUShort();
                continue;
            }
            if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
        }
        return 0;
    }

    QString error() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

// Sends each message on one connection and checks each reply (an anchored
// pattern; %PORT% stands for this client's port). Empty when all went well.
QString converse(quint16 port, const QStringList &messages, const QStringList &patterns, bool serverCloses)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return QStringLiteral("connect: ") + socket.errorString();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        socket.write(messages.at(i).toUtf8());
        QString pattern = patterns.at(i);
        pattern.replace(QStringLiteral("%PORT%"), QString::number(socket.localPort()));
        const QRegularExpression expected(QRegularExpression::anchoredPattern(pattern));
        QByteArray got;
        QDeadlineTimer deadline(10000);
        for (;;) {
            got += socket.readAll();
            if (expected.match(QString::fromUtf8(got)).hasMatch())
                break;
            if (deadline.hasExpired()
                || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                return QStringLiteral("message %1: got \"%2\", expected /%3/")
                    .arg(QString::number(i + 1), QString::fromUtf8(got.toPercentEncoding(" :!")), pattern);
        }
    }
    if (serverCloses && socket.state() != QAbstractSocket::UnconnectedState
        && !socket.waitForDisconnected(5000))
        return QStringLiteral("the server did not close the connection");
    if (!serverCloses) {
        socket.write("still there?\n");
        if (!socket.waitForReadyRead(5000))
            return QStringLiteral("the server stopped answering after the last message");
    }
    return QString();
}

// Sends datagrams in order to port; returns the first datagram that comes back.
QByteArray firstUdpAnswer(quint16 port, const QList<QByteArray> &datagrams)
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return QByteArray("<cannot bind>");
    for (const QByteArray &datagram : datagrams)
        socket.writeDatagram(datagram, QHostAddress::LocalHost, port);
    if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(10000))
        return QByteArray("<no answer>");
    return socket.receiveDatagram().data();
}

QString lit(const QString &text)
{
    return QRegularExpression::escape(text);
}

void serverRows()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("replyTemplate");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<bool>("serverCloses");

    const QString once = TcpServerEngine::defaultReplyTemplate(Mode::ReplyOnce);
    const QString every = TcpServerEngine::defaultReplyTemplate(Mode::EventLoop);
    QTest::newRow("reply once answers one message and closes")
        << int(Mode::ReplyOnce) << once << QStringList{QStringLiteral("hello\n")}
        << QStringList{lit(QStringLiteral("Server received your message: hello\n"))} << true;
    QTest::newRow("reply once adds no line ending when none came")
        << int(Mode::ReplyOnce) << once << QStringList{QStringLiteral("hello")}
        << QStringList{lit(QStringLiteral("Server received your message: hello"))} << true;
    QTest::newRow("reply once fills peer, quotes and Chinese from the template")
        << int(Mode::ReplyOnce) << QStringLiteral("收到 \"{message}\" \\ {peer}")
        << QStringList{QStringLiteral("你好\r\n")}
        << QStringList{lit(QStringLiteral("收到 \"你好\" \\ 127.0.0.1:")) + QStringLiteral("%PORT%\r\n")}
        << true;
    QTest::newRow("conversation answers commands ignoring case, closes on exit")
        << int(Mode::Conversation) << TcpServerEngine::defaultReplyTemplate(Mode::Conversation)
        << QStringList{QStringLiteral("hi\n"), QStringLiteral("TIME\r\n"), QStringLiteral(" exit \n")}
        << QStringList{lit(QStringLiteral("Received: hi\n")),
                       QStringLiteral("Current time: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\r\n"),
                       lit(QStringLiteral("Goodbye!\n"))}
        << true;
    QTest::newRow("thread per client answers every message and stays")
        << int(Mode::ThreadPerClient) << every << QStringList{QStringLiteral("a\n"), QStringLiteral("b\n")}
        << QStringList{lit(QStringLiteral("Server received: a\n")),
                       lit(QStringLiteral("Server received: b\n"))}
        << false;
    QTest::newRow("event loop answers every message and stays")
        << int(Mode::EventLoop) << every << QStringList{QStringLiteral("a\n"), QStringLiteral("b")}
        << QStringList{lit(QStringLiteral("Server received: a\n")), lit(QStringLiteral("Server received: b"))}
        << false;
}

} // namespace

void TestExamplePrograms::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<TcpServerEngine>(nullptr);
    QVERIFY2(m_engine->listen(QHostAddress::LocalHost, 0, Mode::ReplyOnce),
             qPrintable(m_engine->errorString()));
}

void TestExamplePrograms::cleanupTestCase()
{
    m_engine.reset();
}

QString TestExamplePrograms::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(text.toUtf8());
    return path;
}

bool TestExamplePrograms::needPython()
{
    return !m_python.isEmpty();
}

void TestExamplePrograms::pythonProgramsParse_data()
{
    QTest::addColumn<QString>("python");
    for (const auto &[name, program] : awkwardPrograms())
        QTest::newRow(qPrintable(name)) << program.python;
}

void TestExamplePrograms::pythonProgramsParse()
{
    if (!needPython())
        QSKIP("python3 is not installed");
    QFETCH(QString, python);
    QProcess process;
    const int code
        = run(process, m_python,
              {QStringLiteral("-c"),
               QStringLiteral("import ast,sys; ast.parse(sys.stdin.buffer.read().decode('utf-8'))")},
              python.toUtf8());
    QVERIFY2(code == 0, qPrintable(QString::fromUtf8(process.readAllStandardError()) + u'\n' + python));
    const int lines = int(python.count(u'\n'));
    QVERIFY2(lines <= 45, qPrintable(QStringLiteral("%1 lines").arg(lines)));
}

void TestExamplePrograms::pythonLiteralsRoundTrip_data()
{
    QTest::addColumn<bool>("isText");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text with quotes, backslashes, controls, Chinese, emoji, invisible separators")
        << true << awkwardText() << QByteArray();
    QTest::newRow("empty text") << true << QString() << QByteArray();
    QTest::newRow("bytes: every value from 0 to 255 and quotes") << false << QString() << awkwardBytes();
    QTest::newRow("empty bytes") << false << QString() << QByteArray();
}

void TestExamplePrograms::pythonLiteralsRoundTrip()
{
    if (!needPython())
        QSKIP("python3 is not installed");
    QFETCH(bool, isText);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const QString literal
        = isText ? ExamplePrograms::pythonString(text) : ExamplePrograms::pythonBytes(bytes);
    const QString script = isText
        ? QStringLiteral("import ast,sys; "
                         "sys.stdout.buffer.write(ast.literal_eval(sys.stdin.buffer.read().decode('utf-8'))."
                         "encode('utf-8'))")
        : QStringLiteral(
            "import ast,sys; "
            "sys.stdout.buffer.write(ast.literal_eval(sys.stdin.buffer.read().decode('utf-8')))");
    QProcess process;
    QCOMPARE(run(process, m_python, {QStringLiteral("-c"), script}, literal.toUtf8()), 0);
    QCOMPARE(process.readAllStandardOutput(), isText ? text.toUtf8() : bytes);
    QVERIFY(!literal.contains(u'\n')); // one line in the program
}

void TestExamplePrograms::longPayloadIsCutWithANote()
{
    const QByteArray payload(300, 'A');
    const ExamplePrograms::Program p = ExamplePrograms::tcpClient(QStringLiteral("h"), 1, payload, false);
    const QString shown = QString(ExamplePrograms::MaxPayloadBytes, u'A');
    QVERIFY(p.python.contains(QStringLiteral("b\"%1\"").arg(shown)));
    QVERIFY(!p.python.contains(QStringLiteral("b\"%1A").arg(shown)));
    QVERIFY(p.python.contains(QStringLiteral("300 bytes")));
    QVERIFY(p.cppQt.contains(QStringLiteral("\"%1\", %2)").arg(shown).arg(ExamplePrograms::MaxPayloadBytes)));
    QVERIFY(p.cppQt.contains(QStringLiteral("300 bytes")));
}

void TestExamplePrograms::pythonTcpClientPrintsEngineReply()
{
    if (!needPython())
        QSKIP("python3 is not installed");
    const ExamplePrograms::Program p = ExamplePrograms::tcpClient(
        QStringLiteral("127.0.0.1"), m_engine->serverPort(), QByteArray("hello"), true);
    const QString file = writeFile(QStringLiteral("tcp_client.py"), p.python);
    QProcess process;
    QCOMPARE(run(process, m_python, {file}), 0);
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("Server received your message: hello"));
}

void TestExamplePrograms::pythonTcpServerRepliesLikeTheEngine_data()
{
    serverRows();
}

void TestExamplePrograms::pythonTcpServerRepliesLikeTheEngine()
{
    if (!needPython())
        QSKIP("python3 is not installed");
    QFETCH(int, mode);
    QFETCH(QString, replyTemplate);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, patterns);
    QFETCH(bool, serverCloses);
    const ExamplePrograms::Program p = ExamplePrograms::tcpServer(
        QStringLiteral("127.0.0.1"), 0, Mode(mode), replyTemplate, TcpServerEngine::defaultCommands());
    const QString file = writeFile(QStringLiteral("tcp_server_%1.py").arg(mode), p.python);
    ServerProcess server;
    const quint16 port = server.start(m_python, {file});
    QVERIFY2(port != 0, qPrintable(server.error()));
    const QString problem = converse(port, messages, patterns, serverCloses);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (Mode(mode) == Mode::ReplyOnce || Mode(mode) == Mode::Conversation) {
        // The server goes on to the next client.
        const QString again = converse(port, messages, patterns, serverCloses);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }
}

void TestExamplePrograms::pythonUdpReceiverAnswersPerRules_data()
{
    QTest::addColumn<QList<UdpReplyRule>>("rules");
    QTest::addColumn<QList<QByteArray>>("datagrams");
    QTest::addColumn<QByteArray>("answer");
    const QList<UdpReplyRule> classic{UdpAutoReply::defaultRule()};
    QTest::newRow("classic: hello gets Hello from UDP Receiver!")
        << classic << QList<QByteArray>{"hello"} << QByteArray("Hello from UDP Receiver!");
    QTest::newRow("classic: case and line ending are ignored")
        << classic << QList<QByteArray>{"HeLLo\r\n"} << QByteArray("Hello from UDP Receiver!");
    QTest::newRow("exact: a longer message is not answered, the next hello is")
        << classic << QList<QByteArray>{"hello there", "hello"} << QByteArray("Hello from UDP Receiver!");
    QTest::newRow("contains with quotes and backslash in the pattern, reply with NUL")
        << awkwardRules() << QList<QByteArray>{"nothing", "say PI\"NG'\\ now"} << QByteArray("po\0ng\n", 6);
    QTest::newRow("regex is case-sensitive when asked, first match wins")
        << awkwardRules() << QList<QByteArray>{"12-abc", "123-ABC", "123-abc"} << QByteArray("yes!");
    QTest::newRow("Chinese pattern and reply in UTF-8")
        << awkwardRules() << QList<QByteArray>{QStringLiteral("你好\n").toUtf8()}
        << QStringLiteral("你好！").toUtf8();
}

void TestExamplePrograms::pythonUdpReceiverAnswersPerRules()
{
    if (!needPython())
        QSKIP("python3 is not installed");
    QFETCH(QList<UdpReplyRule>, rules);
    QFETCH(QList<QByteArray>, datagrams);
    QFETCH(QByteArray, answer);
    const ExamplePrograms::Program p = ExamplePrograms::udpReceiver(QStringLiteral("127.0.0.1"), 0, rules);
    const QString file = writeFile(QStringLiteral("udp_receiver.py"), p.python);
    ServerProcess receiver;
    const quint16 port = receiver.start(m_python, {file});
    QVERIFY2(port != 0, qPrintable(receiver.error()));
    QCOMPARE(firstUdpAnswer(port, datagrams), answer);
}

// ---- C++/Qt: one CMake project with every program, built once.

void TestExamplePrograms::cppProgramsBuildWithoutWarnings()
{
    if (m_cmake.isEmpty())
        QSKIP("cmake is not installed");
    using namespace ExamplePrograms;
    QList<std::pair<QString, Program>> programs;
    programs.append(
        {QStringLiteral("tcp_client_wait"),
         tcpClient(QStringLiteral("127.0.0.1"), m_engine->serverPort(), QByteArray("hello"), true)});
    for (const Mode mode : {Mode::ReplyOnce, Mode::Conversation, Mode::ThreadPerClient, Mode::EventLoop}) {
        programs.append(
            {QStringLiteral("tcp_server_%1").arg(int(mode)),
             tcpServer(QStringLiteral("127.0.0.1"), 0, mode, TcpServerEngine::defaultReplyTemplate(mode),
                       TcpServerEngine::defaultCommands())});
    }
    programs.append({QStringLiteral("udp_receiver"),
                     udpReceiver(QStringLiteral("127.0.0.1"), 0, {UdpAutoReply::defaultRule()})});
    int i = 0;
    for (const auto &[name, program] : awkwardPrograms())
        programs.append({QStringLiteral("awkward_%1").arg(++i), program});

    QString lists = QStringLiteral("cmake_minimum_required(VERSION 3.16)\n"
                                   "project(netlab_examples LANGUAGES CXX)\n"
                                   "set(CMAKE_CXX_STANDARD 17)\n"
                                   "set(CMAKE_CXX_STANDARD_REQUIRED ON)\n"
                                   "find_package(Qt6 REQUIRED COMPONENTS Core Network)\n"
                                   "add_compile_options(-Wall -Wextra -Werror)\n"
                                   "add_executable(literals literals.cpp)\n");
    for (const auto &[name, program] : std::as_const(programs)) {
        QVERIFY(!writeFile(QStringLiteral("cpp/%1.cpp").arg(name), program.cppQt).isEmpty());
        lists += QStringLiteral("add_executable(%1 %1.cpp)\n"
                                "target_link_libraries(%1 PRIVATE Qt6::Core Qt6::Network)\n")
                     .arg(name);
    }
    // A plain C++ program printing cppString()'s literal back, byte for byte.
    QVERIFY(!writeFile(QStringLiteral("cpp/literals.cpp"),
                       QStringLiteral("#include <cstdio>\n\nint main()\n{\n"
                                      "    static const char bytes[] = %1;\n"
                                      "    std::fwrite(bytes, 1, sizeof bytes - 1, stdout);\n"
                                      "    return 0;\n}\n")
                           .arg(ExamplePrograms::cppString(awkwardBytes())))
                 .isEmpty());
    QVERIFY(!writeFile(QStringLiteral("cpp/CMakeLists.txt"), lists).isEmpty());

    QProcess configure;
    configure.setProcessChannelMode(QProcess::MergedChannels);
    const int configured = run(
        configure, m_cmake,
        {QStringLiteral("-S"), m_dir->filePath(QStringLiteral("cpp")), QStringLiteral("-B"),
         m_dir->filePath(QStringLiteral("cpp-build")), QStringLiteral("-G"),
         QStringLiteral(NETLAB_CMAKE_GENERATOR), QStringLiteral("-DCMAKE_MAKE_PROGRAM=" NETLAB_MAKE_PROGRAM),
         QStringLiteral("-DCMAKE_CXX_COMPILER=" NETLAB_CXX_COMPILER),
         QStringLiteral("-DQt6_DIR=" NETLAB_QT6_DIR), QStringLiteral("-DCMAKE_BUILD_TYPE=Debug")},
        QByteArray(), 300000);
    QVERIFY2(configured == 0, configure.readAll().constData());
    QProcess build;
    build.setProcessChannelMode(QProcess::MergedChannels);
    const int built = run(
        build, m_cmake,
        {QStringLiteral("--build"), m_dir->filePath(QStringLiteral("cpp-build")), QStringLiteral("-j2")},
        QByteArray(), 540000);
    m_buildLog = QString::fromUtf8(build.readAll());
    // The compiler's own words, without the progress lines around them.
    QStringList problems;
    const QStringList lines = m_buildLog.split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (lines.at(l).contains(QLatin1String("error")) || lines.at(l).contains(QLatin1String("warning:")))
            problems << lines.mid(l, 4);
    }
    QVERIFY2(built == 0, qPrintable(problems.mid(0, 60).join(u'\n')));
    QVERIFY2(!m_buildLog.contains(QLatin1String("warning:")), qPrintable(problems.mid(0, 60).join(u'\n')));
    m_built = true;
}

#define REQUIRE_BUILT()                                                                                      \
    do {                                                                                                     \
        if (m_cmake.isEmpty())                                                                               \
            QSKIP("cmake is not installed");                                                                 \
        if (!m_built)                                                                                        \
            QFAIL("the C++/Qt programs did not build (see cppProgramsBuildWithoutWarnings)");                \
    } while (false)

void TestExamplePrograms::cppLiteralsRoundTrip()
{
    REQUIRE_BUILT();
    QProcess process;
    QCOMPARE(run(process, m_dir->filePath(QStringLiteral("cpp-build/literals")), {}), 0);
    QCOMPARE(process.readAllStandardOutput(), awkwardBytes());
}

void TestExamplePrograms::cppTcpClientPrintsEngineReply()
{
    REQUIRE_BUILT();
    QProcess process;
    QCOMPARE(run(process, m_dir->filePath(QStringLiteral("cpp-build/tcp_client_wait")), {}), 0);
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("Server received your message: hello"));
}

void TestExamplePrograms::cppTcpServerRepliesLikeTheEngine_data()
{
    serverRows();
}

void TestExamplePrograms::cppTcpServerRepliesLikeTheEngine()
{
    REQUIRE_BUILT();
    QFETCH(int, mode);
    QFETCH(QString, replyTemplate);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, patterns);
    QFETCH(bool, serverCloses);
    // The built servers use the engine's default templates; rows with
    // their own template are checked on the Python side only.
    if (replyTemplate != TcpServerEngine::defaultReplyTemplate(Mode(mode)))
        QSKIP("this row's own template is checked with the Python server only");
    ServerProcess server;
    const quint16 port
        = server.start(m_dir->filePath(QStringLiteral("cpp-build/tcp_server_%1").arg(mode)), {});
    QVERIFY2(port != 0, qPrintable(server.error()));
    const QString problem = converse(port, messages, patterns, serverCloses);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (Mode(mode) == Mode::ReplyOnce || Mode(mode) == Mode::Conversation) {
        const QString again = converse(port, messages, patterns, serverCloses);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }
}

void TestExamplePrograms::cppUdpReceiverAnswersHello()
{
    REQUIRE_BUILT();
    ServerProcess receiver;
    const quint16 port = receiver.start(m_dir->filePath(QStringLiteral("cpp-build/udp_receiver")), {});
    QVERIFY2(port != 0, qPrintable(receiver.error()));
    QCOMPARE(firstUdpAnswer(port, {QByteArray("hello there"), QByteArray("HELLO\n")}),
             QByteArray("Hello from UDP Receiver!"));
}

QTEST_GUILESS_MAIN(TestExamplePrograms)
#include "tst_exampleprograms.moc"
