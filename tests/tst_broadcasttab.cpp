// Smoke test of the Broadcast tab: the real widget and its engines, driven by
// clicking its buttons and reading what it shows, against independent
// QUdpSocket peers. Broadcasts go ONLY to 127.255.255.255 and multicast ONLY
// out of the loopback interface with TTL 0: nothing here leaves this machine.
// Other targets are only selected (to see the warning), never sent to.

#include "broadcasttab.h"
#include "datachunkmodel.h"
#include "explainpane.h"
#include "socketcallmodel.h"
#include "trafficrecorder.h"
#include "wiresharkpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUdpSocket>

namespace {

const QHostAddress LoopbackBroadcast(QStringLiteral("127.255.255.255"));

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QString loopbackName()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
            return iface.name();
    }
    return {};
}

// The row of the tab's list whose data column reads text, or -1.
int rowWithData(QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DataChunkModel::DataColumn).data().toString() == text)
            return row;
    }
    return -1;
}

// Starts the tab's receiver on a free port; returns it (0 on failure).
quint16 startOnFreePort(QWidget *tab)
{
    child<QLineEdit>(tab, "bindPortEdit")->setText(QStringLiteral("0"));
    child<QPushButton>(tab, "startButton")->click();
    return static_cast<BroadcastTab *>(tab)->receiver()->localPort();
}

// Whether the Explain pane lists a call of function whose arguments contain argument.
bool hasCall(ExplainPane *pane, const QString &function, const QString &argument = {})
{
    SocketCallModel *model = pane->callModel();
    model->flush();
    for (int row = 0; row < model->rowCount(); ++row) {
        const SocketCall call = model->call(row);
        if (call.function == function && call.arguments.contains(argument))
            return true;
    }
    return false;
}

} // namespace

class TestBroadcastTab : public QObject
{
    Q_OBJECT
private slots:
    void layoutFitsTabArea();
    void defaultsAreSafe();
    void receiverStartsOnAnyAddressAndFreePort();
    void tabSendsLoopbackBroadcastToItself();
    void independentPeerBroadcastArrives();
    void badPortIsExplained_data();
    void badPortIsExplained();
    void badGroupIsExplained_data();
    void badGroupIsExplained();
    void joinNeedsStartedReceiver();
    void badPayloadIsExplained();
    void nonLoopbackTargetWarns();
    void loopbackReceiverShowsNote();
    void multicastOnLoopbackReachesTab();
    void commandLineApiSendsTexts();
    void languageChangeKeepsCodeTexts();
};

void TestBroadcastTab::layoutFitsTabArea()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    QVERIFY2(tab.minimumSizeHint().height() <= 500,
             qPrintable(QString::number(tab.minimumSizeHint().height())));
    QVERIFY2(tab.minimumSizeHint().width() <= 1216,
             qPrintable(QString::number(tab.minimumSizeHint().width())));

    // At the tab area's size the controls fit side by side: no sideways scrolling.
    tab.resize(1216, 560);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *scroll = child<QScrollArea>(&tab, "controlsScroll");
    const int needed = child<QWidget>(&tab, "controlsWidget")->minimumSizeHint().width();
    QVERIFY2(needed <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(needed).arg(scroll->viewport()->width())));
}

