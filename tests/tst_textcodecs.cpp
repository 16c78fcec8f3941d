// TextCodecs against known byte values. Every expected value below was taken
// from Python 3's codecs (str.encode / bytes.decode, with an error handler
// recording each error's start and end), not from the implementation:
//   python3 -c "print('你好,世界!'.encode('gbk').hex(' '))"
// Rows where ICU and Python disagree on purpose-neutral ground (0x80 in GBK is
// € in Windows code page 936 but invalid for Python) are left out.
#include "textcodecs.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QtTest>

namespace {

// "offset:length" of each invalid range, adjacent ranges merged: how many
// pieces a decoder splits one bad run into is not the point, which bytes are
// bad is.
QString rangesText(const QList<TextCodecs::InvalidRange> &ranges)
{
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const TextCodecs::InvalidRange &r : ranges) {
        if (!merged.isEmpty() && merged.last().first + merged.last().second == r.offset)
            merged.last().second += r.length;
        else
            merged.append({r.offset, r.length});
    }
    QStringList parts;
    for (const auto &[offset, length] : merged)
        parts.append(QStringLiteral("%1:%2").arg(offset).arg(length));
    return parts.join(u',');
}

// "position:length:U+XXXX" of each unencodable character.
QString unencodableText(const QList<TextCodecs::Unencodable> &list)
{
    QStringList parts;
    for (const TextCodecs::Unencodable &u : list) {
        parts.append(QStringLiteral("%1:%2:U+%3")
                         .arg(u.position)
                         .arg(u.length)
                         .arg(uint(u.codePoint), 4, 16, QLatin1Char('0'))
                         .toUpper());
    }
    return parts.join(u',');
}

// A run of U+FFFD collapsed to one, for the same reason as rangesText().
QString collapseReplacements(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QChar(QChar::ReplacementCharacter) && out.endsWith(c))
            continue;
        out += c;
    }
    return out;
}

// Skip (not pass) when the running Qt lacks the encoding; asked of Qt itself,
// not of TextCodecs.
#define REQUIRE_ENCODING(id)                                                                                 \
    do {                                                                                                     \
        if (!QStringEncoder(QString(id).toLatin1().constData()).isValid())                                   \
            QSKIP("this Qt build has no such encoding");                                                     \
    } while (false)

} // namespace

class TestTextCodecs final : public QObject
{
    Q_OBJECT
private slots:
    void listsTheTabsEncodingsInOrder();
    void availabilityMatchesQt();

    void encodesKnownBytes_data();
    void encodesKnownBytes();

    void reportsUnencodableCharacters_data();
    void reportsUnencodableCharacters();

    void unknownEncodingIsInvalid();

    void decodesKnownBytes_data();
    void decodesKnownBytes();

    void findsInvalidSequences_data();
    void findsInvalidSequences();

    void detectsBom_data();
    void detectsBom();

    void decodeSkipsOwnBom_data();
    void decodeSkipsOwnBom();

    void mojibake_data();
    void mojibake();
};

void TestTextCodecs::listsTheTabsEncodingsInOrder()
{
    QStringList ids;
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        ids.append(info.id);
        QVERIFY2(!info.displayName.isEmpty(), qPrintable(info.id));
    }
    const QStringList expected
        = {QStringLiteral("UTF-8"),    QStringLiteral("GBK"),       QStringLiteral("GB18030"),
           QStringLiteral("Big5"),     QStringLiteral("Shift_JIS"), QStringLiteral("UTF-16LE"),
           QStringLiteral("UTF-16BE"), QStringLiteral("ISO-8859-1")};
    QCOMPARE(ids, expected);
}

