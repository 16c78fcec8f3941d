#pragma once

#include "trafficevent.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// What a tab knows about its sockets, for building Wireshark filters. Either
// side may be unknown: a null (or unspecified, 0.0.0.0 / ::) address and port
// 0 mean "not known" and narrow nothing.
struct WiresharkContext
{
    TrafficProtocol protocol = TrafficProtocol::Tcp;
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    // True for a TCP server that listens or a UDP socket bound to receive:
    // the local port is then the well-known one and any peer may appear.
    bool listening = false;

    bool operator==(const WiresharkContext &other) const;
    bool operator!=(const WiresharkContext &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(WiresharkContext)

// One connection (or UDP conversation) the user picked: both ends known.
struct WiresharkConnection
{
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;

    bool operator==(const WiresharkConnection &other) const;
    bool operator!=(const WiresharkConnection &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(WiresharkConnection)

// Everything the Wireshark pane shows, built by WiresharkFilters::build().
struct WiresharkFilterSet
{
    QString captureFilter; // BPF for -f, e.g. "tcp port 8888"; empty when no port is known
    QString displayFilter; // for -Y or the filter bar; empty when no port is known
    QString connectionFilter; // the selected connection only; empty without one
    QString interfaceName; // "lo" (loopback only) or "any"
    QString interfaceSentence; // translated: why that interface
    QString tsharkCommand; // ready to paste: tshark -i lo -f "tcp port 8888"
    QString wiresharkCommand; // ready to paste: wireshark -k -i lo -f "tcp port 8888"
};

// Wireshark capture and display filters for what a tab is doing. Pure
// functions, any thread. Filters are syntax Wireshark 3.x/4.x accepts; the
// test compiles every form they can take with tshark and dumpcap.
//
// Address rules: an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is IPv4 (it
// is on the wire as IPv4), written with ip.addr; real IPv6 uses ipv6.addr; a
// scope id (%eth0) is dropped because filters have no syntax for it.
class WiresharkFilters
{
    Q_DECLARE_TR_FUNCTIONS(WiresharkFilters)
public:
    // BPF: "tcp port 8888", "udp and (port 9999 or port 7777)"; "and host X"
    // only for a client's known, non-loopback peer (on lo the interface
    // already narrows; a server or receiver hears any peer).
    static QString captureFilter(const WiresharkContext &context);
    // "tcp.port == 8888 && ip.addr == 127.0.0.1": the ports of the capture
    // filter plus the one address that tells NetLab's packets apart (the
    // peer of a client; the bound address of a server when it is specific).
    static QString displayFilter(const WiresharkContext &context);
    // "tcp.port == 51234 && tcp.port == 8888 && ip.addr == 127.0.0.1": the
    // exact pair. Equal ports or addresses are written once. Empty when a
    // port is unknown.
    static QString connectionFilter(TrafficProtocol protocol, const WiresharkConnection &connection);

    // "lo" when every known address is loopback (Linux's name; "lo0" on
    // macOS), otherwise "any" (Linux's pseudo-interface that also sees lo);
    // also "any" for a socket listening on every address.
    static QString captureInterface(const WiresharkContext &context);
    static bool isLoopbackInterface(const QString &interfaceName);
    // Translated, one sentence or two, for the interface chosen above.
    static QString interfaceSentence(const QString &interfaceName);

    // Argument lists (without the program) and ready-to-paste command lines.
    // An empty capture filter leaves out -f.
    static QStringList tsharkArguments(const QString &interfaceName, const QString &captureFilter);
    static QStringList wiresharkArguments(const QString &interfaceName, const QString &captureFilter);
    static QString tsharkCommand(const QString &interfaceName, const QString &captureFilter);
    static QString wiresharkCommand(const QString &interfaceName, const QString &captureFilter);

    static WiresharkFilterSet build(const WiresharkContext &context,
                                    const std::optional<WiresharkConnection> &selected = std::nullopt);

    // The address as filters write it: mapped IPv4 unwrapped, scope id
    // dropped; a null address for null/unspecified input.
    static QHostAddress normalized(const QHostAddress &address);

    // What a tab's fields say before anything is bound or connected, so a
    // capture can be started first. The port typed in a field, or 0 while it
    // is not a port (the field's own check says why).
    static quint16 typedPort(const QString &text);
    // The address typed as a host: an IP address (IPv6 with or without
    // brackets) or "localhost"; a null address for any other name, which
    // narrows nothing until it is looked up.
    static QHostAddress typedAddress(const QString &text);
};
