#pragma once

// The soak program's independent peers: plain POSIX sockets on loopback, run
// in std::threads of their own, so the engines under test face real kernel
// sockets that behave badly (random bytes, bursts, half-closes, resets,
// vanishing mid-send, reconnect storms, UDP floods with empty and maximum-size
// datagrams).
//
// Threads: a ChaosPeers object is created, started, polled and joined by one
// thread (the soak's main thread). The peers read the ports to use from
// atomics that the main thread may change at any time (a server restart gets
// a new port). Every socket is non-blocking and every wait has a deadline,
// so a peer always finishes its current action within a few seconds whatever
// the engines do; nothing here ever waits without a time limit.
// Ownership: the peers own their sockets and close them before they return.

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <atomic>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace Chaos {

// What a chaos peer did. Counted per action started.
enum class Op : int {
    SendClose, // connect, send random bytes, read a little, close
    Burst, // connect, send 64 .. 256 KiB while draining replies, close
    HalfClose, // send, shutdown(SHUT_WR), read until the server closes
    Reset, // send, then SO_LINGER {1, 0} and close: an RST
    Vanish, // start a burst and close in the middle of it, unread replies and all
    Reconnect, // connect and close at once, several times in a row
    Idle, // connect, say nothing for a while (across server restarts), close
    Command, // Conversation words ("time", "exit", "hello") with odd line endings
    UdpFlood, // a burst of datagrams: random, empty and 65,507-byte ones
    Count
};
const char *opName(Op op);

// Bytes a student's peer might send: random bytes mixed with invalid UTF-8,
// GBK fragments (lead bytes without their trail byte), valid Chinese text,
// NUL bytes and stray line endings. Deterministic for a given rng state.
QByteArray chaosBytes(std::mt19937_64 &rng, qsizetype size);

// Counters of one batch of peers, written by the peer threads.
struct Counters
{
    std::array<std::atomic<quint64>, size_t(Op::Count)> ops{};
    std::atomic<quint64> tcpConnects{0}; // connections established
    std::atomic<quint64> tcpConnectFailures{0}; // refused or timed out (server restarting, backlog full)
    std::atomic<quint64> tcpBytesSent{0}; // accepted by send()
    std::atomic<quint64> tcpBytesReceived{0};
    std::atomic<quint64> resetsSent{0}; // SO_LINGER 0 closes
    std::atomic<quint64> resetsSeen{0}; // ECONNRESET / EPIPE seen by a peer
    std::atomic<quint64> udpDatagramsSent{0};
    std::atomic<quint64> udpBytesSent{0};
    std::atomic<quint64> udpEmptySent{0};
    std::atomic<quint64> udpMaxSent{0}; // 65,507-byte datagrams
    std::atomic<quint64> udpOversizeRefused{0}; // 65,508 bytes refused by the kernel (EMSGSIZE)
    std::atomic<quint64> udpOversizeAccepted{0}; // must stay 0
};

// Ports the peers aim at; 0 = nothing to aim at right now (skip the action).
struct Targets
{
    std::atomic<quint16> tcpPort{0};
    std::atomic<quint16> udpPort{0};
    // Clean phase: clients the server has reported accepted (written by the
    // main thread). A clean peer connects only while fewer than
    // CleanWindow of the admitted peers wait to be accepted, so the listen
    // backlog never overflows (the kernel would drop or cookie the
    // handshakes; that tests the kernel, not the engine).
    std::atomic<quint64> cleanAccepted{0};
    std::atomic<quint64> cleanAdmitted{0};
    static constexpr quint64 CleanWindow = 25;
};

// The outcome of one clean, fully acknowledged exchange: connect, send every
// byte, shutdown(SHUT_WR), read until the server closes.
struct CleanResult
{
    quint16 localPort = 0; // 0 when the connection failed
    quint64 sent = 0;
    quint64 received = 0;
    bool cleanEof = false; // read end-of-file, never saw a reset
    bool reset = false;
    bool timedOut = false;
    bool allSent = false;
};

class ChaosPeers
{
public:
    ChaosPeers(Targets &targets, Counters &counters);
    ~ChaosPeers(); // joins (the peers end within their deadlines)
    ChaosPeers(const ChaosPeers &) = delete;
    ChaosPeers &operator=(const ChaosPeers &) = delete;

    // Starts count peers doing random actions until stopChaos(). seed and
    // round make every peer's choices reproducible.
    void startChaos(int count, quint64 seed, int round);
    void stopChaos();
    // Starts count peers that each do one clean exchange of a random size
    // (at most maxBytes, sent in one send() when singleSend) and end.
    void startClean(int count, quint64 seed, int round, qsizetype maxBytes, bool singleSend);
    // Peers still running (poll this from the main thread's event loop).
    int running() const { return m_running.load(); }
    void join();
    std::vector<CleanResult> cleanResults() const;

private:
    void chaosLoop(std::mt19937_64 rng);
    void cleanOnce(std::mt19937_64 rng, qsizetype maxBytes, bool singleSend);

    Targets &m_targets;
    Counters &m_counters;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_running{0};
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex; // guards m_results
    std::vector<CleanResult> m_results;
};

} // namespace Chaos