void TestTextCodecs::availabilityMatchesQt()
{
    QStringList available;
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        const QByteArray name = info.id.toLatin1();
        const bool qtHasIt
            = QStringEncoder(name.constData()).isValid() && QStringDecoder(name.constData()).isValid();
        QCOMPARE(info.available, qtHasIt);
        QCOMPARE(TextCodecs::isAvailable(info.id), qtHasIt);
        if (qtHasIt)
            available.append(info.id);
    }
    QCOMPARE(TextCodecs::availableIds(), available);
    // Built into Qt itself, with or without ICU.
    QVERIFY(TextCodecs::isAvailable(QStringLiteral("UTF-8")));
    QVERIFY(TextCodecs::isAvailable(QStringLiteral("ISO-8859-1")));
    QVERIFY(!TextCodecs::isAvailable(QStringLiteral("no-such-encoding")));
}

void TestTextCodecs::encodesKnownBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");

    const QString seed = QStringLiteral("你好,世界!");
    QTest::newRow("seed in UTF-8: three bytes per CJK character")
        << seed << QStringLiteral("UTF-8") << QByteArray::fromHex("e4bda0e5a5bd2ce4b896e7958c21");
    QTest::newRow("seed in GBK: two bytes per CJK character")
        << seed << QStringLiteral("GBK") << QByteArray::fromHex("c4e3bac32ccac0bde721");
    QTest::newRow("seed in GB18030 is the same as GBK")
        << seed << QStringLiteral("GB18030") << QByteArray::fromHex("c4e3bac32ccac0bde721");
    QTest::newRow("seed in Big5") << seed << QStringLiteral("Big5")
                                  << QByteArray::fromHex("a741a66e2ca540acc921");
    QTest::newRow("你好 in Big5 = a7 41 a6 6e")
        << QStringLiteral("你好") << QStringLiteral("Big5") << QByteArray::fromHex("a741a66e");
    QTest::newRow("日本 in Shift_JIS = 93 fa 96 7b")
        << QStringLiteral("日本") << QStringLiteral("Shift_JIS") << QByteArray::fromHex("93fa967b");
    QTest::newRow("こんにちは in Shift_JIS") << QStringLiteral("こんにちは") << QStringLiteral("Shift_JIS")
                                             << QByteArray::fromHex("82b182f182c982bf82cd");
    QTest::newRow("seed in UTF-16LE, no BOM written")
        << seed << QStringLiteral("UTF-16LE") << QByteArray::fromHex("604f7d592c00164e4c752100");
    QTest::newRow("seed in UTF-16BE, no BOM written")
        << seed << QStringLiteral("UTF-16BE") << QByteArray::fromHex("4f60597d002c4e16754c0021");
    QTest::newRow("é in ISO-8859-1 is the single byte e9")
        << QStringLiteral("é") << QStringLiteral("ISO-8859-1") << QByteArray::fromHex("e9");
    QTest::newRow("é in UTF-8 takes two bytes")
        << QStringLiteral("é") << QStringLiteral("UTF-8") << QByteArray::fromHex("c3a9");
    QTest::newRow("é is in GBK") << QStringLiteral("é") << QStringLiteral("GBK")
                                 << QByteArray::fromHex("a8a6");
    QTest::newRow("emoji in UTF-8 takes four bytes")
        << QStringLiteral("😀") << QStringLiteral("UTF-8") << QByteArray::fromHex("f09f9880");
    QTest::newRow("emoji in GB18030 takes four bytes though GBK has none")
        << QStringLiteral("😀") << QStringLiteral("GB18030") << QByteArray::fromHex("9439fc36");
    QTest::newRow("emoji in UTF-16LE is a surrogate pair")
        << QStringLiteral("😀") << QStringLiteral("UTF-16LE") << QByteArray::fromHex("3dd800de");
    QTest::newRow("emoji in UTF-16BE is a surrogate pair")
        << QStringLiteral("😀") << QStringLiteral("UTF-16BE") << QByteArray::fromHex("d83dde00");
    QTest::newRow("ASCII is the same in GBK as in UTF-8")
        << QStringLiteral("Hi!") << QStringLiteral("GBK") << QByteArray("Hi!");
    QTest::newRow("U+001A U+001C U+007F stay 1a 1c 7f in Shift_JIS, though ICU rotates them (fuzzer find)")
        << QStringLiteral("\u001A\u001C\u007F") << QStringLiteral("Shift_JIS")
        << QByteArray::fromHex("1a1c7f");
    QTest::newRow("empty text gives no bytes") << QString() << QStringLiteral("UTF-8") << QByteArray();
}

