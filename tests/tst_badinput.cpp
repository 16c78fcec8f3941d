// The bad-input inventory (tests/BAD-INPUT.md): the bad values no other test
// tried, typed into the real widgets and given to the real netlab binary.
// Each row checks the message the student sees, that it is plain text, and
// that nothing was sent or started. Received data with HTML tags in it must
// reach the screen as the characters that came in, never as formatting.
#include "broadcasttab.h"
#include "concurrencytab.h"
#include "datachunkmodel.h"
#include "encodingtab.h"
#include "hosttab.h"
#include "languagemanager.h"
#include "mapjob.h"
#include "tcpclientengine.h"
#include "tcpclienttab.h"
#include "tcpservertab.h"
#include "trafficevent.h"
#include "trafficlogdock.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"
#include "udpengine.h"
#include "udptab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

namespace {

const QString Tagged = QStringLiteral("<b>bold</b>");
constexpr int Timeout = 10000;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child widget %s", qPrintable(name));
    return widget;
}

// Fills a tab's payload field (the TCP Client, UDP and Broadcast tabs share
// its widgets): mode (0 text, 1 hex), encoding, escapes on, the text.
// False when this Qt build lacks the encoding.
bool typePayload(QWidget *tab, int mode, const QString &encoding, const QString &payload)
{
    child<QComboBox>(tab, QStringLiteral("modeCombo"))->setCurrentIndex(mode);
    auto *encodings = child<QComboBox>(tab, QStringLiteral("encodingCombo"));
    const int encodingIndex = encodings->findData(encoding);
    if (encodingIndex < 0)
        return false;
    encodings->setCurrentIndex(encodingIndex);
    child<QCheckBox>(tab, QStringLiteral("escapesCheck"))->setChecked(true);
    child<QLineEdit>(tab, QStringLiteral("payloadEdit"))->setText(payload);
    return true;
}

// The payload's error label is shown, as plain text, and says message.
void expectPayloadRefused(QWidget *tab, const QString &message)
{
    auto *label = child<QLabel>(tab, QStringLiteral("payloadErrorLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

// Every label of the widget that shows text with a tag in it must show it
// as the characters it is. Returns how many such labels were seen.
int checkTaggedLabelsArePlain(QWidget *widget)
{
    int seen = 0;
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->text().contains(QLatin1String("<b>")))
            continue;
        ++seen;
        if (label->textFormat() != Qt::PlainText) {
            qWarning("label %s renders received or typed text as rich text: %s",
                     qPrintable(label->objectName()), qPrintable(label->text()));
            return -1;
        }
    }
    return seen;
}

// The first row of model whose column holds exactly text, or -1.
int rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // Command line: the real binary.
    void commandLine_data();
    void commandLine();

    // TCP Client tab.
    void tcpClientTarget_data();
    void tcpClientTarget();
    void tcpClientPayload_data();
    void tcpClientPayload();
    void tcpClientShowsReceivedTagsAsText();

    // TCP Server tab.
    void tcpServerPort_data();
    void tcpServerPort();
    void tcpServerPayload_data();
    void tcpServerPayload();
    void tcpServerShowsReceivedTagsAsText();

    // UDP tab.
    void udpPorts_data();
    void udpPorts();
    void udpHostWithATab();
    void udpPayload_data();
    void udpPayload();
    void udpShowsReceivedTagsAsText();

    // Broadcast tab.
    void broadcastPorts_data();
    void broadcastPorts();
    void broadcastPayload_data();
    void broadcastPayload();
    void broadcastShowsReceivedTagsAsText();

    // Host tab.
    void hostName_data();
    void hostName();
    void nameServer_data();
    void nameServer();
    void addressInspector_data();
    void addressInspector();
    void portCheckAddress_data();
    void portCheckAddress();
    void serviceSearch_data();
    void serviceSearch();

    // Encoding tab.
    void encodingHex_data();
    void encodingHex();
    void encodingHugeText();

    // Concurrency tab.
    void mapInputs_data();
    void mapInputs();

    // Traffic Log dock.
    void logFilters_data();
    void logFilters();

    // Every spin box.
    void spinBoxes_data();
    void spinBoxes();

private:
    std::unique_ptr<QWidget> makeTab(const QString &name, TrafficRecorder *recorder);
    std::unique_ptr<LanguageManager> m_languages;
    QProcessEnvironment m_env;
    QTemporaryDir m_home;
};