void TestBroadcastTab::defaultsAreSafe()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    tab.show();
    auto *target = child<QComboBox>(&tab, "targetCombo");
    QCOMPARE(target->currentData().toString(), LoopbackBroadcast.toString());
    QVERIFY(!child<QLabel>(&tab, "targetWarningLabel")->isVisibleTo(&tab));
    QVERIFY(child<QLabel>(&tab, "usedInterfaceLabel")->text().contains(loopbackName()));
    QCOMPARE(child<QComboBox>(&tab, "receiverAddressCombo")->currentData().toString(),
             QStringLiteral("0.0.0.0"));
    QCOMPARE(child<QComboBox>(&tab, "interfaceCombo")->currentData().toString(), loopbackName());
    // Every target the engine knows is offered, 255.255.255.255 included.
    QVERIFY(target->findData(QStringLiteral("255.255.255.255")) >= 0);
    const QList<UdpBroadcastTarget> targets = UdpEngine::broadcastTargets();
    QCOMPARE(target->count(), int(targets.size()));
    // The several-interfaces warning names them exactly when there are several.
    QStringList carriers;
    for (const UdpBroadcastTarget &t : targets) {
        if (!t.interfaceName.isEmpty() && t.address != LoopbackBroadcast
            && !carriers.contains(t.interfaceName))
            carriers << t.interfaceName;
    }
    auto *several = child<QLabel>(&tab, "interfacesWarningLabel");
    QCOMPARE(several->isVisibleTo(&tab), carriers.size() > 1);
    for (const QString &name : std::as_const(carriers)) {
        if (carriers.size() > 1)
            QVERIFY2(several->text().contains(name), qPrintable(several->text()));
    }
}

void TestBroadcastTab::receiverStartsOnAnyAddressAndFreePort()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    const quint16 port = startOnFreePort(&tab);
    QVERIFY(tab.receiver()->isBound());
    QVERIFY(port != 0);
    QCOMPARE(tab.receiver()->localAddress(), QHostAddress(QHostAddress::AnyIPv4));
    const QString state = child<QLabel>(&tab, "receiverStateLabel")->text();
    QVERIFY2(state.contains(QStringLiteral("0.0.0.0:%1").arg(port)), qPrintable(state));
    QVERIFY(!child<QPushButton>(&tab, "startButton")->isEnabled());
    QVERIFY(child<QPushButton>(&tab, "stopReceiverButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&tab, "bindPortEdit")->isEnabled());
    auto *pane = child<ExplainPane>(&tab, "explainPane");
    QVERIFY(hasCall(pane, QStringLiteral("socket"), QStringLiteral("SOCK_DGRAM")));
    QVERIFY(hasCall(pane, QStringLiteral("setsockopt"), QStringLiteral("SO_BROADCAST")));
    QVERIFY(hasCall(pane, QStringLiteral("bind"), QStringLiteral("0.0.0.0:0")));
    QVERIFY2(pane->pythonText().contains(QString::number(port)), qPrintable(pane->pythonText()));
    // The Wireshark pane captures the bound port, on "any": the receiver hears every interface.
    const WiresharkFilterSet wireshark = child<WiresharkPane>(&tab, "wiresharkPane")->filters();
    QVERIFY2(wireshark.captureFilter.startsWith(QStringLiteral("udp"))
                 && wireshark.captureFilter.contains(QStringLiteral("port %1").arg(port)),
             qPrintable(wireshark.captureFilter));
    QCOMPARE(child<QLineEdit>(&tab, "captureEdit")->text(), wireshark.captureFilter);
    QCOMPARE(wireshark.interfaceName, QStringLiteral("any"));

    child<QPushButton>(&tab, "stopReceiverButton")->click();
    QVERIFY(!tab.receiver()->isBound());
    QVERIFY(child<QPushButton>(&tab, "startButton")->isEnabled());
}

void TestBroadcastTab::tabSendsLoopbackBroadcastToItself()
{
    TrafficRecorder recorder;
    QSignalSpy recorded(&recorder, &TrafficRecorder::eventRecorded);
    BroadcastTab tab(&recorder);
    const quint16 port = startOnFreePort(&tab);
    QVERIFY(port != 0);

    child<QLineEdit>(&tab, "targetPortEdit")->setText(QString::number(port));
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("hello, broadcast"));
    QSignalSpy sent(tab.sender(), &UdpEngine::datagramSent);
    child<QPushButton>(&tab, "sendButton")->click();
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).value<QHostAddress>(), LoopbackBroadcast);
    QVERIFY2(child<QLabel>(&tab, "messageLabel")->isHidden(),
             qPrintable(child<QLabel>(&tab, "messageLabel")->text()));

    QAbstractItemModel *list = child<QTreeView>(&tab, "datagramTree")->model();
    QTRY_COMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, DataChunkModel::DataColumn).data().toString(),
             QStringLiteral("hello, broadcast"));
    // The source is the sender socket's own port.
    const QString from = list->index(0, DataChunkModel::EndpointColumn).data().toString();
    QVERIFY2(from.endsWith(QStringLiteral(":%1").arg(tab.sender()->localPort())), qPrintable(from));
    const QString to = list->index(0, DataChunkModel::LabelColumn).data().toString();
    QVERIFY2(to.contains(QStringLiteral("127.255.255.255")), qPrintable(to));
    QVERIFY(recorded.count() >= 2); // sent and received
    for (const QList<QVariant> &event : std::as_const(recorded)) {
        QCOMPARE(event.first().value<TrafficEvent>().tab, QStringLiteral("broadcast"));
        QCOMPARE(event.first().value<TrafficEvent>().protocol, TrafficProtocol::Udp);
    }
    auto *pane = child<ExplainPane>(&tab, "explainPane");
    QVERIFY(hasCall(pane, QStringLiteral("sendto"), QStringLiteral("127.255.255.255")));
    QTRY_VERIFY(hasCall(pane, QStringLiteral("recvfrom")));
    QVERIFY2(pane->pythonText().contains(QStringLiteral("127.255.255.255")), qPrintable(pane->pythonText()));
    QVERIFY2(pane->cppQtText().contains(QString::number(port)), qPrintable(pane->cppQtText()));
    QVERIFY(child<QPushButton>(&tab, "clearButton")->isEnabled());
    QTRY_VERIFY(
        child<QLabel>(&tab, "countersLabel")->text().contains(QStringLiteral("Sent — datagrams: 1,")));

    // Bound to an interface address (the cure for 255.255.255.255 without a
    // default route), the sender's datagrams come from that address.
    auto *source = child<QComboBox>(&tab, "sourceCombo");
    source->setCurrentIndex(source->findData(QStringLiteral("127.0.0.1")));
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("bound"));
    child<QPushButton>(&tab, "sendButton")->click();
    QVERIFY(tab.sender()->isBound());
    QCOMPARE(tab.sender()->localAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(hasCall(pane, QStringLiteral("bind"), QStringLiteral("127.0.0.1")));
    QTRY_COMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(1, DataChunkModel::EndpointColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(tab.sender()->localPort()));
    QVERIFY(child<QLabel>(&tab, "senderStateLabel")->text().contains(QStringLiteral("127.0.0.1")));
}

