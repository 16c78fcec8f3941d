#include "trafficlogmodel.h"

#include "bytesformat.h"
#include "eventclock.h"
#include "textcodecs.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cstring>
#include <functional>
#include <utility>

namespace {
// Rings up to this many slots grow geometrically; beyond, straight to the limit.
constexpr qsizetype kSmallRing = 4096;
// The string pool is searched for unused strings when it grows past twice
// what it held after the last search, and at least this many.
constexpr qsizetype kMinStringsToCollect = 256;
} // namespace

// --- StringPool -----------------------------------------------------------

TrafficLogModel::StringPool::StringPool()
{
    m_strings.emplace_back();
}

quint32 TrafficLogModel::StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    Recent &recent = m_recent[recentSlot(text.constData())];
    if (recent.text.constData() == text.constData() && recent.text.size() == text.size())
        return recent.id;
    auto it = m_ids.constFind(text);
    if (it == m_ids.constEnd()) {
        quint32 id = 0;
        if (m_free.empty()) {
            id = quint32(m_strings.size());
            m_strings.push_back(text);
        } else {
            id = m_free.back();
            m_free.pop_back();
            m_strings[id] = text;
        }
        it = m_ids.insert(text, id);
    }
    recent.text = text;
    recent.id = it.value();
    return recent.id;
}

void TrafficLogModel::StringPool::releaseUnused(const std::vector<bool> &used)
{
    m_recent.fill(Recent());
    for (quint32 id = 1; id < m_strings.size(); ++id) {
        if (used[id] || m_strings[id].isNull())
            continue;
        m_ids.remove(m_strings[id]);
        m_strings[id] = QString();
        m_free.push_back(id);
    }
}

void TrafficLogModel::StringPool::clear()
{
    m_strings.resize(1);
    m_strings.shrink_to_fit();
    m_ids.clear();
    m_ids.squeeze();
    std::vector<quint32>().swap(m_free);
    m_recent.fill(Recent());
}

// --- ByteArena ------------------------------------------------------------

const char *TrafficLogModel::ByteArena::push(const char *data, qsizetype size)
{
    Q_ASSERT(size >= 0 && size <= ChunkBytes);
    if (m_chunks.empty() || ChunkBytes - m_backUsed < size) {
        // Not value-initialized: pages are touched only as bytes arrive.
        m_chunks.emplace_back(new char[ChunkBytes]);
        m_backUsed = 0;
    }
    char *at = m_chunks.back().get() + m_backUsed;
    std::memcpy(at, data, size_t(size));
    m_backUsed += size;
    return at;
}

void TrafficLogModel::ByteArena::releaseBefore(const char *data)
{
    const std::less<const char *> before;
    while (m_chunks.size() > 1) {
        const char *first = m_chunks.front().get();
        if (!before(data, first) && before(data, first + ChunkBytes))
            break;
        m_chunks.pop_front();
    }
}

void TrafficLogModel::ByteArena::splice(ByteArena &other)
{
    if (other.m_chunks.empty())
        return;
    for (auto &chunk : other.m_chunks)
        m_chunks.push_back(std::move(chunk));
    m_backUsed = other.m_backUsed;
    other.clear();
}

void TrafficLogModel::ByteArena::clear()
{
    m_chunks.clear();
    m_chunks.shrink_to_fit();
    m_backUsed = 0;
}

void TrafficLogModel::ByteArena::swap(ByteArena &other) noexcept
{
    m_chunks.swap(other.m_chunks);
    std::swap(m_backUsed, other.m_backUsed);
}

// --- Ring -----------------------------------------------------------------

TrafficLogModel::Row &TrafficLogModel::Ring::pushBack(qsizetype limit)
{
    if (m_count < qsizetype(m_slots.size()))
        return m_slots[slot(m_count++)];
    // Full: grow. Rotate first so that the live rows are in order and the new
    // one goes at the end. Small logs grow geometrically; past kSmallRing
    // slots the room for the limit is reserved at once, so a flood never
    // stops to move a hundred thousand rows into a bigger array. Reserving
    // is cheap: untouched pages of a large allocation take no memory.
    linearize();
    if (m_slots.size() == m_slots.capacity()) {
        const qsizetype size = qsizetype(m_slots.size());
        const qsizetype wanted = size < kSmallRing ? std::max<qsizetype>(64, size * 2) : limit;
        m_slots.reserve(size_t(std::max<qsizetype>(std::min(wanted, limit), size + 1)));
    }
    m_slots.emplace_back();
    ++m_count;
    return m_slots.back();
}

