#include "tracerecorder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace {

constexpr int Pid = 1; // one process in every exported trace
constexpr int SpareChunksAtStart = 16; // 16 x 1024 events, 1 MiB

std::atomic<quint64> g_nextRecorderUid{1};

// One entry per thread: the lane it got last, from which recorder and which
// generation of it. A miss costs one mutex lookup; a hit costs two compares.
struct CachedLane
{
    quint64 recorderUid = 0;
    quint64 generation = 0;
    TraceLane *lane = nullptr;
};
thread_local CachedLane t_cachedLane;

qint64 nsSince(std::chrono::steady_clock::time_point origin)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - origin)
        .count();
}

double toUs(qint64 ns)
{
    return double(ns) / 1000.0;
}

} // namespace

// --- TraceLane ---

TraceLane::TraceLane(TraceRecorder *recorder, int id, TraceLaneRole role, int number)
    : m_recorder(recorder)
    , m_id(id)
    , m_role(role)
    , m_number(number)
    , m_head(recorder->takeChunk())
    , m_tail(m_head)
    , m_readChunk(m_head)
{ }

qint64 TraceLane::nowNs() const
{
    return m_recorder->nowNs();
}

TraceEvent &TraceLane::nextSlot()
{
    if (m_tailUsed == ChunkSize) {
        // The chunk is linked before any event in it is published, so a
        // reader that sees the new count also sees the link.
        Chunk *chunk = m_recorder->takeChunk();
        m_tail->next.store(chunk, std::memory_order_release);
        m_tail = chunk;
        m_tailUsed = 0;
    }
    return m_tail->events[m_tailUsed++];
}

void TraceLane::publish()
{
    m_published.store(m_published.load(std::memory_order_relaxed) + 1, std::memory_order_release);
}

void TraceLane::record(const TraceEvent &event)
{
    TraceEvent &slot = nextSlot();
    slot = event;
    slot.lane = m_id;
    publish();
}

void TraceLane::record(TraceState state, const char *name, const char *category, qint64 beginNs, qint64 endNs,
                       qint64 arg, quint64 flowOut, quint64 flowIn)
{
    // Fields straight into the buffer: no temporary to copy (a copy of a
    // freshly written 64-byte struct stalls on store forwarding).
    TraceEvent &slot = nextSlot();
    slot.beginNs = beginNs;
    slot.endNs = endNs;
    slot.name = name;
    slot.category = category;
    slot.arg = arg;
    slot.flowOut = flowOut;
    slot.flowIn = flowIn;
    slot.lane = m_id;
    slot.state = state;
    publish();
}

void TraceLane::setCurrent(TraceState state, qint64 sinceNs)
{
    // One word, so a reader never sees the state of one call with the time of another.
    m_current.store((quint64(std::max<qint64>(sinceNs, 0)) << 8) | quint64(state), std::memory_order_release);
}

TraceState TraceLane::currentState() const
{
    return TraceState(m_current.load(std::memory_order_acquire) & 0xff);
}

qint64 TraceLane::currentSinceNs() const
{
    return qint64(m_current.load(std::memory_order_acquire) >> 8);
}

void TraceLane::appendTo(QList<TraceEvent> &out, Chunk *&chunk, qint64 &index) const
{
    // chunk holds the event at index, except right after a full chunk, where
    // it is still the full one: the link to the next is followed only once an
    // event in it is published (the writer links before it publishes).
    const qint64 published = m_published.load(std::memory_order_acquire);
    while (index < published) {
        const int inChunk = int(index % ChunkSize);
        if (inChunk == 0 && index > 0)
            chunk = chunk->next.load(std::memory_order_acquire);
        const qint64 take = std::min<qint64>(published - index, ChunkSize - inChunk);
        out.append(QList<TraceEvent>(chunk->events + inChunk, chunk->events + inChunk + take));
        index += take;
    }
}

// --- TraceRecorder ---

TraceRecorder::TraceRecorder()
    : m_origin(std::chrono::steady_clock::now())
    , m_uid(g_nextRecorderUid.fetch_add(1))
{
    qRegisterMetaType<TraceEvent>();
    // Paged in now (constructing a chunk writes all of it), so a demo's
    // first events do not pay a page fault each 64 events.
    m_spareChunks.reserve(SpareChunksAtStart);
    for (int i = 0; i < SpareChunksAtStart; ++i)
        m_spareChunks.push_back(new TraceLane::Chunk);
}

TraceRecorder::~TraceRecorder()
{
    clear();
    for (TraceLane::Chunk *chunk : m_spareChunks)
        delete chunk;
}

TraceLane::Chunk *TraceRecorder::takeChunk()
{
    {
        QMutexLocker locker(&m_spareMutex);
        if (!m_spareChunks.empty()) {
            TraceLane::Chunk *chunk = m_spareChunks.back();
            m_spareChunks.pop_back();
            return chunk;
        }
    }
    return new TraceLane::Chunk;
}

