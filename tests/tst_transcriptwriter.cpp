// The transcript: one JSON object per line, keys in a fixed order, every
// payload represented exactly (hex) and readably (text), appended and handed
// to the operating system per event, and failures reported in words.
#include "textcodecs.h"
#include "trafficevent.h"
#include "transcriptwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <unistd.h>

namespace {

const QStringList kKeys = {QStringLiteral("time"),      QStringLiteral("tab"),      QStringLiteral("event"),
                           QStringLiteral("direction"), QStringLiteral("protocol"), QStringLiteral("local"),
                           QStringLiteral("peer"),      QStringLiteral("bytes"),    QStringLiteral("hex"),
                           QStringLiteral("text"),      QStringLiteral("encoding"), QStringLiteral("note")};

TrafficEvent exampleEvent()
{
    TrafficEvent event;
    event.time = QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 123), QTimeZone(8 * 3600));
    event.tab = QStringLiteral("tcp-server");
    event.kind = TrafficKind::Received;
    event.protocol = TrafficProtocol::Tcp;
    event.local = QStringLiteral("127.0.0.1:8888");
    event.peer = QStringLiteral("127.0.0.1:51234");
    event.payload = QByteArray("time\n");
    return event;
}

// The keys of a one-level JSON object, in the order they appear in the text
// (QJsonObject sorts them, so it cannot tell).
QStringList keysInOrder(const QByteArray &line)
{
    QStringList keys;
    bool inString = false;
    bool escaped = false;
    QByteArray current;
    int depth = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                qsizetype next = i + 1;
                while (next < line.size() && line.at(next) == ' ')
                    ++next;
                if (depth == 1 && next < line.size() && line.at(next) == ':')
                    keys += QString::fromUtf8(current);
            } else {
                current += c;
            }
        } else if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{') {
            ++depth;
        } else if (c == '}') {
            --depth;
        }
    }
    return keys;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("%s at %d in %s", qPrintable(error.errorString()), error.offset, line.constData());
        return QJsonObject();
    }
    return document.object();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

class TestTranscriptWriter final : public QObject
{
    Q_OBJECT
private slots:
    void exampleLineExactly();
    void everyLineHasAllKeysInOrder_data();
    void everyLineHasAllKeysInOrder();
    void trickyPayloads_data();
    void trickyPayloads();
    void escapesAreJsonEscapes();
    void timeHasMillisecondsAndOffset_data();
    void timeHasMillisecondsAndOffset();
    void appendsToAnExistingFile();
    void flushedPerEvent();
    void fullPayloadIsWritten();
    void unwritablePathGivesMessage_data();
    void unwritablePathGivesMessage();
    void diskFullIsReportedAndWritingGoesOn();
    void writeWithoutOpenDoesNothing();
};

void TestTranscriptWriter::exampleLineExactly()
{
    QCOMPARE(TranscriptWriter::toJsonLine(exampleEvent()),
             QByteArray("{\"time\": \"2026-11-25T21:03:04.123+08:00\", \"tab\": \"tcp-server\", "
                        "\"event\": \"received\", \"direction\": \"in\", \"protocol\": \"tcp\", "
                        "\"local\": \"127.0.0.1:8888\", \"peer\": \"127.0.0.1:51234\", \"bytes\": 5, "
                        "\"hex\": \"74696d650a\", \"text\": \"time\\n\", \"encoding\": \"UTF-8\", "
                        "\"note\": \"\"}\n"));
}

void TestTranscriptWriter::everyLineHasAllKeysInOrder_data()
{
    QTest::addColumn<TrafficEvent>("event");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("protocol");

    TrafficEvent sent = exampleEvent();
    sent.kind = TrafficKind::Sent;
    QTest::newRow("sent is out") << sent << QStringLiteral("sent") << QStringLiteral("out")
                                 << QStringLiteral("tcp");
    QTest::newRow("received is in") << exampleEvent() << QStringLiteral("received") << QStringLiteral("in")
                                    << QStringLiteral("tcp");
    TrafficEvent listening = exampleEvent();
    listening.kind = TrafficKind::Listening;
    listening.peer.clear();
    listening.payload.clear();
    listening.protocol = TrafficProtocol::Udp;
    QTest::newRow("listening has an empty direction, still all keys")
        << listening << QStringLiteral("listening") << QString() << QStringLiteral("udp");
    TrafficEvent error = exampleEvent();
    error.kind = TrafficKind::Error;
    error.payload.clear();
    error.note = QStringLiteral("Connection refused");
    QTest::newRow("error with a note")
        << error << QStringLiteral("error") << QString() << QStringLiteral("tcp");
}

