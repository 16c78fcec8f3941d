#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// One packet rebuilt from a traffic event: a raw IP packet (IPv4 or IPv6
// header first) with the time and the comment it gets in the pcapng file.
struct SynthPacket
{
    qint64 timeNs = 0; // nanoseconds since 1970-01-01T00:00Z
    QByteArray ip;
    QString comment; // translated (context "TrafficPcapng")
};

// Turns traffic-log events into the packets a capture of the same traffic
// would show, so Wireshark can dissect NetLab's own log: TCP handshakes,
// data segments with consistent sequence and acknowledgement numbers, FIN
// and RST exchanges; UDP datagrams. The packets are synthesized: NetLab sees
// socket calls, not the wire, so segment boundaries follow the app's reads
// and writes while the byte streams are exactly what was logged.
//
// Stateful: keeps, per TCP connection (protocol + local + peer endpoint
// texts), the next sequence number of each side; use one packetizer per
// file, feeding the events in order. Not thread-safe; use it from one thread
// at a time. Events whose endpoints are not "ADDRESS:PORT" texts
// (Listening, host-not-found errors, "server stopped" rows) give no packets.
class TrafficPacketizer
{
public:
    // Gives the address this machine would send from to reach peer; a null
    // address when there is none. Called for events whose local address is
    // unbound (0.0.0.0 or ::), at most once per peer address.
    using SourceResolver = std::function<QHostAddress(const QHostAddress &peer)>;

    // The default resolver connects a throw-away QUdpSocket to the peer and
    // reads its local address (a UDP connect sends nothing).
    TrafficPacketizer();

    void setSourceResolver(SourceResolver resolver);

    // The packets for one event, in wire order, timed event.timeNs (or
    // event.time when timeNs is 0) plus 1 ns per packet.
    QList<SynthPacket> packetsFor(const TrafficEvent &event);

    // The default resolver, usable on its own. Any thread.
    static QHostAddress systemSourceFor(const QHostAddress &peer);

private:
    struct Endpoint
    {
        QHostAddress address;
        quint16 port = 0;
        bool valid = false;
    };
    struct Connection
    {
        quint32 localNext = 0; // sequence number of the local side's next byte
        quint32 peerNext = 0;
    };

    Endpoint parseEndpoint(const QString &text);
    QHostAddress sourceFor(const QHostAddress &peer);
    Connection newConnection();

    SourceResolver m_resolver;
    QHash<QString, Endpoint> m_endpointCache;
    QHash<QHostAddress, QHostAddress> m_sourceCache;
    QHash<QString, Connection> m_connections;
    quint32 m_connectionCount = 0;
    quint16 m_identification = 0;
};

namespace TrafficPcapng {

// A complete pcapng file (PcapngWriter's header, then the packets of every
// event, through one TrafficPacketizer with the default resolver). Any thread.
QByteArray toBytes(const QList<TrafficEvent> &events);

// Writes toBytes(events) to path through a temporary file that replaces path
// only when everything was written (QSaveFile). On failure returns false and,
// when error is not null, sets it to a translated sentence naming the path and
// the reason. Any thread.
bool writeFile(const QString &path, const QList<TrafficEvent> &events, QString *error = nullptr);

} // namespace TrafficPcapng

// Writes a pcapng file as traffic happens (`netlab --pcapng FILE`). The file
// is valid after every event: the header is written by open(), then each
// event's blocks are written whole and flushed before write() returns; a
// failed write is cut back to the last complete block when the system allows.
// Lives in the GUI thread (or any one thread); owns its file.
class PcapngLiveWriter final : public QObject
{
    Q_OBJECT
public:
    explicit PcapngLiveWriter(QObject *parent = nullptr);
    ~PcapngLiveWriter() override;

    // Creates or truncates path and writes the pcapng header. An open file is
    // closed first. On failure returns false and, when error is not null,
    // sets it to a translated sentence naming the path and the reason.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }

    // For tests and the fuzz target: replaces the packetizer's resolver (kept
    // across open()).
    void setSourceResolver(TrafficPacketizer::SourceResolver resolver);

    // Packets written, and packets that could not be written, since open().
    quint64 packetCount() const { return m_packets; }
    quint64 failedCount() const { return m_failed; }

public slots:
    // Appends the packets for event. Does nothing when no file is open. When
    // a write fails (disk full), emits writeFailed once and counts the
    // packets of this and later failing events in failedCount(); after a
    // write succeeds again, the next failure is reported again.
    void write(const TrafficEvent &event);

signals:
    void writeFailed(const QString &message);

private:
    QFile m_file;
    TrafficPacketizer m_packetizer;
    TrafficPacketizer::SourceResolver m_resolver; // empty: the packetizer's default
    qint64 m_goodSize = 0; // bytes of complete blocks in the file
    quint64 m_packets = 0;
    quint64 m_failed = 0;
    bool m_failing = false;
};
