// The traffic log dock, driven like a student would: events arrive, rows
// show up and follow the newest, a click shows the bytes, filters hide rows,
// dropped rows are counted on screen, and the language can change underneath.
#include "bytesformat.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "trafficexport.h"
#include "trafficlogdock.h"
#include "trafficlogfiltermodel.h"
#include "trafficlogmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <memory>

namespace {

TrafficEvent makeEvent(int serial, const QByteArray &payload = QByteArray("hello\n"),
                       const QString &tab = QStringLiteral("tcp-client"))
{
    TrafficEvent event;
    event.time = QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 123));
    event.tab = tab;
    event.kind = serial % 2 ? TrafficKind::Received : TrafficKind::Sent;
    event.protocol = tab == u"udp" ? TrafficProtocol::Udp : TrafficProtocol::Tcp;
    event.local = QStringLiteral("127.0.0.1:%1").arg(40000 + serial);
    event.peer = QStringLiteral("127.0.0.1:8888");
    event.payload = payload;
    return event;
}

// Puts ‹› around every text of the log's contexts, so a test can see what was
// translated again after a language change.
class BracketTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        for (const char *ours : {"TrafficLogDock", "TrafficLogModel", "TrafficNames"}) {
            if (qstrcmp(context, ours) == 0)
                return u'‹' + QString::fromUtf8(sourceText) + u'›';
        }
        return QString();
    }
};

int serialOf(const TrafficEvent &event)
{
    return event.local.section(u':', 1).toInt() - 40000;
}

} // namespace

class TestTrafficLogDock final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rowsAppearAndFollowTheNewest();
    void pausedViewStaysPut();
    void selectingARowShowsItsBytes();
    void decodingInAnotherEncoding();
    void invalidBytesAreExplained();
    void cutPayloadIsExplained();
    void detailOutlivesTheRow();
    void filtersHideRows();
    void filterOnlyWhileFiltering();
    void evictionCountIsShown();
    void copySelectedRows();
    void hexPreviewToggle();
    void clearEmptiesTheLog();
    void languageChangeKeepsState();
    void exportScopes();
    void exportToAnUnwritablePathLosesNothing();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dock->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void selectRow(int row);

    std::unique_ptr<TrafficLogModel> m_model;
    std::unique_ptr<QMainWindow> m_window;
    TrafficLogDock *m_dock = nullptr; // owned by m_window
};

