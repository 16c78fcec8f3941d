#include "sendscript.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtTest>

// Messages go out one at a time: the next only after the answer to the
// previous one (or its time-out), as a person typing would send them.
class TestSendScript final : public QObject
{
    Q_OBJECT
private slots:
    void waitsForEachReplyOverRealUdp();
    void timesOutWhenNoReplyComes();
    void refusedSendEndsTheScript();
    void stopLeavesTheRestUnsent();
    void emptyListFinishesAtOnce();
};

// A real exchange on loopback: an echo peer answers each datagram after a
// delay; the script must not send the second before the first echo is back.
void TestSendScript::waitsForEachReplyOverRealUdp()
{
    QUdpSocket echo;
    QVERIFY(echo.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QList<QByteArray> seenByEcho;
    connect(&echo, &QUdpSocket::readyRead, this, [&] {
        while (echo.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = echo.receiveDatagram();
            seenByEcho << datagram.data();
            const QByteArray answer = "re: " + datagram.data();
            const QHostAddress to = datagram.senderAddress();
            const quint16 port = quint16(datagram.senderPort());
            QTimer::singleShot(300, &echo,
                               [&echo, answer, to, port] { echo.writeDatagram(answer, to, port); });
        }
    });

    SendScript script([&](const QByteArray &message) {
        return client.writeDatagram(message, QHostAddress(QHostAddress::LocalHost), echo.localPort()) >= 0;
    });
    QList<QByteArray> answers;
    connect(&client, &QUdpSocket::readyRead, this, [&] {
        while (client.hasPendingDatagrams())
            answers << client.receiveDatagram().data();
        script.noteReply();
    });
    QSignalSpy finished(&script, &SendScript::finished);
    QSignalSpy sent(&script, &SendScript::messageSent);
    script.start({"one", "two", "three"});
    QCOMPARE(sent.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(seenByEcho.size(), 1, 5000);
    QTest::qWait(150); // the echo answers after 300 ms: nothing else may have gone out yet
    QCOMPARE(sent.count(), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 3);
    QCOMPARE(finished.constFirst().at(1).toInt(), 3);
    QCOMPARE(seenByEcho, (QList<QByteArray>{"one", "two", "three"}));
    QCOMPARE(answers, (QList<QByteArray>{"re: one", "re: two", "re: three"}));
}

void TestSendScript::timesOutWhenNoReplyComes()
{
    QList<QByteArray> sent;
    SendScript script([&](const QByteArray &message) {
        sent << message;
        return true;
    });
    script.setReplyTimeout(100);
    QSignalSpy steps(&script, &SendScript::stepFinished);
    QSignalSpy finished(&script, &SendScript::finished);
    script.start({"a", "b"});
    QVERIFY(finished.wait(5000));
    QCOMPARE(sent, (QList<QByteArray>{"a", "b"}));
    QCOMPARE(steps.count(), 2);
    QCOMPARE(steps.at(0).at(1).toBool(), false);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);
}

void TestSendScript::refusedSendEndsTheScript()
{
    int calls = 0;
    SendScript script([&](const QByteArray &) { return ++calls < 2; });
    script.setReplyTimeout(10);
    QSignalSpy finished(&script, &SendScript::finished);
    script.start({"a", "b", "c"});
    QVERIFY(finished.wait(5000));
    QCOMPARE(calls, 2);
    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
}

void TestSendScript::stopLeavesTheRestUnsent()
{
    QList<QByteArray> sent;
    SendScript script([&](const QByteArray &message) {
        sent << message;
        return true;
    });
    script.setReplyTimeout(50);
    QSignalSpy finished(&script, &SendScript::finished);
    script.start({"a", "b"});
    script.stop();
    QCOMPARE(finished.count(), 1);
    QTest::qWait(300); // six time-outs long: "b" would have gone out by now
    QCOMPARE(sent, (QList<QByteArray>{"a"}));
    QVERIFY(!script.isRunning());
}

void TestSendScript::emptyListFinishesAtOnce()
{
    SendScript script([](const QByteArray &) { return true; });
    QSignalSpy finished(&script, &SendScript::finished);
    script.start({});
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestSendScript)
#include "tst_sendscript.moc"
