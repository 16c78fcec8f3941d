#include "tcpclienttablemodel.h"

#include <QLocale>

#include <algorithm>

TcpClientTableModel::TcpClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TcpClientTableModel::flush);
}

void TcpClientTableModel::setEngine(TcpServerEngine *engine)
{
    disconnect(m_addedConnection);
    disconnect(m_updatedConnection);
    m_engine = engine;
    if (!engine)
        return;
    m_addedConnection
        = connect(engine, &TcpServerEngine::clientAdded, this, &TcpClientTableModel::updateClient);
    m_updatedConnection
        = connect(engine, &TcpServerEngine::clientUpdated, this, &TcpClientTableModel::updateClient);
}

void TcpClientTableModel::updateClient(const TcpServerEngine::ClientInfo &client)
{
    if (const auto row = m_rowOfId.constFind(client.id); row != m_rowOfId.constEnd()) {
        m_rows[row.value()] = client;
        m_changedRows.insert(row.value());
    } else if (const auto pending = m_pendingNewIndex.constFind(client.id);
               pending != m_pendingNewIndex.constEnd()) {
        m_pendingNew[pending.value()] = client;
    } else {
        m_pendingNewIndex.insert(client.id, int(m_pendingNew.size()));
        m_pendingNew.append(client);
    }
    scheduleFlush();
}

void TcpClientTableModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TcpClientTableModel::flush()
{
    m_flushTimer.stop();
    if (!m_changedRows.isEmpty()) {
        const auto [low, high] = std::minmax_element(m_changedRows.cbegin(), m_changedRows.cend());
        const int first = *low;
        const int last = *high;
        m_changedRows.clear();
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (!m_pendingNew.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(m_pendingNew.size()) - 1);
        for (const TcpServerEngine::ClientInfo &client : std::as_const(m_pendingNew)) {
            m_rowOfId.insert(client.id, int(m_rows.size()));
            m_rows.append(client);
        }
        m_pendingNew.clear();
        m_pendingNewIndex.clear();
        endInsertRows();
    }
}

void TcpClientTableModel::clearFinished()
{
    flush();
    auto finished = [](const TcpServerEngine::ClientInfo &client) {
        using S = TcpServerEngine::ClientState;
        return client.state != S::Waiting && client.state != S::Served && client.state != S::Closing;
    };
    // Remove contiguous runs from the end so row numbers stay valid.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (!finished(m_rows.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && finished(m_rows.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
}

void TcpClientTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

quint64 TcpClientTableModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TcpClientTableModel::rowOf(quint64 clientId) const
{
    return m_rowOfId.value(clientId, -1);
}

TcpServerEngine::ClientInfo TcpClientTableModel::client(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TcpServerEngine::ClientInfo();
}

QString TcpClientTableModel::stateText(TcpServerEngine::ClientState state)
{
    using S = TcpServerEngine::ClientState;
    switch (state) {
    case S::Waiting: return tr("waiting");
    case S::Served: return tr("served");
    case S::Closing: return tr("closing");
    case S::Closed: return tr("closed");
    case S::Reset: return tr("reset");
    case S::Refused: return tr("refused");
    case S::Failed: return tr("failed");
    }
    return QString();
}

int TcpClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TcpClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant TcpClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TcpServerEngine::ClientInfo &client = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Peer: return client.peer;
        case Thread: return client.thread;
        case ConnectedSince:
            return QLocale().toString(client.connectedSince.time(), QStringLiteral("HH:mm:ss"));
        case BytesIn: return client.bytesIn;
        case BytesOut: return client.bytesOut;
        case MessagesIn: return client.messagesIn;
        case MessagesOut: return client.messagesOut;
        case State: return stateText(client.state);
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == State && !client.note.isEmpty())
            return client.note;
        if (index.column() == ConnectedSince)
            return QLocale().toString(client.connectedSince, QLocale::LongFormat);
    } else if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case BytesIn:
        case BytesOut:
        case MessagesIn:
        case MessagesOut: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: break;
        }
    }
    return QVariant();
}

QVariant TcpClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Peer: return tr("Client");
    case Thread: return tr("Served by");
    case ConnectedSince: return tr("Connected since");
    case BytesIn: return tr("Bytes in");
    case BytesOut: return tr("Bytes out");
    case MessagesIn: return tr("Messages in");
    case MessagesOut: return tr("Messages out");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return QVariant();
}
