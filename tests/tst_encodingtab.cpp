// The Encoding tab, driven through its widgets. Expected bytes come from
// Python's codecs (see tst_textcodecs.cpp), not from the implementation.
#include "encodingtab.h"
#include "payloadparser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QTranslator>
#include <QtTest>

namespace {

QString trTab(const char *text, int n = -1)
{
    return QCoreApplication::translate("EncodingTab", text, nullptr, n);
}

// The text each extra selection of an edit covers, in order.
QStringList markedTexts(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &s : edit->extraSelections())
        out.append(s.cursor.selectedText());
    return out;
}

// Wraps every EncodingTab text in «», so a test can see what was retranslated.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "EncodingTab") != 0)
            return QString();
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
};

} // namespace

class TestEncodingTab final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startsWithTheSeed();
    void showsBytesPerEncoding_data();
    void showsBytesPerEncoding();
    void namesUnencodableCharacters();
    void userTextIsNeverRichText();
    void perCharacterTableHandlesSurrogatePairs();
    void selectingACharacterHighlightsItsBytes_data();
    void selectingACharacterHighlightsItsBytes();
    void decodesHex_data();
    void decodesHex();
    void marksInvalidBytes();
    void badHexShowsColumn_data();
    void badHexShowsColumn();
    void namesBom();
    void mojibakeLab_data();
    void mojibakeLab();
    void swapExchangesTheEncodings();
    void languageChangeRetranslatesAndKeepsInput();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *w = m_tab->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    void selectEncoding(const QString &comboName, const QString &id) const;

    std::unique_ptr<EncodingTab> m_tab;
};

void TestEncodingTab::init()
{
    m_tab = std::make_unique<EncodingTab>();
    m_tab->resize(1100, 750);
    m_tab->show();
}

void TestEncodingTab::cleanup()
{
    m_tab.reset();
}

void TestEncodingTab::selectEncoding(const QString &comboName, const QString &id) const
{
    auto *combo = child<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
}

void TestEncodingTab::startsWithTheSeed()
{
    QCOMPARE(child<QLineEdit>(QStringLiteral("textEdit"))->text(), QStringLiteral("你好,世界!"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("encodeHex_UTF-8"))->toPlainText(),
             QStringLiteral("e4 bd a0 e5 a5 bd 2c e4 b8 96 e7 95 8c 21"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("encodeHex_GBK"))->toPlainText(),
             QStringLiteral("c4 e3 ba c3 2c ca c0 bd e7 21"));
}

void TestEncodingTab::showsBytesPerEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("count");

    const QString seed = QStringLiteral("你好,世界!");
    QTest::newRow("seed in UTF-8: 14 bytes")
        << seed << QStringLiteral("UTF-8") << QStringLiteral("e4 bd a0 e5 a5 bd 2c e4 b8 96 e7 95 8c 21")
        << 14;
    QTest::newRow("seed in GBK: 10 bytes")
        << seed << QStringLiteral("GBK") << QStringLiteral("c4 e3 ba c3 2c ca c0 bd e7 21") << 10;
    QTest::newRow("seed in UTF-16BE: 12 bytes")
        << seed << QStringLiteral("UTF-16BE") << QStringLiteral("4f 60 59 7d 00 2c 4e 16 75 4c 00 21") << 12;
    QTest::newRow("日本 in Shift_JIS")
        << QStringLiteral("日本") << QStringLiteral("Shift_JIS") << QStringLiteral("93 fa 96 7b") << 4;
    QTest::newRow("emoji in UTF-8 is one group of four bytes")
        << QStringLiteral("😀") << QStringLiteral("UTF-8") << QStringLiteral("f0 9f 98 80") << 4;
    QTest::newRow("emoji in GB18030")
        << QStringLiteral("😀") << QStringLiteral("GB18030") << QStringLiteral("94 39 fc 36") << 4;
    QTest::newRow("é in ISO-8859-1") << QStringLiteral("é") << QStringLiteral("ISO-8859-1")
                                     << QStringLiteral("e9") << 1;
    QTest::newRow("empty text: no bytes") << QString() << QStringLiteral("UTF-8") << QString() << 0;
}

