#include "addressinfo.h"

#include <QStringList>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool inNetwork(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : 0xFFFFFFFFu << (32 - prefix);
    return (address & mask) == network;
}

bool inNetwork(const Q_IPV6ADDR &address, std::initializer_list<quint8> networkBytes, int prefix)
{
    int bit = 0;
    int index = 0;
    for (const quint8 byte : networkBytes) {
        const int bits = qMin(8, prefix - bit);
        if (bits <= 0)
            break;
        const quint8 mask = quint8(0xFF << (8 - bits));
        if ((address[index] & mask) != (byte & mask))
            return false;
        bit += 8;
        ++index;
    }
    return true;
}

} // namespace

// IPv4 is parsed by hand rather than by QHostAddress: QHostAddress (like
// inet_aton) also accepts "10.1", "0x7f.1" and octal parts, which would teach
// the wrong thing, and it cannot say which part is wrong.
static quint32 parseIpv4(const QString &text, QString *error)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        *error = AddressInfo::tr("An IPv4 address is 4 numbers separated by dots, but '%1' has "
                                 "%n number(s).",
                                 nullptr, int(parts.size()))
                     .arg(text);
        return 0;
    }
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        const QString &part = parts.at(i);
        const int partNumber = i + 1;
        if (part.isEmpty()) {
            *error = AddressInfo::tr("Part %1 of the IPv4 address is empty: there are two dots in "
                                     "a row, or a dot at the start or the end.")
                         .arg(partNumber);
            return 0;
        }
        if (!std::all_of(part.cbegin(), part.cend(), isAsciiDigit)) {
            *error = AddressInfo::tr("'%1' is not a number (part %2).").arg(part).arg(partNumber);
            return 0;
        }
        if (part.size() > 3 || part.toUInt() > 255) {
            *error
                = AddressInfo::tr("'%1' is not a number from 0 to 255 (part %2).").arg(part).arg(partNumber);
            return 0;
        }
        if (part.size() > 1 && part.front() == u'0') {
            *error = AddressInfo::tr("'%1' has a leading zero (part %2). Write it without the "
                                     "zero: some programs read 010 as an octal number, which is "
                                     "8.")
                         .arg(part)
                         .arg(partNumber);
            return 0;
        }
        value = (value << 8) | part.toUInt();
    }
    return value;
}

// Checks the shape of an IPv6 address so the message can point at the
// mistake; QHostAddress then does the actual conversion.
static bool checkIpv6(const QString &text, QString *error)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isHexDigit(c) && c != u':' && c != u'.') {
            *error = AddressInfo::tr("'%1' is not allowed in an IPv6 address (position %2). Use "
                                     "the hex digits 0–9 and a–f, separated by ':'.")
                         .arg(c)
                         .arg(i + 1);
            return false;
        }
    }
    const qsizetype doubleColon = text.indexOf(QLatin1String("::"));
    if (doubleColon >= 0 && text.indexOf(QLatin1String("::"), doubleColon + 1) >= 0) {
        *error = AddressInfo::tr("'::' may appear only once in an IPv6 address: it stands for "
                                 "one run of zero groups, and with two of them nobody could tell "
                                 "how many zeros each one means.");
        return false;
    }

    QStringList groups;
    if (doubleColon >= 0) {
        const QString head = text.left(doubleColon);
        const QString tail = text.mid(doubleColon + 2);
        if (!head.isEmpty())
            groups += head.split(u':');
        if (!tail.isEmpty())
            groups += tail.split(u':');
    } else {
        groups = text.split(u':');
    }

    int groupCount = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        const bool last = i == groups.size() - 1;
        if (group.isEmpty()) {
            *error = AddressInfo::tr("'%1' has an empty group: a single ':' must stand between "
                                     "two groups, and only '::' may leave groups out.")
                         .arg(text);
            return false;
        }
        if (group.contains(u'.')) {
            if (!last) {
                *error = AddressInfo::tr("Only the end of an IPv6 address may be written as an "
                                         "IPv4 address, as in ::ffff:192.0.2.1.");
                return false;
            }
            parseIpv4(group, error);
            if (!error->isEmpty())
                return false;
            groupCount += 2;
            continue;
        }
        if (group.size() > 4) {
            *error
                = AddressInfo::tr("Group '%1' has more than 4 hex digits (group %2).").arg(group).arg(i + 1);
            return false;
        }
        ++groupCount;
    }

    if (doubleColon >= 0 && groupCount > 7) {
        *error = AddressInfo::tr("'%1' has %n group(s) besides '::', but '::' must stand for at "
                                 "least one zero group, so at most 7 can be written.",
                                 nullptr, groupCount)
                     .arg(text);
        return false;
    }
    if (doubleColon < 0 && groupCount != 8) {
        *error = AddressInfo::tr("An IPv6 address has 8 groups of hex digits separated by ':', "
                                 "but '%1' has %n. Use '::' to leave out a run of zero groups.",
                                 nullptr, groupCount)
                     .arg(text);
        return false;
    }
    return true;
}

