#pragma once

#include "socketcall.h"
#include "trafficevent.h"
#include "udpautoreply.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHashFunctions>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QHostInfo;
class QNetworkDatagram;
class QUdpSocket;
class TrafficRecorder;

// One datagram as the receiver got it. A plain value.
struct UdpDatagram
{
    QByteArray payload;
    QHostAddress sender; // IPv4-mapped IPv6 senders are given as plain IPv4
    quint16 senderPort = 0;
    QHostAddress destination; // the address it was sent to (e.g. 127.255.255.255), null if unknown
    quint16 destinationPort = 0;
    // TrafficNames::endpoint(sender, senderPort), formatted once per sender
    // and shared by its datagrams: use it instead of formatting per datagram.
    QString senderEndpoint;
};
Q_DECLARE_METATYPE(UdpDatagram)

// Running totals of one engine. "sent" counts datagrams from sendTo/startRepeat,
// "replied" counts auto-replies (they are not in "sent"). Bytes are payload bytes.
struct UdpCounters
{
    quint64 datagramsReceived = 0;
    quint64 bytesReceived = 0;
    quint64 datagramsSent = 0;
    quint64 bytesSent = 0;
    quint64 datagramsReplied = 0;
    quint64 bytesReplied = 0;
};
Q_DECLARE_METATYPE(UdpCounters)

// The last failure, explained. A plain value.
struct UdpError
{
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QString errnoName; // what a C program would see: "EADDRINUSE", "ENETUNREACH", "EMSGSIZE", ...
    QString message; // translated, for the student: what, the likely cause, what to try
};
Q_DECLARE_METATYPE(UdpError)

// A place a broadcast can be sent to, for the Broadcast tab's list.
struct UdpBroadcastTarget
{
    QHostAddress address; // 192.168.1.255, 255.255.255.255, 127.255.255.255
    QString interfaceName; // "eth0", "lo"; empty for 255.255.255.255 (no interface of its own)
    QHostAddress interfaceAddress; // the interface's own IPv4 address (bind to it to pick the way out)
};

// A multicast group this engine has joined.
struct UdpMembership
{
    QHostAddress group;
    QString interfaceName; // empty: the kernel chose the interface
};

// The UDP sender/receiver behind the UDP and Broadcast tabs, on one
// non-blocking QUdpSocket.
//
// Lives in, and must be used from, the thread that created it (the GUI thread
// in the app); all work is driven by that thread's event loop. Each readyRead
// reads at most MaxDatagramsPerRead datagrams, then returns to the event loop
// (the rest are read on the next turn), so a flood cannot freeze the window;
// on Linux all but the first are read in batches (recvmmsg(), through a
// buffer of 1 MiB address space, allocated on the first burst, freed by
// close()). Every datagram sent or received is recorded on the
// TrafficRecorder (tab id given to the constructor; protocol udp) and every
// socket call is reported by socketCall (sendto/recvfrom are coalesced under
// floods: a few a second, then one summary line per second). The recorder is
// not owned and may be null (tests); it must outlive the engine.
class UdpEngine final : public QObject
{
    Q_OBJECT
public:
    // The largest UDP payloads: 65,535 minus the 8-byte UDP header and the
    // 20-byte IPv4 header; IPv6 counts its header outside the length field.
    static constexpr qsizetype MaxPayloadIPv4 = 65507;
    static constexpr qsizetype MaxPayloadIPv6 = 65527;
    // What bind() asks for as receive buffer (bytes); the kernel may grant
    // less (capped by net.core.rmem_max) or report twice as much (Linux
    // counts its bookkeeping).
    static constexpr int RequestedReceiveBuffer = 4 * 1024 * 1024;
    // Individual sendto/recvfrom lines per second before they are summed up.
    static constexpr int CallsPerSecondBeforeSummary = 5;
    // Datagrams read per readyRead before the event loop gets a turn.
    static constexpr int MaxDatagramsPerRead = 512;

    // tabId: "udp" or "broadcast" (the stable TrafficEvent tab id).
    explicit UdpEngine(TrafficRecorder *recorder, const QString &tabId = QStringLiteral("udp"),
                       QObject *parent = nullptr);
    ~UdpEngine() override;

