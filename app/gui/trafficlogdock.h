#pragma once

#include "trafficevent.h"

#include <QDockWidget>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QModelIndex;
class TrafficLogFilterModel;
class TrafficLogModel;

namespace Ui {
class TrafficLogDock;
}

// The traffic log window: every network event of every tab in a table, with
// filters (tab, protocol, endpoint, text or hex), and below it the selected
// event in detail: a hex dump and the bytes decoded in any encoding NetLab
// offers. All received and typed data is shown as plain text.
//
// Buttons: Copy Rows (tab-separated, a header line, full hex; also Ctrl+C and
// the table's context menu), Export (everything, the shown rows or the
// selected row's connection, as pcapng, CSV or JSON Lines), Clear, Pause
// Autoscroll (otherwise the view follows the newest row once per model
// flush) and Hex Preview.
//
// The model is owned by the caller and must outlive the dock. The dock calls
// model->retranslate() on a language change itself. GUI thread only.
class TrafficLogDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit TrafficLogDock(TrafficLogModel *model, QWidget *parent = nullptr);
    ~TrafficLogDock() override;

    // The filters the dock applies. The table shows this model only while a
    // filter is set; otherwise it shows the log model directly, and this one
    // has no source (a pass-through proxy would cost time on every flush).
    TrafficLogFilterModel *filterModel() const { return m_filter; }

    // Where the transcript goes, or empty when there is none. The notes about
    // dropped rows and cut payloads point to the transcript only when it
    // exists.
    void setTranscriptPath(const QString &path);

    // The selected rows as the clipboard gets them: a header line, then one
    // line per row, fields separated by tabs.
    QString selectedRowsText() const;
    void copySelectedRows();

    enum class ExportScope : quint8 {
        Everything, // every row of the log
        ShownRows, // the rows the filters let through, in view order
        Connection, // the selected row's connection (same endpoints, either end)
    };
    // The events an export of scope would write: copies, oldest first (queued
    // events are flushed into the log first). Connection without a selected
    // row that has both endpoints: empty.
    QList<TrafficEvent> eventsFor(ExportScope scope);
    // Writes the events of scope to path; the format follows the extension
    // (.pcapng, .csv, .jsonl; anything else is pcapng). The result, success
    // or a failure in plain words, is shown under the filters and returned.
    // Never changes the log.
    bool exportTo(const QString &path, ExportScope scope);
    QString exportStatus() const;

    // Enables and labels the buttons and labels from the model's state.
    void updateWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void showModel(QAbstractItemModel *model);
    void filtersChanged();
    int logRow(int viewRow) const;
    void fillTabCombo();
    void fillEncodingCombo();
    void applyTabFilter();
    void applyProtocolFilter();
    void applyTypedFilters();
    void scheduleUpdate();
    void updateSummary();
    void followNewestRow();
    void updateEvictedLabel();
    void rowsAboutToGo(int first, int last);
    void showCurrentRow(const QModelIndex &current);
    void showDetail();
    void showDecodedText();
    void clearDetail();
    void chooseExportFile(ExportScope scope);
    void showExportStatus();

    std::unique_ptr<Ui::TrafficLogDock> m_ui;
    TrafficLogModel *m_model = nullptr;
    TrafficLogFilterModel *m_filter = nullptr;
    QTimer m_typingDelay; // applies the endpoint and text filters after typing stops
    QTimer m_updateDelay; // coalesces updateWidgets() to once per event-loop turn
    // The event in the detail pane: a copy, so it stays readable after its
    // row was evicted or filtered out.
    std::optional<TrafficEvent> m_shown;
    qint64 m_shownOriginalSize = 0;
    bool m_shownRowGone = false;
    QString m_transcriptPath;
    std::vector<int> m_columnWidths; // all but the last (stretched) column
    std::vector<QMetaObject::Connection> m_shownModelConnections;
    // True while the shown model removes or rearranges rows: the view moves the
    // current index then, which is not the user choosing another row.
    bool m_rowsChanging = false;
    // The last export, kept as facts so its sentence follows the language.
    struct ExportResult
    {
        bool done = false;
        bool ok = false;
        QString path;
        QString error; // translated when it was made: it names the system's reason
        qsizetype events = 0;
        qsizetype trimmed = 0; // rows whose payload the log had cut
        quint64 evicted = 0; // events the log had dropped before the export
    };
    ExportResult m_export;
    QString m_exportDir; // where the last export went; the next dialog starts there
};
