#include "timelineview.h"

#include <QEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

constexpr int LaneHeight = 20;
constexpr int LaneGap = 6;
constexpr int Margin = 6;
constexpr int AxisHeight = 22;
constexpr int SwatchSize = 10;
constexpr int MinTickSpacingPx = 70;

QColor stateColor(TraceState state)
{
    switch (state) {
    case TraceState::Running: return QColor(0x43, 0xa0, 0x47);
    case TraceState::Sleeping: return QColor(0x90, 0xa4, 0xae);
    case TraceState::WaitingForLock: return QColor(0xe5, 0x39, 0x35);
    case TraceState::HoldingLock: return QColor(0xfb, 0x8c, 0x00);
    case TraceState::Joining: return QColor(0x64, 0xb5, 0xf6);
    case TraceState::Starting: return QColor(0xbd, 0xbd, 0xbd);
    case TraceState::Finished: return QColor(0x42, 0x42, 0x42);
    case TraceState::Cancelled: return QColor(0x8d, 0x6e, 0x63);
    }
    return Qt::gray;
}

constexpr TraceState LegendStates[]
    = {TraceState::Running,     TraceState::Sleeping, TraceState::WaitingForLock,
       TraceState::HoldingLock, TraceState::Joining,  TraceState::Finished};

// 1, 2 or 5 times a power of ten: tick steps a reader can add up.
double niceStepMs(double minimumMs)
{
    if (minimumMs <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(minimumMs)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= minimumMs)
            return factor * power;
    }
    return 10 * power;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TimelineView::refresh);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

TimelineView::~TimelineView() = default;

void TimelineView::setRecorder(TraceRecorder *recorder)
{
    m_timer->stop();
    m_recorder = recorder;
    resetData(true);
    refresh();
}

void TimelineView::startLive()
{
    resetData(false);
    m_timer->start();
    refresh();
}

void TimelineView::stopLive()
{
    m_timer->stop();
    refresh();
}

bool TimelineView::isLive() const
{
    return m_timer->isActive();
}

void TimelineView::resetData(bool seedFromSnapshot)
{
    m_lanes.clear();
    m_events.clear();
    m_spanCount = 0;
    m_lastEndNs = 0;
    m_liveNowNs = 0;
    // A recorder shown before has its reading position past what it holds:
    // the full snapshot seeds the view once. (An event recorded between the
    // two reads would be missed; recorders are switched while idle.) After a
    // demo's start() the lanes are new and takeNew() reads them from the start.
    if (seedFromSnapshot && m_recorder) {
        const QList<TraceEvent> all = m_recorder->snapshot();
        m_recorder->takeNew(); // move the reading position past them
        for (const TraceEvent &event : all) {
            m_events[event.lane].append(event);
            m_lastEndNs = std::max(m_lastEndNs, event.endNs);
        }
        m_spanCount = all.size();
    }
    updateGeometry();
    update();
}

void TimelineView::refresh()
{
    if (!m_recorder) {
        update();
        return;
    }
    const int oldLanes = int(m_lanes.size());
    m_lanes = m_recorder->lanes();
    const QList<TraceEvent> fresh = m_recorder->takeNew();
    for (const TraceEvent &event : fresh) {
        m_events[event.lane].append(event);
        m_lastEndNs = std::max(m_lastEndNs, event.endNs);
    }
    m_spanCount += fresh.size();
    if (isLive())
        m_liveNowNs = m_recorder->nowNs();
    if (oldLanes != m_lanes.size())
        updateGeometry();
    update();
}

qint64 TimelineView::timelineEndNs() const
{
    qint64 end = std::max<qint64>(m_lastEndNs, 1);
    if (isLive())
        end = std::max(end, m_liveNowNs);
    return end;
}

TimelineView::Layout TimelineView::computeLayout() const
{
    Layout layout;
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = metrics.horizontalAdvance(TraceRecorder::laneLabel(TraceLaneRole::PoolThread, 88));
    for (const TraceRecorder::LaneInfo &lane : m_lanes)
        labelWidth = std::max(labelWidth,
                              metrics.horizontalAdvance(TraceRecorder::laneLabel(lane.role, lane.number)));
    layout.labelWidth = labelWidth + 2 * Margin;
    layout.legendHeight = metrics.height() + 2 * Margin;
    layout.axisTop = layout.legendHeight;
    layout.lanesTop = layout.axisTop + AxisHeight;
    const int lanesHeight = int(m_lanes.size()) * (LaneHeight + LaneGap);
    layout.plot
        = QRect(layout.labelWidth, layout.lanesTop, std::max(10, width() - layout.labelWidth - 2 * Margin),
                std::max(LaneHeight, lanesHeight));
    layout.endNs = timelineEndNs();
    return layout;
}

