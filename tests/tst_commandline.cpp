// Drives the real netlab binary the way a student or a script would: --help,
// --version, bad options with their messages, and a clean exit on SIGTERM
// that leaves the transcript in place.
#include <QProcess>
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
    void unwritableTranscript();
    void sigtermExitsCleanly_data();
    void sigtermExitsCleanly();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &env);
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
    for (const char *option : {"--tab", "--lang", "--transcript", "--log-capacity", "--version"})
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

void TestCommandLine::unwritableTranscript()
{
    // A path below a regular file can never be created, whoever runs the test.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = dir.filePath(QStringLiteral("plain-file/transcript.jsonl"));
    const Run r = run({QStringLiteral("--transcript"), path}, m_env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