void TestTrafficLogDock::init()
{
    m_model = std::make_unique<TrafficLogModel>();
    // Docked in a main window, as in the application.
    m_window = std::make_unique<QMainWindow>();
    m_dock = new TrafficLogDock(m_model.get(), m_window.get());
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTrafficLogDock::cleanup()
{
    m_window.reset();
    m_dock = nullptr;
    m_model.reset();
}

void TestTrafficLogDock::selectRow(int row)
{
    auto *view = child<QTableView>("tableView");
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
}

void TestTrafficLogDock::rowsAppearAndFollowTheNewest()
{
    auto *view = child<QTableView>("tableView");
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        m_model->append(makeEvent(i));
    QCOMPARE(view->model()->rowCount(), 0); // batched
    QVERIFY(inserted.wait(2000));
    QCOMPARE(view->model()->rowCount(), 500);
    QCOMPARE(view->model()->index(499, TrafficLogModel::Local).data().toString(),
             QStringLiteral("127.0.0.1:40499"));
    // Autoscroll: the newest row is on screen.
    const QModelIndex last = view->model()->index(499, 0);
    QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    // Rows have one fixed height.
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(view->rowHeight(0), view->rowHeight(499));
    // Untranslated source text: the English catalogue supplies the plural forms.
    QTRY_COMPARE(child<QLabel>("rowCountLabel")->text(), QStringLiteral("500 row(s)"));
}

void TestTrafficLogDock::pausedViewStaysPut()
{
    auto *view = child<QTableView>("tableView");
    for (int i = 0; i < 300; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    child<QAction>("actionPauseAutoscroll")->setChecked(true);
    view->scrollToTop();
    for (int i = 300; i < 600; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QCOMPARE(view->model()->rowCount(), 600);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    // Unpausing jumps to the newest row.
    child<QAction>("actionPauseAutoscroll")->setChecked(false);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
}

void TestTrafficLogDock::selectingARowShowsItsBytes()
{
    TrafficEvent withNote = makeEvent(1, QByteArray("GET / HTTP/1.1\nHost: x\n"));
    withNote.note = QStringLiteral("<b>not bold</b>");
    m_model->append(makeEvent(0));
    m_model->append(withNote);
    m_model->flush();
    auto *hexDump = child<QPlainTextEdit>("hexDumpEdit");
    QVERIFY(hexDump->toPlainText().isEmpty());

    selectRow(1);
    QCOMPARE(hexDump->toPlainText(), BytesFormat::hexDump(withNote.payload));
    QVERIFY(hexDump->isReadOnly());
    QCOMPARE(hexDump->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(child<QComboBox>("encodingCombo")->currentData().toString(), QStringLiteral("UTF-8"));
    QCOMPARE(child<QPlainTextEdit>("decodedEdit")->toPlainText(),
             QStringLiteral("GET / HTTP/1.1\nHost: x\n"));
    auto *note = child<QLabel>("eventNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("<b>not bold</b>")));
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>("summaryLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("127.0.0.1:40001")));

    selectRow(0);
    QCOMPARE(hexDump->toPlainText(), BytesFormat::hexDump(QByteArray("hello\n")));
    QVERIFY(!note->isVisible());
}

void TestTrafficLogDock::decodingInAnotherEncoding()
{
    if (!TextCodecs::isAvailable(QStringLiteral("GBK")))
        QSKIP("this Qt has no GBK converter");
    TrafficEvent gbk = makeEvent(0, QByteArray("\xc4\xe3\xba\xc3"));
    gbk.encoding = QStringLiteral("GBK");
    m_model->append(gbk);
    m_model->flush();
    selectRow(0);
    auto *combo = child<QComboBox>("encodingCombo");
    auto *decoded = child<QPlainTextEdit>("decodedEdit");
    QCOMPARE(combo->currentData().toString(), QStringLiteral("GBK")); // the event's own encoding first
    QCOMPARE(decoded->toPlainText(), QStringLiteral("你好"));
    QVERIFY(!child<QLabel>("decodeInfoLabel")->isVisible());

    combo->setCurrentIndex(combo->findData(QStringLiteral("ISO-8859-1")));
    QCOMPARE(decoded->toPlainText(), QStringLiteral("\u00c4\u00e3\u00ba\u00c3"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("UTF-8")));
    QVERIFY(decoded->toPlainText().contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(child<QLabel>("decodeInfoLabel")->isVisible());
}

void TestTrafficLogDock::invalidBytesAreExplained()
{
    m_model->append(makeEvent(0, QByteArray("ok\xff")));
    m_model->flush();
    selectRow(0);
    QCOMPARE(child<QPlainTextEdit>("decodedEdit")->toPlainText(), QStringLiteral("ok\uFFFD"));
    auto *info = child<QLabel>("decodeInfoLabel");
    QVERIFY(info->isVisible());
    QCOMPARE(info->textFormat(), Qt::PlainText);
    QVERIFY2(info->text().contains(QStringLiteral("1 byte sequence"))
                 && info->text().contains(QStringLiteral("UTF-8"))
                 && info->text().contains(QStringLiteral("offset 2")),
             qPrintable(info->text()));
}

void TestTrafficLogDock::cutPayloadIsExplained()
{
    m_model->append(makeEvent(0, QByteArray(1024 * 1024, 'a')));
    m_model->flush();
    selectRow(0);
    auto *info = child<QLabel>("decodeInfoLabel");
    const QLocale locale;
    QVERIFY2(info->text().contains(QStringLiteral("First %1 of %2 bytes kept here")
                                       .arg(locale.toString(65536), locale.toString(1024 * 1024))),
             qPrintable(info->text()));
    QVERIFY(info->text().contains(QStringLiteral("--transcript")));
    m_dock->setTranscriptPath(QStringLiteral("/tmp/run.jsonl"));
    QVERIFY2(info->text().contains(QStringLiteral("the transcript has them all")), qPrintable(info->text()));
}

void TestTrafficLogDock::detailOutlivesTheRow()
{
    m_model->setCapacity(10);
    for (int i = 0; i < 10; ++i)
        m_model->append(makeEvent(i, QByteArray::number(i)));
    m_model->flush();
    selectRow(2);
    const QString shown = child<QPlainTextEdit>("hexDumpEdit")->toPlainText();
    QCOMPARE(shown, BytesFormat::hexDump(QByteArray("2")));

    // Five new rows push the selected one out.
    for (int i = 10; i < 15; ++i)
        m_model->append(makeEvent(i, QByteArray::number(i)));
    m_model->flush();
    QCOMPARE(serialOf(m_model->eventAt(0)), 5);
    // Still the evicted event, marked as gone; no other row was picked for the user.
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), shown);
    QVERIFY2(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("no longer in the table")),
             qPrintable(child<QLabel>("summaryLabel")->text()));
    QVERIFY(!child<QTableView>("tableView")->currentIndex().isValid());

    // Picking a row again shows that one.
    selectRow(0);
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), BytesFormat::hexDump(QByteArray("5")));
    QVERIFY(!child<QLabel>("summaryLabel")->text().contains(QStringLiteral("no longer in the table")));
}

void TestTrafficLogDock::filtersHideRows()
{
    for (int i = 0; i < 6; ++i)
        m_model->append(makeEvent(i, i == 4 ? QByteArray("needle in here") : QByteArray("hay"),
                                  i % 3 == 0 ? QStringLiteral("udp") : QStringLiteral("tcp-client")));
    m_model->flush();
    auto *view = child<QTableView>("tableView");
    QCOMPARE(view->model()->rowCount(), 6);

    // Typing is applied after a short pause.
    QTest::keyClicks(child<QLineEdit>("textFilterEdit"), QStringLiteral("NEEDLE"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, TrafficLogModel::Local).data().toString(),
             QStringLiteral("127.0.0.1:40004"));
    QTRY_COMPARE(child<QLabel>("rowCountLabel")->text(), QStringLiteral("1 of 6 rows shown"));
    child<QLineEdit>("textFilterEdit")->clear();
    QTRY_COMPARE(view->model()->rowCount(), 6);

    auto *tabs = child<QComboBox>("tabFilterCombo");
    tabs->setCurrentIndex(tabs->findData(QStringLiteral("udp")));
    QCOMPARE(view->model()->rowCount(), 2);
    auto *protocols = child<QComboBox>("protocolFilterCombo");
    protocols->setCurrentIndex(1); // TCP
    QCOMPARE(view->model()->rowCount(), 0);
    tabs->setCurrentIndex(0); // all tabs
    QCOMPARE(view->model()->rowCount(), 4);

    // Enter applies the endpoint filter at once.
    auto *endpoint = child<QLineEdit>("endpointFilterEdit");
    endpoint->setText(QStringLiteral(":40005"));
    QTest::keyClick(endpoint, Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 1);

    // New rows are filtered as they arrive.
    m_model->append(makeEvent(5));
    m_model->append(makeEvent(7));
    m_model->flush();
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestTrafficLogDock::filterOnlyWhileFiltering()
{
    for (int i = 0; i < 400; ++i)
        m_model->append(makeEvent(i, QByteArray::number(i),
                                  i % 2 ? QStringLiteral("udp") : QStringLiteral("tcp-client")));
    m_model->flush();
    auto *view = child<QTableView>("tableView");
    // No filter: the table shows the log itself; the filter model is idle.
    QCOMPARE(view->model(), m_model.get());
    QVERIFY(!m_dock->filterModel()->sourceModel());
    view->horizontalHeader()->resizeSection(TrafficLogModel::Local, 333);
    selectRow(3);
    const QString hex = child<QPlainTextEdit>("hexDumpEdit")->toPlainText();
    QCOMPARE(hex, BytesFormat::hexDump(QByteArray("3")));

    auto *tabs = child<QComboBox>("tabFilterCombo");
    tabs->setCurrentIndex(tabs->findData(QStringLiteral("udp")));
    QCOMPARE(view->model(), m_dock->filterModel());
    QCOMPARE(m_dock->filterModel()->sourceModel(), m_model.get());
    QCOMPARE(view->model()->rowCount(), 200);
    // What the student set up survives the switch.
    QCOMPARE(view->horizontalHeader()->sectionSize(TrafficLogModel::Local), 333);
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), hex);
    // Filtered rows still follow the newest, and selecting maps to the right event.
    for (int i = 400; i < 800; ++i)
        m_model->append(makeEvent(i, QByteArray::number(i),
                                  i % 2 ? QStringLiteral("udp") : QStringLiteral("tcp-client")));
    m_model->flush();
    QCOMPARE(view->model()->rowCount(), 400);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    selectRow(1);
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), BytesFormat::hexDump(QByteArray("3")));
    selectRow(399);
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), BytesFormat::hexDump(QByteArray("799")));
    QVERIFY(m_dock->selectedRowsText().contains(QStringLiteral("127.0.0.1:40799")));

    tabs->setCurrentIndex(0);
    QCOMPARE(view->model(), m_model.get());
    QVERIFY(!m_dock->filterModel()->sourceModel());
    QCOMPARE(view->model()->rowCount(), 800);
    QCOMPARE(view->horizontalHeader()->sectionSize(TrafficLogModel::Local), 333);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
}

