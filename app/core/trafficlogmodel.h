#pragma once

#include "trafficevent.h"

#include <QAbstractTableModel>
#include <QTimer>

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
//    are dropped, and counted, at once). A flush that replaces every row
//    swaps the queue in (O(1)); evicted rows with small payloads are
//    released when their slots are reused by new events, or at the latest
//    ReclaimDelayMs after the last flush, so a flood does not pay for a
//    hundred thousand frees inside one flush.
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
    static constexpr int ReclaimDelayMs = 1000; // after a flood, stale rows are released
    static constexpr qsizetype PreviewBytes = 256; // decoded for the Preview column
    static constexpr qsizetype PreviewChars = 200; // shown in the Preview column

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

    // The event shown in row (0 <= row < rowCount()). Its payload holds at most
    // MaxPayloadPerRow bytes. The reference is valid until the next flush,
    // clear(), setCapacity() or setPayloadBudget().
    const TrafficEvent &eventAt(int row) const;
    // How many payload bytes the event in row carried (>= eventAt(row).payload.size()).
    qint64 originalPayloadSize(int row) const;

    // Events queued or shown that were dropped to stay within capacity() or
    // payloadBudget(), since construction or the last clear().
    quint64 evictedCount() const { return m_evicted; }
    // Events waiting for the next flush.
    qsizetype pendingCount() const { return m_pending.size(); }

    // Queues event; it becomes a row at the next flush. The connection target
    // for TrafficRecorder::eventRecorded.
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
    struct Row
    {
        TrafficEvent event;
        qint64 originalSize = 0;
    };

    // A ring of rows that grows on demand up to a limit: O(1) push at the back
    // and drop at the front, no per-row allocation once grown. Slots outside
    // the live range may still hold old rows ("stale") until they are reused
    // or released; see forgetAll().
    class Ring
    {
    public:
        qsizetype size() const { return m_count; }
        bool isEmpty() const { return m_count == 0; }
        Row &at(qsizetype i) { return m_slots[slot(i)]; }
        const Row &at(qsizetype i) const { return m_slots[slot(i)]; }
        Row &front() { return at(0); }
        // A slot at the back for the caller to assign; it may hold a stale
        // row, which the assignment releases. The caller makes sure
        // size() < limit.
        Row &pushBack(qsizetype limit);
        // Drops the front row and returns a slot at the back (the same slot
        // when the ring is full), for the caller to assign.
        Row &replaceFront(qsizetype limit);
        // Drops the n front rows, releasing their memory now.
        void dropFront(qsizetype n);
        // Drops the n front rows without touching them: they stay in their
        // slots, stale, until reused or releaseStale(). O(1).
        void forgetFront(qsizetype n);
        // Forgets all rows without touching them: they stay in their slots,
        // stale, until reused or releaseStale(). O(1).
        void forgetAll();
        // Releases what stale slots hold.
        void releaseStale();
        void swap(Ring &other) noexcept;
        // Releases all rows and all slots.
        void clear();
        // Drops spare slots beyond size() (after a capacity change).
        void shrinkToFit();

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
    };

    QString previewText(const Row &row) const;
    QString toolTip(const Row &row, int column) const;
    // Evicts the oldest n rows with one removal.
    void evictFront(qsizetype n);
    void reclaim();
    void addEvicted(quint64 n);

    Ring m_rows; // shown
    Ring m_pending; // queued for the next flush
    QTimer m_reclaimTimer; // releases stale rows once a flood is over
    qint64 m_keptBytes = 0; // payload bytes in m_rows
    qint64 m_pendingBytes = 0; // payload bytes in m_pending
    qsizetype m_capacity = DefaultCapacity;
    qint64 m_payloadBudget = DefaultPayloadBudget;
    quint64 m_evicted = 0;
    bool m_evictedChanged = false;
    bool m_previewHex = false;
    QTimer m_flushTimer;
};
