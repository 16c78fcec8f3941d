#include "hosttab.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

class TestHostTab : public QObject
{
    Q_OBJECT

private slots:
    void addressInspectorShowsClass_data();
    void addressInspectorShowsClass();
    void textsSurviveLanguageChange();
    void dataLabelsArePlainText();
    void loopbackInterfaceIsListed();
    void copyGivesWholeRows();
    void invalidNameIsExplainedAtOnce();
    void localhostLookupFillsTheTable();
    void portCheckFindsPortInUse();
    void serviceSearchByNumber();

private:
    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child widget %s", name);
        return widget;
    }
};

void TestHostTab::addressInspectorShowsClass_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("broadcast");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("error");

    QTest::newRow("the tutorial's LAN address with its /24") << "192.168.1.77/24"
                                                             << "Private (RFC 1918)"
                                                             << "192.168.1.255"
                                                             << "254"
                                                             << "";
    QTest::newRow("loopback without a prefix leaves the network rows empty") << "127.0.0.1"
                                                                             << "Loopback"
                                                                             << ""
                                                                             << ""
                                                                             << "";
    QTest::newRow("IPv6 count as a power of two, with no broadcast")
        << "2001:db8::/32"
        << "Documentation (examples only)"
        << "none: IPv6 has no broadcast (it uses multicast)"
        << "2^96 = 79228162514264337593543950336"
        << "";
    QTest::newRow("CGNAT") << "100.64.0.1"
                           << "Shared address space, carrier-grade NAT (RFC 6598)"
                           << ""
                           << ""
                           << "";
    QTest::newRow("bad part is explained and nothing else is shown")
        << "300.1.1.1"
        << ""
        << ""
        << ""
        << "'300' is not a number from 0 to 255 (part 1).";
}

void TestHostTab::addressInspectorShowsClass()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, broadcast);
    QFETCH(QString, count);
    QFETCH(QString, error);

    HostTab tab;
    auto *edit = child<QLineEdit>(tab, "addressEdit");
    QTest::keyClicks(edit, input);
    QCOMPARE(edit->text(), input);
    QCOMPARE(child<QLabel>(tab, "kindValue")->text(), kind);
    QCOMPARE(child<QLabel>(tab, "broadcastValue")->text(), broadcast);
    QCOMPARE(child<QLabel>(tab, "hostCountValue")->text(), count);
    QCOMPARE(child<QLabel>(tab, "addressError")->text(), error);
}

void TestHostTab::textsSurviveLanguageChange()
{
    HostTab tab;
    child<QLineEdit>(tab, "addressEdit")->setText(QStringLiteral("10.1.2.3/8"));
    child<QLineEdit>(tab, "hostEdit")->setText(QStringLiteral("bad host name!"));
    QTest::mouseClick(child<QPushButton>(tab, "lookupButton"), Qt::LeftButton);
    const QString status = child<QLabel>(tab, "lookupStatus")->text();
    QVERIFY(!status.isEmpty());

    // What a language switch sends to every widget. retranslateUi() alone
    // would leave the texts set from code empty or stale.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&tab, &event);

    QCOMPARE(child<QLabel>(tab, "kindValue")->text(), QStringLiteral("Private (RFC 1918)"));
    QCOMPARE(child<QLabel>(tab, "networkValue")->text(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(child<QLabel>(tab, "lookupStatus")->text(), status);
    QVERIFY(!child<QLabel>(tab, "wellKnownValue")->text().isEmpty());
    QVERIFY(child<QTreeWidget>(tab, "servicesTree")->topLevelItemCount() >= 7);
    QVERIFY(child<QTreeWidget>(tab, "interfacesTree")->topLevelItemCount() >= 1);
}

void TestHostTab::dataLabelsArePlainText()
{
    HostTab tab;
    const QList<QLabel *> labels = tab.findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *label : labels) {
        const QString name = label->objectName();
        const bool showsData = name.endsWith(QLatin1String("Value")) || name == QLatin1String("addressError")
            || name == QLatin1String("lookupStatus") || name == QLatin1String("checkResult")
            || name == QLatin1String("ownNameExplanation") || name == QLatin1String("servicesCount");
        if (!showsData)
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(name));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestHostTab::loopbackInterfaceIsListed()
{
    HostTab tab;
    auto *tree = child<QTreeWidget>(tab, "interfacesTree");
    QList<QTreeWidgetItem *> rows
        = tree->findItems(QStringLiteral("127.0.0.1"), Qt::MatchExactly | Qt::MatchRecursive, 3);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)->text(4), QStringLiteral("/8"));
    QCOMPARE(rows.at(0)->text(5), QStringLiteral("255.0.0.0"));
    QCOMPARE(rows.at(0)->text(7), QStringLiteral("Loopback"));
    QVERIFY(rows.at(0)->parent()->text(1).contains(QLatin1String("loopback")));
}