void TestTranscriptWriter::everyLineHasAllKeysInOrder()
{
    QFETCH(TrafficEvent, event);
    QFETCH(QString, eventId);
    QFETCH(QString, direction);
    QFETCH(QString, protocol);

    const QByteArray line = TranscriptWriter::toJsonLine(event);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QCOMPARE(keysInOrder(line), kKeys);
    const QJsonObject object = parseLine(line);
    QCOMPARE(object.size(), kKeys.size());
    QCOMPARE(object.value(QStringLiteral("event")).toString(), eventId);
    QCOMPARE(object.value(QStringLiteral("direction")).toString(), direction);
    QCOMPARE(object.value(QStringLiteral("protocol")).toString(), protocol);
    QCOMPARE(object.value(QStringLiteral("tab")).toString(), event.tab);
    QCOMPARE(object.value(QStringLiteral("local")).toString(), event.local);
    QCOMPARE(object.value(QStringLiteral("peer")).toString(), event.peer);
    QCOMPARE(object.value(QStringLiteral("note")).toString(), event.note);
    QVERIFY(object.value(QStringLiteral("bytes")).isDouble());
    QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), event.payload.size());
}

void TestTranscriptWriter::trickyPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("text"); // expected "text" after parsing
    QTest::addColumn<QString>("usedEncoding"); // expected "encoding"
    QTest::addColumn<QString>("parsedNote"); // expected "note" after parsing

    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0", 4) << utf8 << QString()
                               << QString::fromUtf16(u"a\0b\0", 4) << utf8 << QString();
    QTest::newRow("quotes and backslashes")
        << QByteArray("say \"hi\" \\ C:\\path\\") << utf8 << QString()
        << QStringLiteral("say \"hi\" \\ C:\\path\\") << utf8 << QString();
    QByteArray controls;
    for (char c = 1; c < 0x20; ++c)
        controls += c;
    controls += '\x7f';
    QString controlText;
    for (char16_t c = 1; c < 0x20; ++c)
        controlText += QChar(c);
    controlText += QChar(0x7f);
    QTest::newRow("every control character")
        << controls << utf8 << QString() << controlText << utf8 << QString();
    QTest::newRow("invalid UTF-8 is U+FFFD in text")
        << QByteArray("ok\xff\xfe!") << utf8 << QString() << QStringLiteral("ok\uFFFD\uFFFD!") << utf8
        << QString();
    QTest::newRow("truncated UTF-8 sequence at the end")
        << QByteArray("\xe4\xbd") << utf8 << QString() << QStringLiteral("\uFFFD") << utf8 << QString();
    QTest::newRow("GBK text decoded as GBK")
        << QByteArray("\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7") << QStringLiteral("GBK") << QString()
        << QStringLiteral("你好，世界") << QStringLiteral("GBK") << QString();
    QTest::newRow("emoji outside the BMP")
        << QByteArray("\xf0\x9f\x98\x80") << utf8 << QString() << QStringLiteral("😀") << utf8 << QString();
    QTest::newRow("line and paragraph separators")
        << QByteArray("a\xe2\x80\xa8"
                      "b\xe2\x80\xa9")
        << utf8 << QString() << QStringLiteral("a\u2028b\u2029") << utf8 << QString();
    QTest::newRow("unknown encoding falls back to UTF-8")
        << QByteArray("abc") << QStringLiteral("NO-SUCH-ENCODING") << QString() << QStringLiteral("abc")
        << utf8 << QString();
    QTest::newRow("note with quotes, newline and Chinese")
        << QByteArray() << utf8 << QStringLiteral("拒绝连接: \"refused\"\nretry") << QString() << utf8
        << QStringLiteral("拒绝连接: \"refused\"\nretry");
    QTest::newRow("lone surrogate in a note becomes U+FFFD")
        << QByteArray() << utf8 << (QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y")) << QString()
        << utf8 << QStringLiteral("x\uFFFDy");
    QTest::newRow("U+FEFF opening a note survives a JSON reader that drops raw BOMs (fuzzer find)")
        << QByteArray() << utf8 << QStringLiteral("\uFEFFnote") << QString() << utf8
        << QStringLiteral("\uFEFFnote");
    QTest::newRow("U+FEFF opening the text after a UTF-16LE BOM survives too (fuzzer find)")
        << QByteArray("\xff\xfe\xff\xfe\x41\x00", 6) << QStringLiteral("UTF-16LE") << QString()
        << QStringLiteral("\uFEFFA") << QStringLiteral("UTF-16LE") << QString();
}

