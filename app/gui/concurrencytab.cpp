#include "concurrencytab.h"

#include "timelineview.h"

#include "ui_concurrencytab.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QListWidgetItem>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr int UnitMs[] = {1000, 100}; // the unit combo's items, in order
constexpr CounterMode Modes[]
    = {CounterMode::NoLock, CounterMode::QtMutex, CounterMode::StdMutex, CounterMode::Atomic};
constexpr qint64 StepNs = 1000000; // one step-mode step is drawn as 1 ms in the export

// Counts with thousands separators in every language ("40,000"): the C
// locale the tests and many terminals run in would print none.
QString count(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

QString ms(qint64 ns, int decimals = 1)
{
    return QString::number(double(ns) / 1e6, 'f', decimals);
}

QList<StepRace::Step> stepSequence(bool locked)
{
    if (locked) {
        return {StepRace::Step::Lock, StepRace::Step::Read, StepRace::Step::Add, StepRace::Step::Write,
                StepRace::Step::Unlock};
    }
    return {StepRace::Step::Read, StepRace::Step::Add, StepRace::Step::Write};
}

const char *stepId(StepRace::Step step)
{
    switch (step) {
    case StepRace::Step::Lock: return "lock";
    case StepRace::Step::Read: return "read";
    case StepRace::Step::Add: return "add";
    case StepRace::Step::Write: return "write";
    case StepRace::Step::Unlock: return "unlock";
    case StepRace::Step::Done: return "done";
    }
    return "step";
}

} // namespace

// Two horizontal bars: the 1-thread time and the N-thread time of the same
// map job, and the speedup between them. Painted, not a chart library: two
// bars need no more. Texts are built at paint time (language changes).
class SpeedupChart final : public QWidget
{
public:
    explicit SpeedupChart(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumHeight(100);
    }

    void setTimes(qint64 oneNs, qint64 manyNs, int workers)
    {
        m_oneNs = oneNs;
        m_manyNs = manyNs;
        m_workers = workers;
        update();
    }
    void clearTimes() { setTimes(0, 0, 0); }
    bool hasTimes() const { return m_oneNs > 0 && m_manyNs > 0; }

protected:
    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::LanguageChange)
            update();
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QFontMetrics metrics = fontMetrics();
        painter.setPen(palette().color(QPalette::Text));
        if (!hasTimes()) {
            painter.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             QCoreApplication::translate("ConcurrencyTab",
                                                         "Compare 1 vs N threads draws the speedup here."));
            return;
        }
        const QString title = QCoreApplication::translate("ConcurrencyTab", "Speedup with %n thread(s): %1×",
                                                          nullptr, m_workers)
                                  .arg(MapJob::speedup(m_oneNs, m_manyNs), 0, 'f', 2);
        painter.drawText(4, metrics.ascent() + 2, title);
        const QString labels[2]
            = {QCoreApplication::translate("ConcurrencyTab", "%n thread(s)", nullptr, 1),
               QCoreApplication::translate("ConcurrencyTab", "%n thread(s)", nullptr, m_workers)};
        const qint64 times[2] = {m_oneNs, m_manyNs};
        const int labelWidth
            = std::max(metrics.horizontalAdvance(labels[0]), metrics.horizontalAdvance(labels[1])) + 8;
        const int barTop = metrics.height() + 8;
        const int barHeight = std::max(12, (height() - barTop - 8) / 2 - 4);
        const int valueWidth = metrics.horizontalAdvance(QStringLiteral("000.000 s")) + 8;
        const int available = std::max(10, width() - labelWidth - valueWidth - 8);
        const qint64 longest = std::max(m_oneNs, m_manyNs);
        const QColor colors[2] = {QColor(0x90, 0xa4, 0xae), QColor(0x43, 0xa0, 0x47)};
        for (int i = 0; i < 2; ++i) {
            const int y = barTop + i * (barHeight + 6);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(4, y + (barHeight + metrics.ascent() - metrics.descent()) / 2, labels[i]);
            const int w = std::max(2, int(double(available) * double(times[i]) / double(longest)));
            painter.fillRect(QRect(labelWidth, y, w, barHeight), colors[i]);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(labelWidth + w + 6, y + (barHeight + metrics.ascent() - metrics.descent()) / 2,
                             QCoreApplication::translate("ConcurrencyTab", "%1 s", "seconds")
                                 .arg(double(times[i]) / 1e9, 0, 'f', 3));
        }
    }