void TrafficLogModel::Ring::dropFront(qsizetype n)
{
    Q_ASSERT(n >= 0 && n <= m_count);
    for (qsizetype i = 0; i < n; ++i) {
        // Only what holds memory is reset; pushBack() callers assign every
        // field. A raw view into the arena holds nothing itself.
        Row &row = m_slots[m_head];
        if (row.packed)
            m_arena.releaseBefore(row.payload.constData());
        else
            row.payload = QByteArray();
        row.timeNs = 0;
        if (++m_head == qsizetype(m_slots.size()))
            m_head = 0;
    }
    m_count -= n;
    if (m_count == 0) {
        m_head = 0;
        m_arena.clear();
    }
}

void TrafficLogModel::Ring::takeAll(Ring &other, qsizetype limit)
{
    for (qsizetype i = 0; i < other.m_count; ++i)
        pushBack(limit) = std::move(other.at(i));
    // The moved rows' packed payloads stay where they are: their chunks move
    // over, behind this ring's, which keeps the arena in row order.
    m_arena.splice(other.m_arena);
    other.m_head = 0;
    other.m_count = 0;
}

void TrafficLogModel::Ring::swap(Ring &other) noexcept
{
    m_slots.swap(other.m_slots);
    std::swap(m_head, other.m_head);
    std::swap(m_count, other.m_count);
    m_arena.swap(other.m_arena);
}

void TrafficLogModel::Ring::clear()
{
    std::vector<Row>().swap(m_slots);
    m_head = 0;
    m_count = 0;
    m_arena.clear();
}

void TrafficLogModel::Ring::linearize()
{
    if (m_head != 0) {
        std::rotate(m_slots.begin(), m_slots.begin() + m_head, m_slots.end());
        m_head = 0;
    }
}

void TrafficLogModel::Ring::shrinkToFit()
{
    linearize();
    m_slots.resize(size_t(m_count));
    m_slots.shrink_to_fit();
}

// --- TrafficLogModel -----------------------------------------------------------

TrafficLogModel::TrafficLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrafficLogModel::flush);
    m_reclaimTimer.setSingleShot(true);
    m_reclaimTimer.setInterval(ReclaimDelayMs);
    connect(&m_reclaimTimer, &QTimer::timeout, this, &TrafficLogModel::reclaim);
}

TrafficLogModel::~TrafficLogModel() = default;

void TrafficLogModel::setCapacity(qsizetype rows)
{
    rows = std::max<qsizetype>(1, rows);
    if (rows == m_capacity)
        return;
    m_capacity = rows;
    while (m_pending.size() > m_capacity) {
        m_pendingBytes -= m_pending.front().payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    if (m_rows.size() > m_capacity)
        evictFront(m_rows.size() - m_capacity);
    m_rows.shrinkToFit();
    m_pending.shrinkToFit();
    if (std::exchange(m_evictedChanged, false))
        emit evictedCountChanged(m_evicted);
}

void TrafficLogModel::setPayloadBudget(qint64 bytes)
{
    bytes = std::max<qint64>(bytes, MaxPayloadPerRow);
    if (bytes == m_payloadBudget)
        return;
    m_payloadBudget = bytes;
    while (m_pendingBytes > m_payloadBudget) {
        m_pendingBytes -= m_pending.front().payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    qsizetype n = 0;
    for (qint64 kept = m_keptBytes; kept > m_payloadBudget; ++n)
        kept -= m_rows.at(n).payload.size();
    if (n > 0)
        evictFront(n);
    if (std::exchange(m_evictedChanged, false))
        emit evictedCountChanged(m_evicted);
}

void TrafficLogModel::setPreviewHex(bool hex)
{
    if (hex == m_previewHex)
        return;
    m_previewHex = hex;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Preview), index(rowCount() - 1, Preview), {Qt::DisplayRole});
}

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return row.timeNs != 0
                ? EventClock::fromNSecsSinceEpoch(row.timeNs).time().toString(QStringLiteral("hh:mm:ss.zzz"))
                : QString();
        case Tab: return TrafficNames::tabLabel(m_strings.at(row.tab));
        case Direction: {
            // The direction follows from the kind alone.
            TrafficEvent kindOnly;
            kindOnly.kind = row.kind;
            return TrafficNames::directionArrow(kindOnly.direction());
        }
        case Event: return TrafficNames::kindLabel(row.kind);
        case Protocol: return TrafficNames::protocolId(row.protocol).toUpper();
        case Local: return m_strings.at(row.local);
        case Peer: return m_strings.at(row.peer);
        case Bytes: return qlonglong(row.originalSize);
        case Preview: return previewText(row);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Bytes)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Direction)
            return int(Qt::AlignCenter);
        break;
    default: break;
    }
    return QVariant();
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Time: return tr("Time");
        case Tab: return tr("Tab");
        case Direction: return tr("Dir.", "column header: direction arrow");
        case Event: return tr("Event");
        case Protocol: return tr("Protocol");
        case Local: return tr("Local");
        case Peer: return tr("Peer");
        case Bytes: return tr("Bytes");
        case Preview: return tr("Preview");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Time: return tr("When it happened, in local time (hours:minutes:seconds.milliseconds)");
        case Direction: return tr("→ this program sent or started it, ← it came from the peer");
        case Local: return tr("The address and port on this computer");
        case Peer: return tr("The address and port on the other side");
        case Bytes: return tr("How many bytes the event carried");
        case Preview: return tr("The start of the data, as text in the tab's encoding or as hex bytes");
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && section == Bytes) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

