#include "trafficlogdock.h"

#include "bytesformat.h"
#include "textcodecs.h"
#include "trafficexport.h"
#include "trafficlogfiltermodel.h"
#include "trafficlogmodel.h"

#include "ui_trafficlogdock.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <algorithm>
#include <climits>

namespace {

constexpr int kTypingDelayMs = 150;

// The Preview column, in the fixed-width font (data reads better aligned),
// with each text cut to what its cell can show before the style lays it out:
// laying out 200 characters to show 70 was most of the cost of painting the
// log. In a fixed-width font no character is narrower than one advance, so
// the cut never removes a visible character, and the style still elides.
class PreviewDelegate final : public QStyledItemDelegate
{
public:
    explicit PreviewDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
        , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
        , m_advance(std::max(1, QFontMetrics(m_font).horizontalAdvance(u'M')))
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font = m_font;
        option->fontMetrics = QFontMetrics(m_font);
        const int width = option->rect.width();
        if (width > 0) {
            const qsizetype fit = width / m_advance + 2;
            if (option->text.size() > fit)
                option->text.truncate(fit);
        }
    }

private:
    QFont m_font;
    int m_advance;
};

int pluralCount(quint64 n)
{
    return int(std::min<quint64>(n, INT_MAX));
}

} // namespace

TrafficLogDock::TrafficLogDock(TrafficLogModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_ui(std::make_unique<Ui::TrafficLogDock>())
    , m_model(model)
    , m_filter(new TrafficLogFilterModel(this))
{
    Q_ASSERT(model);
    m_ui->setupUi(this);
    m_updateDelay.setSingleShot(true);
    m_updateDelay.setInterval(0);
    connect(&m_updateDelay, &QTimer::timeout, this, &TrafficLogDock::updateWidgets);

    setUpTable();
    // Without a filter the view shows the log model itself and the filter
    // model is detached: a pass-through proxy would still rework its row
    // mapping on every flush (a few milliseconds per 100,000 rows).
    showModel(m_model);

    connect(m_model, &TrafficLogModel::evictedCountChanged, this, &TrafficLogDock::updateEvictedLabel);

    m_ui->copyButton->setDefaultAction(m_ui->actionCopyRows);
    m_ui->clearButton->setDefaultAction(m_ui->actionClear);
    m_ui->exportButton->addActions(
        {m_ui->actionExportEverything, m_ui->actionExportShown, m_ui->actionExportConnection});
    connect(m_ui->actionExportEverything, &QAction::triggered, this,
            [this] { chooseExportFile(ExportScope::Everything); });
    connect(m_ui->actionExportShown, &QAction::triggered, this,
            [this] { chooseExportFile(ExportScope::ShownRows); });
    connect(m_ui->actionExportConnection, &QAction::triggered, this,
            [this] { chooseExportFile(ExportScope::Connection); });
    m_ui->exportStatusLabel->hide();
    m_ui->pauseButton->setDefaultAction(m_ui->actionPauseAutoscroll);
    m_ui->hexButton->setDefaultAction(m_ui->actionHexPreview);
    m_ui->tableView->addActions(
        {m_ui->actionCopyRows, m_ui->actionClear, m_ui->actionPauseAutoscroll, m_ui->actionHexPreview});
    connect(m_ui->actionCopyRows, &QAction::triggered, this, &TrafficLogDock::copySelectedRows);
    connect(m_ui->actionClear, &QAction::triggered, this, [this] {
        m_model->clear();
        clearDetail();
        updateWidgets();
    });
    connect(m_ui->actionPauseAutoscroll, &QAction::toggled, this, [this](bool paused) {
        if (!paused)
            m_ui->tableView->scrollToBottom();
    });
    m_ui->actionHexPreview->setChecked(m_model->previewHex());
    connect(m_ui->actionHexPreview, &QAction::toggled, m_model, &TrafficLogModel::setPreviewHex);

    fillTabCombo();
    fillEncodingCombo();
    connect(m_ui->tabFilterCombo, &QComboBox::currentIndexChanged, this, &TrafficLogDock::applyTabFilter);
    connect(m_ui->protocolFilterCombo, &QComboBox::currentIndexChanged, this,
            &TrafficLogDock::applyProtocolFilter);
    // Re-filtering a hundred thousand rows on every keystroke would make
    // typing stutter; wait until the student pauses (Enter applies at once).
    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(kTypingDelayMs);
    connect(&m_typingDelay, &QTimer::timeout, this, &TrafficLogDock::applyTypedFilters);
    for (QLineEdit *edit : {m_ui->endpointFilterEdit, m_ui->textFilterEdit}) {
        connect(edit, &QLineEdit::textChanged, &m_typingDelay, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &TrafficLogDock::applyTypedFilters);
    }
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &TrafficLogDock::showDecodedText);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->hexDumpEdit->setFont(fixed);
    m_ui->decodedEdit->setFont(fixed);
    // Room for the offset and the sixteen hex bytes of a dump line; the ASCII
    // column may scroll, so the table beside it keeps its columns in view.
    m_ui->hexDumpEdit->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QString(60, u'0'))
                                       + 2 * m_ui->hexDumpEdit->frameWidth()
                                       + m_ui->hexDumpEdit->verticalScrollBar()->sizeHint().width());
    // The detail pane sits right of the table; its views may shrink to a
    // few lines so the dock leaves the tabs most of a small lab screen.
    const int threeLines = QFontMetrics(fixed).lineSpacing() * 3 + 2 * m_ui->hexDumpEdit->frameWidth() + 8;
    m_ui->hexDumpEdit->setMinimumHeight(threeLines);
    m_ui->decodedEdit->setMinimumHeight(threeLines);
    // Wrapped labels would otherwise demand their height at the narrowest
    // width and make the dock taller than a small screen allows.
    m_ui->detailPane->setMinimumHeight(threeLines);
    m_ui->splitter->setMinimumHeight(threeLines);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);

    clearDetail();
    updateEvictedLabel();
    updateWidgets();
}

