#include "procstats.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/resource.h>

namespace ProcStats {

namespace {

// The number after "key" in /proc/self/status, or -1.
qint64 statusField(const char *key)
{
    std::FILE *file = std::fopen("/proc/self/status", "re");
    if (!file)
        return -1;
    char line[256];
    qint64 value = -1;
    const size_t keyLength = std::strlen(key);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, key, keyLength) == 0) {
            value = std::strtoll(line + keyLength, nullptr, 10);
            break;
        }
    }
    std::fclose(file);
    return value;
}

} // namespace

int openFds()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count - 1; // the directory listing itself
}

int threads()
{
    return int(statusField("Threads:"));
}

qint64 rssKib()
{
    return statusField("VmRSS:");
}

qint64 peakRssKib()
{
    return statusField("VmHWM:");
}

quint64 raiseFdLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return quint64(limit.rlim_cur);
}

} // namespace ProcStats
