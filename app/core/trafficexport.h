#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

// Exporting traffic events to files: pcapng (for Wireshark), CSV (for a
// spreadsheet) and JSON Lines (the transcript's format).
namespace TrafficExport {

enum class Format : quint8 { Pcapng, Csv, JsonLines };

// The format a file name asks for by its extension (.pcapng, .csv, .jsonl or
// .json); pcapng when the extension is none of these (*known is then false).
Format formatForFileName(const QString &path, bool *known = nullptr);
// The usual extension without a dot: "pcapng", "csv", "jsonl".
QString extension(Format format);

// One line per event, the transcript's keys in the transcript's order
// (see TranscriptWriter) plus "time_ns" after "time", with a header row.
// RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so that
// spreadsheets pick the right encoding for Chinese text. A "text" cell that a
// spreadsheet would run as a formula (it starts with = + - @ or a tab) gets a
// leading apostrophe; the "hex" cell always has the exact bytes.
QByteArray toCsv(const QList<TrafficEvent> &events);
// TranscriptWriter::toJsonLine for each event.
QByteArray toJsonLines(const QList<TrafficEvent> &events);

// Writes events in format to path as a whole (a temporary file renamed into
// place: an existing file is replaced only when the new one is complete).
// On failure returns false and sets *error to a sentence naming the path and
// the reason; nothing else changes.
bool writeFile(const QString &path, Format format, const QList<TrafficEvent> &events,
               QString *error = nullptr);

// When NetLab talks to itself (its TCP client to its TCP server, its UDP
// sender to its UDP receiver), each exchange is logged twice: once by each
// end. A capture must show it once, as the wire did. The filter keeps, for
// every pair of endpoints, the events of the first end that reported it and
// drops the mirror image reported by the other end. Events without a pair
// (listening, errors before connecting) always pass.
class OneSidePerConnection
{
public:
    bool accept(const TrafficEvent &event);
    quint64 droppedCount() const { return m_dropped; }

private:
    QHash<QString, QString> m_owner; // "tcp a|b" (a < b) → the local endpoint that owns it
    QHash<QString, QHostAddress> m_sources; // peer address → the address we send it from
    quint64 m_dropped = 0;
};

// The events of the list that belong to one connection: same protocol and
// the same pair of endpoints, seen from either end.
QList<TrafficEvent> ofConnection(const QList<TrafficEvent> &events, const TrafficEvent &sample);

} // namespace TrafficExport