private:
    qint64 m_oneNs = 0;
    qint64 m_manyNs = 0;
    int m_workers = 0;
};

ConcurrencyTab::ConcurrencyTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConcurrencyTab>())
    , m_threadDemo(new ThreadDemo(this))
    , m_lockDemo(new LockDemo(this))
    , m_mapJob(new MapJob(this))
    , m_processJob(new MapProcessJob(this))
{
    m_ui->setupUi(this);
    m_chart = new SpeedupChart(m_ui->chartHolder);
    m_ui->chartLayout->addWidget(m_chart);

    // The timelines get most of the width; the texts beside them stay readable.
    m_ui->threadsSplitter->setStretchFactor(0, 3);
    m_ui->threadsSplitter->setStretchFactor(1, 1);
    m_ui->threadsSplitter->setSizes({760, 420});
    m_ui->locksSplitter->setSizes({260, 240});
    m_ui->mapSplitter->setSizes({760, 400});
    m_ui->stepSplitter->setSizes({300, 500, 300});
    // Word-wrapped labels in a splitter get no height of their own: keep room
    // for the lost-update sentence, which is the point of the page.
    m_ui->stepVerdict->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_ui->threadsTimeline->setRecorder(m_threadDemo->recorder());
    m_ui->locksTimeline->setRecorder(m_lockDemo->recorder());
    m_ui->mapTimeline->setRecorder(m_mapJob->recorder());

    m_ui->workersSpin->setRange(1, ThreadDemo::MaxWorkers);
    m_ui->lockThreadsSpin->setRange(1, LockDemo::MaxThreads);
    m_ui->poolSpin->setRange(1, MapJob::maxWorkers());
    m_ui->poolSpin->setValue(std::min(2, MapJob::maxWorkers()));
    QStringList inputs;
    for (const quint64 n : MapJob::defaultInputs())
        inputs << QString::number(n);
    m_ui->inputsEdit->setText(inputs.join(QLatin1String(", ")));
    m_ui->inputsError->hide();
    m_ui->mapProgress->setRange(0, 100);
    m_ui->mapProgress->setValue(0);
    fillModes();
    m_ui->modeCombo->setCurrentIndex(1); // QMutex: the lesson's answer comes first

    // Threads
    connect(m_ui->startThreadsButton, &QPushButton::clicked, this, &ConcurrencyTab::startThreads);
    connect(m_ui->cancelThreadsButton, &QPushButton::clicked, this, &ConcurrencyTab::cancelThreads);
    connect(m_threadDemo, &ThreadDemo::finished, this, &ConcurrencyTab::threadsFinished);
    connect(m_ui->exportThreadsButton, &QPushButton::clicked, this,
            [this] { exportCurrentPage(ThreadsPage); });

    // Locks
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &ConcurrencyTab::showModeExplanation);
    connect(m_ui->runCounterButton, &QPushButton::clicked, this, &ConcurrencyTab::runCounter);
    connect(m_ui->contentionButton, &QPushButton::clicked, this, &ConcurrencyTab::runContention);
    connect(m_ui->deadlockButton, &QPushButton::clicked, this, &ConcurrencyTab::runDeadlock);
    connect(m_ui->cancelLocksButton, &QPushButton::clicked, m_lockDemo, &LockDemo::cancel);
    connect(m_lockDemo, &LockDemo::counterFinished, this, &ConcurrencyTab::counterFinished);
    connect(m_lockDemo, &LockDemo::contentionFinished, this, &ConcurrencyTab::contentionFinished);
    connect(m_lockDemo, &LockDemo::deadlockFinished, this, &ConcurrencyTab::deadlockFinished);
    connect(m_ui->exportLocksButton, &QPushButton::clicked, this, [this] { exportCurrentPage(LocksPage); });

    // Step mode
    connect(m_ui->stepAButton, &QPushButton::clicked, this, [this] { stepThread(0); });
    connect(m_ui->stepBButton, &QPushButton::clicked, this, [this] { stepThread(1); });
    connect(m_ui->stepLockCheck, &QCheckBox::toggled, this, &ConcurrencyTab::resetSteps);
    connect(m_ui->stepResetButton, &QPushButton::clicked, this, &ConcurrencyTab::resetSteps);
    connect(m_ui->exportStepButton, &QPushButton::clicked, this, [this] { exportCurrentPage(StepPage); });

    // Map jobs
    connect(m_ui->startMapButton, &QPushButton::clicked, this, &ConcurrencyTab::startMap);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &ConcurrencyTab::startCompare);
    connect(m_ui->cancelMapButton, &QPushButton::clicked, this, &ConcurrencyTab::cancelMap);
    connect(m_mapJob, &MapJob::progressChanged, this, &ConcurrencyTab::mapProgress);
    connect(m_processJob, &MapProcessJob::progressChanged, this, &ConcurrencyTab::mapProgress);
    connect(m_mapJob, &MapJob::finished, this, &ConcurrencyTab::mapFinished);
    connect(m_processJob, &MapProcessJob::finished, this, &ConcurrencyTab::mapFinished);
    connect(m_ui->processCheck, &QCheckBox::toggled, this, [this](bool processes) {
        m_ui->mapTimeline->setRecorder(processes ? m_processJob->recorder() : m_mapJob->recorder());
        updateWidgets();
    });
    connect(m_ui->inputsEdit, &QLineEdit::textEdited, m_ui->inputsError, &QWidget::hide);
    connect(m_ui->exportMapButton, &QPushButton::clicked, this, [this] { exportCurrentPage(MapPage); });

    resetSteps();
    retranslateCode();
    updateWidgets();
}

