// The Concurrency tab's widgets, driven as a student would: spin boxes set,
// buttons clicked, results read back from the labels and text views.
#include "concurrencytab.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestConcurrencyTab : public QObject
{
    Q_OBJECT

private slots:
    void threadsPageShowsResultAndLanes();
    void threadsCancelStopsEarly();
    void counterModes_data();
    void counterModes();
    void contentionDrawsArrows();
    void stepModeLosesExactlyOneUpdate();
    void stepModeWithLockLosesNone();
    void mapJobReachesFullProgress_data();
    void mapJobReachesFullProgress();
    void mapJobCancel();
    void mapInputsBadNumberIsExplained();
    void exportWritesChromeTrace();
    void languageChangeKeepsState();
    void timelinePaintsEveryLane();
    void nestedWaitIsDrawnOverTheHold();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child widget %s", name);
        return found;
    }
    static qint64 number(const QLabel *label)
    {
        QString digits = label->text();
        digits.remove(u',');
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok ? value : -1;
    }
    static void setMode(ConcurrencyTab &tab, CounterMode mode)
    {
        auto *combo = child<QComboBox>(&tab, "modeCombo");
        combo->setCurrentIndex(combo->findData(int(mode)));
        QCOMPARE(combo->currentData().toInt(), int(mode));
    }
    static void clickStep(ConcurrencyTab &tab, int thread)
    {
        QTest::mouseClick(child<QPushButton>(&tab, thread == 0 ? "stepAButton" : "stepBButton"),
                          Qt::LeftButton);
    }
};

void TestConcurrencyTab::threadsPageShowsResultAndLanes()
{
    ConcurrencyTab tab;
    tab.resize(1216, 560);
    tab.show();
    child<QSpinBox>(&tab, "workersSpin")->setValue(3);
    child<QComboBox>(&tab, "unitCombo")->setCurrentIndex(1); // 100 ms
    auto *start = child<QPushButton>(&tab, "startThreadsButton");
    auto *cancel = child<QPushButton>(&tab, "cancelThreadsButton");
    QVERIFY(start->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(tab.threadDemo()->isRunning());
    QVERIFY(!start->isEnabled());
    QVERIFY(cancel->isEnabled());
    auto *timeline = child<TimelineView>(&tab, "threadsTimeline");
    QVERIFY(timeline->isLive());

    QTRY_VERIFY_WITH_TIMEOUT(!tab.threadDemo()->isRunning(), 10000);
    const QString result = child<QPlainTextEdit>(&tab, "threadsResult")->toPlainText();
    QVERIFY2(result.startsWith(QLatin1String("All 3 thread")) && result.contains(QLatin1String("finished")),
             qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("worker 3: slept")), qPrintable(result));
    QVERIFY(start->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!timeline->isLive());
    QCOMPARE(timeline->laneCount(), 4); // main thread + 3 workers
    QVERIFY(timeline->spanCount() > 0);
}