TrafficEvent TrafficLogModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const Row &kept = m_rows.at(row);
    TrafficEvent event;
    event.timeNs = kept.timeNs;
    if (kept.timeNs != 0)
        event.time = EventClock::fromNSecsSinceEpoch(kept.timeNs);
    event.end = kept.end;
    event.tab = m_strings.at(kept.tab);
    event.kind = kept.kind;
    event.protocol = kept.protocol;
    event.local = m_strings.at(kept.local);
    event.peer = m_strings.at(kept.peer);
    // A packed payload lives in the model's arena: hand out a copy.
    event.payload = kept.packed ? QByteArray(kept.payload.constData(), kept.payload.size()) : kept.payload;
    event.encoding = m_strings.at(kept.encoding);
    event.note = m_strings.at(kept.note);
    return event;
}

TrafficLogModel::RowView TrafficLogModel::rowView(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const Row &kept = m_rows.at(row);
    return RowView{m_strings.at(kept.tab),
                   kept.kind,
                   kept.protocol,
                   m_strings.at(kept.local),
                   m_strings.at(kept.peer),
                   QByteArrayView(kept.payload),
                   m_strings.at(kept.encoding),
                   m_strings.at(kept.note)};
}

qint64 TrafficLogModel::originalPayloadSize(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).originalSize;
}

void TrafficLogModel::append(const TrafficEvent &event)
{
    if (m_strings.liveCount() >= m_collectStringsAt)
        collectStrings();
    // The queue is bounded like the rows: what could never become a row is
    // dropped (and counted) now, so a burst cannot pile up memory between
    // two flushes. The new event then takes the dropped one's slot.
    if (m_pending.size() >= m_capacity) {
        m_pendingBytes -= m_pending.front().payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    // Decided before the push, which may grow the queue into the limit.
    const bool pack = m_rows.size() + m_pending.size() + 1 >= PackFromRows;
    Row &row = m_pending.pushBack(m_capacity);
    row.timeNs = event.timeNs != 0 ? event.timeNs
        : event.time.isValid()     ? event.time.toMSecsSinceEpoch() * 1000000
                                   : 0;
    row.end = event.end;
    row.originalSize = event.payload.size();
    row.tab = m_strings.intern(event.tab);
    row.local = m_strings.intern(event.local);
    row.peer = m_strings.intern(event.peer);
    row.encoding = m_strings.intern(event.encoding);
    row.note = m_strings.intern(event.note);
    row.kind = event.kind;
    row.protocol = event.protocol;
    const QByteArray &payload = event.payload;
    const qsizetype size = std::min(payload.size(), MaxPayloadPerRow);
    row.packed = pack && size > 0 && size <= PackMaxBytes;
    if (row.packed) {
        row.payload = QByteArray::fromRawData(m_pending.pack(payload.constData(), size), size);
    } else if (size < payload.size()
               || payload.capacity() - payload.size() > std::max<qsizetype>(payload.size(), 256)) {
        // Cut to MaxPayloadPerRow; or a socket read buffer far larger than
        // what it holds: keep only the bytes, not the spare room, for as long
        // as the row lives.
        row.payload = QByteArray(payload.constData(), size);
    } else {
        row.payload = payload;
    }
    m_pendingBytes += size;
    while (m_pendingBytes > m_payloadBudget) {
        m_pendingBytes -= m_pending.front().payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TrafficLogModel::flush()
{
    m_flushTimer.stop();
    const qsizetype incoming = m_pending.size();
    if (incoming > 0) {
        // How many of the oldest rows must go so that the new ones fit the row
        // capacity and the payload budget. append() keeps the queue itself
        // within both, so evicting shown rows is always enough.
        const qsizetype shown = m_rows.size();
        qsizetype evict = std::max<qsizetype>(0, shown + incoming - m_capacity);
        if (evict < shown) {
            qint64 bytesAfter = m_keptBytes + m_pendingBytes;
            for (qsizetype i = 0; i < evict; ++i)
                bytesAfter -= m_rows.at(i).payload.size();
            while (bytesAfter > m_payloadBudget && evict < shown)
                bytesAfter -= m_rows.at(evict++).payload.size();
        }

        if (evict > 0) {
            beginRemoveRows(QModelIndex(), 0, int(evict) - 1);
            if (evict == shown) {
                m_keptBytes = 0;
            } else {
                for (qsizetype i = 0; i < evict; ++i)
                    m_keptBytes -= m_rows.at(i).payload.size();
            }
            m_rows.dropFront(evict);
            endRemoveRows();
            addEvicted(quint64(evict));
        }
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
        if (m_rows.isEmpty()) {
            // Always the case under a flood, and for the first flush: the
            // queue becomes the rows as it is, an O(1) swap instead of moving
            // each row; the old (empty) ring becomes the queue.
            m_rows.swap(m_pending);
        } else {
            m_rows.takeAll(m_pending, m_capacity);
        }
        m_keptBytes += m_pendingBytes;
        m_pendingBytes = 0;
        endInsertRows();
        m_reclaimTimer.start();
    }
    if (std::exchange(m_evictedChanged, false))
        emit evictedCountChanged(m_evicted);
}

void TrafficLogModel::clear()
{
    m_flushTimer.stop();
    m_reclaimTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_strings.clear();
    m_collectStringsAt = 0;
    m_keptBytes = 0;
    m_pendingBytes = 0;
    endResetModel();
    m_evictedChanged = false;
    if (std::exchange(m_evicted, 0) != 0)
        emit evictedCountChanged(0);
}

void TrafficLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Tab), index(rowCount() - 1, Bytes), {Qt::DisplayRole, Qt::ToolTipRole});
}