void TestTextCodecs::encodesKnownBytes()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);
    REQUIRE_ENCODING(encoding);

    const TextCodecs::EncodeResult result = TextCodecs::encode(text, encoding);
    QVERIFY(result.valid);
    QCOMPARE(unencodableText(result.unencodable), QString());
    QVERIFY(result.ok());
    QCOMPARE(result.bytes.toHex(' '), expected.toHex(' '));
}

void TestTextCodecs::reportsUnencodableCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected"); // the bytes of the characters that can be encoded
    QTest::addColumn<QString>("unencodable"); // position:length:code point, in UTF-16 units

    QTest::newRow("你 is not in ISO-8859-1 (Qt's encoder writes ? without telling)")
        << QStringLiteral("a你b") << QStringLiteral("ISO-8859-1") << QByteArray("ab")
        << QStringLiteral("1:1:U+4F60");
    QTest::newRow("seed in ISO-8859-1 keeps only the comma and the exclamation mark")
        << QStringLiteral("你好,世界!") << QStringLiteral("ISO-8859-1") << QByteArray(",!")
        << QStringLiteral("0:1:U+4F60,1:1:U+597D,3:1:U+4E16,4:1:U+754C");
    QTest::newRow("emoji is not in GBK and counts as one character of two units")
        << QStringLiteral("a😀b") << QStringLiteral("GBK") << QByteArray("ab")
        << QStringLiteral("1:2:U+1F600");
    QTest::newRow("你 (Chinese only) is not in Shift_JIS")
        << QStringLiteral("日本你") << QStringLiteral("Shift_JIS") << QByteArray::fromHex("93fa967b")
        << QStringLiteral("2:1:U+4F60");
    QTest::newRow("é is not in Big5")
        << QStringLiteral("é") << QStringLiteral("Big5") << QByteArray() << QStringLiteral("0:1:U+00E9");
    QTest::newRow("emoji after ASCII in Big5") << QStringLiteral("Hi 😀!") << QStringLiteral("Big5")
                                               << QByteArray("Hi !") << QStringLiteral("3:2:U+1F600");
    QTest::newRow("emoji is not in ISO-8859-1") << QStringLiteral("😀") << QStringLiteral("ISO-8859-1")
                                                << QByteArray() << QStringLiteral("0:2:U+1F600");
    QTest::newRow("lone high surrogate is no character in UTF-16LE (fuzzer find)")
        << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << QStringLiteral("UTF-16LE")
        << QByteArray::fromHex("61006200") << QStringLiteral("1:1:U+D800");
    QTest::newRow("lone low surrogate is no character in UTF-16BE (fuzzer find)")
        << (QChar(0xDC00) + QStringLiteral("A")) << QStringLiteral("UTF-16BE") << QByteArray::fromHex("0041")
        << QStringLiteral("0:1:U+DC00");
    QTest::newRow("U+F8F8 (a lone ff in ICU's Big5) after 你 is not encodable (fuzzer find)")
        << QStringLiteral("你\uF8F8") << QStringLiteral("Big5") << QByteArray::fromHex("a741")
        << QStringLiteral("1:1:U+F8F8");
    QTest::newRow("lone high surrogate is no character in UTF-8 either")
        << (QStringLiteral("x") + QChar(0xD83D)) << QStringLiteral("UTF-8") << QByteArray("x")
        << QStringLiteral("1:1:U+D83D");
}

