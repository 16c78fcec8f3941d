// UdpAutoReply: which datagrams get which answer, and which rules are refused.
#include "udpautoreply.h"

#include <QTest>

using Match = UdpReplyRule::Match;

namespace {

UdpReplyRule rule(Match match, const QString &pattern, const QString &reply, bool caseInsensitive = true)
{
    UdpReplyRule r;
    r.match = match;
    r.pattern = pattern;
    r.reply = reply;
    r.caseInsensitive = caseInsensitive;
    return r;
}

} // namespace

class TestUdpAutoReply : public QObject
{
    Q_OBJECT
private slots:
    void defaultRuleIsTheClassicHello_data();
    void defaultRuleIsTheClassicHello();
    void disabledGivesNoReply();
    void matching_data();
    void matching();
    void firstMatchingRuleWins();
    void invalidRulesRejected_data();
    void invalidRulesRejected();
    void rejectedRulesKeepTheOldOnes();
};

void TestUdpAutoReply::defaultRuleIsTheClassicHello_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("answered");
    QTest::newRow("hello") << QByteArray("hello") << true;
    QTest::newRow("Hello (lower() in the classic program)") << QByteArray("Hello") << true;
    QTest::newRow("hello with CRLF") << QByteArray("hello\r\n") << true;
    QTest::newRow("hello with LF") << QByteArray("hello\n") << true;
    QTest::newRow("hello with several line ends") << QByteArray("hello\r\n\n") << true;
    QTest::newRow("trailing space is not a line end") << QByteArray("hello ") << false;
    QTest::newRow("hello! is not hello") << QByteArray("hello!") << false;
    QTest::newRow("hell is not hello") << QByteArray("hell") << false;
    QTest::newRow("empty datagram") << QByteArray() << false;
}

void TestUdpAutoReply::defaultRuleIsTheClassicHello()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, answered);
    UdpAutoReply autoReply;
    QCOMPARE(autoReply.rules().size(), 1);
    autoReply.setEnabled(true);
    const auto reply = autoReply.replyFor(datagram);
    QCOMPARE(reply.has_value(), answered);
    if (answered) {
        QCOMPARE(reply->bytes, QByteArray("Hello from UDP Receiver!"));
        QCOMPARE(reply->ruleIndex, 0);
    }
}

void TestUdpAutoReply::disabledGivesNoReply()
{
    UdpAutoReply autoReply;
    QVERIFY(!autoReply.isEnabled());
    QVERIFY(!autoReply.replyFor("hello").has_value());
}

void TestUdpAutoReply::matching_data()
{
    QTest::addColumn<UdpReplyRule>("rule");
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QByteArray>("expected"); // empty: no reply

    QTest::newRow("exact, case-sensitive, other case: no")
        << rule(Match::Exact, QStringLiteral("ping"), QStringLiteral("pong"), false) << QByteArray("PING")
        << QByteArray();
    QTest::newRow("exact, case-sensitive, same case: yes")
        << rule(Match::Exact, QStringLiteral("ping"), QStringLiteral("pong"), false) << QByteArray("ping\n")
        << QByteArray("pong");
    QTest::newRow("contains finds the word inside")
        << rule(Match::Contains, QStringLiteral("time"), QStringLiteral("noon"))
        << QByteArray("what TIME is it?") << QByteArray("noon");
    QTest::newRow("contains does not match a different word")
        << rule(Match::Contains, QStringLiteral("time"), QStringLiteral("noon")) << QByteArray("tim")
        << QByteArray();
    QTest::newRow("regular expression with anchors")
        << rule(Match::RegularExpression, QStringLiteral("^get \\d+$"), QStringLiteral("ok"))
        << QByteArray("GET 42\r\n") << QByteArray("ok");
    QTest::newRow("regular expression that does not match")
        << rule(Match::RegularExpression, QStringLiteral("^get \\d+$"), QStringLiteral("ok"))
        << QByteArray("get x") << QByteArray();
    QTest::newRow("Chinese pattern matches UTF-8 bytes")
        << rule(Match::Exact, QStringLiteral("你好"), QStringLiteral("你好，同学"))
        << QStringLiteral("你好").toUtf8() << QStringLiteral("你好，同学").toUtf8();
    QTest::newRow("reply escapes give raw bytes")
        << rule(Match::Exact, QStringLiteral("bytes"), QStringLiteral("a\\x00b\\r\\n")) << QByteArray("bytes")
        << QByteArray("a\0b\r\n", 5);
    UdpReplyRule gbk = rule(Match::Exact, QStringLiteral("你好"), QStringLiteral("好"));
    gbk.encoding = QStringLiteral("GBK");
    QTest::newRow("GBK rule decodes GBK datagram and encodes GBK reply")
        << gbk << QByteArray("\xc4\xe3\xba\xc3") << QByteArray("\xba\xc3");
    UdpReplyRule keepEnds = rule(Match::Exact, QStringLiteral("hello"), QStringLiteral("hi"));
    keepEnds.ignoreLineEnding = false;
    QTest::newRow("line endings kept when asked: no match")
        << keepEnds << QByteArray("hello\n") << QByteArray();
}

