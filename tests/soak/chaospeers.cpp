#include "chaospeers.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Chaos {

namespace {

using Clock = std::chrono::steady_clock;

const char *const OpNames[] = {"send+close", "burst",     "half-close", "reset",    "vanish",
                               "reconnect",  "idle hold", "command",    "udp flood"};
static_assert(sizeof(OpNames) / sizeof(OpNames[0]) == size_t(Op::Count), "one name per Op");

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left <= 0 ? 0 : int(std::min<long long>(left, 1000));
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A non-blocking TCP socket connected to 127.0.0.1:port, or -1.
int connectTo(quint16 port, Clock::time_point deadline)
{
    if (port == 0)
        return -1;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const sockaddr_in address = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        return fd;
    if (errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    // The server may be restarting or its backlog full (Conversation mode):
    // the kernel then retries the SYN; give up at the deadline.
    while (Clock::now() < deadline) {
        pollfd p{fd, POLLOUT, 0};
        const int n = ::poll(&p, 1, msLeft(deadline));
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0) {
            int error = 0;
            socklen_t length = sizeof error;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error == 0)
                return fd;
            break;
        }
    }
    ::close(fd);
    return -1;
}

quint16 localPortOf(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

struct Transfer
{
    quint64 sent = 0;
    quint64 received = 0;
    bool eof = false;
    bool reset = false;
    bool timedOut = false;
};

struct PumpPlan
{
    qsizetype stopSendingAt = -1; // vanish: stop after this many bytes (-1: send all)
    qsizetype sendStep = 64 * 1024; // bytes per send() call
    bool halfCloseAfter = false; // shutdown(SHUT_WR) once everything is sent
    bool untilEof = false; // keep reading until the peer closes (or the deadline)
};

// Sends data and drains whatever comes back, with poll(), until the plan is
// done, the connection ends or the deadline passes.
Transfer pump(int fd, const QByteArray &data, const PumpPlan &plan, Clock::time_point deadline)
{
    Transfer t;
    const qsizetype toSend
        = plan.stopSendingAt >= 0 ? std::min(plan.stopSendingAt, data.size()) : data.size();
    qsizetype offset = 0;
    bool shutDown = false;
    char buffer[64 * 1024];
    for (;;) {
        const bool sendingDone = offset >= toSend;
        if (sendingDone && plan.halfCloseAfter && !shutDown) {
            ::shutdown(fd, SHUT_WR);
            shutDown = true;
        }
        if (sendingDone && !plan.untilEof)
            return t;
        if (Clock::now() >= deadline) {
            t.timedOut = true;
            return t;
        }
        pollfd p{fd, short(POLLIN | (sendingDone ? 0 : POLLOUT)), 0};
        const int n = ::poll(&p, 1, msLeft(deadline));
        if (n < 0 && errno != EINTR) {
            t.reset = true;
            return t;
        }
        if (n <= 0)
            continue;
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                t.received += quint64(got);
            } else if (got == 0) {
                t.eof = true;
                if (!sendingDone || plan.untilEof)
                    return t;
            } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                t.reset = true;
                return t;
            }
        }
        if (!sendingDone && (p.revents & POLLOUT)) {
            const size_t step = size_t(std::min(plan.sendStep, toSend - offset));
            const ssize_t put = ::send(fd, data.constData() + offset, step, MSG_NOSIGNAL);
            if (put > 0) {
                offset += put;
                t.sent += quint64(put);
            } else if (put < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                t.reset = true;
                return t;
            }
        }
    }
}