void TestEncodingTab::showsBytesPerEncoding()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QString, hex);
    QFETCH(int, count);

    child<QLineEdit>(QStringLiteral("textEdit"))->setText(text);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("encodeHex_") + encoding)->toPlainText(), hex);
    QCOMPARE(child<QLabel>(QStringLiteral("encodeCount_") + encoding)->text(), trTab("%n byte(s)", count));
    QVERIFY(child<QLabel>(QStringLiteral("encodeNote_") + encoding)->isHidden());
}

void TestEncodingTab::namesUnencodableCharacters()
{
    child<QLineEdit>(QStringLiteral("textEdit"))->setText(QStringLiteral("a你b"));

    auto *hex = child<QPlainTextEdit>(QStringLiteral("encodeHex_ISO-8859-1"));
    // Only the bytes of a and b are bytes; 你 is a marker, not a '3f'.
    QVERIFY2(!hex->toPlainText().contains(QStringLiteral("3f")), qPrintable(hex->toPlainText()));
    QVERIFY(hex->toPlainText().startsWith(QStringLiteral("61 ")));
    QVERIFY(hex->toPlainText().endsWith(QStringLiteral(" 62")));
    QVERIFY(markedTexts(hex).join(u' ').contains(QStringLiteral("你")));
    QCOMPARE(child<QLabel>(QStringLiteral("encodeCount_ISO-8859-1"))->text(), trTab("%n byte(s)", 2));

    auto *note = child<QLabel>(QStringLiteral("encodeNote_ISO-8859-1"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("你")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("U+4F60")), qPrintable(note->text()));

    // UTF-8 has it: no note there.
    QVERIFY(child<QLabel>(QStringLiteral("encodeNote_UTF-8"))->isHidden());

    // Emoji in GBK: one character (two UTF-16 units) that cannot be encoded.
    child<QLineEdit>(QStringLiteral("textEdit"))->setText(QStringLiteral("😀"));
    auto *gbkNote = child<QLabel>(QStringLiteral("encodeNote_GBK"));
    QVERIFY(!gbkNote->isHidden());
    QVERIFY2(gbkNote->text().contains(QStringLiteral("U+1F600")), qPrintable(gbkNote->text()));
    QCOMPARE(child<QLabel>(QStringLiteral("encodeCount_GBK"))->text(), trTab("%n byte(s)", 0));
    QVERIFY(child<QLabel>(QStringLiteral("encodeNote_GB18030"))->isHidden());
}

void TestEncodingTab::userTextIsNeverRichText()
{
    child<QLineEdit>(QStringLiteral("textEdit"))->setText(QStringLiteral("<b>你</b>"));
    // The parser quotes the bad character, so the message carries user text.
    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("<b>41</b>"));
    QVERIFY(child<QLabel>(QStringLiteral("hexErrorLabel"))->text().contains(u'<'));
    int seen = 0;
    const QList<QLabel *> labels = m_tab->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(u'<')) {
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
            ++seen;
        }
    }
    QVERIFY(seen > 0);
    auto *note = child<QLabel>(QStringLiteral("encodeNote_ISO-8859-1"));
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QVERIFY(!note->isHidden());
    for (const QString &name :
         {QStringLiteral("hexErrorLabel"), QStringLiteral("bomLabel"), QStringLiteral("mojiEncodeNote"),
          QStringLiteral("mojiGarbledNote"), QStringLiteral("mojiVerdictLabel")}) {
        QCOMPARE(child<QLabel>(name)->textFormat(), Qt::PlainText);
    }
}

