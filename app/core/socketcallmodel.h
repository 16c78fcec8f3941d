#pragma once

#include "socketcall.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <deque>

// The rows of an Explain pane: the socket calls a tab has made, oldest first.
// Bounded: when more than maxRows() calls are held, the oldest are removed
// (row-granular beginRemoveRows) and counted in droppedCount(). Batched:
// append() only queues; queued calls become rows in one beginInsertRows per
// flush, at most FlushIntervalMs after the first queued call, or at once
// through flush().
//
// Failed calls are marked with FailedRole (a bool) on every column, so the
// view can colour them: netlab_core has no QtGui, hence no Qt::ForegroundRole.
// Texts in the header are translated; call retranslate() after a language
// change (models get no QEvent::LanguageChange).
//
// GUI thread (or the thread the model lives in) only.
class SocketCallModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Call, Result, ColumnCount };
    enum Role {
        FailedRole = Qt::UserRole + 1, // bool: the call returned an error
        SocketCallRole, // QVariant of SocketCall, the row as a value
    };

    static constexpr int DefaultMaxRows = 500;
    static constexpr int FlushIntervalMs = 50;

    explicit SocketCallModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues a call; it appears as a row at the next flush.
    void append(const SocketCall &call);
    // Removes every row and every queued call, and resets droppedCount().
    void clear();
    // Turns the queued calls into rows now (one beginInsertRows), then evicts.
    void flush();

    // Calls removed (or never shown) because of the bound, since the last clear().
    qint64 droppedCount() const;
    int maxRows() const;
    void setMaxRows(int maxRows); // at least 1; evicts at once when lower
    SocketCall call(int row) const;

    // Re-emits headerDataChanged for the translated header texts.
    void retranslate();

signals:
    // droppedCount() changed (rows evicted, or cleared).
    void droppedCountChanged(qint64 droppedCount);

private:
    void evict();

    std::deque<SocketCall> m_rows;
    QList<SocketCall> m_pending;
    QTimer m_flushTimer;
    int m_maxRows = DefaultMaxRows;
    qint64 m_dropped = 0;
};
