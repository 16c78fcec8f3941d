#include "trafficlogmodel.h"

#include "bytesformat.h"
#include "textcodecs.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <utility>

namespace {
// Evicted payloads larger than this are released at once; smaller ones when
// their slot is reused (see flush()).
constexpr qsizetype kReleaseAtOnceBytes = 1024;
// Rings up to this many slots grow geometrically; beyond, straight to the limit.
constexpr qsizetype kSmallRing = 4096;
} // namespace

// --- Ring ---------------------------------------------------------------

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

TrafficLogModel::Row &TrafficLogModel::Ring::replaceFront(qsizetype limit)
{
    Q_ASSERT(m_count > 0);
    if (m_count == qsizetype(m_slots.size())) {
        // Full ring: the front slot becomes the back slot; assigning to it
        // releases the old row. No extra pass over the row.
        Row &reused = m_slots[m_head];
        if (++m_head == qsizetype(m_slots.size()))
            m_head = 0;
        return reused;
    }
    dropFront(1);
    return pushBack(limit);
}

void TrafficLogModel::Ring::dropFront(qsizetype n)
{
    Q_ASSERT(n >= 0 && n <= m_count);
    for (qsizetype i = 0; i < n; ++i) {
        // Reset the slot so that the payload and strings are released now,
        // not when the slot is reused.
        m_slots[m_head] = Row();
        if (++m_head == qsizetype(m_slots.size()))
            m_head = 0;
    }
    m_count -= n;
}

void TrafficLogModel::Ring::forgetFront(qsizetype n)
{
    Q_ASSERT(n >= 0 && n <= m_count);
    m_head = slot(n);
    m_count -= n;
}

void TrafficLogModel::Ring::forgetAll()
{
    m_head = 0;
    m_count = 0;
}

void TrafficLogModel::Ring::releaseStale()
{
    for (qsizetype i = m_count; i < qsizetype(m_slots.size()); ++i)
        m_slots[slot(i)] = Row();
}

void TrafficLogModel::Ring::swap(Ring &other) noexcept
{
    m_slots.swap(other.m_slots);
    std::swap(m_head, other.m_head);
    std::swap(m_count, other.m_count);
}

void TrafficLogModel::Ring::clear()
{
    std::vector<Row>().swap(m_slots);
    m_head = 0;
    m_count = 0;
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
        m_pendingBytes -= m_pending.front().event.payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    if (m_rows.size() > m_capacity)
        evictFront(m_rows.size() - m_capacity);
    m_rows.shrinkToFit();
    m_pending.releaseStale();
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
        m_pendingBytes -= m_pending.front().event.payload.size();
        m_pending.dropFront(1);
        addEvicted(1);
    }
    m_pending.releaseStale();
    m_rows.releaseStale();
    qsizetype n = 0;
    for (qint64 kept = m_keptBytes; kept > m_payloadBudget; ++n)
        kept -= m_rows.at(n).event.payload.size();
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
    const TrafficEvent &event = row.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return event.time.isValid() ? event.time.time().toString(QStringLiteral("hh:mm:ss.zzz"))
                                        : QString();
        case Tab: return TrafficNames::tabLabel(event.tab);
        case Direction: return TrafficNames::directionArrow(event.direction());
        case Event: return TrafficNames::kindLabel(event.kind);
        case Protocol: return TrafficNames::protocolId(event.protocol).toUpper();
        case Local: return event.local;
        case Peer: return event.peer;
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

const TrafficEvent &TrafficLogModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).event;
}

qint64 TrafficLogModel::originalPayloadSize(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).originalSize;
}