void TestEncodingTab::perCharacterTableHandlesSurrogatePairs()
{
    child<QLineEdit>(QStringLiteral("textEdit"))->setText(QStringLiteral("a😀b"));
    auto *table = child<QTableWidget>(QStringLiteral("charTable"));
    QCOMPARE(table->rowCount(), 3); // three characters, though four UTF-16 units
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("😀"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("U+1F600"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("f0 9f 98 80"));
    QCOMPARE(table->item(1, 3)->text(), trTab("cannot encode"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("U+0061"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("62"));

    // The fifth column follows the combo.
    selectEncoding(QStringLiteral("charEncodingCombo"), QStringLiteral("UTF-16LE"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("3d d8 00 de"));
    selectEncoding(QStringLiteral("charEncodingCombo"), QStringLiteral("GB18030"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("94 39 fc 36"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("GB18030"));
}

void TestEncodingTab::selectingACharacterHighlightsItsBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("utf8");
    QTest::addColumn<QString>("gbk");
    QTest::addColumn<QString>("utf16le");

    QTest::newRow("好 is the second character")
        << QStringLiteral("你好,世界!") << 1 << QStringLiteral("e5 a5 bd") << QStringLiteral("ba c3")
        << QStringLiteral("7d 59");
    QTest::newRow("the ASCII comma is one byte in UTF-8 and GBK")
        << QStringLiteral("你好,世界!") << 2 << QStringLiteral("2c") << QStringLiteral("2c")
        << QStringLiteral("2c 00");
    QTest::newRow("a character after an emoji is found by character, not UTF-16 unit")
        << QStringLiteral("😀你") << 1 << QStringLiteral("e4 bd a0") << QStringLiteral("c4 e3")
        << QStringLiteral("60 4f");
}

void TestEncodingTab::selectingACharacterHighlightsItsBytes()
{
    QFETCH(QString, text);
    QFETCH(int, row);
    QFETCH(QString, utf8);
    QFETCH(QString, gbk);
    QFETCH(QString, utf16le);

    child<QLineEdit>(QStringLiteral("textEdit"))->setText(text);
    auto *table = child<QTableWidget>(QStringLiteral("charTable"));
    QCOMPARE(markedTexts(child<QPlainTextEdit>(QStringLiteral("encodeHex_UTF-8"))), QStringList());
    table->selectRow(row);
    QVERIFY(markedTexts(child<QPlainTextEdit>(QStringLiteral("encodeHex_UTF-8"))).contains(utf8));
    QVERIFY(markedTexts(child<QPlainTextEdit>(QStringLiteral("encodeHex_GBK"))).contains(gbk));
    QVERIFY(markedTexts(child<QPlainTextEdit>(QStringLiteral("encodeHex_UTF-16LE"))).contains(utf16le));
}

void TestEncodingTab::decodesHex_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("spaced pairs as UTF-8")
        << QStringLiteral("e4 bd a0") << QStringLiteral("UTF-8") << QStringLiteral("你");
    QTest::newRow("0x form with commas")
        << QStringLiteral("0xe4,0xbd,0xa0") << QStringLiteral("UTF-8") << QStringLiteral("你");
    QTest::newRow("one run of digits")
        << QStringLiteral("e4bda0") << QStringLiteral("UTF-8") << QStringLiteral("你");
    QTest::newRow("colon separated") << QStringLiteral("e4:bd:a0") << QStringLiteral("UTF-8")
                                     << QStringLiteral("你");
    QTest::newRow("bytes over two lines")
        << QStringLiteral("e4 bd\na0") << QStringLiteral("UTF-8") << QStringLiteral("你");
    QTest::newRow("UTF-8 bytes of 你好 read as GBK")
        << QStringLiteral("e4bda0e5a5bd") << QStringLiteral("GBK") << QStringLiteral("浣犲ソ");
    QTest::newRow("GBK bytes of the seed") << QStringLiteral("c4 e3 ba c3 2c ca c0 bd e7 21")
                                           << QStringLiteral("GBK") << QStringLiteral("你好,世界!");
    QTest::newRow("a newline byte is shown as \\n")
        << QStringLiteral("41 0a 42") << QStringLiteral("UTF-8") << QStringLiteral("A\\nB");
}

void TestEncodingTab::decodesHex()
{
    QFETCH(QString, input);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(input);
    QVERIFY(child<QLabel>(QStringLiteral("hexErrorLabel"))->isHidden());
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_") + encoding)->toPlainText(), text);
    QCOMPARE(child<QLabel>(QStringLiteral("decodeStatus_") + encoding)->text(),
             trTab("%n character(s)", int(text.size() - text.count(u'\\'))));
}

void TestEncodingTab::marksInvalidBytes()
{
    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("41 ff 42"));
    QCOMPARE(child<QLabel>(QStringLiteral("decodeStatus_UTF-8"))->text(), trTab("%n invalid sequence(s)", 1));
    QCOMPARE(markedTexts(child<QPlainTextEdit>(QStringLiteral("decodeBytes_UTF-8"))),
             QStringList{QStringLiteral("ff")});
    QCOMPARE(markedTexts(child<QPlainTextEdit>(QStringLiteral("decodeText_UTF-8"))),
             QStringList{QStringLiteral("\uFFFD")});
    // ff is a letter in ISO-8859-1: nothing to mark there.
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_ISO-8859-1"))->toPlainText(),
             QStringLiteral("AÿB"));
    QCOMPARE(markedTexts(child<QPlainTextEdit>(QStringLiteral("decodeBytes_ISO-8859-1"))), QStringList());
}

void TestEncodingTab::badHexShowsColumn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position"); // of the bad character in the whole input
    QTest::addColumn<QString>("where");

    QTest::newRow("z is not a hex digit, column 4") << QStringLiteral("e4 zz") << 3 << QStringLiteral("4");
    QTest::newRow("odd digit count") << QStringLiteral("e4 b") << 3 << QStringLiteral("4");
    QTest::newRow("second line counts its own columns")
        << QStringLiteral("e4 bd\na0 g1") << 9 << QStringLiteral("4");
}

void TestEncodingTab::badHexShowsColumn()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, where);

    auto *edit = child<QPlainTextEdit>(QStringLiteral("hexEdit"));
    edit->setPlainText(input);
    auto *error = child<QLabel>(QStringLiteral("hexErrorLabel"));
    QVERIFY(!error->isHidden());
    // The parser's own sentence, for the line the problem is on.
    const QString line = input.split(u'\n').constLast();
    const PayloadResult parsed = PayloadParser::parseHex(line);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.column, where.toInt());
    QVERIFY2(error->text().contains(parsed.error), qPrintable(error->text()));
    QVERIFY2(error->text().contains(where), qPrintable(error->text()));
    // The bad character is marked in the input itself.
    const QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.constFirst().cursor.selectionStart(), position);
    // No stale results from before.
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_UTF-8"))->toPlainText(), QString());

    edit->setPlainText(QStringLiteral("41"));
    QVERIFY(error->isHidden());
    QCOMPARE(edit->extraSelections().size(), 0);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_UTF-8"))->toPlainText(), QStringLiteral("A"));
}