    // Binds to address:port (port 0: the kernel picks one; localPort() tells
    // which). shareAddress lets other sockets bind the same port too
    // (SO_REUSEADDR). Closes a previous socket first. Asks for a receive buffer
    // of RequestedReceiveBuffer bytes. Returns false, sets lastError() and
    // emits errorOccurred on failure. Emits bound on success.
    bool bind(const QHostAddress &address, quint16 port, bool shareAddress = false);
    // Closes the socket (also an implicitly bound sender), stops a repeat,
    // forgets multicast groups and pending name lookups. Emits closed when a
    // socket was open.
    void close();

    bool isBound() const; // bound by bind(), not just implicitly by a send
    bool isOpen() const; // any socket, also the sender's implicit one
    QHostAddress localAddress() const;
    quint16 localPort() const; // 0 when no socket is open
    // Receive buffer the kernel granted (SO_RCVBUF as read back), 0 when unbound.
    int receiveBufferSize() const;

    // Sends bytes to host:port. host is an IP address or a name; a name is
    // looked up once (asynchronously; the datagram waits meanwhile) and the
    // answer is remembered until close(). Without bind() the socket is bound
    // implicitly to an ephemeral port, as sendto() would, and replies to it are
    // delivered by datagramReceived too. Returns false, sets lastError() and
    // emits errorOccurred when the datagram is refused right away: too large
    // (checked before sending, see MaxPayloadIPv4/IPv6), port 0, an invalid
    // host, or the kernel refused it. Failures after a lookup are reported by
    // errorOccurred only.
    bool sendTo(const QString &host, quint16 port, const QByteArray &bytes);

    // Sends bytes every intervalMs milliseconds (>= 1), count times (0: until
    // stopRepeat()). The first datagram leaves immediately. Stops on the first
    // failure. Emits repeatFinished when done or stopped.
    bool startRepeat(const QString &host, quint16 port, const QByteArray &bytes, int intervalMs, int count);
    void stopRepeat();
    bool isRepeating() const;
    int repeatsSent() const; // datagrams sent by the current/last repeat

    // Multicast. The socket must be bound (bind()) to join. interfaceName is a
    // QNetworkInterface name ("eth0"); empty lets the kernel choose, which needs
    // a multicast or default route. Failures set lastError() and emit
    // errorOccurred.
    bool joinGroup(const QHostAddress &group, const QString &interfaceName = {});
    bool leaveGroup(const QHostAddress &group, const QString &interfaceName = {});
    QList<UdpMembership> joinedGroups() const;
    // Sender options, applied now when a socket is open and to every later one.
    bool setMulticastInterface(const QString &interfaceName); // empty: the kernel chooses
    void setMulticastTtl(int ttl); // 1 (default): stays on the local network
    void setMulticastLoopback(bool enabled); // receive own multicast on this host
    int multicastTtl() const;
    bool multicastLoopback() const;
    QString multicastInterface() const;

    // Auto-reply rules (disabled until autoReply().setEnabled(true)).
    UdpAutoReply &autoReply();
    const UdpAutoReply &autoReply() const;

    UdpCounters counters() const;
    void resetCounters();

    UdpError lastError() const;

    // Each up interface's IPv4 broadcast address, then 255.255.255.255 and
    // 127.255.255.255 (lo). Reads the interfaces now; any thread.
    static QList<UdpBroadcastTarget> broadcastTargets();
    // The largest payload for destinations of that protocol.
    static qsizetype maxPayload(QAbstractSocket::NetworkLayerProtocol protocol);
    // Translated lesson: UDP does not tell the sender when nobody receives.
    static QString noReceiverLesson();

signals:
    void bound(const QHostAddress &address, quint16 port);
    void closed();
    void datagramReceived(const UdpDatagram &datagram);
    void datagramSent(const QHostAddress &destination, quint16 port, qint64 bytes);
    void autoReplied(const QHostAddress &destination, quint16 port, const QByteArray &reply);
    void errorOccurred(const UdpError &error);
    void socketCall(const SocketCall &call);
    // At most ten times a second, after the counters changed.
    void countersChanged(const UdpCounters &counters);
    void repeatFinished(int sent);
    void membershipChanged();

private:
    struct PendingSend
    {
        QString host;
        quint16 port = 0;
        QByteArray bytes;
    };
    enum class CallKind : quint8 { SendTo, RecvFrom };
    struct CallWindow
    {
        int shown = 0; // individual lines this second
        quint64 hiddenCount = 0; // calls summed up
        quint64 hiddenBytes = 0;
    };

