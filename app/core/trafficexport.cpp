#include "trafficexport.h"

#include "addressinfo.h"
#include "trafficpcapng.h"
#include "transcriptwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// The transcript's keys in its order, with time_ns after time.
const char *const kCsvColumns[] = {"time", "time_ns", "tab", "event", "direction", "protocol", "local",
                                   "peer", "bytes",   "hex", "text",  "encoding",  "note"};

void appendCsvCell(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

QString pairKey(const QString &local, const QString &peer, TrafficProtocol protocol)
{
    const QString &a = local < peer ? local : peer;
    const QString &b = local < peer ? peer : local;
    return TrafficNames::protocolId(protocol) + u' ' + a + u'|' + b;
}

QString pairKey(const TrafficEvent &event)
{
    return pairKey(event.local, event.peer, event.protocol);
}

// "127.0.0.1:8888" / "[::1]:8888" → address and port text.
bool splitEndpoint(const QString &endpoint, QString *host, QString *port)
{
    const qsizetype colon = endpoint.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString address = endpoint.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    *host = address;
    *port = endpoint.mid(colon + 1);
    return true;
}

} // namespace

namespace TrafficExport {

Format formatForFileName(const QString &path, bool *known)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool found = true;
    Format format = Format::Pcapng;
    if (suffix == QLatin1String("csv"))
        format = Format::Csv;
    else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))
        format = Format::JsonLines;
    else
        found = suffix == QLatin1String("pcapng");
    if (known)
        *known = found;
    return format;
}

QString extension(Format format)
{
    switch (format) {
    case Format::Pcapng: return QStringLiteral("pcapng");
    case Format::Csv: return QStringLiteral("csv");
    case Format::JsonLines: return QStringLiteral("jsonl");
    }
    return QString();
}

QByteArray toCsv(const QList<TrafficEvent> &events)
{
    QByteArray out("\xEF\xBB\xBF");
    bool firstColumn = true;
    for (const char *column : kCsvColumns) {
        if (!firstColumn)
            out += ',';
        firstColumn = false;
        out += column;
    }
    out += "\r\n";
    for (const TrafficEvent &event : events) {
        // The transcript line is the one definition of every field's text.
        const QJsonObject line = QJsonDocument::fromJson(TranscriptWriter::toJsonLine(event)).object();
        firstColumn = true;
        for (const char *column : kCsvColumns) {
            if (!firstColumn)
                out += ',';
            firstColumn = false;
            const QLatin1String key(column);
            if (key == QLatin1String("time_ns")) {
                const qint64 ns = event.timeNs != 0 ? event.timeNs
                    : event.time.isValid()          ? event.time.toMSecsSinceEpoch() * 1000000
                                                    : 0;
                out += QByteArray::number(ns);
                continue;
            }
            const QJsonValue value = line.value(key);
            if (value.isDouble()) {
                out += QByteArray::number(value.toInteger());
                continue;
            }
            QString text = value.toString();
            if (key == QLatin1String("text") && looksLikeFormula(text))
                text.prepend(u'\'');
            appendCsvCell(out, text);
        }
        out += "\r\n";
    }
    return out;
}

QByteArray toJsonLines(const QList<TrafficEvent> &events)
{
    QByteArray out;
    for (const TrafficEvent &event : events)
        out += TranscriptWriter::toJsonLine(event);
    return out;
}

bool writeFile(const QString &path, Format format, const QList<TrafficEvent> &events, QString *error)
{
    auto failed = [&](const QString &reason) {
        if (error) {
            *error = QCoreApplication::translate("TrafficExport",
                                                 "Could not write %1: %2. Nothing was "
                                                 "removed from the log; choose another "
                                                 "folder or file name.")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    QByteArray bytes;
    switch (format) {
    case Format::Pcapng: {
        OneSidePerConnection oneSide;
        QList<TrafficEvent> kept;
        kept.reserve(events.size());
        for (const TrafficEvent &event : events) {
            if (oneSide.accept(event))
                kept.append(event);
        }
        bytes = TrafficPcapng::toBytes(kept);
        break;
    }
    case Format::Csv: bytes = toCsv(events); break;
    case Format::JsonLines: bytes = toJsonLines(events); break;
    }
    if (QFileInfo(path).isDir())
        return failed(QCoreApplication::translate("TrafficExport", "it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

bool OneSidePerConnection::accept(const TrafficEvent &event)
{
    if (event.local.isEmpty() || event.peer.isEmpty())
        return true;
    // A socket bound to "any address" (0.0.0.0:5000) is logged with that
    // address, while the other end sees the address it really sent from.
    QString local = event.local;
    QString host;
    QString port;
    if (splitEndpoint(local, &host, &port)
        && (host == QLatin1String("0.0.0.0") || host == QLatin1String("::"))) {
        QString peerHost;
        QString peerPort;
        if (splitEndpoint(event.peer, &peerHost, &peerPort)) {
            auto source = m_sources.find(peerHost);
            if (source == m_sources.end())
                source = m_sources.insert(peerHost, AddressInfo::sourceAddressFor(QHostAddress(peerHost)));
            if (!source->isNull())
                local = TrafficNames::endpoint(*source, quint16(port.toUInt()));
        }
    }
    const QString key = pairKey(local, event.peer, event.protocol);
    const auto owner = m_owner.constFind(key);
    if (owner == m_owner.cend()) {
        m_owner.insert(key, event.local);
        return true;
    }
    if (*owner == event.local)
        return true;
    ++m_dropped;
    return false;
}

QList<TrafficEvent> ofConnection(const QList<TrafficEvent> &events, const TrafficEvent &sample)
{
    QList<TrafficEvent> result;
    if (sample.local.isEmpty() || sample.peer.isEmpty())
        return result;
    const QString key = pairKey(sample);
    for (const TrafficEvent &event : events) {
        if (event.protocol == sample.protocol && !event.local.isEmpty() && !event.peer.isEmpty()
            && pairKey(event) == key)
            result.append(event);
    }
    return result;
}

} // namespace TrafficExport
