#include "datachunkmodel.h"
#include "explainpane.h"
#include "socketcallmodel.h"
#include "tcpclienttab.h"
#include "trafficrecorder.h"
#include "wiresharkpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>

#include <memory>

// Drives the TCP Client tab through its buttons against a QTcpServer on
// loopback (port 0) and checks what the student sees.
class TestTcpClientTab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void badTargetIsExplainedNextToTheField_data();
    void badTargetIsExplainedNextToTheField();
    void badPayloadNamesTheColumn();
    void connectSendReceiveAndCloseShowResults();
    void readsAreOneRowEach();
    void refusedConnectionShowsExplainedError();
    void sendAndWaitShowsTheReply();
    void sendAndWaitSaysWhenNoReplyCame();
    void abortShowsItsExplanationAndResetsThePeer();
    void peerClosingFirstIsNamed();
    void languageChangeKeepsState();
    void repeatSendsCountTimes();
    void fileIsSentByteExactWithProgress();
    void fitsTheTabArea();

private:
    template<typename T> T *child(const char *name)
    {
        T *widget = m_tab->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void setTarget(const QString &host, const QString &port);
    // Clicks Connect and returns the server's side of the connection.
    QTcpSocket *connectTab();

    std::unique_ptr<TrafficRecorder> m_recorder;
    std::unique_ptr<TcpClientTab> m_tab;
    std::unique_ptr<QTcpServer> m_server;
};

void TestTcpClientTab::init()
{
    m_recorder = std::make_unique<TrafficRecorder>();
    m_tab = std::make_unique<TcpClientTab>(m_recorder.get());
    m_tab->resize(1216, 560);
    m_tab->show();
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestTcpClientTab::cleanup()
{
    m_tab.reset();
    m_server.reset();
    m_recorder.reset();
}

void TestTcpClientTab::setTarget(const QString &host, const QString &port)
{
    child<QLineEdit>("hostEdit")->setText(host);
    child<QLineEdit>("portEdit")->setText(port);
}

QTcpSocket *TestTcpClientTab::connectTab()
{
    setTarget(QStringLiteral("127.0.0.1"), QString::number(m_server->serverPort()));
    auto *connectButton = child<QPushButton>("connectButton");
    if (!connectButton->isEnabled())
        return nullptr;
    connectButton->click();
    if (!m_server->hasPendingConnections() && !m_server->waitForNewConnection(5000))
        return nullptr;
    QTcpSocket *peer = m_server->nextPendingConnection();
    const QString connected = TcpClientEngine::stateName(TcpClientEngine::State::Connected);
    if (!QTest::qWaitFor([&] { return child<QLabel>("stateLabel")->text().startsWith(connected); }, 5000))
        return nullptr;
    return peer;
}

void TestTcpClientTab::badTargetIsExplainedNextToTheField_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("mentions"); // empty: the target is fine

    QTest::newRow("valid loopback target is accepted") << "127.0.0.1"
                                                       << "8888"
                                                       << "";
    QTest::newRow("port 65535 is the largest accepted") << "localhost"
                                                        << "65535"
                                                        << "";
    QTest::newRow("port 0 is out of range") << "127.0.0.1"
                                            << "0"
                                            << "65535";
    QTest::newRow("port 65536 is out of range") << "127.0.0.1"
                                                << "65536"
                                                << "65535";
    QTest::newRow("port with letters is not a number") << "127.0.0.1"
                                                       << "80a"
                                                       << "80a";
    QTest::newRow("negative port is not a number") << "127.0.0.1"
                                                   << "-1"
                                                   << "-1";
    QTest::newRow("empty port asks for one") << "127.0.0.1"
                                             << ""
                                             << "Port";
    QTest::newRow("empty host asks for one") << ""
                                             << "8888"
                                             << "Host";
    QTest::newRow("space in host names its column") << "127.0 .0.1"
                                                    << "8888"
                                                    << "column 6";
}

void TestTcpClientTab::badTargetIsExplainedNextToTheField()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, mentions);

    setTarget(host, port);
    auto *error = child<QLabel>("targetErrorLabel");
    auto *connectButton = child<QPushButton>("connectButton");
    QSignalSpy events(m_recorder.get(), &TrafficRecorder::eventRecorded);
    if (mentions.isEmpty()) {
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QVERIFY(error->isHidden());
        QVERIFY(connectButton->isEnabled());
    } else {
        QVERIFY2(error->text().contains(mentions), qPrintable(error->text()));
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(!connectButton->isEnabled());
        // Enter in the field must not slip past the check either.
        QTest::keyClick(child<QLineEdit>("portEdit"), Qt::Key_Return);
        QCOMPARE(m_tab->engine()->state(), TcpClientEngine::State::Idle);
        QCOMPARE(events.count(), 0);
    }
}

void TestTcpClientTab::badPayloadNamesTheColumn()
{
    child<QComboBox>("modeCombo")->setCurrentIndex(1); // Hex
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("48 6g"));
    auto *error = child<QLabel>("payloadErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("column 5")), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>("sendOnceButton")->isEnabled());

    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("48 69"));
    QVERIFY(error->isHidden());
    QVERIFY(child<QPushButton>("sendOnceButton")->isEnabled());
    QVERIFY(child<ExplainPane>("explainPane")->pythonText().contains(QLatin1String("sendall(b\"Hi\")")));
}

