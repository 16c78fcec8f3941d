// netlab_soak: the chaos soak of NetLab's network engines (a quality gate).
//
// Each round puts a TcpServerEngine in one of its four modes (rotating), a
// UdpEngine receiver and a few TcpClientEngines in this (main) thread, all
// reporting to one TrafficRecorder that feeds a bounded TrafficLogModel, and
// lets --clients raw-socket peers (chaospeers.h, threads of this program) do
// random things to them, while the main thread restarts the server, aborts
// and closes clients, broadcasts to them and rebinds the UDP socket. Then a
// clean phase: every peer sends a random number of bytes, half-closes and
// reads until the server closes; those byte counts must match the engine's
// per-client counters and the recorder's Received/Sent events exactly.
//
// Invariants, checked during and after the run; the exit code is 0 only when
// all held (1: an invariant failed, 2: bad options, 3: the watchdog found a
// hang):
//  - no crash, no hang (a watchdog thread ends the program when a step
//    takes far longer than it may);
//  - clean exchanges are counted exactly (engine counters and recorder);
//  - under chaos, the server never counts more bytes than peers sent, and
//    peers never receive more than the server sent; UDP never receives more
//    datagrams or bytes than were sent;
//  - every client the server reported added is reported ended;
//  - every event recorded reaches the log, which stays within its capacity
//    and counts what it dropped;
//  - after the run (engines destroyed, event loop drained), open descriptors
//    and threads are back to what they were after the warm-up round (Qt
//    opens a few descriptors once, on first use, so the baseline is taken
//    after one full round, not at start-up);
//  - resident memory grows by less than --memory-mib over that baseline.

#include "chaospeers.h"
#include "procstats.h"
#include "tcpclientengine.h"
#include "tcpserverengine.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"
#include "udpengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace {

// AddressSanitizer keeps freed memory in quarantine (256 MiB by default) and
// adds shadow memory, so its resident size says little about leaks; ASan
// itself finds those. Its default ceiling is set high enough for that.
#if defined(__SANITIZE_ADDRESS__)
constexpr const char *DefaultMemoryMib = "2048";
#else
constexpr const char *DefaultMemoryMib = "256";
#endif

struct Options
{
    int seconds = 60;
    quint64 seed = 0;
    int clients = 200;
    qint64 memoryMib = 256; // set from --memory-mib
    bool verbose = false;
};

void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// What the program is doing, for the watchdog's message.
std::atomic<const char *> g_stage{"starting"};

// Ends the process when the soak runs far beyond its planned time: a hang
// somewhere (an engine's stop() that never returns, an event loop that never
// drains). It runs for the whole program, so it is in both thread counts.
class Watchdog
{
public:
    explicit Watchdog(std::chrono::seconds limit)
        : m_thread([this, limit] { watch(limit); })
    { }
    ~Watchdog()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    void watch(std::chrono::seconds limit)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_wake.wait_for(lock, limit, [this] { return m_done; }))
            return;
        std::fprintf(stdout, "FAIL: no hang: the soak was still running after %lld s, while: %s\n",
                     static_cast<long long>(limit.count()), g_stage.load());
        std::fflush(stdout);
        std::_Exit(3);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

// Runs this thread's event loop until done() or timeoutMs; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QElapsedTimer clock;
    clock.start();
    bool reached = false;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        } else if (clock.elapsed() >= timeoutMs) {
            loop.quit();
        }
    });
    tick.start();
    loop.exec();
    return reached;
}

void runEventsFor(int ms)
{
    waitUntil([] { return false; }, ms);
}

