#include "encodingtab.h"

#include "bytesformat.h"
#include "payloadparser.h"
#include "textcodecs.h"

#include "ui_encodingtab.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableWidgetItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

namespace {

enum CharColumn { CharacterColumn, CodePointColumn, Utf8Column, GbkColumn, ChosenColumn, CharColumnCount };

// How many different unencodable characters a note names before it says
// "for example".
constexpr int kNamedUnencodable = 5;

QString utf8Id()
{
    return QStringLiteral("UTF-8");
}
QString gbkId()
{
    return QStringLiteral("GBK");
}

// Every colour we paint comes with its own text colour, so it stays readable
// with a dark palette too.
QColor errorTextColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}
QColor goodTextColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}
QColor invalidBackground()
{
    return QColor(0xe5, 0x39, 0x35);
}
QColor bomBackground()
{
    return QColor(0x1e, 0x88, 0xe5);
}

int encodingIndex(const QString &id)
{
    const auto &encodings = TextCodecs::all();
    for (int i = 0; i < encodings.size(); ++i) {
        if (encodings.at(i).id == id)
            return i;
    }
    return -1;
}

QString displayNameOf(const QString &id)
{
    const int index = encodingIndex(id);
    return index >= 0 ? TextCodecs::all().at(index).displayName : id;
}

enum class Tone { Normal, Error, Good };

void setTone(QLabel *label, Tone tone)
{
    // An empty palette inherits the parent's again.
    QPalette palette;
    if (tone != Tone::Normal)
        palette.setColor(QPalette::WindowText, tone == Tone::Error ? errorTextColor() : goodTextColor());
    label->setPalette(palette);
}

void showMessage(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    setTone(label, tone);
    label->setVisible(!text.isEmpty());
}

QTextEdit::ExtraSelection spanSelection(QPlainTextEdit *edit, int start, int end, const QColor &background,
                                        const QColor &foreground)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(edit->document());
    selection.cursor.setPosition(start);
    selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
    selection.format.setBackground(background);
    selection.format.setForeground(foreground);
    return selection;
}

// Selections over "xx xx xx" text for byte ranges [offset, offset + length).
void addByteSelections(QList<QTextEdit::ExtraSelection> *out, QPlainTextEdit *edit, qsizetype offset,
                       qsizetype length, const QColor &background, const QColor &foreground)
{
    if (length <= 0)
        return;
    const int start = int(offset * 3);
    const int end = int((offset + length) * 3 - 1);
    out->append(spanSelection(edit, start, end, background, foreground));
}

void prepareTextView(QPlainTextEdit *edit, int lines, const QFont &font)
{
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setFont(font);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const QFontMetrics metrics(font);
    const int margins = 2 * (edit->frameWidth() + int(edit->document()->documentMargin()));
    edit->setFixedHeight(metrics.lineSpacing() * lines + margins + 2);
}

// A plain-text label of a generated row, named so tests can find it.
QLabel *makeRowLabel(QWidget *parent, const QString &objectName, const QString &text = QString())
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A read-only view of a generated row, `lines` high.
QPlainTextEdit *makeRowView(QWidget *parent, const QString &objectName, int lines, const QFont &font)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    prepareTextView(view, lines, font);
    return view;
}

// Decoded text for the screen: control characters become visible escapes so
// nothing is invisible; *replacements gets the positions of U+FFFD.
QString visibleText(const QString &text, QList<int> *replacements)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(QChar::ReplacementCharacter))
            replacements->append(int(out.size()));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += BytesFormat::oneLine(QString(c));
        else
            out += c;
    }
    return out;
}

