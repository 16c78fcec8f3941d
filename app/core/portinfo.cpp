#include "portinfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUdpSocket>

#include <algorithm>

namespace {

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(file.readAll());
}

PortState stateFor(QAbstractSocket::SocketError error, quint16 port, int privilegedBelow)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: return PortState::InUse;
    case QAbstractSocket::SocketAddressNotAvailableError: return PortState::AddressNotLocal;
    case QAbstractSocket::SocketAccessError:
        return port < privilegedBelow ? PortState::NeedsRoot : PortState::Failed;
    default: return PortState::Failed;
    }
}

} // namespace

QList<ServiceEntry> PortInfo::parseServices(const QString &text)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    QList<ServiceEntry> entries;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const qsizetype hash = line.indexOf(u'#');
        const QString content = (hash >= 0 ? line.left(hash) : line).trimmed();
        if (content.isEmpty())
            continue;
        const QStringList fields = content.split(whiteSpace, Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        const QString &portProtocol = fields.at(1);
        const qsizetype slash = portProtocol.indexOf(u'/');
        if (slash <= 0 || slash == portProtocol.size() - 1)
            continue;
        bool ok = false;
        const uint port = portProtocol.left(slash).toUInt(&ok);
        if (!ok || port > 65535)
            continue;

        ServiceEntry entry;
        entry.name = fields.at(0);
        entry.port = quint16(port);
        entry.protocol = portProtocol.mid(slash + 1).toLower();
        entry.aliases = fields.mid(2);
        entry.comment = hash >= 0 ? line.mid(hash + 1).trimmed() : QString();
        entry.fromSystem = true;
        entries.append(entry);
    }
    return entries;
}

QList<ServiceEntry> PortInfo::builtInServices()
{
    // Names as /etc/services spells them, so a merge finds them; the label is
    // what the tutorial and everyone else calls them.
    const auto make = [](const char *name, quint16 port, const char *protocol, const char *label) {
        ServiceEntry entry;
        entry.name = QLatin1String(name);
        entry.port = port;
        entry.protocol = QLatin1String(protocol);
        entry.label = QLatin1String(label);
        return entry;
    };
    return {
        make("ftp", 21, "tcp", "FTP"),      make("ssh", 22, "tcp", "SSH"),    make("smtp", 25, "tcp", "SMTP"),
        make("domain", 53, "tcp", "DNS"),   make("domain", 53, "udp", "DNS"), make("http", 80, "tcp", "HTTP"),
        make("https", 443, "tcp", "HTTPS"),
    };
}

QList<ServiceEntry> PortInfo::loadServices(const QString &path)
{
    QList<ServiceEntry> entries = parseServices(readSmallFile(path));
    const QList<ServiceEntry> builtIns = builtInServices();
    for (const ServiceEntry &builtIn : builtIns) {
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const ServiceEntry &e) {
            return e.port == builtIn.port && e.protocol == builtIn.protocol;
        });
        if (it != entries.end())
            it->label = builtIn.label;
        else
            entries.append(builtIn);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ServiceEntry &a, const ServiceEntry &b) {
        return a.port != b.port ? a.port < b.port : a.protocol < b.protocol;
    });
    return entries;
}

QString PortInfo::describe(const ServiceEntry &entry)
{
    const bool tcp = entry.protocol == QLatin1String("tcp");
    switch (entry.port) {
    case 21: return tcp ? tr("File transfer (FTP): the control connection.") : QString();
    case 22: return tcp ? tr("Secure remote login and file copy (SSH, scp, sftp).") : QString();
    case 25: return tcp ? tr("Mail servers pass e-mail to each other (SMTP).") : QString();
    case 53:
        return tcp ? tr("DNS over TCP: large answers and zone transfers.")
                   : tr("DNS: names are looked up here, one UDP datagram each way.");
    case 80: return tcp ? tr("Web pages without encryption (HTTP).") : QString();
    case 443: return tcp ? tr("Web pages over TLS encryption (HTTPS).") : QString();
    default: break;
    }
    return QString();
}

bool PortInfo::matches(const ServiceEntry &entry, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return true;
    bool isNumber = false;
    const uint number = q.toUInt(&isNumber);
    if (isNumber)
        return number == entry.port;
    if (entry.name.contains(q, Qt::CaseInsensitive) || entry.label.contains(q, Qt::CaseInsensitive))
        return true;
    return std::any_of(entry.aliases.cbegin(), entry.aliases.cend(),
                       [&](const QString &alias) { return alias.contains(q, Qt::CaseInsensitive); });
}

PortRange PortInfo::classify(quint16 port)
{
    if (port <= 1023)
        return PortRange::WellKnown;
    if (port <= 49151)
        return PortRange::Registered;
    return PortRange::Dynamic;
}

QString PortInfo::rangeLabel(PortRange range)
{
    switch (range) {
    case PortRange::WellKnown: return tr("well-known (0–1023)");
    case PortRange::Registered: return tr("registered (1024–49151)");
    case PortRange::Dynamic: return tr("dynamic/private (49152–65535)");
    }
    return QString();
}

