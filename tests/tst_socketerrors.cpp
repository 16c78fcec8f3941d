#include "socketerrors.h"

#include <QLocale>
#include <QMetaEnum>
#include <QtTest>

using Error = QAbstractSocket::SocketError;

class TestSocketErrors : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void errnoName_data();
    void errnoName();
    void everyErrorHasAnExplanation();
    void resetIsExplainedInPlainWords();
    void place_data();
    void place();
};

void TestSocketErrors::explain_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QStringList>("mustContain");

    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    QTest::newRow("refused names the endpoint and asks whether the server runs")
        << QAbstractSocket::ConnectionRefusedError << s("127.0.0.1") << 8888 << false << false
        << QStringList{s("Nothing is listening on 127.0.0.1:8888"), s("is the server started?")};
    QTest::newRow("refused on IPv6 puts the address in brackets")
        << QAbstractSocket::ConnectionRefusedError << s("::1") << 8888 << false << false
        << QStringList{s("Nothing is listening on [::1]:8888")};
    QTest::newRow("refused over UDP speaks of port unreachable")
        << QAbstractSocket::ConnectionRefusedError << s("127.0.0.1") << 9999 << false << true
        << QStringList{s("127.0.0.1:9999"), s("port unreachable")};
    QTest::newRow("host not found quotes the name and suggests spelling or DNS")
        << QAbstractSocket::HostNotFoundError << s("exampel.com") << 80 << false << false
        << QStringList{s("No address was found for the name 'exampel.com'"), s("spelling"), s("DNS")};
    QTest::newRow("timeout says timed out and names the endpoint")
        << QAbstractSocket::SocketTimeoutError << s("10.0.0.1") << 80 << false << false
        << QStringList{s("10.0.0.1:80"), s("timed out")};
    QTest::newRow("remote closed names the other program")
        << QAbstractSocket::RemoteHostClosedError << s("127.0.0.1") << 8888 << false << false
        << QStringList{s("closed the connection"), s("127.0.0.1:8888")};
    QTest::newRow("network error names the endpoint and the network")
        << QAbstractSocket::NetworkError << s("192.0.2.1") << 80 << false << false
        << QStringList{s("could not reach 192.0.2.1:80"), s("network")};
    QTest::newRow("port in use while listening gives the ss command")
        << QAbstractSocket::AddressInUseError << s("127.0.0.1") << 8888 << true << false
        << QStringList{s("Port 8888 on 127.0.0.1 is already in use by another program"),
                       s("ss -ltnp 'sport = :8888'")};
    QTest::newRow("UDP port in use gives the UDP ss command")
        << QAbstractSocket::AddressInUseError << s("0.0.0.0") << 9999 << true << true
        << QStringList{s("ss -lunp 'sport = :9999'")};
    QTest::newRow("access error below 1024 says root is needed")
        << QAbstractSocket::SocketAccessError << s("0.0.0.0") << 80 << true << false
        << QStringList{s("Port 80 is below 1024"), s("root")};
    QTest::newRow("access error above 1024 does not blame the port number")
        << QAbstractSocket::SocketAccessError << s("10.1.1.1") << 8888 << false << false
        << QStringList{s("permission denied"), s("10.1.1.1:8888")};
    QTest::newRow("address not available while listening says it is not ours")
        << QAbstractSocket::SocketAddressNotAvailableError << s("192.0.2.77") << 8888 << true << false
        << QStringList{s("192.0.2.77 is not an address of this machine")};
    QTest::newRow("datagram too large names both limits")
        << QAbstractSocket::DatagramTooLargeError << s("127.0.0.1") << 9999 << false << true
        << QStringList{QLocale().toString(65507), QLocale().toString(65527)};
    QTest::newRow("unknown error still names the place")
        << QAbstractSocket::UnknownSocketError << s("127.0.0.1") << 1234 << false << false
        << QStringList{s("127.0.0.1:1234"), s("unknown error")};
}