void TestBadInput::initTestCase()
{
    // The messages are checked in English, as the app loads it.
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

std::unique_ptr<QWidget> TestBadInput::makeTab(const QString &name, TrafficRecorder *recorder)
{
    std::unique_ptr<QWidget> tab;
    if (name == u"tcp-client")
        tab = std::make_unique<TcpClientTab>(recorder);
    else if (name == u"tcp-server")
        tab = std::make_unique<TcpServerTab>(recorder);
    else if (name == u"udp")
        tab = std::make_unique<UdpTab>(recorder);
    else if (name == u"broadcast")
        tab = std::make_unique<BroadcastTab>(recorder);
    else if (name == u"host")
        tab = std::make_unique<HostTab>();
    else if (name == u"encoding")
        tab = std::make_unique<EncodingTab>();
    else if (name == u"concurrency")
        tab = std::make_unique<ConcurrencyTab>();
    else
        qFatal("no tab %s", qPrintable(name));
    tab->resize(1216, 560);
    tab->show();
    return tab;
}

// --- command line -----------------------------------------------------------

void TestBadInput::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("--tab empty lists the tabs")
        << QStringList{QStringLiteral("--tab=")}
        << QStringLiteral("there is no tab called ''; choose one of: host, encoding");
    QTest::newRow("--tab in Chinese is quoted back")
        << QStringList{QStringLiteral("--tab=主机")} << QStringLiteral("there is no tab called '主机'");
    QTest::newRow("--tab with tags is quoted as typed")
        << QStringList{QStringLiteral("--tab"), Tagged}
        << QStringLiteral("there is no tab called '<b>bold</b>'");
    QTest::newRow("--tab in capitals is not a tab")
        << QStringList{QStringLiteral("--tab=UDP")} << QStringLiteral("there is no tab called 'UDP'");
    QTest::newRow("--lang empty") << QStringList{QStringLiteral("--lang=")}
                                  << QStringLiteral("the language '' is not available; choose en or zh_CN");
    QTest::newRow("--lang in Chinese words")
        << QStringList{QStringLiteral("--lang=中文")}
        << QStringLiteral("the language '中文' is not available; choose en or zh_CN");
    QTest::newRow("--lang zh without the country")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("zh")}
        << QStringLiteral("the language 'zh' is not available");
    QTest::newRow("--transcript empty")
        << QStringList{QStringLiteral("--transcript=")} << QStringLiteral("--transcript needs a file name");
    QTest::newRow("--log-capacity too large")
        << QStringList{QStringLiteral("--log-capacity=10000001")}
        << QStringLiteral("--log-capacity must be a whole number from 100 to 10000000, not '10000001'");
    QTest::newRow("--log-capacity negative") << QStringList{QStringLiteral("--log-capacity=-5")}
                                             << QStringLiteral("from 100 to 10000000, not '-5'");
    QTest::newRow("--log-capacity huge does not wrap")
        << QStringList{QStringLiteral("--log-capacity=99999999999999999999")}
        << QStringLiteral("not '99999999999999999999'");
    QTest::newRow("--log-capacity empty")
        << QStringList{QStringLiteral("--log-capacity=")} << QStringLiteral("from 100 to 10000000, not ''");
    QTest::newRow("--log-capacity with a decimal point")
        << QStringList{QStringLiteral("--log-capacity=1000.5")} << QStringLiteral("not '1000.5'");
    QTest::newRow("--log-capacity in full-width digits")
        << QStringList{QStringLiteral("--log-capacity=１０００")} << QStringLiteral("not '１０００'");
    QTest::newRow("--tcp-server empty")
        << QStringList{QStringLiteral("--tcp-server=")}
        << QStringLiteral("--tcp-server: an address and port are needed, such as 127.0.0.1:8888.");
    QTest::newRow("--tcp-server port too large")
        << QStringList{QStringLiteral("--tcp-server=127.0.0.1:65536")}
        << QStringLiteral("--tcp-server: '127.0.0.1:65536': the port must be a number from 0 (any free "
                          "port) to 65535.");
    QTest::newRow("--tcp-server port in full-width digits")
        << QStringList{QStringLiteral("--tcp-server=127.0.0.1:８８８８")}
        << QStringLiteral("'127.0.0.1:８８８８': the port must be a number");
    QTest::newRow("--server-mode empty")
        << QStringList{QStringLiteral("--tcp-server=127.0.0.1:0"), QStringLiteral("--server-mode=")}
        << QStringLiteral("--server-mode: '' is not a mode; choose one of "
                          "reply-once|conversation|thread-per-client|event-loop");
    QTest::newRow("--server-mode in capitals") << QStringList{QStringLiteral("--tcp-server=127.0.0.1:0"),
                                                              QStringLiteral("--server-mode=Conversation")}
                                               << QStringLiteral("'Conversation' is not a mode");
    QTest::newRow("--tcp-client without a port")
        << QStringList{QStringLiteral("--tcp-client=localhost")}
        << QStringLiteral("--tcp-client: 'localhost': add the port after a colon, such as localhost:8888.");
    QTest::newRow("--tcp-client without a host")
        << QStringList{QStringLiteral("--tcp-client=:8888")}
        << QStringLiteral("--tcp-client: ':8888': the address before the colon is missing");
    QTest::newRow("--tcp-client with a space in the host")
        << QStringList{QStringLiteral("--tcp-client=my host:80")}
        << QStringLiteral("'my host:80': a host name or address has no spaces.");
    QTest::newRow("--send trailing backslash names the column")
        << QStringList{QStringLiteral("--udp-send=127.0.0.1:9"), QStringLiteral("--send=ab\\")}
        << QStringLiteral("--send 'ab\\', column 3:");
    QTest::newRow("--send unknown escape names the column")
        << QStringList{QStringLiteral("--tcp-client=127.0.0.1:9"), QStringLiteral("--send=你好\\q")}
        << QStringLiteral("--send '你好\\q', column 3: unknown escape \\q");
    QTest::newRow("--send without a place, even when empty")
        << QStringList{QStringLiteral("--send=")} << QStringLiteral("--send needs a place to send to");
    QTest::newRow("--udp-receive empty") << QStringList{QStringLiteral("--udp-receive=")}
                                         << QStringLiteral("--udp-receive: an address and port are needed");
    QTest::newRow("--udp-receive port in letters")
        << QStringList{QStringLiteral("--udp-receive=127.0.0.1:abc")}
        << QStringLiteral("--udp-receive: '127.0.0.1:abc': the port must be a number from 0 (any free port) "
                          "to 65535.");
    QTest::newRow("--udp-send port 0 is no destination")
        << QStringList{QStringLiteral("--udp-send=127.0.0.1:0")}
        << QStringLiteral("--udp-send: '127.0.0.1:0': the port must be a number from 1 to 65535.");
    QTest::newRow("--udp-send IPv6 without brackets")
        << QStringList{QStringLiteral("--udp-send=::1:9")} << QStringLiteral("needs brackets");
    QTest::newRow("--broadcast-receive letters")
        << QStringList{QStringLiteral("--broadcast-receive=abc")}
        << QStringLiteral("--broadcast-receive takes only a port (0 to 65535), not 'abc'");
    QTest::newRow("--broadcast-receive too large")
        << QStringList{QStringLiteral("--broadcast-receive=70000")} << QStringLiteral("not '70000'");
    QTest::newRow("--broadcast-receive negative")
        << QStringList{QStringLiteral("--broadcast-receive=-1")} << QStringLiteral("not '-1'");
    QTest::newRow("--broadcast-receive empty")
        << QStringList{QStringLiteral("--broadcast-receive=")}
        << QStringLiteral("--broadcast-receive takes only a port (0 to 65535), not ''");
    QTest::newRow("--broadcast-send without a port")
        << QStringList{QStringLiteral("--broadcast-send=127.255.255.255")}
        << QStringLiteral("--broadcast-send: '127.255.255.255': add the port after a colon");
    QTest::newRow("--broadcast-send port 0 is no destination")
        << QStringList{QStringLiteral("--broadcast-send=127.255.255.255:0")}
        << QStringLiteral("the port must be a number from 1 to 65535.");
}

