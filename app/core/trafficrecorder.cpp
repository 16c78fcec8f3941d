#include "trafficrecorder.h"

#include "eventclock.h"

TrafficRecorder::TrafficRecorder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrafficEvent>();
}

void TrafficRecorder::record(TrafficEvent event)
{
    if (event.time.isNull())
        event.time = EventClock::now(); // no time-zone file read per event
    m_count.fetch_add(1, std::memory_order_relaxed);
    emit eventRecorded(event);
}

quint64 TrafficRecorder::recordedCount() const
{
    return m_count.load(std::memory_order_relaxed);
}