void TestSocketErrors::explain()
{
    QFETCH(Error, error);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, listening);
    QFETCH(bool, udp);
    QFETCH(QStringList, mustContain);

    const QString text = SocketErrors::explain(error, {host, quint16(port), listening, udp});
    for (const QString &part : std::as_const(mustContain))
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("'%1' lacks '%2'").arg(text, part)));
}

void TestSocketErrors::errnoName_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("refused is ECONNREFUSED")
        << QAbstractSocket::ConnectionRefusedError << QStringLiteral("ECONNREFUSED");
    QTest::newRow("reset is ECONNRESET")
        << QAbstractSocket::RemoteHostClosedError << QStringLiteral("ECONNRESET");
    QTest::newRow("timeout is ETIMEDOUT")
        << QAbstractSocket::SocketTimeoutError << QStringLiteral("ETIMEDOUT");
    QTest::newRow("in use is EADDRINUSE")
        << QAbstractSocket::AddressInUseError << QStringLiteral("EADDRINUSE");
    QTest::newRow("access is EACCES") << QAbstractSocket::SocketAccessError << QStringLiteral("EACCES");
    QTest::newRow("not available is EADDRNOTAVAIL")
        << QAbstractSocket::SocketAddressNotAvailableError << QStringLiteral("EADDRNOTAVAIL");
    QTest::newRow("too large is EMSGSIZE")
        << QAbstractSocket::DatagramTooLargeError << QStringLiteral("EMSGSIZE");
    QTest::newRow("unreachable network is ENETUNREACH")
        << QAbstractSocket::NetworkError << QStringLiteral("ENETUNREACH");
    QTest::newRow("host not found is getaddrinfo's EAI_NONAME")
        << QAbstractSocket::HostNotFoundError << QStringLiteral("EAI_NONAME");
    QTest::newRow("unknown error has no errno") << QAbstractSocket::UnknownSocketError << QString();
    QTest::newRow("a proxy failure has no errno") << QAbstractSocket::ProxyNotFoundError << QString();
}

void TestSocketErrors::errnoName()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QCOMPARE(SocketErrors::errnoName(error), expected);
}

void TestSocketErrors::everyErrorHasAnExplanation()
{
    const QMetaEnum errors = QMetaEnum::fromType<QAbstractSocket::SocketError>();
    QVERIFY(errors.keyCount() > 20);
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = Error(errors.value(i));
        const QString text = SocketErrors::explain(error, {QStringLiteral("127.0.0.1"), 8888, false, false});
        QVERIFY2(text.size() > 20, errors.key(i));
        QVERIFY2(text.endsWith(u'.') || text.endsWith(u')') || text.contains(QLatin1String("sport")),
                 qPrintable(text));
        // No untranslatable leftovers such as an unfilled placeholder.
        QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")),
                 qPrintable(text));
    }
}

void TestSocketErrors::resetIsExplainedInPlainWords()
{
    const QString text = SocketErrors::explainReset({QStringLiteral("127.0.0.1"), 8888, false, false});
    QVERIFY2(text.contains(QLatin1String("closed the connection abruptly (reset)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("127.0.0.1:8888")), qPrintable(text));
}

void TestSocketErrors::place_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");

    QTest::newRow("IPv4 and port") << QStringLiteral("127.0.0.1") << 8888 << QStringLiteral("127.0.0.1:8888");
    QTest::newRow("IPv6 gets brackets") << QStringLiteral("::1") << 80 << QStringLiteral("[::1]:80");
    QTest::newRow("IPv6 already in brackets stays")
        << QStringLiteral("[::1]") << 80 << QStringLiteral("[::1]:80");
    QTest::newRow("name and port") << QStringLiteral("example.com") << 443
                                   << QStringLiteral("example.com:443");
    QTest::newRow("no port leaves the host alone")
        << QStringLiteral("example.com") << 0 << QStringLiteral("example.com");
    QTest::newRow("no host speaks of the port") << QString() << 8888 << QStringLiteral("port 8888");
}

void TestSocketErrors::place()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QCOMPARE(SocketErrors::place({host, quint16(port), false, false}), expected);
}

QTEST_GUILESS_MAIN(TestSocketErrors)
#include "tst_socketerrors.moc"
