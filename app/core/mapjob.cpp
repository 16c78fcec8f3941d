#include "mapjob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>

namespace {

__extension__ typedef unsigned __int128 uint128;

constexpr const char *Category = "map";
constexpr quint64 CancelCheckBlock = quint64(1) << 20;

uint128 toNative(const UInt128 &value)
{
    return (uint128(value.high) << 64) | value.low;
}

UInt128 fromNative(uint128 value)
{
    return UInt128{quint64(value >> 64), quint64(value)};
}

// Hides a value from the optimiser: without it clang (not gcc) recognises the
// sum of squares and replaces the loop with the closed form, and the lesson
// would measure nothing. Costs no instruction.
inline void opaque(quint64 &value)
{
#if defined(__GNUC__) || defined(__clang__)
    asm("" : "+r"(value));
#else
    static_cast<void>(value);
#endif
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString checkInputs(const QList<quint64> &inputs)
{
    if (inputs.isEmpty())
        return MapJob::tr("There is nothing to compute: give at least one number n.");
    if (inputs.size() > MapJob::MaxInputs)
        return MapJob::tr("At most %1 numbers can be computed at once; there are %2.")
            .arg(MapJob::MaxInputs)
            .arg(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i) > MapJob::MaxN)
            return MapJob::tr("Number %1 (%2) is too large: n may be at most %3.")
                .arg(i + 1)
                .arg(inputs.at(i))
                .arg(MapJob::MaxN);
    }
    return QString();
}

} // namespace

QString UInt128::toString() const
{
    uint128 value = toNative(*this);
    if (value == 0)
        return QStringLiteral("0");
    QString digits;
    while (value != 0) {
        digits.prepend(QChar(u'0' + char16_t(value % 10)));
        value /= 10;
    }
    return digits;
}

// --- MapJob ---

MapJob::MapJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MapItemResult>();
    qRegisterMetaType<MapRunResult>();
    connect(&m_watcher, &QFutureWatcher<MapItemResult>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, int(m_settings.inputs.size())); });
    connect(&m_watcher, &QFutureWatcher<MapItemResult>::resultReadyAt, this, [this](int index) {
        const MapItemResult item = m_watcher.resultAt(index);
        if (!item.complete)
            return;
        m_items.append(item);
        emit itemFinished(item);
    });
    connect(&m_watcher, &QFutureWatcher<MapItemResult>::finished, this, &MapJob::collectFinished);
}

MapJob::~MapJob()
{
    cancel();
    m_watcher.waitForFinished();
    // Items still queued or running use this object's recorder and flag.
    m_pool.waitForDone();
}

QList<quint64> MapJob::defaultInputs(quint64 base, int count)
{
    QList<quint64> inputs;
    for (int x = 0; x < count; ++x)
        inputs.append(base + quint64(x));
    return inputs;
}

int MapJob::maxWorkers()
{
    return 2 * std::max(1, QThread::idealThreadCount());
}

QString MapJob::validate(const MapJobSettings &settings, int maxWorkers)
{
    const QString problem = checkInputs(settings.inputs);
    if (!problem.isEmpty())
        return problem;
    if (settings.workers < 1 || settings.workers > maxWorkers)
        return tr("The number of workers must be between 1 and %1; it is %2.")
            .arg(maxWorkers)
            .arg(settings.workers);
    return QString();
}

bool MapJob::start(const MapJobSettings &settings)
{
    if (m_running) {
        m_lastError = tr("The map job is still running. Wait for it to finish or cancel it first.");
        return false;
    }
    m_lastError = validate(settings, maxWorkers());
    if (!m_lastError.isEmpty())
        return false;
    // Idle pool threads from a previous run may hold lanes of the old
    // recorder generation; waitForDone makes sure none is still writing.
    m_pool.waitForDone();
    m_recorder.clear();
    m_pool.setMaxThreadCount(settings.workers);
    m_settings = settings;
    m_items.clear();
    m_cancel.store(false);
    m_running = true;

    QList<Input> inputs;
    for (qsizetype i = 0; i < settings.inputs.size(); ++i)
        inputs.append(Input{int(i), settings.inputs.at(i)});
    m_clock.start();
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, std::move(inputs),
                                             [this](const Input &input) { return compute(input); }));
    return true;
}