void TestEncodingTab::namesBom()
{
    auto *bom = child<QLabel>(QStringLiteral("bomLabel"));
    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("ef bb bf 41"));
    QVERIFY2(bom->text().contains(QStringLiteral("UTF-8")), qPrintable(bom->text()));
    QVERIFY2(bom->text().contains(QStringLiteral("ef bb bf")), qPrintable(bom->text()));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_UTF-8"))->toPlainText(), QStringLiteral("A"));
    QCOMPARE(markedTexts(child<QPlainTextEdit>(QStringLiteral("decodeBytes_UTF-8"))),
             QStringList{QStringLiteral("ef bb bf")});

    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("ff fe 41 00"));
    QVERIFY2(bom->text().contains(QStringLiteral("UTF-16LE")), qPrintable(bom->text()));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_UTF-16LE"))->toPlainText(),
             QStringLiteral("A"));

    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("41 42"));
    QCOMPARE(bom->text(), trTab("No byte-order mark (BOM) at the start."));
}

void TestEncodingTab::mojibakeLab_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("bytes");
    QTest::addColumn<QString>("garbled");
    QTest::addColumn<bool>("recovered");

    QTest::newRow("你好: UTF-8 read as GBK is 浣犲ソ, and the way back works")
        << QStringLiteral("你好") << QStringLiteral("UTF-8") << QStringLiteral("GBK")
        << QStringLiteral("e4 bd a0 e5 a5 bd") << QStringLiteral("浣犲ソ") << true;
    QTest::newRow("你好: GBK read as UTF-8 is lost")
        << QStringLiteral("你好") << QStringLiteral("GBK") << QStringLiteral("UTF-8")
        << QStringLiteral("c4 e3 ba c3") << QString() << false;
    QTest::newRow("ASCII: no mojibake at all")
        << QStringLiteral("Hi") << QStringLiteral("UTF-8") << QStringLiteral("GBK") << QStringLiteral("48 69")
        << QStringLiteral("Hi") << true;
}