TrafficLogDock::~TrafficLogDock() = default;

void TrafficLogDock::setTranscriptPath(const QString &path)
{
    m_transcriptPath = path;
    updateEvictedLabel();
    showDecodedText();
}

void TrafficLogDock::setUpTable()
{
    QTableView *view = m_ui->tableView;
    view->setItemDelegateForColumn(TrafficLogModel::Preview, new PreviewDelegate(view));
    // Fixed row heights: the view never measures rows, whatever their
    // number, and scrolling to the end is a multiplication.
    const QFontMetrics metrics(view->font());
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(metrics.height() + 6);

    // Column widths from sample texts, once; never resize-to-contents, which
    // would look at every row.
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 18;
    };
    int tabWidth = 0;
    for (const QString &id : TrafficNames::tabIds())
        tabWidth = std::max(tabWidth, width(TrafficNames::tabLabel(id)));
    m_columnWidths = {width(QStringLiteral("00:00:00.000")),
                      tabWidth,
                      width(QStringLiteral("Dir.")),
                      width(QStringLiteral("connected")),
                      width(QStringLiteral("Protocol")),
                      width(QStringLiteral("255.255.255.255:65535")),
                      width(QStringLiteral("255.255.255.255:65535")),
                      width(QStringLiteral("1,000,000"))};
}

