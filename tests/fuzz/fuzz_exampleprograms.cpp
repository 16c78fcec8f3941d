// libFuzzer target: ExamplePrograms' literal builders, which put whatever a
// student typed into generated Python and C++ source.
//
// Invariants beyond "no crash": each literal is read back by a small reader
// of that language's escapes (written here, following the language rules)
// and gives exactly the input again:
//  - cppString(bytes): printable ASCII only, "...", the same bytes;
//  - pythonBytes(bytes): printable ASCII only, b"...", the same bytes;
//  - pythonString(text): "...", no raw line break or quote, the same text
//    (Python itself is not run here; tst_exampleprograms does that).

#include "exampleprograms.h"
#include "fuzzinput.h"

#include <optional>

namespace {

bool printableAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

int hexValue(QChar c)
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

// Reads `digits` hex digits at s[i..]; nullopt when they are not all there.
std::optional<uint> readHex(const QString &s, qsizetype i, int digits)
{
    uint value = 0;
    for (int k = 0; k < digits; ++k) {
        if (i + k >= s.size() || hexValue(s.at(i + k)) < 0)
            return std::nullopt;
        value = value * 16 + uint(hexValue(s.at(i + k)));
    }
    return value;
}

// A C++ narrow string literal: simple escapes, \ooo (1-3 octal digits) and \xHH...
std::optional<QByteArray> readCppLiteral(const QString &literal)
{
    if (literal.size() < 2 || !literal.startsWith(u'"') || !literal.endsWith(u'"'))
        return std::nullopt;
    const QString body = literal.mid(1, literal.size() - 2);
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'"')
            return std::nullopt; // an unescaped quote ends the literal early
        if (c != u'\\') {
            out += char(c.unicode());
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const char16_t e = body.at(i).unicode();
        switch (e) {
        case u'n': out += '\n'; break;
        case u'r': out += '\r'; break;
        case u't': out += '\t'; break;
        case u'\\': out += '\\'; break;
        case u'"': out += '"'; break;
        case u'\'': out += '\''; break;
        case u'?': out += '?'; break;
        default:
            if (e >= u'0' && e <= u'7') {
                uint value = 0;
                int k = 0;
                while (k < 3 && i + k < body.size() && body.at(i + k) >= u'0' && body.at(i + k) <= u'7') {
                    value = value * 8 + uint(body.at(i + k).unicode() - u'0');
                    ++k;
                }
                if (value > 0xff)
                    return std::nullopt;
                out += char(value);
                i += k - 1;
            } else {
                return std::nullopt;
            }
        }
    }
    return out;
}

// A Python literal body: \\ \" \' \n \r \t \xHH, and for str also \uHHHH and \UHHHHHHHH.
std::optional<QString> readPythonBody(const QString &body, bool isBytes)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'"' || c == u'\n' || c == u'\r')
            return std::nullopt;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const char16_t e = body.at(i).unicode();
        std::optional<uint> value;
        switch (e) {
        case u'n': out += u'\n'; continue;
        case u'r': out += u'\r'; continue;
        case u't': out += u'\t'; continue;
        case u'\\': out += u'\\'; continue;
        case u'"': out += u'"'; continue;
        case u'\'': out += u'\''; continue;
        case u'x':
            value = readHex(body, i + 1, 2);
            i += 2;
            break;
        case u'u':
            if (isBytes)
                return std::nullopt;
            value = readHex(body, i + 1, 4);
            i += 4;
            break;
        case u'U':
            if (isBytes)
                return std::nullopt;
            value = readHex(body, i + 1, 8);
            i += 8;
            break;
        default: return std::nullopt;
        }
        if (!value || *value > 0x10ffff)
            return std::nullopt;
        if (*value >= 0x10000) {
            const char32_t cp = char32_t(*value);
            out += QString::fromUcs4(&cp, 1);
        } else {
            out += QChar(char16_t(*value));
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString cpp = ExamplePrograms::cppString(bytes);
    FUZZ_CHECK(printableAscii(cpp), "C++ literal with raw non-ASCII: %s", fuzzText(cpp).constData());
    const std::optional<QByteArray> cppBack = readCppLiteral(cpp);
    FUZZ_CHECK(cppBack && *cppBack == bytes, "C++ literal %s does not give %s back",
               fuzzText(cpp).constData(), fuzzHex(bytes).constData());
    // cppString(QString) is the same literal of the text's UTF-8.
    const QString text = QString::fromUtf8(bytes);
    FUZZ_CHECK(ExamplePrograms::cppString(text) == ExamplePrograms::cppString(text.toUtf8()),
               "cppString(QString)");

    const QString pyBytes = ExamplePrograms::pythonBytes(bytes);
    FUZZ_CHECK(printableAscii(pyBytes) && pyBytes.startsWith(QLatin1String("b\"")) && pyBytes.endsWith(u'"'),
               "Python bytes literal %s", fuzzText(pyBytes).constData());
    const std::optional<QString> pyBytesBack = readPythonBody(pyBytes.mid(2, pyBytes.size() - 3), true);
    FUZZ_CHECK(pyBytesBack && pyBytesBack->toLatin1() == bytes,
               "Python bytes literal %s does not give %s back", fuzzText(pyBytes).constData(),
               fuzzHex(bytes).constData());

    // Python str: any UTF-16, lone surrogates included (Python writes them as \udXXX).
    const QString units = FuzzInput::fromUnits(bytes);
    for (const QString &s : {text, units}) {
        const QString py = ExamplePrograms::pythonString(s);
        FUZZ_CHECK(py.size() >= 2 && py.startsWith(u'"') && py.endsWith(u'"'), "Python literal %s",
                   fuzzText(py).constData());
        const std::optional<QString> back = readPythonBody(py.mid(1, py.size() - 2), false);
        FUZZ_CHECK(back && *back == s, "Python literal %s does not give %s back", fuzzText(py).constData(),
                   fuzzText(s).constData());
    }
    return 0;
}