void TestBroadcastTab::independentPeerBroadcastArrives()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    const quint16 port = startOnFreePort(&tab);
    QVERIFY(port != 0);

    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(peer.writeDatagram(QByteArray("from a peer"), LoopbackBroadcast, port), qint64(11));

    QAbstractItemModel *list = child<QTreeView>(&tab, "datagramTree")->model();
    QTRY_COMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, DataChunkModel::DataColumn).data().toString(), QStringLiteral("from a peer"));
    QCOMPARE(list->index(0, DataChunkModel::EndpointColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(peer.localPort()));
}

void TestBroadcastTab::badPortIsExplained_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("button");
    QTest::addColumn<QByteArray>("errorLabel");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("target above 65535 is too large")
        << QByteArray("targetPortEdit") << QByteArray("sendButton") << QByteArray("targetPortErrorLabel")
        << QStringLiteral("70000") << QStringLiteral("65535");
    QTest::newRow("target 0 cannot be a destination")
        << QByteArray("targetPortEdit") << QByteArray("sendButton") << QByteArray("targetPortErrorLabel")
        << QStringLiteral("0") << QStringLiteral("Port 0");
    QTest::newRow("target letters are not a port")
        << QByteArray("targetPortEdit") << QByteArray("sendButton") << QByteArray("targetPortErrorLabel")
        << QStringLiteral("http") << QStringLiteral("\"http\"");
    QTest::newRow("receiver letters are not a port")
        << QByteArray("bindPortEdit") << QByteArray("startButton") << QByteArray("bindPortErrorLabel")
        << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("receiver above 65535 is too large")
        << QByteArray("bindPortEdit") << QByteArray("startButton") << QByteArray("bindPortErrorLabel")
        << QStringLiteral("65536") << QStringLiteral("65535");
}