void TestTranscriptWriter::trickyPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, encoding);
    QFETCH(QString, note);
    QFETCH(QString, text);
    QFETCH(QString, usedEncoding);
    QFETCH(QString, parsedNote);
    if (encoding == u"GBK" && !TextCodecs::isAvailable(encoding))
        QSKIP("this Qt has no GBK converter");

    TrafficEvent event = exampleEvent();
    event.payload = payload;
    event.encoding = encoding;
    event.note = note;
    const QByteArray line = TranscriptWriter::toJsonLine(event);
    QVERIFY2(isValidUtf8(line), line.toHex().constData());
    QCOMPARE(line.count('\n'), 1); // no raw line break inside
    QCOMPARE(keysInOrder(line), kKeys);
    const QJsonObject object = parseLine(line);
    QVERIFY(!object.isEmpty());
    QCOMPARE(object.value(QStringLiteral("hex")).toString().toLatin1(), payload.toHex());
    QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), payload.size());
    QCOMPARE(object.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(object.value(QStringLiteral("encoding")).toString(), usedEncoding);
    QCOMPARE(object.value(QStringLiteral("note")).toString(), parsedNote);
}

void TestTranscriptWriter::escapesAreJsonEscapes()
{
    TrafficEvent event = exampleEvent();
    event.payload = QByteArray("\x00\x01\"\\\t\xe4\xbd\xa0\xe2\x80\xa8", 11);
    const QByteArray line = TranscriptWriter::toJsonLine(event);
    const QByteArray expected = QByteArray(R"("text": "\u0000\u0001\"\\\t)") + QByteArray("\xe4\xbd\xa0")
        + QByteArray(R"(\u2028")");
    QVERIFY2(line.contains(expected), line.constData());
}

void TestTranscriptWriter::timeHasMillisecondsAndOffset_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected"); // empty: check the form and the instant only

    QTest::newRow("UTC+8") << QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 123), QTimeZone(8 * 3600))
                           << QStringLiteral("2026-11-25T21:03:04.123+08:00");
    QTest::newRow("negative half-hour offset")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone(-(3 * 3600 + 30 * 60)))
        << QStringLiteral("2026-01-02T03:04:05.006-03:30");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc())
                         << QStringLiteral("2026-06-01T00:00:00.000+00:00");
    QTest::newRow("local time carries its offset")
        << QDateTime(QDate(2026, 7, 15), QTime(12, 34, 56, 789)) << QString();
}

void TestTranscriptWriter::timeHasMillisecondsAndOffset()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    TrafficEvent event = exampleEvent();
    event.time = time;
    const QString written
        = parseLine(TranscriptWriter::toJsonLine(event)).value(QStringLiteral("time")).toString();
    if (!expected.isEmpty())
        QCOMPARE(written, expected);
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d$"));
    QVERIFY2(form.match(written).hasMatch(), qPrintable(written));
    // The same instant, read back by an independent parser.
    QCOMPARE(QDateTime::fromString(written, Qt::ISODateWithMs).toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
}

void TestTranscriptWriter::appendsToAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"old\": 1}\n");
    }
    TranscriptWriter writer;
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(writer.isOpen());
    writer.write(exampleEvent());
    writer.write(exampleEvent());
    writer.close();
    QCOMPARE(readAll(path),
             QByteArray("{\"old\": 1}\n") + TranscriptWriter::toJsonLine(exampleEvent())
                 + TranscriptWriter::toJsonLine(exampleEvent()));
    QCOMPARE(writer.writtenCount(), 2u);

    // A second session appends too.
    QVERIFY(writer.open(path, &error));
    writer.write(exampleEvent());
    writer.close();
    QCOMPARE(readAll(path).count('\n'), 4);
}