void TrafficLogDock::showModel(QAbstractItemModel *model)
{
    QTableView *view = m_ui->tableView;
    QAbstractItemModel *old = view->model();
    if (old == model)
        return;
    // A new model resets the header: keep the widths the student set.
    if (old) {
        for (int column = 0; column < int(m_columnWidths.size()); ++column)
            m_columnWidths[size_t(column)] = view->horizontalHeader()->sectionSize(column);
    }
    for (const QMetaObject::Connection &connection : m_shownModelConnections)
        disconnect(connection);
    m_shownModelConnections.clear();

    // These must be connected before the view connects: its selection model
    // moves the current index while rows go, and the detail pane has to know
    // that this is not the student picking another row.
    m_shownModelConnections = {
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { rowsAboutToGo(first, last); }),
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this] {
                    m_rowsChanging = false;
                    scheduleUpdate();
                }),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_rowsChanging = true; }),
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] {
                    m_rowsChanging = false;
                    scheduleUpdate();
                }),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_rowsChanging = true; }),
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    m_rowsChanging = false;
                    clearDetail();
                    scheduleUpdate();
                }),
    };

    QItemSelectionModel *oldSelection = view->selectionModel();
    view->setModel(model);
    delete oldSelection; // not deleted by setModel; nothing else shares it
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrafficLogDock::showCurrentRow);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrafficLogDock::scheduleUpdate);
    // Connected after the view, so the view already has the new rows when
    // it scrolls: once per flush.
    m_shownModelConnections.push_back(connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        followNewestRow();
        scheduleUpdate();
    }));

    for (int column = 0; column < int(m_columnWidths.size()); ++column)
        view->horizontalHeader()->resizeSection(column, m_columnWidths[size_t(column)]);
    followNewestRow();
    scheduleUpdate();
}

void TrafficLogDock::filtersChanged()
{
    if (m_filter->isFiltering()) {
        if (!m_filter->sourceModel())
            m_filter->setSourceModel(m_model);
        showModel(m_filter);
    } else {
        showModel(m_model);
        m_filter->setSourceModel(nullptr);
    }
    scheduleUpdate();
}

int TrafficLogDock::logRow(int viewRow) const
{
    return m_ui->tableView->model() == m_filter ? m_filter->sourceRow(viewRow) : viewRow;
}

void TrafficLogDock::fillTabCombo()
{
    QComboBox *combo = m_ui->tabFilterCombo;
    const QString current = combo->currentData().toString();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("All tabs"), QString());
        for (const QString &id : TrafficNames::tabIds())
            combo->addItem(TrafficNames::tabLabel(id), id);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    applyTabFilter();
}

void TrafficLogDock::fillEncodingCombo()
{
    QComboBox *combo = m_ui->encodingCombo;
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        combo->addItem(info.available ? info.displayName : tr("%1 (not available)").arg(info.displayName),
                       info.id);
        if (!info.available && items)
            items->item(combo->count() - 1)->setEnabled(false);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void TrafficLogDock::applyTabFilter()
{
    m_filter->setTabFilter(m_ui->tabFilterCombo->currentData().toString());
    filtersChanged();
}

void TrafficLogDock::applyProtocolFilter()
{
    static constexpr TrafficLogFilterModel::ProtocolFilter kByIndex[]
        = {TrafficLogFilterModel::ProtocolFilter::Any, TrafficLogFilterModel::ProtocolFilter::Tcp,
           TrafficLogFilterModel::ProtocolFilter::Udp};
    const int index = m_ui->protocolFilterCombo->currentIndex();
    m_filter->setProtocolFilter(index >= 0 && index < 3 ? kByIndex[index]
                                                        : TrafficLogFilterModel::ProtocolFilter::Any);
    filtersChanged();
}

void TrafficLogDock::applyTypedFilters()
{
    m_typingDelay.stop();
    m_filter->setEndpointFilter(m_ui->endpointFilterEdit->text());
    m_filter->setTextFilter(m_ui->textFilterEdit->text());
    filtersChanged();
}

void TrafficLogDock::scheduleUpdate()
{
    if (!m_updateDelay.isActive())
        m_updateDelay.start();
}

void TrafficLogDock::followNewestRow()
{
    if (!m_ui->actionPauseAutoscroll->isChecked())
        m_ui->tableView->scrollToBottom();
}

void TrafficLogDock::updateWidgets()
{
    m_updateDelay.stop();
    const int shown = m_ui->tableView->model()->rowCount();
    const int total = m_model->rowCount();
    m_ui->actionCopyRows->setEnabled(m_ui->tableView->selectionModel()->hasSelection());
    m_ui->actionClear->setEnabled(total > 0 || m_model->pendingCount() > 0 || m_model->evictedCount() > 0);
    const bool anyRows = total > 0 || m_model->pendingCount() > 0;
    m_ui->exportButton->setEnabled(anyRows);
    m_ui->actionExportEverything->setEnabled(anyRows);
    m_ui->actionExportShown->setEnabled(shown > 0);
    m_ui->actionExportConnection->setEnabled(m_shown.has_value() && !m_shown->local.isEmpty()
                                             && !m_shown->peer.isEmpty());
    m_ui->encodingCombo->setEnabled(m_shown.has_value() && !m_shown->payload.isEmpty());
    const QLocale locale;
    if (m_filter->isFiltering())
        m_ui->rowCountLabel->setText(
            tr("%1 of %2 rows shown").arg(locale.toString(shown), locale.toString(total)));
    else
        m_ui->rowCountLabel->setText(tr("%Ln row(s)", nullptr, total));
}

void TrafficLogDock::updateEvictedLabel()
{
    const quint64 count = m_model->evictedCount();
    m_ui->evictedLabel->setVisible(count > 0);
    if (count == 0) {
        m_ui->evictedLabel->clear();
        return;
    }
    const QString number = QLocale().toString(count);
    if (m_transcriptPath.isEmpty()) {
        m_ui->evictedLabel->setText(
            tr("%1 older row(s) dropped from view; start NetLab with --transcript FILE to keep every event",
               nullptr, pluralCount(count))
                .arg(number));
    } else {
        m_ui->evictedLabel->setText(
            tr("%1 older row(s) dropped from view; the transcript has them all", nullptr, pluralCount(count))
                .arg(number));
    }
    scheduleUpdate();
}

void TrafficLogDock::rowsAboutToGo(int first, int last)
{
    m_rowsChanging = true;
    // The current row is leaving the table (evicted, or hidden by a filter):
    // keep showing its copy, and let no other row become current by itself.
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid() && current.row() >= first && current.row() <= last) {
        m_ui->tableView->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        if (m_shown) {
            m_shownRowGone = true;
            updateSummary();
        }
    }
}

