#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Turns what a student types into a send field into the exact bytes to send.
// Used by every send field of every tab. Pure; callable from any thread.
enum class PayloadMode : quint8 {
    Text, // characters, encoded in PayloadOptions::encoding
    Hex, // bytes written in hex: "48 65 6c", "0x48,0x65", "48656c", "48:65:6c"
};

enum class LineEnding : quint8 { None, LF, CRLF };

struct PayloadOptions
{
    PayloadMode mode = PayloadMode::Text;
    QString encoding = QStringLiteral("UTF-8"); // a TextCodecs id
    bool escapes = true; // Text mode: \n \r \t \\ \0 \xNN (a raw byte) \uNNNN (a character)
    LineEnding lineEnding = LineEnding::None; // Text mode: appended after the text
};

struct PayloadResult
{
    QByteArray bytes;
    QString error; // translated, for the student; empty when ok
    int column = 0; // 1-based column of the problem in the input, 0 when none applies
    bool ok() const { return error.isEmpty(); }
};

class PayloadParser
{
    Q_DECLARE_TR_FUNCTIONS(PayloadParser)
public:
    static PayloadResult parse(const QString &input, const PayloadOptions &options);
    // Hex alone, in any of the forms above (also mixed, with whitespace and
    // newlines); used by the Encoding tab's decoder too.
    static PayloadResult parseHex(const QString &input);
    // Text with escapes, encoded; unencodable characters are an error naming
    // the character, its code point and its column.
    static PayloadResult parseText(const QString &input, const QString &encoding, bool escapes);

    // The value of one hex digit (0-15), or -1.
    static int hexDigitValue(QChar c);
    // What may stand between hex bytes: white space , : ; -
    static bool isHexSeparator(QChar c);
};
