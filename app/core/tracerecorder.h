#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

// What a thread is doing during one span of a timeline.
enum class TraceState : quint8 {
    Running,
    Sleeping,
    WaitingForLock,
    HoldingLock,
    Joining, // the main thread waiting in join() for a worker
    Starting, // a thread or process being started
    Finished,
    Cancelled,
};

// Whose lane it is; the lane's label is built from this at display time, so
// it follows a language change.
enum class TraceLaneRole : quint8 {
    Main, // "main thread"
    Worker, // "worker %1"
    Thread, // "thread %1"
    PoolThread, // "pool thread %1"
    Process, // "process %1"
};

// One span on one lane. A plain value, 64 bytes.
//
// Times are nanoseconds on a steady clock since the recorder's origin
// (TraceRecorder::nowNs). name and category must point to string literals
// (static storage, ASCII): they are ids for the exported trace, not text for
// the student; the drawing side labels spans with TraceRecorder::stateLabel.
// A flow id (from TraceRecorder::newFlowId) in flowOut starts an arrow at the
// end of this span; the same id in another span's flowIn ends it at that span's
// start. 0 means no arrow.
struct TraceEvent
{
    qint64 beginNs = 0;
    qint64 endNs = 0;
    const char *name = "";
    const char *category = "";
    qint64 arg = -1; // item number, worker number, ...; -1 none
    quint64 flowOut = 0;
    quint64 flowIn = 0;
    int lane = -1;
    TraceState state = TraceState::Running;
};
Q_DECLARE_METATYPE(TraceEvent)

class TraceRecorder;

// The event buffer of one thread. Exactly ONE thread may write to a lane
// (record/setCurrent) at a time; any thread may read through the recorder
// meanwhile. Writing takes no lock: events go into fixed-size chunks and are
// published with one release store of the count, so a reader sees only whole
// events. Only every ChunkSize-th event fetches a new chunk (recycled from an
// earlier run when there is one, under a short lock). Owned by the
// TraceRecorder; valid until its clear() or destruction.
class TraceLane
{
public:
    static constexpr int ChunkSize = 1024;

    int id() const { return m_id; }
    TraceLaneRole role() const { return m_role; }
    int number() const { return m_number; }

    // Now, in ns since the recorder's origin.
    qint64 nowNs() const;

    // Appends one span (its lane field is set here). Writer thread only.
    void record(const TraceEvent &event);
    void record(TraceState state, const char *name, const char *category, qint64 beginNs, qint64 endNs,
                qint64 arg = -1, quint64 flowOut = 0, quint64 flowIn = 0);

    // What the thread is doing right now, since when (ns since origin), so a
    // live view can draw a span that has not ended yet. Writer thread only.
    void setCurrent(TraceState state, qint64 sinceNs);
    void setCurrent(TraceState state) { setCurrent(state, nowNs()); }

    // Any thread.
    TraceState currentState() const;
    qint64 currentSinceNs() const;
    qint64 eventCount() const { return m_published.load(std::memory_order_acquire); }

private:
    friend class TraceRecorder;
    struct Chunk
    {
        TraceEvent events[ChunkSize];
        std::atomic<Chunk *> next{nullptr};
    };

    TraceLane(TraceRecorder *recorder, int id, TraceLaneRole role, int number);
    TraceEvent &nextSlot();
    void publish();
    void appendTo(QList<TraceEvent> &out, Chunk *&chunk, qint64 &index) const;

    TraceRecorder *m_recorder;
    const int m_id;
    const TraceLaneRole m_role;
    const int m_number;
    Chunk *m_head; // the chain belongs to the recorder (recycled by clear())
    Chunk *m_tail; // writer only
    int m_tailUsed = 0; // writer only
    std::atomic<qint64> m_published{0};
    std::atomic<quint64> m_current{0}; // sinceNs << 8 | state
    // The draining reader's position (TraceRecorder::takeNew, owner thread only).
    Chunk *m_readChunk;
    qint64 m_readIndex = 0;
};

// A timeline of several threads: one lane per thread, a steady-clock origin,
// flow ids for arrows, snapshots for a drawing side, and Chrome trace-event
// JSON export (opens in Perfetto and chrome://tracing).
//
// Threads: addLane, laneForCurrentThread, newFlowId and nowNs may be called
// from any thread. snapshot, lanes and the export may be called from any
// thread while writers run. takeNew is for ONE reader (the owner thread).
// clear() must only be called while no thread writes (the demos call it in
// start(), before their threads exist). Not copyable.
class TraceRecorder
{
    Q_DECLARE_TR_FUNCTIONS(TraceRecorder)
public:
    struct LaneInfo
    {
        int id = -1;
        TraceLaneRole role = TraceLaneRole::Thread;
        int number = 0;
        TraceState currentState = TraceState::Running;
        qint64 currentSinceNs = 0;
        qint64 eventCount = 0;
    };

    TraceRecorder();
    ~TraceRecorder();
    TraceRecorder(const TraceRecorder &) = delete;
    TraceRecorder &operator=(const TraceRecorder &) = delete;

    // ns since the origin (construction or the last clear()).
    qint64 nowNs() const;
    std::chrono::steady_clock::time_point origin() const { return m_origin; }

    // A new lane; owned by the recorder. number 0 means "next free number for
    // this role" (1, 2, ...).
    TraceLane *addLane(TraceLaneRole role, int number = 0);
    // The calling thread's lane, created on its first call (role, next
    // number). A thread-local cache makes later calls cost a few ns.
    TraceLane *laneForCurrentThread(TraceLaneRole role);

    quint64 newFlowId();

    // Drops every lane and event and restarts the clock. No writer may run.
    void clear();

    QList<LaneInfo> lanes() const;
    // Every event so far, lane by lane, each lane in recording order.
    QList<TraceEvent> snapshot() const;
    // The events recorded since the previous takeNew (owner thread only).
    QList<TraceEvent> takeNew();

    // {"traceEvents": [...]}: thread_name/thread_sort_index M events, one X
    // event per span (ts/dur in µs), s/f flow events for every flow id that
    // has both ends. Lane names are translated at export time.
    QByteArray toChromeTraceJson() const;
    static QByteArray toChromeTraceJson(const QList<TraceEvent> &events, const QList<LaneInfo> &lanes);

    static QString laneLabel(TraceLaneRole role, int number);
    static QString stateLabel(TraceState state); // translated, for the student
    static QLatin1String stateId(TraceState state); // stable ASCII id: "running", "waiting_for_lock"

private:
    friend class TraceLane;
    TraceLane::Chunk *takeChunk();
    void recycleChunks(TraceLane &lane);

    std::chrono::steady_clock::time_point m_origin;
    const quint64 m_uid; // distinguishes recorders in the thread-local cache
    std::atomic<quint64> m_generation{1};
    std::atomic<quint64> m_nextFlow{1};
    mutable QMutex m_mutex; // guards m_lanes (not the events)
    std::vector<std::unique_ptr<TraceLane>> m_lanes;
    std::vector<std::pair<Qt::HANDLE, TraceLane *>> m_threadLanes;
    // Chunks of earlier runs, already paged in: a fresh page costs a page
    // fault (microseconds), which would be most of an event's cost.
    QMutex m_spareMutex;
    std::vector<TraceLane::Chunk *> m_spareChunks;
};