void TrafficLogDock::showCurrentRow(const QModelIndex &current)
{
    if (m_rowsChanging || !current.isValid())
        return;
    const int row = logRow(current.row());
    m_shown = m_model->eventAt(row);
    m_shownOriginalSize = m_model->originalPayloadSize(row);
    m_shownRowGone = false;
    showDetail();
}

void TrafficLogDock::showDetail()
{
    if (!m_shown) {
        clearDetail();
        return;
    }
    const TrafficEvent &event = *m_shown;
    updateSummary();
    m_ui->hexDumpEdit->setPlainText(BytesFormat::hexDump(event.payload));
    if (event.payload.isEmpty())
        m_ui->hexDumpEdit->setPlaceholderText(tr("This event carries no data."));
    {
        const QSignalBlocker blocker(m_ui->encodingCombo);
        const int index = m_ui->encodingCombo->findData(event.encoding);
        if (index >= 0)
            m_ui->encodingCombo->setCurrentIndex(index);
    }
    showDecodedText();
    m_ui->eventNoteLabel->setVisible(!event.note.isEmpty());
    m_ui->eventNoteLabel->setText(event.note.isEmpty() ? QString() : tr("Note: %1").arg(event.note));
    updateWidgets();
}

void TrafficLogDock::updateSummary()
{
    if (!m_shown) {
        m_ui->summaryLabel->clear();
        return;
    }
    const TrafficEvent &event = *m_shown;
    const QString when = event.time.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
    const QString protocol = TrafficNames::protocolId(event.protocol).toUpper();
    const int bytes = pluralCount(quint64(std::max<qint64>(0, m_shownOriginalSize)));
    QString summary;
    if (event.peer.isEmpty()) {
        summary = tr("%1 · %2 · %3 %4 · local %5 · %Ln byte(s)", nullptr, bytes)
                      .arg(when, TrafficNames::tabLabel(event.tab), protocol,
                           TrafficNames::kindLabel(event.kind), event.local);
    } else {
        summary
            = tr("%1 · %2 · %3 %4 · local %5 %6 peer %7 · %Ln byte(s)", nullptr, bytes)
                  .arg(when, TrafficNames::tabLabel(event.tab), protocol, TrafficNames::kindLabel(event.kind),
                       event.local, TrafficNames::directionArrow(event.direction()), event.peer);
    }
    if (m_shownRowGone)
        summary = tr("%1 (no longer in the table)").arg(summary);
    m_ui->summaryLabel->setText(summary);
}

