// Smoke test of the UDP tab: the real widget and its engines against
// independent QUdpSocket peers on loopback (port 0 everywhere), driven by
// clicking its buttons and reading what it shows.

#include "datachunkmodel.h"
#include "explainpane.h"
#include "socketcallmodel.h"
#include "trafficrecorder.h"
#include "udptab.h"
#include "wiresharkpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkDatagram>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUdpSocket>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// The Explain pane's calls, one per line, after flushing the model's batch.
QString callsText(QWidget *tab)
{
    SocketCallModel *calls = child<ExplainPane>(tab, "explainPane")->callModel();
    calls->flush();
    QStringList lines;
    for (int row = 0; row < calls->rowCount(); ++row)
        lines << calls->call(row).toString();
    return lines.join(u'\n');
}

QByteArray receiveOne(QUdpSocket &socket, QHostAddress *from = nullptr, quint16 *fromPort = nullptr)
{
    if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(5000))
        return QByteArray("<nothing arrived>");
    const QNetworkDatagram datagram = socket.receiveDatagram();
    if (from)
        *from = datagram.senderAddress();
    if (fromPort)
        *fromPort = quint16(datagram.senderPort());
    return datagram.data();
}

} // namespace

class TestUdpTab : public QObject
{
    Q_OBJECT
private slots:
    void layoutFitsTabArea();
    void receiverBindsAndAutoRepliesToHello();
    void senderSendsAndShowsReply();
    void replyToSelectedSender();
    void repeatSendsCountTimes();
    void badTargetPortIsExplained_data();
    void badTargetPortIsExplained();
    void badHostIsExplained_data();
    void badHostIsExplained();
    void badHexPayloadNamesColumn();
    void invalidRuleIsExplained();
    void anyAddressShowsWarning();
    void bindFailureShowsEngineMessage();
    void languageChangeKeepsCodeTexts();
};

void TestUdpTab::layoutFitsTabArea()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    QVERIFY2(tab.minimumSizeHint().height() <= 500,
             qPrintable(QString::number(tab.minimumSizeHint().height())));
    QVERIFY2(tab.minimumSizeHint().width() <= 1216,
             qPrintable(QString::number(tab.minimumSizeHint().width())));
}

void TestUdpTab::receiverBindsAndAutoRepliesToHello()
{
    TrafficRecorder recorder;
    QSignalSpy recorded(&recorder, &TrafficRecorder::eventRecorded);
    UdpTab tab(&recorder);
    tab.resize(1216, 560);
    tab.show();

    child<QLineEdit>(&tab, "bindPortEdit")->setText(QStringLiteral("0"));
    QVERIFY(child<QCheckBox>(&tab, "autoReplyCheck")->isChecked());
    child<QPushButton>(&tab, "bindButton")->click();
    QVERIFY(tab.receiver()->isBound());
    const quint16 port = tab.receiver()->localPort();
    QVERIFY(port != 0);
    QVERIFY(child<QLabel>(&tab, "receiverStateLabel")->text().contains(QString::number(port)));
    QVERIFY(!child<QPushButton>(&tab, "bindButton")->isEnabled());
    QVERIFY(child<QPushButton>(&tab, "closeButton")->isEnabled());
    QVERIFY(child<ExplainPane>(&tab, "explainPane")
                ->pythonText()
                .contains(QStringLiteral("PORT = %1").arg(port)));
    QVERIFY(callsText(&tab).contains(QStringLiteral("bind")));
    // The Wireshark pane captures the port the kernel picked.
    const QString capture = child<QLineEdit>(&tab, "captureEdit")->text();
    QVERIFY2(capture.startsWith(QStringLiteral("udp"))
                 && capture.contains(QStringLiteral("port %1").arg(port)),
             qPrintable(capture));
    QVERIFY(child<WiresharkPane>(&tab, "wiresharkPane")
                ->filters()
                .displayFilter.contains(QStringLiteral("udp.port == %1").arg(port)));

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(peer.writeDatagram(QByteArray("hello\n"), QHostAddress::LocalHost, port), qint64(6));

    auto *view = child<QTreeView>(&tab, "datagramTree");
    QAbstractItemModel *tree = view->model();
    QTRY_COMPARE(tree->rowCount(), 1);
    QCOMPARE(tree->index(0, DataChunkModel::DataColumn).data().toString(), QStringLiteral("hello\\n"));
    QCOMPARE(tree->index(0, DataChunkModel::SizeColumn).data().toString(), QStringLiteral("6"));
    QVERIFY(tree->index(0, DataChunkModel::EndpointColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(":%1").arg(peer.localPort())));

    QCOMPARE(receiveOne(peer), QByteArray("Hello from UDP Receiver!"));
    QVERIFY(recorded.count() >= 2); // the hello and the reply
    QTRY_VERIFY(child<QLabel>(&tab, "countersLabel")
                    ->text()
                    .contains(QStringLiteral("Auto-replied — datagrams: 1,")));

    child<QComboBox>(&tab, "showAsCombo")->setCurrentIndex(1);
    QVERIFY(tree->index(0, DataChunkModel::DataColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("68 65 6c 6c 6f 0a")));

    child<QPushButton>(&tab, "closeButton")->click();
    QVERIFY(!tab.receiver()->isBound());
    QVERIFY(child<QPushButton>(&tab, "bindButton")->isEnabled());
}

