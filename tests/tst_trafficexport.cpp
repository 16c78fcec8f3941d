// Exporting the traffic log: CSV a spreadsheet reads (quoting, UTF-8 with a
// byte-order mark, formulas defused, exact hex), JSON Lines equal to the
// transcript, pcapng that re-reads, clear errors for unwritable paths, and the
// rule that a conversation NetLab had with itself appears once in a capture.
#include "pcapngreader.h"
#include "trafficexport.h"
#include "transcriptwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

TrafficEvent makeEvent(TrafficKind kind, const QString &local, const QString &peer,
                       const QByteArray &payload = {}, TrafficProtocol protocol = TrafficProtocol::Tcp,
                       const QString &tab = QStringLiteral("tcp-client"))
{
    TrafficEvent e;
    e.timeNs = 1795000000123456789LL;
    e.time = QDateTime::fromMSecsSinceEpoch(e.timeNs / 1000000, Qt::UTC);
    e.tab = tab;
    e.kind = kind;
    e.protocol = protocol;
    e.local = local;
    e.peer = peer;
    e.payload = payload;
    return e;
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the \r of CRLF
    return lines;
}

} // namespace

class TestTrafficExport : public QObject
{
    Q_OBJECT
private slots:
    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
    void csvHasTheTranscriptColumns();
    void csvQuotesAndDefusesFormulas();
    void jsonLinesAreTheTranscript();
    void pcapngFileReReads();
    void unwritablePathsAreExplained_data();
    void unwritablePathsAreExplained();
    void failedExportKeepsTheOldFile();
    void conversationWithItselfAppearsOnce();
    void unboundSenderIsMatchedToItsReceiver();
    void connectionIsBothEnds();
};

void TestTrafficExport::formatFollowsTheExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("known");
    QTest::newRow("pcapng") << QStringLiteral("/tmp/a.pcapng") << int(TrafficExport::Format::Pcapng) << true;
    QTest::newRow("CSV in capitals") << QStringLiteral("/tmp/A.CSV") << int(TrafficExport::Format::Csv)
                                     << true;
    QTest::newRow("jsonl") << QStringLiteral("a.jsonl") << int(TrafficExport::Format::JsonLines) << true;
    QTest::newRow("json means JSON Lines")
        << QStringLiteral("a.json") << int(TrafficExport::Format::JsonLines) << true;
    QTest::newRow("no extension: pcapng, unknown")
        << QStringLiteral("capture") << int(TrafficExport::Format::Pcapng) << false;
    QTest::newRow("a Chinese name") << QStringLiteral("抓包.pcapng") << int(TrafficExport::Format::Pcapng)
                                    << true;
}

void TestTrafficExport::formatFollowsTheExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QFETCH(bool, known);
    bool found = !known;
    QCOMPARE(int(TrafficExport::formatForFileName(path, &found)), format);
    QCOMPARE(found, known);
}

void TestTrafficExport::csvHasTheTranscriptColumns()
{
    const TrafficEvent sent = makeEvent(TrafficKind::Sent, QStringLiteral("127.0.0.1:50000"),
                                        QStringLiteral("127.0.0.1:8888"), QByteArray("time"));
    const QByteArray csv = TrafficExport::toCsv({sent});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // spreadsheets then read UTF-8
    const QList<QByteArray> lines = csvLines(csv.mid(3));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QByteArray("time,time_ns,tab,event,direction,protocol,local,peer,bytes,hex,text,"
                        "encoding,note"));
    QCOMPARE(lines.at(1),
             QByteArray("2026-11-18T11:06:40.123+00:00,1795000000123456789,tcp-client,sent,out,tcp,"
                        "127.0.0.1:50000,127.0.0.1:8888,4,74696d65,time,UTF-8,"));
}