void TrafficLogDock::showDecodedText()
{
    if (!m_shown) {
        m_ui->decodedEdit->clear();
        m_ui->decodeInfoLabel->clear();
        return;
    }
    const TrafficEvent &event = *m_shown;
    const QString encoding = m_ui->encodingCombo->currentData().toString();
    QStringList info;
    if (m_shownOriginalSize > event.payload.size()) {
        const QLocale locale;
        const QString kept = locale.toString(qlonglong(event.payload.size()));
        const QString all = locale.toString(qlonglong(m_shownOriginalSize));
        info += m_transcriptPath.isEmpty()
            ? tr("First %1 of %2 bytes kept here; start NetLab with --transcript FILE to keep them all.")
                  .arg(kept, all)
            : tr("First %1 of %2 bytes kept here; the transcript has them all.").arg(kept, all);
    }
    if (event.payload.isEmpty()) {
        m_ui->decodedEdit->clear();
        info += tr("This event carries no data.");
    } else {
        const TextCodecs::DecodeResult decoded = TextCodecs::decode(event.payload, encoding);
        m_ui->decodedEdit->setPlainText(decoded.text);
        if (!decoded.valid) {
            info += tr("%1 cannot be decoded by this version of Qt.").arg(encoding);
        } else {
            if (!decoded.bom.isEmpty()) {
                info
                    += tr("The data starts with a %1 byte-order mark (%Ln byte(s)); it is not shown as text.",
                          nullptr, int(decoded.bomLength))
                           .arg(decoded.bom);
            }
            if (!decoded.invalid.isEmpty()) {
                info
                    += tr("%Ln byte sequence(s) are not valid %1 and are shown as �, the first at byte "
                          "offset %2. "
                          "The hex dump shows the exact bytes.",
                          nullptr, int(decoded.invalid.size()))
                           .arg(encoding, QLocale().toString(qlonglong(decoded.invalid.constFirst().offset)));
            }
        }
    }
    m_ui->decodeInfoLabel->setText(info.join(u'\n'));
    m_ui->decodeInfoLabel->setVisible(!info.isEmpty());
}

void TrafficLogDock::clearDetail()
{
    m_shown.reset();
    m_shownOriginalSize = 0;
    m_shownRowGone = false;
    m_ui->summaryLabel->clear();
    m_ui->hexDumpEdit->clear();
    m_ui->hexDumpEdit->setPlaceholderText(tr("Select a row to see its bytes."));
    m_ui->decodedEdit->clear();
    m_ui->decodeInfoLabel->clear();
    m_ui->decodeInfoLabel->hide();
    m_ui->eventNoteLabel->clear();
    m_ui->eventNoteLabel->hide();
    scheduleUpdate();
}

QString TrafficLogDock::selectedRowsText() const
{
    QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });

    QStringList header;
    for (int column = 0; column < TrafficLogModel::Preview; ++column)
        header += m_model->headerData(column, Qt::Horizontal).toString();
    header += tr("Hex");
    header += tr("Text");
    header += tr("Note");
    QString text = header.join(u'\t') + u'\n';

    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = logRow(index.row());
        const TrafficEvent &event = m_model->eventAt(row);
        QStringList fields;
        for (int column = 0; column < TrafficLogModel::Preview; ++column)
            fields += m_model->index(row, column).data().toString();
        fields += BytesFormat::hex(event.payload);
        // One line per row: tabs and line breaks in the data become escapes.
        fields += BytesFormat::oneLine(TextCodecs::decode(event.payload, event.encoding).text);
        fields += BytesFormat::oneLine(event.note);
        text += fields.join(u'\t') + u'\n';
    }
    return text;
}