void MapJob::cancel()
{
    m_cancel.store(true);
    m_watcher.cancel();
}

MapItemResult MapJob::compute(const Input &input)
{
    TraceLane *lane = m_recorder.laneForCurrentThread(TraceLaneRole::PoolThread);
    MapItemResult item;
    item.index = input.index;
    item.n = input.n;
    item.lane = lane->id();
    item.beginNs = lane->nowNs();
    lane->setCurrent(TraceState::Running, item.beginNs);
    item.complete = sumOfSquares(input.n, item.sum, &m_cancel);
    item.endNs = lane->nowNs();
    item.computeNs = item.endNs - item.beginNs;
    lane->record(item.complete ? TraceState::Running : TraceState::Cancelled, "item", Category, item.beginNs,
                 item.endNs, input.index);
    lane->setCurrent(TraceState::Finished, item.endNs);
    return item;
}

void MapJob::collectFinished()
{
    MapRunResult result;
    result.elapsedNs = m_clock.nsecsElapsed();
    result.workers = m_settings.workers;
    result.inputs = int(m_settings.inputs.size());
    result.items = m_items;
    std::sort(result.items.begin(), result.items.end(),
              [](const MapItemResult &a, const MapItemResult &b) { return a.index < b.index; });
    result.cancelled = m_cancel.load() || result.items.size() < result.inputs;
    m_running = false;
    emit finished(result);
}

bool MapJob::sumOfSquares(quint64 n, UInt128 &sum, const std::atomic<bool> *cancel)
{
    uint128 total = 0;
    quint64 i = 0;
    while (i < n) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return false;
        const quint64 blockEnd = n - i > CancelCheckBlock ? i + CancelCheckBlock : n;
        for (; i < blockEnd; ++i) {
            quint64 x = i;
            opaque(x);
            total += uint128(x) * x;
        }
    }
    sum = fromNative(total);
    return true;
}

UInt128 MapJob::closedForm(quint64 n)
{
    if (n == 0)
        return UInt128{};
    // n(n-1)(2n-1) is divisible by 6; for n <= 10^12 it is below 2^122.
    const uint128 big = uint128(n) * (n - 1) * (2 * uint128(n) - 1);
    return fromNative(big / 6);
}

QString MapJob::classicOutput(const MapRunResult &result)
{
    // Python's repr of a list of ints: "[a, b, c]"; float repr is the
    // shortest text that reads back to the same double.
    QStringList values;
    for (int i = 0; i < result.inputs; ++i)
        values.append(QStringLiteral("None"));
    for (const MapItemResult &item : result.items) {
        if (item.complete && item.index >= 0 && item.index < values.size())
            values[item.index] = item.sum.toString();
    }
    const QString seconds
        = QString::number(double(result.elapsedNs) / 1e9, 'g', QLocale::FloatingPointShortest);
    const QString list = u'[' + values.join(QLatin1String(", ")) + u']';
    //: The classic Python program prints print(f"计算结果: {results}") (a Python list).
    return tr("Results: %1").arg(list) + u'\n'
        + tr("Duration %1 seconds", "the classic Python program's last line").arg(seconds) + u'\n';
}

double MapJob::speedup(qint64 oneWorkerNs, qint64 manyWorkersNs)
{
    return manyWorkersNs > 0 ? double(oneWorkerNs) / double(manyWorkersNs) : 0.0;
}

