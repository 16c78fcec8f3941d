#include "newestrowfollower.h"

#include <QListView>
#include <QScrollBar>
#include <QStringListModel>
#include <QtTest>

// A list that receives rows follows the newest one, unless the reader has
// scrolled up to look at older rows.
class TestNewestRowFollower final : public QObject
{
    Q_OBJECT
private slots:
    void followsUntilTheUserScrollsUp();
};

namespace {
void appendRows(QStringListModel *model, int count)
{
    const int first = model->rowCount();
    model->insertRows(first, count);
    for (int i = 0; i < count; ++i)
        model->setData(model->index(first + i), QStringLiteral("row %1").arg(first + i));
}
} // namespace

void TestNewestRowFollower::followsUntilTheUserScrollsUp()
{
    QStringListModel model;
    QListView view;
    view.setModel(&model);
    view.resize(200, 100);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    followNewestRows(&view);
    QScrollBar *bar = view.verticalScrollBar();

    appendRows(&model, 50);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // The reader looks at the top: new rows do not pull the view down.
    bar->setValue(0);
    appendRows(&model, 20);
    QTest::qWait(50); // let the view lay the new rows out
    QCOMPARE(bar->value(), 0);

    // Back at the end: it follows again.
    bar->setValue(bar->maximum());
    appendRows(&model, 20);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
}

QTEST_MAIN(TestNewestRowFollower)
#include "tst_newestrowfollower.moc"
