#pragma once

#include "trafficevent.h"

#include <QObject>

#include <atomic>

// The one place every network engine reports its traffic to. The traffic log
// model, the transcript writer and (later) exporters listen to eventRecorded.
// Owned by the application; engines get a pointer and never outlive it.
class TrafficRecorder final : public QObject
{
    Q_OBJECT
public:
    explicit TrafficRecorder(QObject *parent = nullptr);

    // Callable from any thread. Stamps the current time (EventClock) when
    // event.time is null, and timeNs when it is 0 (from event.time if that was set), then emits eventRecorded
    // (receivers in other threads get it queued, in the order recorded).
    void record(TrafficEvent event);

    // Events recorded since construction, from any thread.
    quint64 recordedCount() const;

signals:
    void eventRecorded(const TrafficEvent &event);

private:
    std::atomic<quint64> m_count{0};
};