void TestTextCodecs::reportsUnencodableCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);
    QFETCH(QString, unencodable);
    REQUIRE_ENCODING(encoding);

    const TextCodecs::EncodeResult result = TextCodecs::encode(text, encoding);
    QVERIFY(result.valid);
    QVERIFY(!result.ok());
    QCOMPARE(unencodableText(result.unencodable), unencodable);
    // Never a silent substitute: no '?' or other stand-in in the bytes.
    QCOMPARE(result.bytes.toHex(' '), expected.toHex(' '));
}

void TestTextCodecs::unknownEncodingIsInvalid()
{
    const TextCodecs::EncodeResult encoded
        = TextCodecs::encode(QStringLiteral("abc"), QStringLiteral("no-such-encoding"));
    QVERIFY(!encoded.valid);
    QVERIFY(!encoded.ok());
    const TextCodecs::DecodeResult decoded = TextCodecs::decode("abc", QStringLiteral("no-such-encoding"));
    QVERIFY(!decoded.valid);
    QVERIFY(!decoded.ok());
}

void TestTextCodecs::decodesKnownBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");

    const QString seed = QStringLiteral("你好,世界!");
    QTest::newRow("seed from UTF-8") << QByteArray::fromHex("e4bda0e5a5bd2ce4b896e7958c21")
                                     << QStringLiteral("UTF-8") << seed;
    QTest::newRow("seed from GBK") << QByteArray::fromHex("c4e3bac32ccac0bde721") << QStringLiteral("GBK")
                                   << seed;
    QTest::newRow("seed from GB18030")
        << QByteArray::fromHex("c4e3bac32ccac0bde721") << QStringLiteral("GB18030") << seed;
    QTest::newRow("seed from Big5") << QByteArray::fromHex("a741a66e2ca540acc921") << QStringLiteral("Big5")
                                    << seed;
    QTest::newRow("日本 from Shift_JIS")
        << QByteArray::fromHex("93fa967b") << QStringLiteral("Shift_JIS") << QStringLiteral("日本");
    QTest::newRow("seed from UTF-16LE")
        << QByteArray::fromHex("604f7d592c00164e4c752100") << QStringLiteral("UTF-16LE") << seed;
    QTest::newRow("seed from UTF-16BE")
        << QByteArray::fromHex("4f60597d002c4e16754c0021") << QStringLiteral("UTF-16BE") << seed;
    QTest::newRow("e9 in ISO-8859-1 is é")
        << QByteArray::fromHex("e9") << QStringLiteral("ISO-8859-1") << QStringLiteral("é");
    QTest::newRow("every byte is valid ISO-8859-1")
        << QByteArray::fromHex("ff80") << QStringLiteral("ISO-8859-1") << QStringLiteral("ÿ\u0080");
    QTest::newRow("emoji from four GB18030 bytes")
        << QByteArray::fromHex("9439fc36") << QStringLiteral("GB18030") << QStringLiteral("😀");
    QTest::newRow("a real U+FFFD (ef bf bd) is not an error")
        << QByteArray::fromHex("efbfbd") << QStringLiteral("UTF-8") << QStringLiteral("\uFFFD");
    QTest::newRow("1a 1c 7f are U+001A U+001C U+007F in Shift_JIS, though ICU rotates them (fuzzer find)")
        << QByteArray::fromHex("411a1c7f42") << QStringLiteral("Shift_JIS")
        << QStringLiteral("A\u001A\u001C\u007FB");
    QTest::newRow("U+001A beside a real U+FFFD in UTF-16LE is no ICU substitute (fuzzer find)")
        << QByteArray::fromHex("fdff1a00") << QStringLiteral("UTF-16LE") << QStringLiteral("\uFFFD\u001A");
    QTest::newRow("no bytes, no text") << QByteArray() << QStringLiteral("GBK") << QString();
}

void TestTextCodecs::decodesKnownBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    REQUIRE_ENCODING(encoding);

    const TextCodecs::DecodeResult result = TextCodecs::decode(bytes, encoding);
    QVERIFY(result.valid);
    QCOMPARE(rangesText(result.invalid), QString());
    QVERIFY(result.ok());
    QCOMPARE(result.text, expected);
    QCOMPARE(result.bom, QString());
    QCOMPARE(result.bomLength, 0);
}