void TestConcurrencyTab::threadsCancelStopsEarly()
{
    ConcurrencyTab tab;
    child<QSpinBox>(&tab, "workersSpin")->setValue(5);
    child<QComboBox>(&tab, "unitCombo")->setCurrentIndex(0); // 1 s: 5 s without cancel
    QTest::mouseClick(child<QPushButton>(&tab, "startThreadsButton"), Qt::LeftButton);
    QVERIFY(tab.threadDemo()->isRunning());
    QTest::mouseClick(child<QPushButton>(&tab, "cancelThreadsButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.threadDemo()->isRunning(), 10000);
    QVERIFY(
        child<QPlainTextEdit>(&tab, "threadsResult")->toPlainText().startsWith(QLatin1String("Cancelled")));
}

void TestConcurrencyTab::counterModes_data()
{
    QTest::addColumn<int>("modeNumber"); // a CounterMode
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("increments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("mustLose");
    QTest::newRow("QMutex 4x10000 counts all 40,000")
        << int(CounterMode::QtMutex) << 4 << 10000 << QStringLiteral("40,000") << false;
    QTest::newRow("atomic 4x10000 counts all 40,000")
        << int(CounterMode::Atomic) << 4 << 10000 << QStringLiteral("40,000") << false;
    QTest::newRow("no lock with 8 threads loses updates")
        << int(CounterMode::NoLock) << 8 << 100000 << QStringLiteral("800,000") << true;
}

void TestConcurrencyTab::counterModes()
{
    QFETCH(int, modeNumber);
    const auto mode = CounterMode(modeNumber);
    QFETCH(int, threads);
    QFETCH(int, increments);
    QFETCH(QString, expected);
    QFETCH(bool, mustLose);

    ConcurrencyTab tab;
    setMode(tab, mode);
    QCOMPARE(child<QLabel>(&tab, "modeExplanationLabel")->text(), LockDemo::modeExplanation(mode));
    child<QSpinBox>(&tab, "lockThreadsSpin")->setValue(threads);
    child<QSpinBox>(&tab, "incrementsSpin")->setValue(increments);
    auto *run = child<QPushButton>(&tab, "runCounterButton");
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.lockDemo()->isRunning(), 30000);
    QVERIFY(run->isEnabled());

    QCOMPARE(child<QLabel>(&tab, "expectedValue")->text(), expected);
    const qint64 actual = number(child<QLabel>(&tab, "actualValue"));
    const qint64 lost = number(child<QLabel>(&tab, "lostValue"));
    QVERIFY(actual >= 0 && lost >= 0);
    QCOMPARE(actual + lost, qint64(threads) * increments);
    if (mustLose) {
        QVERIFY2(lost > 0, qPrintable(child<QLabel>(&tab, "lostValue")->text()));
    } else {
        QCOMPARE(child<QLabel>(&tab, "actualValue")->text(), expected);
        QCOMPARE(child<QLabel>(&tab, "lostValue")->text(), QStringLiteral("0"));
    }
    QVERIFY(child<QLabel>(&tab, "nsValue")->text().endsWith(QLatin1String(" ns")));
}

void TestConcurrencyTab::contentionDrawsArrows()
{
    ConcurrencyTab tab;
    setMode(tab, CounterMode::QtMutex);
    child<QSpinBox>(&tab, "lockThreadsSpin")->setValue(3);
    QTest::mouseClick(child<QPushButton>(&tab, "contentionButton"), Qt::LeftButton);
    QVERIFY(tab.lockDemo()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!tab.lockDemo()->isRunning(), 20000);
    auto *timeline = child<TimelineView>(&tab, "locksTimeline");
    QCOMPARE(timeline->laneCount(), 3);
    QVERIFY(child<QLabel>(&tab, "lockRunLabel")->text().contains(QLatin1String("hand-overs")));

    child<QCheckBox>(&tab, "orderedCheck")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(&tab, "deadlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.lockDemo()->isRunning(), 15000);
    QCOMPARE(timeline->laneCount(), 2);
    QVERIFY(!child<QLabel>(&tab, "lockRunLabel")->text().isEmpty());
}

void TestConcurrencyTab::stepModeLosesExactlyOneUpdate()
{
    ConcurrencyTab tab;
    QVERIFY(!child<QCheckBox>(&tab, "stepLockCheck")->isChecked());
    // A reads, B reads, A adds and writes, B adds and writes: B's write hides A's.
    for (const int thread : {0, 1, 0, 0, 1, 1})
        clickStep(tab, thread);
    QCOMPARE(child<QLabel>(&tab, "counterValue")->text(), QStringLiteral("1"));
    const QString verdict = child<QLabel>(&tab, "stepVerdict")->text();
    QVERIFY2(verdict.contains(QLatin1String("An update was lost")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QLatin1String("but the counter is only 1.")), qPrintable(verdict));
    auto *history = child<QListWidget>(&tab, "historyList");
    QCOMPARE(history->count(), 6);
    QVERIFY(history->item(5)->text().contains(QLatin1String("lost")));
    QVERIFY(!child<QPushButton>(&tab, "stepAButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&tab, "stepBButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&tab, "stepResetButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&tab, "counterValue")->text(), QStringLiteral("0"));
    QCOMPARE(history->count(), 0);
    QVERIFY(child<QLabel>(&tab, "stepVerdict")->text().isEmpty());
}

void TestConcurrencyTab::stepModeWithLockLosesNone()
{
    ConcurrencyTab tab;
    child<QCheckBox>(&tab, "stepLockCheck")->setChecked(true);
    auto *stepB = child<QPushButton>(&tab, "stepBButton");
    clickStep(tab, 0); // A takes the lock
    QVERIFY2(!stepB->isEnabled(), "B must wait while A holds the lock");
    QVERIFY(child<QLabel>(&tab, "threadBLocal")->text().contains(QLatin1String("waits")));
    // The same interleaving as the lost update, as far as the lock lets it.
    for (const int thread : {0, 0, 0, 0})
        clickStep(tab, thread);
    for (int i = 0; i < 5; ++i)
        clickStep(tab, 1);
    QCOMPARE(child<QLabel>(&tab, "counterValue")->text(), QStringLiteral("2"));
    const QString verdict = child<QLabel>(&tab, "stepVerdict")->text();
    QVERIFY2(verdict.startsWith(QLatin1String("No update was lost")), qPrintable(verdict));
}

void TestConcurrencyTab::mapJobReachesFullProgress_data()
{
    QTest::addColumn<bool>("processes");
    QTest::newRow("pool threads") << false;
    QTest::newRow("worker processes") << true;
}

void TestConcurrencyTab::mapJobReachesFullProgress()
{
    QFETCH(bool, processes);
    ConcurrencyTab tab;
    tab.mapProcessJob()->setProgram(QStringLiteral(MAP_WORKER_HELPER), {});
    child<QLineEdit>(&tab, "inputsEdit")->setText(QStringLiteral("1000, 20000, 300000, 4000000"));
    child<QSpinBox>(&tab, "poolSpin")->setValue(2);
    child<QCheckBox>(&tab, "processCheck")->setChecked(processes);
    auto *progress = child<QProgressBar>(&tab, "mapProgress");
    QTest::mouseClick(child<QPushButton>(&tab, "startMapButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(&tab, "cancelMapButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 100, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.mapJob()->isRunning() && !tab.mapProcessJob()->isRunning(), 10000);
    const QString output = child<QPlainTextEdit>(&tab, "mapOutput")->toPlainText();
    const QString list = QLatin1String("Results: [")
        + QStringList{MapJob::closedForm(1000).toString(), MapJob::closedForm(20000).toString(),
                      MapJob::closedForm(300000).toString(), MapJob::closedForm(4000000).toString()}
              .join(QLatin1String(", "))
        + QLatin1String("]\nDuration ");
    QVERIFY2(output.startsWith(list), qPrintable(output));
    QCOMPARE(output.contains(QLatin1String("worker process")), processes);
    QCOMPARE(child<TimelineView>(&tab, "mapTimeline")->laneCount() > 0, true);
}

void TestConcurrencyTab::mapJobCancel()
{
    ConcurrencyTab tab;
    // Eight items of 10^9 would take many seconds each.
    child<QLineEdit>(&tab, "inputsEdit")
        ->setText(QStringLiteral("1000000000, 1000000000, 1000000000, 1000000000"));
    child<QSpinBox>(&tab, "poolSpin")->setValue(1);
    QTest::mouseClick(child<QPushButton>(&tab, "startMapButton"), Qt::LeftButton);
    QVERIFY(tab.mapJob()->isRunning());
    QTest::mouseClick(child<QPushButton>(&tab, "cancelMapButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.mapJob()->isRunning(), 10000);
    const QString output = child<QPlainTextEdit>(&tab, "mapOutput")->toPlainText();
    QVERIFY2(output.startsWith(QLatin1String("Results: [None, None, None, None]")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("Cancelled")));
    QVERIFY(child<QPushButton>(&tab, "startMapButton")->isEnabled());
}

void TestConcurrencyTab::mapInputsBadNumberIsExplained()
{
    ConcurrencyTab tab;
    tab.show();
    child<QLineEdit>(&tab, "inputsEdit")->setText(QStringLiteral("1000, 12x4"));
    QTest::mouseClick(child<QPushButton>(&tab, "startMapButton"), Qt::LeftButton);
    QVERIFY(!tab.mapJob()->isRunning());
    auto *error = child<QLabel>(&tab, "inputsError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("number 2 ('12x4')")), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
}

void TestConcurrencyTab::exportWritesChromeTrace()
{
    ConcurrencyTab tab;
    child<QSpinBox>(&tab, "workersSpin")->setValue(2);
    child<QComboBox>(&tab, "unitCombo")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&tab, "startThreadsButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.threadDemo()->isRunning(), 10000);
    for (const int thread : {0, 1})
        clickStep(tab, thread);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto page : {ConcurrencyTab::ThreadsPage, ConcurrencyTab::StepPage}) {
        const QString path = dir.filePath(QStringLiteral("trace%1.json").arg(int(page)));
        QString error;
        QVERIFY2(tab.exportTrace(page, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray events = doc.object().value(QLatin1String("traceEvents")).toArray();
        int spans = 0;
        for (const QJsonValue &event : events)
            spans += event.toObject().value(QLatin1String("ph")).toString() == u"X" ? 1 : 0;
        QVERIFY2(spans >= 2, qPrintable(path));
    }
    QString error;
    QVERIFY(!tab.exportTrace(ConcurrencyTab::ThreadsPage, dir.filePath(QStringLiteral("no/such/dir/t.json")),
                             &error));
    QVERIFY(error.contains(QLatin1String("Could not write")));
}

void TestConcurrencyTab::languageChangeKeepsState()
{
    ConcurrencyTab tab;
    for (const int thread : {0, 1, 0, 0})
        clickStep(tab, thread);
    setMode(tab, CounterMode::Atomic);
    child<QSpinBox>(&tab, "lockThreadsSpin")->setValue(2);
    child<QSpinBox>(&tab, "incrementsSpin")->setValue(1000);
    QTest::mouseClick(child<QPushButton>(&tab, "runCounterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.lockDemo()->isRunning(), 10000);

    const QStringList historyBefore = [&tab] {
        QStringList texts;
        auto *list = child<QListWidget>(&tab, "historyList");
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    }();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&tab, &change);

    QCOMPARE(child<QLabel>(&tab, "counterValue")->text(), QStringLiteral("1"));
    auto *list = child<QListWidget>(&tab, "historyList");
    QCOMPARE(list->count(), historyBefore.size());
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->text(), historyBefore.at(i));
    QCOMPARE(child<QComboBox>(&tab, "modeCombo")->currentData().toInt(), int(CounterMode::Atomic));
    QCOMPARE(child<QComboBox>(&tab, "modeCombo")->count(), 4);
    QCOMPARE(child<QLabel>(&tab, "actualValue")->text(), QStringLiteral("2,000"));
    QCOMPARE(child<QLabel>(&tab, "modeExplanationLabel")->text(),
             LockDemo::modeExplanation(CounterMode::Atomic));
    QVERIFY(child<QPushButton>(&tab, "stepBButton")->isEnabled());
    QCOMPARE(child<QPushButton>(&tab, "startThreadsButton")->text(), QStringLiteral("&Start"));
}

void TestConcurrencyTab::timelinePaintsEveryLane()
{
    TraceRecorder recorder;
    TraceLane *lanes[3]
        = {recorder.addLane(TraceLaneRole::Main, 1), recorder.addLane(TraceLaneRole::Worker, 1),
           recorder.addLane(TraceLaneRole::Worker, 2)};
    const quint64 flow = recorder.newFlowId();
    lanes[0]->record(TraceState::Running, "start", "test", 0, 1000000);
    lanes[1]->record(TraceState::Sleeping, "sleep", "test", 1000000, 5000000, 1, flow);
    lanes[2]->record(TraceState::HoldingLock, "hold", "test", 2000000, 9000000);
    lanes[0]->record(TraceState::Joining, "join", "test", 1000000, 6000000, 1, 0, flow);
    // Many tiny spans on one lane: painted merged, still inside the band.
    for (int i = 0; i < TimelineView::MaxSpansPerLane + 500; ++i)
        lanes[2]->record(TraceState::WaitingForLock, "w", "test", 9000000 + i * 100, 9000000 + i * 100 + 50);

    TimelineView view;
    view.setRecorder(&recorder);
    QCOMPARE(view.laneCount(), 3);
    QCOMPARE(view.spanCount(), qint64(4 + TimelineView::MaxSpansPerLane + 500));
    view.resize(700, view.minimumSizeHint().height());
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.render(&image);

    const QRgb background = view.palette().color(QPalette::AlternateBase).rgb();
    for (int lane = 0; lane < 3; ++lane) {
        const QRect band = view.laneRect(lane);
        QVERIFY(image.rect().contains(band));
        int painted = 0;
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = band.left(); x <= band.right(); ++x)
                painted += image.pixel(x, y) != background ? 1 : 0;
        }
        QVERIFY2(painted > 100, qPrintable(QStringLiteral("lane %1: %2 pixels").arg(lane).arg(painted)));
    }
    // The lanes do not overlap.
    QVERIFY(view.laneRect(0).bottom() < view.laneRect(1).top());

    view.setRecorder(nullptr);
    QCOMPARE(view.laneCount(), 0);
}

// The deadlock demo: a thread holds lock 1 for the whole run and waits for
// lock 2 during its second half. The wait must be visible, not hidden under
// the longer "holding" span recorded after it.
void TestConcurrencyTab::nestedWaitIsDrawnOverTheHold()
{
    TraceRecorder recorder;
    TraceLane *lane = recorder.addLane(TraceLaneRole::Thread, 1);
    lane->record(TraceState::WaitingForLock, "lock 2", "test", 50000000, 100000000);
    lane->record(TraceState::HoldingLock, "lock 1", "test", 0, 100000000);
    TimelineView view;
    view.setRecorder(&recorder);
    view.resize(700, view.minimumSizeHint().height());
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.render(&image);
    const QRect band = view.laneRect(0);
    const int y = band.center().y();
    const QColor early = image.pixelColor(band.left() + band.width() / 4, y);
    const QColor late = image.pixelColor(band.left() + band.width() * 3 / 4, y);
    QVERIFY2(early.red() > 200 && early.green() > 100, qPrintable(early.name())); // orange: holding
    QVERIFY2(late.red() > 200 && late.green() < 100, qPrintable(late.name())); // red: waiting
}

QTEST_MAIN(TestConcurrencyTab)
#include "tst_concurrencytab.moc"