void TestTcpClientTab::connectSendReceiveAndCloseShowResults()
{
    QSignalSpy events(m_recorder.get(), &TrafficRecorder::eventRecorded);
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);

    // Endpoints: ours is the peer's view of its remote end.
    const QString local = child<QLabel>("localLabel")->text();
    QVERIFY2(local.contains(QString::number(peer->peerPort())), qPrintable(local));
    QVERIFY(child<QLabel>("peerLabel")->text().contains(QString::number(m_server->serverPort())));
    QVERIFY(child<ExplainPane>("explainPane")
                ->pythonText()
                .contains(QStringLiteral("PORT = %1").arg(m_server->serverPort())));
    // The Wireshark pane: the server's port to capture, this connection's pair to display.
    const WiresharkFilterSet wireshark = child<WiresharkPane>("wiresharkPane")->filters();
    QCOMPARE(child<QLineEdit>("captureEdit")->text(),
             QStringLiteral("tcp port %1").arg(m_server->serverPort()));
    QCOMPARE(wireshark.connectionFilter,
             QStringLiteral("tcp.port == %1 && tcp.port == %2 && ip.addr == 127.0.0.1")
                 .arg(peer->peerPort())
                 .arg(m_server->serverPort()));
    QCOMPARE(wireshark.interfaceName, QStringLiteral("lo"));

    // Send with the button (escapes on: "hello\n" is six bytes) and with Enter.
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("hello\\n"));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    child<QPushButton>("sendButton")->click();
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += peer->readAll()) == "hello\n", 5000);
    child<QComboBox>("lineEndingCombo")->setCurrentIndex(2); // CRLF
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("again"));
    QTest::keyClick(child<QLineEdit>("payloadEdit"), Qt::Key_Return);
    got.clear();
    QTRY_VERIFY_WITH_TIMEOUT((got += peer->readAll()) == "again\r\n", 5000);

    // Receive: shown as text in the chunk list.
    peer->write("welcome");
    auto *tree = child<QTreeView>("chunkTree")->model();
    QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 1, 5000);
    QCOMPARE(tree->index(0, DataChunkModel::DataColumn).data().toString(), QStringLiteral("welcome"));
    QCOMPARE(tree->index(0, DataChunkModel::SizeColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(tree->index(0, DataChunkModel::HexColumn).data().toString(),
             QStringLiteral("77 65 6c 63 6f 6d 65"));

    // The Explain pane lists the calls.
    SocketCallModel *calls = child<ExplainPane>("explainPane")->callModel();
    calls->flush();
    bool sawConnect = false;
    for (int i = 0; i < calls->rowCount(); ++i)
        sawConnect = sawConnect || calls->call(i).toString().startsWith(QLatin1String("connect("));
    QVERIFY(sawConnect);

    // Graceful close: the peer reads end-of-file, the tab says who closed.
    child<QPushButton>("closeButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("closeInfoLabel")->text().contains(QLatin1String("Closed first by: us")), 5000);
    QVERIFY(child<QLabel>("closeInfoLabel")
                ->text()
                .contains(TcpClientEngine::explainClose(TcpClientEngine::CloseKind::Graceful)));
    QVERIFY(child<QPushButton>("connectButton")->isEnabled());
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());

    QVERIFY(events.count() >= 3); // two sends, one receive at least
    bool sawSent = false;
    for (const QList<QVariant> &args : std::as_const(events)) {
        const auto event = args.at(0).value<TrafficEvent>();
        sawSent = sawSent || event.payload == "hello\n";
    }
    QVERIFY(sawSent);
}

void TestTcpClientTab::readsAreOneRowEach()
{
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    auto *tree = child<QTreeView>("chunkTree")->model();
    // Three writes that arrive before the tab reads make at most three rows,
    // whose bytes add up to what was sent, in order.
    peer->write("one");
    peer->write("two");
    peer->write("three");
    QString all;
    QTRY_VERIFY_WITH_TIMEOUT(
        tree->rowCount() > 0 &&
            [&] {
                all.clear();
                for (int i = 0; i < tree->rowCount(); ++i)
                    all += tree->index(i, DataChunkModel::DataColumn).data().toString();
                return all == QLatin1String("onetwothree");
            }(),
        5000);
    QVERIFY(tree->rowCount() <= 3);
    QCOMPARE(tree->index(0, DataChunkModel::LabelColumn).data().toString(), QStringLiteral("#1"));
    QVERIFY(child<QLabel>("receivedCountLabel")->text().contains(QLatin1String("11")));
}

void TestTcpClientTab::refusedConnectionShowsExplainedError()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    setTarget(QStringLiteral("127.0.0.1"), QString::number(port));
    child<QPushButton>("connectButton")->click();
    auto *message = child<QLabel>("messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 5000);
    QVERIFY(message->isVisible());
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY2(message->text().contains(QString::number(port)), qPrintable(message->text()));
    QTRY_VERIFY(child<QPushButton>("connectButton")->isEnabled());
}

void TestTcpClientTab::sendAndWaitShowsTheReply()
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        QTcpSocket *peer = m_server->nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            if (peer->readAll().contains('\n'))
                peer->write("pong from server");
        });
    });
    setTarget(QStringLiteral("127.0.0.1"), QString::number(m_server->serverPort()));
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("ping\\n"));
    child<QPushButton>("sendWaitButton")->click();
    auto *reply = child<QLabel>("replyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(reply->text().contains(QLatin1String("pong from server")), 5000);
    QCOMPARE(reply->textFormat(), Qt::PlainText);
}