void TestBadInput::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(NETLAB_BINARY), arguments);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("netlab did not stop on a bad option: did it open its window?");
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    // One line of its own says what is wrong (Qt may warn on other lines).
    const QStringList lines = err.split(u'\n');
    const bool said = std::any_of(lines.cbegin(), lines.cend(), [&message](const QString &line) {
        return line.startsWith(QLatin1String("netlab: ")) && line.contains(message);
    });
    QVERIFY2(said, qPrintable(err));
}

// --- TCP Client tab ---------------------------------------------------------

void TestBadInput::tcpClientTarget_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    QTest::newRow("full-width digits in the port are not a number")
        << QStringLiteral("127.0.0.1") << QStringLiteral("８０８０")
        << QStringLiteral("Port: \"８０８０\" is not a whole number; use a number from 1 to 65535.");
    QTest::newRow("huge port is out of range, not wrapped")
        << QStringLiteral("127.0.0.1") << QStringLiteral("4294967297")
        << QStringLiteral("Port: 4294967297 is out of range; a TCP port is a number from 1 to 65535.");
    QTest::newRow("plus sign is not a digit") << QStringLiteral("127.0.0.1") << QStringLiteral("+80")
                                              << QStringLiteral("\"+80\" is not a whole number");
    QTest::newRow("blanks-only host asks for one")
        << QStringLiteral("   ") << QStringLiteral("8888")
        << QStringLiteral("Host: type the server's name or address, for example 127.0.0.1.");
    QTest::newRow("tab inside the host names its column")
        << QStringLiteral("127.\t0.0.1") << QStringLiteral("8888")
        << QStringLiteral("Host: a host name or address has no spaces, but there is one at column 5.");
    QTest::newRow("tags and a space in the host stay text")
        << QStringLiteral("<b>x</b> y") << QStringLiteral("8888") << QStringLiteral("column 9");
}

void TestBadInput::tcpClientTarget()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    TcpClientTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(host);
    child<QLineEdit>(&tab, QStringLiteral("portEdit"))->setText(port);
    auto *error = child<QLabel>(&tab, QStringLiteral("targetErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("connectButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("sendOnceButton"))->isEnabled());
    QTest::keyClick(child<QLineEdit>(&tab, QStringLiteral("portEdit")), Qt::Key_Return);
    QTest::keyClick(child<QLineEdit>(&tab, QStringLiteral("hostEdit")), Qt::Key_Return);
    QCOMPARE(tab.engine()->state(), TcpClientEngine::State::Idle);
    QCOMPARE(events.count(), 0);
}

void TestBadInput::tcpClientPayload_data()
{
    QTest::addColumn<int>("mode"); // 0 text, 1 hex
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown escape names the column")
        << 0 << QStringLiteral("UTF-8") << QStringLiteral("ab\\q")
        << QStringLiteral("Payload, column 3: unknown escape \\q at column 3");
    QTest::newRow("trailing backslash names the column")
        << 0 << QStringLiteral("UTF-8") << QStringLiteral("ab\\") << QStringLiteral("Payload, column 3:");
    QTest::newRow("Chinese cannot be written in ISO-8859-1")
        << 0 << QStringLiteral("ISO-8859-1") << QStringLiteral("ab你")
        << QStringLiteral("'你' (U+4F60) at column 3 cannot be written in ISO-8859-1");
    QTest::newRow("emoji cannot be written in GBK")
        << 0 << QStringLiteral("GBK") << QStringLiteral("好😀") << QStringLiteral("U+1F600");
    QTest::newRow("Chinese character in hex names its code")
        << 1 << QStringLiteral("UTF-8") << QStringLiteral("48 你") << QStringLiteral("U+4F60");
    QTest::newRow("tags in hex are not hex digits")
        << 1 << QStringLiteral("UTF-8") << Tagged << QStringLiteral("Payload, column 1:");
    QTest::newRow("odd hex digits") << 1 << QStringLiteral("UTF-8") << QStringLiteral("48656")
                                    << QStringLiteral("odd number of hex digits");
}

