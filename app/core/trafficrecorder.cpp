#include "trafficrecorder.h"

#include "eventclock.h"

TrafficRecorder::TrafficRecorder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrafficEvent>();
}

void TrafficRecorder::record(TrafficEvent event)
{
    // No time-zone file read per event (see EventClock).
    if (event.timeNs == 0 && event.time.isNull())
        event.timeNs = EventClock::nowNSecsSinceEpoch();
    else if (event.timeNs == 0)
        event.timeNs = event.time.toMSecsSinceEpoch() * 1000000;
    if (event.time.isNull())
        event.time = EventClock::fromNSecsSinceEpoch(event.timeNs);
    m_count.fetch_add(1, std::memory_order_relaxed);
    emit eventRecorded(event);
}

quint64 TrafficRecorder::recordedCount() const
{
    return m_count.load(std::memory_order_relaxed);
}