// Runs queued calls and deferred deletes until nothing is left.
void drainEvents()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    runEventsFor(50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool isEnded(TcpServerEngine::ClientState state)
{
    using S = TcpServerEngine::ClientState;
    return state == S::Closed || state == S::Reset || state == S::Refused || state == S::Failed;
}

const char *modeId(TcpServerEngine::Mode mode)
{
    switch (mode) {
    case TcpServerEngine::Mode::ReplyOnce: return "reply-once";
    case TcpServerEngine::Mode::Conversation: return "conversation";
    case TcpServerEngine::Mode::ThreadPerClient: return "thread-per-client";
    case TcpServerEngine::Mode::EventLoop: return "event-loop";
    }
    return "?";
}

struct Totals
{
    std::array<quint64, size_t(Chaos::Op::Count)> ops{};
    quint64 rounds = 0;
    quint64 tcpConnects = 0;
    quint64 tcpConnectFailures = 0;
    quint64 peerBytesSent = 0;
    quint64 peerBytesReceived = 0;
    quint64 resetsSent = 0;
    quint64 resetsSeen = 0;
    quint64 serverClients = 0;
    quint64 serverBytesIn = 0;
    quint64 serverBytesOut = 0;
    quint64 serverEndedReset = 0;
    quint64 serverRefused = 0;
    quint64 serverRestarts = 0;
    quint64 serverAborts = 0;
    quint64 serverCloses = 0;
    quint64 serverBroadcasts = 0;
    quint64 cleanExchanges = 0;
    quint64 cleanBytes = 0;
    quint64 clientEngineConnects = 0;
    quint64 clientEngineBytesSent = 0;
    quint64 udpSent = 0;
    quint64 udpBytesSent = 0;
    quint64 udpEmpty = 0;
    quint64 udpMax = 0;
    quint64 udpOversizeRefused = 0;
    quint64 udpReceived = 0;
    quint64 udpBytesReceived = 0;
    quint64 udpRebinds = 0;
};

class Soak
{
public:
    explicit Soak(const Options &options);
    int run();

private:
    void runRound(int round, TcpServerEngine::Mode mode, int chaosMs);
    void chaosTick(int round);
    void stepClientEngines();
    void countClientEngine(size_t index);
    bool restartServer();
    bool rebindUdp();
    void takeUdpCounters();
    void cleanPhase(int round);
    void fail(const QString &what);
    void sampleMemory();
    void printSummary(int fdsBefore, int fdsAfter, int threadsBefore, int threadsAfter, qint64 rssBaseKib,
                      qint64 rssEndKib) const;

    Options m_options;
    QObject m_context; // receiver and context of every connection made here
    TrafficRecorder m_recorder;
    TrafficLogModel m_log;
    quint64 m_eventsSeen = 0;
    std::mt19937_64 m_rng;

    Chaos::Targets m_targets;
    Chaos::Counters m_counters;

    // The current round's engines (created and destroyed per round).
    std::unique_ptr<TcpServerEngine> m_server;
    std::unique_ptr<UdpEngine> m_udp;
    std::vector<std::unique_ptr<TcpClientEngine>> m_clientEngines;
    std::vector<bool> m_clientEngineUncounted; // its connection's bytesSent is not in the totals yet
    TcpServerEngine::Mode m_mode = TcpServerEngine::Mode::EventLoop;
    bool m_echo = false; // this round's replies quote {message}

    // The current round's bookkeeping of server clients.
    QSet<quint64> m_added;
    QHash<quint64, TcpServerEngine::ClientInfo> m_ended;
    QSet<quint64> m_cleanIds; // clients accepted during the clean phase
    bool m_inClean = false;
    QHash<QString, quint64> m_cleanRecordedIn; // recorder: tcp-server Received bytes per peer
    QHash<QString, quint64> m_cleanRecordedOut; // recorder: tcp-server Sent bytes per peer
    quint64 m_roundUdpReceived = 0;
    quint64 m_roundUdpBytesReceived = 0;
    quint64 m_roundUdpSelfSent = 0;
    quint64 m_roundUdpSelfBytes = 0;

    Totals m_totals;
    QStringList m_failures;
    bool m_measuring = false; // after the warm-up round
    qint64 m_rssBaseKib = 0;
    qint64 m_rssPeakKib = 0;
};

Soak::Soak(const Options &options)
    : m_options(options)
    , m_rng(options.seed)
{
    // Bounded like the app's log, smaller so the soak reaches the limits.
    m_log.setCapacity(20000);
    m_log.setPayloadBudget(16 * 1024 * 1024);
    QObject::connect(&m_recorder, &TrafficRecorder::eventRecorded, &m_log, &TrafficLogModel::append);
    QObject::connect(&m_recorder, &TrafficRecorder::eventRecorded, &m_context, [this](const TrafficEvent &e) {
        ++m_eventsSeen;
        if (!m_inClean || e.tab != QLatin1String("tcp-server"))
            return;
        if (e.kind == TrafficKind::Received)
            m_cleanRecordedIn[e.peer] += quint64(e.payload.size());
        else if (e.kind == TrafficKind::Sent)
            m_cleanRecordedOut[e.peer] += quint64(e.payload.size());
    });
}

void Soak::fail(const QString &what)
{
    if (m_failures.size() < 200)
        m_failures.append(what);
    if (m_options.verbose)
        say(QStringLiteral("  failure: ") + what);
}

void Soak::sampleMemory()
{
    if (!m_measuring)
        return;
    m_rssPeakKib = std::max(m_rssPeakKib, ProcStats::rssKib());
}

bool Soak::restartServer()
{
    m_server->stop();
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, m_mode)) {
        fail(QStringLiteral("the server could not listen on 127.0.0.1 port 0 in %1 mode: %2")
                 .arg(QLatin1String(modeId(m_mode)), m_server->errorString()));
        m_targets.tcpPort = 0;
        return false;
    }
    m_targets.tcpPort = m_server->serverPort();
    return true;
}

void Soak::takeUdpCounters()
{
    const UdpCounters c = m_udp->counters();
    m_roundUdpReceived += c.datagramsReceived;
    m_roundUdpBytesReceived += c.bytesReceived;
    m_roundUdpSelfSent += c.datagramsSent;
    m_roundUdpSelfBytes += c.bytesSent;
    m_udp->resetCounters();
}

bool Soak::rebindUdp()
{
    takeUdpCounters();
    m_udp->close();
    if (!m_udp->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        fail(QStringLiteral("the UDP engine could not bind 127.0.0.1 port 0: %1")
                 .arg(m_udp->lastError().message));
        m_targets.udpPort = 0;
        return false;
    }
    m_targets.udpPort = m_udp->localPort();
    return true;
}

