#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

class QHostAddress;

// What happened on a socket. Stable ids (kindId) are written to transcripts and
// exports; labels (kindLabel) are translated for the screen.
enum class TrafficKind : quint8 {
    Listening, // a TCP server started listening or a UDP socket was bound
    Connected, // an outgoing TCP connection was established
    Accepted, // a TCP server accepted a client
    Sent,
    Received,
    Closed,
    Reset,
    Error,
};

enum class TrafficDirection : quint8 { None, Outgoing, Incoming };

enum class TrafficProtocol : quint8 { Tcp, Udp };

// How a TCP connection ended or failed, for exporters that rebuild the packets
// (who sent the first FIN or the RST; a refused connect is SYN then RST).
enum class TrafficEnd : quint8 {
    Unknown, // not said: exporters assume the local side acted first
    ByUs, // Closed/Reset: the local side closed or aborted first
    ByPeer, // Closed/Reset: the peer closed or reset first
    Refused, // Error: the peer answered our SYN with a reset (nothing listening)
};

// One row of the traffic log and one line of the transcript. A plain value:
// cheap to copy (implicitly shared members), safe to pass between threads.
struct TrafficEvent
{
    QDateTime time; // when it happened (local time, millisecond precision)
    qint64 timeNs = 0; // the same instant in nanoseconds since 1970-01-01T00:00Z (0 = not stamped)
    QString tab; // stable tab id: "tcp-client", "tcp-server", "udp", "broadcast", ...
    TrafficKind kind = TrafficKind::Sent;
    TrafficProtocol protocol = TrafficProtocol::Tcp;
    QString local; // endpoint text as TrafficNames::endpoint() writes it
    QString peer; // ditto; empty when there is no peer (Listening)
    QByteArray payload;
    QString encoding = QStringLiteral("UTF-8"); // how the originating tab shows text
    QString note; // a sentence for people: an error explained, a close reason
    TrafficEnd end = TrafficEnd::Unknown; // Closed, Reset and Error only

    TrafficDirection direction() const;
};
Q_DECLARE_METATYPE(TrafficEvent)

namespace TrafficNames {

// "listening", "connected", "accepted", "sent", "received", "closed", "reset", "error".
QString kindId(TrafficKind kind);
// Translated label for the screen ("received" / "收到").
QString kindLabel(TrafficKind kind);
// "tcp" or "udp"; upper-case for the screen is the caller's choice.
QString protocolId(TrafficProtocol protocol);
// "in", "out" or "" (stable, for transcripts).
QString directionId(TrafficDirection direction);
// Arrow for the screen: "→" outgoing, "←" incoming, "" otherwise.
QString directionArrow(TrafficDirection direction);
// "127.0.0.1:8888" or "[::1]:8888". An IPv4-mapped IPv6 address
// (::ffff:127.0.0.1) is written as plain IPv4, which is what Wireshark shows.
QString endpoint(const QHostAddress &address, quint16 port);
// The stable tab ids in window order: host, encoding, tcp-client, tcp-server, udp,
// broadcast, concurrency.
QStringList tabIds();
// Translated tab title for a stable id ("TCP Server" / "TCP 服务器").
QString tabLabel(const QString &tabId);
} // namespace TrafficNames
