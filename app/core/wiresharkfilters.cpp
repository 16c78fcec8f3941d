#include "wiresharkfilters.h"

namespace {

QString protocolWord(TrafficProtocol protocol)
{
    return protocol == TrafficProtocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

bool known(const QHostAddress &address)
{
    return !address.isNull();
}

// The ports that identify the tab's traffic. A server or receiver is found by
// its own port (clients come from anywhere) plus the port it sends to, if
// any; a client by the server's port, because its own port is ephemeral and
// changes with every connection.
QList<quint16> interestingPorts(const WiresharkContext &context)
{
    QList<quint16> ports;
    const auto add = [&ports](quint16 port) {
        if (port != 0 && !ports.contains(port))
            ports.append(port);
    };
    if (context.listening) {
        add(context.localPort);
        add(context.peerPort);
    } else {
        add(context.peerPort);
        if (ports.isEmpty())
            add(context.localPort);
    }
    return ports;
}

// The one address worth a display-filter term, or null.
QHostAddress interestingAddress(const WiresharkContext &context)
{
    const QHostAddress local = WiresharkFilters::normalized(context.localAddress);
    const QHostAddress peer = WiresharkFilters::normalized(context.peerAddress);
    if (context.listening)
        return local;
    return known(peer) ? peer : local;
}

QString addressTerm(const QHostAddress &address)
{
    const QString field = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ipv6.addr")
                                                                              : QStringLiteral("ip.addr");
    return field + QStringLiteral(" == ") + address.toString();
}

QString shellQuoted(const QString &argument)
{
    bool plain = !argument.isEmpty();
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("_-./:=,+@%").contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return argument;
    QString quoted = argument;
    for (const QChar special : {u'\\', u'"', u'$', u'`'})
        quoted.replace(special, QString(u'\\') + special);
    return u'"' + quoted + u'"';
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    QStringList words{program};
    for (const QString &argument : arguments)
        words.append(shellQuoted(argument));
    return words.join(u' ');
}

} // namespace

bool WiresharkContext::operator==(const WiresharkContext &other) const
{
    return protocol == other.protocol && localAddress == other.localAddress && localPort == other.localPort
        && peerAddress == other.peerAddress && peerPort == other.peerPort && listening == other.listening;
}

bool WiresharkConnection::operator==(const WiresharkConnection &other) const
{
    return localAddress == other.localAddress && localPort == other.localPort
        && peerAddress == other.peerAddress && peerPort == other.peerPort;
}

QHostAddress WiresharkFilters::normalized(const QHostAddress &address)
{
    if (address.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const QHostAddress plain(v4);
        return plain == QHostAddress(QHostAddress::AnyIPv4) ? QHostAddress() : plain;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {}; // QHostAddress::Any: "every address", which narrows nothing
    QHostAddress bare(address.toIPv6Address());
    if (bare == QHostAddress(QHostAddress::AnyIPv6))
        return {};
    return bare; // the scope id is gone: neither BPF nor display filters take one
}

QString WiresharkFilters::captureFilter(const WiresharkContext &context)
{
    const QList<quint16> ports = interestingPorts(context);
    if (ports.isEmpty())
        return {};
    QString filter;
    if (ports.size() == 1) {
        filter = protocolWord(context.protocol) + QStringLiteral(" port ") + QString::number(ports.first());
    } else {
        QStringList alternatives;
        for (const quint16 port : ports)
            alternatives.append(QStringLiteral("port ") + QString::number(port));
        filter = protocolWord(context.protocol) + QStringLiteral(" and (")
            + alternatives.join(QStringLiteral(" or ")) + u')';
    }
    // Only a client's remote peer narrows usefully: on lo every packet is
    // local anyway, and a server must not miss clients from other hosts.
    const QHostAddress peer = normalized(context.peerAddress);
    if (!context.listening && known(peer) && !peer.isLoopback())
        filter += QStringLiteral(" and host ") + peer.toString();
    return filter;
}

QString WiresharkFilters::displayFilter(const WiresharkContext &context)
{
    const QList<quint16> ports = interestingPorts(context);
    if (ports.isEmpty())
        return {};
    const QString field = protocolWord(context.protocol) + QStringLiteral(".port == ");
    QString filter;
    if (ports.size() == 1) {
        filter = field + QString::number(ports.first());
    } else {
        QStringList alternatives;
        for (const quint16 port : ports)
            alternatives.append(field + QString::number(port));
        filter = u'(' + alternatives.join(QStringLiteral(" || ")) + u')';
    }
    const QHostAddress address = interestingAddress(context);
    if (known(address))
        filter += QStringLiteral(" && ") + addressTerm(address);
    return filter;
}

QString WiresharkFilters::connectionFilter(TrafficProtocol protocol, const WiresharkConnection &connection)
{
    if (connection.localPort == 0 || connection.peerPort == 0)
        return {};
    const QString field = protocolWord(protocol) + QStringLiteral(".port == ");
    QStringList terms{field + QString::number(connection.localPort)};
    if (connection.peerPort != connection.localPort)
        terms.append(field + QString::number(connection.peerPort));
    const QHostAddress local = normalized(connection.localAddress);
    const QHostAddress peer = normalized(connection.peerAddress);
    if (known(local))
        terms.append(addressTerm(local));
    if (known(peer) && peer != local)
        terms.append(addressTerm(peer));
    return terms.join(QStringLiteral(" && "));
}

QString WiresharkFilters::captureInterface(const WiresharkContext &context)
{
    const QHostAddress local = normalized(context.localAddress);
    const QHostAddress peer = normalized(context.peerAddress);
    // A socket bound to every address hears other hosts too: lo would miss them.
    if (context.listening && !known(local))
        return QStringLiteral("any");
    const bool anyKnown = known(local) || known(peer);
    const bool allLoopback = (!known(local) || local.isLoopback()) && (!known(peer) || peer.isLoopback());
#ifdef Q_OS_MACOS
    const QString loopback = QStringLiteral("lo0");
#else
    const QString loopback = QStringLiteral("lo");
#endif
    return anyKnown && allLoopback ? loopback : QStringLiteral("any");
}

bool WiresharkFilters::isLoopbackInterface(const QString &interfaceName)
{
    return interfaceName == QLatin1String("lo") || interfaceName == QLatin1String("lo0");
}

QString WiresharkFilters::interfaceSentence(const QString &interfaceName)
{
    if (isLoopbackInterface(interfaceName)) {
        return tr("Capture on %1. Loopback traffic is captured on %1, not on your Ethernet or Wi-Fi "
                  "interface: packets between two programs on this computer never reach a network card.")
            .arg(interfaceName);
    }
    return tr("Capture on %1: this pseudo-interface sees every interface at once (Ethernet, Wi-Fi and "
              "loopback), so you do not need to know which one the packets use.")
        .arg(interfaceName);
}

QStringList WiresharkFilters::tsharkArguments(const QString &interfaceName, const QString &captureFilter)
{
    QStringList arguments{QStringLiteral("-i"), interfaceName};
    if (!captureFilter.isEmpty())
        arguments << QStringLiteral("-f") << captureFilter;
    return arguments;
}

QStringList WiresharkFilters::wiresharkArguments(const QString &interfaceName, const QString &captureFilter)
{
    // -k starts capturing at once instead of waiting on the welcome screen.
    return QStringList{QStringLiteral("-k")} + tsharkArguments(interfaceName, captureFilter);
}

QString WiresharkFilters::tsharkCommand(const QString &interfaceName, const QString &captureFilter)
{
    return commandLine(QStringLiteral("tshark"), tsharkArguments(interfaceName, captureFilter));
}

QString WiresharkFilters::wiresharkCommand(const QString &interfaceName, const QString &captureFilter)
{
    return commandLine(QStringLiteral("wireshark"), wiresharkArguments(interfaceName, captureFilter));
}

WiresharkFilterSet WiresharkFilters::build(const WiresharkContext &context,
                                           const std::optional<WiresharkConnection> &selected)
{
    WiresharkFilterSet set;
    set.captureFilter = captureFilter(context);
    set.displayFilter = displayFilter(context);
    if (selected)
        set.connectionFilter = connectionFilter(context.protocol, *selected);
    set.interfaceName = captureInterface(context);
    set.interfaceSentence = interfaceSentence(set.interfaceName);
    set.tsharkCommand = tsharkCommand(set.interfaceName, set.captureFilter);
    set.wiresharkCommand = wiresharkCommand(set.interfaceName, set.captureFilter);
    return set;
}

quint16 WiresharkFilters::typedPort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : quint16(0);
}

QHostAddress WiresharkFilters::typedAddress(const QString &text)
{
    QString host = text.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(host);
}