void resetClose(int fd)
{
    const linger hard{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

template<typename T> T pick(std::mt19937_64 &rng, T low, T high)
{
    return std::uniform_int_distribution<T>(low, high)(rng);
}

} // namespace

const char *opName(Op op)
{
    return OpNames[size_t(op)];
}

QByteArray chaosBytes(std::mt19937_64 &rng, qsizetype size)
{
    static const QByteArray pieces[] = {
        QByteArray("\xC3\x28", 2), // UTF-8 lead byte with a bad trail byte
        QByteArray("\xFF\xFE\xFD", 3), // never valid in UTF-8
        QByteArray("\x80\x80", 2), // lone continuation bytes
        QByteArray("\xC0\xAF", 2), // overlong '/'
        QByteArray("\xE4\xB8", 2), // truncated 3-byte sequence
        QByteArray("\xD6\xD0\xCE\xC4", 4), // GBK "中文"
        QByteArray("\x81", 1), // GBK lead byte with no trail byte
        QByteArray("\xE4\xBD\xA0\xE5\xA5\xBD", 6), // UTF-8 "你好"
        QByteArray("\0\0", 2),
        QByteArray("\r\n", 2),
        QByteArray("\n", 1),
        QByteArray("{message}{peer}{time}", 21), // template placeholders as data
    };
    // Random 64-bit words (cheap even in a Debug build: a peer may want a
    // megabyte), with a special piece written over them every 64 bytes or so.
    QByteArray bytes(size, Qt::Uninitialized);
    char *out = bytes.data();
    for (qsizetype i = 0; i < size; i += 8) {
        const quint64 word = rng();
        std::memcpy(out + i, &word, size_t(std::min<qsizetype>(8, size - i)));
    }
    for (qsizetype at = qsizetype(rng() % 64); at < size; at += 1 + qsizetype(rng() % 128)) {
        const QByteArray &piece = pieces[rng() % std::size(pieces)];
        std::memcpy(out + at, piece.constData(), size_t(std::min(piece.size(), size - at)));
        at += piece.size();
    }
    return bytes;
}

ChaosPeers::ChaosPeers(Targets &targets, Counters &counters)
    : m_targets(targets)
    , m_counters(counters)
{ }

ChaosPeers::~ChaosPeers()
{
    m_stop = true;
    join();
}

void ChaosPeers::startChaos(int count, quint64 seed, int round)
{
    m_stop = false;
    for (int i = 0; i < count; ++i) {
        std::seed_seq seq{quint32(seed), quint32(seed >> 32), quint32(round), quint32(i), 1u};
        m_running.fetch_add(1);
        m_threads.emplace_back(&ChaosPeers::chaosLoop, this, std::mt19937_64(seq));
    }
}

void ChaosPeers::stopChaos()
{
    m_stop = true;
}

void ChaosPeers::startClean(int count, quint64 seed, int round, qsizetype maxBytes, bool singleSend)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_results.clear();
    }
    for (int i = 0; i < count; ++i) {
        std::seed_seq seq{quint32(seed), quint32(seed >> 32), quint32(round), quint32(i), 2u};
        m_running.fetch_add(1);
        m_threads.emplace_back(&ChaosPeers::cleanOnce, this, std::mt19937_64(seq), maxBytes, singleSend);
    }
}

void ChaosPeers::join()
{
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

std::vector<CleanResult> ChaosPeers::cleanResults() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_results;
}

