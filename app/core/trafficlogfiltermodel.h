#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSortFilterProxyModel>
#include <QString>

#include <memory>

class TrafficLogModel;

// Shows the rows of a TrafficLogModel that match every active filter:
//  - tab: a stable tab id ("tcp-server"), or empty for all tabs;
//  - protocol: all, TCP or UDP;
//  - endpoint: a substring of the local or the peer endpoint ("127.0.0.1",
//    ":8888"), case-insensitive;
//  - text: a case-insensitive substring of the payload's start decoded in the
//    event's encoding (the bytes the Preview column decodes) or of the note;
//    when the text is written in hex ("48 65", "0x48,0x65", "48:65", "4865")
//    it also matches those bytes anywhere in the payload kept by the row.
// Each setter re-filters once, and only when the value changes. Cheap tests
// run first; decoding happens only for rows that passed them.
// The source must be a TrafficLogModel (other models show every row).
// GUI thread only; does not own the source model.
class TrafficLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class ProtocolFilter : quint8 { Any, Tcp, Udp };
    Q_ENUM(ProtocolFilter)

    explicit TrafficLogFilterModel(QObject *parent = nullptr);
    ~TrafficLogFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setTabFilter(const QString &tabId);
    QString tabFilter() const { return m_tab; }

    void setProtocolFilter(ProtocolFilter protocol);
    ProtocolFilter protocolFilter() const { return m_protocol; }

    void setEndpointFilter(const QString &text);
    QString endpointFilter() const { return m_endpoint; }

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // True when any filter is set (the view may hide rows).
    bool isFiltering() const;

    // The event behind a row of this model, a copy (see TrafficLogModel::eventAt).
    TrafficEvent eventAt(int proxyRow) const;
    int sourceRow(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct DecoderCache;

    bool textMatches(const QString &note, QByteArrayView payload, const QString &encoding) const;
    bool hexMatches(QByteArrayView payload) const;

    TrafficLogModel *m_log = nullptr;
    QString m_tab;
    ProtocolFilter m_protocol = ProtocolFilter::Any;
    QString m_endpoint;
    QString m_text;
    // The text filter read as hex: whole bytes, plus a last high nibble when
    // an odd number of digits was typed (m_hexHalf >= 0).
    QByteArray m_hexBytes;
    int m_hexHalf = -1;
    bool m_textIsHex = false;
    std::unique_ptr<DecoderCache> m_decoders;
};