// The engines' destructors cancel and join their threads; the form goes last.
ConcurrencyTab::~ConcurrencyTab() = default;

void ConcurrencyTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
}

void ConcurrencyTab::retranslateCode()
{
    fillModes();
    showModeExplanation();
    showThreadsResult();
    showCounterResult();
    showLockRunText();
    // The step history is text made by StepRace as it went: replay the
    // clicks so it is made again in the new language.
    const QList<int> taken = m_stepsTaken;
    m_race = StepRace(m_race.isLocked());
    for (const int thread : taken)
        m_race.step(thread);
    showSteps();
    showMapOutput();
}

void ConcurrencyTab::updateWidgets()
{
    const bool threadsRunning = m_threadDemo->isRunning();
    m_ui->startThreadsButton->setEnabled(!threadsRunning);
    m_ui->cancelThreadsButton->setEnabled(threadsRunning);
    m_ui->workersSpin->setEnabled(!threadsRunning);
    m_ui->unitCombo->setEnabled(!threadsRunning);

    const bool locksRunning = m_lockDemo->isRunning();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->runCounterButton), static_cast<QWidget *>(m_ui->contentionButton),
          static_cast<QWidget *>(m_ui->deadlockButton), static_cast<QWidget *>(m_ui->lockThreadsSpin),
          static_cast<QWidget *>(m_ui->incrementsSpin), static_cast<QWidget *>(m_ui->modeCombo),
          static_cast<QWidget *>(m_ui->orderedCheck)}) {
        widget->setEnabled(!locksRunning);
    }
    // The deadlock run ends by its own timeout; only counter and contention runs stop early.
    m_ui->cancelLocksButton->setEnabled(locksRunning && !m_lastLockRunWasDeadlock);

    m_ui->stepAButton->setEnabled(m_race.canStep(0));
    m_ui->stepBButton->setEnabled(m_race.canStep(1));

    const bool mapRunning = m_mapJob->isRunning() || m_processJob->isRunning();
    m_ui->startMapButton->setEnabled(!mapRunning);
    m_ui->compareButton->setEnabled(!mapRunning);
    m_ui->cancelMapButton->setEnabled(mapRunning);
    m_ui->inputsEdit->setEnabled(!mapRunning);
    m_ui->poolSpin->setEnabled(!mapRunning);
    m_ui->processCheck->setEnabled(!mapRunning);
}

void ConcurrencyTab::showMessageFor(Page page, const QString &text)
{
    switch (page) {
    case ThreadsPage: m_ui->threadsResult->setPlainText(text); break;
    case LocksPage: m_ui->lockRunLabel->setText(text); break;
    case StepPage: m_ui->stepVerdict->setText(text); break;
    case MapPage:
        m_ui->inputsError->setText(text);
        m_ui->inputsError->setVisible(!text.isEmpty());
        break;
    }
}

// --- Threads -------------------------------------------------------------

