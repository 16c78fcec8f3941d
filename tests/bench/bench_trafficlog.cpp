// bench_trafficlog: the traffic log under a flood.
//
// A real, visible main window with the traffic log dock takes 1,000,000
// events (alternating sent/received, 16-200 byte payloads, several
// connections on several tabs), fed in bursts of 10,000 from a 1 ms timer
// while the view follows the newest row. The model keeps its default
// capacity of 100,000 rows, so 900,000 rows are evicted on the way.
//
// Measured:
//  - total time from the first event to the moment the last row was painted;
//  - worst frame: the longest gap between two turns of the event loop, seen
//    by a 0 ms probe timer (a turn includes the producer's burst, the model's
//    flush, the view's relayout and painting);
//  - longest flush: from the model's first row signal to the end of the
//    last slot connected to it (filter proxy, view, dock);
//  - peak memory growth: VmHWM at the end minus VmRSS before the run;
//  - baseline: the same events appended to a plain std::vector<TrafficEvent>,
//    no model, no view, in the same process (after the measured run), and the
//    ratio of the two times.
//
// Works with any Qt platform: offscreen (no display needed) or xcb (Xvfb).
// For profiling: NETLAB_BENCH_VERBOSE=1 prints every flush, every frame over
// 8 ms and every event over 1 ms; NETLAB_BENCH_BURST=n feeds n events a turn
// (with fewer than about 2,000, flushes keep part of the shown rows instead
// of replacing all of them).
// Exit code 0 when the run completed and the log ended up consistent, 1
// otherwise; goals missed are reported, not failed.
#include "trafficevent.h"
#include "trafficlogdock.h"
#include "trafficlogmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMetaEnum>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 kTotalEvents = 1000000;
constexpr int kDefaultBurst = 10000;
constexpr int kFeedIntervalMs = 1;

// Goals (from the task): beside each figure.
constexpr double kGoalTotalMs = 3000;
constexpr double kGoalFrameMs = 16;
constexpr double kGoalMemoryMiB = 40;

// kB from /proc/self/status ("VmRSS:", "VmHWM:"), or -1.
qint64 procStatusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted(key);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Events as the engines would record them: a few connections on a few tabs,
// endpoint strings made once per connection, a fresh payload per event.
class EventSource
{
public:
    EventSource()
    {
        const QByteArray line("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:8888\r\nUser-Agent: NetLab\r\n"
                              "Accept: */*\r\n\r\nHello from the client 你好 0123456789 ");
        while (m_text.size() < 1024)
            m_text += line;
        struct Connection
        {
            const char *tab;
            TrafficProtocol protocol;
            const char *local;
            const char *peer;
        };
        const Connection connections[] = {
            {"tcp-server", TrafficProtocol::Tcp, "127.0.0.1:8888", "127.0.0.1:51234"},
            {"tcp-server", TrafficProtocol::Tcp, "127.0.0.1:8888", "127.0.0.1:51236"},
            {"tcp-server", TrafficProtocol::Tcp, "127.0.0.1:8888", "192.168.1.20:40112"},
            {"tcp-client", TrafficProtocol::Tcp, "127.0.0.1:51234", "127.0.0.1:8888"},
            {"udp", TrafficProtocol::Udp, "0.0.0.0:9999", "10.0.0.7:5353"},
            {"udp", TrafficProtocol::Udp, "[::1]:7000", "[::1]:7001"},
            {"broadcast", TrafficProtocol::Udp, "192.168.1.5:6000", "255.255.255.255:6000"},
        };
        for (const Connection &c : connections) {
            TrafficEvent event;
            event.tab = QString::fromLatin1(c.tab);
            event.protocol = c.protocol;
            event.local = QString::fromLatin1(c.local);
            event.peer = QString::fromLatin1(c.peer);
            m_templates.push_back(event);
        }
    }

    // Event number i (0-based); time is the burst's time stamp, stamped in
    // both forms as TrafficRecorder stamps every event of the application.
    TrafficEvent make(qint64 i, const QDateTime &time, qint64 timeNs) const
    {
        TrafficEvent event = m_templates[size_t((i / 5) % qint64(m_templates.size()))];
        event.time = time;
        event.timeNs = timeNs;
        event.kind = (i % 2) ? TrafficKind::Received : TrafficKind::Sent;
        const auto mix = quint32(i) * 2654435761u;
        const qsizetype size = 16 + qsizetype((mix >> 8) % 185); // 16..200 bytes
        event.payload = QByteArray(m_text.constData() + (i % 512), size);
        return event;
    }

private:
    QByteArray m_text;
    std::vector<TrafficEvent> m_templates;
};

