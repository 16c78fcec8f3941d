#include "localhostinfo.h"

#include <QFile>
#include <QHostInfo>
#include <QRegularExpression>

#include <algorithm>

QString LocalHostInfo::hostName()
{
    return QHostInfo::localHostName();
}

QList<InterfaceSummary> LocalHostInfo::interfaces()
{
    QList<InterfaceSummary> result;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    result.reserve(all.size());
    for (const QNetworkInterface &iface : all) {
        InterfaceSummary summary;
        summary.name = iface.name();
        summary.humanName = iface.humanReadableName();
        summary.index = iface.index();
        summary.flags = iface.flags();
        summary.type = iface.type();
        summary.hardwareAddress = iface.hardwareAddress();
        summary.mtu = iface.maximumTransmissionUnit();
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries)
            summary.addresses.append({entry.ip(), entry.prefixLength(), entry.netmask(), entry.broadcast()});
        result.append(summary);
    }
    return result;
}

QString LocalHostInfo::flagsText(QNetworkInterface::InterfaceFlags flags)
{
    QStringList words;
    words += flags.testFlag(QNetworkInterface::IsUp) ? tr("up") : tr("down");
    if (flags.testFlag(QNetworkInterface::IsRunning))
        words += tr("running");
    if (flags.testFlag(QNetworkInterface::IsLoopBack))
        words += tr("loopback");
    if (flags.testFlag(QNetworkInterface::IsPointToPoint))
        words += tr("point-to-point");
    if (flags.testFlag(QNetworkInterface::CanBroadcast))
        words += tr("broadcast");
    if (flags.testFlag(QNetworkInterface::CanMulticast))
        words += tr("multicast");
    return words.join(tr(", ", "separator between interface flags"));
}

QStringList LocalHostInfo::hostsEntries(const QString &hostsText, const QString &name)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    QStringList result;
    const QStringList lines = hostsText.split(u'\n');
    for (const QString &line : lines) {
        const QString content = line.section(u'#', 0, 0).simplified();
        const QStringList fields = content.split(whiteSpace, Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        // The first field is the address; only the names after it count.
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (fields.at(i).compare(name, Qt::CaseInsensitive) == 0) {
                result += content;
                break;
            }
        }
    }
    return result;
}

QString LocalHostInfo::readHostsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString LocalHostInfo::explainOwnAddresses(const QString &name, const QList<QHostAddress> &addresses,
                                           const QStringList &hostsLines,
                                           const QList<InterfaceSummary> &interfaces)
{
    if (addresses.isEmpty()) {
        return tr("The name %1 does not resolve to any address here: it is neither in /etc/hosts "
                  "nor known to a DNS server. Programs that call gethostbyname(hostname) fail on "
                  "this machine.")
            .arg(name);
    }

    const QHostAddress debianAddress(QStringLiteral("127.0.1.1"));
    const bool hasDebianAddress
        = std::any_of(addresses.cbegin(), addresses.cend(),
                      [&](const QHostAddress &a) { return a.isEqual(debianAddress); });
    const bool allLoopback = std::all_of(addresses.cbegin(), addresses.cend(),
                                         [](const QHostAddress &a) { return a.isLoopback(); });
    const QString hostsLine = hostsLines.join(QLatin1String(" | "));

    if (hasDebianAddress) {
        return tr("Debian writes the line \"127.0.1.1 %1\" into /etc/hosts when it is installed, "
                  "so that the machine's own name works even without a network. That is why "
                  "gethostbyname(hostname) gives 127.0.1.1 here: a loopback address that only "
                  "this machine can use. Other machines reach this one at an address of one of "
                  "the interfaces listed below.")
            .arg(name);
    }
    if (allLoopback) {
        if (!hostsLine.isEmpty()) {
            return tr("/etc/hosts maps %1 to a loopback address (\"%2\"), so the name works "
                      "without a network, but gethostbyname(hostname) gives an address that only "
                      "this machine can use. Other machines reach this one at an address of one "
                      "of the interfaces listed below.")
                .arg(name, hostsLine);
        }
        return tr("%1 resolves to a loopback address, which only this machine can use. Other "
                  "machines reach this one at an address of one of the interfaces listed below.")
            .arg(name);
    }

    bool onInterface = false;
    for (const InterfaceSummary &iface : interfaces) {
        for (const InterfaceAddress &entry : iface.addresses) {
            for (const QHostAddress &a : addresses)
                onInterface = onInterface || entry.ip.isEqual(a);
        }
    }
    if (onInterface) {
        return tr("%1 resolves to an address of one of this machine's interfaces, so other "
                  "machines on the same network can usually reach it under that address.")
            .arg(name);
    }
    return tr("%1 resolves to an address that none of this machine's interfaces has: the entry "
              "in /etc/hosts or DNS may be out of date.")
        .arg(name);
}