void TrafficLogModel::append(const TrafficEvent &event)
{
    // The queue is bounded like the rows: what could never become a row is
    // dropped (and counted) now, so a burst cannot pile up memory between
    // two flushes. The new event then takes the dropped one's slot.
    Row *row = nullptr;
    if (m_pending.size() >= m_capacity) {
        m_pendingBytes -= m_pending.front().event.payload.size();
        addEvicted(1);
        row = &m_pending.replaceFront(m_capacity);
    } else {
        row = &m_pending.pushBack(m_capacity);
    }
    row->event = event;
    row->originalSize = event.payload.size();
    QByteArray &payload = row->event.payload;
    if (payload.size() > MaxPayloadPerRow) {
        payload = QByteArray(event.payload.constData(), MaxPayloadPerRow);
    } else if (payload.capacity() - payload.size() > std::max<qsizetype>(payload.size(), 256)) {
        // A socket read buffer can be far larger than what it holds; keep
        // only the bytes, not the spare room, for as long as the row lives.
        payload = QByteArray(event.payload.constData(), event.payload.size());
    }
    m_pendingBytes += payload.size();
    while (m_pendingBytes > m_payloadBudget) {
        m_pendingBytes -= m_pending.front().event.payload.size();
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
                bytesAfter -= m_rows.at(i).event.payload.size();
            while (bytesAfter > m_payloadBudget && evict < shown)
                bytesAfter -= m_rows.at(evict++).event.payload.size();
        }

        if (evict == shown) {
            // Every shown row goes (always the case under a flood, and for
            // the first flush): the queue becomes the rows as it is, an O(1)
            // swap instead of moving each row. The old rows stay in the
            // swapped-out slots, unreachable, and are released as new events
            // reuse those slots (or by reclaim()), not all at once here.
            if (evict > 0) {
                beginRemoveRows(QModelIndex(), 0, int(evict) - 1);
                m_rows.forgetAll();
                m_keptBytes = 0;
                endRemoveRows();
                addEvicted(quint64(evict));
            }
            beginInsertRows(QModelIndex(), 0, int(incoming) - 1);
            m_rows.swap(m_pending);
            m_keptBytes = m_pendingBytes;
            m_pendingBytes = 0;
            endInsertRows();
        } else {
            if (evict > 0) {
                beginRemoveRows(QModelIndex(), 0, int(evict) - 1);
                // Large payloads are released now, to honour the budget; the
                // rest stays in the freed slots until the rows below reuse
                // them, which hands the old content to the queue's slots, to
                // be released when new events overwrite it. That spreads the
                // cost of freeing over the appends instead of this flush.
                for (qsizetype i = 0; i < evict; ++i) {
                    QByteArray &payload = m_rows.at(i).event.payload;
                    m_keptBytes -= payload.size();
                    if (payload.size() > kReleaseAtOnceBytes)
                        payload = QByteArray();
                }
                m_rows.forgetFront(evict);
                endRemoveRows();
                addEvicted(quint64(evict));
            }
            const int first = int(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
            // Move assignment swaps: each queue slot receives what the row
            // slot held before.
            for (qsizetype i = 0; i < incoming; ++i)
                m_rows.pushBack(m_capacity) = std::move(m_pending.at(i));
            m_pending.forgetAll();
            m_keptBytes += m_pendingBytes;
            m_pendingBytes = 0;
            endInsertRows();
        }
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
    const TrafficEvent &event = row.event;
    if (event.payload.isEmpty())
        return BytesFormat::oneLine(event.note, PreviewChars);
    if (m_previewHex)
        return BytesFormat::hex(event.payload, u' ', PreviewChars / 3);

    // Only the start is decoded: the preview is one line of at most
    // PreviewChars, and a row may hold 64 KiB.
    const bool cut = event.payload.size() > PreviewBytes;
    const QByteArray head = cut ? event.payload.first(PreviewBytes) : event.payload;
    const TextCodecs::DecodeResult decoded = TextCodecs::decode(head, event.encoding);
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
    const TrafficEvent &event = row.event;
    switch (column) {
    case Time: return QLocale().toString(event.time, QLocale::LongFormat);
    case Bytes:
        if (row.originalSize > event.payload.size()) {
            return tr("%2 bytes; the log view keeps the first %1 of them.")
                .arg(QLocale().toString(qlonglong(event.payload.size())),
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
        m_keptBytes -= m_rows.at(i).event.payload.size();
    m_rows.dropFront(n);
    endRemoveRows();
    addEvicted(quint64(n));
}

void TrafficLogModel::reclaim()
{
    // Evicted rows may wait in free slots to be reused (see flush()); once
    // events stop coming, give their memory back.
    if (m_pending.isEmpty())
        m_pending.clear();
    else
        m_pending.releaseStale();
    m_rows.releaseStale();
}

void TrafficLogModel::addEvicted(quint64 n)
{
    m_evicted += n;
    m_evictedChanged = true;
}