QHostAddress AddressInfo::parseAddress(const QString &input, QString *errorOut)
{
    QString error;
    QHostAddress result;
    const QString text = input.trimmed();

    const auto space = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    if (text.isEmpty()) {
        error = tr("Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as "
                   "2001:db8::1.");
    } else if (space != text.cend()) {
        error = tr("Spaces are not allowed inside an address (position %1).").arg(space - text.cbegin() + 1);
    } else if (text.contains(u'/')) {
        error = tr("'%1' has a prefix length; type the address alone, without '/'.").arg(text);
    } else if (text.contains(u':')) {
        QString address = text;
        QString zone;
        const qsizetype percent = text.indexOf(u'%');
        if (percent >= 0) {
            address = text.left(percent);
            zone = text.mid(percent + 1);
            if (zone.isEmpty())
                error = tr("The zone after '%' is missing: write for example fe80::1%eth0.");
        }
        if (error.isEmpty() && checkIpv6(address, &error)) {
            result = QHostAddress(address);
            if (result.isNull())
                error = tr("'%1' is not a valid IPv6 address.").arg(address);
            else if (!zone.isEmpty())
                result.setScopeId(zone);
        }
    } else if (!text.front().isLetter()
               && (text.contains(u'.') || std::all_of(text.cbegin(), text.cend(), isAsciiDigit))) {
        const quint32 value = parseIpv4(text, &error);
        if (error.isEmpty())
            result = QHostAddress(value);
    } else {
        error = tr("'%1' is not an IP address. An IPv4 address looks like 192.168.1.77 and an "
                   "IPv6 address like 2001:db8::1. To find the address of a name, use \"Resolve a "
                   "name\".")
                    .arg(text);
    }

    if (!error.isEmpty())
        result = QHostAddress();
    if (errorOut)
        *errorOut = error;
    return result;
}

AddressReport AddressInfo::inspect(const QString &input)
{
    AddressReport report;
    const QString text = input.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    const QString addressText = slash >= 0 ? text.left(slash) : text;

    if (text.isEmpty()) {
        report.error = tr("Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as "
                          "2001:db8::1, optionally followed by a prefix length such as /24.");
        return report;
    }

    report.address = parseAddress(addressText, &report.error);
    if (report.address.isNull())
        return report;
    report.version = report.address.protocol();
    report.category = categorize(report.address);
    if (slash < 0) {
        report.ok = true;
        return report;
    }

    const bool v4 = report.version == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    const QString prefixText = text.mid(slash + 1);
    if (prefixText.isEmpty()) {
        report.error = v4
            ? tr("The prefix length after '/' is missing: write for example %1/24.").arg(addressText)
            : tr("The prefix length after '/' is missing: write for example %1/64.").arg(addressText);
        return report;
    }
    if (!std::all_of(prefixText.cbegin(), prefixText.cend(), isAsciiDigit)) {
        report.error = tr("'%1' is not a prefix length: after '/' write a whole number of bits, "
                          "such as 24.")
                           .arg(prefixText);
        return report;
    }
    const int prefix = prefixText.size() > 3 ? 1000 : prefixText.toInt();
    if (prefix > maxPrefix) {
        report.error = v4 ? tr("The prefix length must be 0–32 for IPv4, not %1.").arg(prefixText)
                          : tr("The prefix length must be 0–128 for IPv6, not %1.").arg(prefixText);
        return report;
    }

    report.hasPrefix = true;
    report.prefixLength = prefix;
    report.hostBits = maxPrefix - prefix;

    if (v4) {
        const quint32 address = report.address.toIPv4Address();
        const quint32 mask = prefix == 0 ? 0 : 0xFFFFFFFFu << (32 - prefix);
        const quint32 network = address & mask;
        const quint32 broadcast = network | ~mask;
        report.network = QHostAddress(network);
        report.netmask = QHostAddress(mask);
        if (prefix == 32) {
            report.firstHost = report.lastHost = report.address;
            report.hostCount = QStringLiteral("1");
        } else if (prefix == 31) {
            // RFC 3021: a point-to-point link needs no network or broadcast
            // address, so both addresses are hosts.
            report.firstHost = QHostAddress(network);
            report.lastHost = QHostAddress(broadcast);
            report.hostCount = QStringLiteral("2");
        } else {
            report.broadcast = QHostAddress(broadcast);
            report.firstHost = QHostAddress(network + 1);
            report.lastHost = QHostAddress(broadcast - 1);
            report.hostCount = QString::number((quint64(1) << (32 - prefix)) - 2);
            report.isNetworkAddress = address == network;
            report.isBroadcastAddress = address == broadcast;
        }
    } else {
        const Q_IPV6ADDR address = report.address.toIPv6Address();
        Q_IPV6ADDR mask;
        Q_IPV6ADDR network;
        Q_IPV6ADDR last;
        for (int i = 0; i < 16; ++i) {
            const int bits = qBound(0, prefix - 8 * i, 8);
            mask[i] = bits == 0 ? 0 : quint8(0xFF << (8 - bits));
            network[i] = address[i] & mask[i];
            last[i] = network[i] | quint8(~mask[i]);
        }
        report.network = QHostAddress(network);
        report.netmask = QHostAddress(mask);
        report.firstHost = QHostAddress(network);
        report.lastHost = QHostAddress(last);
        report.hostCount = powerOfTwo(report.hostBits);
        report.isNetworkAddress = prefix < 128 && report.address.isEqual(report.network);
    }
    report.ok = true;
    return report;
}