void TraceRecorder::recycleChunks(TraceLane &lane)
{
    QMutexLocker locker(&m_spareMutex);
    TraceLane::Chunk *chunk = lane.m_head;
    while (chunk != nullptr) {
        TraceLane::Chunk *next = chunk->next.load(std::memory_order_acquire);
        chunk->next.store(nullptr, std::memory_order_relaxed);
        m_spareChunks.push_back(chunk);
        chunk = next;
    }
    lane.m_head = nullptr;
}

qint64 TraceRecorder::nowNs() const
{
    return nsSince(m_origin);
}

TraceLane *TraceRecorder::addLane(TraceLaneRole role, int number)
{
    QMutexLocker locker(&m_mutex);
    if (number <= 0) {
        number = 1;
        for (const auto &lane : m_lanes) {
            if (lane->role() == role)
                number = std::max(number, lane->number() + 1);
        }
    }
    m_lanes.push_back(std::unique_ptr<TraceLane>(new TraceLane(this, int(m_lanes.size()), role, number)));
    return m_lanes.back().get();
}

TraceLane *TraceRecorder::laneForCurrentThread(TraceLaneRole role)
{
    const quint64 generation = m_generation.load(std::memory_order_relaxed);
    CachedLane &cached = t_cachedLane;
    if (cached.recorderUid == m_uid && cached.generation == generation)
        return cached.lane;

    const Qt::HANDLE self = QThread::currentThreadId();
    TraceLane *lane = nullptr;
    {
        QMutexLocker locker(&m_mutex);
        for (const auto &entry : m_threadLanes) {
            if (entry.first == self)
                lane = entry.second;
        }
    }
    if (lane == nullptr) {
        lane = addLane(role);
        QMutexLocker locker(&m_mutex);
        m_threadLanes.emplace_back(self, lane);
    }
    cached = {m_uid, generation, lane};
    return lane;
}

quint64 TraceRecorder::newFlowId()
{
    return m_nextFlow.fetch_add(1, std::memory_order_relaxed);
}

void TraceRecorder::clear()
{
    QMutexLocker locker(&m_mutex);
    for (auto &lane : m_lanes)
        recycleChunks(*lane);
    m_lanes.clear();
    m_threadLanes.clear();
    m_generation.fetch_add(1, std::memory_order_relaxed);
    m_nextFlow.store(1, std::memory_order_relaxed);
    m_origin = std::chrono::steady_clock::now();
}

QList<TraceRecorder::LaneInfo> TraceRecorder::lanes() const
{
    QMutexLocker locker(&m_mutex);
    QList<LaneInfo> infos;
    infos.reserve(qsizetype(m_lanes.size()));
    for (const auto &lane : m_lanes) {
        LaneInfo info;
        info.id = lane->id();
        info.role = lane->role();
        info.number = lane->number();
        info.currentState = lane->currentState();
        info.currentSinceNs = lane->currentSinceNs();
        info.eventCount = lane->eventCount();
        infos.append(info);
    }
    return infos;
}

QList<TraceEvent> TraceRecorder::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    QList<TraceEvent> events;
    for (const auto &lane : m_lanes) {
        TraceLane::Chunk *chunk = lane->m_head;
        qint64 index = 0;
        lane->appendTo(events, chunk, index);
    }
    return events;
}

QList<TraceEvent> TraceRecorder::takeNew()
{
    QMutexLocker locker(&m_mutex);
    QList<TraceEvent> events;
    for (const auto &lane : m_lanes)
        lane->appendTo(events, lane->m_readChunk, lane->m_readIndex);
    return events;
}

QByteArray TraceRecorder::toChromeTraceJson() const
{
    // A lane added between the two reads still gets a name: the static
    // export names any lane the events mention that the list lacks.
    const QList<LaneInfo> laneInfos = lanes();
    return toChromeTraceJson(snapshot(), laneInfos);
}

