// The Wireshark pane on the offscreen platform: what it shows for a context,
// what Copy puts on the clipboard, and the capture button against fake
// Wireshark programs on a fake search path.

#include "wiresharkpane.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool writeProgram(const QString &dir, const QString &name, const QByteArray &body = "exit 0\n")
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                               | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

const QByteArray RecordingWireshark = "out=\"$(dirname \"$0\")/arguments.txt\"\n"
                                      "printf '%s\\n' \"$@\" > \"$out.part\" && mv \"$out.part\" \"$out\"\n";

WiresharkContext loopbackServer(quint16 port)
{
    WiresharkContext context;
    context.protocol = TrafficProtocol::Tcp;
    context.localAddress = QHostAddress(QHostAddress::LocalHost);
    context.localPort = port;
    context.listening = true;
    return context;
}

} // namespace

class TestWiresharkPane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheFiltersForAContext();
    void showsTheConnectionFilterWhenPicked();
    void copyPutsTheTextOnTheClipboard_data();
    void copyPutsTheTextOnTheClipboard();
    void buttonFollowsWhatIsInstalled_data();
    void buttonFollowsWhatIsInstalled();
    void buttonStartsWiresharkWithTheShownFilter();

private:
    QByteArray m_display;
    bool m_hadDisplay = false;
};

void TestWiresharkPane::init()
{
    m_hadDisplay = qEnvironmentVariableIsSet("DISPLAY");
    m_display = qgetenv("DISPLAY");
}

void TestWiresharkPane::cleanup()
{
    if (m_hadDisplay)
        qputenv("DISPLAY", m_display);
    else
        qunsetenv("DISPLAY");
}

void TestWiresharkPane::showsTheFiltersForAContext()
{
    WiresharkPane pane;
    pane.setContext(loopbackServer(8888));
    QCOMPARE(child<QLineEdit>(&pane, "captureEdit")->text(), QStringLiteral("tcp port 8888"));
    QCOMPARE(child<QLineEdit>(&pane, "displayEdit")->text(),
             QStringLiteral("tcp.port == 8888 && ip.addr == 127.0.0.1"));
    QCOMPARE(child<QLineEdit>(&pane, "commandEdit")->text(),
             QStringLiteral("tshark -i lo -f \"tcp port 8888\""));
    const QLabel *captureInterfaceLabel = child<QLabel>(&pane, "captureInterfaceLabel");
    QVERIFY2(captureInterfaceLabel->text().contains(QStringLiteral("Loopback traffic is captured on lo")),
             qPrintable(captureInterfaceLabel->text()));
    QCOMPARE(captureInterfaceLabel->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>(&pane, "captureStatusLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QLineEdit>(&pane, "captureEdit")->isReadOnly());

    // A new context replaces everything shown.
    WiresharkContext udp;
    udp.protocol = TrafficProtocol::Udp;
    udp.localAddress = QHostAddress(QHostAddress::AnyIPv4);
    udp.localPort = 9999;
    udp.listening = true;
    pane.setContext(udp);
    QCOMPARE(child<QLineEdit>(&pane, "captureEdit")->text(), QStringLiteral("udp port 9999"));
    QCOMPARE(child<QLineEdit>(&pane, "displayEdit")->text(), QStringLiteral("udp.port == 9999"));
    QVERIFY(!captureInterfaceLabel->text().contains(QStringLiteral("Loopback traffic")));
    QCOMPARE(pane.filters().interfaceName, QStringLiteral("any"));
}

void TestWiresharkPane::showsTheConnectionFilterWhenPicked()
{
    WiresharkPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QLineEdit *connection = child<QLineEdit>(&pane, "connectionEdit");
    QVERIFY(!connection->isVisible()); // hidden until a tab with connections asks for it
    pane.setConnectionRowVisible(true);
    QVERIFY(connection->isVisible());
    pane.setContext(loopbackServer(8888));
    QVERIFY(connection->text().isEmpty());
    QVERIFY(!child<QPushButton>(&pane, "copyConnectionButton")->isEnabled());

    pane.setSelectedConnection(WiresharkConnection{QHostAddress(QHostAddress::LocalHost), 8888,
                                                   QHostAddress(QHostAddress::LocalHost), 51234});
    QCOMPARE(connection->text(),
             QStringLiteral("tcp.port == 8888 && tcp.port == 51234 && ip.addr == 127.0.0.1"));
    QVERIFY(child<QPushButton>(&pane, "copyConnectionButton")->isEnabled());
    pane.setSelectedConnection(std::nullopt);
    QVERIFY(connection->text().isEmpty());
}

void TestWiresharkPane::copyPutsTheTextOnTheClipboard_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    QTest::newRow("capture filter") << QStringLiteral("copyCaptureButton") << QStringLiteral("tcp port 8888");
    QTest::newRow("display filter") << QStringLiteral("copyDisplayButton")
                                    << QStringLiteral("tcp.port == 8888 && ip.addr == 127.0.0.1");
    QTest::newRow("connection filter")
        << QStringLiteral("copyConnectionButton")
        << QStringLiteral("tcp.port == 8888 && tcp.port == 40000 && ip.addr == 127.0.0.1");
    QTest::newRow("tshark command") << QStringLiteral("copyCommandButton")
                                    << QStringLiteral("tshark -i lo -f \"tcp port 8888\"");
}

void TestWiresharkPane::copyPutsTheTextOnTheClipboard()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    WiresharkPane pane;
    pane.setConnectionRowVisible(true);
    pane.setContext(loopbackServer(8888));
    pane.setSelectedConnection(WiresharkConnection{QHostAddress(QHostAddress::LocalHost), 8888,
                                                   QHostAddress(QHostAddress::LocalHost), 40000});
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QSignalSpy copied(&pane, &WiresharkPane::textCopied);
    auto *copy = pane.findChild<QPushButton *>(button);
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), expected);
}

