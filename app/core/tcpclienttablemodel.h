#pragma once

#include "tcpserverengine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

// The TCP Server tab's client table: one row per client the engine accepted,
// kept after it leaves (state Closed/Reset/...) until clearFinished().
//
// Updates are batched: updateClient() only stores the new values; at most
// every FlushIntervalMs one flush inserts the new rows (one beginInsertRows)
// and emits one dataChanged for the range of changed rows. Nothing is ever
// reset per packet. Text (times, states) is built in data().
//
// Threads: GUI thread (the engine's thread) only. The model does not own the
// engine. Language change: call retranslate() (headers and state texts).
class TcpClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Peer, // address:port
        Thread, // who serves it
        ConnectedSince, // local time, hh:mm:ss
        BytesIn,
        BytesOut,
        MessagesIn,
        MessagesOut,
        State, // translated state, or the end note as tooltip
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int FlushIntervalMs = 100;

    explicit TcpClientTableModel(QObject *parent = nullptr);

    // Follows the engine's clientAdded/clientUpdated signals (nullptr: none).
    void setEngine(TcpServerEngine *engine);

    // Stores the client's new values; the view sees them at the next flush.
    void updateClient(const TcpServerEngine::ClientInfo &client);
    // Applies everything pending now (tests; the timer does it otherwise).
    void flush();
    // Removes the rows of clients that have left.
    void clearFinished();
    // Emits headerDataChanged and dataChanged for the translated texts.
    void retranslate();

    // The engine's client id of a row (0 when out of range), for send/close.
    quint64 clientId(int row) const;
    int rowOf(quint64 clientId) const; // -1 when unknown
    TcpServerEngine::ClientInfo client(int row) const;

    static QString stateText(TcpServerEngine::ClientState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void scheduleFlush();

    QList<TcpServerEngine::ClientInfo> m_rows;
    QHash<quint64, int> m_rowOfId;
    QList<TcpServerEngine::ClientInfo> m_pendingNew; // in arrival order
    QHash<quint64, int> m_pendingNewIndex; // id -> index in m_pendingNew
    QSet<int> m_changedRows;
    QTimer m_flushTimer;
    TcpServerEngine *m_engine = nullptr;
    QMetaObject::Connection m_addedConnection;
    QMetaObject::Connection m_updatedConnection;
};