QString PortInfo::rangeExplanation(PortRange range)
{
    switch (range) {
    case PortRange::WellKnown:
        return tr("Ports 0–1023 are the well-known ports of system services such as HTTP (80) "
                  "and SSH (22). On Linux only root may listen on them.");
    case PortRange::Registered:
        return tr("Ports 1024–49151 are registered with IANA for applications (MySQL uses 3306, "
                  "for example). Any user may listen on them; pick one here for your own "
                  "servers.");
    case PortRange::Dynamic:
        return tr("Ports 49152–65535 are dynamic or private: never registered, meant for "
                  "temporary use such as the client side of a connection.");
    }
    return QString();
}

EphemeralRange PortInfo::parseEphemeralRange(const QString &text)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    EphemeralRange range;
    const QStringList fields = text.split(whiteSpace, Qt::SkipEmptyParts);
    if (fields.size() != 2)
        return range;
    bool lowOk = false;
    bool highOk = false;
    const uint low = fields.at(0).toUInt(&lowOk);
    const uint high = fields.at(1).toUInt(&highOk);
    if (!lowOk || !highOk || low > high || high > 65535)
        return range;
    range.valid = true;
    range.low = quint16(low);
    range.high = quint16(high);
    return range;
}

EphemeralRange PortInfo::ephemeralRange(const QString &path)
{
    return parseEphemeralRange(readSmallFile(path));
}

QString PortInfo::ephemeralExplanation(const EphemeralRange &range)
{
    if (!range.valid) {
        return tr("This system does not say which ports it uses for client connections "
                  "(/proc/sys/net/ipv4/ip_local_port_range cannot be read).");
    }
    return tr("This machine's ephemeral range is %1–%2 (from "
              "/proc/sys/net/ipv4/ip_local_port_range). When a client connects without "
              "choosing its own port, the operating system picks a free port from this range "
              "for it. A server should listen on a port outside it, or a client may get there "
              "first.")
        .arg(range.low)
        .arg(range.high);
}

int PortInfo::unprivilegedPortStart(const QString &path)
{
    bool ok = false;
    const int value = readSmallFile(path).trimmed().toInt(&ok);
    return ok && value >= 0 && value <= 65536 ? value : 1024;
}

PortCheckResult PortInfo::checkPort(const QHostAddress &address, quint16 port)
{
    PortCheckResult result;
    result.address = address;
    result.port = port;
    result.privilegedBelow = unprivilegedPortStart();

    QTcpServer tcp;
    if (tcp.listen(address, port)) {
        result.tcp = PortState::Free;
        tcp.close();
    } else {
        result.tcp = stateFor(tcp.serverError(), port, result.privilegedBelow);
        result.tcpDetail = tcp.errorString();
    }

    // DontShareAddress leaves SO_REUSEADDR off. With it, a UDP bind succeeds
    // next to another socket that also set it, and a busy port looks free.
    QUdpSocket udp;
    if (udp.bind(address, port, QAbstractSocket::DontShareAddress)) {
        result.udp = PortState::Free;
        udp.close();
    } else {
        result.udp = stateFor(udp.error(), port, result.privilegedBelow);
        result.udpDetail = udp.errorString();
    }
    return result;
}

static QString explainOne(const QString &protocol, PortState state, const PortCheckResult &result,
                          const QString &detail)
{
    const QString address = result.address.toString();
    switch (state) {
    case PortState::Free:
        return PortInfo::tr("%1 port %2 is free on %3: a server could listen on it now.")
            .arg(protocol)
            .arg(result.port)
            .arg(address);
    case PortState::InUse: {
        const QString command = protocol == QLatin1String("TCP")
            ? QStringLiteral("ss -ltnp 'sport = :%1'").arg(result.port)
            : QStringLiteral("ss -lunp 'sport = :%1'").arg(result.port);
        return PortInfo::tr("%1 port %2 on %3 is in use: another socket holds it. To see which "
                            "program, run: %4 (as root to see every user's programs).")
            .arg(protocol)
            .arg(result.port)
            .arg(address, command);
    }
    case PortState::NeedsRoot:
        return PortInfo::tr("%1 port %2 needs root: on this machine ports below %3 are reserved "
                            "for system services. Choose %3 or above, such as 8888.")
            .arg(protocol)
            .arg(result.port)
            .arg(result.privilegedBelow);
    case PortState::AddressNotLocal:
        return PortInfo::tr("%1: %2 is not an address of this machine, so no program here can "
                            "use it. A program can only bind to its own addresses (see \"This "
                            "machine\"), to 0.0.0.0 or to ::.")
            .arg(protocol, address);
    case PortState::Failed: break;
    }
    return PortInfo::tr("%1 port %2 on %3 could not be opened: %4.")
        .arg(protocol)
        .arg(result.port)
        .arg(address, detail);
}

QString PortInfo::explain(const PortCheckResult &result)
{
    if (result.tcp == PortState::AddressNotLocal && result.udp == PortState::AddressNotLocal) {
        return tr("%1 is not an address of this machine, so no program here can use it. A "
                  "program can only bind to its own addresses (see \"This machine\"), to 0.0.0.0 "
                  "or to ::.")
            .arg(result.address.toString());
    }
    QStringList lines;
    lines += explainOne(QStringLiteral("TCP"), result.tcp, result, result.tcpDetail);
    lines += explainOne(QStringLiteral("UDP"), result.udp, result, result.udpDetail);
    if ((result.tcp == PortState::Free) != (result.udp == PortState::Free)) {
        lines += tr("TCP and UDP ports are separate: one TCP program and one UDP program can "
                    "use the same number at the same time.");
    }
    return lines.join(u'\n');
}
