// libFuzzer target: PayloadParser (text with escapes, hex, line endings) in
// every encoding NetLab offers.
//
// Invariants beyond "no crash":
//  - any input: a failure has a message, no bytes and a column inside the
//    input (or 0); a success has no column;
//  - hex written from arbitrary bytes, in any of the accepted spellings,
//    parses back to exactly those bytes;
//  - text of arbitrary bytes written as \xNN escapes parses back to those
//    bytes in every encoding (a raw byte is a byte everywhere);
//  - text without escapes in UTF-8 is its UTF-8 form, plus the line ending.

#include "fuzzinput.h"
#include "payloadparser.h"
#include "textcodecs.h"

namespace {

void checkResultShape(const PayloadResult &result, const QString &input)
{
    if (result.ok()) {
        FUZZ_CHECK(result.column == 0, "column %d on success", result.column);
    } else {
        FUZZ_CHECK(result.bytes.isEmpty(), "bytes left on failure: %s", fuzzHex(result.bytes).constData());
        FUZZ_CHECK(result.column >= 0 && result.column <= input.size() + 1, "column %d outside input of %d",
                   result.column, int(input.size()));
    }
}

QString hexSpelling(const QByteArray &bytes, int style)
{
    static const char *const separators[] = {" ", "", ",", ":", ";", "-", "\n", ", ", "\t"};
    QString out;
    const char *sep = separators[style % 9];
    const bool prefix0x = (style / 9) % 3 == 1;
    const bool prefixBackslash = (style / 9) % 3 == 2;
    const bool upper = (style / 27) % 2 == 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += QLatin1String(sep);
        if (prefix0x)
            out += QLatin1String(upper ? "0X" : "0x");
        else if (prefixBackslash)
            out += QLatin1String(upper ? "\\X" : "\\x");
        QByteArray two = QByteArray(1, bytes.at(i)).toHex();
        if (upper)
            two = two.toUpper();
        out += QLatin1String(two);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const QStringList encodings = TextCodecs::availableIds();
    const QString encoding = encodings.at(in.choice(int(encodings.size())));
    const int hexStyle = in.choice(54);
    const LineEnding ending = LineEnding(in.choice(3));
    const bool useUtf16 = in.flag();
    const QByteArray raw = in.rest();
    const QString input = useUtf16 ? FuzzInput::fromUnits(raw) : QString::fromUtf8(raw);

    // Arbitrary input in every mode.
    for (const bool escapes : {true, false}) {
        PayloadOptions options;
        options.mode = PayloadMode::Text;
        options.encoding = encoding;
        options.escapes = escapes;
        options.lineEnding = ending;
        checkResultShape(PayloadParser::parse(input, options), input);
    }
    checkResultShape(PayloadParser::parseHex(input), input);

    // Hex of the raw bytes parses back to them.
    const QString hex = hexSpelling(raw, hexStyle);
    const PayloadResult fromHex = PayloadParser::parseHex(hex);
    FUZZ_CHECK(fromHex.ok(), "hex of bytes refused: %s (input %s)", fuzzText(fromHex.error).constData(),
               fuzzText(hex).constData());
    FUZZ_CHECK(fromHex.bytes == raw, "hex round trip: %s gave %s", fuzzText(hex).constData(),
               fuzzHex(fromHex.bytes).constData());

    // \xNN escapes are raw bytes in every encoding.
    QString escaped;
    for (const char b : raw)
        escaped += QLatin1String("\\x") + QLatin1String(QByteArray(1, b).toHex());
    const PayloadResult fromEscapes = PayloadParser::parseText(escaped, encoding, true);
    FUZZ_CHECK(fromEscapes.ok() && fromEscapes.bytes == raw, "\\x escapes in %s gave %s (error %s)",
               fuzzText(encoding).constData(), fuzzHex(fromEscapes.bytes).constData(),
               fuzzText(fromEscapes.error).constData());

    // Without escapes, UTF-8 text is its UTF-8 form plus the line ending
    // (a QString from UTF-8 holds no lone surrogates).
    if (!useUtf16) {
        PayloadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.escapes = false;
        options.lineEnding = ending;
        const PayloadResult plain = PayloadParser::parse(input, options);
        QByteArray expected = input.toUtf8();
        if (ending == LineEnding::LF)
            expected += '\n';
        else if (ending == LineEnding::CRLF)
            expected += "\r\n";
        FUZZ_CHECK(plain.ok() && plain.bytes == expected, "plain UTF-8 text gave %s, expected %s",
                   fuzzHex(plain.bytes).constData(), fuzzHex(expected).constData());

        // Every backslash doubled: with escapes on, the same bytes again.
        QString doubled = input;
        doubled.replace(u'\\', QLatin1String("\\\\"));
        const PayloadResult unescaped = PayloadParser::parseText(doubled, QStringLiteral("UTF-8"), true);
        FUZZ_CHECK(unescaped.ok() && unescaped.bytes == input.toUtf8(), "doubled backslashes gave %s",
                   fuzzHex(unescaped.bytes).constData());
    }
    return 0;
}
