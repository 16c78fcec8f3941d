// libFuzzer target: TextCodecs::decode / encode on arbitrary bytes and text,
// in every encoding the Encoding tab offers (TextCodecs::all()).
//
// Invariants beyond "no crash":
//  - decode: the invalid ranges lie inside the input, after the BOM, in
//    order, without overlap, and each shows as at least one U+FFFD;
//  - decode succeeded: encoding the text again gives the same bytes for the
//    lossless encodings (UTF-8, UTF-16LE/BE, ISO-8859-1); for the others the
//    text encodes without complaint and decodes to the same text again;
//  - ISO-8859-1 decodes every byte string without an error;
//  - encode: the unencodable characters lie inside the text, in order, and
//    the bytes written for the rest decode to the text without them.

#include "fuzzinput.h"
#include "textcodecs.h"

namespace {

bool isLossless(const QString &id)
{
    return id == QLatin1String("UTF-8") || id == QLatin1String("UTF-16LE") || id == QLatin1String("UTF-16BE")
        || id == QLatin1String("ISO-8859-1");
}

void checkDecode(const QByteArray &bytes, const QString &id)
{
    const TextCodecs::DecodeResult decoded = TextCodecs::decode(bytes, id);
    FUZZ_CHECK(decoded.valid, "%s reported unavailable", fuzzText(id).constData());
    const bool bomSkipped = decoded.bom.compare(id, Qt::CaseInsensitive) == 0;
    const qsizetype start = bomSkipped ? decoded.bomLength : 0;
    qsizetype previousEnd = start;
    for (const TextCodecs::InvalidRange &range : decoded.invalid) {
        FUZZ_CHECK(range.length > 0 && range.offset >= previousEnd
                       && range.offset + range.length <= bytes.size(),
                   "%s: invalid range %lld+%lld out of place (previous end %lld, size %lld) in %s",
                   fuzzText(id).constData(), qlonglong(range.offset), qlonglong(range.length),
                   qlonglong(previousEnd), qlonglong(bytes.size()), fuzzHex(bytes).constData());
        previousEnd = range.offset + range.length;
    }
    FUZZ_CHECK(decoded.text.count(QChar(QChar::ReplacementCharacter)) >= decoded.invalid.size(),
               "%s: %lld invalid ranges but fewer U+FFFD in the text", fuzzText(id).constData(),
               qlonglong(decoded.invalid.size()));
    if (id == QLatin1String("ISO-8859-1"))
        FUZZ_CHECK(decoded.ok(), "ISO-8859-1 refused bytes %s", fuzzHex(bytes).constData());
    if (!decoded.ok())
        return;

    const TextCodecs::EncodeResult again = TextCodecs::encode(decoded.text, id);
    FUZZ_CHECK(again.ok(), "%s: valid bytes %s decode to text that does not encode", fuzzText(id).constData(),
               fuzzHex(bytes).constData());
    if (isLossless(id)) {
        FUZZ_CHECK(again.bytes == bytes.mid(start), "%s: round trip of %s gave %s", fuzzText(id).constData(),
                   fuzzHex(bytes).constData(), fuzzHex(again.bytes).constData());
    } else {
        const TextCodecs::DecodeResult twice = TextCodecs::decode(again.bytes, id);
        // Text that starts with U+FEFF (two BOMs in the input: one skipped,
        // one kept) is written with a BOM again, which decode() names and
        // skips, as documented.
        QString expected = decoded.text;
        if (twice.bom.compare(id, Qt::CaseInsensitive) == 0 && expected.startsWith(QChar(0xFEFF)))
            expected.remove(0, 1);
        FUZZ_CHECK(twice.ok() && twice.text == expected, "%s: text of %s does not survive %s",
                   fuzzText(id).constData(), fuzzHex(bytes).constData(), fuzzHex(again.bytes).constData());
    }
}

void checkEncode(const QString &text, const QString &id)
{
    const TextCodecs::EncodeResult encoded = TextCodecs::encode(text, id);
    FUZZ_CHECK(encoded.valid, "%s reported unavailable", fuzzText(id).constData());
    QString kept;
    qsizetype next = 0;
    for (const TextCodecs::Unencodable &bad : encoded.unencodable) {
        FUZZ_CHECK(bad.position >= next && bad.length >= 1 && bad.length <= 2
                       && bad.position + bad.length <= text.size(),
                   "%s: unencodable %lld+%lld out of place", fuzzText(id).constData(),
                   qlonglong(bad.position), qlonglong(bad.length));
        kept += QStringView(text).mid(next, bad.position - next);
        next = bad.position + bad.length;
    }
    kept += QStringView(text).mid(next);
    // What was written decodes to the encodable characters. A leading U+FEFF
    // is written as a BOM and named rather than decoded, so leave it out.
    const TextCodecs::DecodeResult back = TextCodecs::decode(encoded.bytes, id);
    QString expected = kept;
    if (back.bom.compare(id, Qt::CaseInsensitive) == 0 && expected.startsWith(QChar(0xFEFF)))
        expected.remove(0, 1);
    FUZZ_CHECK(back.ok() && back.text == expected, "%s: encoded text %s decodes to %s",
               fuzzText(id).constData(), fuzzText(expected).constData(), fuzzText(back.text).constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString units = FuzzInput::fromUnits(bytes);
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (!info.available)
            continue;
        checkDecode(bytes, info.id);
        checkEncode(units, info.id);
    }
    // An encoding nobody has is reported, never guessed.
    FUZZ_CHECK(!TextCodecs::decode(bytes, QStringLiteral("x-no-such-encoding")).valid,
               "unknown encoding accepted");
    return 0;
}
