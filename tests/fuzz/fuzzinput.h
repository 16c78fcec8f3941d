#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Helpers shared by the libFuzzer targets in this folder (not part of NetLab).
//
// FuzzInput hands out the fuzzer's bytes piece by piece: a few choice bytes
// first, then length-prefixed strings, then whatever is left. Running out of
// input is normal and yields zeros / empty values, so every input is usable.
// One instance per LLVMFuzzerTestOneInput call; single thread.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }

    bool atEnd() const { return m_pos >= m_size; }

    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }

    bool flag() { return (byte() & 1) != 0; }

    // One of count choices (count > 0).
    int choice(int count) { return int(byte()) % count; }

    // Up to maxBytes bytes; the length comes from the input.
    QByteArray bytes(int maxBytes)
    {
        const int wanted = int(byte()) % (maxBytes + 1);
        return take(wanted);
    }

    // Everything not used yet.
    QByteArray rest() { return take(int(m_size - m_pos)); }

    // A string from UTF-8 bytes (invalid bytes become U+FFFD, as Qt does).
    QString utf8String(int maxBytes) { return QString::fromUtf8(bytes(maxBytes)); }

    // A string of arbitrary UTF-16 units, lone surrogates included: what a
    // QString can hold but UTF-8 cannot say.
    QString utf16String(int maxUnits) { return fromUnits(bytes(maxUnits * 2)); }

    // Little-endian UTF-16 units, taken as they are (no validation).
    static QString fromUnits(const QByteArray &raw)
    {
        QString out;
        out.reserve(raw.size() / 2);
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
            out += QChar(char16_t(uint8_t(raw.at(i)) | (uint8_t(raw.at(i + 1)) << 8)));
        return out;
    }

private:
    QByteArray take(int count)
    {
        const size_t n = std::min(size_t(count), m_size - m_pos);
        QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(n));
        m_pos += n;
        return out;
    }

    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// A broken invariant: say which and where, then abort so that libFuzzer
// saves the input as a crash file.
#define FUZZ_CHECK(condition, ...)                                                                           \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);           \
            std::fprintf(stderr, __VA_ARGS__);                                                               \
            std::fprintf(stderr, "\n");                                                                      \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// For messages: the bytes in hex, the string in UTF-8.
inline QByteArray fuzzHex(const QByteArray &bytes)
{
    return bytes.toHex(' ');
}
inline QByteArray fuzzText(const QString &text)
{
    return text.toUtf8();
}