void ConcurrencyTab::startThreads()
{
    ThreadDemoSettings settings;
    settings.workers = m_ui->workersSpin->value();
    settings.unitMs = UnitMs[std::clamp(m_ui->unitCombo->currentIndex(), 0, 1)];
    if (!m_threadDemo->start(settings)) {
        showMessageFor(ThreadsPage, m_threadDemo->lastError());
        return;
    }
    m_threadsResult.reset();
    m_joinEndNs.clear();
    m_ui->threadsResult->setPlainText(tr(
        "Running: %n worker(s) sleeping; the main thread joins them in order.", nullptr, settings.workers));
    m_ui->threadsTimeline->startLive();
    updateWidgets();
}

void ConcurrencyTab::cancelThreads()
{
    m_threadDemo->cancel();
}

void ConcurrencyTab::threadsFinished(const ThreadDemoResult &result)
{
    m_ui->threadsTimeline->stopLive();
    m_threadsResult = result;
    // When each join() returned is on the main lane of the trace.
    m_joinEndNs = QList<qint64>(result.workers, -1);
    for (const TraceEvent &event : m_threadDemo->recorder()->snapshot()) {
        if (event.state == TraceState::Joining && event.arg >= 1 && event.arg <= result.workers)
            m_joinEndNs[event.arg - 1] = event.endNs;
    }
    showThreadsResult();
    updateWidgets();
}

void ConcurrencyTab::showThreadsResult()
{
    if (!m_threadsResult) {
        if (!m_threadDemo->isRunning())
            m_ui->threadsResult->clear();
        return;
    }
    const ThreadDemoResult &result = *m_threadsResult;
    QStringList lines;
    if (result.cancelled)
        lines << tr("Cancelled: the sleeping workers were woken early and joined.");
    else
        lines << tr("All %n thread(s) finished and were joined after %1 ms.", nullptr, result.workers)
                     .arg(ms(result.elapsedNs, 0));
    for (int i = 0; i < result.sleptNs.size(); ++i) {
        const qint64 joined = i < m_joinEndNs.size() ? m_joinEndNs.at(i) : -1;
        lines << tr("worker %1: slept %2 ms, joined at %3 ms")
                     .arg(i + 1)
                     .arg(ms(result.sleptNs.at(i)))
                     .arg(joined >= 0 ? ms(joined) : QStringLiteral("?"));
    }
    if (!result.cancelled) {
        const qint64 serialMs = qint64(result.workers) * (result.workers + 1) / 2 * result.unitMs;
        lines << tr("One after the other, the same sleeps would take %1 ms.").arg(serialMs);
    }
    m_ui->threadsResult->setPlainText(lines.join(u'\n'));
}

// --- Locks ---------------------------------------------------------------

void ConcurrencyTab::fillModes()
{
    const int current = m_ui->modeCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->modeCombo);
    m_ui->modeCombo->clear();
    for (const CounterMode mode : Modes)
        m_ui->modeCombo->addItem(LockDemo::modeLabel(mode), int(mode));
    m_ui->modeCombo->setCurrentIndex(std::max(0, current));
}

void ConcurrencyTab::showModeExplanation()
{
    const int index = std::max(0, m_ui->modeCombo->currentIndex());
    m_ui->modeExplanationLabel->setText(LockDemo::modeExplanation(Modes[index]));
}

void ConcurrencyTab::runCounter()
{
    CounterSettings settings;
    settings.mode = Modes[std::max(0, m_ui->modeCombo->currentIndex())];
    settings.threads = m_ui->lockThreadsSpin->value();
    settings.increments = m_ui->incrementsSpin->value();
    m_lastLockRunWasDeadlock = false;
    if (!m_lockDemo->startCounter(settings)) {
        showMessageFor(LocksPage, m_lockDemo->lastError());
        return;
    }
    m_counterResult.reset();
    showCounterResult();
    m_ui->expectedValue->setText(count(qint64(settings.threads) * settings.increments));
    m_ui->lockRunLabel->setText(
        tr("Counting: %1 threads × %2 increments…").arg(settings.threads).arg(count(settings.increments)));
    updateWidgets();
}

