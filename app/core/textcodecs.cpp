#include "textcodecs.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace TextCodecs {

namespace {

QList<EncodingInfo> probeEncodings()
{
    // id, display name. The ids are names both Qt's built-in converters and
    // ICU understand.
    const std::pair<const char *, const char *> known[] = {
        {"UTF-8", "UTF-8"},         {"GBK", "GBK"},
        {"GB18030", "GB18030"},     {"Big5", "Big5"},
        {"Shift_JIS", "Shift_JIS"}, {"UTF-16LE", "UTF-16LE"},
        {"UTF-16BE", "UTF-16BE"},   {"ISO-8859-1", "ISO-8859-1"},
    };
    QList<EncodingInfo> out;
    for (const auto &[id, name] : known) {
        EncodingInfo info;
        info.id = QLatin1String(id);
        info.displayName = QLatin1String(name);
        info.available = QStringEncoder(id).isValid() && QStringDecoder(id).isValid();
        out.append(info);
    }
    return out;
}

// In GBK, GB18030 and Big5 a byte of 0x80 or more always starts a two- (or
// four-) byte character. ICU's tables still map a few lone bytes (0x80 to €,
// 0xFF to a private-use character, as Windows code page 936 does); Python's
// codecs and most peers reject them, and so do we.
bool leadByteNeedsPartner(const QString &encodingId)
{
    return encodingId.compare(u"GBK", Qt::CaseInsensitive) == 0
        || encodingId.compare(u"GB18030", Qt::CaseInsensitive) == 0
        || encodingId.compare(u"Big5", Qt::CaseInsensitive) == 0;
}

bool isPrivateUse(QChar c)
{
    return c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF;
}

// ICU's Shift_JIS (IBM's table, ibm-943) rotates three control codes:
// it decodes 1A as U+001C, 1C as U+007F and 7F as U+001A, and encodes the
// other way round (found by fuzzing). Python, Windows and every peer a student
// meets keep 00-7F as ASCII, so NetLab undoes the rotation around ICU. These
// bytes are never part of a two-byte Shift_JIS character (trail bytes are
// 40-7E and 80-FC, and 7F is not one), so swapping whole buffers is safe.
bool rotatesControls(const QString &encodingId)
{
    return encodingId.compare(u"Shift_JIS", Qt::CaseInsensitive) == 0;
}

// True bytes -> what ICU must be given to decode them as ASCII.
QByteArray toIcuBytes(QByteArrayView bytes)
{
    QByteArray out = bytes.toByteArray();
    for (char &b : out)
        b = b == '\x1A' ? '\x7F' : b == '\x1C' ? '\x1A' : b == '\x7F' ? '\x1C' : b;
    return out;
}

// What ICU's encoder wrote -> the true bytes.
QByteArray fromIcuBytes(QByteArray bytes)
{
    for (char &b : bytes)
        b = b == '\x7F' ? '\x1A' : b == '\x1A' ? '\x1C' : b == '\x1C' ? '\x7F' : b;
    return bytes;
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

// What ICU makes of a lone lead byte of GBK, GB18030 or Big5, and so what it
// may encode as one: a private-use character (ff in GBK and Big5), € (80 in
// GBK) or U+0080..U+00FF (80 in Big5, found by fuzzing). Real two-byte ones
// exist too (é is a8 a6 in GBK): callers look closer, never refuse outright.
bool mayBeLoneLead(QChar c)
{
    return isPrivateUse(c) || c == QChar(0x20AC) || (c.unicode() >= 0x80 && c.unicode() < 0x100);
}

bool isBomOf(const QString &bom, const QString &encodingId)
{
    return !bom.isEmpty() && bom.compare(encodingId, Qt::CaseInsensitive) == 0;
}

} // namespace

const QList<EncodingInfo> &all()
{
    static const QList<EncodingInfo> encodings = probeEncodings();
    return encodings;
}

QStringList availableIds()
{
    QStringList ids;
    for (const EncodingInfo &info : all()) {
        if (info.available)
            ids.append(info.id);
    }
    return ids;
}

bool isAvailable(const QString &id)
{
    for (const EncodingInfo &info : all()) {
        if (info.id.compare(id, Qt::CaseInsensitive) == 0)
            return info.available;
    }
    // Not one of ours: ask Qt directly, so callers may still use any name
    // their Qt understands.
    const QByteArray name = id.toLatin1();
    return !id.isEmpty() && QStringEncoder(name.constData()).isValid();
}

EncodeResult encode(const QString &text, const QString &encodingId)
{
    EncodeResult result;
    const QByteArray name = encodingId.toLatin1();
    if (!QStringEncoder(name.constData()).isValid()) {
        result.valid = false;
        return result;
    }
    const bool pairedLeads = leadByteNeedsPartner(encodingId);
    const bool rotated = rotatesControls(encodingId);
    // A character is encodable when the encoder reports no error, the bytes
    // decode back to the same character (Qt's Latin-1 encoder writes '?'
    // without reporting it), and it is not a lone lead byte (see above).
    // Fresh converters each time: resetState() does not reliably clear the
    // error count of ICU-backed converters in Qt 6.4.
    auto encodeExactly = [&](QStringView chars, QByteArray *bytes) {
        // A lone surrogate is no character in any encoding. Qt's UTF-16
        // encoders copy it through without an error (found by fuzzing), and
        // decode() then rightly calls the bytes invalid: refuse it here.
        if (hasLoneSurrogate(chars))
            return false;
        QStringEncoder enc(name.constData(), QStringConverter::Flag::Stateless);
        *bytes = enc.encode(chars);
        if (enc.hasError())
            return false;
        QStringDecoder dec(name.constData(),
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        // The check decodes ICU's own bytes; the caller gets the true ones.
        const QString back = dec.decode(*bytes);
        if (rotated)
            *bytes = fromIcuBytes(*bytes);
        if (back != chars || dec.hasError())
            return false;
        return !(pairedLeads && bytes->size() == 1 && static_cast<unsigned char>(bytes->at(0)) >= 0x80);
    };
    // A character ICU would write as one lone lead byte hides inside a longer
    // run (U+F8F8 is ff in Big5: found by fuzzing), so such text is checked
    // character by character below.
    const bool mayHideLoneLead = pairedLeads && std::any_of(text.cbegin(), text.cend(), mayBeLoneLead);
    if (encodeExactly(text, &result.bytes) && !mayHideLoneLead)
        return result;

    // Something could not be encoded: the encoder wrote a substitute ('?' or
    // its own), which must never reach the wire unannounced. Encode code point
    // by code point to know exactly which characters fail, and leave them out.
    result.bytes.clear();
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype len = 1;
        char32_t cp = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        if (encodeExactly(QStringView(text).mid(i, len), &bytes))
            result.bytes += bytes;
        else
            result.unencodable.append(Unencodable{i, len, cp});
        i += len;
    }
    return result;
}

QString detectBom(const QByteArray &bytes, qsizetype *length)
{
    struct Bom
    {
        const char *bytes;
        qsizetype size;
        const char *name;
    };
    // Longest first: UTF-32LE's BOM begins with UTF-16LE's.
    static const Bom boms[] = {
        {"\x00\x00\xFE\xFF", 4, "UTF-32BE"}, {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
        {"\x84\x31\x95\x33", 4, "GB18030"},  {"\xEF\xBB\xBF", 3, "UTF-8"},
        {"\xFE\xFF", 2, "UTF-16BE"},         {"\xFF\xFE", 2, "UTF-16LE"},
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.size))) {
            if (length)
                *length = bom.size;
            return QLatin1String(bom.name);
        }
    }
    if (length)
        *length = 0;
    return QString();
}