void TestTrafficLogDock::evictionCountIsShown()
{
    auto *label = child<QLabel>("evictedLabel");
    QVERIFY(!label->isVisible());
    QCOMPARE(label->textFormat(), Qt::PlainText);
    m_model->setCapacity(100);
    for (int i = 0; i < 12445; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    QCOMPARE(m_model->evictedCount(), 12345u);
    QVERIFY(label->isVisible());
    const QString number = QLocale().toString(12345);
    QCOMPARE(label->text(),
             QStringLiteral(
                 "%1 older row(s) dropped from view; start NetLab with --transcript FILE to keep every event")
                 .arg(number));
    m_dock->setTranscriptPath(QStringLiteral("/tmp/run.jsonl"));
    QCOMPARE(label->text(),
             QStringLiteral("%1 older row(s) dropped from view; the transcript has them all").arg(number));
}

void TestTrafficLogDock::copySelectedRows()
{
    const QByteArray binary("\x00\x01\x02\xff\tx\n", 7);
    m_model->append(makeEvent(0));
    m_model->append(makeEvent(1, binary));
    m_model->append(makeEvent(2));
    m_model->flush();
    auto *view = child<QTableView>("tableView");
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY(child<QAction>("actionCopyRows")->isEnabled());

    const QString text = m_dock->selectedRowsText();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.at(0).split(u'\t');
    QCOMPARE(header.size(), 11);
    QCOMPARE(header.first(), QStringLiteral("Time"));
    QCOMPARE(header.at(8), QStringLiteral("Hex"));
    const QStringList row = lines.at(1).split(u'\t');
    QCOMPARE(row.size(), 11);
    QCOMPARE(row.at(TrafficLogModel::Local), QStringLiteral("127.0.0.1:40001"));
    QCOMPARE(row.at(TrafficLogModel::Bytes), QStringLiteral("7"));
    QCOMPARE(row.at(8), QStringLiteral("00 01 02 ff 09 78 0a"));
    QCOMPARE(row.at(9), QStringLiteral("\\0\\x01\\x02\uFFFD\\tx\\n"));
    QCOMPARE(lines.at(2).split(u'\t').at(TrafficLogModel::Local), QStringLiteral("127.0.0.1:40002"));

    child<QAction>("actionCopyRows")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TestTrafficLogDock::hexPreviewToggle()
{
    m_model->append(makeEvent(0, QByteArray("AB")));
    m_model->flush();
    auto *view = child<QTableView>("tableView");
    QCOMPARE(view->model()->index(0, TrafficLogModel::Preview).data().toString(), QStringLiteral("AB"));
    child<QAction>("actionHexPreview")->trigger();
    QVERIFY(m_model->previewHex());
    QCOMPARE(view->model()->index(0, TrafficLogModel::Preview).data().toString(), QStringLiteral("41 42"));
}

void TestTrafficLogDock::clearEmptiesTheLog()
{
    m_model->setCapacity(3);
    for (int i = 0; i < 5; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    selectRow(1);
    QVERIFY(!child<QPlainTextEdit>("hexDumpEdit")->toPlainText().isEmpty());
    QVERIFY(child<QLabel>("evictedLabel")->isVisible());
    auto *clear = child<QAction>("actionClear");
    QTRY_VERIFY(clear->isEnabled());
    clear->trigger();
    QCOMPARE(child<QTableView>("tableView")->model()->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("hexDumpEdit")->toPlainText().isEmpty());
    QVERIFY(!child<QLabel>("evictedLabel")->isVisible());
    QTRY_VERIFY(!clear->isEnabled());
}

void TestTrafficLogDock::languageChangeKeepsState()
{
    m_model->setCapacity(4);
    for (int i = 0; i < 6; ++i)
        m_model->append(
            makeEvent(i, QByteArray("x"), i % 2 ? QStringLiteral("udp") : QStringLiteral("tcp-client")));
    m_model->flush();
    auto *tabs = child<QComboBox>("tabFilterCombo");
    tabs->setCurrentIndex(tabs->findData(QStringLiteral("udp")));
    child<QComboBox>("protocolFilterCombo")->setCurrentIndex(2); // UDP
    selectRow(0);
    const QString hex = child<QPlainTextEdit>("hexDumpEdit")->toPlainText();
    const int tabCount = tabs->count();
    auto *view = child<QTableView>("tableView");
    QCOMPARE(view->model()->rowCount(), 2);

    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator)); // sends LanguageChange
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("‹Traffic Log›"));

    // Static texts, texts set from code, and the model's texts are new.
    QCOMPARE(headers.count(), 1); // the dock asks the model to retranslate
    QCOMPARE(view->model()->headerData(TrafficLogModel::Time, Qt::Horizontal).toString(),
             QStringLiteral("‹Time›"));
    QCOMPARE(view->model()->index(0, TrafficLogModel::Tab).data().toString(), QStringLiteral("‹UDP›"));
    QCOMPARE(tabs->itemText(0), QStringLiteral("‹All tabs›"));
    QCOMPARE(tabs->currentText(), QStringLiteral("‹UDP›"));
    QCOMPARE(child<QComboBox>("protocolFilterCombo")->itemText(0), QStringLiteral("‹All›"));
    QVERIFY2(child<QLabel>("evictedLabel")->text().startsWith(u'‹'),
             qPrintable(child<QLabel>("evictedLabel")->text()));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(u'‹'));
    QCOMPARE(child<QAction>("actionClear")->text(), QStringLiteral("‹C&lear›"));

    // What the student chose stays chosen.
    QCOMPARE(tabs->count(), tabCount);
    QCOMPARE(tabs->currentData().toString(), QStringLiteral("udp"));
    QCOMPARE(child<QComboBox>("protocolFilterCombo")->currentIndex(), 2);
    QCOMPARE(m_dock->filterModel()->tabFilter(), QStringLiteral("udp"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(child<QPlainTextEdit>("hexDumpEdit")->toPlainText(), hex);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("Traffic Log"));
    QCOMPARE(tabs->currentText(), QStringLiteral("UDP"));
}

