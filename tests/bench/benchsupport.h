#pragma once

// Shared pieces of the network benchmarks (header-only, benchmarks only).
//
//  - raiseFdLimit(): RLIMIT_NOFILE soft limit up to the hard limit.
//  - percentile(): nearest-rank percentile of a sample.
//  - LatenessProbe: a 10 ms Qt::PreciseTimer in the calling thread that
//    records how late each timeout came (ms); "late" is the gap since the
//    previous timeout minus the interval, so a blocked event loop shows up
//    as one large figure.
//  - ClientDriver: a forked child process (plain C sockets, no Qt) that opens
//    many TCP connections and sends a line on each at a fixed rate, so the
//    server process keeps its own descriptors. Fork it BEFORE creating the
//    QCoreApplication: a forked Qt process is not safe to use.
//  - bench(): prints one "BENCH <name> <value> <unit> [goal..]" line.
//
// Threads: everything here is used from the main thread only.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace BenchSupport {

inline rlim_t raiseFdLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

// Nearest-rank percentile (p in 0..100) of values; 0 for an empty sample.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::min(values.size() - 1, rank > 0 ? rank - 1 : 0)];
}

inline double nowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// "BENCH name value unit [goal<=x|goal>=x]"; goal may be nullptr.
inline void bench(const char *name, double value, const char *unit, const char *goal = nullptr,
                  int decimals = 2)
{
    std::printf("BENCH %s %.*f %s%s%s\n", name, decimals, value, unit, goal ? " " : "", goal ? goal : "");
    std::fflush(stdout);
}

class LatenessProbe final : public QObject
{
public:
    static constexpr int IntervalMs = 10;

