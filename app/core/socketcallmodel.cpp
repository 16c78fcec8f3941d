#include "socketcallmodel.h"

#include <QCoreApplication>

SocketCallModel::SocketCallModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // A burst of calls (a connect storm, a fast receive loop) becomes one
    // insertion per tick instead of one per call, so the view stays cheap.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SocketCallModel::flush);
}

int SocketCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocketCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SocketCall &call = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Time: return call.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Call: return QString(call.function + u'(' + call.arguments + u')');
        case Result: return call.result;
        case ColumnCount: break;
        }
        break;
    case FailedRole: return call.failed;
    case SocketCallRole: return QVariant::fromValue(call);
    default: break;
    }
    return QVariant();
}

QVariant SocketCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        //: Explain pane column: when the socket call was made.
        return QCoreApplication::translate("SocketCallModel", "Time");
    case Call:
        //: Explain pane column: the socket call with its arguments, e.g. bind(127.0.0.1:8888).
        return QCoreApplication::translate("SocketCallModel", "Call");
    case Result:
        //: Explain pane column: what the call returned (a value or an errno name).
        return QCoreApplication::translate("SocketCallModel", "Result");
    default: break;
    }
    return QVariant();
}

void SocketCallModel::append(const SocketCall &call)
{
    m_pending.append(call);
    // Queued calls beyond the bound would be evicted at once; count them now
    // so a flood never grows the queue without limit.
    if (m_pending.size() > m_maxRows) {
        const qsizetype extra = m_pending.size() - m_maxRows;
        m_pending.remove(0, extra);
        m_dropped += extra;
        emit droppedCountChanged(m_dropped);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SocketCallModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (!m_rows.empty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    if (m_dropped != 0) {
        m_dropped = 0;
        emit droppedCountChanged(m_dropped);
    }
}

void SocketCallModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    m_rows.insert(m_rows.end(), m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    endInsertRows();
    evict();
}

qint64 SocketCallModel::droppedCount() const
{
    return m_dropped;
}

int SocketCallModel::maxRows() const
{
    return m_maxRows;
}

void SocketCallModel::setMaxRows(int maxRows)
{
    m_maxRows = qMax(1, maxRows);
    evict();
}

SocketCall SocketCallModel::call(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return SocketCall();
    return m_rows[size_t(row)];
}

void SocketCallModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SocketCallModel::evict()
{
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    endRemoveRows();
    m_dropped += excess;
    emit droppedCountChanged(m_dropped);
}
