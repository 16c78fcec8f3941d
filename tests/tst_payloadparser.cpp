#include <QtTest>
class TestPayloadParser : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
