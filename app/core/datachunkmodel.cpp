#include "datachunkmodel.h"

#include "bytesformat.h"
#include "textcodecs.h"

#include <QLocale>

#include <algorithm>
#include <utility>

DataChunkModel::DataChunkModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DataChunkModel::flush);
    for (int c = 0; c < ColumnCount; ++c)
        m_headerOverrides << QString();
    retranslate();
}

DataChunkModel::~DataChunkModel() = default;

int DataChunkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int DataChunkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DataChunkModel::slot(int row) const
{
    return (m_head + row) % int(m_ring.size());
}

const DataChunkModel::Chunk &DataChunkModel::chunk(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_ring[size_t(slot(row))];
}

QVariant DataChunkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chunk &c = chunk(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return c.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LabelColumn: return c.label;
        case EndpointColumn: return c.endpoint;
        case SizeColumn: return QLocale().toString(c.totalSize >= 0 ? c.totalSize : qint64(c.bytes.size()));
        case DataColumn:
            if (m_mode == DisplayMode::Hex)
                return BytesFormat::hex(c.bytes, u' ', m_previewBytes);
            return BytesFormat::oneLine(TextCodecs::decode(c.bytes, m_encoding).text, m_previewChars);
        case HexColumn: return BytesFormat::hex(c.bytes, u' ', m_previewBytes);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case BytesRole: return c.bytes;
    case TagRole: return c.tag;
    default: return {};
    }
}

QVariant DataChunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &custom = m_headerOverrides.at(section);
    return custom.isEmpty() ? m_defaultHeaders.at(section) : custom;
}

void DataChunkModel::setHeaderText(Column column, const QString &text)
{
    if (column < 0 || column >= ColumnCount || m_headerOverrides.at(column) == text)
        return;
    m_headerOverrides[column] = text;
    emit headerDataChanged(Qt::Horizontal, column, column);
}

void DataChunkModel::retranslate()
{
    m_defaultHeaders = {tr("Time"), tr("Label"), tr("From"), tr("Size"), tr("Data"), tr("Hex")};
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DataChunkModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    if (m_size > capacity)
        evictFront(m_size - capacity);
    // Linearise into a ring of the new size.
    std::vector<Chunk> ring;
    ring.reserve(size_t(capacity));
    for (int row = 0; row < m_size; ++row)
        ring.push_back(std::move(m_ring[size_t(slot(row))]));
    m_ring = std::move(ring);
    m_head = 0;
    m_capacity = capacity;
}

void DataChunkModel::append(Chunk chunk)
{
    if (!chunk.time.isValid())
        chunk.time = QTime::currentTime();
    m_pending.push_back(std::move(chunk));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DataChunkModel::evictFront(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int row = 0; row < count; ++row)
        m_ring[size_t(slot(row))] = Chunk{};
    m_head = (m_head + count) % int(m_ring.size());
    m_size -= count;
    m_dropped += quint64(count);
    endRemoveRows();
}

void DataChunkModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const quint64 droppedBefore = m_dropped;

    // More queued than fits: the oldest queued never reach the view.
    auto first = m_pending.begin();
    if (m_pending.size() > size_t(m_capacity)) {
        const auto excess = m_pending.size() - size_t(m_capacity);
        m_dropped += quint64(excess);
        first += qsizetype(excess);
    }
    const int count = int(m_pending.end() - first);
    const int overflow = m_size + count - m_capacity;
    if (overflow > 0)
        evictFront(overflow);

    if (int(m_ring.size()) < m_capacity && (m_head != 0 || int(m_ring.size()) != m_size)) {
        // Evicted before the ring reached full size: give it all its slots.
        std::vector<Chunk> ring;
        ring.reserve(size_t(m_capacity));
        for (int row = 0; row < m_size; ++row)
            ring.push_back(std::move(m_ring[size_t(slot(row))]));
        ring.resize(size_t(m_capacity));
        m_ring = std::move(ring);
        m_head = 0;
    }
    beginInsertRows({}, m_size, m_size + count - 1);
    for (auto it = first; it != m_pending.end(); ++it) {
        if (int(m_ring.size()) == m_size) // still growing: row m_size is slot m_size
            m_ring.push_back(std::move(*it));
        else
            m_ring[size_t(slot(m_size))] = std::move(*it);
        ++m_size;
    }
    m_pending.clear();
    endInsertRows();

    if (m_dropped != droppedBefore)
        emit droppedCountChanged(m_dropped);
    emit flushed();
}

void DataChunkModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (m_size > 0) {
        beginRemoveRows({}, 0, m_size - 1);
        m_ring.clear();
        m_head = 0;
        m_size = 0;
        endRemoveRows();
    }
    m_ring.clear();
    m_head = 0;
    if (m_dropped != 0) {
        m_dropped = 0;
        emit droppedCountChanged(0);
    }
}

void DataChunkModel::dataColumnsChanged(int first, int last)
{
    if (m_size > 0)
        emit dataChanged(index(0, first), index(m_size - 1, last), {Qt::DisplayRole});
}

void DataChunkModel::setDisplayMode(DisplayMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    dataColumnsChanged(DataColumn, DataColumn);
}

void DataChunkModel::setEncoding(const QString &encodingId)
{
    if (encodingId == m_encoding)
        return;
    m_encoding = encodingId;
    if (m_mode == DisplayMode::Text)
        dataColumnsChanged(DataColumn, DataColumn);
}

void DataChunkModel::setPreviewLimits(qsizetype maxChars, qsizetype maxBytes)
{
    m_previewChars = maxChars;
    m_previewBytes = maxBytes;
    dataColumnsChanged(DataColumn, HexColumn);
}

void DataChunkModel::relabel(const std::function<QString(const Chunk &)> &label)
{
    for (int row = 0; row < m_size; ++row) {
        Chunk &c = m_ring[size_t(slot(row))];
        c.label = label(c);
    }
    dataColumnsChanged(LabelColumn, LabelColumn);
}