DecodeResult decode(const QByteArray &bytes, const QString &encodingId)
{
    DecodeResult result;
    const QByteArray name = encodingId.toLatin1();
    result.bom = detectBom(bytes, &result.bomLength);
    // Skip the BOM only when it belongs to the encoding we decode with;
    // otherwise its bytes are data for this encoding (and show as such).
    const qsizetype start = isBomOf(result.bom, encodingId) ? result.bomLength : 0;
    const QByteArrayView trueBody = QByteArrayView(bytes).sliced(start);
    // From here on the decoders see ICU's bytes (see rotatesControls()).
    const bool rotated = rotatesControls(encodingId);
    const QByteArray icuBody = rotated ? toIcuBytes(trueBody) : QByteArray();
    const QByteArrayView body = rotated ? QByteArrayView(icuBody) : trueBody;
    // What a real U+001A is in this encoding, as the decoder sees it: 1a for
    // the ICU codecs (7f for Shift_JIS, see above), 1a 00 / 00 1a for UTF-16.
    // Only U+001A made of other bytes is ICU's substitute for bad input.
    QStringEncoder substituteEncoder(name.constData(), QStringConverter::Flag::Stateless);
    const QByteArray realSubstitute = substituteEncoder.encode(QStringView(u"\u001A"));
    constexpr auto kWholeFlags
        = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;

    QStringDecoder whole(name.constData(), kWholeFlags);
    if (!whole.isValid()) {
        result.valid = false;
        return result;
    }
    result.text = whole.decode(body);
    const bool pairedLeads = leadByteNeedsPartner(encodingId);
    // UTF-16 works in two-byte code units: an invalid unit (a lone
    // surrogate) is two bytes, and so is the smallest step.
    const bool utf16 = encodingId.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
    // Qt 6.4's stateless UTF-16 decoder drops a lone byte that is the whole
    // input, without an error and without a U+FFFD (found by fuzzing): an odd
    // length is always suspicious.
    const bool suspicious = whole.hasError() || (utf16 && body.size() % 2 != 0)
        || result.text.contains(QChar(QChar::ReplacementCharacter))
        || std::any_of(result.text.cbegin(), result.text.cend(), [](QChar c) { return c.isSurrogate(); })
        || (result.text.contains(QChar(0x1A)) && !body.contains(realSubstitute))
        || (pairedLeads && std::any_of(result.text.cbegin(), result.text.cend(), mayBeLoneLead));
    if (!suspicious)
        return result;

    // Something is wrong somewhere: walk the bytes and find, at each
    // position, the shortest run (1 to 4 bytes) that makes exactly one valid
    // character on its own. Where none does, the bytes that a decoder would
    // still wait on (an unfinished sequence) form one invalid range and one
    // U+FFFD, like Python's errors="replace"; otherwise the single byte does.
    // Surrogates alone, ICU's substitute U+001A and lone lead bytes of the
    // double-byte Chinese encodings are invalid too; a U+FFFD that the input
    // really encodes (EF BF BD in UTF-8) is not.
    QStringEncoder replacementEncoder(name.constData(), QStringConverter::Flag::Stateless);
    const QByteArray encodedReplacement = QByteArray(replacementEncoder.encode(QStringView(u"\uFFFD")));
    const bool replacementEncodable = !replacementEncoder.hasError();

    auto validCharacter = [&](QByteArrayView run, QString *out) {
        QStringDecoder decoder(name.constData(), kWholeFlags);
        *out = decoder.decode(run);
        if (decoder.hasError() || out->isEmpty() || out->size() > 2)
            return false;
        if (out->size() == 2 && !(out->at(0).isHighSurrogate() && out->at(1).isLowSurrogate()))
            return false;
        if (out->size() == 1 && out->at(0).isSurrogate())
            return false;
        if (out->at(0) == QChar(QChar::ReplacementCharacter))
            return replacementEncodable && run == encodedReplacement;
        if (out->at(0) == QChar(0x1A) && run != realSubstitute)
            return false;
        return !(pairedLeads && run.size() == 1 && static_cast<unsigned char>(run.at(0)) >= 0x80);
    };
    auto pendingLength = [&](qsizetype from) -> qsizetype {
        if (utf16)
            return 2;
        QStringDecoder decoder(name.constData(), QStringConverter::Flag::ConvertInitialBom);
        qsizetype k = 0;
        while (from + k < body.size() && k < 4) {
            const QString out = decoder.decode(body.sliced(from + k, 1));
            if (!out.isEmpty() || decoder.hasError())
                break;
            ++k;
        }
        return std::max<qsizetype>(k, 1);
    };

    result.text.clear();
    QString character;
    qsizetype p = 0;
    while (p < body.size()) {
        bool found = false;
        for (qsizetype k = 1; k <= 4 && p + k <= body.size(); ++k) {
            if (validCharacter(body.sliced(p, k), &character)) {
                result.text += character;
                p += k;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        const qsizetype bad = std::min(pendingLength(p), body.size() - p);
        result.invalid.append(InvalidRange{start + p, bad});
        result.text += QChar(QChar::ReplacementCharacter);
        p += bad;
    }
    return result;
}

} // namespace TextCodecs
