#pragma once

#include <QByteArray>
#include <QString>

// Text views of raw bytes, shared by the traffic log, the Encoding tab and the
// transcript. Pure functions, callable from any thread.
namespace BytesFormat {

// "48 65 6c": lower-case pairs joined by separator (none when separator is
// null). When maxBytes >= 0 and the input is longer, only the first maxBytes
// are written, followed by " …".
QString hex(const QByteArray &bytes, QChar separator = u' ', qsizetype maxBytes = -1);

// Classic dump: "00000000  48 65 6c 6c 6f 0a                                 |Hello.|"
// 16 bytes a line, offset in hex, a gap after 8 bytes, non-printable bytes as '.'.
QString hexDump(const QByteArray &bytes, qsizetype maxBytes = -1);

// One-line preview of decoded text: control characters become visible escapes
// (\n, \r, \t, \0, \xNN) so a row never spans lines; cut at maxChars with "…".
QString oneLine(const QString &text, qsizetype maxChars = -1);

} // namespace BytesFormat