void TestUdpTab::senderSendsAndShowsReply()
{
    TrafficRecorder recorder;
    QSignalSpy recorded(&recorder, &TrafficRecorder::eventRecorded);
    UdpTab tab(&recorder);

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    child<QLineEdit>(&tab, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QString::number(peer.localPort()));
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("hi\\x21"));
    child<QComboBox>(&tab, "lineEndingCombo")->setCurrentIndex(1);
    child<QPushButton>(&tab, "sendButton")->click();

    QHostAddress from;
    quint16 fromPort = 0;
    QCOMPARE(receiveOne(peer, &from, &fromPort), QByteArray("hi!\n"));
    QCOMPARE(fromPort, tab.sender()->localPort());
    QVERIFY(child<QLabel>(&tab, "senderStateLabel")->text().contains(QString::number(fromPort)));
    QVERIFY(child<QLabel>(&tab, "messageLabel")->isHidden());

    QCOMPARE(peer.writeDatagram(QByteArray("pong"), from, fromPort), qint64(4));
    auto *view = child<QTreeView>(&tab, "datagramTree");
    QAbstractItemModel *tree = view->model();
    QTRY_COMPARE(tree->rowCount(), 1);
    QCOMPARE(tree->index(0, DataChunkModel::LabelColumn).data().toString(), QStringLiteral("Sender"));
    QCOMPARE(tree->index(0, DataChunkModel::DataColumn).data().toString(), QStringLiteral("pong"));
    QVERIFY(recorded.count() >= 2);
    QVERIFY(callsText(&tab).contains(QStringLiteral("sendto")));
}

void TestUdpTab::replyToSelectedSender()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    child<QCheckBox>(&tab, "autoReplyCheck")->setChecked(false);
    child<QLineEdit>(&tab, "bindPortEdit")->setText(QStringLiteral("0"));
    child<QPushButton>(&tab, "bindButton")->click();
    QVERIFY(tab.receiver()->isBound());

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    peer.writeDatagram(QByteArray("hello"), QHostAddress::LocalHost, tab.receiver()->localPort());
    auto *view = child<QTreeView>(&tab, "datagramTree");
    QAbstractItemModel *tree = view->model();
    QTRY_COMPARE(tree->rowCount(), 1);
    auto *reply = child<QPushButton>(&tab, "replyButton");
    QVERIFY(!reply->isEnabled());
    QVERIFY(!peer.waitForReadyRead(100)); // auto-reply is off: no answer

    view->selectionModel()->select(tree->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(reply->isEnabled());
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("answer"));
    reply->click();
    QCOMPARE(receiveOne(peer), QByteArray("answer"));
}

void TestUdpTab::repeatSendsCountTimes()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QString::number(peer.localPort()));
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("tick"));
    child<QSpinBox>(&tab, "intervalSpin")->setValue(10);
    child<QSpinBox>(&tab, "countSpin")->setValue(3);
    QSignalSpy finished(tab.sender(), &UdpEngine::repeatFinished);
    child<QPushButton>(&tab, "repeatButton")->click();
    QVERIFY(child<QPushButton>(&tab, "stopButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&tab, "sendButton")->isEnabled());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), 3);
    QVERIFY(!child<QPushButton>(&tab, "stopButton")->isEnabled());
    QVERIFY(child<QPushButton>(&tab, "sendButton")->isEnabled());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(receiveOne(peer), QByteArray("tick"));
}

void TestUdpTab::badTargetPortIsExplained_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("above 65535 is too large") << QStringLiteral("70000") << QStringLiteral("65535");
    QTest::newRow("letters are not a port") << QStringLiteral("http") << QStringLiteral("\"http\"");
    QTest::newRow("zero cannot be a destination") << QStringLiteral("0") << QStringLiteral("Port 0");
    QTest::newRow("empty asks for a port") << QString() << QStringLiteral("1 to 65535");
    QTest::newRow("negative is not a port") << QStringLiteral("-5") << QStringLiteral("\"-5\"");
}

void TestUdpTab::badTargetPortIsExplained()
{
    QFETCH(QString, port);
    QFETCH(QString, mentions);
    TrafficRecorder recorder;
    QSignalSpy recorded(&recorder, &TrafficRecorder::eventRecorded);
    UdpTab tab(&recorder);
    child<QLineEdit>(&tab, "targetPortEdit")->setText(port);
    child<QPushButton>(&tab, "sendButton")->click();
    auto *label = child<QLabel>(&tab, "targetPortErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(!tab.sender()->isOpen());
    QCOMPARE(recorded.count(), 0);

    child<QLineEdit>(&tab, "targetPortEdit")->setText(QStringLiteral("9999"));
    QVERIFY(!label->isVisibleTo(&tab));
}

void TestUdpTab::badHostIsExplained_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty host asks for one")
        << QStringLiteral("  ") << QStringLiteral("Enter the target host");
    QTest::newRow("space inside names the position")
        << QStringLiteral("127.0.0. 1") << QStringLiteral("position 9");
}

