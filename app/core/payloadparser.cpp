#include "payloadparser.h"

#include "textcodecs.h"

namespace {

// How a character is named in a message: printable ones quoted, others by
// code point, so that a tab or a NUL is never "invisible" in the sentence.
QString describeChar(QStringView text, qsizetype pos)
{
    char32_t cp = text.at(pos).unicode();
    if (text.at(pos).isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
        cp = QChar::surrogateToUcs4(text.at(pos), text.at(pos + 1));
    const QString codePoint = QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
    if (QChar::isPrint(cp) && cp != U' ')
        return QStringLiteral("'%1' (%2)").arg(QString::fromUcs4(&cp, 1), codePoint);
    return codePoint;
}

int column(qsizetype index)
{
    return int(index) + 1;
}

} // namespace

int PayloadParser::hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool PayloadParser::isHexSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u';' || c == u'-';
}

PayloadResult PayloadParser::parse(const QString &input, const PayloadOptions &options)
{
    if (options.mode == PayloadMode::Hex)
        return parseHex(input);
    PayloadResult result = parseText(input, options.encoding, options.escapes);
    if (!result.ok())
        return result;
    switch (options.lineEnding) {
    case LineEnding::None: break;
    case LineEnding::LF: result.bytes += '\n'; break;
    case LineEnding::CRLF: result.bytes += "\r\n"; break;
    }
    return result;
}

PayloadResult PayloadParser::parseHex(const QString &input)
{
    // Accepted: runs of hex digits, optionally prefixed by 0x or \x, separated
    // by any mix of spaces, newlines, commas, colons, semicolons and dashes.
    // A run must have an even number of digits, except one prefixed digit
    // ("0xa" is the byte 0a).
    PayloadResult result;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (isHexSeparator(input.at(i))) {
            ++i;
            continue;
        }
        const qsizetype tokenStart = i;
        bool prefixed = false;
        if (i + 1 < n && (input.at(i) == u'0' || input.at(i) == u'\\')
            && (input.at(i + 1) == u'x' || input.at(i + 1) == u'X')) {
            prefixed = true;
            i += 2;
        }
        const qsizetype digitsStart = i;
        while (i < n && !isHexSeparator(input.at(i))) {
            if ((input.at(i) == u'\\' && i > digitsStart)
                || (input.at(i) == u'0' && i + 1 < n && (input.at(i + 1) == u'x' || input.at(i + 1) == u'X')
                    && (i - digitsStart) % 2 == 0 && i > digitsStart)) {
                break; // "\x48\x65" or "0x480x65": the next prefixed byte starts here
            }
            if (hexDigitValue(input.at(i)) < 0) {
                result.error = tr("invalid hex digit %1 at column %2: use 0-9 and a-f")
                                   .arg(describeChar(input, i))
                                   .arg(column(i));
                result.column = column(i);
                result.bytes.clear();
                return result;
            }
            ++i;
        }
        const qsizetype digits = i - digitsStart;
        if (digits == 0) {
            result.error = tr("'%1' at column %2 has no hex digits after it")
                               .arg(input.mid(tokenStart, i - tokenStart))
                               .arg(column(tokenStart));
            result.column = column(tokenStart);
            result.bytes.clear();
            return result;
        }
        if (prefixed && digits == 1) {
            result.bytes += char(hexDigitValue(input.at(digitsStart)));
            continue;
        }
        if (digits % 2 != 0) {
            result.error = tr("odd number of hex digits in '%1' at column %2: every byte needs two digits")
                               .arg(input.mid(tokenStart, i - tokenStart))
                               .arg(column(tokenStart));
            result.column = column(tokenStart);
            result.bytes.clear();
            return result;
        }
        for (qsizetype d = digitsStart; d < i; d += 2)
            result.bytes += char(hexDigitValue(input.at(d)) * 16 + hexDigitValue(input.at(d + 1)));
    }
    return result;
}

PayloadResult PayloadParser::parseText(const QString &input, const QString &encoding, bool escapes)
{
    PayloadResult result;
    if (!TextCodecs::isAvailable(encoding)) {
        result.error = tr("the encoding '%1' is not available here").arg(encoding);
        return result;
    }

    // Characters are collected in `pending` and encoded in one go before each
    // raw byte (\xNN) and at the end, so that the encoder sees whole runs.
    QString pending;
    qsizetype pendingStart = 0;
    auto flushPending = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        const TextCodecs::EncodeResult encoded = TextCodecs::encode(pending, encoding);
        if (!encoded.ok()) {
            const TextCodecs::Unencodable &bad = encoded.unencodable.constFirst();
            // Find the column in the input of the first unencodable character.
            // pending maps to input positions one-to-one except for escapes,
            // so search the input from pendingStart for the same character.
            const QString ch = pending.mid(bad.position, bad.length);
            const qsizetype where = input.indexOf(ch, pendingStart);
            result.column = where >= 0 ? column(where) : 0;
            result.error
                = tr("%1 at column %2 cannot be written in %3; choose an encoding that has it, such as UTF-8")
                      .arg(describeChar(pending, bad.position))
                      .arg(result.column)
                      .arg(encoding);
            return false;
        }
        result.bytes += encoded.bytes;
        pending.clear();
        return true;
    };

    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = input.at(i);
        if (!escapes || c != u'\\') {
            if (pending.isEmpty())
                pendingStart = i;
            pending += c;
            continue;
        }
        if (i + 1 >= n) {
            result.error = tr("a lone backslash at column %1 ends the text: write \\\\ for a backslash")
                               .arg(column(i));
            result.column = column(i);
            result.bytes.clear();
            return result;
        }
        const QChar e = input.at(i + 1);
        switch (e.unicode()) {
        case u'n':
            pending += u'\n';
            ++i;
            continue;
        case u'r':
            pending += u'\r';
            ++i;
            continue;
        case u't':
            pending += u'\t';
            ++i;
            continue;
        case u'\\':
            pending += u'\\';
            ++i;
            continue;
        case u'0':
            pending += QChar(u'\0');
            ++i;
            continue;
        case u'x': {
            const int hi = i + 2 < n ? hexDigitValue(input.at(i + 2)) : -1;
            const int lo = i + 3 < n ? hexDigitValue(input.at(i + 3)) : -1;
            if (hi < 0 || lo < 0) {
                result.error = tr("\\x at column %1 needs two hex digits, as in \\x0a").arg(column(i));
                result.column = column(i);
                result.bytes.clear();
                return result;
            }
            if (!flushPending()) {
                result.bytes.clear();
                return result;
            }
            // A raw byte, not a character: \xff is the byte ff in every encoding.
            result.bytes += char(hi * 16 + lo);
            i += 3;
            continue;
        }
        case u'u': {
            uint value = 0;
            bool good = i + 5 < n;
            for (qsizetype k = 2; good && k < 6; ++k) {
                const int v = hexDigitValue(input.at(i + k));
                good = v >= 0;
                value = value * 16 + uint(v);
            }
            if (!good) {
                result.error = tr("\\u at column %1 needs four hex digits, as in \\u4f60").arg(column(i));
                result.column = column(i);
                result.bytes.clear();
                return result;
            }
            if (pending.isEmpty())
                pendingStart = i;
            pending += QChar(char16_t(value));
            i += 5;
            continue;
        }
        default:
            result.error = tr("unknown escape \\%1 at column %2: use \\n \\r \\t \\\\ \\0 \\xNN or \\uNNNN")
                               .arg(e)
                               .arg(column(i));
            result.column = column(i);
            result.bytes.clear();
            return result;
        }
    }
    if (!flushPending())
        result.bytes.clear();
    return result;
}