int TimelineView::laneTop(const Layout &layout, int index) const
{
    return layout.lanesTop + index * (LaneHeight + LaneGap) + LaneGap / 2;
}

QRect TimelineView::laneRect(int index) const
{
    const Layout layout = computeLayout();
    return QRect(layout.plot.left(), laneTop(layout, index), layout.plot.width(), LaneHeight);
}

QSize TimelineView::sizeHint() const
{
    return QSize(600, minimumSizeHint().height());
}

QSize TimelineView::minimumSizeHint() const
{
    const int lanes = std::max<int>(1, int(m_lanes.size()));
    return QSize(200,
                 fontMetrics().height() + 2 * Margin + AxisHeight + lanes * (LaneHeight + LaneGap) + Margin);
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Layout layout = computeLayout();
    paintLegend(painter, layout);
    paintAxis(painter, layout);
    paintLanes(painter, layout);
    paintFlows(painter, layout);
}

void TimelineView::paintLegend(QPainter &painter, const Layout &layout) const
{
    const QFontMetrics metrics = fontMetrics();
    int x = Margin;
    const int y = Margin;
    const int textY = y + metrics.ascent();
    for (const TraceState state : LegendStates) {
        painter.fillRect(QRect(x, y + (metrics.height() - SwatchSize) / 2, SwatchSize, SwatchSize),
                         stateColor(state));
        x += SwatchSize + 4;
        const QString label = TraceRecorder::stateLabel(state);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x, textY, label);
        x += metrics.horizontalAdvance(label) + 14;
    }
    // The arrow's meaning, drawn as it is drawn on the lanes.
    const int arrowY = y + metrics.height() / 2;
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
    painter.drawLine(x, arrowY, x + 18, arrowY);
    painter.drawLine(x + 18, arrowY, x + 13, arrowY - 4);
    painter.drawLine(x + 18, arrowY, x + 13, arrowY + 4);
    x += 22;
    painter.drawText(x, textY,
                     tr("hand-over (unlock → acquire, end → join)", "legend of the timeline's arrows"));
    Q_UNUSED(layout);
}

void TimelineView::paintAxis(QPainter &painter, const Layout &layout) const
{
    const QRect plot = layout.plot;
    // Before anything was recorded the range is empty: show a plain 0–1 s
    // scale instead of ticks at fractions of a nanosecond.
    const qint64 endNs = layout.endNs < 1000 ? qint64(1000000000) : layout.endNs;
    const double msPerPx = double(endNs) / 1e6 / double(plot.width());
    const double stepMs = niceStepMs(msPerPx * MinTickSpacingPx);
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    const int axisY = layout.axisTop + AxisHeight - 4;
    painter.drawLine(plot.left(), axisY, plot.right(), axisY);
    painter.drawText(Margin, layout.axisTop + metrics.ascent(), tr("time (ms)"));
    const double endMs = double(endNs) / 1e6;
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(70);
    for (int i = 0;; ++i) {
        const double ms = i * stepMs;
        if (ms > endMs + 1e-9)
            break;
        const int x = plot.left() + int(std::lround(ms / msPerPx));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawLine(x, axisY - 4, x, axisY);
        const QString label = QLocale().toString(ms, 'g', 6);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(std::min(x - w / 2, width() - w - 1), axisY - 6, label);
        painter.setPen(grid);
        painter.drawLine(x, layout.lanesTop, x, layout.lanesTop + plot.height());
    }
}

