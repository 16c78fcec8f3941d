#pragma once

#include "trafficevent.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QHash>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <vector>

// The traffic log: every network event of every tab, newest last, as a table.
//
// A bounded ring buffer behind a QAbstractTableModel, built for bursts of
// tens of thousands of events a second:
//  - append() only queues; queued events become rows in one flush, at most
//    every FlushIntervalMs (a single-shot timer started by the first queued
//    event), with ONE beginInsertRows/endInsertRows and at most ONE
//    beginRemoveRows/endRemoveRows (oldest rows, from the front) per flush.
//  - At most capacity() rows are shown. When a flush brings more than
//    capacity() events, only the newest capacity() become rows.
//  - A row keeps at most MaxPayloadPerRow bytes of its payload (the
//    transcript keeps them all); originalPayloadSize() says how many there
//    were. All rows together keep at most payloadBudget() payload bytes; the
//    oldest rows go first.
//  - Nothing is dropped silently: every event that was queued but is no longer
//    (or never was) a row, because of the row capacity or the payload budget,
//    counts in evictedCount(). clear() does not count.
//  - Rows keep raw bytes; all text (time, labels, preview, hex) is built in
//    data(), for the rows a view actually shows.
//  - Memory: at most capacity() rows shown plus capacity() queued. The
//    queue is bounded like the rows (events that could never become rows
//    are dropped, and counted, at once). A row is a compact record, not a
//    TrafficEvent: its strings (tab, endpoints, encoding, note) are interned
//    once for all rows, and once the log holds PackFromRows rows or more,
//    payloads of at most PackMaxBytes are copied into 32 KiB chunks instead
//    of keeping one allocation each (a QByteArray's header and the
//    allocator's overhead add some 30 bytes to a typical 100-byte payload).
//    Smaller logs share the caller's bytes. Evicted and dropped rows release
//    their memory at once. A flush that evicts every row (a flood) makes the
//    queue the rows with an O(1) swap. eventAt() rebuilds a TrafficEvent on
//    demand.
//
// GUI thread only (the recorder's signal reaches it queued from other threads).
// The model never owns anything but its rows.
class TrafficLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Time, // hh:mm:ss.zzz, local time
        Tab, // TrafficNames::tabLabel (translated)
        Direction, // "→" outgoing, "←" incoming, "" otherwise
        Event, // TrafficNames::kindLabel (translated)
        Protocol, // "TCP" / "UDP"
        Local, // endpoint text
        Peer, // endpoint text, empty when there is none
        Bytes, // originalPayloadSize(), a number (the view formats it)
        Preview, // payload decoded in the event's encoding on one line, or hex
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr qsizetype DefaultCapacity = 100000;
    static constexpr qsizetype MaxPayloadPerRow = 64 * 1024; // bytes
    static constexpr qint64 DefaultPayloadBudget = 256LL * 1024 * 1024; // bytes
    static constexpr int FlushIntervalMs = 50;
    // After a flood, the queue's slot array (sized for capacity() rows) is
    // released this long after the last flush. Rows themselves are released
    // when they are evicted.
    static constexpr int ReclaimDelayMs = 1000;
    static constexpr qsizetype PreviewBytes = 256; // decoded for the Preview column
    static constexpr qsizetype PreviewChars = 200; // shown in the Preview column
    // Payloads of at most PackMaxBytes are packed into chunks once rows plus
    // queued events reach PackFromRows (see "Memory" above).
    static constexpr qsizetype PackFromRows = 1024;
    static constexpr qsizetype PackMaxBytes = 1024; // bytes

    explicit TrafficLogModel(QObject *parent = nullptr);
    ~TrafficLogModel() override;

    // Rows shown at most (>= 1). Shrinking below the current row count evicts
    // the oldest rows at once (one removal, counted as evicted).
    void setCapacity(qsizetype rows);
    qsizetype capacity() const { return m_capacity; }

    // Payload bytes kept by all rows together (>= MaxPayloadPerRow, so one
    // row always fits). Lowering it evicts the oldest rows at once.
    void setPayloadBudget(qint64 bytes);
    qint64 payloadBudget() const { return m_payloadBudget; }
    // Payload bytes the rows keep now (after the per-row cut).
    qint64 keptPayloadBytes() const { return m_keptBytes; }

    // Preview column: decoded text (false, the default) or hex bytes (true).
    void setPreviewHex(bool hex);
    bool previewHex() const { return m_previewHex; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The event shown in row (0 <= row < rowCount()), rebuilt from the row: a
    // copy that stays valid after the row is gone. Its payload holds at most
    // MaxPayloadPerRow bytes.
    TrafficEvent eventAt(int row) const;

    // The fields of a row without copying them (for filters that look at
    // every row). The references and the payload view are valid until the
    // next flush, clear(), setCapacity() or setPayloadBudget().
    struct RowView
    {
        const QString &tab;
        TrafficKind kind;
        TrafficProtocol protocol;
        const QString &local;
        const QString &peer;
        QByteArrayView payload; // at most MaxPayloadPerRow bytes
        const QString &encoding;
        const QString &note;
    };
    RowView rowView(int row) const;
    // How many payload bytes the event in row carried (>= eventAt(row).payload.size()).
    qint64 originalPayloadSize(int row) const;

    // Events queued or shown that were dropped to stay within capacity() or
    // payloadBudget(), since construction or the last clear().
    quint64 evictedCount() const { return m_evicted; }
    // Events waiting for the next flush.
    qsizetype pendingCount() const { return m_pending.size(); }

    // Queues event; it becomes a row at the next flush. The connection target
    // for TrafficRecorder::eventRecorded, which stamps timeNs; an event without
    // it is converted from its QDateTime here, which for a local time costs a
    // time-zone lookup per event.
    void append(const TrafficEvent &event);
    // Turns all queued events into rows now (tests, shutdown).
    void flush();
    // Removes all rows and queued events, and sets evictedCount() back to 0.
    void clear();
    // Call after the application language changed: the translated columns and
    // headers are announced as changed (models get no LanguageChange event).
    void retranslate();

signals:
    void evictedCountChanged(quint64 count);

private:
    // Strings shared by many rows, stored once: a row keeps ids. Id 0 is the
    // empty string. Unused strings are released by collectStrings().
    class StringPool
    {
    public:
        StringPool();
        // The id of text, adding it when new.
        quint32 intern(const QString &text);
        const QString &at(quint32 id) const { return m_strings[id]; }
        // Slots, including freed ones not reused yet (ids are below this).
        qsizetype slotCount() const { return qsizetype(m_strings.size()); }
        qsizetype liveCount() const { return slotCount() - qsizetype(m_free.size()); }
        // Frees every string whose slot is false in used (slot 0 is kept).
        void releaseUnused(const std::vector<bool> &used);
        void clear();

    private:
        // Strings seen lately, by data pointer: the rows of one connection
        // share their endpoint strings, and are found without hashing. Each
        // entry holds a reference, so its data cannot be freed and reused by
        // another string while it is here.
        struct Recent
        {
            QString text;
            quint32 id = 0;
        };
        static constexpr size_t RecentCount = 64;
        static size_t recentSlot(const QChar *data)
        {
            return size_t((quintptr(data) >> 3) * 0x9E3779B97F4A7C15ULL >> 58) % RecentCount;
        }

        std::vector<QString> m_strings;
        QHash<QString, quint32> m_ids;
        std::vector<quint32> m_free;
        std::array<Recent, RecentCount> m_recent;
    };

    // Payload bytes in 32 KiB chunks, first in first out: push() copies
    // bytes at the back; releaseBefore() frees the chunks older than the one
    // holding the oldest bytes still needed. Chunks never move, so pointers
    // into them stay valid until released.
    class ByteArena
    {
    public:
        // Just under 32 KiB with the allocator's header: glibc consolidates
        // its free lists whenever a block of 64 KiB or more is freed.
        static constexpr qsizetype ChunkBytes = 32 * 1024 - 64;
        // Copies size (<= ChunkBytes) bytes and returns where they are.
        const char *push(const char *data, qsizetype size);
        // Frees the chunks before the one that holds data.
        void releaseBefore(const char *data);
        // Appends other's chunks after this arena's (other becomes empty).
        void splice(ByteArena &other);
        void clear();
        void swap(ByteArena &other) noexcept;

    private:
        std::deque<std::unique_ptr<char[]>> m_chunks;
        qsizetype m_backUsed = 0; // bytes used in the back chunk
    };

    // One row or queued event, compact: 64 bytes plus the payload.
    struct Row
    {
        qint64 timeNs = 0; // TrafficEvent::timeNs (0: no time); a QDateTime with an offset would allocate
        qint64 originalSize = 0;
        // The caller's bytes (shared, or a trimmed copy), or when packed a
        // raw view into the ring's arena that must never leave the model.
        QByteArray payload;
        quint32 tab = 0; // StringPool ids
        quint32 local = 0;
        quint32 peer = 0;
        quint32 encoding = 0;
        quint32 note = 0;
        TrafficKind kind = TrafficKind::Sent;
        TrafficProtocol protocol = TrafficProtocol::Tcp;
        bool packed = false;
        TrafficEnd end = TrafficEnd::Unknown;
    };
    static_assert(sizeof(void *) != 8 || sizeof(Row) == 64, "a row is meant to fill one cache line");

    // A ring of rows that grows on demand up to a limit: O(1) push at the back
    // and drop at the front, no per-row allocation once grown. Packed
    // payloads live in the ring's arena, in row order.
    class Ring
    {
    public:
        qsizetype size() const { return m_count; }
        bool isEmpty() const { return m_count == 0; }
        Row &at(qsizetype i) { return m_slots[slot(i)]; }
        const Row &at(qsizetype i) const { return m_slots[slot(i)]; }
        Row &front() { return at(0); }
        // An empty slot at the back for the caller to fill. The caller makes
        // sure size() < limit.
        Row &pushBack(qsizetype limit);
        // Copies size bytes into the arena, for the row pushed last.
        const char *pack(const char *data, qsizetype size) { return m_arena.push(data, size); }
        // Drops the n front rows, releasing their memory now.
        void dropFront(qsizetype n);
        // Moves all of other's rows (and their packed payloads) to the back;
        // other becomes empty. The caller makes sure they fit the limit.
        void takeAll(Ring &other, qsizetype limit);
        void swap(Ring &other) noexcept;
        // Releases all rows and all slots.
        void clear();
        // Drops spare slots beyond size() (after a capacity change, or a flood).
        void shrinkToFit();
        template<typename F> void forEach(F f) const
        {
            for (qsizetype i = 0; i < m_count; ++i)
                f(at(i));
        }

    private:
        qsizetype slot(qsizetype i) const
        {
            const qsizetype s = m_head + i;
            return s < qsizetype(m_slots.size()) ? s : s - qsizetype(m_slots.size());
        }
        void linearize();

        std::vector<Row> m_slots;
        qsizetype m_head = 0;
        qsizetype m_count = 0;
        ByteArena m_arena;
    };

    QString previewText(const Row &row) const;
    QString toolTip(const Row &row, int column) const;
    // Evicts the oldest n rows with one removal.
    void evictFront(qsizetype n);
    void reclaim();
    void addEvicted(quint64 n);
    // Releases the pooled strings no row or queued event uses any more.
    void collectStrings();

    StringPool m_strings;
    qsizetype m_collectStringsAt = 0; // pool size that triggers collectStrings()

    Ring m_rows; // shown
    Ring m_pending; // queued for the next flush
    QTimer m_reclaimTimer; // releases the queue's spare slots once a flood is over
    qint64 m_keptBytes = 0; // payload bytes in m_rows
    qint64 m_pendingBytes = 0; // payload bytes in m_pending
    qsizetype m_capacity = DefaultCapacity;
    qint64 m_payloadBudget = DefaultPayloadBudget;
    quint64 m_evicted = 0;
    bool m_evictedChanged = false;
    bool m_previewHex = false;
    QTimer m_flushTimer;
};
