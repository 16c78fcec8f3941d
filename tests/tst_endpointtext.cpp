#include "endpointtext.h"

#include <QtTest>

// "HOST:PORT" as typed on the command line: every accepted form, and a
// message that says what to write instead for every mistake.
class TestEndpointText final : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestEndpointText::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowZero");
    QTest::addColumn<bool>("hostRequired");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4 and port") << "127.0.0.1:8888" << false << true << "127.0.0.1" << 8888;
    QTest::newRow("a name and port") << "localhost:80" << false << true << "localhost" << 80;
    QTest::newRow("IPv6 in brackets") << "[::1]:9999" << false << true << "::1" << 9999;
    QTest::newRow("port 0 where a free port may be picked")
        << "127.0.0.1:0" << true << true << "127.0.0.1" << 0;
    QTest::newRow("highest port") << "127.0.0.1:65535" << false << true << "127.0.0.1" << 65535;
    QTest::newRow("a bare port where no host is needed") << "9999" << true << false << "" << 9999;
    QTest::newRow("blanks around are ignored") << "  127.0.0.1:7 " << false << true << "127.0.0.1" << 7;
}

void TestEndpointText::accepted()
{
    QFETCH(QString, text);
    QFETCH(bool, allowZero);
    QFETCH(bool, hostRequired);
    const EndpointText::Endpoint endpoint = EndpointText::parse(text, allowZero, hostRequired);
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error));
    QTEST(endpoint.host, "host");
    QTEST(int(endpoint.port), "port");
}

void TestEndpointText::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowZero");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "" << false << "such as 127.0.0.1:8888";
    QTest::newRow("no port") << "127.0.0.1" << false << "add the port after a colon";
    QTest::newRow("no host") << ":8888" << false << "address before the colon is missing";
    QTest::newRow("port 0 as a destination") << "127.0.0.1:0" << false << "from 1 to 65535";
    QTest::newRow("port too large") << "127.0.0.1:65536" << true << "from 0 (any free port) to 65535";
    QTest::newRow("port not a number") << "127.0.0.1:http" << false << "must be a number";
    QTest::newRow("negative port") << "127.0.0.1:-1" << false << "must be a number";
    QTest::newRow("very long port does not wrap") << "127.0.0.1:4294967297" << false << "must be a number";
    QTest::newRow("IPv6 without brackets") << "::1:8888" << false << "needs brackets";
    QTest::newRow("bracket not closed") << "[::1:8888" << false << "in brackets followed by the port";
    QTest::newRow("space inside the host") << "my host:80" << false << "no spaces";
    QTest::newRow("full-width digits") << "127.0.0.1:８８" << false << "must be a number";
}

void TestEndpointText::refused()
{
    QFETCH(QString, text);
    QFETCH(bool, allowZero);
    QFETCH(QString, says);
    const EndpointText::Endpoint endpoint = EndpointText::parse(text, allowZero);
    QVERIFY(!endpoint.ok());
    QVERIFY2(endpoint.error.contains(says), qPrintable(endpoint.error));
    if (!text.trimmed().isEmpty())
        QVERIFY2(endpoint.error.contains(text.trimmed()),
                 qPrintable(endpoint.error)); // quotes what was typed
}

QTEST_GUILESS_MAIN(TestEndpointText)
#include "tst_endpointtext.moc"