void TestBadInput::tcpClientPayload()
{
    QFETCH(int, mode);
    QFETCH(QString, encoding);
    QFETCH(QString, payload);
    QFETCH(QString, message);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    TcpClientTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(&tab, QStringLiteral("portEdit"))->setText(QString::number(server.serverPort()));
    if (!typePayload(&tab, mode, encoding, payload))
        QSKIP("this Qt build has no such encoding");
    QVERIFY(child<QLabel>(&tab, QStringLiteral("targetErrorLabel"))->isHidden()); // the target is fine
    expectPayloadRefused(&tab, message);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("sendOnceButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("sendWaitButton"))->isEnabled());
    child<QPushButton>(&tab, QStringLiteral("sendOnceButton"))->click();
    QTest::keyClick(child<QLineEdit>(&tab, QStringLiteral("payloadEdit")), Qt::Key_Return);
    QCOMPARE(tab.engine()->state(), TcpClientEngine::State::Idle);
    QCOMPARE(events.count(), 0);
    QVERIFY(!server.hasPendingConnections());
}

void TestBadInput::tcpClientShowsReceivedTagsAsText()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            if (peer->readAll().contains('\n'))
                peer->write(Tagged.toUtf8());
        });
    });
    TrafficRecorder recorder;
    TcpClientTab tab(&recorder);
    tab.resize(1216, 560);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(&tab, QStringLiteral("portEdit"))->setText(QString::number(server.serverPort()));
    child<QLineEdit>(&tab, QStringLiteral("payloadEdit"))->setText(QStringLiteral("ping\\n"));
    child<QPushButton>(&tab, QStringLiteral("sendWaitButton"))->click();
    auto *reply = child<QLabel>(&tab, QStringLiteral("replyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->text().contains(Tagged), Timeout);
    QAbstractItemModel *chunks = child<QTreeView>(&tab, QStringLiteral("chunkTree"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(chunks, DataChunkModel::DataColumn, Tagged) >= 0, Timeout);
    QVERIFY(checkTaggedLabelsArePlain(&tab) >= 1);
}

// --- TCP Server tab ---------------------------------------------------------

void TestBadInput::tcpServerPort_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    QTest::newRow("blanks only ask for a number")
        << QStringLiteral("   ") << QStringLiteral("Port: type a number from 0 (any free port) to 65535.");
    QTest::newRow("plus sign is not a digit")
        << QStringLiteral("+80")
        << QStringLiteral(
               "Port: \"+80\" is not a whole number. Use digits only: 0 (any free port) to 65535.");
    QTest::newRow("65536 is too large")
        << QStringLiteral("65536")
        << QStringLiteral("Port: 65536 is too large; port numbers go up to 65535.");
    QTest::newRow("tags are quoted as typed")
        << Tagged << QStringLiteral("Port: \"<b>bold</b>\" is not a whole number.");
}

void TestBadInput::tcpServerPort()
{
    QFETCH(QString, port);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    TcpServerTab tab(&recorder);
    tab.show();
    auto *edit = child<QLineEdit>(&tab, QStringLiteral("portEdit"));
    edit->setText(port);
    auto *error = child<QLabel>(&tab, QStringLiteral("portErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("startButton"))->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!tab.engine()->isListening());
    QCOMPARE(events.count(), 0);
}

void TestBadInput::tcpServerPayload_data()
{
    QTest::addColumn<int>("mode"); // 0 text, 1 hex
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown escape names the column")
        << 0 << QStringLiteral("ok\\q")
        << QStringLiteral("Payload, column 3: unknown escape \\q at column 3");
    QTest::newRow("hex with a letter that is no digit")
        << 1 << QStringLiteral("48 6g") << QStringLiteral("invalid hex digit 'g' (U+0067) at column 5");
    QTest::newRow("Chinese character in hex") << 1 << QStringLiteral("你好") << QStringLiteral("U+4F60");
}

void TestBadInput::tcpServerPayload()
{
    QFETCH(int, mode);
    QFETCH(QString, payload);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    TcpServerTab tab(&recorder);
    tab.show();
    QVERIFY(tab.startServer(QHostAddress(QHostAddress::LocalHost), 0, TcpServerEngine::Mode::EventLoop));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tab.engine()->serverPort());
    QVERIFY(client.waitForConnected(Timeout));
    child<QComboBox>(&tab, QStringLiteral("payloadModeCombo"))->setCurrentIndex(mode);
    child<QCheckBox>(&tab, QStringLiteral("escapesCheck"))->setChecked(true);
    // With a good payload the client can be sent to: the refusal below is the payload's.
    child<QLineEdit>(&tab, QStringLiteral("payloadEdit"))->setText(QStringLiteral("41"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&tab, QStringLiteral("sendAllButton"))->isEnabled(), Timeout);
    child<QLineEdit>(&tab, QStringLiteral("payloadEdit"))->setText(payload);
    expectPayloadRefused(&tab, message);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("sendAllButton"))->isEnabled());
    child<QPushButton>(&tab, QStringLiteral("sendAllButton"))->click();
    QTest::keyClick(child<QLineEdit>(&tab, QStringLiteral("payloadEdit")), Qt::Key_Return);
    // Nothing reaches the client. The server writes from its own thread, so
    // give a send that should not happen the time it would have taken.
    QVERIFY(!client.waitForReadyRead(300));
    QCOMPARE(client.bytesAvailable(), qint64(0));
}

void TestBadInput::tcpServerShowsReceivedTagsAsText()
{
    TrafficRecorder recorder;
    TcpServerTab tab(&recorder);
    tab.resize(1216, 560);
    tab.show();
    QVERIFY(tab.startServer(QHostAddress(QHostAddress::LocalHost), 0, TcpServerEngine::Mode::EventLoop));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tab.engine()->serverPort());
    QVERIFY(client.waitForConnected(Timeout));
    client.write(Tagged.toUtf8() + '\n');
    DataChunkModel *messages = tab.messageModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            messages->flush();
            for (int row = 0; row < messages->rowCount(); ++row) {
                if (messages->index(row, DataChunkModel::DataColumn).data().toString().contains(Tagged))
                    return true;
            }
            return false;
        }(),
        Timeout);
    QVERIFY(checkTaggedLabelsArePlain(&tab) >= 0);
}

// --- UDP tab ------------------------------------------------------------------

void TestBadInput::udpPorts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    const QString target = QStringLiteral("targetPortEdit");
    const QString targetError = QStringLiteral("targetPortErrorLabel");
    const QString local = QStringLiteral("localPortEdit");
    const QString localError = QStringLiteral("localPortErrorLabel");
    const QString bind = QStringLiteral("bindPortEdit");
    const QString bindError = QStringLiteral("bindPortErrorLabel");
    const QString send = QStringLiteral("sendButton");
    QTest::newRow("target in full-width digits")
        << target << targetError << send << QStringLiteral("９９９９")
        << QStringLiteral("\"９９９９\" is not a port number. Use digits only: 1 to 65535.");
    QTest::newRow("target huge is not wrapped")
        << target << targetError << send << QStringLiteral("18446744073709551617")
        << QStringLiteral("18446744073709551617");
    QTest::newRow("local port letters")
        << local << localError << send << QStringLiteral("abc")
        << QStringLiteral("\"abc\" is not a port number. Use digits only: 0 (any free port) to 65535.");
    QTest::newRow("local port too large")
        << local << localError << send << QStringLiteral("65536")
        << QStringLiteral("Port 65536 is too large: port numbers go up to 65535.");
    QTest::newRow("local port negative") << local << localError << send << QStringLiteral("-1")
                                         << QStringLiteral("\"-1\" is not a port number.");
    QTest::newRow("receiver port letters")
        << bind << bindError << QStringLiteral("bindButton") << QStringLiteral("http")
        << QStringLiteral("\"http\" is not a port number. Use digits only: 0 (any free port) to 65535.");
    QTest::newRow("receiver port too large")
        << bind << bindError << QStringLiteral("bindButton") << QStringLiteral("70000")
        << QStringLiteral("Port 70000 is too large: port numbers go up to 65535.");
    QTest::newRow("receiver port with tags") << bind << bindError << QStringLiteral("bindButton") << Tagged
                                             << QStringLiteral("\"<b>bold</b>\" is not a port number.");
}