QByteArray TraceRecorder::toChromeTraceJson(const QList<TraceEvent> &events, const QList<LaneInfo> &lanes)
{
    QJsonArray out;
    QSet<int> namedLanes;
    auto nameLane = [&out, &namedLanes](int lane, const QString &name) {
        if (namedLanes.contains(lane))
            return;
        namedLanes.insert(lane);
        out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                               {QStringLiteral("name"), QStringLiteral("thread_name")},
                               {QStringLiteral("pid"), Pid},
                               {QStringLiteral("tid"), lane + 1},
                               {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}});
        out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                               {QStringLiteral("name"), QStringLiteral("thread_sort_index")},
                               {QStringLiteral("pid"), Pid},
                               {QStringLiteral("tid"), lane + 1},
                               {QStringLiteral("args"), QJsonObject{{QStringLiteral("sort_index"), lane}}}});
    };
    out.append(QJsonObject{
        {QStringLiteral("ph"), QStringLiteral("M")},
        {QStringLiteral("name"), QStringLiteral("process_name")},
        {QStringLiteral("pid"), Pid},
        {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), QStringLiteral("NetLab")}}}});
    for (const LaneInfo &lane : lanes)
        nameLane(lane.id, laneLabel(lane.role, lane.number));

    QHash<quint64, const TraceEvent *> flowStarts;
    QHash<quint64, const TraceEvent *> flowEnds;
    for (const TraceEvent &event : events) {
        nameLane(event.lane, laneLabel(TraceLaneRole::Thread, event.lane + 1));
        QJsonObject args{{QStringLiteral("state"), stateId(event.state)}};
        if (event.arg >= 0)
            args.insert(QStringLiteral("arg"), double(event.arg));
        out.append(
            QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                        {QStringLiteral("name"), QString::fromLatin1(event.name)},
                        {QStringLiteral("cat"), QString::fromLatin1(event.category)},
                        {QStringLiteral("pid"), Pid},
                        {QStringLiteral("tid"), event.lane + 1},
                        {QStringLiteral("ts"), toUs(event.beginNs)},
                        {QStringLiteral("dur"), toUs(std::max<qint64>(event.endNs - event.beginNs, 0))},
                        {QStringLiteral("args"), args}});
        if (event.flowOut != 0)
            flowStarts.insert(event.flowOut, &event);
        if (event.flowIn != 0)
            flowEnds.insert(event.flowIn, &event);
    }

    // An arrow is written only when both of its ends were recorded: a release
    // nobody waited for has no acquire to point at.
    QList<quint64> ids = flowStarts.keys();
    std::sort(ids.begin(), ids.end());
    for (quint64 id : ids) {
        const TraceEvent *from = flowStarts.value(id);
        const TraceEvent *to = flowEnds.value(id);
        if (to == nullptr)
            continue;
        // "s" must fall inside its slice to bind to it: just before the end.
        const qint64 startNs = std::max(from->beginNs, from->endNs - 1);
        out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                               {QStringLiteral("name"), QStringLiteral("flow")},
                               {QStringLiteral("cat"), QString::fromLatin1(from->category)},
                               {QStringLiteral("id"), double(id)},
                               {QStringLiteral("pid"), Pid},
                               {QStringLiteral("tid"), from->lane + 1},
                               {QStringLiteral("ts"), toUs(startNs)}});
        out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                               {QStringLiteral("bp"), QStringLiteral("e")},
                               {QStringLiteral("name"), QStringLiteral("flow")},
                               {QStringLiteral("cat"), QString::fromLatin1(from->category)},
                               {QStringLiteral("id"), double(id)},
                               {QStringLiteral("pid"), Pid},
                               {QStringLiteral("tid"), to->lane + 1},
                               {QStringLiteral("ts"), toUs(to->beginNs)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("traceEvents"), out},
                                     {QStringLiteral("displayTimeUnit"), QStringLiteral("ms")}})
        .toJson(QJsonDocument::Compact);
}

QString TraceRecorder::laneLabel(TraceLaneRole role, int number)
{
    switch (role) {
    case TraceLaneRole::Main: return tr("main thread");
    case TraceLaneRole::Worker: return tr("worker %1").arg(number);
    case TraceLaneRole::Thread: return tr("thread %1").arg(number);
    case TraceLaneRole::PoolThread: return tr("pool thread %1").arg(number);
    case TraceLaneRole::Process: return tr("process %1").arg(number);
    }
    return tr("thread %1").arg(number);
}

QString TraceRecorder::stateLabel(TraceState state)
{
    switch (state) {
    case TraceState::Running: return tr("running");
    case TraceState::Sleeping: return tr("sleeping");
    case TraceState::WaitingForLock: return tr("waiting for a lock");
    case TraceState::HoldingLock: return tr("holding a lock");
    case TraceState::Joining: return tr("waiting in join()");
    case TraceState::Starting: return tr("starting");
    case TraceState::Finished: return tr("finished");
    case TraceState::Cancelled: return tr("cancelled");
    }
    return QString();
}

QLatin1String TraceRecorder::stateId(TraceState state)
{
    switch (state) {
    case TraceState::Running: return QLatin1String("running");
    case TraceState::Sleeping: return QLatin1String("sleeping");
    case TraceState::WaitingForLock: return QLatin1String("waiting_for_lock");
    case TraceState::HoldingLock: return QLatin1String("holding_lock");
    case TraceState::Joining: return QLatin1String("joining");
    case TraceState::Starting: return QLatin1String("starting");
    case TraceState::Finished: return QLatin1String("finished");
    case TraceState::Cancelled: return QLatin1String("cancelled");
    }
    return QLatin1String("unknown");
}