void ChaosPeers::cleanOnce(std::mt19937_64 rng, qsizetype maxBytes, bool singleSend)
{
    CleanResult result;
    // Conversation mode serves one client at a time: the later ones wait in
    // the backlog, so the deadline is generous.
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    for (;;) {
        quint64 admitted = m_targets.cleanAdmitted.load();
        if (admitted < m_targets.cleanAccepted.load() + Targets::CleanWindow) {
            if (m_targets.cleanAdmitted.compare_exchange_weak(admitted, admitted + 1))
                break;
        } else if (Clock::now() >= deadline) {
            break; // connect anyway and let the check report what happens
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    const int fd = connectTo(m_targets.tcpPort.load(), deadline);
    if (fd >= 0) {
        m_counters.tcpConnects.fetch_add(1);
        result.localPort = localPortOf(fd);
        const QByteArray data = chaosBytes(rng, pick<qsizetype>(rng, 1, maxBytes));
        PumpPlan plan;
        plan.halfCloseAfter = true;
        plan.untilEof = true;
        if (singleSend)
            plan.sendStep = data.size();
        const Transfer t = pump(fd, data, plan, deadline);
        ::close(fd);
        result.sent = t.sent;
        result.received = t.received;
        result.allSent = t.sent == quint64(data.size());
        result.cleanEof = t.eof && !t.reset;
        result.reset = t.reset;
        result.timedOut = t.timedOut;
        m_counters.tcpBytesSent.fetch_add(t.sent);
        m_counters.tcpBytesReceived.fetch_add(t.received);
        if (t.reset)
            m_counters.resetsSeen.fetch_add(1);
    } else {
        m_counters.tcpConnectFailures.fetch_add(1);
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_results.push_back(result);
    }
    m_running.fetch_sub(1);
}

void ChaosPeers::chaosLoop(std::mt19937_64 rng)
{
    // Weights per Op, in enum order: mostly connections, some UDP.
    std::discrete_distribution<int> chooseOp({14, 6, 12, 10, 8, 8, 5, 6, 8});
    char buffer[4096];
    while (!m_stop.load()) {
        // A moment between actions, as people and programs have: 200 peers
        // must not turn the soak into a CPU benchmark on a 2-core machine.
        std::this_thread::sleep_for(std::chrono::milliseconds(pick(rng, 0, 30)));
        const Op op = Op(chooseOp(rng));
        m_counters.ops[size_t(op)].fetch_add(1);
        const auto deadline = Clock::now() + std::chrono::milliseconds(pick(rng, 200, 3000));

        if (op == Op::UdpFlood) {
            const quint16 port = m_targets.udpPort.load();
            if (port == 0)
                continue;
            const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (fd < 0)
                continue;
            const sockaddr_in to = loopback(port);
            const int datagrams = pick(rng, 1, 100);
            for (int i = 0; i < datagrams && !m_stop.load(); ++i) {
                const int shape = pick(rng, 0, 99);
                qsizetype size = pick<qsizetype>(rng, 1, 1400);
                if (shape == 0)
                    size = 0;
                else if (shape == 1)
                    size = 65507;
                else if (shape == 2)
                    size = 65508;
                const QByteArray bytes = size == 5 ? QByteArray("hello") : chaosBytes(rng, size);
                const ssize_t put = ::sendto(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL,
                                             reinterpret_cast<const sockaddr *>(&to), sizeof to);
                if (size == 65508) {
                    if (put < 0 && errno == EMSGSIZE)
                        m_counters.udpOversizeRefused.fetch_add(1);
                    else if (put >= 0)
                        m_counters.udpOversizeAccepted.fetch_add(1);
                    continue;
                }
                if (put >= 0) {
                    m_counters.udpDatagramsSent.fetch_add(1);
                    m_counters.udpBytesSent.fetch_add(quint64(put));
                    if (size == 0)
                        m_counters.udpEmptySent.fetch_add(1);
                    if (size == 65507)
                        m_counters.udpMaxSent.fetch_add(1);
                }
                // Drain auto-replies so they never fill this socket's buffer.
                while (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) { }
            }
            ::close(fd);
            continue;
        }

        const int connects = op == Op::Reconnect ? pick(rng, 2, 8) : 1;
        for (int c = 0; c < connects && !m_stop.load(); ++c) {
            const int fd = connectTo(m_targets.tcpPort.load(), deadline);
            if (fd < 0) {
                m_counters.tcpConnectFailures.fetch_add(1);
                // Nothing to connect to (a restart in progress): do not spin.
                std::this_thread::sleep_for(std::chrono::milliseconds(pick(rng, 5, 50)));
                break;
            }
            m_counters.tcpConnects.fetch_add(1);
            PumpPlan plan;
            QByteArray data;
            switch (op) {
            case Op::SendClose: data = chaosBytes(rng, pick<qsizetype>(rng, 0, 16 * 1024)); break;
            case Op::Burst:
            case Op::Vanish: data = chaosBytes(rng, pick<qsizetype>(rng, 64 * 1024, 256 * 1024)); break;
            case Op::HalfClose:
                data = chaosBytes(rng, pick<qsizetype>(rng, 0, 64 * 1024));
                plan.halfCloseAfter = true;
                plan.untilEof = true;
                break;
            case Op::Reset: data = chaosBytes(rng, pick<qsizetype>(rng, 0, 8 * 1024)); break;
            case Op::Command: {
                static const QByteArray words[]
                    = {"time\n", "TIME\r\n", "exit\n", "hello", " exit \r\n", "\n"};
                for (int w = pick(rng, 1, 4); w > 0; --w)
                    data += words[pick<size_t>(rng, 0, std::size(words) - 1)];
                plan.untilEof = pick(rng, 0, 1) == 1;
                break;
            }
            case Op::Reconnect:
            case Op::Idle:
            case Op::UdpFlood:
            case Op::Count: break;
            }
            if (op == Op::Vanish)
                plan.stopSendingAt = pick<qsizetype>(rng, 0, data.size());
            if (op == Op::Idle) {
                while (Clock::now() < deadline && !m_stop.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            const Transfer t = pump(fd, data, plan, deadline);
            m_counters.tcpBytesSent.fetch_add(t.sent);
            m_counters.tcpBytesReceived.fetch_add(t.received);
            if (t.reset)
                m_counters.resetsSeen.fetch_add(1);
            if (op == Op::SendClose || op == Op::Burst) {
                // Read what the server has answered so far (briefly) before closing.
                PumpPlan drain;
                drain.untilEof = true;
                const auto shortly = std::min(deadline, Clock::now() + std::chrono::milliseconds(50));
                const Transfer rest = pump(fd, QByteArray(), drain, shortly);
                m_counters.tcpBytesReceived.fetch_add(rest.received);
            }
            if (op == Op::Reset || (op == Op::Reconnect && pick(rng, 0, 1) == 1)) {
                resetClose(fd);
                m_counters.resetsSent.fetch_add(1);
            } else {
                ::close(fd);
            }
        }
    }
    m_running.fetch_sub(1);
}

} // namespace Chaos
