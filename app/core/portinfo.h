#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// One line of /etc/services ("http 80/tcp www # WorldWideWeb HTTP"), or one of
// the built-in common services.
struct ServiceEntry
{
    QString name; // "http"
    quint16 port = 0;
    QString protocol; // "tcp", "udp", ... as written, lower case
    QStringList aliases; // "www"
    QString comment; // the text after '#', trimmed; may be empty
    QString label; // the everyday name for the common services ("HTTP", "DNS"), else empty
    bool fromSystem = false; // true when it came from /etc/services
};

// IANA's three port ranges.
enum class PortRange : quint8 {
    WellKnown, // 0-1023: system services; binding needs privileges on Linux
    Registered, // 1024-49151: registered with IANA for applications
    Dynamic, // 49152-65535: dynamic/private, never registered
};

// The range the OS picks client (ephemeral) ports from.
struct EphemeralRange
{
    bool valid = false;
    quint16 low = 0;
    quint16 high = 0;
};

enum class PortState : quint8 {
    Free, // bind succeeded (and was released again)
    InUse, // another socket holds the port
    NeedsRoot, // a port below the unprivileged limit, and we are not privileged
    AddressNotLocal, // the address belongs to no interface of this machine
    Failed, // anything else; see the detail text
};

// The outcome of PortInfo::checkPort(). A plain value.
struct PortCheckResult
{
    QHostAddress address;
    quint16 port = 0;
    PortState tcp = PortState::Failed;
    PortState udp = PortState::Failed;
    QString tcpDetail; // Qt's error text when the TCP bind failed
    QString udpDetail; // ditto for UDP
    int privilegedBelow = 1024; // ports below this need root here
};

// Well-known services, port ranges and "is this port free here?". Static
// functions, callable from any thread; messages are translated at call time.
class PortInfo
{
    Q_DECLARE_TR_FUNCTIONS(PortInfo)
public:
    // Parses the text of /etc/services: "name port/protocol [aliases...]
    // [# comment]". Blank lines, comment lines and malformed lines (no
    // "port/protocol", a port above 65535) are skipped. Entries keep file order.
    static QList<ServiceEntry> parseServices(const QString &text);

    // The common services every student meets: FTP 21, SSH 22, SMTP 25,
    // DNS 53 (TCP and UDP), HTTP 80, HTTPS 443, with their everyday label.
    static QList<ServiceEntry> builtInServices();

    // The built-in services merged into the entries parsed from the file at
    // path (the built-in label is added to the file's entry of the same port
    // and protocol; built-ins missing from the file are added). Sorted by
    // port, then protocol. Works, with the built-ins alone, when the file is
    // missing.
    static QList<ServiceEntry> loadServices(const QString &path = QStringLiteral("/etc/services"));

    // A translated sentence on what a built-in service is for; empty for
    // other ports.
    static QString describe(const ServiceEntry &entry);

    // True when query (trimmed) is the entry's port number, or is contained
    // (case-insensitively) in its name, an alias or its label. An empty query
    // matches everything.
    static bool matches(const ServiceEntry &entry, const QString &query);

    static PortRange classify(quint16 port);
    static QString rangeLabel(PortRange range); // "well-known (0–1023)", translated
    static QString rangeExplanation(PortRange range); // a sentence, translated

    // Parses the text of /proc/sys/net/ipv4/ip_local_port_range ("32768\t60999\n").
    static EphemeralRange parseEphemeralRange(const QString &text);
    static EphemeralRange ephemeralRange(const QString &path
                                         = QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    // "When a program connects without choosing its port ..." for range, translated.
    static QString ephemeralExplanation(const EphemeralRange &range);

    // The first port an unprivileged program may bind (Linux
    // net.ipv4.ip_unprivileged_port_start); 1024 when it cannot be read.
    static int unprivilegedPortStart(const QString &path
                                     = QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));

    // Tries to listen on TCP and to bind UDP at address:port, and releases
    // both at once. Exclusive binds (no SO_REUSEADDR for UDP), so a port that
    // another socket holds is reported in use. Synchronous and quick; call it
    // from a thread that may own sockets (the GUI thread is fine).
    static PortCheckResult checkPort(const QHostAddress &address, quint16 port);

    // The result in words for a student, one line per protocol, with the
    // `ss` command that finds the holder of a port in use. Translated.
    static QString explain(const PortCheckResult &result);
};
