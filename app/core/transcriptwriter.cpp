#include "transcriptwriter.h"

#include "textcodecs.h"

#include <QDir>

#include <cstdio>

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

void appendEscapedUnit(QByteArray &out, char16_t u)
{
    out += "\\u";
    out += kHexDigits[(u >> 12) & 0xf];
    out += kHexDigits[(u >> 8) & 0xf];
    out += kHexDigits[(u >> 4) & 0xf];
    out += kHexDigits[u & 0xf];
}

// A JSON string: '"', '\\' and control characters escaped, everything else as
// UTF-8. A lone surrogate (it can only come from a note built by hand) has no
// UTF-8 form and becomes U+FFFD, so the line stays valid UTF-8. U+2028 and
// U+2029 are escaped because JavaScript string literals do not allow them raw;
// U+FEFF because readers take it raw for a byte-order mark and drop it (Qt's
// QJsonDocument does at the start of a string value: found by fuzzing).
void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            switch (u) {
            case u'"': out += "\\\""; break;
            case u'\\': out += "\\\\"; break;
            case u'\n': out += "\\n"; break;
            case u'\r': out += "\\r"; break;
            case u'\t': out += "\\t"; break;
            case u'\b': out += "\\b"; break;
            case u'\f': out += "\\f"; break;
            default:
                if (u < 0x20)
                    appendEscapedUnit(out, u);
                else
                    out += char(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendUtf8(out, QChar::ReplacementCharacter);
        } else if (u == 0x2028 || u == 0x2029 || u == 0xFEFF) {
            appendEscapedUnit(out, u);
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
}

// "2026-11-25T21:03:04.123+08:00"; QDateTime's ISO format leaves the offset
// out for local time, and the offset is what makes a transcript comparable
// with a capture taken elsewhere.
QByteArray isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QByteArray();
    const QDate date = time.date();
    const QTime clock = time.time();
    const int offset = time.offsetFromUtc();
    const int offsetMinutes = (offset < 0 ? -offset : offset) / 60;
    char buffer[64];
    const int n
        = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", date.year(),
                        date.month(), date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec(),
                        offset < 0 ? '-' : '+', offsetMinutes / 60, offsetMinutes % 60);
    return QByteArray(buffer, n);
}

} // namespace

TranscriptWriter::TranscriptWriter(QObject *parent)
    : QObject(parent)
{ }

TranscriptWriter::~TranscriptWriter() = default;

bool TranscriptWriter::open(const QString &path, QString *errorMessage)
{
    close();
    m_file.setFileName(path);
    // Unbuffered: every write() goes straight to the operating system, so a
    // line is in the file when write() returns, whatever happens to NetLab.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (errorMessage) {
            *errorMessage = tr("Cannot write the transcript to %1: %2")
                                .arg(QDir::toNativeSeparators(path), m_file.errorString());
        }
        return false;
    }
    m_written = 0;
    m_failed = 0;
    m_failing = false;
    m_brokenLine = false;
    return true;
}

void TranscriptWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void TranscriptWriter::write(const TrafficEvent &event)
{
    if (!m_file.isOpen())
        return;
    QByteArray line = toJsonLine(event);
    // After a line was cut short (disk full in mid-line), start on a fresh
    // line so that every following line parses again.
    if (m_brokenLine)
        line.prepend('\n');
    const qint64 written = m_file.write(line);
    if (written == line.size()) {
        ++m_written;
        m_failing = false;
        m_brokenLine = false;
        return;
    }
    ++m_failed;
    if (written > 0)
        m_brokenLine = true;
    const QString reason = m_file.errorString();
    m_file.unsetError();
    if (!m_failing) {
        m_failing = true;
        emit writeFailed(
            tr("Cannot write to the transcript %1: %2. NetLab keeps trying with the next events.")
                .arg(QDir::toNativeSeparators(m_file.fileName()), reason));
    }
}

QByteArray TranscriptWriter::toJsonLine(const TrafficEvent &event)
{
    TextCodecs::DecodeResult decoded = TextCodecs::decode(event.payload, event.encoding);
    QString encoding = event.encoding;
    if (!decoded.valid) {
        encoding = QStringLiteral("UTF-8");
        decoded = TextCodecs::decode(event.payload, encoding);
    }

    QByteArray out;
    out.reserve(160 + event.payload.size() * 3 + event.note.size() * 3);
    out += "{\"time\": ";
    out += '"' + isoTime(event.time) + '"';
    out += ", \"tab\": ";
    appendJsonString(out, event.tab);
    out += ", \"event\": ";
    appendJsonString(out, TrafficNames::kindId(event.kind));
    out += ", \"direction\": ";
    appendJsonString(out, TrafficNames::directionId(event.direction()));
    out += ", \"protocol\": ";
    appendJsonString(out, TrafficNames::protocolId(event.protocol));
    out += ", \"local\": ";
    appendJsonString(out, event.local);
    out += ", \"peer\": ";
    appendJsonString(out, event.peer);
    out += ", \"bytes\": ";
    out += QByteArray::number(event.payload.size());
    out += ", \"hex\": \"";
    for (const char byte : event.payload) {
        const auto b = static_cast<unsigned char>(byte);
        out += kHexDigits[b >> 4];
        out += kHexDigits[b & 0x0f];
    }
    out += "\", \"text\": ";
    appendJsonString(out, decoded.text);
    out += ", \"encoding\": ";
    appendJsonString(out, encoding);
    out += ", \"note\": ";
    appendJsonString(out, event.note);
    out += "}\n";
    return out;
}