QString TrafficLogModel::previewText(const Row &row) const
{
    const QByteArray &payload = row.payload;
    if (payload.isEmpty())
        return BytesFormat::oneLine(m_strings.at(row.note), PreviewChars);
    // payload may be a raw view into the arena: used here only, never kept.
    if (m_previewHex)
        return BytesFormat::hex(payload, u' ', PreviewChars / 3);

    // Only the start is decoded: the preview is one line of at most
    // PreviewChars, and a row may hold 64 KiB.
    const bool cut = payload.size() > PreviewBytes;
    const QByteArray head = cut ? payload.first(PreviewBytes) : payload;
    const TextCodecs::DecodeResult decoded = TextCodecs::decode(head, m_strings.at(row.encoding));
    QString text = decoded.valid ? decoded.text : QString::fromUtf8(head);
    // A character split by the cut is not an invalid byte of the payload.
    if (cut && decoded.valid && !decoded.invalid.isEmpty()) {
        const TextCodecs::InvalidRange &last = decoded.invalid.constLast();
        if (last.offset + last.length == head.size() && text.endsWith(QChar::ReplacementCharacter))
            text.chop(1);
    }
    QString line = BytesFormat::oneLine(text, PreviewChars);
    if (cut && !line.endsWith(u'…'))
        line += u'…';
    return line;
}

QString TrafficLogModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return row.timeNs != 0
            ? QLocale().toString(EventClock::fromNSecsSinceEpoch(row.timeNs), QLocale::LongFormat)
            : QString();
    case Bytes:
        if (row.originalSize > row.payload.size()) {
            return tr("%2 bytes; the log view keeps the first %1 of them.")
                .arg(QLocale().toString(qlonglong(row.payload.size())),
                     QLocale().toString(qlonglong(row.originalSize)));
        }
        return tr("%Ln byte(s)", nullptr, int(std::min<qint64>(row.originalSize, INT_MAX)));
    default: break;
    }
    return QString();
}

void TrafficLogModel::evictFront(qsizetype n)
{
    Q_ASSERT(n > 0 && n <= m_rows.size());
    beginRemoveRows(QModelIndex(), 0, int(n) - 1);
    for (qsizetype i = 0; i < n; ++i)
        m_keptBytes -= m_rows.at(i).payload.size();
    m_rows.dropFront(n);
    endRemoveRows();
    addEvicted(quint64(n));
}

void TrafficLogModel::reclaim()
{
    // A flood leaves the queue with slots for capacity() events; once events
    // stop coming, give them back.
    if (m_pending.isEmpty())
        m_pending.clear();
}

void TrafficLogModel::collectStrings()
{
    // Endpoints and notes of long-gone rows: find the strings rows and queued
    // events still use and release the rest. Amortized: the next search only
    // comes after the pool doubled.
    std::vector<bool> used(size_t(m_strings.slotCount()), false);
    const auto mark = [&used](const Row &row) {
        used[row.tab] = used[row.local] = used[row.peer] = used[row.encoding] = used[row.note] = true;
    };
    m_rows.forEach(mark);
    m_pending.forEach(mark);
    m_strings.releaseUnused(used);
    m_collectStringsAt = std::max(kMinStringsToCollect, 2 * m_strings.liveCount());
}

void TrafficLogModel::addEvicted(quint64 n)
{
    m_evicted += n;
    m_evictedChanged = true;
}