void TestUdpTab::badHostIsExplained()
{
    QFETCH(QString, host);
    QFETCH(QString, mentions);
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    child<QLineEdit>(&tab, "hostEdit")->setText(host);
    child<QPushButton>(&tab, "sendButton")->click();
    auto *label = child<QLabel>(&tab, "hostErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));
    QVERIFY(!tab.sender()->isOpen());
}

void TestUdpTab::badHexPayloadNamesColumn()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    child<QComboBox>(&tab, "modeCombo")->setCurrentIndex(1);
    QVERIFY(!child<QComboBox>(&tab, "encodingCombo")->isEnabled());
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("48 6G"));
    auto *label = child<QLabel>(&tab, "payloadErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(QStringLiteral("column")), qPrintable(label->text()));
    child<QPushButton>(&tab, "sendButton")->click();
    QVERIFY(!tab.sender()->isOpen());
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("48 69"));
    QVERIFY(!label->isVisibleTo(&tab));
}

void TestUdpTab::invalidRuleIsExplained()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    auto *table = child<QTableWidget>(&tab, "rulesTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("hello"));
    child<QPushButton>(&tab, "addRuleButton")->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(tab.receiver()->autoReply().rules().size(), 2);

    auto *match = qobject_cast<QComboBox *>(table->cellWidget(1, 0));
    QVERIFY(match);
    match->setCurrentIndex(2); // regular expression
    table->item(1, 2)->setText(QStringLiteral("(unclosed"));
    auto *label = child<QLabel>(&tab, "rulesErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(QStringLiteral("Rule 2")), qPrintable(label->text()));

    table->item(1, 2)->setText(QStringLiteral("^p.ng$"));
    QVERIFY(!label->isVisibleTo(&tab));
    QCOMPARE(tab.receiver()->autoReply().rules().at(1).match, UdpReplyRule::Match::RegularExpression);
    QCOMPARE(tab.receiver()->autoReply().rules().at(1).pattern, QStringLiteral("^p.ng$"));
}

void TestUdpTab::anyAddressShowsWarning()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    auto *combo = child<QComboBox>(&tab, "bindAddressCombo");
    QCOMPARE(combo->currentText(), QStringLiteral("127.0.0.1"));
    auto *warning = child<QLabel>(&tab, "anyWarningLabel");
    QVERIFY(!warning->isVisibleTo(&tab));
    combo->setCurrentIndex(combo->count() - 1);
    QVERIFY(combo->currentText().startsWith(QStringLiteral("0.0.0.0")));
    QVERIFY(warning->isVisibleTo(&tab));
}

void TestUdpTab::bindFailureShowsEngineMessage()
{
    QUdpSocket occupant;
    QVERIFY(occupant.bind(QHostAddress::LocalHost, 0));
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    child<QLineEdit>(&tab, "bindPortEdit")->setText(QString::number(occupant.localPort()));
    child<QPushButton>(&tab, "bindButton")->click();
    QVERIFY(!tab.receiver()->isBound());
    auto *message = child<QLabel>(&tab, "messageLabel");
    QVERIFY(message->isVisibleTo(&tab));
    QVERIFY2(message->text().contains(QStringLiteral("EADDRINUSE")), qPrintable(message->text()));
    QCOMPARE(message->textFormat(), Qt::PlainText);
}

void TestUdpTab::languageChangeKeepsCodeTexts()
{
    TrafficRecorder recorder;
    UdpTab tab(&recorder);
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QStringLiteral("70000"));
    auto *combo = child<QComboBox>(&tab, "bindAddressCombo");
    const QString anyText = combo->itemText(combo->count() - 1);
    const QString lesson = child<QLabel>(&tab, "lessonLabel")->text();
    QVERIFY(!lesson.isEmpty());

    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&tab, &change);

    // retranslateUi() resets form texts; texts set from code must come back.
    QCOMPARE(combo->itemText(combo->count() - 1), anyText);
    QCOMPARE(child<QLabel>(&tab, "lessonLabel")->text(), lesson);
    QVERIFY(!child<QLabel>(&tab, "receiverStateLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>(&tab, "countersLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(&tab, "targetPortErrorLabel")->text().contains(QStringLiteral("65535")));
    QCOMPARE(
        qobject_cast<QComboBox *>(child<QTableWidget>(&tab, "rulesTable")->cellWidget(0, 0))->currentText(),
        QStringLiteral("Exact"));
}

QTEST_MAIN(TestUdpTab)
#include "tst_udptab.moc"
