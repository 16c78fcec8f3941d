// The window as a student meets it: tabs in the agreed order, the language
// switching at run time (and back), and choices remembered between runs.
#include "languagemanager.h"
#include "mainwindow.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tabsInOrder();
    void languageSwitchesAtRunTime();
    void rememberedBetweenRuns();

private:
    QStringList tabTexts(const MainWindow &window) const;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NetLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

QStringList TestMainWindow::tabTexts(const MainWindow &window) const
{
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QStringList texts;
    for (int i = 0; tabs && i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

void TestMainWindow::tabsInOrder()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    TrafficRecorder recorder;
    TrafficLogModel log;
    MainWindow window(&recorder, &log, &languages);
    QCOMPARE(tabTexts(window),
             // "&&" shows as one '&'; a single '&' would underline the next letter instead.
             QStringList({QStringLiteral("Host && IP"), QStringLiteral("Encoding"),
                          QStringLiteral("TCP Client"), QStringLiteral("TCP Server"), QStringLiteral("UDP"),
                          QStringLiteral("Broadcast"), QStringLiteral("Concurrency")}));
    QVERIFY(window.selectTab(QStringLiteral("udp")));
    QCOMPARE(window.currentTabId(), QStringLiteral("udp"));
    QVERIFY(!window.selectTab(QStringLiteral("no-such-tab")));
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    TrafficRecorder recorder;
    TrafficLogModel log;
    MainWindow window(&recorder, &log, &languages);
    window.show();
    auto *zh = window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    auto *en = window.findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    QVERIFY(zh && en);
    const auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("menuView"));
    QVERIFY(viewMenu);
    QCOMPARE(viewMenu->title(), QStringLiteral("&View"));

    zh->trigger();
    QCOMPARE(languages.current(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(tabTexts(window).at(0), QStringLiteral("主机与 IP"));
    QCOMPARE(tabTexts(window).at(3), QStringLiteral("TCP 服务器"));
    QCOMPARE(viewMenu->title(), QStringLiteral("视图(&V)"));
    QVERIFY(zh->isChecked());

    en->trigger();
    QTRY_COMPARE(tabTexts(window).at(0), QStringLiteral("Host && IP"));
    QCOMPARE(viewMenu->title(), QStringLiteral("&View"));
    QVERIFY(en->isChecked());
}

void TestMainWindow::rememberedBetweenRuns()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    TrafficRecorder recorder;
    TrafficLogModel log;
    {
        MainWindow window(&recorder, &log, &languages);
        window.show();
        window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
        window.selectTab(QStringLiteral("encoding"));
        window.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    MainWindow again(&recorder, &log, &languages);
    again.restoreSettings();
    QCOMPARE(again.currentTabId(), QStringLiteral("encoding"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