void TestTrafficExport::csvQuotesAndDefusesFormulas()
{
    TrafficEvent formula = makeEvent(TrafficKind::Received, QStringLiteral("127.0.0.1:8888"),
                                     QStringLiteral("127.0.0.1:50000"), QByteArray("=HYPERLINK(\"x\")"));
    formula.note = QStringLiteral("a note, with a comma");
    TrafficEvent chinese = formula;
    chinese.payload = QByteArray("你好,\"世界\"");
    chinese.note.clear();
    const QList<QByteArray> lines = csvLines(TrafficExport::toCsv({formula, chinese}).mid(3));
    QCOMPARE(lines.size(), 3);
    // The text cell starts with an apostrophe, the hex cell keeps the exact bytes.
    QVERIFY2(lines.at(1).contains(",\"'=HYPERLINK(\"\"x\"\")\",UTF-8,\"a note, with a comma\""),
             lines.at(1).constData());
    const QByteArray hexCell = ',' + QByteArray("=HYPERLINK(\"x\")").toHex() + ',';
    QVERIFY(lines.at(1).contains(hexCell));
    QVERIFY2(lines.at(2).contains(",\"你好,\"\"世界\"\"\",UTF-8,"), lines.at(2).constData());
}

void TestTrafficExport::jsonLinesAreTheTranscript()
{
    const QList<TrafficEvent> events{makeEvent(TrafficKind::Connected, QStringLiteral("127.0.0.1:50000"),
                                               QStringLiteral("127.0.0.1:8888")),
                                     makeEvent(TrafficKind::Sent, QStringLiteral("127.0.0.1:50000"),
                                               QStringLiteral("127.0.0.1:8888"), QByteArray("\x00\xff", 2))};
    QCOMPARE(TrafficExport::toJsonLines(events),
             TranscriptWriter::toJsonLine(events.at(0)) + TranscriptWriter::toJsonLine(events.at(1)));
}

void TestTrafficExport::pcapngFileReReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("会话.pcapng"));
    const QString client = QStringLiteral("127.0.0.1:50000");
    const QString server = QStringLiteral("127.0.0.1:8888");
    const QList<TrafficEvent> events{makeEvent(TrafficKind::Connected, client, server),
                                     makeEvent(TrafficKind::Sent, client, server, QByteArray("hello\n")),
                                     makeEvent(TrafficKind::Received, client, server, QByteArray("hi\n")),
                                     makeEvent(TrafficKind::Closed, client, server)};
    QString error;
    QVERIFY2(TrafficExport::writeFile(path, TrafficExport::Format::Pcapng, events, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<PcapngPacket> packets;
    QVERIFY2(PcapngReader::read(file.readAll(), &packets, &error), qPrintable(error));
    // Handshake 3, two data segments, FIN, FIN, ACK.
    QCOMPARE(packets.size(), 8);
}

void TestTrafficExport::unwritablePathsAreExplained_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("a folder that does not exist") << QStringLiteral("/nonexistent-netlab-folder/a.pcapng");
    QTest::newRow("below a file, not a folder") << QStringLiteral("/etc/hostname/a.csv");
    QTest::newRow("the path is a folder") << QStringLiteral("/tmp");
}

void TestTrafficExport::unwritablePathsAreExplained()
{
    QFETCH(QString, path);
    const QList<TrafficEvent> events{makeEvent(TrafficKind::Sent, QStringLiteral("127.0.0.1:50000"),
                                               QStringLiteral("127.0.0.1:8888"), QByteArray("x"))};
    for (const auto format :
         {TrafficExport::Format::Pcapng, TrafficExport::Format::Csv, TrafficExport::Format::JsonLines}) {
        QString error;
        QVERIFY(!TrafficExport::writeFile(path, format, events, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Could not write %1: ").arg(path)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Nothing was removed from the log")), qPrintable(error));
    }
}