void TestEncodingTab::mojibakeLab()
{
    QFETCH(QString, text);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, bytes);
    QFETCH(QString, garbled);
    QFETCH(bool, recovered);

    selectEncoding(QStringLiteral("mojiEncodeCombo"), a);
    selectEncoding(QStringLiteral("mojiDecodeCombo"), b);
    child<QLineEdit>(QStringLiteral("mojiTextEdit"))->setText(text);

    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("mojiBytesView"))->toPlainText(), bytes);
    auto *garbledView = child<QPlainTextEdit>(QStringLiteral("mojiGarbledView"));
    if (!garbled.isEmpty())
        QCOMPARE(garbledView->toPlainText(), garbled);
    else
        QVERIFY(!markedTexts(garbledView).isEmpty()); // the U+FFFD are marked
    const QString back = child<QPlainTextEdit>(QStringLiteral("mojiBackTextView"))->toPlainText();
    QCOMPARE(back == text, recovered);

    auto *verdict = child<QLabel>(QStringLiteral("mojiVerdictLabel"));
    QVERIFY(!verdict->isHidden());
    const QString recoveredText
        = trTab("Recovered: the original text came back, because every byte survived the trip through %1.")
              .arg(b);
    QCOMPARE(verdict->text() == recoveredText, recovered);
    if (!recovered)
        QVERIFY2(verdict->text().contains(QStringLiteral("U+FFFD")), qPrintable(verdict->text()));
}

void TestEncodingTab::swapExchangesTheEncodings()
{
    selectEncoding(QStringLiteral("mojiEncodeCombo"), QStringLiteral("UTF-8"));
    selectEncoding(QStringLiteral("mojiDecodeCombo"), QStringLiteral("GBK"));
    child<QLineEdit>(QStringLiteral("mojiTextEdit"))->setText(QStringLiteral("你好"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("mojiSwapButton")), Qt::LeftButton);
    QCOMPARE(child<QComboBox>(QStringLiteral("mojiEncodeCombo"))->currentData().toString(),
             QStringLiteral("GBK"));
    QCOMPARE(child<QComboBox>(QStringLiteral("mojiDecodeCombo"))->currentData().toString(),
             QStringLiteral("UTF-8"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("mojiBytesView"))->toPlainText(),
             QStringLiteral("c4 e3 ba c3"));
}

void TestEncodingTab::languageChangeRetranslatesAndKeepsInput()
{
    child<QLineEdit>(QStringLiteral("textEdit"))->setText(QStringLiteral("日本"));
    child<QPlainTextEdit>(QStringLiteral("hexEdit"))->setPlainText(QStringLiteral("93 fa"));
    child<QTableWidget>(QStringLiteral("charTable"))->selectRow(1);

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    auto *table = child<QTableWidget>(QStringLiteral("charTable"));
    QTRY_COMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("«Character»"));
    // Text from the form and text built in code, plurals included.
    QCOMPARE(child<QTabWidget>(QStringLiteral("sections"))->tabText(0), QStringLiteral("«Text → bytes»"));
    QCOMPARE(child<QLabel>(QStringLiteral("encodeCount_Shift_JIS"))->text(), QStringLiteral("«4 byte(s)»"));
    QCOMPARE(child<QLabel>(QStringLiteral("decodeStatus_Shift_JIS"))->text(),
             QStringLiteral("«1 character(s)»"));
    // What the student typed and selected survives.
    QCOMPARE(child<QLineEdit>(QStringLiteral("textEdit"))->text(), QStringLiteral("日本"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("hexEdit"))->toPlainText(), QStringLiteral("93 fa"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("encodeHex_Shift_JIS"))->toPlainText(),
             QStringLiteral("93 fa 96 7b"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("decodeText_Shift_JIS"))->toPlainText(),
             QStringLiteral("日"));
    QVERIFY(markedTexts(child<QPlainTextEdit>(QStringLiteral("encodeHex_Shift_JIS")))
                .contains(QStringLiteral("96 7b")));

    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Character"));
}

QTEST_MAIN(TestEncodingTab)
#include "tst_encodingtab.moc"