    bool openSocket(const QHostAddress &address, quint16 port, bool shareAddress, bool implicit);
    void applyMulticastOptions();
    bool sendResolved(const QHostAddress &destination, const QString &host, quint16 port,
                      const QByteArray &bytes);
    void lookupFinished(const QHostInfo &info);
    void readPending();
    bool readOneThroughQt();
    void readNative(int budget);
    // datagram.senderEndpoint is set; local is the text of where it arrived.
    void handleDatagram(UdpDatagram &datagram, const QString &local, const QDateTime &time);
    const QString &endpointText(const QHostAddress &address, quint16 port);
    const QString &localText(const QHostAddress &destination, quint16 port);
    void repeatTick();
    QAbstractSocket::SocketError sendError();
    QHostAddress sourceFor(const QHostAddress &destination, quint16 port);
    QHostAddress chooseAddress(const QList<QHostAddress> &addresses) const;

    bool fail(UdpError error, const QString &function, const QString &arguments, const QString &peer = {});
    UdpError explain(QAbstractSocket::SocketError error, const QString &host, quint16 port, bool listening,
                     const QHostAddress &destination = {}, const QString &qtText = {}) const;
    void emitCall(const QString &function, const QString &arguments, const QString &result,
                  bool failed = false);
    void noteTransfer(CallKind kind, const QString &arguments, qint64 bytes);
    void flushCallWindows();
    void countersTouched();
    // time: when it happened; null: now.
    void recordEvent(TrafficKind kind, const QString &local, const QString &peer, const QByteArray &payload,
                     const QString &note = {}, const QDateTime &time = {});
    QString localEndpoint() const;

    TrafficRecorder *m_recorder = nullptr;
    QString m_tabId;
    QUdpSocket *m_socket = nullptr;
    bool m_explicitlyBound = false;
    bool m_socketFailed = false; // Qt reports only a socket's first error; see sendError()
    int m_receiveBuffer = 0;

    UdpAutoReply m_autoReply;
    UdpCounters m_counters;
    UdpError m_lastError;

    // Names already looked up (name -> address), and datagrams waiting for a lookup.
    QHash<QString, QHostAddress> m_resolved;
    QHash<int, QString> m_lookups; // lookup id -> name
    QList<PendingSend> m_pending;
    // Real source address per destination for an any-address socket.
    QHash<QString, QHostAddress> m_sources;

    QList<UdpMembership> m_groups;
    QString m_multicastInterface;
    int m_multicastTtl = 1;
    bool m_multicastLoopback = true;

    QTimer m_repeatTimer;
    PendingSend m_repeat;
    int m_repeatCount = 0;
    int m_repeatSent = 0;

    QTimer m_countersTimer;
    QTimer m_callTimer;
    CallWindow m_callWindows[2];

    // Changes whenever the socket is closed or replaced: a receiver of
    // datagramReceived may close the engine while a read loop is running.
    quint64 m_socketGeneration = 0;
    bool m_readingNative = false;

    // Endpoint texts ("127.0.0.1:5000") of recent senders and destinations,
    // so a flood from one sender formats its address once, not per datagram.
    struct EndpointKey
    {
        QHostAddress address;
        quint16 port = 0;
        friend bool operator==(const EndpointKey &a, const EndpointKey &b)
        {
            return a.port == b.port && a.address == b.address && a.address.scopeId() == b.address.scopeId();
        }
        friend size_t qHash(const EndpointKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.address, key.port);
        }
    };
    QHash<EndpointKey, QString> m_endpointTexts;

    // Linux: recvmmsg() buffers, allocated on the first flood, freed by close().
    struct NativeBatch;
    std::unique_ptr<NativeBatch> m_batch;
};