void TestBadInput::udpPorts()
{
    QFETCH(QString, field);
    QFETCH(QString, errorLabel);
    QFETCH(QString, button);
    QFETCH(QString, port);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(&tab, field)->setText(port);
    child<QPushButton>(&tab, button)->click();
    auto *label = child<QLabel>(&tab, errorLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(!tab.sender()->isOpen());
    QVERIFY(!tab.receiver()->isOpen());
    QCOMPARE(events.count(), 0);
}

void TestBadInput::udpHostWithATab()
{
    // Any white space, not only ' ': a tab pasted from a table, a
    // full-width space typed with a Chinese input method.
    for (const QString &host : {QStringLiteral("127.0.0.1\t2"), QStringLiteral("127.0.0.1\u30002")}) {
        TrafficRecorder recorder;
        QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
        UdpTab tab(&recorder);
        tab.show();
        child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(host);
        child<QLineEdit>(&tab, QStringLiteral("targetPortEdit"))->setText(QStringLiteral("9999"));
        child<QPushButton>(&tab, QStringLiteral("sendButton"))->click();
        auto *label = child<QLabel>(&tab, QStringLiteral("hostErrorLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("contains a space (at position 10)")),
                 qPrintable(label->text()));
        QVERIFY(!tab.sender()->isOpen());
        QCOMPARE(events.count(), 0);
    }
}

void TestBadInput::udpPayload_data()
{
    QTest::addColumn<int>("mode"); // 0 text, 1 hex
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown escape names the column")
        << 0 << QStringLiteral("UTF-8") << QStringLiteral("hi\\z")
        << QStringLiteral("Payload, column 3: unknown escape \\z at column 3");
    QTest::newRow("Chinese cannot be written in ISO-8859-1")
        << 0 << QStringLiteral("ISO-8859-1") << QStringLiteral("你")
        << QStringLiteral("'你' (U+4F60) at column 1 cannot be written in ISO-8859-1");
    QTest::newRow("tags in hex are not hex digits")
        << 1 << QStringLiteral("UTF-8") << Tagged << QStringLiteral("Payload, column 1:");
}

void TestBadInput::udpPayload()
{
    QFETCH(int, mode);
    QFETCH(QString, encoding);
    QFETCH(QString, payload);
    QFETCH(QString, message);
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    UdpTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(&tab, QStringLiteral("targetPortEdit"))->setText(QString::number(peer.localPort()));
    if (!typePayload(&tab, mode, encoding, payload))
        QSKIP("this Qt build has no such encoding");
    child<QPushButton>(&tab, QStringLiteral("sendButton"))->click();
    expectPayloadRefused(&tab, message);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!tab.sender()->isOpen());
    QCOMPARE(events.count(), 0);
}

void TestBadInput::udpShowsReceivedTagsAsText()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    tab.resize(1216, 560);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("bindPortEdit"))->setText(QStringLiteral("0"));
    child<QPushButton>(&tab, QStringLiteral("bindButton"))->click();
    QVERIFY(tab.receiver()->isBound());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(peer.writeDatagram(Tagged.toUtf8(), QHostAddress::LocalHost, tab.receiver()->localPort()),
             qint64(Tagged.size()));
    QAbstractItemModel *list = child<QTreeView>(&tab, QStringLiteral("datagramTree"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(list, DataChunkModel::DataColumn, Tagged) >= 0, Timeout);
    QVERIFY(checkTaggedLabelsArePlain(&tab) >= 0);
}

// --- Broadcast tab ------------------------------------------------------------

void TestBadInput::broadcastPorts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    const QString target = QStringLiteral("targetPortEdit");
    const QString targetError = QStringLiteral("targetPortErrorLabel");
    const QString bind = QStringLiteral("bindPortEdit");
    const QString bindError = QStringLiteral("bindPortErrorLabel");
    QTest::newRow("target empty asks for a port")
        << target << targetError << QStringLiteral("sendButton") << QString()
        << QStringLiteral("Enter a port number from 1 to 65535.");
    QTest::newRow("target negative") << target << targetError << QStringLiteral("sendButton")
                                     << QStringLiteral("-9")
                                     << QStringLiteral(
                                            "\"-9\" is not a port number. Use digits only: 1 to 65535.");
    QTest::newRow("target in full-width digits")
        << target << targetError << QStringLiteral("sendButton") << QStringLiteral("９９９９")
        << QStringLiteral("\"９９９９\" is not a port number.");
    QTest::newRow("receiver with tags")
        << bind << bindError << QStringLiteral("startButton") << Tagged
        << QStringLiteral(
               "\"<b>bold</b>\" is not a port number. Use digits only: 0 (any free port) to 65535.");
    QTest::newRow("receiver huge is not wrapped")
        << bind << bindError << QStringLiteral("startButton") << QStringLiteral("4294967296")
        << QStringLiteral("Port 4294967296 is too large: port numbers go up to 65535.");
}

void TestBadInput::broadcastPorts()
{
    QFETCH(QString, field);
    QFETCH(QString, errorLabel);
    QFETCH(QString, button);
    QFETCH(QString, port);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    BroadcastTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, field)->setText(port);
    child<QPushButton>(&tab, button)->click();
    auto *label = child<QLabel>(&tab, errorLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(!tab.sender()->isOpen());
    QVERIFY(!tab.receiver()->isOpen());
    QCOMPARE(events.count(), 0);
}

void TestBadInput::broadcastPayload_data()
{
    QTest::addColumn<int>("mode"); // 0 text, 1 hex
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown escape names the column")
        << 0 << QStringLiteral("UTF-8") << QStringLiteral("\\k") << QStringLiteral("Payload, column 1:");
    QTest::newRow("emoji cannot be written in GBK")
        << 0 << QStringLiteral("GBK") << QStringLiteral("好😀") << QStringLiteral("U+1F600");
    QTest::newRow("odd hex digits") << 1 << QStringLiteral("UTF-8") << QStringLiteral("48 5 6c")
                                    << QStringLiteral("odd number of hex digits in '5' at column 4");
}