void TestTcpClientTab::sendAndWaitSaysWhenNoReplyCame()
{
    setTarget(QStringLiteral("127.0.0.1"), QString::number(m_server->serverPort()));
    child<QSpinBox>("timeoutSpin")->setValue(200);
    child<QPushButton>("sendWaitButton")->click();
    QVERIFY(m_server->waitForNewConnection(5000));
    auto *reply = child<QLabel>("replyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(reply->text().contains(QLatin1String("No reply came within 200 ms")), 5000);
}

void TestTcpClientTab::abortShowsItsExplanationAndResetsThePeer()
{
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    QSignalSpy peerErrors(peer, &QAbstractSocket::errorOccurred);
    auto *abortButton = child<QPushButton>("abortButton");
    const QString explanation = TcpClientEngine::explainClose(TcpClientEngine::CloseKind::Abort);
    QCOMPARE(abortButton->toolTip(), explanation);
    abortButton->click();
    QVERIFY(child<QLabel>("closeInfoLabel")->text().contains(explanation));
    QTRY_VERIFY_WITH_TIMEOUT(!peerErrors.isEmpty(), 5000);
    QCOMPARE(peerErrors.first().at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);
    QTRY_VERIFY(child<QPushButton>("connectButton")->isEnabled());
}

void TestTcpClientTab::peerClosingFirstIsNamed()
{
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    peer->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("closeInfoLabel")->text().contains(QLatin1String("Closed first by: the other side")),
        5000);
    QTRY_VERIFY(child<QPushButton>("connectButton")->isEnabled());
}

void TestTcpClientTab::languageChangeKeepsState()
{
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    const QString state = child<QLabel>("stateLabel")->text();
    const QString local = child<QLabel>("localLabel")->text();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_tab.get(), &change);
    QCOMPARE(child<QLabel>("stateLabel")->text(), state);
    QCOMPARE(child<QLabel>("localLabel")->text(), local);
    QCOMPARE(child<QLineEdit>("portEdit")->text(), QString::number(m_server->serverPort()));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(!child<QPushButton>("halfCloseButton")->toolTip().isEmpty());
}

void TestTcpClientTab::repeatSendsCountTimes()
{
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("x"));
    child<QSpinBox>("intervalSpin")->setValue(20);
    child<QSpinBox>("countSpin")->setValue(3);
    child<QPushButton>("repeatButton")->click();
    QVERIFY(child<QPushButton>("stopButton")->isEnabled());
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT(got += peer->readAll(), QByteArray("xxx"), 5000);
    QTRY_VERIFY(!child<QPushButton>("stopButton")->isEnabled());
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
}

void TestTcpClientTab::fileIsSentByteExactWithProgress()
{
    QVERIFY(!child<QPushButton>("sendFileButton")->isEnabled()); // not connected yet
    QTcpSocket *peer = connectTab();
    QVERIFY(peer);
    QVERIFY(child<QPushButton>("sendFileButton")->isEnabled());

    // 3 MiB of a pattern that no shifted or dropped piece could reproduce.
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; content.size() < 3 * 1024 * 1024; ++i)
        content += QByteArray::number(i) + ',';
    QCOMPARE(file.write(content), qint64(content.size()));
    file.close();

    m_tab->sendFile(file.fileName());
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT((peer->waitForReadyRead(20), got += peer->readAll()).size(), content.size(),
                              30000);
    QVERIFY(got == content);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("fileLabel")->text().contains(QLocale().toString(content.size())),
                             10000);
    QVERIFY(child<QLabel>("fileLabel")->text().startsWith(QLatin1String("File sent")));
    QVERIFY(child<QPushButton>("sendFileButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelFileButton")->isEnabled());

    // A file that cannot be read is explained, not sent.
    m_tab->sendFile(QStringLiteral("/nonexistent/netlab-test-file"));
    QTRY_VERIFY(!child<QLabel>("messageLabel")->text().isEmpty());
    QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("netlab-test-file")));
}

void TestTcpClientTab::fitsTheTabArea()
{
    // The tab area of a 1280x900 screen with the traffic log docked below.
    const QSize minimum = m_tab->minimumSizeHint();
    QVERIFY2(minimum.height() <= 500, qPrintable(QString::number(minimum.height())));
    QVERIFY2(minimum.width() <= 1216, qPrintable(QString::number(minimum.width())));
}

QTEST_MAIN(TestTcpClientTab)
#include "tst_tcpclienttab.moc"