void Soak::countClientEngine(size_t index)
{
    if (!m_clientEngineUncounted[index])
        return;
    m_totals.clientEngineBytesSent += m_clientEngines[index]->bytesSent();
    m_clientEngineUncounted[index] = false;
}

void Soak::stepClientEngines()
{
    using State = TcpClientEngine::State;
    for (size_t i = 0; i < m_clientEngines.size(); ++i) {
        TcpClientEngine *engine = m_clientEngines[i].get();
        const int roll = int(m_rng() % 100);
        switch (engine->state()) {
        case State::Idle:
        case State::Closed:
            if (roll < 30 && m_targets.tcpPort.load() != 0) {
                countClientEngine(i);
                if (engine->connectToHost(QStringLiteral("127.0.0.1"), m_targets.tcpPort.load())) {
                    m_clientEngineUncounted[i] = true;
                    ++m_totals.clientEngineConnects;
                }
            }
            break;
        case State::Connected:
            if (roll < 50)
                engine->send(Chaos::chaosBytes(m_rng, qsizetype(m_rng() % 8192)));
            else if (roll < 60)
                engine->halfClose();
            else if (roll < 70)
                engine->close();
            else if (roll < 80)
                engine->abort();
            break;
        case State::LookingUp:
        case State::Connecting:
        case State::HalfClosed:
        case State::Closing:
            if (engine->msInState() > 3000)
                engine->abort();
            break;
        }
    }
}

void Soak::chaosTick(int round)
{
    sampleMemory();
    stepClientEngines();
    const int roll = int(m_rng() % 1000);
    if (roll < 60) {
        if (restartServer())
            ++m_totals.serverRestarts;
    } else if (roll < 90) {
        m_server->sendToAll(Chaos::chaosBytes(m_rng, qsizetype(1 + m_rng() % 4096)));
        ++m_totals.serverBroadcasts;
    } else if (roll < 140) {
        const QList<TcpServerEngine::ClientInfo> clients = m_server->clients();
        if (!clients.isEmpty()) {
            const quint64 id = clients.at(qsizetype(m_rng() % quint64(clients.size()))).id;
            if (roll < 115) {
                m_server->abortClient(id);
                ++m_totals.serverAborts;
            } else {
                m_server->closeClient(id);
                ++m_totals.serverCloses;
            }
        }
    } else if (roll < 150) {
        if (rebindUdp())
            ++m_totals.udpRebinds;
    } else if (roll < 160 && m_udp->isBound()) {
        // The engine must refuse a datagram one byte too large before sending
        // it, and send the largest one.
        if (m_udp->sendTo(QStringLiteral("127.0.0.1"), m_udp->localPort(),
                          QByteArray(UdpEngine::MaxPayloadIPv4 + 1, 'x')))
            fail(QStringLiteral("round %1: UdpEngine::sendTo accepted a %2-byte datagram (the limit is %3)")
                     .arg(round)
                     .arg(UdpEngine::MaxPayloadIPv4 + 1)
                     .arg(UdpEngine::MaxPayloadIPv4));
        m_udp->sendTo(QStringLiteral("127.0.0.1"), m_udp->localPort(),
                      QByteArray(UdpEngine::MaxPayloadIPv4, 'y'));
    }
}