void ConcurrencyTab::runContention()
{
    ContentionSettings settings;
    const CounterMode mode = Modes[std::max(0, m_ui->modeCombo->currentIndex())];
    // The contention view needs a real lock: the two lock-free modes show it with a QMutex.
    settings.mode = mode == CounterMode::StdMutex ? CounterMode::StdMutex : CounterMode::QtMutex;
    settings.threads = std::clamp(m_ui->lockThreadsSpin->value(), 2, 16);
    m_lastLockRunWasDeadlock = false;
    if (!m_lockDemo->startContention(settings)) {
        showMessageFor(LocksPage, m_lockDemo->lastError());
        return;
    }
    m_contentionResult.reset();
    m_deadlockResult.reset();
    m_ui->lockRunLabel->setText(tr("Contention: %1 threads take one %2 in turn…")
                                    .arg(settings.threads)
                                    .arg(LockDemo::modeLabel(settings.mode)));
    m_ui->locksTimeline->startLive();
    updateWidgets();
}

void ConcurrencyTab::runDeadlock()
{
    DeadlockSettings settings;
    settings.ordered = m_ui->orderedCheck->isChecked();
    m_lastLockRunWasDeadlock = true;
    if (!m_lockDemo->startDeadlock(settings)) {
        showMessageFor(LocksPage, m_lockDemo->lastError());
        return;
    }
    m_contentionResult.reset();
    m_deadlockResult.reset();
    m_ui->lockRunLabel->setText(settings.ordered
                                    ? tr("Deadlock demo: both threads take lock 1, then lock 2…")
                                    : tr("Deadlock demo: thread A takes lock 1 then lock 2, thread B "
                                         "takes lock 2 then lock 1…"));
    m_ui->locksTimeline->startLive();
    updateWidgets();
}

void ConcurrencyTab::counterFinished(const CounterResult &result)
{
    m_counterResult = result;
    showCounterResult();
    m_ui->lockRunLabel->setText(
        result.cancelled ? tr("Cancelled: the numbers count only the increments that ran.") : QString());
    updateWidgets();
}

void ConcurrencyTab::contentionFinished(const ContentionResult &result)
{
    m_ui->locksTimeline->stopLive();
    m_contentionResult = result;
    showLockRunText();
    updateWidgets();
}

void ConcurrencyTab::deadlockFinished(const DeadlockResult &result)
{
    m_ui->locksTimeline->stopLive();
    m_deadlockResult = result;
    showLockRunText();
    updateWidgets();
}

void ConcurrencyTab::showCounterResult()
{
    if (!m_counterResult) {
        for (QLabel *label : {m_ui->expectedValue, m_ui->actualValue, m_ui->lostValue, m_ui->nsValue})
            label->setText(QStringLiteral("–"));
        m_ui->lostValue->setStyleSheet(QString());
        return;
    }
    const CounterResult &result = *m_counterResult;
    m_ui->expectedValue->setText(count(result.expected));
    m_ui->actualValue->setText(count(result.actual));
    m_ui->lostValue->setText(count(result.lost));
    m_ui->lostValue->setStyleSheet(result.lost > 0
                                       ? QStringLiteral("font-size: 18pt; font-weight: bold; color: #b00020;")
                                       : QStringLiteral("font-size: 18pt; font-weight: bold;"));
    m_ui->nsValue->setText(tr("%1 ns").arg(result.nsPerIncrement, 0, 'f', 1));
}

void ConcurrencyTab::showLockRunText()
{
    if (m_contentionResult) {
        const ContentionResult &r = *m_contentionResult;
        QString text
            = tr("Contention: %1 threads × %2 rounds. Waiting for the lock: %3 ms in all; holding it: "
                 "%4 ms in all. %5 hand-overs, drawn as arrows from each unlock to the acquire it let "
                 "through.")
                  .arg(r.threads)
                  .arg(r.rounds)
                  .arg(ms(r.waitedNs))
                  .arg(ms(r.heldNs))
                  .arg(r.handoffs);
        if (r.cancelled)
            text = tr("Cancelled. %1").arg(text);
        m_ui->lockRunLabel->setText(text);
    } else if (m_deadlockResult) {
        // The explanation was translated when the run ended.
        m_ui->lockRunLabel->setText(m_deadlockResult->explanation);
    }
}

// --- Step mode -----------------------------------------------------------

void ConcurrencyTab::resetSteps()
{
    m_race = StepRace(m_ui->stepLockCheck->isChecked());
    m_stepsTaken.clear();
    m_stepRecorder.clear();
    m_stepLanes[0] = m_stepRecorder.addLane(TraceLaneRole::Thread, 1);
    m_stepLanes[1] = m_stepRecorder.addLane(TraceLaneRole::Thread, 2);
    showSteps();
}