void TestHostTab::copyGivesWholeRows()
{
    HostTab tab;
    auto *tree = child<QTreeWidget>(tab, "interfacesTree");
    QList<QTreeWidgetItem *> rows
        = tree->findItems(QStringLiteral("127.0.0.1"), Qt::MatchExactly | Qt::MatchRecursive, 3);
    QCOMPARE(rows.size(), 1);
    tree->clearSelection();
    rows.at(0)->setSelected(true);
    QCOMPARE(tree->actions().size(), 1);
    tree->actions().at(0)->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied.split(u'\t').mid(3, 3),
             (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("/8"), QStringLiteral("255.0.0.0")}));
}

void TestHostTab::invalidNameIsExplainedAtOnce()
{
    HostTab tab;
    auto *button = child<QPushButton>(tab, "lookupButton");
    QVERIFY(!button->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(tab, "hostEdit"), QStringLiteral("bad host name!"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(child<QLabel>(tab, "lookupStatus")->text(),
             QStringLiteral("Spaces are not allowed in a host name (position 4)."));
    QVERIFY(!child<QPushButton>(tab, "cancelButton")->isEnabled());
}

void TestHostTab::localhostLookupFillsTheTable()
{
    HostTab tab;
    child<QLineEdit>(tab, "hostEdit")->setText(QStringLiteral("localhost"));
    QTest::mouseClick(child<QPushButton>(tab, "lookupButton"), Qt::LeftButton);
    auto *tree = child<QTreeWidget>(tab, "resultTree");
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 5000);
    const QString value = tree->topLevelItem(0)->text(3);
    QVERIFY2(value == QLatin1String("127.0.0.1") || value == QLatin1String("::1"), qPrintable(value));
    QVERIFY(child<QLabel>(tab, "lookupStatus")->text().contains(QLatin1String("for localhost")));
    QVERIFY(!child<QPushButton>(tab, "cancelButton")->isEnabled());
}

void TestHostTab::portCheckFindsPortInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));

    HostTab tab;
    QCOMPARE(child<QLineEdit>(tab, "checkAddressEdit")->text(), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(tab, "checkPortSpin")->setValue(holder.serverPort());
    QTest::mouseClick(child<QPushButton>(tab, "checkButton"), Qt::LeftButton);
    const QString result = child<QLabel>(tab, "checkResult")->text();
    QVERIFY2(result.contains(QStringLiteral("TCP port %1 on 127.0.0.1 is in use").arg(holder.serverPort())),
             qPrintable(result));

    child<QLineEdit>(tab, "checkAddressEdit")->setText(QStringLiteral("localhost"));
    QTest::mouseClick(child<QPushButton>(tab, "checkButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(tab, "checkResult")->text().contains(QLatin1String("is not an IP address")),
             qPrintable(child<QLabel>(tab, "checkResult")->text()));
}

void TestHostTab::serviceSearchByNumber()
{
    HostTab tab;
    auto *tree = child<QTreeWidget>(tab, "servicesTree");
    QTest::keyClicks(child<QLineEdit>(tab, "serviceSearchEdit"), QStringLiteral("443"));
    QStringList shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            shown += tree->topLevelItem(i)->text(0) + u'/' + tree->topLevelItem(i)->text(1);
    }
    QVERIFY(!shown.isEmpty());
    for (const QString &s : std::as_const(shown))
        QVERIFY2(s.startsWith(QLatin1String("443/")), qPrintable(s));
    QVERIFY(shown.contains(QLatin1String("443/tcp")));
}

QTEST_MAIN(TestHostTab)
#include "tst_hosttab.moc"