void Soak::cleanPhase(int round)
{
    const bool replyOnce = m_mode == TcpServerEngine::Mode::ReplyOnce;
    // Conversation serves one client at a time and keeps the rest in a
    // backlog of TcpServerEngine::ListenBacklog; more would wait for SYN
    // retries, which tests the kernel, not the engine.
    const int peers = m_mode == TcpServerEngine::Mode::Conversation
        ? std::min(m_options.clients, TcpServerEngine::ListenBacklog - 10)
        : m_options.clients;
    // ReplyOnce answers the first read and closes: the message must arrive
    // in one piece (one small send) for every byte of it to be read.
    // Echo rounds decode and re-encode every byte in the main thread; keep
    // their clean exchanges smaller so a Debug build finishes in time.
    const qsizetype maxBytes = replyOnce ? 1024 : m_echo ? 16 * 1024 : 64 * 1024;

    g_stage = "clean phase: restarting the server";
    m_server->stop();
    drainEvents();
    m_cleanIds.clear();
    m_cleanRecordedIn.clear();
    m_cleanRecordedOut.clear();
    m_targets.cleanAccepted = 0;
    m_targets.cleanAdmitted = 0;
    m_inClean = true;
    if (!restartServer()) {
        m_inClean = false;
        return;
    }

    g_stage = "clean phase: peers exchanging";
    Chaos::ChaosPeers clean(m_targets, m_counters);
    clean.startClean(peers, m_options.seed, round, maxBytes, replyOnce);
    if (!waitUntil([&] { return clean.running() == 0; }, 90000))
        fail(QStringLiteral("round %1 (%2): clean peers still running after 90 s")
                 .arg(round)
                 .arg(QLatin1String(modeId(m_mode))));
    clean.stopChaos();
    clean.join();
    const std::vector<Chaos::CleanResult> results = clean.cleanResults();

    // Which server client was which peer: by the peer's port (unique among
    // the clients of this phase).
    QHash<quint16, quint64> idByPort;
    auto mapPorts = [&] {
        idByPort.clear();
        for (const quint64 id : std::as_const(m_cleanIds)) {
            const auto it = m_ended.constFind(id);
            if (it != m_ended.cend())
                idByPort.insert(it->peerPort, id);
        }
    };
    auto settled = [&] {
        mapPorts();
        for (const Chaos::CleanResult &r : results) {
            if (r.localPort == 0)
                continue;
            const quint64 id = idByPort.value(r.localPort);
            if (id == 0)
                return false;
            const TcpServerEngine::ClientInfo &info = m_ended[id];
            if (m_cleanRecordedIn.value(info.peer) != info.bytesIn
                || m_cleanRecordedOut.value(info.peer) != info.bytesOut)
                return false;
        }
        return true;
    };
    g_stage = "clean phase: waiting for the server's final reports";
    waitUntil(settled, 10000);
    mapPorts();
    m_inClean = false;

    const QString where = QStringLiteral("round %1 (%2)").arg(round).arg(QLatin1String(modeId(m_mode)));
    for (const Chaos::CleanResult &r : results) {
        if (r.localPort == 0) {
            fail(
                QStringLiteral("%1: a well-behaved peer could not connect to the running server").arg(where));
            continue;
        }
        if (r.timedOut || !r.cleanEof || !r.allSent) {
            fail(QStringLiteral("%1: peer port %2 sent %3 bytes then shut down writing, but the exchange "
                                "did not end with the server's clean close (%4)")
                     .arg(where)
                     .arg(r.localPort)
                     .arg(r.sent)
                     .arg(QLatin1String(r.timedOut    ? "timed out"
                                            : r.reset ? "reset"
                                                      : "not all sent")));
        }
        const quint64 id = idByPort.value(r.localPort);
        if (id == 0) {
            fail(QStringLiteral("%1: the server never reported the end of the client on peer port %2")
                     .arg(where)
                     .arg(r.localPort));
            continue;
        }
        const TcpServerEngine::ClientInfo &info = m_ended[id];
        const quint64 recordedIn = m_cleanRecordedIn.value(info.peer);
        const quint64 recordedOut = m_cleanRecordedOut.value(info.peer);
        if (r.cleanEof && r.allSent) {
            ++m_totals.cleanExchanges;
            m_totals.cleanBytes += r.sent;
            if (info.bytesIn != r.sent)
                fail(QStringLiteral("%1: peer %2 sent %3 bytes, the server counted %4 received")
                         .arg(where, info.peer)
                         .arg(r.sent)
                         .arg(info.bytesIn));
            if (info.bytesOut != r.received)
                fail(QStringLiteral(
                         "%1: the server counted %2 bytes sent to %3, the peer read %4 before the close")
                         .arg(where)
                         .arg(info.bytesOut)
                         .arg(info.peer)
                         .arg(r.received));
        } else if (info.bytesIn > r.sent) {
            fail(QStringLiteral("%1: peer %2 sent %3 bytes, the server counted more: %4")
                     .arg(where, info.peer)
                     .arg(r.sent)
                     .arg(info.bytesIn));
        }
        if (recordedIn != info.bytesIn || recordedOut != info.bytesOut)
            fail(QStringLiteral("%1: client %2: the recorder has %3 bytes received / %4 sent, the server's "
                                "counters say %5 / %6")
                     .arg(where, info.peer)
                     .arg(recordedIn)
                     .arg(recordedOut)
                     .arg(info.bytesIn)
                     .arg(info.bytesOut));
    }
}