void ConcurrencyTab::stepThread(int thread)
{
    const StepRace::Step step = m_race.nextStep(thread);
    if (!m_race.step(thread)) {
        updateWidgets();
        return;
    }
    m_stepsTaken.append(thread);
    recordStep(thread, step);
    showSteps();
}

void ConcurrencyTab::recordStep(int thread, StepRace::Step step)
{
    const qint64 begin = qint64(m_stepsTaken.size() - 1) * StepNs;
    const bool holding = m_race.lockHolder() == thread || step == StepRace::Step::Unlock;
    m_stepLanes[thread]->record(holding ? TraceState::HoldingLock : TraceState::Running, stepId(step), "step",
                                begin, begin + StepNs, m_race.counter());
}

void ConcurrencyTab::showSteps()
{
    const QList<StepRace::Step> sequence = stepSequence(m_race.isLocked());
    QListWidget *lists[StepRace::Threads] = {m_ui->threadASteps, m_ui->threadBSteps};
    QLabel *locals[StepRace::Threads] = {m_ui->threadALocal, m_ui->threadBLocal};
    for (int t = 0; t < StepRace::Threads; ++t) {
        QListWidget *list = lists[t];
        list->clear();
        const StepRace::Step next = m_race.nextStep(t);
        const qsizetype position = next == StepRace::Step::Done ? sequence.size() : sequence.indexOf(next);
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            auto *item = new QListWidgetItem(StepRace::stepLabel(sequence.at(i)), list);
            if (i < position)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (position < sequence.size())
            list->setCurrentRow(int(position));
        QString local = tr("Local value of %1: %2").arg(StepRace::threadName(t)).arg(m_race.local(t));
        if (next != StepRace::Step::Done && !m_race.canStep(t))
            local = tr("%1 waits: %2 holds the lock.")
                        .arg(StepRace::threadName(t), StepRace::threadName(1 - t));
        else if (next == StepRace::Step::Done)
            local
                = tr("%1 is done; its local value was %2.").arg(StepRace::threadName(t)).arg(m_race.local(t));
        locals[t]->setText(local);
    }
    m_ui->counterValue->setText(QString::number(m_race.counter()));

    m_ui->historyList->clear();
    m_ui->historyList->addItems(m_race.history());
    m_ui->historyList->scrollToBottom();

    QString verdict;
    if (m_race.lostUpdates() > 0) {
        verdict = tr("An update was lost: %n write(s) happened, but the counter is only %1. One thread wrote "
                     "back a value it had read before the other thread's write.",
                     nullptr, m_race.completedWrites())
                      .arg(m_race.counter());
    } else if (m_race.isFinished()) {
        verdict = m_race.isLocked()
            ? tr("No update was lost: the lock let one thread at a time read, add and "
                 "write, so the counter is %1.")
                  .arg(m_race.counter())
            : tr("No update was lost this time: each thread read the counter after the "
                 "other had written it. Try another order.");
    }
    m_ui->stepVerdict->setText(verdict);
    updateWidgets();
}

// --- Map jobs ------------------------------------------------------------

std::optional<QList<quint64>> ConcurrencyTab::readInputs()
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = m_ui->inputsEdit->text().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        showMessageFor(MapPage, tr("Inputs: write at least one whole number n, for example 1000000."));
        return std::nullopt;
    }
    QList<quint64> inputs;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const quint64 n = parts.at(i).toULongLong(&ok);
        if (!ok || n > MapJob::MaxN) {
            showMessageFor(MapPage,
                           tr("Inputs: number %1 ('%2') is not a whole number from 0 to %3. Separate the "
                              "numbers with commas.")
                               .arg(i + 1)
                               .arg(parts.at(i), count(qint64(MapJob::MaxN))));
            return std::nullopt;
        }
        inputs.append(n);
    }
    return inputs;
}

bool ConcurrencyTab::startMapRun(int workers, bool processes)
{
    const std::optional<QList<quint64>> inputs = readInputs();
    if (!inputs)
        return false;
    MapJobSettings settings;
    settings.inputs = *inputs;
    settings.workers = workers;
    const QString problem = MapJob::validate(settings, MapJob::maxWorkers());
    if (!problem.isEmpty()) {
        showMessageFor(MapPage, problem);
        return false;
    }
    const bool started = processes ? m_processJob->start(settings) : m_mapJob->start(settings);
    if (!started) {
        showMessageFor(MapPage, processes ? m_processJob->lastError() : m_mapJob->lastError());
        return false;
    }
    showMessageFor(MapPage, QString());
    m_mapUsedProcesses = processes;
    m_mapResult.reset();
    m_ui->mapProgress->setValue(0);
    m_ui->mapOutput->setPlainText(processes ? tr("Running on %n worker process(es)…", nullptr, workers)
                                            : tr("Running on %n pool thread(s)…", nullptr, workers));
    m_ui->mapTimeline->setRecorder(processes ? m_processJob->recorder() : m_mapJob->recorder());
    m_ui->mapTimeline->startLive();
    updateWidgets();
    return true;
}

