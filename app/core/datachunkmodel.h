#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <vector>

// A bounded log of data chunks (TCP reads, UDP datagrams) for a view: a ring
// buffer of at most capacity() rows behind a table model (STYLE rule 5).
//
// Each row keeps its time, a label ("#3", "Receiver"), an endpoint (may be
// empty), the raw bytes and an opaque tag for the owner. Text and hex are
// built in data() from the bytes, so a new encoding or display mode costs one
// dataChanged, not a pass over stored strings.
//
// append() only queues: queued rows are flushed at most every FlushIntervalMs
// with one beginInsertRows (and, when full, one beginRemoveRows at the front,
// the evicted rows counted in droppedCount()). flush() applies the queue now.
//
// GUI thread only (it is a model). Lives in core: no widgets.
class DataChunkModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        TimeColumn, // HH:mm:ss.zzz of arrival
        LabelColumn, // "#3", "Receiver", ...
        EndpointColumn, // "127.0.0.1:5000" or empty
        SizeColumn, // byte count
        DataColumn, // text or hex, per displayMode()
        HexColumn, // always hex
        ColumnCount
    };
    enum Role : int {
        BytesRole = Qt::UserRole, // QByteArray: the raw bytes of the row
        TagRole, // the row's tag, as appended
    };
    enum class DisplayMode : quint8 { Text, Hex };

    struct Chunk
    {
        QTime time;
        QString label;
        QString endpoint;
        QByteArray bytes;
        QVariant tag; // for the owner (e.g. where to reply); not shown
        // The chunk's real size when bytes holds only its beginning (a tab
        // that keeps a capped copy); -1: bytes is the whole chunk.
        qint64 totalSize = -1;
    };

    static constexpr int DefaultCapacity = 2000;
    static constexpr int FlushIntervalMs = 50;
    // Enough of a chunk to recognise it in one line.
    static constexpr qsizetype DefaultPreviewChars = 200;
    static constexpr qsizetype DefaultPreviewBytes = 64;

    explicit DataChunkModel(QObject *parent = nullptr);
    ~DataChunkModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows kept at most (>= 1). Lowering it evicts from the front now.
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // Rows evicted (or never shown because the queue overflowed) since the
    // last clear().
    quint64 droppedCount() const { return m_dropped; }

    // Queues a row; it appears at the next flush. A chunk without time gets
    // the current time.
    void append(Chunk chunk);
    // Applies queued rows now (what the timer does).
    void flush();
    int pendingCount() const { return int(m_pending.size()); }

    // The row'th chunk shown (0 = oldest); row must be valid.
    const Chunk &chunk(int row) const;

    // Removes every row, queued ones too, and zeroes droppedCount().
    void clear();

    DisplayMode displayMode() const { return m_mode; }
    void setDisplayMode(DisplayMode mode);
    // TextCodecs id used by DataColumn in Text mode.
    QString encoding() const { return m_encoding; }
    void setEncoding(const QString &encodingId);
    void setPreviewLimits(qsizetype maxChars, qsizetype maxBytes);

    // Rewrites every row's label (e.g. translated again from its tag).
    void relabel(const std::function<QString(const Chunk &)> &label);

    // A header text of the owner's own (empty: back to the default).
    void setHeaderText(Column column, const QString &text);
    // Rebuilds the default header texts in the current language.
    void retranslate();

signals:
    // After a flush added rows (rowsInserted has been emitted).
    void flushed();
    void droppedCountChanged(quint64 dropped);

private:
    int slot(int row) const;
    void evictFront(int count);
    void dataColumnsChanged(int first, int last);

    std::vector<Chunk> m_ring; // capacity slots once full
    int m_head = 0; // slot of row 0
    int m_size = 0;
    int m_capacity = DefaultCapacity;
    std::vector<Chunk> m_pending;
    quint64 m_dropped = 0;
    QTimer m_flushTimer;

    DisplayMode m_mode = DisplayMode::Text;
    QString m_encoding = QStringLiteral("UTF-8");
    qsizetype m_previewChars = DefaultPreviewChars;
    qsizetype m_previewBytes = DefaultPreviewBytes;
    QStringList m_defaultHeaders;
    QStringList m_headerOverrides;
};
