#pragma once

#include "tracerecorder.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

struct ThreadDemoSettings
{
    int workers = 5; // 1 ... MaxWorkers
    int unitMs = 1000; // worker i sleeps i units; the tab offers 1000 and 100
};
Q_DECLARE_METATYPE(ThreadDemoSettings)

struct ThreadDemoResult
{
    int workers = 0;
    int unitMs = 0;
    qint64 elapsedNs = 0; // main thread: first start() to last join() returning
    QList<qint64> sleptNs; // per worker (index 0 = worker 1)
    bool cancelled = false;
};
Q_DECLARE_METATYPE(ThreadDemoResult)

// The classic first threading exercise: the main thread starts N workers,
// worker i sleeps i units, and the main thread joins them in order. Together
// they take about N units, not 1 + 2 + ... + N.
//
// The demo's "main thread" is a coordinator std::thread (the GUI thread must
// not block in join()); workers are std::threads. Everything is recorded on
// recorder(): a Main lane, then Worker lanes 1..N, with an arrow from each
// worker's end to the join() that returned because of it.
//
// Use from the thread that owns the object (the GUI thread). Signals are
// emitted in that thread (queued from the demo's threads). The destructor
// cancels and joins every thread it started.
class ThreadDemo final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxWorkers = 32;

    explicit ThreadDemo(QObject *parent = nullptr);
    ~ThreadDemo() override;

    // Clears the recorder and starts. Returns false (and sets lastError) when
    // already running or the settings are out of range.
    bool start(const ThreadDemoSettings &settings);
    // Wakes every sleeping worker; finished() follows with cancelled = true.
    void cancel();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }

    // Owner thread may read it at any time (snapshot/takeNew/lanes) while the demo runs.
    TraceRecorder *recorder() { return &m_recorder; }

    // Plain-words problem with the settings, or an empty string.
    static QString validate(const ThreadDemoSettings &settings);

signals:
    void workerJoined(int worker, qint64 sleptNs);
    void finished(const ThreadDemoResult &result);
    // Internal: reports are waiting for the owner thread.
    void reportsPending(QPrivateSignal);

private:
    // Any thread: run `report` in the owner thread, in posting order.
    void post(std::function<void()> report);
    void deliverReports();
    void runMain(ThreadDemoSettings settings);
    qint64 runWorker(TraceLane *lane, int worker, int unitMs, quint64 flowId);
    void finishOnOwnerThread(const ThreadDemoResult &result);

    TraceRecorder m_recorder;
    std::thread m_main;
    bool m_running = false;
    QString m_lastError;

    // The demo's threads hand reports over through this queue, under a
    // std::mutex, rather than in a functor given to invokeMethod: the handover
    // then happens-before the report runs in a way ThreadSanitizer can see
    // without a sanitized Qt.
    std::mutex m_reportMutex;
    std::vector<std::function<void()>> m_reports;

    std::mutex m_stopMutex; // guards m_stop for the condition variable
    std::condition_variable m_stopCondition;
    bool m_stop = false;
};