void TestBroadcastTab::badPortIsExplained()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, button);
    QFETCH(QByteArray, errorLabel);
    QFETCH(QString, port);
    QFETCH(QString, mentions);
    TrafficRecorder recorder;
    QSignalSpy recorded(&recorder, &TrafficRecorder::eventRecorded);
    BroadcastTab tab(&recorder);
    child<QLineEdit>(&tab, field.constData())->setText(port);
    child<QPushButton>(&tab, button.constData())->click();
    auto *label = child<QLabel>(&tab, errorLabel.constData());
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(!tab.sender()->isOpen());
    QVERIFY(!tab.receiver()->isOpen());
    QCOMPARE(recorded.count(), 0);

    child<QLineEdit>(&tab, field.constData())->setText(QStringLiteral("9999"));
    QVERIFY(!label->isVisibleTo(&tab));
}

void TestBroadcastTab::badGroupIsExplained_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unicast 10.0.0.1 is not multicast")
        << QStringLiteral("10.0.0.1") << QStringLiteral("not a multicast address");
    QTest::newRow("words are not an address") << QStringLiteral("my group") << QStringLiteral("\"my group\"");
    QTest::newRow("empty asks for a group") << QStringLiteral(" ") << QStringLiteral("239.1.2.3");
    QTest::newRow("IPv6 group is refused") << QStringLiteral("ff02::1") << QStringLiteral("IPv6");
}

void TestBroadcastTab::badGroupIsExplained()
{
    QFETCH(QString, group);
    QFETCH(QString, mentions);
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    QVERIFY(startOnFreePort(&tab) != 0);
    child<QLineEdit>(&tab, "groupEdit")->setText(group);
    child<QPushButton>(&tab, "joinButton")->click();
    auto *label = child<QLabel>(&tab, "groupErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(tab.receiver()->joinedGroups().isEmpty());

    // Sending to such a "group" is refused the same way, before any socket opens.
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QStringLiteral("9"));
    child<QPushButton>(&tab, "multicastSendButton")->click();
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY(!tab.sender()->isOpen());
}

void TestBroadcastTab::joinNeedsStartedReceiver()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    child<QPushButton>(&tab, "joinButton")->click();
    auto *label = child<QLabel>(&tab, "groupErrorLabel");
    QVERIFY(label->isVisibleTo(&tab));
    QVERIFY2(label->text().contains(QStringLiteral("Start the receiver")), qPrintable(label->text()));
}

void TestBroadcastTab::badPayloadIsExplained()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
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