void TestBadInput::broadcastPayload()
{
    QFETCH(int, mode);
    QFETCH(QString, encoding);
    QFETCH(QString, payload);
    QFETCH(QString, message);
    TrafficRecorder recorder;
    QSignalSpy events(&recorder, &TrafficRecorder::eventRecorded);
    BroadcastTab tab(&recorder);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("targetPortEdit"))->setText(QStringLiteral("9"));
    if (!typePayload(&tab, mode, encoding, payload))
        QSKIP("this Qt build has no such encoding");
    child<QPushButton>(&tab, QStringLiteral("sendButton"))->click();
    expectPayloadRefused(&tab, message);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!tab.sender()->isOpen());
    QCOMPARE(events.count(), 0);
}

void TestBadInput::broadcastShowsReceivedTagsAsText()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    tab.resize(1216, 560);
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("bindPortEdit"))->setText(QStringLiteral("0"));
    child<QPushButton>(&tab, QStringLiteral("startButton"))->click();
    const quint16 port = tab.receiver()->localPort();
    QVERIFY(port != 0);
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(peer.writeDatagram(Tagged.toUtf8(), QHostAddress::LocalHost, port), qint64(Tagged.size()));
    QAbstractItemModel *list = child<QTreeView>(&tab, QStringLiteral("datagramTree"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(list, DataChunkModel::DataColumn, Tagged) >= 0, Timeout);
    QVERIFY(checkTaggedLabelsArePlain(&tab) >= 0);
}

// --- Host tab -------------------------------------------------------------------

void TestBadInput::hostName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("tags are not a host name")
        << Tagged
        << QStringLiteral(
               "'<' is not allowed in a host name (position 1). Use letters, digits, '-' and dots.");
    QTest::newRow("two dots in a row in a Chinese name")
        << QStringLiteral("例子..中国")
        << QStringLiteral(
               "'例子..中国' has an empty part: there are two dots in a row, or a dot at the start.");
    QTest::newRow("a Chinese part too long for DNS says so")
        << QString(100, u'长') + QStringLiteral(".中国") << QStringLiteral("can have at most 63");
    QTest::newRow("huge name is too long")
        << QString(300, u'a')
        << QStringLiteral("The name is 300 characters long, but a host name can have at most 253.");
    QTest::newRow("part longer than 63")
        << QString(64, u'b') + QStringLiteral(".com")
        << QStringLiteral("is 64 characters long, but each part between dots can have at most 63.");
    QTest::newRow("dash at the start of a part")
        << QStringLiteral("-abc.example")
        << QStringLiteral("The part '-abc' starts or ends with '-', which is not allowed.");
    QTest::newRow("number out of range is an address mistake")
        << QStringLiteral("192.168.1.300") << QStringLiteral("'300'");
    QTest::newRow("a dot alone") << QStringLiteral(".") << QStringLiteral("'.' alone is the root of DNS");
}

void TestBadInput::hostName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    HostTab tab;
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("hostEdit"))->setText(name);
    auto *button = child<QPushButton>(&tab, QStringLiteral("lookupButton"));
    QVERIFY(button->isEnabled());
    button->click();
    auto *status = child<QLabel>(&tab, QStringLiteral("lookupStatus"));
    // Refused before any lookup starts: nothing to cancel, nothing asked of DNS.
    QVERIFY2(status->text().contains(message), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("cancelButton"))->isEnabled());
    QCOMPARE(child<QTreeWidget>(&tab, QStringLiteral("resultTree"))->topLevelItemCount(), 0);
}

void TestBadInput::nameServer_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("message");
    QTest::newRow("name server with three parts")
        << QStringLiteral("example.com") << QStringLiteral("8.8.8")
        << QStringLiteral("The name server must be an IP address such as 8.8.8.8, or left empty to use this "
                          "computer's DNS servers.");
    QTest::newRow("name server given as a name")
        << QStringLiteral("example.com") << QStringLiteral("dns.google")
        << QStringLiteral("The name server must be an IP address");
    QTest::newRow("record name with a space")
        << QStringLiteral("exa mple.com") << QString()
        << QStringLiteral("Spaces are not allowed in a host name (position 4).");
    QTest::newRow("record name with tags")
        << Tagged << QString() << QStringLiteral("'<' is not allowed in a host name (position 1).");
}

void TestBadInput::nameServer()
{
    QFETCH(QString, record);
    QFETCH(QString, server);
    QFETCH(QString, message);
    HostTab tab;
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("recordNameEdit"))->setText(record);
    child<QLineEdit>(&tab, QStringLiteral("nameServerEdit"))->setText(server);
    auto *button = child<QPushButton>(&tab, QStringLiteral("recordsButton"));
    QVERIFY(button->isEnabled());
    button->click();
    auto *status = child<QLabel>(&tab, QStringLiteral("lookupStatus"));
    QVERIFY2(status->text().contains(message), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("cancelButton"))->isEnabled());
}

void TestBadInput::addressInspector_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("prefix above 32") << QStringLiteral("10.0.0.1/33") << QStringLiteral("33");
    QTest::newRow("three parts") << QStringLiteral("10.0.1") << QStringLiteral("10.0.1");
    QTest::newRow("full-width digits") << QStringLiteral("１２７.0.0.1") << QStringLiteral("１２７");
    // The '/' of </b> starts a prefix length: the address is what comes before it.
    QTest::newRow("tags") << Tagged << QStringLiteral("'<b>bold<' is not an IP address.");
    QTest::newRow("IPv6 with a letter that is no hex digit")
        << QStringLiteral("2001:db8::g")
        << QStringLiteral("'g' is not allowed in an IPv6 address (position 11). Use the hex digits 0–9 and "
                          "a–f, separated by ':'.");
}

void TestBadInput::addressInspector()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    HostTab tab;
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("addressEdit"))->setText(address);
    auto *error = child<QLabel>(&tab, QStringLiteral("addressError"));
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>(&tab, QStringLiteral("kindValue"))->text().isEmpty());
    QVERIFY(child<QLabel>(&tab, QStringLiteral("networkValue"))->text().isEmpty());
}

