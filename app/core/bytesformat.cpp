#include "bytesformat.h"

#include <QCoreApplication>

namespace BytesFormat {

namespace {
constexpr char16_t kHexDigits[] = u"0123456789abcdef";
}

QString hex(const QByteArray &bytes, QChar separator, qsizetype maxBytes)
{
    const qsizetype n = (maxBytes >= 0 && bytes.size() > maxBytes) ? maxBytes : bytes.size();
    QString out;
    out.reserve(n * 3 + 2);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && !separator.isNull())
            out += separator;
        const auto b = static_cast<unsigned char>(bytes.at(i));
        out += QChar(kHexDigits[b >> 4]);
        out += QChar(kHexDigits[b & 0x0f]);
    }
    if (n < bytes.size())
        out += QStringLiteral(" …");
    return out;
}

QString hexDump(const QByteArray &bytes, qsizetype maxBytes)
{
    const qsizetype n = (maxBytes >= 0 && bytes.size() > maxBytes) ? maxBytes : bytes.size();
    QString out;
    out.reserve((n / 16 + 1) * 80);
    for (qsizetype line = 0; line < n; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i == 8)
                out += u' ';
            if (line + i < n) {
                const auto b = static_cast<unsigned char>(bytes.at(line + i));
                out += QChar(kHexDigits[b >> 4]);
                out += QChar(kHexDigits[b & 0x0f]);
                out += u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ';
        out += u'|';
        out += ascii;
        out += u'|';
        out += u'\n';
    }
    if (n < bytes.size())
        out += QCoreApplication::translate("BytesFormat", "… %n more byte(s)", nullptr, int(bytes.size() - n))
            + u'\n';
    return out;
}

QString oneLine(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (maxChars >= 0 && out.size() >= maxChars) {
            out += u'…';
            break;
        }
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case 0: out += QStringLiteral("\\0"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace BytesFormat
