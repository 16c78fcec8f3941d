#pragma once

#include "textcodecs.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace Ui {
class EncodingTab;
}

// The Encoding tab: how text becomes bytes and back, in every encoding of
// TextCodecs::all(). Four parts: "Text → bytes" (side by side, with the
// unencodable characters of each encoding named), "Per character" (select a
// character to highlight its bytes in every row), "Bytes → text" (hex in,
// text out, invalid sequences and a BOM shown) and the "Mojibake lab"
// (encode with A, read with B, and the way back).
//
// GUI thread only. Everything is recomputed synchronously when an input
// changes, so a caller (or a test) sees the result as soon as setText()
// returns. User text and received bytes are only ever shown in plain-text
// widgets and item views; nothing typed is interpreted as HTML.
//
// Widgets created per encoding are named "<role>_<encoding id>" for tests:
// roles "encodeHex", "encodeCount", "encodeNote" (Text → bytes) and
// "decodeText", "decodeBytes", "decodeStatus" (Bytes → text), e.g.
// "encodeHex_UTF-8".
class EncodingTab final : public QWidget
{
    Q_OBJECT
public:
    explicit EncodingTab(QWidget *parent = nullptr);
    ~EncodingTab() override;

    // Enables and greys out controls from the encodings the running Qt has.
    void updateWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    // One "character" of the input: a code point, which is two UTF-16 units
    // for a surrogate pair.
    struct Character
    {
        qsizetype position = 0; // in UTF-16 units
        qsizetype length = 1; // 1, or 2 for a surrogate pair
        char32_t codePoint = 0;
    };

    // The bytes one character turned into in one encoding.
    struct Segment
    {
        QByteArray bytes;
        bool encodable = true;
    };

    // Widgets of one encoding in "Text → bytes".
    struct EncodeRow
    {
        QString id;
        bool available = false;
        QLabel *name = nullptr;
        QLabel *count = nullptr;
        QPlainTextEdit *hex = nullptr;
        QLabel *note = nullptr;
        // Per character: where its bytes (or its "cannot encode" marker)
        // sit in hex's text, as [start, end) character positions; empty when
        // the per-character bytes could not be lined up with the whole.
        QList<QPair<int, int>> charSpans;
    };

    // Widgets of one encoding in "Bytes → text".
    struct DecodeRow
    {
        QString id;
        bool available = false;
        QLabel *name = nullptr;
        QPlainTextEdit *text = nullptr;
        QPlainTextEdit *bytes = nullptr;
        QLabel *status = nullptr;
    };

    void buildEncodeRows();
    void buildDecodeRows();
    void fillEncodingCombos();
    void retranslateCode();

    void showEncodings();
    void showCharacterTable();
    void highlightSelectedCharacter();
    void showDecoded();
    void showMojibake();
    void swapMojibakeEncodings();

    static QList<Character> splitCharacters(const QString &text);
    static QString codePointLabel(char32_t codePoint);
    // The character at text[position, position + length) for the screen,
    // control characters made visible.
    QString characterLabel(const QString &text, qsizetype position, qsizetype length) const;
    // "Cannot encode 2 characters: 你 (U+4F60) and 好 (U+597D)".
    QString unencodableNote(const QString &text, const QList<TextCodecs::Unencodable> &bad) const;

    std::unique_ptr<Ui::EncodingTab> m_ui;
    QList<EncodeRow> m_encodeRows;
    QList<DecodeRow> m_decodeRows;
    // The "Text → bytes" input, its characters and, per character, its
    // bytes in every encoding (indexed like TextCodecs::all()).
    QString m_text;
    QList<Character> m_chars;
    QList<QList<Segment>> m_segments;
};
