#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The encodings NetLab offers everywhere (Encoding tab, payload fields, log
// decoding), on top of Qt 6's QStringEncoder/QStringDecoder. Debian's Qt is
// built with ICU, so GBK, GB18030, Big5 and Shift_JIS are normally present;
// whatever the running Qt lacks is reported as unavailable, never faked.
// All functions are pure and callable from any thread.
namespace TextCodecs {

struct EncodingInfo
{
    QString id; // the name handed to QStringEncoder: "UTF-8", "GBK", ...
    QString displayName; // for the screen (not translated: these are proper names)
    bool available = false;
};

// In the order of the Encoding tab: UTF-8, GBK, GB18030, Big5, Shift_JIS,
// UTF-16LE, UTF-16BE, ISO-8859-1. Availability is probed once, at first call.
const QList<EncodingInfo> &all();
QStringList availableIds();
bool isAvailable(const QString &id);

struct Unencodable
{
    qsizetype position = 0; // index in the input QString (UTF-16 units)
    qsizetype length = 1; // 2 for a surrogate pair
    char32_t codePoint = 0;
};

struct EncodeResult
{
    QByteArray bytes; // unencodable characters contribute no bytes
    QList<Unencodable> unencodable; // in input order
    bool valid = true; // false when the encoding is unknown/unavailable
    bool ok() const { return valid && unencodable.isEmpty(); }
};

EncodeResult encode(const QString &text, const QString &encodingId);

struct InvalidRange
{
    qsizetype offset = 0; // byte offset in the input
    qsizetype length = 1; // bytes
};

struct DecodeResult
{
    QString text; // invalid sequences appear as U+FFFD
    QList<InvalidRange> invalid; // byte ranges no character could be made of
    QString bom; // "UTF-8", "UTF-16LE", ... when the input starts with a BOM
    qsizetype bomLength = 0;
    bool valid = true; // false when the encoding is unknown/unavailable
    bool ok() const { return valid && invalid.isEmpty(); }
};

// Decodes the whole input. A leading BOM is named in `bom` and not part of `text`.
DecodeResult decode(const QByteArray &bytes, const QString &encodingId);

// Names the byte-order mark at the start of bytes ("UTF-8", "UTF-16LE",
// "UTF-16BE", "UTF-32LE", "UTF-32BE", "GB18030"), or empty; sets *length.
QString detectBom(const QByteArray &bytes, qsizetype *length = nullptr);

} // namespace TextCodecs
