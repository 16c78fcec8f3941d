#pragma once

#include "tracerecorder.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QWidget>

class QTimer;

// A timeline of a TraceRecorder: one lane per recorded thread with its name,
// a time axis in ms from the recorder's origin, spans coloured by TraceState
// (with a legend), a mark at the end of each join, and an arrow for each flow
// (an unlock to the acquire it released, a worker's end to its join).
//
// The view pulls events with TraceRecorder::takeNew() and lanes(), so it must
// be the recorder's only takeNew() reader. While live (startLive) a timer
// refreshes it about 30 times a second; otherwise it is still. The time
// axis always fits the whole run into the width ("zoom to fit").
// Bounded painting: a lane with more than MaxSpansPerLane spans has its spans
// narrower than a pixel merged into the pixel column they share.
//
// GUI thread only. The recorder is not owned and must outlive the view (or be
// replaced by setRecorder(nullptr) first). Texts (lane names, legend) are
// built at paint time, so they follow a language change.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxSpansPerLane = 2000;
    static constexpr int RefreshIntervalMs = 33; // ~30 frames per second

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Shows another recorder (or none): drops what was shown, reads what the
    // new one already holds. Stops a live refresh.
    void setRecorder(TraceRecorder *recorder);
    TraceRecorder *recorder() const { return m_recorder; }

    // Call right after the demo has started (its start() cleared the
    // recorder): drops what was shown and refreshes until stopLive().
    void startLive();
    // One last refresh, then the view stands still.
    void stopLive();
    bool isLive() const;

    // Reads the recorder's new events and lanes now, and repaints.
    void refresh();

    int laneCount() const { return int(m_lanes.size()); }
    qint64 spanCount() const { return m_spanCount; }
    // Where lane `index` (0 = top lane) is painted, in widget coordinates.
    QRect laneRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout
    {
        int labelWidth = 0;
        int legendHeight = 0;
        int axisTop = 0;
        int lanesTop = 0;
        QRect plot; // where time runs, left to right, across all lanes
        qint64 endNs = 1;
    };
    void resetData(bool seedFromSnapshot);
    Layout computeLayout() const;
    int laneTop(const Layout &layout, int index) const;
    qint64 timelineEndNs() const;
    void paintLegend(QPainter &painter, const Layout &layout) const;
    void paintAxis(QPainter &painter, const Layout &layout) const;
    void paintLanes(QPainter &painter, const Layout &layout) const;
    void paintFlows(QPainter &painter, const Layout &layout) const;

    TraceRecorder *m_recorder = nullptr;
    QTimer *m_timer = nullptr; // child of this
    QList<TraceRecorder::LaneInfo> m_lanes; // in the recorder's order
    QHash<int, QList<TraceEvent>> m_events; // by lane id, in recording order
    qint64 m_spanCount = 0;
    qint64 m_lastEndNs = 0; // latest end of any span read
    qint64 m_liveNowNs = 0; // the recorder's clock at the last live refresh
};