qsizetype countCodePoints(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace

EncodingTab::EncodingTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EncodingTab>())
{
    m_ui->setupUi(this);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->hexEdit->setFont(mono);
    prepareTextView(m_ui->mojiBytesView, 2, mono);
    prepareTextView(m_ui->mojiGarbledView, 2, font());
    prepareTextView(m_ui->mojiBackBytesView, 2, mono);
    prepareTextView(m_ui->mojiBackTextView, 2, font());
    m_ui->charTable->setColumnCount(CharColumnCount);
    m_ui->encodeSplitter->setStretchFactor(0, 3);
    m_ui->encodeSplitter->setStretchFactor(1, 2);

    buildEncodeRows();
    buildDecodeRows();
    fillEncodingCombos();

    connect(m_ui->textEdit, &QLineEdit::textChanged, this, &EncodingTab::showEncodings);
    connect(m_ui->charEncodingCombo, &QComboBox::currentIndexChanged, this, &EncodingTab::showCharacterTable);
    connect(m_ui->charTable, &QTableWidget::itemSelectionChanged, this,
            &EncodingTab::highlightSelectedCharacter);
    connect(m_ui->hexEdit, &QPlainTextEdit::textChanged, this, &EncodingTab::showDecoded);
    connect(m_ui->mojiTextEdit, &QLineEdit::textChanged, this, &EncodingTab::showMojibake);
    connect(m_ui->mojiEncodeCombo, &QComboBox::currentIndexChanged, this, &EncodingTab::showMojibake);
    connect(m_ui->mojiDecodeCombo, &QComboBox::currentIndexChanged, this, &EncodingTab::showMojibake);
    connect(m_ui->mojiSwapButton, &QPushButton::clicked, this, &EncodingTab::swapMojibakeEncodings);

    // The seed exercise: Python's "你好,世界!".encode('utf-8') / .encode('gbk').
    // Set from code, not the form: retranslateUi() would reset form text on
    // every language change and wipe what the student typed.
    m_ui->textEdit->setText(QStringLiteral("你好,世界!"));
    m_ui->hexEdit->setPlainText(QStringLiteral("e4 bd a0 e5 a5 bd 2c e4 b8 96 e7 95 8c 21"));
    m_ui->mojiTextEdit->setText(QStringLiteral("你好"));
    retranslateCode();
}

EncodingTab::~EncodingTab() = default;

void EncodingTab::updateWidgets()
{
    for (const EncodeRow &row : std::as_const(m_encodeRows)) {
        row.name->setEnabled(row.available);
        row.hex->setEnabled(row.available);
        row.count->setEnabled(row.available);
        row.note->setEnabled(row.available);
    }
    for (const DecodeRow &row : std::as_const(m_decodeRows)) {
        row.name->setEnabled(row.available);
        row.text->setEnabled(row.available);
        row.bytes->setEnabled(row.available);
        row.status->setEnabled(row.available);
    }
    m_ui->charTable->setEnabled(!m_chars.isEmpty());
    const bool bothAvailable = TextCodecs::isAvailable(m_ui->mojiEncodeCombo->currentData().toString())
        && TextCodecs::isAvailable(m_ui->mojiDecodeCombo->currentData().toString());
    m_ui->mojiSwapButton->setEnabled(bothAvailable);
}

void EncodingTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void EncodingTab::buildEncodeRows()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = font();
    bold.setBold(true);
    QGridLayout *grid = m_ui->encodeGrid;
    const auto &encodings = TextCodecs::all();
    for (int i = 0; i < encodings.size(); ++i) {
        const TextCodecs::EncodingInfo &info = encodings.at(i);
        EncodeRow row;
        row.id = info.id;
        row.available = info.available;

        QWidget *parent = m_ui->encodeRowsWidget;
        row.name = makeRowLabel(parent, QStringLiteral("encodeName_") + info.id, info.displayName);
        row.name->setFont(bold);
        row.hex = makeRowView(parent, QStringLiteral("encodeHex_") + info.id, 2, mono);
        row.count = makeRowLabel(parent, QStringLiteral("encodeCount_") + info.id);
        row.count->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.note = makeRowLabel(parent, QStringLiteral("encodeNote_") + info.id);
        row.note->setWordWrap(true);
        row.note->hide();

        // Row 0 holds the column titles from the form.
        const int gridRow = 1 + 2 * i;
        grid->addWidget(row.name, gridRow, 0, Qt::AlignTop);
        grid->addWidget(row.hex, gridRow, 1);
        grid->addWidget(row.count, gridRow, 2, Qt::AlignTop);
        grid->addWidget(row.note, gridRow + 1, 1, 1, 2);
        m_encodeRows.append(row);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1 + 2 * int(encodings.size()), 1);
}

