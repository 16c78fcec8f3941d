// Endpoint text must match what Wireshark shows, and ids written to files
// must never change with the UI language.
#include "trafficevent.h"

#include <QHostAddress>
#include <QtTest>

class TestTrafficEvent final : public QObject
{
    Q_OBJECT
private slots:
    void endpoint_data();
    void endpoint();
    void directionFollowsKind_data();
    void directionFollowsKind();
    void stableIds();
};

void TestTrafficEvent::endpoint_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("text");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1") << 8888 << QStringLiteral("127.0.0.1:8888");
    QTest::newRow("ipv6 in brackets") << QStringLiteral("::1") << 8888 << QStringLiteral("[::1]:8888");
    QTest::newRow("v4-mapped shown as ipv4, as on the wire")
        << QStringLiteral("::ffff:127.0.0.1") << 51234 << QStringLiteral("127.0.0.1:51234");
    QTest::newRow("link-local keeps its scope")
        << QStringLiteral("fe80::1%lo") << 80 << QStringLiteral("[fe80::1%lo]:80");
}

void TestTrafficEvent::endpoint()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, text);
    QCOMPARE(TrafficNames::endpoint(QHostAddress(address), quint16(port)), text);
}

void TestTrafficEvent::directionFollowsKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("direction");
    QTest::newRow("sent is out") << int(TrafficKind::Sent) << QStringLiteral("out");
    QTest::newRow("received is in") << int(TrafficKind::Received) << QStringLiteral("in");
    QTest::newRow("accepted is in") << int(TrafficKind::Accepted) << QStringLiteral("in");
    QTest::newRow("connected is out") << int(TrafficKind::Connected) << QStringLiteral("out");
    QTest::newRow("listening has none") << int(TrafficKind::Listening) << QString();
    QTest::newRow("error has none") << int(TrafficKind::Error) << QString();
}

void TestTrafficEvent::directionFollowsKind()
{
    QFETCH(int, kind);
    QFETCH(QString, direction);
    TrafficEvent event;
    event.kind = TrafficKind(kind);
    QCOMPARE(TrafficNames::directionId(event.direction()), direction);
}

void TestTrafficEvent::stableIds()
{
    QCOMPARE(TrafficNames::kindId(TrafficKind::Received), QStringLiteral("received"));
    QCOMPARE(TrafficNames::kindId(TrafficKind::Listening), QStringLiteral("listening"));
    QCOMPARE(TrafficNames::protocolId(TrafficProtocol::Udp), QStringLiteral("udp"));
    QCOMPARE(TrafficNames::tabIds(),
             QStringList({QStringLiteral("host"), QStringLiteral("encoding"), QStringLiteral("tcp-client"),
                          QStringLiteral("tcp-server"), QStringLiteral("udp"), QStringLiteral("broadcast"),
                          QStringLiteral("concurrency")}));
}

QTEST_GUILESS_MAIN(TestTrafficEvent)
#include "tst_trafficevent.moc"