void TrafficLogDock::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TrafficLogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTabCombo();
        fillEncodingCombo();
        m_model->retranslate();
        updateEvictedLabel();
        showExportStatus();
        if (m_shown)
            showDetail();
        else
            clearDetail();
        updateWidgets();
    }
    QDockWidget::changeEvent(event);
}

QList<TrafficEvent> TrafficLogDock::eventsFor(ExportScope scope)
{
    m_model->flush();
    QList<TrafficEvent> events;
    switch (scope) {
    case ExportScope::Everything:
    case ExportScope::Connection: {
        const int rows = m_model->rowCount();
        events.reserve(rows);
        for (int row = 0; row < rows; ++row)
            events.append(m_model->eventAt(row));
        if (scope == ExportScope::Connection)
            events = m_shown ? TrafficExport::ofConnection(events, *m_shown) : QList<TrafficEvent>();
        break;
    }
    case ExportScope::ShownRows: {
        const int rows = m_ui->tableView->model()->rowCount();
        events.reserve(rows);
        for (int viewRow = 0; viewRow < rows; ++viewRow)
            events.append(m_model->eventAt(logRow(viewRow)));
        break;
    }
    }
    return events;
}

bool TrafficLogDock::exportTo(const QString &path, ExportScope scope)
{
    const QList<TrafficEvent> events = eventsFor(scope);
    ExportResult result;
    result.done = true;
    result.path = path;
    result.events = events.size();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->originalPayloadSize(row) > m_model->rowView(row).payload.size())
            ++result.trimmed;
    }
    result.evicted = m_model->evictedCount();
    QString error;
    result.ok = TrafficExport::writeFile(path, TrafficExport::formatForFileName(path), events, &error);
    result.error = error;
    m_export = result;
    showExportStatus();
    return result.ok;
}

QString TrafficLogDock::exportStatus() const
{
    return m_ui->exportStatusLabel->text();
}

void TrafficLogDock::chooseExportFile(ExportScope scope)
{
    if (m_exportDir.isEmpty())
        m_exportDir = QDir::homePath();
    const QString suggested
        = QDir(m_exportDir)
              .filePath(QStringLiteral("netlab-%1.pcapng")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString pcapng = tr("Wireshark capture (*.pcapng)");
    const QString csv = tr("CSV for a spreadsheet (*.csv)");
    const QString jsonl = tr("JSON Lines, the transcript's format (*.jsonl)");
    QString filter = pcapng;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the Traffic Log"), suggested,
                                       QStringList{pcapng, csv, jsonl}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // A name without an extension gets the one of the chosen file type.
    bool known = false;
    TrafficExport::formatForFileName(path, &known);
    if (!known) {
        const TrafficExport::Format chosen = filter == csv ? TrafficExport::Format::Csv
            : filter == jsonl                              ? TrafficExport::Format::JsonLines
                                                           : TrafficExport::Format::Pcapng;
        path += u'.' + TrafficExport::extension(chosen);
    }
    m_exportDir = QFileInfo(path).absolutePath();
    exportTo(path, scope);
}

void TrafficLogDock::showExportStatus()
{
    QLabel *label = m_ui->exportStatusLabel;
    if (!m_export.done) {
        label->hide();
        return;
    }
    QStringList lines;
    if (!m_export.ok) {
        lines << m_export.error;
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        label->setStyleSheet(QString());
        lines << tr("Saved %Ln event(s) to %1.", nullptr, pluralCount(quint64(m_export.events)))
                     .arg(QDir::toNativeSeparators(m_export.path));
        if (m_export.trimmed > 0) {
            lines << tr("%Ln row(s) had more bytes than the log keeps (64 KiB a row); the file has the "
                        "kept part. A transcript (--transcript) or a live capture (--pcapng) keeps "
                        "every byte.",
                        nullptr, pluralCount(quint64(m_export.trimmed)));
        }
        if (m_export.evicted > 0) {
            lines << tr("The log had already dropped %Ln older event(s) to stay within its limits; they "
                        "are not in the file.",
                        nullptr, pluralCount(m_export.evicted));
        }
    }
    label->setText(lines.join(u'\n'));
    label->show();
}
