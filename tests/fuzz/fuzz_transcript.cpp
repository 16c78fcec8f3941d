// libFuzzer target: TranscriptWriter::toJsonLine, the line written for every
// traffic event, re-read by a JSON reader.
//
// Invariants beyond "no crash":
//  - exactly one line: ends with '\n', no other line break, valid UTF-8;
//  - it parses as one JSON object with the documented keys in the
//    documented order;
//  - "hex" gives the payload back byte for byte, "bytes" its size;
//  - "text" is the payload decoded in "encoding"; the strings typed by
//    people (tab, endpoints, note) come back as they were (lone surrogates,
//    which UTF-8 cannot carry, as U+FFFD).

#include "fuzzinput.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "transcriptwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringConverter>

namespace {

// What a lone surrogate becomes in UTF-8.
QString withoutLoneSurrogates(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

void checkString(const QJsonObject &object, const char *key, const QString &written)
{
    const QString read = object.value(QLatin1String(key)).toString();
    const QString expected = withoutLoneSurrogates(written);
    FUZZ_CHECK(
        read == expected, "%s differs: wrote %s, read %s", key,
        QByteArray(reinterpret_cast<const char *>(expected.utf16()), expected.size() * 2)
            .toHex(' ')
            .constData(),
        QByteArray(reinterpret_cast<const char *>(read.utf16()), read.size() * 2).toHex(' ').constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    TrafficEvent event;
    event.time = QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 123));
    event.kind = TrafficKind(in.choice(8));
    event.protocol = in.flag() ? TrafficProtocol::Udp : TrafficProtocol::Tcp;
    QStringList encodings = TextCodecs::availableIds();
    encodings << QStringLiteral("x-unknown") << QString();
    event.encoding = encodings.at(in.choice(int(encodings.size())));
    event.tab = in.utf16String(8);
    event.local = in.utf8String(24);
    event.peer = in.utf16String(24);
    event.note = in.utf16String(40);
    event.payload = in.rest();

    const QByteArray line = TranscriptWriter::toJsonLine(event);
    FUZZ_CHECK(line.endsWith('\n') && line.indexOf('\n') == line.size() - 1 && !line.contains('\r'),
               "not exactly one line: %s", line.constData());
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString lineText = utf8.decode(line); // converts: the check below needs it done
    FUZZ_CHECK(!utf8.hasError(), "the line is not valid UTF-8: %s", fuzzHex(line).constData());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(),
               "not a JSON object (%s at %d): %s", fuzzText(error.errorString()).constData(), error.offset,
               line.constData());
    const QJsonObject object = document.object();

    static const char *const keys[] = {"time", "tab",   "event", "direction", "protocol", "local",
                                       "peer", "bytes", "hex",   "text",      "encoding", "note"};
    FUZZ_CHECK(object.size() == int(std::size(keys)), "%d keys", int(object.size()));
    qsizetype previous = -1;
    for (const char *key : keys) {
        const QByteArray quoted = '"' + QByteArray(key) + "\": ";
        const qsizetype at = line.indexOf(quoted, previous + 1);
        FUZZ_CHECK(object.contains(QLatin1String(key)) && at > previous, "key %s missing or out of order",
                   key);
        previous = at;
    }

    FUZZ_CHECK(object.value(QLatin1String("bytes")).toInteger() == event.payload.size(), "bytes %lld",
               qlonglong(object.value(QLatin1String("bytes")).toInteger()));
    const QString hex = object.value(QLatin1String("hex")).toString();
    FUZZ_CHECK(QByteArray::fromHex(hex.toLatin1()) == event.payload && hex == hex.toLower()
                   && hex.size() == 2 * event.payload.size(),
               "hex %s is not the payload %s", fuzzText(hex).constData(), fuzzHex(event.payload).constData());

    const QString encoding = object.value(QLatin1String("encoding")).toString();
    const TextCodecs::DecodeResult decoded = TextCodecs::decode(event.payload, encoding);
    FUZZ_CHECK(decoded.valid, "encoding %s named but unknown", fuzzText(encoding).constData());
    FUZZ_CHECK(TextCodecs::decode(event.payload, event.encoding).valid ? encoding == event.encoding
                                                                       : encoding == QLatin1String("UTF-8"),
               "encoding %s for an event in %s", fuzzText(encoding).constData(),
               fuzzText(event.encoding).constData());
    FUZZ_CHECK(object.value(QLatin1String("text")).toString() == withoutLoneSurrogates(decoded.text),
               "text differs from the decoded payload");

    checkString(object, "tab", event.tab);
    checkString(object, "local", event.local);
    checkString(object, "peer", event.peer);
    checkString(object, "note", event.note);
    FUZZ_CHECK(object.value(QLatin1String("event")).toString() == TrafficNames::kindId(event.kind),
               "event differs");
    FUZZ_CHECK(object.value(QLatin1String("direction")).toString()
                   == TrafficNames::directionId(event.direction()),
               "direction differs");
    Q_UNUSED(lineText);
    return 0;
}