void Soak::runRound(int round, TcpServerEngine::Mode mode, int chaosMs)
{
    m_mode = mode;
    m_added.clear();
    m_ended.clear();
    m_roundUdpReceived = m_roundUdpBytesReceived = m_roundUdpSelfSent = m_roundUdpSelfBytes = 0;
    const quint64 clientEngineSentBefore = m_totals.clientEngineBytesSent;
    for (auto &op : m_counters.ops)
        op = 0;
    for (std::atomic<quint64> *c :
         {&m_counters.tcpConnects, &m_counters.tcpConnectFailures, &m_counters.tcpBytesSent,
          &m_counters.tcpBytesReceived, &m_counters.resetsSent, &m_counters.resetsSeen,
          &m_counters.udpDatagramsSent, &m_counters.udpBytesSent, &m_counters.udpEmptySent,
          &m_counters.udpMaxSent, &m_counters.udpOversizeRefused, &m_counters.udpOversizeAccepted})
        *c = 0;

    g_stage = "setting up a round";
    QElapsedTimer roundClock;
    roundClock.start();
    m_server = std::make_unique<TcpServerEngine>(&m_recorder);
    // Half the rounds echo {message} (every read decoded and encoded again,
    // in an encoding chosen by the seed); the others answer without decoding,
    // which lets far more bytes through.
    static const char *const encodings[] = {"UTF-8", "GBK", "GB18030", "Big5"};
    const QString encoding = QLatin1String(encodings[m_rng() % std::size(encodings)]);
    const bool echo = m_rng() % 2 == 0;
    m_echo = echo;
    m_server->setEncoding(encoding);
    if (!echo)
        m_server->setReplyTemplate(mode, QStringLiteral("ok {peer} {time}"));
    quint64 refused = 0;
    QObject::connect(m_server.get(), &TcpServerEngine::clientAdded, &m_context,
                     [this](const TcpServerEngine::ClientInfo &info) {
                         m_added.insert(info.id);
                         if (m_inClean) {
                             m_cleanIds.insert(info.id);
                             m_targets.cleanAccepted.fetch_add(1);
                         }
                     });
    QObject::connect(m_server.get(), &TcpServerEngine::clientUpdated, &m_context,
                     [this](const TcpServerEngine::ClientInfo &info) {
                         if (isEnded(info.state))
                             m_ended.insert(info.id, info);
                     });
    QObject::connect(m_server.get(), &TcpServerEngine::clientRefused, &m_context,
                     [&refused](const QString &, const QString &) { ++refused; });
    const QString where = QStringLiteral("round %1 (%2, %3, %4)")
                              .arg(round)
                              .arg(QLatin1String(modeId(mode)), encoding,
                                   echo ? QStringLiteral("echo") : QStringLiteral("short replies"));
    m_udp = std::make_unique<UdpEngine>(&m_recorder);
    // Echo rounds also answer "hello" datagrams (every datagram is decoded
    // to be matched, which costs the main thread more than the flood itself).
    m_udp->autoReply().setEnabled(echo);
    for (int i = 0; i < 4; ++i) {
        m_clientEngines.push_back(std::make_unique<TcpClientEngine>(&m_recorder));
        m_clientEngineUncounted.push_back(false);
    }
    if (!restartServer() || !rebindUdp()) {
        m_server.reset();
        m_udp.reset();
        m_clientEngines.clear();
        m_clientEngineUncounted.clear();
        return;
    }

    g_stage = "chaos phase";
    {
        Chaos::ChaosPeers peers(m_targets, m_counters);
        peers.startChaos(m_options.clients, m_options.seed, round);
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &m_context, [this, round] { chaosTick(round); });
        ticker.start(50);
        runEventsFor(chaosMs);
        const qint64 toldMs = roundClock.elapsed();
        peers.stopChaos();
        g_stage = "chaos phase: waiting for the peers to finish their last action";
        if (!waitUntil([&] { return peers.running() == 0; }, 20000))
            fail(
                QStringLiteral("%1: chaos peers still running 20 s after they were told to stop").arg(where));
        ticker.stop();
        peers.join();
        if (m_options.verbose)
            say(QStringLiteral("  chaos: told the peers to stop at %1 ms, they were done at %2 ms")
                    .arg(toldMs)
                    .arg(roundClock.elapsed()));
    }
    g_stage = "chaos phase: closing the client engines";
    for (size_t i = 0; i < m_clientEngines.size(); ++i)
        m_clientEngines[i]->abort();
    runEventsFor(20);
    for (size_t i = 0; i < m_clientEngines.size(); ++i)
        countClientEngine(i);

    // Chaos invariants, on what the peers and client engines actually sent.
    const quint64 udpPeerSent = m_counters.udpDatagramsSent.load();
    takeUdpCounters();
    if (m_counters.udpOversizeAccepted.load() != 0)
        fail(QStringLiteral("%1: the kernel sent a 65,508-byte UDP datagram over IPv4").arg(where));
    if (m_roundUdpReceived > udpPeerSent + m_roundUdpSelfSent)
        fail(QStringLiteral("%1: the UDP engine counted %2 datagrams received, only %3 were sent")
                 .arg(where)
                 .arg(m_roundUdpReceived)
                 .arg(udpPeerSent + m_roundUdpSelfSent));
    if (m_roundUdpBytesReceived > m_counters.udpBytesSent.load() + m_roundUdpSelfBytes)
        fail(QStringLiteral("%1: the UDP engine counted %2 bytes received, only %3 were sent")
                 .arg(where)
                 .arg(m_roundUdpBytesReceived)
                 .arg(m_counters.udpBytesSent.load() + m_roundUdpSelfBytes));
    if (udpPeerSent >= 100 && m_roundUdpReceived == 0)
        fail(QStringLiteral("%1: the UDP engine received none of %2 datagrams").arg(where).arg(udpPeerSent));

    const qint64 chaosDoneMs = roundClock.elapsed();
    cleanPhase(round);
    const qint64 cleanDoneMs = roundClock.elapsed();

    g_stage = "ending the round: stopping the engines";
    m_server->stop();
    m_udp->close();
    waitUntil(
        [&] {
            for (const quint64 id : std::as_const(m_added)) {
                if (!m_ended.contains(id))
                    return false;
            }
            return true;
        },
        5000);
    quint64 bytesIn = 0, bytesOut = 0, resets = 0;
    for (const TcpServerEngine::ClientInfo &info : std::as_const(m_ended)) {
        bytesIn += info.bytesIn;
        bytesOut += info.bytesOut;
        if (info.state == TcpServerEngine::ClientState::Reset)
            ++resets;
    }
    int unended = 0;
    for (const quint64 id : std::as_const(m_added)) {
        if (!m_ended.contains(id))
            ++unended;
    }
    if (unended > 0)
        fail(QStringLiteral(
                 "%1: %2 of %3 clients the server added were never reported as ended (stop() was called)")
                 .arg(where)
                 .arg(unended)
                 .arg(m_added.size()));
    if (m_server->clientCount() != 0 || m_server->threadCount() != 0)
        fail(QStringLiteral("%1: after stop() the server still has %2 clients and %3 client threads")
                 .arg(where)
                 .arg(m_server->clientCount())
                 .arg(m_server->threadCount()));
    const quint64 peerSent = m_counters.tcpBytesSent.load();
    const quint64 engineSent = m_totals.clientEngineBytesSent - clientEngineSentBefore;
    if (bytesIn > peerSent + engineSent)
        fail(QStringLiteral("%1: the server counted %2 bytes received, the peers sent only %3")
                 .arg(where)
                 .arg(bytesIn)
                 .arg(peerSent + engineSent));
    if (m_counters.tcpBytesReceived.load() > bytesOut)
        fail(QStringLiteral("%1: the peers read %2 bytes, the server counted only %3 sent")
                 .arg(where)
                 .arg(m_counters.tcpBytesReceived.load())
                 .arg(bytesOut));

    g_stage = "ending the round: destroying the engines";
    m_clientEngines.clear();
    m_clientEngineUncounted.clear();
    m_udp.reset();
    m_server.reset();
    drainEvents();
    sampleMemory();

    if (m_options.verbose || !m_measuring) {
        say(QStringLiteral("%1%2: %3 peer connections, %4 server clients (%5 reset), %6 bytes in, %7 clean "
                           "exchanges, %8 UDP datagrams received; chaos %9 ms, clean %10 ms, end %11 ms")
                .arg(m_measuring ? QString() : QStringLiteral("warm-up "), where)
                .arg(m_counters.tcpConnects.load())
                .arg(m_added.size())
                .arg(resets)
                .arg(bytesIn)
                .arg(m_cleanIds.size())
                .arg(m_roundUdpReceived)
                .arg(chaosDoneMs)
                .arg(cleanDoneMs - chaosDoneMs)
                .arg(roundClock.elapsed() - cleanDoneMs));
    }
    if (!m_measuring)
        return;
    ++m_totals.rounds;
    for (size_t i = 0; i < m_totals.ops.size(); ++i)
        m_totals.ops[i] += m_counters.ops[i].load();
    m_totals.tcpConnects += m_counters.tcpConnects.load();
    m_totals.tcpConnectFailures += m_counters.tcpConnectFailures.load();
    m_totals.peerBytesSent += peerSent;
    m_totals.peerBytesReceived += m_counters.tcpBytesReceived.load();
    m_totals.resetsSent += m_counters.resetsSent.load();
    m_totals.resetsSeen += m_counters.resetsSeen.load();
    m_totals.serverClients += quint64(m_added.size());
    m_totals.serverBytesIn += bytesIn;
    m_totals.serverBytesOut += bytesOut;
    m_totals.serverEndedReset += resets;
    m_totals.serverRefused += refused;
    m_totals.udpSent += udpPeerSent;
    m_totals.udpBytesSent += m_counters.udpBytesSent.load();
    m_totals.udpEmpty += m_counters.udpEmptySent.load();
    m_totals.udpMax += m_counters.udpMaxSent.load();
    m_totals.udpOversizeRefused += m_counters.udpOversizeRefused.load();
    m_totals.udpReceived += m_roundUdpReceived;
    m_totals.udpBytesReceived += m_roundUdpBytesReceived;
}