    explicit LatenessProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &LatenessProbe::tick);
    }

    void start()
    {
        m_samples.clear();
        m_samples.reserve(8192);
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double p50() const { return percentile(m_samples, 50); }
    double p99() const { return percentile(m_samples, 99); }
    double max() const
    {
        return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
    }
    size_t count() const { return m_samples.size(); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_samples.push_back(std::max(0.0, double(now - m_last) / 1e6 - IntervalMs));
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_samples;
};

// The child process's side. Commands (one line each, parent -> child):
//   "run <port> <clients> <interval_ms> <duration_ms>\n"  connect, report, wait for "go"
//   "go\n"                                                send for duration, close all, report
//   "quit\n"
// Reports (child -> parent), one line each:
//   "connected <ok> <failed> <ms> <connects that took over 500 ms>\n" and "done <lines sent> <reply bytes
//   read>\n"
class ClientDriver
{
public:
    // Forks the child. Call before any thread or QCoreApplication exists.
    bool start()
    {
        int toChild[2];
        int toParent[2];
        if (::pipe(toChild) != 0 || ::pipe(toParent) != 0)
            return false;
        m_pid = ::fork();
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            ::close(toChild[1]);
            ::close(toParent[0]);
            childMain(toChild[0], toParent[1]);
            ::_exit(0);
        }
        ::close(toChild[0]);
        ::close(toParent[1]);
        m_out = toChild[1];
        m_in = toParent[0];
        return true;
    }

    ~ClientDriver()
    {
        if (m_pid > 0) {
            command("quit\n");
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
        if (m_in >= 0)
            ::close(m_in);
        if (m_out >= 0)
            ::close(m_out);
    }

    int reportDescriptor() const { return m_in; } // readable when a report line is due

    void command(const std::string &line) const
    {
        const ssize_t written = ::write(m_out, line.data(), line.size());
        (void)written;
    }

    // Reads one report line (blocks until it is there, or timeoutMs passes).
    std::string readReport(int timeoutMs = 60000)
    {
        const double deadline = nowMs() + timeoutMs;
        for (;;) {
            const auto newline = m_buffer.find('\n');
            if (newline != std::string::npos) {
                std::string line = m_buffer.substr(0, newline);
                m_buffer.erase(0, newline + 1);
                return line;
            }
            pollfd pfd{m_in, POLLIN, 0};
            const int left = int(deadline - nowMs());
            if (left <= 0 || ::poll(&pfd, 1, left) <= 0)
                return std::string();
            char chunk[256];
            const ssize_t n = ::read(m_in, chunk, sizeof chunk);
            if (n <= 0)
                return std::string();
            m_buffer.append(chunk, size_t(n));
        }
    }

private:
    static void report(int fd, const char *format, long long a, long long b, long long c = 0, long long d = 0)
    {
        char line[128];
        const int n = std::snprintf(line, sizeof line, format, a, b, c, d);
        const ssize_t written = ::write(fd, line, size_t(n));
        (void)written;
    }

    static void childMain(int in, int out)
    {
        ::signal(SIGPIPE, SIG_IGN);
        raiseFdLimit();
        std::string buffer;
        std::vector<int> sockets;
        unsigned port = 0;
        long long intervalMs = 100;
        long long durationMs = 10000;
        for (;;) {
            char chunk[256];
            const ssize_t n = ::read(in, chunk, sizeof chunk);
            if (n <= 0)
                return;
            buffer.append(chunk, size_t(n));
            size_t newline;
            while ((newline = buffer.find('\n')) != std::string::npos) {
                const std::string line = buffer.substr(0, newline);
                buffer.erase(0, newline + 1);
                long long clients = 0;
                if (std::sscanf(line.c_str(), "run %u %lld %lld %lld", &port, &clients, &intervalMs,
                                &durationMs)
                    == 4) {
                    long long failed = 0;
                    long long slow = 0;
                    const double started = nowMs();
                    sockets = connectAll(quint16(port), clients, &failed, &slow);
                    report(out, "connected %lld %lld %lld %lld\n", (long long)sockets.size(), failed,
                           (long long)(nowMs() - started), slow);
                } else if (line == "go") {
                    long long sent = 0;
                    long long replyBytes = 0;
                    sendLines(sockets, intervalMs, durationMs, &sent, &replyBytes);
                    for (const int fd : sockets)
                        ::close(fd);
                    sockets.clear();
                    report(out, "done %lld %lld\n", sent, replyBytes);
                } else if (line == "quit") {
                    return;
                }
            }
        }
    }

    static constexpr double kConnectSpacingUs = 100;

    static std::vector<int> connectAll(quint16 port, long long count, long long *failed, long long *slow)
    {
        std::vector<int> sockets;
        sockets.reserve(size_t(count));
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (long long i = 0; i < count; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                ++*failed;
                continue;
            }
            // Blocking connect, one handshake at a time and at most one every
            // kConnectSpacingUs: a burst would overflow the server's accept
            // queue (Qt listens with a backlog of 50) whenever the server is
            // descheduled for a moment, and every SYN dropped then costs the
            // client a 1 s retransmission timeout.
            const double before = nowMs();
            if (::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0) {
                ::close(fd);
                ++*failed;
                continue;
            }
            const double took = nowMs() - before;
            if (took > 500)
                ++*slow;
            if (took * 1000 < kConnectSpacingUs) {
                const timespec nap{0, long((kConnectSpacingUs - took * 1000) * 1000)};
                ::nanosleep(&nap, nullptr);
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            sockets.push_back(fd);
        }
        return sockets;
    }

    // Every client sends one line per intervalMs, spread evenly over the
    // interval; replies are read and thrown away so no buffer fills up.
    static void sendLines(const std::vector<int> &sockets, long long intervalMs, long long durationMs,
                          long long *sent, long long *replyBytes)
    {
        if (sockets.empty())
            return;
        const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
        for (size_t i = 0; i < sockets.size(); ++i) {
            epoll_event event{};
            event.events = EPOLLIN;
            event.data.u64 = i;
            ::epoll_ctl(epoll, EPOLL_CTL_ADD, sockets[i], &event);
        }
        const auto n = (long long)sockets.size();
        const long long total = n * (durationMs / intervalMs);
        std::vector<long long> sequence(sockets.size(), 0);
        std::vector<epoll_event> ready(1024);
        char line[96];
        char sink[4096];
        const double start = nowMs();
        while (*sent < total) {
            const double elapsed = nowMs() - start;
            const auto due = std::min(total, (long long)(elapsed * double(n) / double(intervalMs)) + 1);
            for (; *sent < due; ++*sent) {
                const auto i = size_t(*sent % n);
                const int length = std::snprintf(line, sizeof line, "hello from client %zu, line %lld\n", i,
                                                 sequence[i]++);
                const ssize_t written = ::send(sockets[i], line, size_t(length), MSG_NOSIGNAL);
                (void)written;
            }
            const int count = ::epoll_wait(epoll, ready.data(), int(ready.size()), 1);
            for (int k = 0; k < count; ++k) {
                ssize_t got;
                while ((got = ::recv(sockets[ready[size_t(k)].data.u64], sink, sizeof sink, 0)) > 0)
                    *replyBytes += got;
            }
        }
        ::close(epoll);
    }

    pid_t m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    std::string m_buffer;
};

} // namespace BenchSupport