void TestTextCodecs::findsInvalidSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("ranges"); // offset:length, merged
    QTest::addColumn<QString>("text"); // with each bad run as one U+FFFD

    QTest::newRow("ff is never valid UTF-8") << QByteArray::fromHex("ff") << QStringLiteral("UTF-8")
                                             << QStringLiteral("0:1") << QStringLiteral("\uFFFD");
    QTest::newRow("ff between ASCII letters in UTF-8")
        << QByteArray::fromHex("41ff42") << QStringLiteral("UTF-8") << QStringLiteral("1:1")
        << QStringLiteral("A\uFFFDB");
    QTest::newRow("UTF-8 truncated at the end (e4 bd of 你)")
        << QByteArray::fromHex("e4bd") << QStringLiteral("UTF-8") << QStringLiteral("0:2")
        << QStringLiteral("\uFFFD");
    QTest::newRow("UTF-8 sequence cut short by an ASCII letter, which survives")
        << QByteArray::fromHex("e4bd41") << QStringLiteral("UTF-8") << QStringLiteral("0:2")
        << QStringLiteral("\uFFFDA");
    QTest::newRow("lone GBK lead byte 81 at the end")
        << QByteArray::fromHex("c4e381") << QStringLiteral("GBK") << QStringLiteral("2:1")
        << QStringLiteral("你\uFFFD");
    QTest::newRow("GBK lead byte 81 followed by a space, which survives")
        << QByteArray::fromHex("8120") << QStringLiteral("GBK") << QStringLiteral("0:1")
        << QStringLiteral("\uFFFD ");
    QTest::newRow("ff alone is not GBK (ICU maps it to a private-use character)")
        << QByteArray::fromHex("ff") << QStringLiteral("GBK") << QStringLiteral("0:1")
        << QStringLiteral("\uFFFD");
    QTest::newRow("lone GB18030 lead byte 81 at the end")
        << QByteArray::fromHex("c4e381") << QStringLiteral("GB18030") << QStringLiteral("2:1")
        << QStringLiteral("你\uFFFD");
    QTest::newRow("ff is never valid GB18030") << QByteArray::fromHex("ff") << QStringLiteral("GB18030")
                                               << QStringLiteral("0:1") << QStringLiteral("\uFFFD");
    QTest::newRow("lone Big5 lead byte a7 at the end")
        << QByteArray::fromHex("a741a7") << QStringLiteral("Big5") << QStringLiteral("2:1")
        << QStringLiteral("你\uFFFD");
    QTest::newRow("lone 80 is not Big5, though ICU maps it to U+0080 (fuzzer find)")
        << QByteArray::fromHex("3180") << QStringLiteral("Big5") << QStringLiteral("1:1")
        << QStringLiteral("1\uFFFD");
    QTest::newRow("Shift_JIS truncated at the end (96 of 本)")
        << QByteArray::fromHex("93fa96") << QStringLiteral("Shift_JIS") << QStringLiteral("2:1")
        << QStringLiteral("日\uFFFD");
    QTest::newRow("a0 is not Shift_JIS (ICU substitutes U+001A)")
        << QByteArray::fromHex("41a042") << QStringLiteral("Shift_JIS") << QStringLiteral("1:1")
        << QStringLiteral("A\uFFFDB");
    QTest::newRow("Shift_JIS lead byte 82 followed by A, which survives")
        << QByteArray::fromHex("824142") << QStringLiteral("Shift_JIS") << QStringLiteral("0:1")
        << QStringLiteral("\uFFFDAB");
    QTest::newRow("odd byte at the end of UTF-16LE")
        << QByteArray::fromHex("410042") << QStringLiteral("UTF-16LE") << QStringLiteral("2:1")
        << QStringLiteral("A\uFFFD");
    QTest::newRow("a single byte alone is invalid UTF-16LE, not an empty text (fuzzer find)")
        << QByteArray::fromHex("81") << QStringLiteral("UTF-16LE") << QStringLiteral("0:1")
        << QStringLiteral("\uFFFD");
    QTest::newRow("a single byte alone is invalid UTF-16BE, not an empty text (fuzzer find)")
        << QByteArray::fromHex("41") << QStringLiteral("UTF-16BE") << QStringLiteral("0:1")
        << QStringLiteral("\uFFFD");
    QTest::newRow("lone high surrogate d83d in UTF-16LE")
        << QByteArray::fromHex("3dd84100") << QStringLiteral("UTF-16LE") << QStringLiteral("0:2")
        << QStringLiteral("\uFFFDA");
    QTest::newRow("lone low surrogate de00 in UTF-16BE")
        << QByteArray::fromHex("de000041") << QStringLiteral("UTF-16BE") << QStringLiteral("0:2")
        << QStringLiteral("\uFFFDA");
}