void TestBadInput::portCheckAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("tags: the slash is taken for a prefix")
        << Tagged
        << QStringLiteral("'<b>bold</b>' has a prefix length; type the address alone, without '/'.");
    QTest::newRow("number out of range")
        << QStringLiteral("127.0.0.256") << QStringLiteral("'256' is not a number from 0 to 255 (part 4).");
    QTest::newRow("a word") << QStringLiteral("网关") << QStringLiteral("'网关' is not an IP address");
}

void TestBadInput::portCheckAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    HostTab tab;
    tab.show();
    auto *edit = child<QLineEdit>(&tab, QStringLiteral("checkAddressEdit"));
    auto *button = child<QPushButton>(&tab, QStringLiteral("checkButton"));
    edit->setText(QStringLiteral("   "));
    QVERIFY(!button->isEnabled()); // blanks are no address: nothing to check
    edit->setText(address);
    button->click();
    auto *result = child<QLabel>(&tab, QStringLiteral("checkResult"));
    QVERIFY2(result->text().contains(message), qPrintable(result->text()));
    QCOMPARE(result->textFormat(), Qt::PlainText);
}

void TestBadInput::serviceSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("tags match no service") << Tagged;
    QTest::newRow("a port beyond 65535 matches no service") << QStringLiteral("70000");
    QTest::newRow("a negative port matches no service") << QStringLiteral("-80");
    QTest::newRow("Chinese matches no service") << QStringLiteral("网页");
    QTest::newRow("a huge search matches no service") << QString(5000, u'x');
}

void TestBadInput::serviceSearch()
{
    QFETCH(QString, typed);
    HostTab tab;
    tab.show();
    auto *tree = child<QTreeWidget>(&tab, QStringLiteral("servicesTree"));
    const int total = tree->topLevelItemCount();
    QVERIFY(total > 0);
    child<QLineEdit>(&tab, QStringLiteral("serviceSearchEdit"))->setText(typed);
    for (int row = 0; row < total; ++row)
        QVERIFY2(tree->topLevelItem(row)->isHidden(), qPrintable(tree->topLevelItem(row)->text(0)));
    auto *count = child<QLabel>(&tab, QStringLiteral("servicesCount"));
    QVERIFY2(count->text().startsWith(QStringLiteral("0 of %1").arg(total)), qPrintable(count->text()));
    QCOMPARE(count->textFormat(), Qt::PlainText);
}

// --- Encoding tab -----------------------------------------------------------------

void TestBadInput::encodingHex_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("message");
    QTest::newRow("Chinese character names its code") << QStringLiteral("e4 你") << QStringLiteral("U+4F60");
    QTest::newRow("0x with nothing after it")
        << QStringLiteral("0x41,0x") << QStringLiteral("has no hex digits");
}