void EncodingTab::buildDecodeRows()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = font();
    bold.setBold(true);
    QGridLayout *grid = m_ui->decodeGrid;
    const auto &encodings = TextCodecs::all();
    for (int i = 0; i < encodings.size(); ++i) {
        const TextCodecs::EncodingInfo &info = encodings.at(i);
        DecodeRow row;
        row.id = info.id;
        row.available = info.available;

        QWidget *parent = m_ui->decodeRowsWidget;
        row.name = makeRowLabel(parent, QStringLiteral("decodeName_") + info.id, info.displayName);
        row.name->setFont(bold);
        row.text = makeRowView(parent, QStringLiteral("decodeText_") + info.id, 2, font());
        row.bytes = makeRowView(parent, QStringLiteral("decodeBytes_") + info.id, 2, mono);
        row.status = makeRowLabel(parent, QStringLiteral("decodeStatus_") + info.id);
        row.status->setWordWrap(true);

        const int gridRow = 1 + i;
        grid->addWidget(row.name, gridRow, 0, Qt::AlignTop);
        grid->addWidget(row.text, gridRow, 1);
        grid->addWidget(row.bytes, gridRow, 2);
        grid->addWidget(row.status, gridRow, 3, Qt::AlignTop);
        m_decodeRows.append(row);
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(1 + int(encodings.size()), 1);
}

void EncodingTab::fillEncodingCombos()
{
    struct Choice
    {
        QComboBox *combo;
        QString fallback; // the first choice, before the student picks one
    };
    const Choice choices[] = {
        {m_ui->charEncodingCombo, QStringLiteral("UTF-16BE")},
        {m_ui->mojiEncodeCombo, utf8Id()},
        {m_ui->mojiDecodeCombo, gbkId()},
    };
    for (const Choice &choice : choices) {
        const QSignalBlocker blocker(choice.combo);
        const QString current
            = choice.combo->count() > 0 ? choice.combo->currentData().toString() : choice.fallback;
        choice.combo->clear();
        for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
            choice.combo->addItem(info.displayName, info.id);
            if (info.available)
                continue;
            if (auto *model = qobject_cast<QStandardItemModel *>(choice.combo->model())) {
                QStandardItem *item = model->item(choice.combo->count() - 1);
                item->setEnabled(false);
                item->setToolTip(tr("not available in this Qt build"));
            }
        }
        int index = choice.combo->findData(current);
        if (index < 0 || !TextCodecs::isAvailable(current)) {
            // ISO-8859-1 is built into Qt itself, so it is always there.
            index = choice.combo->findData(QStringLiteral("ISO-8859-1"));
        }
        choice.combo->setCurrentIndex(index);
    }
}

void EncodingTab::retranslateCode()
{
    fillEncodingCombos();
    showEncodings();
    showDecoded();
    showMojibake();
}

QList<EncodingTab::Character> EncodingTab::splitCharacters(const QString &text)
{
    QList<Character> out;
    for (qsizetype i = 0; i < text.size();) {
        Character c;
        c.position = i;
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c.length = 2;
            c.codePoint = QChar::surrogateToUcs4(ch, text.at(i + 1));
        } else {
            c.codePoint = ch.unicode();
        }
        out.append(c);
        i += c.length;
    }
    return out;
}