void TestUdpAutoReply::matching()
{
    QFETCH(UdpReplyRule, rule);
    QFETCH(QByteArray, datagram);
    QFETCH(QByteArray, expected);
    if (!UdpAutoReply::check(rule).isEmpty() && rule.encoding != QStringLiteral("UTF-8"))
        QSKIP("this Qt build lacks the rule's encoding");
    UdpAutoReply autoReply;
    QString error;
    QVERIFY2(autoReply.setRules({rule}, &error), qPrintable(error));
    autoReply.setEnabled(true);
    const auto reply = autoReply.replyFor(datagram);
    QCOMPARE(reply.has_value(), !expected.isEmpty());
    if (reply)
        QCOMPARE(reply->bytes, expected);
}

void TestUdpAutoReply::firstMatchingRuleWins()
{
    UdpAutoReply autoReply;
    QVERIFY(autoReply.setRules({rule(Match::Contains, QStringLiteral("a"), QStringLiteral("first")),
                                rule(Match::Exact, QStringLiteral("abc"), QStringLiteral("second"))}));
    autoReply.setEnabled(true);
    QCOMPARE(autoReply.replyFor("abc")->bytes, QByteArray("first"));
    QCOMPARE(autoReply.replyFor("abc")->ruleIndex, 0);
    QVERIFY(!autoReply.replyFor("xyz").has_value());
}

void TestUdpAutoReply::invalidRulesRejected_data()
{
    QTest::addColumn<UdpReplyRule>("rule");
    QTest::addColumn<QString>("mentioned");

    QTest::newRow("unclosed bracket names the expression and position")
        << rule(Match::RegularExpression, QStringLiteral("[abc"), QStringLiteral("x"))
        << QStringLiteral("[abc");
    QTest::newRow("unbalanced parenthesis")
        << rule(Match::RegularExpression, QStringLiteral("(hello"), QStringLiteral("x"))
        << QStringLiteral("(hello");
    QTest::newRow("empty pattern") << rule(Match::Exact, QString(), QStringLiteral("x"))
                                   << QStringLiteral("empty");
    UdpReplyRule latin = rule(Match::Exact, QStringLiteral("hi"), QStringLiteral("你好"));
    latin.encoding = QStringLiteral("ISO-8859-1");
    QTest::newRow("reply not writable in its encoding") << latin << QStringLiteral("reply");
    UdpReplyRule unknown = rule(Match::Exact, QStringLiteral("hi"), QStringLiteral("x"));
    unknown.encoding = QStringLiteral("NO-SUCH-ENCODING");
    QTest::newRow("unknown encoding named") << unknown << QStringLiteral("NO-SUCH-ENCODING");
}

void TestUdpAutoReply::invalidRulesRejected()
{
    QFETCH(UdpReplyRule, rule);
    QFETCH(QString, mentioned);
    const QString problem = UdpAutoReply::check(rule);
    QVERIFY2(problem.contains(mentioned), qPrintable(problem));

    UdpAutoReply autoReply;
    QString error;
    QVERIFY(!autoReply.setRules({UdpAutoReply::defaultRule(), rule}, &error));
    QVERIFY2(error.contains(QStringLiteral("2")), qPrintable(error)); // the rule's number
    QVERIFY2(error.contains(mentioned), qPrintable(error));
}

void TestUdpAutoReply::rejectedRulesKeepTheOldOnes()
{
    UdpAutoReply autoReply;
    autoReply.setEnabled(true);
    QVERIFY(!autoReply.setRules({rule(Match::RegularExpression, QStringLiteral("(("), QStringLiteral("x"))}));
    QCOMPARE(autoReply.rules().size(), 1);
    QCOMPARE(autoReply.replyFor("hello")->bytes, QByteArray("Hello from UDP Receiver!"));
}

QTEST_GUILESS_MAIN(TestUdpAutoReply)
#include "tst_udpautoreply.moc"