AddressCategory AddressInfo::categorize(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = address.toIPv4Address();
        if (a == 0)
            return AddressCategory::Unspecified;
        if (a == 0xFFFFFFFFu)
            return AddressCategory::Broadcast;
        if (inNetwork(a, 0x00000000u, 8))
            return AddressCategory::ThisNetwork;
        if (inNetwork(a, 0x7F000000u, 8))
            return AddressCategory::Loopback;
        if (inNetwork(a, 0x0A000000u, 8) || inNetwork(a, 0xAC100000u, 12) || inNetwork(a, 0xC0A80000u, 16))
            return AddressCategory::Private;
        if (inNetwork(a, 0x64400000u, 10))
            return AddressCategory::SharedCgnat;
        if (inNetwork(a, 0xA9FE0000u, 16))
            return AddressCategory::LinkLocal;
        if (inNetwork(a, 0xE0000000u, 4))
            return AddressCategory::Multicast;
        if (inNetwork(a, 0xC0000200u, 24) || inNetwork(a, 0xC6336400u, 24) || inNetwork(a, 0xCB007100u, 24))
            return AddressCategory::Documentation;
        if (inNetwork(a, 0xF0000000u, 4))
            return AddressCategory::Reserved;
        return AddressCategory::Global;
    }

    const Q_IPV6ADDR a = address.toIPv6Address();
    if (inNetwork(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 128))
        return AddressCategory::Unspecified;
    if (inNetwork(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128))
        return AddressCategory::Loopback;
    if (inNetwork(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, 96))
        return AddressCategory::Ipv4Mapped;
    if (inNetwork(a, {0xFE, 0x80}, 10))
        return AddressCategory::LinkLocal;
    if (inNetwork(a, {0xFC}, 7))
        return AddressCategory::UniqueLocal;
    if (inNetwork(a, {0xFF}, 8))
        return AddressCategory::Multicast;
    if (inNetwork(a, {0x20, 0x01, 0x0D, 0xB8}, 32))
        return AddressCategory::Documentation;
    return AddressCategory::Global;
}

QString AddressInfo::categoryId(AddressCategory category)
{
    switch (category) {
    case AddressCategory::Unspecified: return QStringLiteral("unspecified");
    case AddressCategory::ThisNetwork: return QStringLiteral("this-network");
    case AddressCategory::Loopback: return QStringLiteral("loopback");
    case AddressCategory::Private: return QStringLiteral("private");
    case AddressCategory::SharedCgnat: return QStringLiteral("shared-cgnat");
    case AddressCategory::LinkLocal: return QStringLiteral("link-local");
    case AddressCategory::Multicast: return QStringLiteral("multicast");
    case AddressCategory::Broadcast: return QStringLiteral("broadcast");
    case AddressCategory::Documentation: return QStringLiteral("documentation");
    case AddressCategory::Reserved: return QStringLiteral("reserved");
    case AddressCategory::UniqueLocal: return QStringLiteral("unique-local");
    case AddressCategory::Ipv4Mapped: return QStringLiteral("ipv4-mapped");
    case AddressCategory::Global: return QStringLiteral("global");
    }
    return QString();
}

QString AddressInfo::categoryLabel(AddressCategory category)
{
    switch (category) {
    case AddressCategory::Unspecified: return tr("Unspecified (any address)");
    case AddressCategory::ThisNetwork: return tr("\"This network\" (0.0.0.0/8)");
    case AddressCategory::Loopback: return tr("Loopback");
    case AddressCategory::Private: return tr("Private (RFC 1918)");
    case AddressCategory::SharedCgnat: return tr("Shared address space, carrier-grade NAT (RFC 6598)");
    case AddressCategory::LinkLocal: return tr("Link-local");
    case AddressCategory::Multicast: return tr("Multicast");
    case AddressCategory::Broadcast: return tr("Limited broadcast");
    case AddressCategory::Documentation: return tr("Documentation (examples only)");
    case AddressCategory::Reserved: return tr("Reserved (240.0.0.0/4)");
    case AddressCategory::UniqueLocal: return tr("Unique local (fc00::/7)");
    case AddressCategory::Ipv4Mapped: return tr("IPv4-mapped IPv6 address");
    case AddressCategory::Global: return tr("Global (public)");
    }
    return QString();
}