void TestBroadcastTab::nonLoopbackTargetWarns()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    auto *target = child<QComboBox>(&tab, "targetCombo");
    auto *warning = child<QLabel>(&tab, "targetWarningLabel");
    QVERIFY(!warning->isVisibleTo(&tab));
    // Only selected, never sent: this test must not put anything on the network.
    target->setCurrentIndex(target->findData(QStringLiteral("255.255.255.255")));
    QVERIFY(warning->isVisibleTo(&tab));
    QVERIFY(warning->text().contains(QStringLiteral("leaves this computer")));
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    // Which interface carries it: the routing table's choice (or, without a
    // default route, that none can), found without sending anything.
    auto *used = child<QLabel>(&tab, "usedInterfaceLabel");
    QVERIFY2(used->text().contains(QStringLiteral("routing table"))
                 || used->text().contains(QStringLiteral("ENETUNREACH")),
             qPrintable(used->text()));
    auto *source = child<QComboBox>(&tab, "sourceCombo");
    source->setCurrentIndex(source->findData(QStringLiteral("127.0.0.1")));
    QVERIFY2(used->text().contains(QStringLiteral("bound to its address 127.0.0.1")),
             qPrintable(used->text()));
    QVERIFY2(used->text().contains(loopbackName()), qPrintable(used->text()));
    // A subnet broadcast leaves through its subnet's interface, bound or not.
    for (const UdpBroadcastTarget &subnet : UdpEngine::broadcastTargets()) {
        if (subnet.interfaceName.isEmpty() || subnet.address == LoopbackBroadcast)
            continue;
        target->setCurrentIndex(target->findData(subnet.address.toString()));
        QVERIFY(warning->isVisibleTo(&tab));
        QVERIFY2(used->text().contains(
                     QStringLiteral("%1, the interface of that subnet").arg(subnet.interfaceName)),
                 qPrintable(used->text()));
    }
    source->setCurrentIndex(0);
    QVERIFY(!tab.sender()->isOpen());

    // A target added from the command line is warned about too.
    tab.setSenderTarget(QHostAddress(QStringLiteral("10.1.2.255")), 7000);
    QCOMPARE(target->currentData().toString(), QStringLiteral("10.1.2.255"));
    QCOMPARE(child<QLineEdit>(&tab, "targetPortEdit")->text(), QStringLiteral("7000"));
    QVERIFY(warning->isVisibleTo(&tab));

    target->setCurrentIndex(target->findData(LoopbackBroadcast.toString()));
    QVERIFY(!warning->isVisibleTo(&tab));
    QVERIFY(!tab.sender()->isOpen());
}

void TestBroadcastTab::loopbackReceiverShowsNote()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    auto *note = child<QLabel>(&tab, "loopbackReceiverWarningLabel");
    QVERIFY(!note->isVisibleTo(&tab));
    auto *address = child<QComboBox>(&tab, "receiverAddressCombo");
    address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
    QVERIFY(note->isVisibleTo(&tab));
    QVERIFY(note->text().contains(QStringLiteral("0.0.0.0")));
}

void TestBroadcastTab::multicastOnLoopbackReachesTab()
{
    const QString lo = loopbackName();
    if (lo.isEmpty())
        QSKIP("no loopback interface");
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    const quint16 port = startOnFreePort(&tab);
    QVERIFY(port != 0);
    auto *interfaces = child<QComboBox>(&tab, "interfaceCombo");
    interfaces->setCurrentIndex(interfaces->findData(lo));
    QCOMPARE(interfaces->currentData().toString(), lo);
    child<QLineEdit>(&tab, "groupEdit")->setText(QStringLiteral("239.1.2.3"));
    child<QPushButton>(&tab, "joinButton")->click();
    if (tab.receiver()->joinedGroups().isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot join a group on %1 here: %2")
                             .arg(lo, tab.receiver()->lastError().message)));
    auto *groups = child<QListWidget>(&tab, "groupsList");
    QCOMPARE(groups->count(), 1);
    QVERIFY(groups->item(0)->text().contains(QStringLiteral("239.1.2.3")));
    QVERIFY(child<QPushButton>(&tab, "leaveButton")->isEnabled());

    // TTL 0 and IP_MULTICAST_IF = lo: the datagram cannot leave this machine.
    child<QSpinBox>(&tab, "ttlSpin")->setValue(0);
    child<QCheckBox>(&tab, "multicastLoopbackCheck")->setChecked(true);
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QString::number(port));
    child<QLineEdit>(&tab, "payloadEdit")->setText(QStringLiteral("to the group"));
    QSignalSpy sent(tab.sender(), &UdpEngine::datagramSent);
    child<QPushButton>(&tab, "multicastSendButton")->click();
    QCOMPARE(sent.count(), 1);
    QCOMPARE(tab.sender()->multicastTtl(), 0);
    QCOMPARE(tab.sender()->multicastInterface(), lo);

    QAbstractItemModel *list = child<QTreeView>(&tab, "datagramTree")->model();
    QTRY_VERIFY(rowWithData(list, QStringLiteral("to the group")) >= 0);
    const int row = rowWithData(list, QStringLiteral("to the group"));
    const QString to = list->index(row, DataChunkModel::LabelColumn).data().toString();
    QVERIFY2(to.contains(QStringLiteral("239.1.2.3")), qPrintable(to));
    auto *pane = child<ExplainPane>(&tab, "explainPane");
    QVERIFY(hasCall(pane, QStringLiteral("setsockopt"), QStringLiteral("IP_ADD_MEMBERSHIP")));
    QVERIFY2(pane->pythonText().contains(QStringLiteral("239.1.2.3")), qPrintable(pane->pythonText()));

    groups->setCurrentRow(0);
    child<QPushButton>(&tab, "leaveButton")->click();
    QVERIFY(tab.receiver()->joinedGroups().isEmpty());
    QCOMPARE(groups->count(), 0);
}