void TestWiresharkPane::buttonFollowsWhatIsInstalled_data()
{
    QTest::addColumn<QStringList>("programs");
    QTest::addColumn<bool>("display");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("statusPart");
    const QStringList all{QStringLiteral("wireshark"), QStringLiteral("tshark"), QStringLiteral("dumpcap")};
    QTest::newRow("nothing installed: disabled, says apt install")
        << QStringList() << true << 0u << false << QStringLiteral("sudo apt install wireshark");
    QTest::newRow("only tshark: disabled, says run it in a terminal")
        << QStringList{QStringLiteral("tshark"), QStringLiteral("dumpcap")} << true << 0u << false
        << QStringLiteral("terminal");
    QTest::newRow("wireshark but no display: disabled")
        << all << false << 0u << false << QStringLiteral("DISPLAY");
    QTest::newRow("wireshark, not permitted: disabled, says how to fix")
        << all << true << 54321u << false << QStringLiteral("sudo usermod -aG wireshark $USER");
    QTest::newRow("wireshark, permitted, display: enabled")
        << all << true << 0u << true << QStringLiteral("Wireshark is ready");
}

void TestWiresharkPane::buttonFollowsWhatIsInstalled()
{
    QFETCH(QStringList, programs);
    QFETCH(bool, display);
    QFETCH(uint, uid);
    QFETCH(bool, enabled);
    QFETCH(QString, statusPart);
    if (display)
        qputenv("DISPLAY", ":77");
    else
        qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &program : std::as_const(programs))
        QVERIFY(writeProgram(dir.path(), program));

    WiresharkPane pane;
    pane.setContext(loopbackServer(8888));
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(uid);
    pane.setCaptureTool(tool);
    QCOMPARE(child<QPushButton>(&pane, "captureButton")->isEnabled(), enabled);
    const QString status = child<QLabel>(&pane, "captureStatusLabel")->text();
    QVERIFY2(status.contains(statusPart), qPrintable(status));

    // Without a port there is nothing to narrow the capture to: never enabled.
    pane.setContext(WiresharkContext{});
    QVERIFY(!child<QPushButton>(&pane, "captureButton")->isEnabled());
}

void TestWiresharkPane::buttonStartsWiresharkWithTheShownFilter()
{
    qputenv("DISPLAY", ":77");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeProgram(dir.path(), QStringLiteral("wireshark"), RecordingWireshark));
    QVERIFY(writeProgram(dir.path(), QStringLiteral("dumpcap")));
    WiresharkPane pane;
    CaptureTool tool({dir.path()});
    tool.setEffectiveUserIdForTesting(0);
    pane.setCaptureTool(tool);
    pane.setContext(loopbackServer(8888));
    QSignalSpy started(&pane, &WiresharkPane::captureStarted);

    child<QPushButton>(&pane, "captureButton")->click();
    QCOMPARE(started.count(), 1);
    QFile recorded(dir.filePath(QStringLiteral("arguments.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(recorded.exists(), 10000);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(recorded.readAll()).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("lo"),
                          QStringLiteral("-f"), QStringLiteral("tcp port 8888")}));
    const QString status = child<QLabel>(&pane, "captureStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("capturing on lo")), qPrintable(status));
}

QTEST_MAIN(TestWiresharkPane)
#include "tst_wiresharkpane.moc"
