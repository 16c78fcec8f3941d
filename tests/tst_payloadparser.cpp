// The payload parser turns what a student types into the bytes that go on the
// wire. Every row names the input form it proves; expected bytes were written
// down independently (Python: "...".encode(...)).
#include "payloadparser.h"

#include <QtTest>

class TestPayloadParser final : public QObject
{
    Q_OBJECT
private slots:
    void hexForms_data();
    void hexForms();
    void hexErrors_data();
    void hexErrors();
    void text_data();
    void text();
    void textErrors_data();
    void textErrors();
    void lineEndings_data();
    void lineEndings();
};

void TestPayloadParser::hexForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("spaced pairs") << QStringLiteral("48 65 6c") << QByteArray("Hel");
    QTest::newRow("0x with commas") << QStringLiteral("0x48,0x65") << QByteArray("He");
    QTest::newRow("0x with commas and spaces") << QStringLiteral("0x48, 0x65, 0x6C") << QByteArray("Hel");
    QTest::newRow("one run") << QStringLiteral("48656c") << QByteArray("Hel");
    QTest::newRow("colons (Wireshark copy)") << QStringLiteral("48:65:6c") << QByteArray("Hel");
    QTest::newRow("dashes") << QStringLiteral("48-65-6c") << QByteArray("Hel");
    QTest::newRow("C escapes pasted") << QStringLiteral("\\x48\\x65\\x6c") << QByteArray("Hel");
    QTest::newRow("upper case") << QStringLiteral("4A 4B") << QByteArray("JK");
    QTest::newRow("newlines and tabs") << QStringLiteral("48\n65\t6c\r\n") << QByteArray("Hel");
    QTest::newRow("single prefixed digit is one byte") << QStringLiteral("0xa") << QByteArray("\n");
    QTest::newRow("empty is no bytes") << QString() << QByteArray();
    QTest::newRow("only separators is no bytes") << QStringLiteral(" , :") << QByteArray();
    QTest::newRow("nul and ff survive") << QStringLiteral("00 ff") << QByteArray("\x00\xff", 2);
    QTest::newRow("utf-8 of 你好") << QStringLiteral("e4 bd a0 e5 a5 bd")
                                   << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd");
}

void TestPayloadParser::hexForms()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    const PayloadResult result = PayloadParser::parseHex(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
    PayloadOptions options;
    options.mode = PayloadMode::Hex;
    QCOMPARE(PayloadParser::parse(input, options).bytes, bytes);
}

void TestPayloadParser::hexErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("g is not a hex digit, column 5")
        << QStringLiteral("48 6g") << 5 << QStringLiteral("invalid hex digit 'g' (U+0067) at column 5");
    QTest::newRow("odd digits in one run")
        << QStringLiteral("48656") << 1 << QStringLiteral("odd number of hex digits");
    QTest::newRow("odd digits in a spaced group")
        << QStringLiteral("48 5 6c") << 4 << QStringLiteral("odd number of hex digits in '5' at column 4");
    QTest::newRow("0x with nothing after it")
        << QStringLiteral("0x48,0x") << 6 << QStringLiteral("has no hex digits");
    QTest::newRow("Chinese character") << QStringLiteral("48 你") << 4 << QStringLiteral("U+4F60");
    QTest::newRow("a tab is not invisible in the message")
        << QStringLiteral("4\t8") << 1 << QStringLiteral("odd number of hex digits in '4'");
    QTest::newRow("lone backslash") << QStringLiteral("\\48") << 1
                                    << QStringLiteral("invalid hex digit '\\'");
}

void TestPayloadParser::hexErrors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const PayloadResult result = PayloadParser::parseHex(input);
    QVERIFY(!result.ok());
    QVERIFY(result.bytes.isEmpty());
    QCOMPARE(result.column, column);
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
}

