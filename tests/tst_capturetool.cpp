#include "capturetool.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uint OrdinaryUser = 54321; // no such account: only the "others" bits apply

// Writes an executable shell script into dir.
bool writeProgram(const QString &dir, const QString &name, const QByteArray &body = "exit 0\n",
                  QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(permissions);
}

// The fake wireshark: writes its arguments, one per line, next to itself
// (through a rename, so the test never reads a half-written file).
const QByteArray RecordingWireshark = "out=\"$(dirname \"$0\")/arguments.txt\"\n"
                                      "printf '%s\\n' \"$@\" > \"$out.part\" && mv \"$out.part\" \"$out\"\n";

class DisplayVariables
{
public:
    DisplayVariables()
        : m_display(qgetenv("DISPLAY"))
        , m_wayland(qgetenv("WAYLAND_DISPLAY"))
        , m_hadDisplay(qEnvironmentVariableIsSet("DISPLAY"))
        , m_hadWayland(qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
    { }
    ~DisplayVariables()
    {
        restore("DISPLAY", m_hadDisplay, m_display);
        restore("WAYLAND_DISPLAY", m_hadWayland, m_wayland);
    }
    static void set(bool present)
    {
        qunsetenv("WAYLAND_DISPLAY");
        if (present)
            qputenv("DISPLAY", ":77");
        else
            qunsetenv("DISPLAY");
    }

private:
    static void restore(const char *name, bool had, const QByteArray &value)
    {
        if (had)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
    QByteArray m_display;
    QByteArray m_wayland;
    bool m_hadDisplay;
    bool m_hadWayland;
};

} // namespace

class TestCaptureTool : public QObject
{
    Q_OBJECT
private slots:
    void nothingInstalled();
    void onlyTshark();
    void allInstalled_data();
    void allInstalled();
    void notPermittedSaysHowToFix();
    void dumpcapNotFoundSaysReinstall();
    void setuidRootDumpcapPermits();
    void groupOnlyDumpcapRefusesOthers();
    void fileCapabilitiesPermit_data();
    void fileCapabilitiesPermit();
    void getcapOutput_data();
    void getcapOutput();
    void startsWiresharkWithTheFilter_data();
    void startsWiresharkWithTheFilter();
    void refusesToStartWithoutDisplay();
};

void TestCaptureTool::nothingInstalled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);
    const CaptureTool::Status status = tool.status();
    QCOMPARE(status.problem, CaptureTool::Problem::NothingInstalled);
    QVERIFY(!status.canStartWireshark());
    QVERIFY(status.wiresharkPath.isEmpty());
    QVERIFY(status.tsharkPath.isEmpty());
    QVERIFY2(status.message.contains(QStringLiteral("sudo apt install wireshark")),
             qPrintable(status.message));
    QVERIFY(status.message.contains(QStringLiteral("sudo apt install tshark")));
}

void TestCaptureTool::onlyTshark()
{
    DisplayVariables keep;
    DisplayVariables::set(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeProgram(dir.path(), QStringLiteral("tshark")));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);
    const CaptureTool::Status status = tool.status();
    QCOMPARE(status.problem, CaptureTool::Problem::OnlyTshark);
    QCOMPARE(status.tsharkPath, dir.filePath(QStringLiteral("tshark")));
    QVERIFY(status.wiresharkPath.isEmpty());
    QVERIFY(!status.canStartWireshark());
    QVERIFY2(status.message.contains(QStringLiteral("terminal")), qPrintable(status.message));
    QVERIFY(status.message.contains(QStringLiteral("sudo apt install wireshark")));
}

void TestCaptureTool::allInstalled_data()
{
    QTest::addColumn<bool>("display");
    QTest::newRow("with a display, Wireshark can start") << true;
    QTest::newRow("without a display, only tshark is offered") << false;
}