int MapJob::runWorker(QTextStream &in, QTextStream &out)
{
    while (true) {
        const QString line = in.readLine();
        if (line.isNull())
            return 0;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QStringList fields = trimmed.split(u' ', Qt::SkipEmptyParts);
        bool indexOk = false;
        bool nOk = false;
        const int index = fields.size() == 2 ? fields.at(0).toInt(&indexOk) : -1;
        const quint64 n = fields.size() == 2 ? fields.at(1).toULongLong(&nOk) : 0;
        if (!indexOk || !nOk || index < 0 || n > MaxN) {
            out << QLatin1String("error ")
                << tr("Expected a line \"index n\" with n at most %1, got \"%2\".").arg(MaxN).arg(trimmed)
                << Qt::endl;
            return 2;
        }
        UInt128 sum;
        const qint64 begin = steadyNs();
        sumOfSquares(n, sum);
        const qint64 elapsed = steadyNs() - begin;
        out << index << u' ' << n << u' ' << sum.toString() << u' ' << elapsed << Qt::endl;
    }
}

// --- MapProcessJob ---

MapProcessJob::MapProcessJob(QObject *parent)
    : QObject(parent)
    , m_arguments{QStringLiteral("--map-worker")}
{
    qRegisterMetaType<MapItemResult>();
    qRegisterMetaType<MapRunResult>();
    if (QCoreApplication::instance() != nullptr)
        m_program = QCoreApplication::applicationFilePath();
}

MapProcessJob::~MapProcessJob()
{
    for (Worker &worker : m_workers) {
        if (worker.process == nullptr)
            continue;
        worker.process->disconnect(this);
        worker.process->kill();
        worker.process->waitForFinished(3000);
    }
}

void MapProcessJob::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

bool MapProcessJob::start(const MapJobSettings &settings)
{
    if (m_running) {
        m_lastError = MapJob::tr("The map job is still running. Wait for it to finish or cancel it first.");
        return false;
    }
    m_lastError = MapJob::validate(settings, MapJob::maxWorkers());
    if (m_lastError.isEmpty() && m_program.isEmpty())
        m_lastError = tr("No worker program is set, so no worker process can be started.");
    if (!m_lastError.isEmpty())
        return false;

    for (Worker &worker : m_workers)
        delete worker.process;
    m_workers.clear();
    m_recorder.clear();
    m_items.clear();
    m_settings = settings;
    m_startupNs = 0;
    m_cancelled = false;
    m_error.clear();
    m_running = true;
    m_clock.start();

    const int count = std::min<int>(settings.workers, int(settings.inputs.size()));
    for (int k = 0; k < count; ++k) {
        Worker worker;
        for (qsizetype i = k; i < settings.inputs.size(); i += count)
            worker.items.append(int(i));
        worker.lane = m_recorder.addLane(TraceLaneRole::Process, k + 1);
        worker.process = new QProcess(this);
        m_workers.append(worker);
    }
    for (int k = 0; k < count; ++k) {
        Worker &worker = m_workers[k];
        QProcess *process = worker.process;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process, &QProcess::started, this, [this, k] {
            Worker &w = m_workers[k];
            QByteArray lines;
            for (int index : w.items)
                lines += QByteArray::number(index) + ' ' + QByteArray::number(m_settings.inputs.at(index))
                    + '\n';
            w.process->write(lines);
            w.process->closeWriteChannel();
        });
        connect(process, &QProcess::readyReadStandardOutput, this, [this, k] { readOutput(k); });
        connect(process, &QProcess::finished, this, [this, k] { workerEnded(k); });
        connect(process, &QProcess::errorOccurred, this, [this, k](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                fail(tr("Could not start the worker program %1: %2")
                         .arg(m_program, m_workers[k].process->errorString()));
                workerEnded(k);
            }
        });
        worker.spawnNs = m_recorder.nowNs();
        worker.laneEndNs = worker.spawnNs;
        worker.lane->setCurrent(TraceState::Starting, worker.spawnNs);
        process->start(m_program, m_arguments);
    }
    return true;
}

void MapProcessJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (Worker &worker : m_workers) {
        if (worker.process != nullptr && worker.process->state() != QProcess::NotRunning)
            worker.process->kill();
    }
}