void TestTrafficExport::failedExportKeepsTheOldFile()
{
    // Written to a temporary file first: an existing export is replaced only
    // by a complete new one. A read-only folder makes the write fail (root
    // may write anyway; then the new file must be complete instead).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old export\n");
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const QList<TrafficEvent> events{makeEvent(TrafficKind::Sent, QStringLiteral("127.0.0.1:50000"),
                                               QStringLiteral("127.0.0.1:8888"), QByteArray("new"))};
    QString error;
    const bool ok = TrafficExport::writeFile(path, TrafficExport::Format::Csv, events, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (ok)
        QCOMPARE(file.readAll(), TrafficExport::toCsv(events));
    else
        QCOMPARE(file.readAll(), QByteArray("old export\n"));
}

void TestTrafficExport::conversationWithItselfAppearsOnce()
{
    const QString client = QStringLiteral("127.0.0.1:50000");
    const QString server = QStringLiteral("127.0.0.1:8888");
    TrafficExport::OneSidePerConnection filter;
    // The client tab reports first, so its side is kept.
    QVERIFY(filter.accept(makeEvent(TrafficKind::Connected, client, server)));
    QVERIFY(!filter.accept(makeEvent(TrafficKind::Accepted, server, client, {}, TrafficProtocol::Tcp,
                                     QStringLiteral("tcp-server"))));
    QVERIFY(filter.accept(makeEvent(TrafficKind::Sent, client, server, QByteArray("hi"))));
    QVERIFY(!filter.accept(makeEvent(TrafficKind::Received, server, client, QByteArray("hi"),
                                     TrafficProtocol::Tcp, QStringLiteral("tcp-server"))));
    // Another client of the same server is its own conversation.
    QVERIFY(filter.accept(makeEvent(TrafficKind::Accepted, server, QStringLiteral("127.0.0.1:50001"), {},
                                    TrafficProtocol::Tcp, QStringLiteral("tcp-server"))));
    // Events without a pair always pass.
    QVERIFY(filter.accept(makeEvent(TrafficKind::Listening, server, QString())));
    QCOMPARE(filter.droppedCount(), quint64(2));
}

void TestTrafficExport::unboundSenderIsMatchedToItsReceiver()
{
    // The UDP sender is logged as 0.0.0.0:50000 (never bound), the receiver
    // sees the datagram come from 127.0.0.1:50000.
    TrafficExport::OneSidePerConnection filter;
    QVERIFY(filter.accept(makeEvent(TrafficKind::Sent, QStringLiteral("0.0.0.0:50000"),
                                    QStringLiteral("127.0.0.1:9999"), QByteArray("ping"),
                                    TrafficProtocol::Udp, QStringLiteral("udp"))));
    QVERIFY(!filter.accept(makeEvent(TrafficKind::Received, QStringLiteral("127.0.0.1:9999"),
                                     QStringLiteral("127.0.0.1:50000"), QByteArray("ping"),
                                     TrafficProtocol::Udp, QStringLiteral("udp"))));
    // The same ports over TCP are another conversation.
    QVERIFY(filter.accept(makeEvent(TrafficKind::Received, QStringLiteral("127.0.0.1:9999"),
                                    QStringLiteral("127.0.0.1:50000"), QByteArray("ping"))));
}

void TestTrafficExport::connectionIsBothEnds()
{
    const QString client = QStringLiteral("127.0.0.1:50000");
    const QString server = QStringLiteral("127.0.0.1:8888");
    const QList<TrafficEvent> events{
        makeEvent(TrafficKind::Listening, server, QString()),
        makeEvent(TrafficKind::Connected, client, server),
        makeEvent(TrafficKind::Accepted, server, client, {}, TrafficProtocol::Tcp,
                  QStringLiteral("tcp-server")),
        makeEvent(TrafficKind::Accepted, server, QStringLiteral("127.0.0.1:50001"), {}, TrafficProtocol::Tcp,
                  QStringLiteral("tcp-server")),
        makeEvent(TrafficKind::Sent, client, server, QByteArray("x"), TrafficProtocol::Udp),
        makeEvent(TrafficKind::Closed, client, server)};
    const QList<TrafficEvent> connection = TrafficExport::ofConnection(events, events.at(2));
    QCOMPARE(connection.size(), 3);
    QCOMPARE(connection.at(0).kind, TrafficKind::Connected);
    QCOMPARE(connection.at(1).kind, TrafficKind::Accepted);
    QCOMPARE(connection.at(2).kind, TrafficKind::Closed);
    QVERIFY(TrafficExport::ofConnection(events, events.at(0)).isEmpty()); // no pair: no connection
}

QTEST_GUILESS_MAIN(TestTrafficExport)
#include "tst_trafficexport.moc"