void TestCaptureTool::allInstalled()
{
    QFETCH(bool, display);
    DisplayVariables keep;
    DisplayVariables::set(display);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"wireshark", "tshark", "dumpcap"})
        QVERIFY(writeProgram(dir.path(), QString::fromLatin1(name)));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);
    const CaptureTool::Status status = tool.status();
    if (display) {
        QCOMPARE(status.problem, CaptureTool::Problem::None);
        QVERIFY(status.canStartWireshark());
        QVERIFY(status.permitted);
        QCOMPARE(status.wiresharkPath, dir.filePath(QStringLiteral("wireshark")));
        QCOMPARE(status.dumpcapPath, dir.filePath(QStringLiteral("dumpcap")));
    } else {
        QCOMPARE(status.problem, CaptureTool::Problem::NoDisplay);
        QVERIFY(!status.canStartWireshark());
        QVERIFY2(status.message.contains(QStringLiteral("tshark")), qPrintable(status.message));
    }
}

void TestCaptureTool::notPermittedSaysHowToFix()
{
    DisplayVariables keep;
    DisplayVariables::set(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"wireshark", "tshark", "dumpcap"})
        QVERIFY(writeProgram(dir.path(), QString::fromLatin1(name)));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(OrdinaryUser);
    const CaptureTool::Status status = tool.status();
    QCOMPARE(status.problem, CaptureTool::Problem::NotPermitted);
    QVERIFY(!status.permitted);
    QVERIFY(!status.canStartWireshark());
    QVERIFY2(status.message.contains(QStringLiteral("sudo dpkg-reconfigure wireshark-common")),
             qPrintable(status.message));
    QVERIFY(status.message.contains(QStringLiteral("Yes")));
    QVERIFY(status.message.contains(QStringLiteral("sudo usermod -aG wireshark $USER")));
    QVERIFY(status.message.contains(QStringLiteral("Log out and log in again")));
}

void TestCaptureTool::dumpcapNotFoundSaysReinstall()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeProgram(dir.path(), QStringLiteral("tshark")));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(OrdinaryUser);
    const CaptureTool::Status status = tool.status();
    QCOMPARE(status.problem, CaptureTool::Problem::NotPermitted);
    QVERIFY2(status.message.contains(QStringLiteral("wireshark-common")), qPrintable(status.message));
}

void TestCaptureTool::setuidRootDumpcapPermits()
{
    if (::geteuid() != 0)
        QSKIP("only root can make a setuid-root file to test with");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dumpcap = dir.filePath(QStringLiteral("dumpcap"));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    QVERIFY(!CaptureTool::dumpcapPermits(dumpcap, OrdinaryUser)); // plain 0755: no
    QCOMPARE(::chmod(QFile::encodeName(dumpcap).constData(), 04755), 0);
    QVERIFY(CaptureTool::dumpcapPermits(dumpcap, OrdinaryUser));
}

void TestCaptureTool::groupOnlyDumpcapRefusesOthers()
{
    if (::geteuid() != 0)
        QSKIP("only root can make a setuid-root file to test with");
    // Debian's layout after "Yes": root:wireshark, 0754 plus privileges; a
    // user outside the group cannot even run it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dumpcap = dir.filePath(QStringLiteral("dumpcap"));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    QCOMPARE(::chmod(QFile::encodeName(dumpcap).constData(), 04754), 0);
    QVERIFY(!CaptureTool::dumpcapPermits(dumpcap, OrdinaryUser));
    QVERIFY(CaptureTool::dumpcapPermits(dumpcap, 0));
}

void TestCaptureTool::fileCapabilitiesPermit_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<bool>("permits");
    QTest::newRow("raw and admin, as Debian sets them: permitted")
        << QStringLiteral("cap_net_raw,cap_net_admin+eip") << true;
    QTest::newRow("raw only: not enough") << QStringLiteral("cap_net_raw+eip") << false;
    QTest::newRow("both but only inheritable: not permitted")
        << QStringLiteral("cap_net_raw,cap_net_admin+i") << false;
}

