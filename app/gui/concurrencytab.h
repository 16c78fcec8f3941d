#pragma once

#include "lockdemo.h"
#include "mapjob.h"
#include "threaddemo.h"
#include "tracerecorder.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class SpeedupChart;
class TimelineView;

namespace Ui {
class ConcurrencyTab;
}

// The Concurrency tab: four pages that turn the classic threading exercises
// into something a student can watch.
//  - Threads: N workers sleeping i units, joined by the main thread (ThreadDemo),
//    drawn live on a timeline; the join times as plain text.
//  - Locks: T threads × K increments of one counter in four modes (LockDemo),
//    expected vs actual; the contention and deadlock runs on a timeline.
//  - Step mode: two threads' read → add → write, one step per click (StepRace).
//  - Map jobs: sum of i*i below n over a list of inputs on a thread pool
//    (MapJob) or on worker processes (MapProcessJob), with progress, the
//    classic program's output and a 1-vs-N-threads speedup chart.
// Every page can export its trace as Chrome trace-event JSON.
//
// GUI thread only. The tab owns its engines; their signals arrive in the GUI
// thread. Texts set from code are rebuilt on QEvent::LanguageChange.
class ConcurrencyTab final : public QWidget
{
    Q_OBJECT
public:
    enum Page { ThreadsPage, LocksPage, StepPage, MapPage };

    explicit ConcurrencyTab(QWidget *parent = nullptr);
    ~ConcurrencyTab() override;

    // Enables Start / Cancel and the settings from the engines' state.
    void updateWidgets();

    // Writes the trace of `page` (TraceRecorder::toChromeTraceJson) to
    // fileName. On failure returns false and sets *error (translated).
    bool exportTrace(Page page, const QString &fileName, QString *error = nullptr);

    // The engines, owned by the tab (for the main window's status and tests).
    ThreadDemo *threadDemo() const { return m_threadDemo; }
    LockDemo *lockDemo() const { return m_lockDemo; }
    MapJob *mapJob() const { return m_mapJob; }
    MapProcessJob *mapProcessJob() const { return m_processJob; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class CompareStage : quint8 { None, OneThread, ManyThreads };

    void retranslateCode();
    void showMessageFor(Page page, const QString &text);

    // Threads
    void startThreads();
    void cancelThreads();
    void threadsFinished(const ThreadDemoResult &result);
    void showThreadsResult();

    // Locks
    void fillModes();
    void showModeExplanation();
    void runCounter();
    void runContention();
    void runDeadlock();
    void counterFinished(const CounterResult &result);
    void contentionFinished(const ContentionResult &result);
    void deadlockFinished(const DeadlockResult &result);
    void showCounterResult();
    void showLockRunText();

    // Step mode
    void stepThread(int thread);
    void resetSteps();
    void showSteps();
    void recordStep(int thread, StepRace::Step step);

    // Map jobs
    std::optional<QList<quint64>> readInputs();
    void startMap();
    void startCompare();
    bool startMapRun(int workers, bool processes);
    void cancelMap();
    void mapProgress(int done, int total);
    void mapFinished(const MapRunResult &result);
    void showMapOutput();
    void exportCurrentPage(Page page);

    std::unique_ptr<Ui::ConcurrencyTab> m_ui;
    ThreadDemo *m_threadDemo = nullptr; // child of this
    LockDemo *m_lockDemo = nullptr; // child of this
    MapJob *m_mapJob = nullptr; // child of this
    MapProcessJob *m_processJob = nullptr; // child of this
    SpeedupChart *m_chart = nullptr; // child of the chart holder

    // What the pages show, kept as values so texts can be rebuilt.
    std::optional<ThreadDemoResult> m_threadsResult;
    QList<qint64> m_joinEndNs; // per worker: when join() returned, ns since the demo's origin
    std::optional<CounterResult> m_counterResult;
    std::optional<ContentionResult> m_contentionResult;
    std::optional<DeadlockResult> m_deadlockResult;
    bool m_lastLockRunWasDeadlock = false;

    StepRace m_race;
    QList<int> m_stepsTaken; // thread per click, to replay the history in another language
    TraceRecorder m_stepRecorder; // one span per step, 1 ms each, for the export
    TraceLane *m_stepLanes[StepRace::Threads] = {nullptr, nullptr};

    std::optional<MapRunResult> m_mapResult;
    bool m_mapUsedProcesses = false;
    CompareStage m_compare = CompareStage::None;
    int m_compareWorkers = 0;
    qint64 m_compareOneNs = 0;
};