void TestTranscriptWriter::flushedPerEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.jsonl"));
    TranscriptWriter writer;
    QVERIFY(writer.open(path));
    QVERIFY(QFile::exists(path)); // created at open
    const QByteArray line = TranscriptWriter::toJsonLine(exampleEvent());
    writer.write(exampleEvent());
    // Read through a separate file object while the writer still has it open.
    QCOMPARE(readAll(path), line);
    writer.write(exampleEvent());
    QCOMPARE(readAll(path), line + line);
    QVERIFY(writer.isOpen());
}

void TestTranscriptWriter::fullPayloadIsWritten()
{
    // The log view keeps 64 KiB of a payload; the transcript keeps all of it.
    TrafficEvent event = exampleEvent();
    event.payload = QByteArray(200 * 1024, 'z');
    const QJsonObject object = parseLine(TranscriptWriter::toJsonLine(event));
    QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), 200 * 1024);
    QCOMPARE(object.value(QStringLiteral("hex")).toString().size(), 400 * 1024);
    QCOMPARE(object.value(QStringLiteral("text")).toString().size(), 200 * 1024);
}

void TestTranscriptWriter::unwritablePathGivesMessage_data()
{
    QTest::addColumn<QString>("relativePath"); // under a fresh temporary folder, or absolute
    QTest::addColumn<QString>("reason");

    QTest::newRow("path under a regular file")
        << QStringLiteral("file.txt/run.jsonl") << QStringLiteral("Not a directory");
    QTest::newRow("folder does not exist")
        << QStringLiteral("missing/run.jsonl") << QStringLiteral("No such file or directory");
    QTest::newRow("path is a folder") << QStringLiteral("folder") << QString();
    QTest::newRow("inside /proc") << QStringLiteral("/proc/netlab-no-such/run.jsonl")
                                  << QStringLiteral("No such file or directory");
    QTest::newRow("read-only folder")
        << QStringLiteral("readonly/run.jsonl") << QStringLiteral("Permission denied");
}

void TestTranscriptWriter::unwritablePathGivesMessage()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("readonly")));
    QVERIFY(
        QFile::setPermissions(dir.filePath(QStringLiteral("readonly")), QFile::ReadOwner | QFile::ExeOwner));
    if (relativePath.startsWith(u"readonly") && ::geteuid() == 0)
        QSKIP("running as root: a read-only folder is writable anyway");

    const QString path = QDir::isAbsolutePath(relativePath) ? relativePath : dir.filePath(relativePath);
    TranscriptWriter writer;
    QString error;
    QVERIFY(!writer.open(path, &error));
    QVERIFY(!writer.isOpen());
    const QString expectedStart = QStringLiteral("Cannot write the transcript to %1: ").arg(path);
    QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
    QVERIFY2(error.size() > expectedStart.size(), qPrintable(error)); // a reason follows
    if (!reason.isEmpty())
        QCOMPARE(error.mid(expectedStart.size()), reason);
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("readonly")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // Writing to a writer that failed to open is harmless.
    writer.write(exampleEvent());
}

void TestTranscriptWriter::diskFullIsReportedAndWritingGoesOn()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    TranscriptWriter writer;
    QString error;
    QVERIFY2(writer.open(QStringLiteral("/dev/full"), &error), qPrintable(error));
    QSignalSpy failed(&writer, &TranscriptWriter::writeFailed);
    writer.write(exampleEvent());
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("/dev/full")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("No space left on device")), qPrintable(message));
    // Keeps going, and does not repeat the same complaint for every event.
    writer.write(exampleEvent());
    writer.write(exampleEvent());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(writer.failedCount(), 3u);
    QCOMPARE(writer.writtenCount(), 0u);
    QVERIFY(writer.isOpen());
}

void TestTranscriptWriter::writeWithoutOpenDoesNothing()
{
    TranscriptWriter writer;
    QSignalSpy failed(&writer, &TranscriptWriter::writeFailed);
    writer.write(exampleEvent());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(writer.writtenCount(), 0u);
    QVERIFY(!writer.isOpen());
}

QTEST_GUILESS_MAIN(TestTranscriptWriter)
#include "tst_transcriptwriter.moc"
