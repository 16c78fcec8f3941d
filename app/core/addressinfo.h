#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// What kind of address an IP address is, as a student needs to know it: can it
// be reached from the internet, does it stay on this machine or this link.
enum class AddressCategory : quint8 {
    Unspecified, // 0.0.0.0, ::  ("any address" when binding)
    ThisNetwork, // 0.0.0.0/8 other than 0.0.0.0
    Loopback, // 127.0.0.0/8, ::1
    Private, // RFC 1918: 10/8, 172.16/12, 192.168/16
    SharedCgnat, // RFC 6598: 100.64.0.0/10
    LinkLocal, // 169.254.0.0/16, fe80::/10
    Multicast, // 224.0.0.0/4, ff00::/8
    Broadcast, // 255.255.255.255
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
    Reserved, // 240.0.0.0/4 (other than 255.255.255.255)
    UniqueLocal, // fc00::/7
    Ipv4Mapped, // ::ffff:0:0/96, an IPv4 address written as IPv6
    Global, // everything else: reachable on the internet
};

// The result of AddressInfo::inspect(). A plain value. When ok is false only
// error is meaningful. Addresses that do not apply are null QHostAddress
// values (for example the broadcast of an IPv6 network or of a /31).
struct AddressReport
{
    bool ok = false;
    QString error; // translated, says what is wrong and where; empty when ok

    QHostAddress address; // the address typed, without the prefix
    QAbstractSocket::NetworkLayerProtocol version = QAbstractSocket::UnknownNetworkLayerProtocol;
    AddressCategory category = AddressCategory::Global;

    bool hasPrefix = false; // true when "/N" was typed
    int prefixLength = -1; // 0-32 or 0-128; -1 without a prefix

    // Only when hasPrefix:
    QHostAddress network; // address with the host bits cleared
    QHostAddress netmask;
    QHostAddress broadcast; // IPv4 /0 to /30 only
    QHostAddress firstHost; // first usable address
    QHostAddress lastHost; // last usable address
    QString hostCount; // usable addresses, exact decimal digits (may exceed 64 bits)
    int hostBits = 0; // 32 - prefix or 128 - prefix; IPv6 counts are 2^hostBits
    bool isNetworkAddress = false; // the typed address is the network address itself
    bool isBroadcastAddress = false; // the typed address is the network's broadcast
};

// Pure functions on IP addresses and CIDR networks. Callable from any thread.
// Messages are translated with the current translator at call time, so callers
// that switch language call again to get the new text.
class AddressInfo
{
    Q_DECLARE_TR_FUNCTIONS(AddressInfo)
public:
    // Parses "192.168.1.77", "192.168.1.77/24", "2001:db8::1", "2001:db8::/32"
    // (surrounding white space is ignored) and works out the category and, with
    // a prefix, the network maths. IPv4 /31 networks have two usable hosts and
    // no broadcast (RFC 3021); /32 and /128 have one. IPv6 has no broadcast and
    // every address of the network counts.
    static AddressReport inspect(const QString &text);

    // Like inspect() but refuses a prefix. On failure returns a null address and
    // sets *error (when given) to the reason.
    static QHostAddress parseAddress(const QString &text, QString *error = nullptr);

    static AddressCategory categorize(const QHostAddress &address);

    // Stable id for tests and logs: "loopback", "private", "shared-cgnat", ...
    static QString categoryId(AddressCategory category);
    // Short translated name: "Private (RFC 1918)".
    static QString categoryLabel(AddressCategory category);
    // One or two translated sentences on what such an address is for.
    static QString categoryExplanation(AddressCategory category);

    // 2^exponent as exact decimal digits, for exponent 0..128.
    static QString powerOfTwo(int exponent);

    // The DNS name used for a reverse (PTR) lookup of address:
    // "77.1.168.192.in-addr.arpa" or the nibble form under "ip6.arpa".
    // Empty for a null address.
    static QString reverseDnsName(const QHostAddress &address);

    // The address this machine sends from to reach target (the kernel's
    // route lookup: a UDP connect() that sends nothing). A null address when
    // there is no route. Any thread; a few microseconds.
    static QHostAddress sourceAddressFor(const QHostAddress &target);
};