void TestCaptureTool::fileCapabilitiesPermit()
{
    QFETCH(QString, capabilities);
    QFETCH(bool, permits);
    const QString setcap = QStandardPaths::findExecutable(
        QStringLiteral("setcap"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (setcap.isEmpty() || ::geteuid() != 0)
        QSKIP("setting file capabilities needs root and setcap (package libcap2-bin)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dumpcap = dir.filePath(QStringLiteral("dumpcap"));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(setcap, {capabilities, dumpcap});
    QVERIFY(process.waitForFinished(10000));
    if (process.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("this file system refuses capabilities: %1")
                             .arg(QString::fromLocal8Bit(process.readAll()).trimmed())));

    const std::optional<bool> read = CaptureTool::fileHasCaptureCapabilities(dumpcap);
    QVERIFY(read.has_value());
    QCOMPARE(*read, permits);
    QCOMPARE(CaptureTool::dumpcapPermits(dumpcap, OrdinaryUser), permits);
}

void TestCaptureTool::getcapOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("permits");
    QTest::newRow("libcap 2.4x form: permitted")
        << QStringLiteral("/usr/bin/dumpcap cap_net_admin,cap_net_raw=eip\n") << true;
    QTest::newRow("old libcap form with '= ... +eip': permitted")
        << QStringLiteral("/usr/bin/dumpcap = cap_net_admin,cap_net_raw+eip") << true;
    QTest::newRow("order of names does not matter")
        << QStringLiteral("/usr/bin/dumpcap cap_net_raw,cap_net_admin=ep") << true;
    QTest::newRow("one capability missing: refused")
        << QStringLiteral("/usr/bin/dumpcap cap_net_raw=eip") << false;
    QTest::newRow("inheritable only: refused")
        << QStringLiteral("/usr/bin/dumpcap cap_net_admin,cap_net_raw=i") << false;
    QTest::newRow("no output (no capabilities): refused") << QString() << false;
    QTest::newRow("all capabilities (=ep): permitted") << QStringLiteral("/usr/bin/dumpcap =ep") << true;
}

void TestCaptureTool::getcapOutput()
{
    QFETCH(QString, output);
    QFETCH(bool, permits);
    QCOMPARE(CaptureTool::getcapOutputPermits(output), permits);
}

void TestCaptureTool::startsWiresharkWithTheFilter_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("loopback tcp server: -k -i lo -f with the filter as one argument")
        << QStringLiteral("lo") << QStringLiteral("tcp port 8888")
        << QStringList{QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                       QStringLiteral("tcp port 8888")};
    QTest::newRow("two ports on any: parentheses kept")
        << QStringLiteral("any") << QStringLiteral("udp and (port 9999 or port 7777)")
        << QStringList{QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("any"),
                       QStringLiteral("-f"), QStringLiteral("udp and (port 9999 or port 7777)")};
    QTest::newRow("no filter known yet: no -f")
        << QStringLiteral("any") << QString()
        << QStringList{QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("any")};
}

void TestCaptureTool::startsWiresharkWithTheFilter()
{
    QFETCH(QString, interfaceName);
    QFETCH(QString, filter);
    QFETCH(QStringList, arguments);
    DisplayVariables keep;
    DisplayVariables::set(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeProgram(dir.path(), QStringLiteral("wireshark"), RecordingWireshark));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);

    QString error;
    QVERIFY2(tool.startWireshark(interfaceName, filter, &error), qPrintable(error));
    QFile recorded(dir.filePath(QStringLiteral("arguments.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(recorded.exists(), 10000);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(recorded.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, arguments);
}

void TestCaptureTool::refusesToStartWithoutDisplay()
{
    DisplayVariables keep;
    DisplayVariables::set(false);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeProgram(dir.path(), QStringLiteral("wireshark"), RecordingWireshark));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);
    QString error;
    QVERIFY(!tool.startWireshark(QStringLiteral("lo"), QStringLiteral("tcp port 8888"), &error));
    QCOMPARE(error, tool.status().message);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCaptureTool)
#include "tst_capturetool.moc"