void ConcurrencyTab::startMap()
{
    m_compare = CompareStage::None;
    startMapRun(m_ui->poolSpin->value(), m_ui->processCheck->isChecked());
}

void ConcurrencyTab::startCompare()
{
    // Threads only: the comparison is about what more pool threads buy.
    m_compareWorkers = std::max(2, m_ui->poolSpin->value());
    m_compareWorkers = std::min(m_compareWorkers, MapJob::maxWorkers());
    m_chart->clearTimes();
    m_compare = CompareStage::OneThread;
    if (!startMapRun(1, false))
        m_compare = CompareStage::None;
}

void ConcurrencyTab::cancelMap()
{
    m_compare = CompareStage::None;
    m_mapJob->cancel();
    m_processJob->cancel();
}

void ConcurrencyTab::mapProgress(int done, int total)
{
    m_ui->mapProgress->setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
}

void ConcurrencyTab::mapFinished(const MapRunResult &result)
{
    m_ui->mapTimeline->stopLive();
    m_mapResult = result;
    if (!result.cancelled && result.error.isEmpty())
        m_ui->mapProgress->setValue(100);
    showMapOutput();

    const bool ok = !result.cancelled && result.error.isEmpty();
    if (m_compare == CompareStage::OneThread && ok) {
        m_compareOneNs = result.elapsedNs;
        m_compare = CompareStage::ManyThreads;
        if (!startMapRun(m_compareWorkers, false))
            m_compare = CompareStage::None;
    } else if (m_compare == CompareStage::ManyThreads && ok) {
        m_chart->setTimes(m_compareOneNs, result.elapsedNs, m_compareWorkers);
        m_compare = CompareStage::None;
    } else {
        m_compare = CompareStage::None;
    }
    updateWidgets();
}

void ConcurrencyTab::showMapOutput()
{
    if (!m_mapResult)
        return;
    const MapRunResult &result = *m_mapResult;
    QString text = MapJob::classicOutput(result);
    if (result.cancelled)
        text += u'\n' + tr("Cancelled: the items that did not finish print as None.");
    if (m_mapUsedProcesses) {
        text += u'\n'
            + tr("%n worker process(es). Starting them took up to %1 ms before the first item began "
                 "computing.",
                 nullptr, result.workers)
                  .arg(ms(result.startupNs));
    } else {
        text += u'\n' + tr("%n pool thread(s) in this one process.", nullptr, result.workers);
    }
    if (!result.error.isEmpty())
        text += u'\n' + result.error;
    m_ui->mapOutput->setPlainText(text);
}

// --- Export --------------------------------------------------------------

bool ConcurrencyTab::exportTrace(Page page, const QString &fileName, QString *error)
{
    const TraceRecorder *recorder = nullptr;
    switch (page) {
    case ThreadsPage: recorder = m_threadDemo->recorder(); break;
    case LocksPage: recorder = m_lockDemo->recorder(); break;
    case StepPage: recorder = &m_stepRecorder; break;
    case MapPage: recorder = m_mapUsedProcesses ? m_processJob->recorder() : m_mapJob->recorder(); break;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(recorder->toChromeTraceJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write the trace to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ConcurrencyTab::exportCurrentPage(Page page)
{
    static const char *const names[] = {"netlab-threads-trace.json", "netlab-locks-trace.json",
                                        "netlab-steps-trace.json", "netlab-map-trace.json"};
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export trace"), QString::fromLatin1(names[page]), tr("Chrome trace-event JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTrace(page, fileName, &error)) {
        QMessageBox::warning(this, tr("Export trace"), error);
        return;
    }
    QMessageBox::information(this, tr("Export trace"),
                             tr("Saved %1.\nOpen it in Perfetto (ui.perfetto.dev) or in Chrome at "
                                "chrome://tracing to zoom into every span.")
                                 .arg(fileName));
}