void TimelineView::paintLanes(QPainter &painter, const Layout &layout) const
{
    const QRect plot = layout.plot;
    const double pxPerNs = double(plot.width()) / double(layout.endNs);
    auto toX = [&plot, pxPerNs](qint64 ns) {
        return plot.left() + double(ns) * pxPerNs;
    };
    const QFontMetrics metrics = fontMetrics();
    QColor band = palette().color(QPalette::AlternateBase);

    for (int index = 0; index < m_lanes.size(); ++index) {
        const TraceRecorder::LaneInfo &lane = m_lanes.at(index);
        const int top = laneTop(layout, index);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(Margin, top + (LaneHeight + metrics.ascent() - metrics.descent()) / 2,
                         TraceRecorder::laneLabel(lane.role, lane.number));
        painter.fillRect(QRect(plot.left(), top, plot.width(), LaneHeight), band);

        QList<TraceEvent> events = m_events.value(lane.id);
        const bool merge = events.size() > MaxSpansPerLane;
        // Nested spans (waiting for a second lock while holding the first):
        // the longer one first, so the inner one stays visible on top of it.
        if (!merge) {
            std::stable_sort(events.begin(), events.end(), [](const TraceEvent &a, const TraceEvent &b) {
                return a.endNs - a.beginNs > b.endNs - b.beginNs;
            });
        }
        int lastColumn = -1; // merged mode: the pixel column already painted
        for (const TraceEvent &event : events) {
            const double x1 = toX(event.beginNs);
            const double x2 = toX(event.endNs);
            if (event.endNs <= event.beginNs) {
                // An instant (finished, gave up): a thin dark tick.
                painter.fillRect(QRectF(x1 - 1, top, 2, LaneHeight), stateColor(event.state));
                continue;
            }
            if (merge && x2 - x1 < 1.0) {
                const int column = int(x1);
                if (column == lastColumn)
                    continue;
                lastColumn = column;
                painter.fillRect(QRectF(column, top + 2, 1, LaneHeight - 4), stateColor(event.state));
                continue;
            }
            painter.fillRect(QRectF(x1, top + 2, std::max(1.0, x2 - x1), LaneHeight - 4),
                             stateColor(event.state));
            // Back-to-back spans (one map item after another) stay apart.
            if (x2 - x1 > 4)
                painter.fillRect(QRectF(x2 - 1, top + 2, 1, LaneHeight - 4), band);
            if (event.state == TraceState::Joining) {
                // The join mark: where join() returned.
                QPainterPath mark;
                const double mid = top + LaneHeight / 2.0;
                mark.moveTo(x2, mid - 6);
                mark.lineTo(x2 + 5, mid);
                mark.lineTo(x2, mid + 6);
                mark.lineTo(x2 - 5, mid);
                mark.closeSubpath();
                painter.fillPath(mark, palette().color(QPalette::Text));
            }
        }
        // The span still open in a live run.
        if (isLive() && lane.currentState != TraceState::Finished
            && lane.currentState != TraceState::Cancelled && m_liveNowNs > lane.currentSinceNs
            && lane.currentSinceNs > 0) {
            QColor open = stateColor(lane.currentState);
            open.setAlpha(150);
            const double x1 = toX(lane.currentSinceNs);
            painter.fillRect(QRectF(x1, top + 2, std::max(1.0, toX(m_liveNowNs) - x1), LaneHeight - 4), open);
        }
    }
}

void TimelineView::paintFlows(QPainter &painter, const Layout &layout) const
{
    // Arrows only connect spans both of which have been read.
    struct End
    {
        double x = 0;
        double y = 0;
    };
    const QRect plot = layout.plot;
    const double pxPerNs = double(plot.width()) / double(layout.endNs);
    QHash<quint64, End> starts;
    QHash<quint64, End> ends;
    for (int index = 0; index < m_lanes.size(); ++index) {
        const double mid = laneTop(layout, index) + LaneHeight / 2.0;
        for (const TraceEvent &event : m_events.value(m_lanes.at(index).id)) {
            if (event.flowOut != 0)
                starts.insert(event.flowOut, End{plot.left() + double(event.endNs) * pxPerNs, mid});
            if (event.flowIn != 0) {
                // A join is drawn where it returned; other flows end where the span begins.
                const qint64 at = event.state == TraceState::Joining ? event.endNs : event.beginNs;
                ends.insert(event.flowIn, End{plot.left() + double(at) * pxPerNs, mid});
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.2));
    int drawn = 0;
    for (auto it = starts.cbegin(); it != starts.cend() && drawn < MaxSpansPerLane; ++it) {
        const auto end = ends.constFind(it.key());
        if (end == ends.cend())
            continue;
        const QPointF from(it->x, it->y);
        const QPointF to(end->x, end->y);
        painter.drawLine(from, to);
        const QLineF line(to, from);
        if (line.length() > 4) {
            QLineF head = line;
            head.setLength(6);
            head.setAngle(line.angle() + 25);
            painter.drawLine(head);
            head.setAngle(line.angle() - 25);
            painter.drawLine(head);
        }
        ++drawn;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}