int Soak::run()
{
    say(QStringLiteral("netlab_soak: seed %1, %2 s, %3 clients, memory ceiling %4 MiB (replay: netlab_soak "
                       "--seed %1 --seconds %2 --clients %3)")
            .arg(m_options.seed)
            .arg(m_options.seconds)
            .arg(m_options.clients)
            .arg(m_options.memoryMib));
    const quint64 fdLimit = ProcStats::raiseFdLimit();
    if (m_options.verbose)
        say(QStringLiteral("open file limit: %1").arg(fdLimit));
    if (fdLimit < quint64(m_options.clients) * 4 + 100)
        say(QStringLiteral("warning: the open file limit (%1) is low for %2 clients")
                .arg(fdLimit)
                .arg(m_options.clients));

    const TcpServerEngine::Mode modes[]
        = {TcpServerEngine::Mode::ReplyOnce, TcpServerEngine::Mode::Conversation,
           TcpServerEngine::Mode::ThreadPerClient, TcpServerEngine::Mode::EventLoop};
    // Every mode at least once; rounds of a few seconds so a long run still
    // restarts and rotates often.
    const int chaosMs = std::clamp(m_options.seconds * 1000 / 8, 1500, 5000);

    // Warm-up round: Qt opens some descriptors and the allocator its arenas
    // once; the baselines are taken after it.
    runRound(0, TcpServerEngine::Mode::EventLoop, 1500);
    m_log.flush();
    drainEvents();
    const int fdsBefore = ProcStats::openFds();
    const int threadsBefore = ProcStats::threads();
    m_rssBaseKib = ProcStats::rssKib();
    m_rssPeakKib = m_rssBaseKib;
    m_measuring = true;

    QElapsedTimer clock;
    clock.start();
    const qint64 budgetMs = qint64(m_options.seconds) * 1000;
    int round = 1;
    while (round <= 4 || clock.elapsed() + chaosMs / 2 < budgetMs) {
        runRound(round, modes[(round - 1) % 4], chaosMs);
        ++round;
    }

    g_stage = "final checks";
    m_log.flush();
    drainEvents();
    // Threads end and the kernel closes sockets a moment after wait()/close().
    waitUntil([&] { return ProcStats::openFds() <= fdsBefore && ProcStats::threads() <= threadsBefore; },
              10000);
    const int fdsAfter = ProcStats::openFds();
    const int threadsAfter = ProcStats::threads();
    const qint64 rssEndKib = ProcStats::rssKib();
    sampleMemory();

    if (fdsAfter > fdsBefore)
        fail(QStringLiteral("descriptors leaked: %1 open after the run, %2 after the warm-up round")
                 .arg(fdsAfter)
                 .arg(fdsBefore));
    if (threadsAfter > threadsBefore)
        fail(QStringLiteral("threads leaked: %1 after the run, %2 after the warm-up round")
                 .arg(threadsAfter)
                 .arg(threadsBefore));
    const qint64 growthKib = m_rssPeakKib - m_rssBaseKib;
    if (growthKib > m_options.memoryMib * 1024)
        fail(QStringLiteral(
                 "memory: resident size grew by %1 MiB over the warm-up baseline, the ceiling is %2 MiB")
                 .arg(growthKib / 1024)
                 .arg(m_options.memoryMib));
    if (m_recorder.recordedCount() != m_eventsSeen)
        fail(QStringLiteral("the recorder recorded %1 events, %2 reached its listeners")
                 .arg(m_recorder.recordedCount())
                 .arg(m_eventsSeen));
    if (m_log.pendingCount() != 0 || quint64(m_log.rowCount()) + m_log.evictedCount() != m_eventsSeen)
        fail(QStringLiteral(
                 "the traffic log lost events silently: %1 events, %2 rows + %3 evicted + %4 queued")
                 .arg(m_eventsSeen)
                 .arg(m_log.rowCount())
                 .arg(m_log.evictedCount())
                 .arg(m_log.pendingCount()));
    if (m_log.rowCount() > m_log.capacity())
        fail(QStringLiteral("the traffic log holds %1 rows, over its capacity of %2")
                 .arg(m_log.rowCount())
                 .arg(m_log.capacity()));
    if (m_totals.cleanExchanges == 0)
        fail(QStringLiteral("no clean exchange was completed: the byte counts were never checked"));

    printSummary(fdsBefore, fdsAfter, threadsBefore, threadsAfter, m_rssBaseKib, rssEndKib);
    if (m_failures.isEmpty()) {
        say(QStringLiteral("PASS: every invariant held (seed %1)").arg(m_options.seed));
        return 0;
    }
    for (const QString &failure : std::as_const(m_failures))
        say(QStringLiteral("FAIL: ") + failure);
    say(QStringLiteral("FAILED: %1 invariant violation(s); replay with --seed %2")
            .arg(m_failures.size())
            .arg(m_options.seed));
    return 1;
}

