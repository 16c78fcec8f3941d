#include <QtTest>
class TestTrafficEvent : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestTrafficEvent)
#include "tst_trafficevent.moc"