QString EncodingTab::codePointLabel(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

QString EncodingTab::characterLabel(const QString &text, qsizetype position, qsizetype length) const
{
    if (length == 1 && text.at(position).isSurrogate())
        return tr("(lone surrogate)");
    return BytesFormat::oneLine(text.mid(position, length));
}

QString EncodingTab::unencodableNote(const QString &text, const QList<TextCodecs::Unencodable> &bad) const
{
    QStringList named;
    QList<char32_t> seen;
    bool more = false;
    for (const TextCodecs::Unencodable &u : bad) {
        if (seen.contains(u.codePoint))
            continue;
        if (named.size() == kNamedUnencodable) {
            more = true;
            break;
        }
        seen.append(u.codePoint);
        named.append(tr("%1 (%2)", "a character and its code point")
                         .arg(characterLabel(text, u.position, u.length), codePointLabel(u.codePoint)));
    }
    const QString list = QLocale().createSeparatedList(named);
    const int count = int(bad.size());
    if (more)
        return tr("Cannot encode %n character(s), for example %1", nullptr, count).arg(list);
    return tr("Cannot encode %n character(s): %1", nullptr, count).arg(list);
}

void EncodingTab::showEncodings()
{
    const QString text = m_ui->textEdit->text();
    m_text = text;
    m_chars = splitCharacters(text);
    const auto &encodings = TextCodecs::all();
    m_segments = QList<QList<Segment>>(m_chars.size(), QList<Segment>(encodings.size()));

    for (int e = 0; e < m_encodeRows.size(); ++e) {
        EncodeRow &row = m_encodeRows[e];
        row.charSpans.clear();
        if (!row.available) {
            row.hex->setPlainText(QString());
            row.count->clear();
            showMessage(row.note, tr("not available in this Qt build"), Tone::Normal);
            for (QList<Segment> &segments : m_segments)
                segments[e].encodable = false;
            continue;
        }

        const TextCodecs::EncodeResult whole = TextCodecs::encode(text, row.id);
        // Each character on its own, to know which bytes are whose. None of
        // our encodings carries state from one character to the next, so the
        // pieces must add up to the whole; if they ever do not, the row shows
        // the whole bytes and nothing is highlighted rather than wrong bytes.
        QByteArray joined;
        for (int c = 0; c < m_chars.size(); ++c) {
            const Character &ch = m_chars.at(c);
            const TextCodecs::EncodeResult piece
                = TextCodecs::encode(text.mid(ch.position, ch.length), row.id);
            Segment &segment = m_segments[c][e];
            segment.bytes = piece.bytes;
            segment.encodable = piece.ok();
            joined += piece.bytes;
        }

        QString hexText;
        if (joined == whole.bytes) {
            for (int c = 0; c < m_chars.size(); ++c) {
                const Segment &segment = m_segments.at(c).at(e);
                if (!hexText.isEmpty())
                    hexText += u' ';
                const int start = int(hexText.size());
                if (segment.encodable) {
                    hexText += BytesFormat::hex(segment.bytes);
                } else {
                    // Where the character would be: its own marker, painted
                    // red, so the gap in the bytes is visible.
                    const Character &ch = m_chars.at(c);
                    hexText += u'[';
                    hexText += characterLabel(text, ch.position, ch.length);
                    hexText += QStringLiteral("?]");
                }
                row.charSpans.append({start, int(hexText.size())});
            }
        } else {
            hexText = BytesFormat::hex(whole.bytes);
        }
        row.hex->setPlainText(hexText);
        row.count->setText(tr("%n byte(s)", nullptr, int(whole.bytes.size())));
        if (whole.unencodable.isEmpty())
            showMessage(row.note, QString(), Tone::Normal);
        else
            showMessage(row.note, unencodableNote(text, whole.unencodable), Tone::Error);
    }
    showCharacterTable();
}

void EncodingTab::showCharacterTable()
{
    QTableWidget *table = m_ui->charTable;
    const int previousRow = table->currentRow();
    const QString chosenId = m_ui->charEncodingCombo->currentData().toString();
    const int chosen = encodingIndex(chosenId);
    const int columns[] = {encodingIndex(utf8Id()), encodingIndex(gbkId()), chosen};

    table->setHorizontalHeaderLabels({tr("Character"), tr("Code point"), displayNameOf(utf8Id()),
                                      displayNameOf(gbkId()), displayNameOf(chosenId)});
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    {
        const QSignalBlocker blocker(table);
        table->clearContents();
        table->setRowCount(int(m_chars.size()));
        for (int r = 0; r < m_chars.size(); ++r) {
            const Character &ch = m_chars.at(r);
            table->setItem(r, CharacterColumn,
                           new QTableWidgetItem(characterLabel(m_text, ch.position, ch.length)));
            auto *codePoint = new QTableWidgetItem(codePointLabel(ch.codePoint));
            codePoint->setFont(mono);
            table->setItem(r, CodePointColumn, codePoint);
            for (int k = 0; k < 3; ++k) {
                const int e = columns[k];
                auto *item = new QTableWidgetItem;
                if (e < 0 || !m_encodeRows.at(e).available) {
                    item->setText(tr("not available"));
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                } else if (!m_segments.at(r).at(e).encodable) {
                    item->setText(tr("cannot encode"));
                    item->setForeground(errorTextColor());
                } else {
                    item->setText(BytesFormat::hex(m_segments.at(r).at(e).bytes));
                    item->setFont(mono);
                }
                table->setItem(r, Utf8Column + k, item);
            }
        }
        if (previousRow >= 0 && previousRow < table->rowCount())
            table->selectRow(previousRow);
    }
    table->resizeColumnsToContents();
    highlightSelectedCharacter();
    updateWidgets();
}

void EncodingTab::highlightSelectedCharacter()
{
    const QList<QTableWidgetSelectionRange> ranges = m_ui->charTable->selectedRanges();
    const int selected = ranges.isEmpty() ? -1 : ranges.constFirst().topRow();
    const QPalette pal = palette();
    for (int e = 0; e < m_encodeRows.size(); ++e) {
        EncodeRow &row = m_encodeRows[e];
        QList<QTextEdit::ExtraSelection> selections;
        for (int c = 0; c < row.charSpans.size(); ++c) {
            if (!m_segments.at(c).at(e).encodable) {
                const auto [start, end] = row.charSpans.at(c);
                selections.append(spanSelection(row.hex, start, end, invalidBackground(), Qt::white));
            }
        }
        if (selected >= 0 && selected < row.charSpans.size()) {
            const auto [start, end] = row.charSpans.at(selected);
            selections.append(spanSelection(row.hex, start, end, pal.color(QPalette::Highlight),
                                            pal.color(QPalette::HighlightedText)));
            QTextCursor cursor(row.hex->document());
            cursor.setPosition(start);
            row.hex->setTextCursor(cursor);
            row.hex->ensureCursorVisible();
        }
        row.hex->setExtraSelections(selections);
    }
}

void EncodingTab::showDecoded()
{
    const QString input = m_ui->hexEdit->toPlainText();
    // Line by line, so that a column in the message is a column the student
    // can find. A byte never spans lines, so the bytes are the same.
    QByteArray bytes;
    QString error;
    int errorPosition = -1;
    const QStringList lines = input.split(u'\n');
    qsizetype lineStart = 0;
    for (int l = 0; l < lines.size(); ++l) {
        const PayloadResult parsed = PayloadParser::parseHex(lines.at(l));
        if (!parsed.ok()) {
            error = lines.size() > 1 ? tr("Cannot read the bytes on line %1: %2").arg(l + 1).arg(parsed.error)
                                     : tr("Cannot read the bytes: %1").arg(parsed.error);
            if (parsed.column > 0)
                errorPosition = int(lineStart) + parsed.column - 1;
            break;
        }
        bytes += parsed.bytes;
        lineStart += lines.at(l).size() + 1;
    }

    QList<QTextEdit::ExtraSelection> inputMarks;
    if (errorPosition >= 0 && errorPosition < input.size())
        inputMarks.append(
            spanSelection(m_ui->hexEdit, errorPosition, errorPosition + 1, invalidBackground(), Qt::white));
    m_ui->hexEdit->setExtraSelections(inputMarks);
    showMessage(m_ui->hexErrorLabel, error, Tone::Error);

    if (!error.isEmpty()) {
        m_ui->bomLabel->clear();
        for (const DecodeRow &row : std::as_const(m_decodeRows)) {
            row.text->clear();
            row.bytes->clear();
            row.status->clear();
        }
        updateWidgets();
        return;
    }

    qsizetype bomLength = 0;
    const QString bom = TextCodecs::detectBom(bytes, &bomLength);
    if (bytes.isEmpty())
        m_ui->bomLabel->setText(tr("Type bytes in hex above to see how every encoding reads them."));
    else if (bom.isEmpty())
        m_ui->bomLabel->setText(tr("No byte-order mark (BOM) at the start."));
    else
        m_ui->bomLabel->setText(tr("The bytes start with a %1 byte-order mark (BOM): %2. A %1 decoder skips "
                                   "it; other encodings read it as ordinary bytes.")
                                    .arg(bom, BytesFormat::hex(bytes.left(bomLength))));

    const QString hexText = BytesFormat::hex(bytes);
    for (const DecodeRow &row : std::as_const(m_decodeRows)) {
        if (!row.available) {
            row.text->clear();
            row.bytes->clear();
            showMessage(row.status, tr("not available in this Qt build"), Tone::Normal);
            continue;
        }
        const TextCodecs::DecodeResult result = TextCodecs::decode(bytes, row.id);
        QList<int> replacements;
        row.text->setPlainText(visibleText(result.text, &replacements));
        row.bytes->setPlainText(hexText);

        QList<QTextEdit::ExtraSelection> textMarks;
        QList<QTextEdit::ExtraSelection> byteMarks;
        if (!result.invalid.isEmpty()) {
            // A U+FFFD that the bytes really encode is not an error; only
            // mark them when the decoder found invalid bytes.
            for (const int position : std::as_const(replacements))
                textMarks.append(
                    spanSelection(row.text, position, position + 1, invalidBackground(), Qt::white));
        }
        for (const TextCodecs::InvalidRange &range : result.invalid)
            addByteSelections(&byteMarks, row.bytes, range.offset, range.length, invalidBackground(),
                              Qt::white);
        if (result.bomLength > 0 && bom == result.bom && bom.compare(row.id, Qt::CaseInsensitive) == 0)
            addByteSelections(&byteMarks, row.bytes, 0, result.bomLength, bomBackground(), Qt::white);
        row.text->setExtraSelections(textMarks);
        row.bytes->setExtraSelections(byteMarks);

        if (!result.invalid.isEmpty())
            showMessage(row.status, tr("%n invalid sequence(s)", nullptr, int(result.invalid.size())),
                        Tone::Error);
        else
            showMessage(row.status, tr("%n character(s)", nullptr, int(countCodePoints(result.text))),
                        Tone::Normal);
    }
    updateWidgets();
}

void EncodingTab::showMojibake()
{
    const QString text = m_ui->mojiTextEdit->text();
    const QString a = m_ui->mojiEncodeCombo->currentData().toString();
    const QString b = m_ui->mojiDecodeCombo->currentData().toString();
    const QString aName = displayNameOf(a);
    const QString bName = displayNameOf(b);

    // Step 1: text → bytes with A.
    const TextCodecs::EncodeResult encoded = TextCodecs::encode(text, a);
    m_ui->mojiBytesView->setPlainText(BytesFormat::hex(encoded.bytes));
    if (!encoded.valid)
        showMessage(m_ui->mojiEncodeNote, tr("%1 is not available in this Qt build.").arg(aName),
                    Tone::Error);
    else if (!encoded.unencodable.isEmpty())
        showMessage(m_ui->mojiEncodeNote,
                    tr("%1: %2. They are left out of the bytes.")
                        .arg(aName, unencodableNote(text, encoded.unencodable)),
                    Tone::Error);
    else
        showMessage(m_ui->mojiEncodeNote,
                    tr("%n byte(s) in %1.", nullptr, int(encoded.bytes.size())).arg(aName), Tone::Normal);

    // Step 2: those bytes → text with B.
    const TextCodecs::DecodeResult garbled = TextCodecs::decode(encoded.bytes, b);
    QList<int> replacements;
    m_ui->mojiGarbledView->setPlainText(visibleText(garbled.text, &replacements));
    QList<QTextEdit::ExtraSelection> marks;
    if (!garbled.invalid.isEmpty()) {
        for (const int position : std::as_const(replacements))
            marks.append(
                spanSelection(m_ui->mojiGarbledView, position, position + 1, invalidBackground(), Qt::white));
    }
    m_ui->mojiGarbledView->setExtraSelections(marks);
    if (!garbled.valid)
        showMessage(m_ui->mojiGarbledNote, tr("%1 is not available in this Qt build.").arg(bName),
                    Tone::Error);
    else if (!garbled.invalid.isEmpty())
        showMessage(
            m_ui->mojiGarbledNote,
            tr("%n byte sequence(s) are not valid in %1 and became the replacement character U+FFFD (�).",
               nullptr, int(garbled.invalid.size()))
                .arg(bName),
            Tone::Error);
    else if (garbled.text == text)
        showMessage(m_ui->mojiGarbledNote,
                    tr("No mojibake: these characters have the same bytes in %1 and %2.").arg(aName, bName),
                    Tone::Normal);
    else
        showMessage(
            m_ui->mojiGarbledNote,
            tr("%1 read every byte without complaint: mojibake looks like ordinary text, which is why "
               "it goes unnoticed.")
                .arg(bName),
            Tone::Normal);

    // Step 3: the way back, garbled text → bytes with B → text with A.
    const TextCodecs::EncodeResult back = TextCodecs::encode(garbled.text, b);
    const TextCodecs::DecodeResult recovered = TextCodecs::decode(back.bytes, a);
    m_ui->mojiBackBytesView->setPlainText(BytesFormat::hex(back.bytes));
    QList<int> ignored;
    m_ui->mojiBackTextView->setPlainText(visibleText(recovered.text, &ignored));

    QString verdict;
    Tone tone = Tone::Error;
    if (!encoded.valid || !garbled.valid) {
        verdict = QString();
    } else if (recovered.text == text && encoded.ok()) {
        verdict
            = tr("Recovered: the original text came back, because every byte survived the trip through %1.")
                  .arg(bName);
        tone = Tone::Good;
    } else if (!encoded.ok()) {
        verdict = tr("Lost already in step 1: %1 cannot encode some of the characters, so they never became "
                     "bytes.")
                      .arg(aName);
    } else if (!garbled.invalid.isEmpty()) {
        verdict
            = tr("Lost: the bytes %1 could not read became U+FFFD (�). The original bytes are gone, so the "
                 "way back cannot restore them.")
                  .arg(bName);
    } else if (!back.unencodable.isEmpty()) {
        verdict
            = tr("Lost: %1 cannot encode some characters of the garbled text back into bytes.").arg(bName);
    } else {
        verdict = tr("Lost: encoding the garbled text with %1 does not give the same bytes back.").arg(bName);
    }
    showMessage(m_ui->mojiVerdictLabel, verdict, tone);
    updateWidgets();
}

void EncodingTab::swapMojibakeEncodings()
{
    {
        const QSignalBlocker blockA(m_ui->mojiEncodeCombo);
        const QSignalBlocker blockB(m_ui->mojiDecodeCombo);
        const int a = m_ui->mojiEncodeCombo->currentIndex();
        m_ui->mojiEncodeCombo->setCurrentIndex(m_ui->mojiDecodeCombo->currentIndex());
        m_ui->mojiDecodeCombo->setCurrentIndex(a);
    }
    showMojibake();
}