void TestTextCodecs::findsInvalidSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, ranges);
    QFETCH(QString, text);
    REQUIRE_ENCODING(encoding);

    const TextCodecs::DecodeResult result = TextCodecs::decode(bytes, encoding);
    QVERIFY(result.valid);
    QVERIFY(!result.ok());
    QCOMPARE(rangesText(result.invalid), ranges);
    QCOMPARE(collapseReplacements(result.text), text);
}

void TestTextCodecs::detectsBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qsizetype>("length");

    // codecs.BOM_UTF8, BOM_UTF16_LE, ... and '\ufeff'.encode('gb18030').
    QTest::newRow("UTF-8 BOM ef bb bf")
        << QByteArray::fromHex("efbbbf41") << QStringLiteral("UTF-8") << qsizetype(3);
    QTest::newRow("UTF-16LE BOM ff fe")
        << QByteArray::fromHex("fffe4100") << QStringLiteral("UTF-16LE") << qsizetype(2);
    QTest::newRow("UTF-16BE BOM fe ff")
        << QByteArray::fromHex("feff0041") << QStringLiteral("UTF-16BE") << qsizetype(2);
    QTest::newRow("UTF-32LE BOM wins over the UTF-16LE BOM it starts with")
        << QByteArray::fromHex("fffe000041000000") << QStringLiteral("UTF-32LE") << qsizetype(4);
    QTest::newRow("UTF-32BE BOM 00 00 fe ff")
        << QByteArray::fromHex("0000feff") << QStringLiteral("UTF-32BE") << qsizetype(4);
    QTest::newRow("GB18030 BOM 84 31 95 33")
        << QByteArray::fromHex("84319533") << QStringLiteral("GB18030") << qsizetype(4);
    QTest::newRow("plain ASCII has no BOM") << QByteArray("AB") << QString() << qsizetype(0);
    QTest::newRow("half a UTF-8 BOM is no BOM") << QByteArray::fromHex("efbb") << QString() << qsizetype(0);
    QTest::newRow("a BOM later in the bytes does not count")
        << QByteArray::fromHex("41efbbbf") << QString() << qsizetype(0);
    QTest::newRow("no bytes, no BOM") << QByteArray() << QString() << qsizetype(0);
}

void TestTextCodecs::detectsBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(qsizetype, length);

    qsizetype got = -1;
    QCOMPARE(TextCodecs::detectBom(bytes, &got), name);
    QCOMPARE(got, length);
    QCOMPARE(TextCodecs::detectBom(bytes), name); // the length pointer is optional
}