QString AddressInfo::categoryExplanation(AddressCategory category)
{
    switch (category) {
    case AddressCategory::Unspecified:
        return tr("Means \"no particular address\". A server that binds to it listens on every "
                  "address of the machine; it is never the destination of a packet.");
    case AddressCategory::ThisNetwork:
        return tr("Addresses in 0.0.0.0/8 mean \"this network\" and cannot be used as a "
                  "destination.");
    case AddressCategory::Loopback:
        return tr("Traffic to a loopback address never leaves this machine. Use it to test a "
                  "client and a server on the same computer.");
    case AddressCategory::Private:
        return tr("Used inside homes, schools and companies (10/8, 172.16/12, 192.168/16). "
                  "Routers on the internet drop them; such machines reach the internet through "
                  "NAT.");
    case AddressCategory::SharedCgnat:
        return tr("Used by internet providers between their NAT and their customers' routers "
                  "(100.64.0.0/10). Not reachable from the internet.");
    case AddressCategory::LinkLocal:
        return tr("Valid only on one link (one cable or Wi-Fi network); routers never forward "
                  "it. A machine gives itself one when no DHCP server answers (IPv4) or always "
                  "(IPv6).");
    case AddressCategory::Multicast:
        return tr("Addresses a group of receivers instead of one machine; receivers must join "
                  "the group. Used with UDP.");
    case AddressCategory::Broadcast:
        return tr("255.255.255.255 reaches every machine on the local network segment, and no "
                  "router forwards it. Used with UDP.");
    case AddressCategory::Documentation:
        return tr("Reserved for examples in books and manuals (192.0.2/24, 198.51.100/24, "
                  "203.0.113/24, 2001:db8::/32); not routed on the internet.");
    case AddressCategory::Reserved: return tr("Reserved for future use; hosts and routers do not accept it.");
    case AddressCategory::UniqueLocal:
        return tr("The IPv6 counterpart of private addresses: usable inside an organisation, not "
                  "routed on the internet.");
    case AddressCategory::Ipv4Mapped:
        return tr("An IPv4 address written in IPv6 form (::ffff:a.b.c.d). A server listening on "
                  "IPv6 sees IPv4 clients like this.");
    case AddressCategory::Global:
        return tr("A public address: routers on the internet forward packets to it.");
    }
    return QString();
}

QString AddressInfo::powerOfTwo(int exponent)
{
    // Little-endian decimal digits, doubled exponent times: exact for any
    // exponent, and 128 doublings of at most 39 digits cost nothing.
    std::vector<int> digits{1};
    for (int i = 0; i < qBound(0, exponent, 128); ++i) {
        int carry = 0;
        for (int &digit : digits) {
            const int doubled = digit * 2 + carry;
            digit = doubled % 10;
            carry = doubled / 10;
        }
        if (carry)
            digits.push_back(carry);
    }
    QString text;
    text.reserve(qsizetype(digits.size()));
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        text += QChar(u'0' + *it);
    return text;
}

QString AddressInfo::reverseDnsName(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(a & 0xFF)
            .arg((a >> 8) & 0xFF)
            .arg((a >> 16) & 0xFF)
            .arg(a >> 24);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR a = address.toIPv6Address();
        QString name;
        for (int i = 15; i >= 0; --i) {
            name += QString::number(a[i] & 0x0F, 16) + u'.';
            name += QString::number(a[i] >> 4, 16) + u'.';
        }
        return name + QLatin1String("ip6.arpa");
    }
    return QString();
}

QHostAddress AddressInfo::sourceAddressFor(const QHostAddress &target)
{
#ifdef Q_OS_UNIX
    bool isV4 = false;
    const quint32 v4 = target.toIPv4Address(&isV4); // also ::ffff:a.b.c.d
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (isV4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(9); // any port: connect() on UDP only picks a route
        in->sin_addr.s_addr = htonl(v4);
        length = sizeof(sockaddr_in);
    } else if (target.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(9);
        const Q_IPV6ADDR bytes = target.toIPv6Address();
        std::memcpy(in6->sin6_addr.s6_addr, bytes.c, 16);
        in6->sin6_scope_id = target.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        return QHostAddress();
    }
    const int fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return QHostAddress();
    QHostAddress source;
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0)
        source.setAddress(reinterpret_cast<const sockaddr *>(&local));
    ::close(fd);
    return source;
#else
    Q_UNUSED(target);
    return QHostAddress();
#endif
}