void TestBadInput::encodingHex()
{
    QFETCH(QString, hex);
    QFETCH(QString, message);
    EncodingTab tab;
    tab.show();
    child<QPlainTextEdit>(&tab, QStringLiteral("hexEdit"))->setPlainText(hex);
    auto *error = child<QLabel>(&tab, QStringLiteral("hexErrorLabel"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
}

void TestBadInput::encodingHugeText()
{
    // A pasted page of text: both text fields keep their first 500
    // characters, and the bytes shown are those of exactly these.
    EncodingTab tab;
    tab.show();
    const QString huge = QString(20000, u'你');
    auto *text = child<QLineEdit>(&tab, QStringLiteral("textEdit"));
    text->setText(huge);
    QCOMPARE(text->text().size(), 500);
    const QString hex = child<QPlainTextEdit>(&tab, QStringLiteral("encodeHex_UTF-8"))->toPlainText();
    QCOMPARE(hex.size(), 1500 * 3 - 1); // "e4 bd a0" per character
    QVERIFY2(child<QLabel>(&tab, QStringLiteral("encodeCount_UTF-8"))->text().contains(QLatin1String("1500")),
             qPrintable(child<QLabel>(&tab, QStringLiteral("encodeCount_UTF-8"))->text()));
    auto *moji = child<QLineEdit>(&tab, QStringLiteral("mojiTextEdit"));
    moji->setText(huge);
    QCOMPARE(moji->text().size(), 500);
}

// --- Concurrency tab --------------------------------------------------------------

void TestBadInput::mapInputs_data()
{
    QTest::addColumn<QString>("inputs");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty asks for a number")
        << QString() << QStringLiteral("Inputs: write at least one whole number n, for example 1000000.");
    QTest::newRow("only commas ask for a number")
        << QStringLiteral(" , ;") << QStringLiteral("Inputs: write at least one whole number n");
    QTest::newRow("negative names the number")
        << QStringLiteral("10, -5")
        << QStringLiteral("Inputs: number 2 ('-5') is not a whole number from 0 to");
    QTest::newRow("huge is refused, not wrapped")
        << QStringLiteral("99999999999999999999") << QStringLiteral("number 1 ('99999999999999999999')");
    QTest::newRow("above the largest n") << QString::number(MapJob::MaxN + 1) << QStringLiteral("number 1");
    QTest::newRow("full-width digits")
        << QStringLiteral("１０００") << QStringLiteral("number 1 ('１０００')");
    QTest::newRow("tags are quoted as typed") << Tagged << QStringLiteral("('<b>bold</b>')");
}

void TestBadInput::mapInputs()
{
    QFETCH(QString, inputs);
    QFETCH(QString, message);
    ConcurrencyTab tab;
    tab.show();
    child<QLineEdit>(&tab, QStringLiteral("inputsEdit"))->setText(inputs);
    child<QPushButton>(&tab, QStringLiteral("startMapButton"))->click();
    QVERIFY(!tab.mapJob()->isRunning());
    auto *error = child<QLabel>(&tab, QStringLiteral("inputsError"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
}

// --- Traffic Log dock -------------------------------------------------------------

void TestBadInput::logFilters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("shown"); // of 3 rows
    QTest::newRow("text: an unclosed bracket is plain text")
        << QStringLiteral("textFilterEdit") << QStringLiteral("(") << 1;
    QTest::newRow("text: a regex wildcard is plain text")
        << QStringLiteral("textFilterEdit") << QStringLiteral(".*") << 0;
    QTest::newRow("text: tags find the row with tags") << QStringLiteral("textFilterEdit") << Tagged << 1;
    QTest::newRow("text: Chinese finds the Chinese payload")
        << QStringLiteral("textFilterEdit") << QStringLiteral("你好") << 1;
    QTest::newRow("endpoint: letters match nothing")
        << QStringLiteral("endpointFilterEdit") << QStringLiteral("abc") << 0;
    QTest::newRow("endpoint: a port beyond 65535 matches nothing")
        << QStringLiteral("endpointFilterEdit") << QStringLiteral(":99999") << 0;
}

void TestBadInput::logFilters()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(int, shown);
    TrafficLogModel model;
    QMainWindow window;
    auto *dock = new TrafficLogDock(&model, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(1000, 700);
    window.show();
    const QList<QByteArray> payloads{Tagged.toUtf8(), QStringLiteral("你好").toUtf8(), QByteArray("f(x)")};
    for (int i = 0; i < payloads.size(); ++i) {
        TrafficEvent event;
        event.time = QDateTime::currentDateTime();
        event.tab = QStringLiteral("tcp-client");
        event.kind = TrafficKind::Received;
        event.protocol = TrafficProtocol::Tcp;
        event.local = QStringLiteral("127.0.0.1:%1").arg(40000 + i);
        event.peer = QStringLiteral("127.0.0.1:8888");
        event.payload = payloads.at(i);
        model.append(event);
    }
    model.flush();
    auto *edit = child<QLineEdit>(dock, field);
    edit->setText(typed);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *view = child<QTableView>(dock, QStringLiteral("tableView"));
    QTRY_COMPARE(view->model()->rowCount(), shown);
    QTRY_COMPARE(child<QLabel>(dock, QStringLiteral("rowCountLabel"))->text(),
                 QStringLiteral("%1 of 3 rows shown").arg(shown));
    if (shown > 0 && typed == Tagged) {
        QCOMPARE(view->model()->index(0, TrafficLogModel::Preview).data().toString(), Tagged);
        QVERIFY(checkTaggedLabelsArePlain(dock) >= 0);
    }
}

// --- spin boxes -------------------------------------------------------------------

void TestBadInput::spinBoxes_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("spin");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum"); // -1: set from the engine at run time
    QTest::newRow("host timeoutSpin") << QStringLiteral("host") << QStringLiteral("timeoutSpin") << 1 << 60;
    QTest::newRow("host checkPortSpin")
        << QStringLiteral("host") << QStringLiteral("checkPortSpin") << 1 << 65535;
    QTest::newRow("tcp-client intervalSpin")
        << QStringLiteral("tcp-client") << QStringLiteral("intervalSpin") << 1 << 3600000;
    QTest::newRow("tcp-client countSpin")
        << QStringLiteral("tcp-client") << QStringLiteral("countSpin") << 0 << 1000000;
    QTest::newRow("tcp-client timeoutSpin")
        << QStringLiteral("tcp-client") << QStringLiteral("timeoutSpin") << 100 << 600000;
    QTest::newRow("tcp-server maxClientsSpin")
        << QStringLiteral("tcp-server") << QStringLiteral("maxClientsSpin") << 1 << 100000;
    QTest::newRow("tcp-server maxThreadsSpin")
        << QStringLiteral("tcp-server") << QStringLiteral("maxThreadsSpin") << 1 << 5000;
    QTest::newRow("udp intervalSpin")
        << QStringLiteral("udp") << QStringLiteral("intervalSpin") << 1 << 3600000;
    QTest::newRow("udp countSpin") << QStringLiteral("udp") << QStringLiteral("countSpin") << 0 << 1000000;
    QTest::newRow("broadcast ttlSpin")
        << QStringLiteral("broadcast") << QStringLiteral("ttlSpin") << 0 << 255;
    QTest::newRow("broadcast intervalSpin")
        << QStringLiteral("broadcast") << QStringLiteral("intervalSpin") << 1 << 60000;
    QTest::newRow("broadcast countSpin")
        << QStringLiteral("broadcast") << QStringLiteral("countSpin") << 0 << 1000000;
    QTest::newRow("concurrency workersSpin")
        << QStringLiteral("concurrency") << QStringLiteral("workersSpin") << 1 << -1;
    QTest::newRow("concurrency lockThreadsSpin")
        << QStringLiteral("concurrency") << QStringLiteral("lockThreadsSpin") << 1 << -1;
    QTest::newRow("concurrency incrementsSpin")
        << QStringLiteral("concurrency") << QStringLiteral("incrementsSpin") << 1 << 100000000;
    QTest::newRow("concurrency poolSpin")
        << QStringLiteral("concurrency") << QStringLiteral("poolSpin") << 1 << -1;
}

void TestBadInput::spinBoxes()
{
    QFETCH(QString, tab);
    QFETCH(QString, spin);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    TrafficRecorder recorder;
    const std::unique_ptr<QWidget> widget = makeTab(tab, &recorder);
    auto *box = child<QSpinBox>(widget.get(), spin);
    QCOMPARE(box->minimum(), minimum);
    if (maximum >= 0)
        QCOMPARE(box->maximum(), maximum);
    box->setFocus();
    // Letters, a minus sign where none is allowed, a huge number: the box
    // holds a value in its range, whatever was typed.
    for (const QString &typed : {QStringLiteral("abc"), QStringLiteral("-99999999999"),
                                 QStringLiteral("99999999999999999999"), QStringLiteral("１２")}) {
        box->selectAll();
        // keyClicks() knows only Latin-1 keys: each character as the text of a key.
        for (const QChar c : typed)
            QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(box, Qt::Key_Return);
        box->clearFocus();
        box->setFocus();
        QVERIFY2(box->value() >= box->minimum() && box->value() <= box->maximum(),
                 qPrintable(QStringLiteral("%1 after typing %2").arg(box->value()).arg(typed)));
    }
    // Letters never even reach the field.
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("abc"));
    QVERIFY2(!box->text().contains(QLatin1String("abc")), qPrintable(box->text()));
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