void MapProcessJob::readOutput(int k)
{
    Worker &worker = m_workers[k];
    worker.pending += worker.process->readAllStandardOutput();
    qsizetype end;
    while ((end = worker.pending.indexOf('\n')) >= 0) {
        const QByteArray line = worker.pending.left(end).trimmed();
        worker.pending.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        if (line.startsWith("error ")) {
            fail(
                tr("Worker process %1 refused its input: %2").arg(k + 1).arg(QString::fromUtf8(line.mid(6))));
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        bool ok[4] = {false, false, false, false};
        MapItemResult item;
        if (fields.size() == 4) {
            item.index = fields.at(0).toInt(&ok[0]);
            item.n = fields.at(1).toULongLong(&ok[1]);
            item.computeNs = fields.at(3).toLongLong(&ok[3]);
            // The sum has up to 37 digits: build it from decimal text exactly.
            uint128 value = 0;
            ok[2] = !fields.at(2).isEmpty() && fields.at(2).size() <= 39;
            for (char c : fields.at(2)) {
                if (c < '0' || c > '9') {
                    ok[2] = false;
                    break;
                }
                value = value * 10 + uint128(c - '0');
            }
            item.sum = fromNative(value);
        }
        if (!(ok[0] && ok[1] && ok[2] && ok[3]) || item.index < 0 || item.index >= m_settings.inputs.size()) {
            fail(tr("Worker process %1 answered something that is not a result: \"%2\"")
                     .arg(k + 1)
                     .arg(QString::fromUtf8(line)));
            continue;
        }
        item.complete = true;
        item.lane = worker.lane->id();
        item.endNs = m_recorder.nowNs();
        // The answer arrives when the item is done; it began computeNs before.
        item.beginNs = std::max(item.endNs - item.computeNs, worker.laneEndNs);
        if (worker.laneEndNs == worker.spawnNs) {
            worker.lane->record(TraceState::Starting, "start process", Category, worker.spawnNs, item.beginNs,
                                k + 1);
            m_startupNs = std::max(m_startupNs, item.beginNs - worker.spawnNs);
        }
        worker.lane->record(TraceState::Running, "item", Category, item.beginNs, item.endNs, item.index);
        worker.lane->setCurrent(TraceState::Running, item.endNs);
        worker.laneEndNs = item.endNs;
        m_items.append(item);
        emit itemFinished(item);
        emit progressChanged(int(m_items.size()), int(m_settings.inputs.size()));
    }
}

void MapProcessJob::workerEnded(int k)
{
    Worker &worker = m_workers[k];
    if (worker.done)
        return;
    worker.done = true;
    if (worker.process->state() == QProcess::NotRunning && worker.process->error() != QProcess::FailedToStart)
        readOutput(k);
    const qint64 end = m_recorder.nowNs();
    worker.lane->setCurrent(m_cancelled ? TraceState::Cancelled : TraceState::Finished, end);
    if (!m_cancelled && worker.process->error() != QProcess::FailedToStart
        && (worker.process->exitStatus() != QProcess::NormalExit || worker.process->exitCode() != 0)) {
        fail(tr("Worker process %1 stopped unexpectedly (exit code %2).")
                 .arg(k + 1)
                 .arg(worker.process->exitCode()));
    }
    for (const Worker &w : std::as_const(m_workers)) {
        if (!w.done)
            return;
    }
    finish();
}

void MapProcessJob::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void MapProcessJob::finish()
{
    MapRunResult result;
    result.elapsedNs = m_clock.nsecsElapsed();
    result.workers = int(m_workers.size());
    result.inputs = int(m_settings.inputs.size());
    result.items = m_items;
    std::sort(result.items.begin(), result.items.end(),
              [](const MapItemResult &a, const MapItemResult &b) { return a.index < b.index; });
    result.startupNs = m_startupNs;
    result.cancelled = m_cancelled;
    result.error = m_error;
    m_running = false;
    emit finished(result);
}
