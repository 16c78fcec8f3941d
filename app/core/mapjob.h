#pragma once

#include "tracerecorder.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>

class QProcess;
class QTextStream;

// An exact unsigned 128-bit number (the sums exceed 64 bits from n ≈ 3.8 million).
struct UInt128
{
    quint64 high = 0;
    quint64 low = 0;

    QString toString() const; // decimal, like Python prints an int
    friend bool operator==(const UInt128 &a, const UInt128 &b) { return a.high == b.high && a.low == b.low; }
    friend bool operator!=(const UInt128 &a, const UInt128 &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(UInt128)

// One input of a map job and what became of it. A plain value.
struct MapItemResult
{
    int index = -1; // position in the input list
    quint64 n = 0;
    UInt128 sum; // sum of i*i for 0 <= i < n, when complete
    bool complete = false; // false: cancelled before the end
    qint64 computeNs = 0; // time the loop ran, measured where it ran
    qint64 beginNs = 0; // on the job's recorder timeline
    qint64 endNs = 0;
    int lane = -1; // the recorder lane of the thread (or process) that ran it
};
Q_DECLARE_METATYPE(MapItemResult)

struct MapRunResult
{
    QList<MapItemResult> items; // completed items, in input order
    int workers = 0; // pool threads or processes
    int inputs = 0;
    qint64 elapsedNs = 0; // start() to the last result
    qint64 startupNs = 0; // processes only: longest time from start() until a worker began computing
    bool cancelled = false;
    QString error; // translated; empty when all went well
};
Q_DECLARE_METATYPE(MapRunResult)

struct MapJobSettings
{
    QList<quint64> inputs; // 1 ... MapJob::MaxInputs values of n, each 0 ... MapJob::MaxN
    int workers = 2; // pool threads (1 ... MapJob::maxWorkers()) or processes
};
Q_DECLARE_METATYPE(MapJobSettings)

// The CPU-bound map job of the classic "threads vs processes" lesson:
// sum(i * i for i in range(n)) over eight inputs, computed exactly.
//
// start() runs QtConcurrent::mapped on a dedicated QThreadPool of the chosen
// size; a QFutureWatcher reports progress in the owner thread. Each item is
// recorded as one span on the lane of the pool thread that ran it (recorder()).
// cancel() stops scheduling items and cuts running ones short (they check a
// flag every million iterations); finished() follows with cancelled = true.
//
// Use from the owner thread (the GUI thread); signals are emitted there.
// The destructor cancels and waits for the pool.
class MapJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInputs = 64;
    static constexpr quint64 MaxN = 1000000000000ULL; // 10^12: the closed form still fits in 128 bits
    // One item takes at least 100 ms: n = 10^8 measured 63 ms (0.63 ns per i,
    // 128-bit adds) on the idle 2-core development machine with -O2, so
    // 2 x 10^8 takes about 125 ms there; a -O0 debug build is several times slower.
    static constexpr quint64 DefaultN = 200000000;

    explicit MapJob(QObject *parent = nullptr);
    ~MapJob() override;

    // The classic list: [base + x for x in range(count)].
    static QList<quint64> defaultInputs(quint64 base = DefaultN, int count = 8);
    static int maxWorkers(); // 2 × the number of cores

    bool start(const MapJobSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }
    TraceRecorder *recorder() { return &m_recorder; }

    // sum of i*i for 0 <= i < n, by the loop (the compiler cannot fold it).
    // Returns false, leaving sum unspecified, if *cancel became true. Any thread.
    static bool sumOfSquares(quint64 n, UInt128 &sum, const std::atomic<bool> *cancel = nullptr);
    // n(n-1)(2n-1)/6, for checking.
    static UInt128 closedForm(quint64 n);

    // What the classic Python program prints: print(pool.map(cpu_bound, numbers))
    // then print(f"Duration {duration} seconds"). Incomplete items print as None.
    static QString classicOutput(const MapRunResult &result);
    static double speedup(qint64 oneWorkerNs, qint64 manyWorkersNs);

    // Plain-words problem with the settings, or an empty string. maxWorkers
    // is the upper bound for the worker count.
    static QString validate(const MapJobSettings &settings, int maxWorkers);

    // The worker-process side (netlab --map-worker): reads "index n" lines
    // until end of input, answers each with "index n sum computeNs" and a
    // flush. A bad line is answered with "error <text>" and exit code 2.
    static int runWorker(QTextStream &in, QTextStream &out);

signals:
    void progressChanged(int done, int total);
    void itemFinished(const MapItemResult &item);
    void finished(const MapRunResult &result);

private:
    struct Input
    {
        int index;
        quint64 n;
    };
    MapItemResult compute(const Input &input);
    void collectFinished();

    TraceRecorder m_recorder;
    QThreadPool m_pool;
    QFutureWatcher<MapItemResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    QElapsedTimer m_clock;
    QList<MapItemResult> m_items;
    MapJobSettings m_settings;
    bool m_running = false;
    QString m_lastError;
};

// The same job on worker processes: NetLab started again with --map-worker
// (or any program speaking MapJob::runWorker's protocol). Items are dealt out
// round-robin, process k getting items k, k+P, k+2P, ... as
// multiprocessing.Pool.map would chunk them. Each process gets a "process k"
// lane; an item's span ends when its answer arrives.
//
// Use from the owner thread; signals are emitted there. cancel() kills the
// processes. The destructor kills and waits.
class MapProcessJob final : public QObject
{
    Q_OBJECT
public:
    explicit MapProcessJob(QObject *parent = nullptr);
    ~MapProcessJob() override;

    // Default: QCoreApplication::applicationFilePath() with {"--map-worker"}.
    void setProgram(const QString &program, const QStringList &arguments);
    QString program() const { return m_program; }

    bool start(const MapJobSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }
    TraceRecorder *recorder() { return &m_recorder; }

signals:
    void progressChanged(int done, int total);
    void itemFinished(const MapItemResult &item);
    void finished(const MapRunResult &result);

private:
    struct Worker
    {
        QProcess *process = nullptr;
        TraceLane *lane = nullptr;
        QList<int> items; // input indexes dealt to it
        QByteArray pending; // a partial output line
        qint64 spawnNs = 0;
        qint64 laneEndNs = 0;
        bool done = false;
    };
    void readOutput(int worker);
    void workerEnded(int worker);
    void fail(const QString &error);
    void finish();

    TraceRecorder m_recorder;
    QString m_program;
    QStringList m_arguments;
    QList<Worker> m_workers;
    QList<MapItemResult> m_items;
    MapJobSettings m_settings;
    QElapsedTimer m_clock;
    qint64 m_startupNs = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    QString m_lastError;
};
