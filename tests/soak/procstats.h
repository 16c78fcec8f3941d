#pragma once

// What the soak measures about its own process, from /proc/self (Linux).
// Any thread; each call reads the files afresh.

#include <QtGlobal>

namespace ProcStats {

// Open file descriptors (entries of /proc/self/fd, not counting the one used
// to list them). -1 when /proc is not there.
int openFds();
// Threads of the process ("Threads:" in /proc/self/status).
int threads();
// Resident set size now / at its highest so far, in KiB (VmRSS / VmHWM).
qint64 rssKib();
qint64 peakRssKib();
// Raises the soft limit of open files to the hard limit; returns the new soft limit.
quint64 raiseFdLimit();

} // namespace ProcStats
