#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>
#include <QStringList>

// One IPv4 or IPv6 entry of an interface.
struct InterfaceAddress
{
    QHostAddress ip;
    int prefixLength = -1; // bits; -1 when the system did not say
    QHostAddress netmask; // IPv6 netmasks are written like ffff:ffff:ffff:ffff::
    QHostAddress broadcast; // null for IPv6 and for interfaces without broadcast
};

// A snapshot of one network interface, taken by LocalHostInfo::interfaces().
struct InterfaceSummary
{
    QString name; // "lo", "eth0"
    QString humanName; // same as name on Linux
    int index = 0;
    QNetworkInterface::InterfaceFlags flags;
    QNetworkInterface::InterfaceType type = QNetworkInterface::Unknown;
    QString hardwareAddress; // MAC as "02:fc:00:00:00:01"; empty when there is none
    int mtu = 0;
    QList<InterfaceAddress> addresses;
};

// Facts about this machine: its name and its interfaces. Pure functions,
// callable from any thread; nothing is cached, so each call is a fresh look.
class LocalHostInfo
{
    Q_DECLARE_TR_FUNCTIONS(LocalHostInfo)
public:
    // What Python's socket.gethostname() returns.
    static QString hostName();

    // Every interface QNetworkInterface knows, in the system's order.
    static QList<InterfaceSummary> interfaces();

    // "up, running, loopback, multicast", translated. Lists only the flags
    // that are set; "down" when the interface is not up.
    static QString flagsText(QNetworkInterface::InterfaceFlags flags);

    // The lines of a hosts file (text of /etc/hosts) that give an address for
    // name, without their comments: "127.0.1.1 debian.lan debian". Names
    // compare case-insensitively, as resolvers do.
    static QStringList hostsEntries(const QString &hostsText, const QString &name);

    // Text of /etc/hosts, or an empty string when it cannot be read.
    static QString readHostsFile(const QString &path = QStringLiteral("/etc/hosts"));

    // Why gethostbyname(hostname) gives what it gives here, for a student:
    // name is this machine's name, addresses what it resolves to,
    // hostsLines the matching /etc/hosts lines (see hostsEntries) and
    // interfaces the machine's interfaces. Translated.
    static QString explainOwnAddresses(const QString &name, const QList<QHostAddress> &addresses,
                                       const QStringList &hostsLines,
                                       const QList<InterfaceSummary> &interfaces);
};