void TestTextCodecs::decodeSkipsOwnBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("bom");
    QTest::addColumn<qsizetype>("bomLength");
    QTest::addColumn<QString>("text");

    // bytes.decode('utf-8-sig') and bytes.decode('utf-16') give 'A'.
    QTest::newRow("UTF-8 with BOM") << QByteArray::fromHex("efbbbf41") << QStringLiteral("UTF-8")
                                    << QStringLiteral("UTF-8") << qsizetype(3) << QStringLiteral("A");
    QTest::newRow("UTF-16LE with BOM") << QByteArray::fromHex("fffe4100") << QStringLiteral("UTF-16LE")
                                       << QStringLiteral("UTF-16LE") << qsizetype(2) << QStringLiteral("A");
    QTest::newRow("UTF-16BE with BOM") << QByteArray::fromHex("feff0041") << QStringLiteral("UTF-16BE")
                                       << QStringLiteral("UTF-16BE") << qsizetype(2) << QStringLiteral("A");
}

void TestTextCodecs::decodeSkipsOwnBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, bom);
    QFETCH(qsizetype, bomLength);
    QFETCH(QString, text);

    const TextCodecs::DecodeResult result = TextCodecs::decode(bytes, encoding);
    QVERIFY(result.ok());
    QCOMPARE(result.bom, bom);
    QCOMPARE(result.bomLength, bomLength);
    QCOMPARE(result.text, text);
}

void TestTextCodecs::mojibake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encodeWith");
    QTest::addColumn<QString>("decodeWith");
    QTest::addColumn<QString>("garbled"); // empty: not compared (bad bytes)
    QTest::addColumn<bool>("recoverable"); // the way back gives the original

    QTest::newRow("你好 as UTF-8 read as GBK is 浣犲ソ, and comes back")
        << QStringLiteral("你好") << QStringLiteral("UTF-8") << QStringLiteral("GBK")
        << QStringLiteral("浣犲ソ") << true;
    QTest::newRow("seed as UTF-8 read as GBK, and comes back")
        << QStringLiteral("你好,世界!") << QStringLiteral("UTF-8") << QStringLiteral("GBK")
        << QStringLiteral("浣犲ソ,涓栫晫!") << true;
    QTest::newRow("你好 as UTF-8 read as ISO-8859-1: every byte is a character, so it comes back")
        << QStringLiteral("你好") << QStringLiteral("UTF-8") << QStringLiteral("ISO-8859-1")
        << QStringLiteral("ä½\u00a0å¥½") << true;
    QTest::newRow("你好 as GBK read as Big5 is 斕疑, and comes back")
        << QStringLiteral("你好") << QStringLiteral("GBK") << QStringLiteral("Big5") << QStringLiteral("斕疑")
        << true;
    QTest::newRow("你好 as GBK read as UTF-8 is lost: invalid bytes become U+FFFD")
        << QStringLiteral("你好") << QStringLiteral("GBK") << QStringLiteral("UTF-8") << QString() << false;
}

void TestTextCodecs::mojibake()
{
    QFETCH(QString, text);
    QFETCH(QString, encodeWith);
    QFETCH(QString, decodeWith);
    QFETCH(QString, garbled);
    QFETCH(bool, recoverable);
    REQUIRE_ENCODING(encodeWith);
    REQUIRE_ENCODING(decodeWith);

    const TextCodecs::EncodeResult encoded = TextCodecs::encode(text, encodeWith);
    QVERIFY(encoded.ok());
    const TextCodecs::DecodeResult misread = TextCodecs::decode(encoded.bytes, decodeWith);
    if (!garbled.isEmpty()) {
        QVERIFY(misread.ok());
        QCOMPARE(misread.text, garbled);
    } else {
        QVERIFY(!misread.invalid.isEmpty());
        QVERIFY(misread.text.contains(QChar(QChar::ReplacementCharacter)));
    }

    const TextCodecs::EncodeResult back = TextCodecs::encode(misread.text, decodeWith);
    const TextCodecs::DecodeResult recovered = TextCodecs::decode(back.bytes, encodeWith);
    QCOMPARE(recovered.text == text, recoverable);
}

QTEST_GUILESS_MAIN(TestTextCodecs)
#include "tst_textcodecs.moc"
