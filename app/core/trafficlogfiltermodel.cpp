#include "trafficlogfiltermodel.h"

#include "payloadparser.h"
#include "trafficlogmodel.h"

#include <QStringDecoder>

#include <map>

// One decoder per encoding, made on first use and kept: opening an ICU
// converter costs far more than decoding a 256-byte preview, and a filter pass
// may look at a hundred thousand rows.
struct TrafficLogFilterModel::DecoderCache
{
    std::map<QString, QStringDecoder> decoders;

    QStringDecoder *get(const QString &encoding)
    {
        auto it = decoders.find(encoding);
        if (it == decoders.end()) {
            it = decoders
                     .emplace(
                         encoding,
                         QStringDecoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless))
                     .first;
        }
        return it->second.isValid() ? &it->second : nullptr;
    }
};

namespace {

// Reads text as hex digits the way the send fields accept them ("48 65",
// "0x48,0x65", "48:65", "\x48\x65", "4865"); false when it is not hex.
bool readHex(const QString &text, QString *digits)
{
    digits->clear();
    bool tokenStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (PayloadParser::isHexSeparator(c)) {
            tokenStart = true;
            continue;
        }
        if (tokenStart && i + 1 < text.size() && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')
            && (c == u'0' || c == u'\\')) {
            ++i;
            tokenStart = false;
            continue;
        }
        tokenStart = false;
        if (PayloadParser::hexDigitValue(c) < 0)
            return false;
        *digits += c;
    }
    return digits->size() >= 2;
}

} // namespace

TrafficLogFilterModel::TrafficLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_decoders(std::make_unique<DecoderCache>())
{ }

TrafficLogFilterModel::~TrafficLogFilterModel() = default;

void TrafficLogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_log = qobject_cast<TrafficLogModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TrafficLogFilterModel::setTabFilter(const QString &tabId)
{
    if (tabId == m_tab)
        return;
    m_tab = tabId;
    invalidateFilter();
}

void TrafficLogFilterModel::setProtocolFilter(ProtocolFilter protocol)
{
    if (protocol == m_protocol)
        return;
    m_protocol = protocol;
    invalidateFilter();
}

void TrafficLogFilterModel::setEndpointFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_endpoint)
        return;
    m_endpoint = trimmed;
    invalidateFilter();
}

void TrafficLogFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_hexBytes.clear();
    m_hexHalf = -1;
    QString digits;
    m_textIsHex = readHex(text, &digits);
    if (m_textIsHex) {
        for (qsizetype i = 0; i + 1 < digits.size(); i += 2)
            m_hexBytes += char(PayloadParser::hexDigitValue(digits.at(i)) * 16
                               + PayloadParser::hexDigitValue(digits.at(i + 1)));
        if (digits.size() % 2 != 0)
            m_hexHalf = PayloadParser::hexDigitValue(digits.back());
    }
    invalidateFilter();
}

bool TrafficLogFilterModel::isFiltering() const
{
    return !m_tab.isEmpty() || m_protocol != ProtocolFilter::Any || !m_endpoint.isEmpty()
        || !m_text.isEmpty();
}

TrafficEvent TrafficLogFilterModel::eventAt(int proxyRow) const
{
    Q_ASSERT(m_log);
    return m_log->eventAt(sourceRow(proxyRow));
}

int TrafficLogFilterModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

bool TrafficLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return true;
    // Called for every new row of every flush: no filter, no work.
    if (!isFiltering())
        return true;
    // The row's fields in place: no TrafficEvent is built for a filter pass.
    const TrafficLogModel::RowView row = m_log->rowView(sourceRow);
    if (!m_tab.isEmpty() && row.tab != m_tab)
        return false;
    if (m_protocol == ProtocolFilter::Tcp && row.protocol != TrafficProtocol::Tcp)
        return false;
    if (m_protocol == ProtocolFilter::Udp && row.protocol != TrafficProtocol::Udp)
        return false;
    if (!m_endpoint.isEmpty() && !row.local.contains(m_endpoint, Qt::CaseInsensitive)
        && !row.peer.contains(m_endpoint, Qt::CaseInsensitive)) {
        return false;
    }
    return m_text.isEmpty() || textMatches(row.note, row.payload, row.encoding);
}

bool TrafficLogFilterModel::textMatches(const QString &note, QByteArrayView payload,
                                        const QString &encoding) const
{
    if (note.contains(m_text, Qt::CaseInsensitive))
        return true;
    if (payload.isEmpty())
        return false;
    // Raw bytes first: no decoding needed.
    if (m_textIsHex && hexMatches(payload))
        return true;
    const QByteArrayView head = payload.first(std::min(payload.size(), TrafficLogModel::PreviewBytes));
    QStringDecoder *decoder = m_decoders->get(encoding);
    const QString text = decoder ? decoder->decode(head) : QString::fromUtf8(head);
    return text.contains(m_text, Qt::CaseInsensitive);
}

bool TrafficLogFilterModel::hexMatches(QByteArrayView payload) const
{
    if (m_hexHalf < 0)
        return payload.contains(m_hexBytes);
    // An odd number of digits: the whole bytes, then a byte starting with
    // the last digit ("486" finds 48 6x).
    const qsizetype need = m_hexBytes.size() + 1;
    for (qsizetype from = 0; from + need <= payload.size();) {
        const qsizetype at = m_hexBytes.isEmpty() ? from : payload.indexOf(m_hexBytes, from);
        if (at < 0 || at + need > payload.size())
            return false;
        if ((static_cast<unsigned char>(payload.at(at + m_hexBytes.size())) >> 4) == m_hexHalf)
            return true;
        from = at + 1;
    }
    return false;
}