void TestBroadcastTab::commandLineApiSendsTexts()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    QUdpSocket peer;
    // The peer gets the loopback broadcast because it listens on all addresses.
    QVERIFY(peer.bind(QHostAddress::AnyIPv4, 0));
    QVERIFY(tab.startReceiver(0));
    QCOMPARE(tab.receiver()->localAddress(), QHostAddress(QHostAddress::AnyIPv4));

    tab.setSenderTarget(LoopbackBroadcast, peer.localPort());
    QSignalSpy sent(tab.sender(), &UdpEngine::datagramSent);
    tab.sendTexts({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    QCOMPARE(sent.count(), 1); // the first leaves at once, the rest follow like typing
    QCOMPARE(child<QLineEdit>(&tab, "payloadEdit")->text(), QStringLiteral("one"));
    QTRY_COMPARE(sent.count(), 3);
    QCOMPARE(tab.queuedTexts(), 0);
    QCOMPARE(child<QLineEdit>(&tab, "payloadEdit")->text(), QStringLiteral("three"));

    QStringList got;
    while (got.size() < 3 && (peer.hasPendingDatagrams() || peer.waitForReadyRead(5000)))
        got << QString::fromUtf8(peer.receiveDatagram().data());
    QCOMPARE(got, QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));

    // A receiver on a port that is taken: false, and the reason is shown.
    QUdpSocket occupant;
    QVERIFY(occupant.bind(QHostAddress::AnyIPv4, 0));
    BroadcastTab other(&recorder);
    QVERIFY(!other.startReceiver(occupant.localPort()));
    auto *message = child<QLabel>(&other, "messageLabel");
    QVERIFY(message->isVisibleTo(&other));
    QVERIFY2(message->text().contains(QStringLiteral("EADDRINUSE")), qPrintable(message->text()));
}

void TestBroadcastTab::languageChangeKeepsCodeTexts()
{
    TrafficRecorder recorder;
    BroadcastTab tab(&recorder);
    child<QLineEdit>(&tab, "targetPortEdit")->setText(QStringLiteral("70000"));
    child<QPushButton>(&tab, "joinButton")->click(); // receiver not started
    auto *target = child<QComboBox>(&tab, "targetCombo");
    const QString targetText = target->currentText();
    QVERIFY(targetText.contains(QStringLiteral("127.255.255.255")));
    const QString used = child<QLabel>(&tab, "usedInterfaceLabel")->text();
    QVERIFY(!used.isEmpty());

    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&tab, &change);

    QCOMPARE(target->currentText(), targetText);
    QCOMPARE(child<QLabel>(&tab, "usedInterfaceLabel")->text(), used);
    QVERIFY(!child<QLabel>(&tab, "receiverStateLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>(&tab, "senderStateLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>(&tab, "countersLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(&tab, "targetPortErrorLabel")->text().contains(QStringLiteral("65535")));
    QVERIFY(child<QLabel>(&tab, "groupErrorLabel")->text().contains(QStringLiteral("Start the receiver")));
    QVERIFY(
        child<QComboBox>(&tab, "receiverAddressCombo")->currentText().startsWith(QStringLiteral("0.0.0.0 ")));
}

QTEST_MAIN(TestBroadcastTab)
#include "tst_broadcasttab.moc"
