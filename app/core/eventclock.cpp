#include "eventclock.h"

#include <atomic>
#include <chrono>

namespace {

// The offset is shared by all threads. Publishing order: the offset first, then
// (release) the time it expires; a reader that sees the new expiry (acquire) also
// sees its offset. Two threads refreshing at the same moment is harmless: both
// compute the same value.
std::atomic<int> s_offsetSeconds{0};
std::atomic<qint64> s_offsetValidUntilMs{0};

constexpr qint64 RefreshIntervalMs = 1000;

int utcOffsetAt(qint64 nowMs)
{
    const qint64 validUntil = s_offsetValidUntilMs.load(std::memory_order_acquire);
    if (nowMs < validUntil && nowMs >= validUntil - RefreshIntervalMs)
        return s_offsetSeconds.load(std::memory_order_relaxed);
    // The expensive call, once a second (and again if the clock jumps back).
    const int offset = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::LocalTime).offsetFromUtc();
    s_offsetSeconds.store(offset, std::memory_order_relaxed);
    s_offsetValidUntilMs.store(nowMs + RefreshIntervalMs, std::memory_order_release);
    return offset;
}

} // namespace

namespace EventClock {

qint64 nowMSecsSinceEpoch()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 nowNSecsSinceEpoch()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QDateTime now()
{
    return fromNSecsSinceEpoch(nowNSecsSinceEpoch());
}

QDateTime fromNSecsSinceEpoch(qint64 ns)
{
    const qint64 ms = ns / 1000000;
    const int offset = utcOffsetAt(ms);
    if (offset == 0)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
}

} // namespace EventClock