void Soak::printSummary(int fdsBefore, int fdsAfter, int threadsBefore, int threadsAfter, qint64 rssBaseKib,
                        qint64 rssEndKib) const
{
    auto row = [](const QString &name, const QString &value) {
        say(QStringLiteral("  %1 %2").arg(name, -34).arg(value));
    };
    auto num = [](quint64 value) {
        return QString::number(value);
    };
    say(QStringLiteral("summary (%1 measured rounds after the warm-up)").arg(m_totals.rounds));
    say(QStringLiteral("  peer operations"));
    for (size_t i = 0; i < m_totals.ops.size(); ++i)
        row(QStringLiteral("    ") + QLatin1String(Chaos::opName(Chaos::Op(i))), num(m_totals.ops[i]));
    row(QStringLiteral("tcp connects ok / failed"),
        QStringLiteral("%1 / %2").arg(m_totals.tcpConnects).arg(m_totals.tcpConnectFailures));
    row(QStringLiteral("peer bytes sent / received"),
        QStringLiteral("%1 / %2").arg(m_totals.peerBytesSent).arg(m_totals.peerBytesReceived));
    row(QStringLiteral("resets sent by peers / seen by peers"),
        QStringLiteral("%1 / %2").arg(m_totals.resetsSent).arg(m_totals.resetsSeen));
    row(QStringLiteral("server clients / ended by reset"),
        QStringLiteral("%1 / %2").arg(m_totals.serverClients).arg(m_totals.serverEndedReset));
    row(QStringLiteral("server bytes in / out"),
        QStringLiteral("%1 / %2").arg(m_totals.serverBytesIn).arg(m_totals.serverBytesOut));
    row(QStringLiteral("server restarts"), num(m_totals.serverRestarts));
    row(QStringLiteral("server aborts / closes / broadcasts"),
        QStringLiteral("%1 / %2 / %3")
            .arg(m_totals.serverAborts)
            .arg(m_totals.serverCloses)
            .arg(m_totals.serverBroadcasts));
    row(QStringLiteral("server refusals"), num(m_totals.serverRefused));
    row(QStringLiteral("clean exchanges checked / bytes"),
        QStringLiteral("%1 / %2").arg(m_totals.cleanExchanges).arg(m_totals.cleanBytes));
    row(QStringLiteral("client engine connects / bytes sent"),
        QStringLiteral("%1 / %2").arg(m_totals.clientEngineConnects).arg(m_totals.clientEngineBytesSent));
    row(QStringLiteral("udp datagrams sent / received"),
        QStringLiteral("%1 / %2").arg(m_totals.udpSent).arg(m_totals.udpReceived));
    row(QStringLiteral("udp bytes sent / received"),
        QStringLiteral("%1 / %2").arg(m_totals.udpBytesSent).arg(m_totals.udpBytesReceived));
    row(QStringLiteral("udp empty / 65507-byte / 65508 refused"),
        QStringLiteral("%1 / %2 / %3")
            .arg(m_totals.udpEmpty)
            .arg(m_totals.udpMax)
            .arg(m_totals.udpOversizeRefused));
    row(QStringLiteral("udp rebinds"), num(m_totals.udpRebinds));
    row(QStringLiteral("events recorded / log rows / evicted"),
        QStringLiteral("%1 / %2 / %3")
            .arg(m_recorder.recordedCount())
            .arg(m_log.rowCount())
            .arg(m_log.evictedCount()));
    row(QStringLiteral("open fds after warm-up / after run"),
        QStringLiteral("%1 / %2").arg(fdsBefore).arg(fdsAfter));
    row(QStringLiteral("threads after warm-up / after run"),
        QStringLiteral("%1 / %2").arg(threadsBefore).arg(threadsAfter));
    row(QStringLiteral("RSS baseline / peak / end (MiB)"),
        QStringLiteral("%1 / %2 / %3").arg(rssBaseKib / 1024).arg(m_rssPeakKib / 1024).arg(rssEndKib / 1024));
    row(QStringLiteral("RSS growth / ceiling (MiB)"),
        QStringLiteral("%1 / %2").arg((m_rssPeakKib - rssBaseKib) / 1024).arg(m_options.memoryMib));
    row(QStringLiteral("VmHWM, whole process (MiB)"), num(quint64(ProcStats::peakRssKib() / 1024)));
}

} // namespace

