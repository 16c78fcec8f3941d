#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

// For the start-up benchmark (tests/bench/bench_startup): installed as an
// event filter on a top-level window, it prints FIRST-PAINT on standard
// output at the window's first paint and then quits the application. NetLab
// installs it only when NETLAB_BENCH_STARTUP is set; the benchmark's bare
// baseline window always does.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::puts("FIRST-PAINT");
            std::fflush(stdout);
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
