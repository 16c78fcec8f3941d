#pragma once

#include <QDateTime>

// A cheap "now" for timestamps on hot paths (one per received read or datagram).
//
// QDateTime::currentDateTime() asks the C library for the local time, and glibc
// re-reads the time-zone file (a stat() of /etc/localtime, tzset()) on every call
// when TZ is unset. At tens of thousands of reads a second that system call is a
// visible share of the receive path. EventClock reads the UTC clock (no system
// call on Linux: vDSO) and adds a cached UTC offset that is refreshed at most
// once a second.
namespace EventClock {

// The current local time with millisecond precision, as a QDateTime with
// Qt::OffsetFromUTC (Qt::UTC when the zone's offset is zero). Shows the same wall
// time as QDateTime::currentDateTime(); across a daylight-saving change the
// offset may lag by up to one second. Callable from any thread, lock-free.
QDateTime now();

// The same instant as milliseconds since 1970-01-01T00:00Z (no time-zone work at
// all). For producers that stamp later or only need an ordering.
qint64 nowMSecsSinceEpoch();

// The same instant in nanoseconds (the system clock's resolution, usually 1 ns
// on Linux). Lock-free, no system call on Linux (vDSO).
qint64 nowNSecsSinceEpoch();

// The local time (millisecond precision, as now()) of an instant in nanoseconds.
QDateTime fromNSecsSinceEpoch(qint64 ns);

} // namespace EventClock