void TestPayloadParser::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("escapes");
    QTest::addColumn<QByteArray>("bytes");

    const QString hello = QStringLiteral("你好,世界!");
    QTest::newRow("seed text in UTF-8")
        << hello << QStringLiteral("UTF-8") << true << QByteArray::fromHex("e4bda0e5a5bd2ce4b896e7958c21");
    QTest::newRow("seed text in GBK")
        << hello << QStringLiteral("GBK") << true << QByteArray::fromHex("c4e3bac32ccac0bde721");
    QTest::newRow("escapes n r t") << QStringLiteral("a\\r\\n\\tb") << QStringLiteral("UTF-8") << true
                                   << QByteArray("a\r\n\tb");
    QTest::newRow("escaped backslash")
        << QStringLiteral("a\\\\b") << QStringLiteral("UTF-8") << true << QByteArray("a\\b");
    QTest::newRow("nul escape") << QStringLiteral("a\\0b") << QStringLiteral("UTF-8") << true
                                << QByteArray("a\0b", 3);
    QTest::newRow("\\xff is a raw byte, not U+00FF")
        << QStringLiteral("\\xff") << QStringLiteral("UTF-8") << true << QByteArray("\xff");
    QTest::newRow("\\u4f60 is the character 你, encoded in GBK")
        << QStringLiteral("\\u4f60") << QStringLiteral("GBK") << true << QByteArray::fromHex("c4e3");
    QTest::newRow("surrogate pair escapes make one emoji")
        << QStringLiteral("\\ud83d\\ude00") << QStringLiteral("UTF-8") << true
        << QByteArray::fromHex("f09f9880");
    QTest::newRow("escapes off keeps backslashes")
        << QStringLiteral("a\\n") << QStringLiteral("UTF-8") << false << QByteArray("a\\n");
    QTest::newRow("raw byte between characters in GBK")
        << QStringLiteral("你\\x00好") << QStringLiteral("GBK") << true << QByteArray::fromHex("c4e300bac3");
    QTest::newRow("latin-1 é") << QStringLiteral("é") << QStringLiteral("ISO-8859-1") << true
                               << QByteArray("\xe9");
    QTest::newRow("empty text") << QString() << QStringLiteral("UTF-8") << true << QByteArray();
}

void TestPayloadParser::text()
{
    QFETCH(QString, input);
    QFETCH(QString, encoding);
    QFETCH(bool, escapes);
    QFETCH(QByteArray, bytes);
    const PayloadResult result = PayloadParser::parseText(input, encoding, escapes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes.toHex(' '), bytes.toHex(' '));
}

void TestPayloadParser::textErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown escape names itself and the column")
        << QStringLiteral("ab\\q") << QStringLiteral("UTF-8") << 3
        << QStringLiteral("unknown escape \\q at column 3");
    QTest::newRow("trailing backslash")
        << QStringLiteral("ab\\") << QStringLiteral("UTF-8") << 3 << QStringLiteral("lone backslash");
    QTest::newRow("\\x needs two digits")
        << QStringLiteral("\\x4") << QStringLiteral("UTF-8") << 1 << QStringLiteral("two hex digits");
    QTest::newRow("\\u needs four digits")
        << QStringLiteral("x\\u12") << QStringLiteral("UTF-8") << 2 << QStringLiteral("four hex digits");
    QTest::newRow("你 cannot be written in ISO-8859-1")
        << QStringLiteral("ab你") << QStringLiteral("ISO-8859-1") << 3
        << QStringLiteral("'你' (U+4F60) at column 3 cannot be written in ISO-8859-1");
    QTest::newRow("emoji cannot be written in GBK")
        << QStringLiteral("好😀") << QStringLiteral("GBK") << 2 << QStringLiteral("U+1F600");
    QTest::newRow("unknown encoding")
        << QStringLiteral("a") << QStringLiteral("no-such-encoding") << 0 << QStringLiteral("not available");
}

void TestPayloadParser::textErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, encoding);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const PayloadResult result = PayloadParser::parseText(input, encoding, true);
    QVERIFY(!result.ok());
    QVERIFY(result.bytes.isEmpty());
    QCOMPARE(result.column, column);
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
}

void TestPayloadParser::lineEndings_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text, none") << int(PayloadMode::Text) << int(LineEnding::None) << QByteArray("time");
    QTest::newRow("text, LF") << int(PayloadMode::Text) << int(LineEnding::LF) << QByteArray("time\n");
    QTest::newRow("text, CRLF") << int(PayloadMode::Text) << int(LineEnding::CRLF) << QByteArray("time\r\n");
    QTest::newRow("hex ignores the line ending")
        << int(PayloadMode::Hex) << int(LineEnding::CRLF) << QByteArray("\x74\x69\x6d\x65");
}

void TestPayloadParser::lineEndings()
{
    QFETCH(int, mode);
    QFETCH(int, ending);
    QFETCH(QByteArray, bytes);
    PayloadOptions options;
    options.mode = PayloadMode(mode);
    options.lineEnding = LineEnding(ending);
    const QString input
        = options.mode == PayloadMode::Hex ? QStringLiteral("74 69 6d 65") : QStringLiteral("time");
    const PayloadResult result = PayloadParser::parse(input, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