class Bench final : public QObject
{
    Q_OBJECT
public:
    Bench()
    {
        m_window.setWindowTitle(QStringLiteral("bench_trafficlog"));
        auto *central = new QLabel(QStringLiteral("NetLab traffic log benchmark"), &m_window);
        central->setMaximumHeight(30);
        m_window.setCentralWidget(central);
        // Connected before the dock exists: these run first among the model's
        // receivers, so a flush is timed from its first signal.
        connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &Bench::flushStarts);
        connect(&m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    flushStarts();
                    m_aboutToInsertNs = m_clock.nsecsElapsed();
                    m_insertedRows = last - first + 1;
                });

        m_dock = new TrafficLogDock(&m_model, &m_window);
        m_window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        m_window.resize(1280, 900);
        m_view = m_dock->findChild<QTableView *>(QStringLiteral("tableView"));
        Q_ASSERT(m_view);
        m_view->viewport()->installEventFilter(this);
        if (m_verbose)
            qApp->installEventFilter(this);

        // Connected after the dock: these run last among the model's receivers.
        connect(&m_model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    m_removedNs = m_clock.nsecsElapsed();
                    m_removedRows = last - first + 1;
                });
        connect(&m_model, &QAbstractItemModel::rowsInserted, this, &Bench::flushSignalDone);
        connect(&m_model, &TrafficLogModel::evictedCountChanged, this, &Bench::flushSignalDone);

        m_feeder.setTimerType(Qt::PreciseTimer);
        m_feeder.setInterval(kFeedIntervalMs);
        connect(&m_feeder, &QTimer::timeout, this, &Bench::feedBurst);
        m_probe.setInterval(0);
        connect(&m_probe, &QTimer::timeout, this, &Bench::probe);
    }

    void start()
    {
        m_window.show();
        // Let the window appear and settle before measuring.
        QTimer::singleShot(500, this, [this] {
            m_rssBeforeKb = procStatusKb("VmRSS:");
            m_clock.start();
            m_lastTurnNs = 0;
            m_feeder.start();
            m_probe.start();
        });
    }

    int exitCode() const { return m_exitCode; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_verbose && m_clock.isValid()) {
            // Which event took long: each event ends at the latest when the
            // next one starts (nested events are included in the outer one).
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_lastEventNs > 1000000 && m_lastEventName) {
                std::printf("  slow event: %.1f ms %s to %s\n", double(now - m_lastEventNs) / 1e6,
                            m_lastEventName, m_lastEventTarget.constData());
            }
            m_lastEventNs = now;
            m_lastEventName
                = QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                      .valueToKey(event->type());
            m_lastEventTarget = watched->metaObject()->className();
        }
        if (event->type() == QEvent::Paint && watched == m_view->viewport() && lastRowReady())
            m_lastRowPainted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    void feedBurst()
    {
        const qint64 start = m_clock.nsecsElapsed();
        const QDateTime now = QDateTime::currentDateTime();
        const qint64 nowNs = now.toMSecsSinceEpoch() * 1000000;
        const qint64 end = std::min(m_fed + m_burst, kTotalEvents);
        for (; m_fed < end; ++m_fed)
            m_model.append(m_source.make(m_fed, now, nowNs));
        m_worstBurstNs = std::max(m_worstBurstNs, m_clock.nsecsElapsed() - start);
        m_turnBurstNs += m_clock.nsecsElapsed() - start;
        ++m_bursts;
        if (m_fed == kTotalEvents) {
            m_feeder.stop();
            m_feedDoneNs = m_clock.nsecsElapsed();
        }
    }

    void flushStarts()
    {
        if (!m_inFlush) {
            m_inFlush = true;
            m_flushStartNs = m_clock.nsecsElapsed();
        }
    }

    void flushSignalDone()
    {
        if (m_inFlush)
            m_flushEndNs = m_clock.nsecsElapsed();
    }

    bool lastRowReady() const
    {
        if (m_fed < kTotalEvents || m_model.pendingCount() > 0 || m_model.rowCount() == 0)
            return false;
        const QAbstractItemModel *shown = m_view->model();
        const QModelIndex last = shown->index(shown->rowCount() - 1, 0);
        return last.isValid() && m_view->viewport()->rect().intersects(m_view->visualRect(last));
    }

    void probe()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_verbose && now - m_lastTurnNs > 8000000) {
            std::printf("long frame: %.1f ms ending at %.1f ms (%lld events fed, %lld flushes): "
                        "producer %.1f ms, flush %.1f ms\n",
                        double(now - m_lastTurnNs) / 1e6, double(now) / 1e6, m_fed, m_flushes,
                        double(m_turnBurstNs) / 1e6,
                        m_inFlush ? double(m_flushEndNs - m_flushStartNs) / 1e6 : 0.0);
        }
        m_worstFrameNs = std::max(m_worstFrameNs, now - m_lastTurnNs);
        m_lastTurnNs = now;
        m_turnBurstNs = 0;
        if (m_inFlush) {
            // A flush is over when the event loop turns again.
            m_longestFlushNs = std::max(m_longestFlushNs, m_flushEndNs - m_flushStartNs);
            if (m_verbose) {
                // Phases: removal (model eviction + receivers), gap, insertion
                // (model move + receivers, incl. the dock's autoscroll).
                std::printf("flush %lld (-%d +%d rows): %.1f ms = remove %.1f + between %.1f + insert %.1f; "
                            "worst frame so far %.1f\n",
                            m_flushes, m_removedRows, m_insertedRows,
                            double(m_flushEndNs - m_flushStartNs) / 1e6,
                            double(m_removedNs > m_flushStartNs ? m_removedNs - m_flushStartNs : 0) / 1e6,
                            double(m_removedNs > m_flushStartNs ? m_aboutToInsertNs - m_removedNs : 0) / 1e6,
                            double(m_flushEndNs - m_aboutToInsertNs) / 1e6, double(m_worstFrameNs) / 1e6);
            }
            m_inFlush = false;
            m_removedRows = 0;
            ++m_flushes;
        }
        // Painted in an earlier turn, so the paint itself is included.
        if (m_lastRowPainted) {
            m_probe.stop();
            m_totalNs = now;
            finish();
        } else if (m_fed == kTotalEvents && m_model.pendingCount() == 0 && !m_repaintAsked) {
            // The last flush is in; make sure a paint follows even if the
            // view thinks nothing changed on screen.
            m_repaintAsked = true;
            m_view->viewport()->update();
        }
    }

    void finish()
    {
        const qint64 hwmKb = procStatusKb("VmHWM:");
        const qint64 rssAfterKb = procStatusKb("VmRSS:");
        const double growthMiB = double(hwmKb - m_rssBeforeKb) / 1024.0;

        // Consistency: the newest capacity() events are the rows, in order.
        const qint64 rows = m_model.rowCount();
        const bool consistent = rows == TrafficLogModel::DefaultCapacity
            && m_model.evictedCount() == quint64(kTotalEvents - rows)
            && m_model.eventAt(int(rows - 1)).payload
                == m_source.make(kTotalEvents - 1, QDateTime(), 0).payload
            && m_model.eventAt(0).payload == m_source.make(kTotalEvents - rows, QDateTime(), 0).payload;

        // What one repaint of the table costs, with the log full.
        QElapsedTimer paintClock;
        paintClock.start();
        constexpr int kPaints = 20;
        for (int i = 0; i < kPaints; ++i)
            m_view->viewport()->repaint();
        const double paintMs = double(paintClock.nsecsElapsed()) / 1e6 / kPaints;

        // Baseline: the same events into a plain vector, no model, no view.
        QElapsedTimer baselineClock;
        baselineClock.start();
        qint64 baselineNs = 0;
        {
            std::vector<TrafficEvent> plain;
            for (qint64 i = 0; i < kTotalEvents; i += m_burst) {
                const QDateTime now = QDateTime::currentDateTime();
                const qint64 nowNs = now.toMSecsSinceEpoch() * 1000000;
                const qint64 end = std::min(i + m_burst, kTotalEvents);
                for (qint64 j = i; j < end; ++j)
                    plain.push_back(m_source.make(j, now, nowNs));
            }
            baselineNs = baselineClock.nsecsElapsed();
        }
        const double baselineHwmMiB = double(procStatusKb("VmHWM:") - hwmKb) / 1024.0;

        const double totalMs = double(m_totalNs) / 1e6;
        const double frameMs = double(m_worstFrameNs) / 1e6;
        const double flushMs = double(m_longestFlushNs) / 1e6;
        const double baselineMs = double(baselineNs) / 1e6;
        const double ratio = baselineMs > 0 ? totalMs / baselineMs : 0;
        auto verdict = [](double value, double goal) {
            return value <= goal ? "met" : "MISSED";
        };

        std::printf("\nbench_trafficlog on Qt %s, platform %s: %lld events in bursts of %d every %d ms, "
                    "capacity %lld rows\n\n",
                    qVersion(), qPrintable(QGuiApplication::platformName()), kTotalEvents, m_burst,
                    kFeedIntervalMs, qint64(TrafficLogModel::DefaultCapacity));
        std::printf("  %-36s %12s   %-12s %s\n", "metric", "value", "goal", "");
        std::printf("  %-36s %9.0f ms   %-12s %s\n", "total time to the last row shown", totalMs,
                    "<= 3000 ms", verdict(totalMs, kGoalTotalMs));
        std::printf("  %-36s %9.1f ms   %-12s %s\n", "worst frame (event-loop gap)", frameMs, "<= 16 ms",
                    verdict(frameMs, kGoalFrameMs));
        std::printf("  %-36s %9.1f ms   %-12s %s\n", "longest single flush", flushMs, "<= 16 ms",
                    verdict(flushMs, kGoalFrameMs));
        std::printf("  %-36s %9.1f MiB  %-12s %s\n", "peak memory growth (VmHWM - VmRSS)", growthMiB,
                    "<= 40 MiB", verdict(growthMiB, kGoalMemoryMiB));
        std::printf("  %-36s %9.0f ms\n", "baseline: std::vector<TrafficEvent>", baselineMs);
        std::printf("  %-36s %9.2f x\n", "ratio model+view / baseline", ratio);
        std::printf("  %-36s %9.0f ms\n", "feeding done after", double(m_feedDoneNs) / 1e6);
        std::printf("  %-36s %9.1f ms\n",
                    qPrintable(QStringLiteral("worst producer burst (%1 events)").arg(m_burst)),
                    double(m_worstBurstNs) / 1e6);
        std::printf("  %-36s %9.1f ms\n", "one repaint of the table", paintMs);
        std::printf("  %-36s %9lld\n", "bursts", m_bursts);
        std::printf("  %-36s %9lld\n", "flushes", m_flushes);
        std::printf("  %-36s %9lld\n", "rows at the end", rows);
        std::printf("  %-36s %9llu\n", "rows evicted",
                    static_cast<unsigned long long>(m_model.evictedCount()));
        std::printf("  %-36s %9.1f MiB\n", "VmRSS after the run - before",
                    double(rssAfterKb - m_rssBeforeKb) / 1024.0);
        std::printf("  %-36s %9.1f MiB\n", "baseline peak growth beyond that", baselineHwmMiB);
        std::printf("  %-36s %9s\n\n", "log consistent", consistent ? "yes" : "NO");

        std::printf("BENCH trafficlog.total_ms %.0f ms goal<=%.0f\n", totalMs, kGoalTotalMs);
        std::printf("BENCH trafficlog.worst_frame_ms %.1f ms goal<=%.0f\n", frameMs, kGoalFrameMs);
        std::printf("BENCH trafficlog.longest_flush_ms %.1f ms goal<=%.0f\n", flushMs, kGoalFrameMs);
        std::printf("BENCH trafficlog.peak_memory_growth_mib %.1f MiB goal<=%.0f\n", growthMiB,
                    kGoalMemoryMiB);
        std::printf("BENCH trafficlog.baseline_ms %.0f ms\n", baselineMs);
        std::printf("BENCH trafficlog.ratio %.2f x\n", ratio);
        std::printf("BENCH trafficlog.evicted %llu rows\n",
                    static_cast<unsigned long long>(m_model.evictedCount()));
        std::fflush(stdout);

        m_exitCode = consistent ? 0 : 1;
        QCoreApplication::exit(m_exitCode);
    }

    EventSource m_source;
    TrafficLogModel m_model;
    QMainWindow m_window;
    TrafficLogDock *m_dock = nullptr; // owned by m_window
    QTableView *m_view = nullptr;
    QTimer m_feeder;
    QTimer m_probe;
    QElapsedTimer m_clock;

    qint64 m_fed = 0;
    qint64 m_bursts = 0;
    qint64 m_flushes = 0;
    qint64 m_rssBeforeKb = 0;
    qint64 m_lastTurnNs = 0;
    qint64 m_worstFrameNs = 0;
    qint64 m_worstBurstNs = 0;
    qint64 m_turnBurstNs = 0;
    qint64 m_feedDoneNs = 0;
    qint64 m_totalNs = 0;
    bool m_inFlush = false;
    qint64 m_flushStartNs = 0;
    qint64 m_flushEndNs = 0;
    qint64 m_longestFlushNs = 0;
    qint64 m_removedNs = 0;
    qint64 m_lastEventNs = 0;
    const char *m_lastEventName = nullptr;
    QByteArray m_lastEventTarget;
    qint64 m_aboutToInsertNs = 0;
    int m_removedRows = 0;
    int m_insertedRows = 0;
    // For profiling: NETLAB_BENCH_VERBOSE=1 prints every flush and every long
    // frame; NETLAB_BENCH_BURST=n feeds n events a turn instead of 10,000
    // (fewer make flushes that keep some of the shown rows).
    const bool m_verbose = qEnvironmentVariableIntValue("NETLAB_BENCH_VERBOSE") != 0;
    const int m_burst = qEnvironmentVariableIntValue("NETLAB_BENCH_BURST") > 0
        ? qEnvironmentVariableIntValue("NETLAB_BENCH_BURST")
        : kDefaultBurst;
    bool m_lastRowPainted = false;
    bool m_repaintAsked = false;
    int m_exitCode = 1;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bench bench;
    bench.start();
    const int code = app.exec();
    return code == 0 ? bench.exitCode() : code;
}

#include "bench_trafficlog.moc"