void TestTrafficLogDock::exportScopes()
{
    // Two connections to the same server, and the server's view of the first.
    for (int i = 0; i < 4; ++i)
        m_model->append(makeEvent(i % 2, QByteArray("row ") + QByteArray::number(i)));
    TrafficEvent serverSide = makeEvent(0, QByteArray("seen by the server"), QStringLiteral("tcp-server"));
    std::swap(serverSide.local, serverSide.peer);
    m_model->append(serverSide);
    QVERIFY(!child<QToolButton>("exportButton")->isEnabled() || m_model->pendingCount() > 0);
    m_model->flush();
    m_dock->updateWidgets();
    QVERIFY(child<QToolButton>("exportButton")->isEnabled());
    QAction *connection = m_dock->findChild<QAction *>(QStringLiteral("actionExportConnection"));
    QVERIFY(!connection->isEnabled()); // nothing selected yet

    QCOMPARE(m_dock->eventsFor(TrafficLogDock::ExportScope::Everything).size(), 5);
    child<QComboBox>("tabFilterCombo")
        ->setCurrentIndex(child<QComboBox>("tabFilterCombo")->findData(QStringLiteral("tcp-server")));
    const QList<TrafficEvent> shown = m_dock->eventsFor(TrafficLogDock::ExportScope::ShownRows);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().payload, QByteArray("seen by the server"));
    child<QComboBox>("tabFilterCombo")->setCurrentIndex(0);

    selectRow(0); // 127.0.0.1:40000 ↔ 127.0.0.1:8888
    QTRY_VERIFY(connection->isEnabled());
    const QList<TrafficEvent> one = m_dock->eventsFor(TrafficLogDock::ExportScope::Connection);
    QCOMPARE(one.size(), 3); // rows 0 and 2, and the server's view
    for (const TrafficEvent &event : one)
        QVERIFY(event.local == QLatin1String("127.0.0.1:40000")
                || event.peer == QLatin1String("127.0.0.1:40000"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(m_dock->exportTo(csv, TrafficLogDock::ExportScope::Everything));
    // (Without the English translation loaded, plurals read "event(s)".)
    QVERIFY2(m_dock->exportStatus().startsWith(QLatin1String("Saved 5 event"))
                 && m_dock->exportStatus().contains(QStringLiteral(" to %1.").arg(csv)),
             qPrintable(m_dock->exportStatus()));
    QVERIFY(child<QLabel>("exportStatusLabel")->isVisible());
    QCOMPARE(child<QLabel>("exportStatusLabel")->textFormat(), Qt::PlainText);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             TrafficExport::toCsv(m_dock->eventsFor(TrafficLogDock::ExportScope::Everything)));
}

void TestTrafficLogDock::exportToAnUnwritablePathLosesNothing()
{
    for (int i = 0; i < 3; ++i)
        m_model->append(makeEvent(i));
    m_model->flush();
    const QString path = QStringLiteral("/nonexistent-netlab-folder/log.pcapng");
    QVERIFY(!m_dock->exportTo(path, TrafficLogDock::ExportScope::Everything));
    const QString status = m_dock->exportStatus();
    QVERIFY2(status.startsWith(QStringLiteral("Could not write %1: ").arg(path)), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("Nothing was removed from the log")));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->evictedCount(), quint64(0));
}

QTEST_MAIN(TestTrafficLogDock)
#include "tst_trafficlogdock.moc"