int main(int argc, char *argv[])
{
    // Peers write to sockets the server may have reset; send() uses
    // MSG_NOSIGNAL, this covers anything else.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netlab_soak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chaos soak of NetLab's network engines."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("How long to run after the warm-up round (default 60)."),
        QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed (default: from the clock; printed at start)."),
        QStringLiteral("S"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Chaos peers (threads) per round (default 200)."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-mib"),
        QStringLiteral("Ceiling for resident memory growth over the warm-up "
                       "baseline, MiB (default %1).")
            .arg(QLatin1String(DefaultMemoryMib)),
        QStringLiteral("M"), QLatin1String(DefaultMemoryMib));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print every round and failure."));
    parser.addOptions({secondsOption, seedOption, clientsOption, memoryOption, verboseOption});
    parser.process(app);

    Options options;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, qint64 low, qint64 high) -> qint64 {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < low || value > high) {
            say(QStringLiteral("netlab_soak: --%1 wants a whole number from %2 to %3, not \"%4\"")
                    .arg(option.names().constFirst())
                    .arg(low)
                    .arg(high)
                    .arg(parser.value(option)));
            ok = false;
        }
        return value;
    };
    options.seconds = int(number(secondsOption, 1, 7 * 24 * 3600));
    options.clients = int(number(clientsOption, 1, 5000));
    options.memoryMib = number(memoryOption, 1, 1024 * 1024);
    options.verbose = parser.isSet(verboseOption);
    if (parser.isSet(seedOption)) {
        bool validSeed = false;
        options.seed = parser.value(seedOption).toULongLong(&validSeed);
        if (!validSeed) {
            ok = false;
            say(QStringLiteral(
                    "netlab_soak: --seed wants a whole number from 0 to 18446744073709551615, not \"%1\"")
                    .arg(parser.value(seedOption)));
        }
    } else {
        options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    }
    if (!ok)
        return 2;

    // A round can overrun its plan (Conversation serves one client at a time,
    // stop() waits for client threads), but never by this much.
    const Watchdog watchdog(std::chrono::seconds(options.seconds * 2 + 300));
    Soak soak(options);
    return soak.run();
}
