#include "hostlookup.h"

#include "addressinfo.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHostLookup, "netlab.host", QtInfoMsg)

namespace {

bool isAllowedAscii(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'_' || c == u'.';
}

// Digits and dots only, with at least one digit: meant as an IPv4 address.
bool looksNumeric(const QString &text)
{
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    return std::any_of(text.cbegin(), text.cend(), isDigit)
        && std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return isDigit(c) || c == u'.'; });
}

// An IP address literal, as opposed to a name: IPv6 contains ':', which no
// host name may contain, and IPv4 is digits and dots only.
bool looksLikeAddress(const QString &text)
{
    return text.contains(u':') || looksNumeric(text);
}

} // namespace

QString HostLookupFailure::message() const
{
    const QString seconds = QString::number(timeoutMs / 1000);
    const bool wholeSeconds = timeoutMs % 1000 == 0;
    const QString type = HostLookup::recordTypeName(recordType);

    switch (reason) {
    case Reason::InvalidName: return HostLookup::checkName(query);
    case Reason::InvalidAddress: {
        QString error;
        if (kind == HostLookupKind::Records) {
            AddressInfo::parseAddress(nameServer, &error);
            return tr("The name server must be an IP address such as 8.8.8.8, or left empty to "
                      "use this computer's DNS servers. %1")
                .arg(error);
        }
        AddressInfo::parseAddress(query, &error);
        return error;
    }
    case Reason::NotFound:
        switch (kind) {
        case HostLookupKind::Forward:
            return tr("%1 was not found: neither /etc/hosts nor any DNS server knows this name.").arg(query);
        case HostLookupKind::Reverse:
            return tr("No name is registered for %1: the reverse lookup found no PTR record.").arg(query);
        case HostLookupKind::Records: return tr("No %1 record was found for %2.").arg(type, query);
        }
        break;
    case Reason::TimedOut:
        if (nameServer.isEmpty()) {
            return wholeSeconds ? tr("No DNS server answered for %1 within %2 s.").arg(query, seconds)
                                : tr("No DNS server answered for %1 within %2 ms.").arg(query).arg(timeoutMs);
        }
        return wholeSeconds ? tr("No DNS server answered for %1 within %2 s (asked %3 on port 53).")
                                  .arg(query, seconds, nameServer)
                            : tr("No DNS server answered for %1 within %2 ms (asked %3 on port 53).")
                                  .arg(query)
                                  .arg(timeoutMs)
                                  .arg(nameServer);
    case Reason::NoServer:
        if (!nameServer.isEmpty()) {
            return tr("The name server %3 gave no usable answer for %1 (%2). Check that it is a "
                      "DNS server and that this computer can reach it on port 53.")
                .arg(query, detail, nameServer);
        }
        return tr("No DNS server gave a usable answer for %1 (%2). Check the network connection "
                  "and the name servers in /etc/resolv.conf.")
            .arg(query, detail);
    case Reason::ServerFailure: return tr("The DNS server could not answer for %1: %2.").arg(query, detail);
    case Reason::Other: break;
    }
    return tr("Looking up %1 failed: %2.").arg(query, detail);
}

HostLookup::HostLookup(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostLookup::timeOut);
}

HostLookup::~HostLookup()
{
    stop();
}

void HostLookup::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

int HostLookup::timeout() const
{
    return m_timeoutMs;
}

bool HostLookup::isBusy() const
{
    return m_hostInfoId >= 0 || m_dns;
}

bool HostLookup::lookupHost(const QString &text)
{
    stop();
    m_pending = HostLookupResult();
    m_pending.query = text.trimmed();
    m_serverText.clear();

    if (looksLikeAddress(m_pending.query)) {
        m_pending.kind = HostLookupKind::Reverse;
        if (AddressInfo::parseAddress(m_pending.query).isNull()) {
            fail(HostLookupFailure::Reason::InvalidAddress);
            return false;
        }
        m_pending.asciiName = m_pending.query;
    } else {
        m_pending.kind = HostLookupKind::Forward;
        if (!checkName(m_pending.query).isEmpty()) {
            fail(HostLookupFailure::Reason::InvalidName);
            return false;
        }
        m_pending.asciiName = toAsciiName(m_pending.query);
    }

    qCDebug(lcHostLookup) << "lookupHost" << m_pending.asciiName;
    // QHostInfo delivers results through the event loop, never from inside
    // lookupHost(), so m_hostInfoId is set before any answer can arrive.
    m_hostInfoId = QHostInfo::lookupHost(m_pending.asciiName, this,
                                         [this](const QHostInfo &info) { finishHostInfo(info); });
    startTimer();
    return true;
}

bool HostLookup::lookupRecords(const QString &name, QDnsLookup::Type type, const QString &nameServer)
{
    stop();
    m_pending = HostLookupResult();
    m_pending.kind = HostLookupKind::Records;
    m_pending.query = name.trimmed();
    m_pending.recordType = type;
    m_serverText = nameServer.trimmed();

    const QHostAddress asAddress
        = looksLikeAddress(m_pending.query) ? AddressInfo::parseAddress(m_pending.query) : QHostAddress();
    if (type == QDnsLookup::PTR && !asAddress.isNull()) {
        m_pending.asciiName = AddressInfo::reverseDnsName(asAddress);
    } else if (!checkName(m_pending.query).isEmpty()) {
        fail(HostLookupFailure::Reason::InvalidName);
        return false;
    } else {
        m_pending.asciiName = toAsciiName(m_pending.query);
    }

    if (!m_serverText.isEmpty()) {
        m_pending.nameServer = AddressInfo::parseAddress(m_serverText);
        if (m_pending.nameServer.isNull()) {
            fail(HostLookupFailure::Reason::InvalidAddress);
            return false;
        }
    }

    qCDebug(lcHostLookup) << "lookupRecords" << m_pending.asciiName << recordTypeName(type)
                          << m_pending.nameServer;
    auto *dns = new QDnsLookup(type, m_pending.asciiName, this);
    if (!m_pending.nameServer.isNull())
        dns->setNameserver(m_pending.nameServer);
    connect(dns, &QDnsLookup::finished, this, [this, dns] { finishDns(dns); });
    m_dns = dns;
    dns->lookup();
    startTimer();
    return true;
}

void HostLookup::cancel()
{
    if (!isBusy())
        return;
    stop();
    emit cancelled();
}

namespace {

// How long a label becomes in DNS form: "xn--" and its Punycode (RFC 3492),
// counted without building it. Only for saying that a part is too long, when
// QUrl::toAce() just fails.
qsizetype aceLength(const QString &label)
{
    const QList<uint> points = label.toCaseFolded().toUcs4();
    qsizetype basic = 0;
    for (const uint c : points)
        basic += c < 0x80 ? 1 : 0;
    if (basic == points.size())
        return basic;
    constexpr quint64 Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700;
    qsizetype length = 4 + basic + (basic > 0 ? 1 : 0);
    quint64 n = 128, delta = 0, bias = 72;
    qsizetype handled = basic;
    const auto adapt = [&](quint64 d, quint64 count, bool first) {
        d = first ? d / Damp : d / 2;
        d += d / count;
        quint64 k = 0;
        while (d > ((Base - TMin) * TMax) / 2) {
            d /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * d / (d + Skew);
    };
    while (handled < points.size()) {
        quint64 m = ~quint64(0);
        for (const uint c : points) {
            if (c >= n && c < m)
                m = c;
        }
        delta += (m - n) * quint64(handled + 1);
        n = m;
        for (const uint c : points) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            quint64 q = delta;
            for (quint64 k = Base;; k += Base) {
                const quint64 t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (Base - t);
            }
            ++length;
            bias = adapt(delta, quint64(handled + 1), handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

} // namespace

QString HostLookup::checkName(const QString &name)
{
    if (name.isEmpty())
        return tr("Type a host name such as www.google.com.");

    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isSpace())
            return tr("Spaces are not allowed in a host name (position %1).").arg(i + 1);
    }

    if (looksLikeAddress(name)) {
        QString error;
        if (AddressInfo::parseAddress(name, &error).isNull()) {
            // Only digits and dots, so nobody meant a name: say what is
            // wrong with it as an address.
            if (looksNumeric(name))
                return error;
        } else {
            return tr("'%1' is an IP address, not a host name. To find the name of an address, "
                      "look it up as it is (a reverse lookup) or ask for its PTR record.")
                .arg(name);
        }
    }

    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x80 && !isAllowedAscii(c)) {
            return tr("'%1' is not allowed in a host name (position %2). Use letters, digits, "
                      "'-' and dots.")
                .arg(c)
                .arg(i + 1);
        }
    }

    QString ascii = toAsciiName(name);
    if (ascii.isEmpty()) {
        // The conversion to DNS form says only that it failed; find where.
        // IDNA also reads the ideographic full stop (。) and its relatives as dots.
        QString dotted = name;
        for (const QChar dot : {QChar(0x3002), QChar(0xFF0E), QChar(0xFF61)})
            dotted.replace(dot, u'.');
        if (dotted.endsWith(u'.'))
            dotted.chop(1);
        for (const QString &label : dotted.split(u'.')) {
            if (label.isEmpty()) {
                return tr("'%1' has an empty part: there are two dots in a row, or a dot at the "
                          "start.")
                    .arg(name);
            }
            const qsizetype dnsLength = aceLength(label);
            if (dnsLength > 63) {
                return tr("The part '%1' would be %2 characters long in DNS form (xn--…), but each "
                          "part between dots can have at most 63.")
                    .arg(label)
                    .arg(dnsLength);
            }
        }
        return tr("'%1' is not a valid international domain name.").arg(name);
    }
    if (ascii == QLatin1String("."))
        return tr("'.' alone is the root of DNS, not a host name.");
    // One trailing dot marks a fully qualified name ("example.com.") and is
    // not part of the length DNS counts.
    if (ascii.endsWith(u'.'))
        ascii.chop(1);
    if (ascii.size() > 253) {
        return tr("The name is %1 characters long, but a host name can have at most 253.").arg(ascii.size());
    }
    const QStringList labels = ascii.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            return tr("'%1' has an empty part: there are two dots in a row, or a dot at the "
                      "start.")
                .arg(name);
        }
        if (label.size() > 63) {
            return tr("The part '%1' is %2 characters long, but each part between dots can have "
                      "at most 63.")
                .arg(label)
                .arg(label.size());
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return tr("The part '%1' starts or ends with '-', which is not allowed.").arg(label);
    }
    return QString();
}

QString HostLookup::toAsciiName(const QString &name)
{
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return name;
    return QString::fromLatin1(QUrl::toAce(name));
}

QString HostLookup::recordTypeName(QDnsLookup::Type type)
{
    switch (type) {
    case QDnsLookup::A: return QStringLiteral("A");
    case QDnsLookup::AAAA: return QStringLiteral("AAAA");
    case QDnsLookup::ANY: return QStringLiteral("ANY");
    case QDnsLookup::CNAME: return QStringLiteral("CNAME");
    case QDnsLookup::MX: return QStringLiteral("MX");
    case QDnsLookup::NS: return QStringLiteral("NS");
    case QDnsLookup::PTR: return QStringLiteral("PTR");
    case QDnsLookup::SRV: return QStringLiteral("SRV");
    case QDnsLookup::TXT: return QStringLiteral("TXT");
    }
    return QString::number(int(type));
}

void HostLookup::startTimer()
{
    m_clock.start();
    m_timer.start(m_timeoutMs);
}

void HostLookup::finishHostInfo(const QHostInfo &info)
{
    // An aborted lookup may still deliver a queued answer: ignore anything
    // that is not the lookup running now.
    if (m_hostInfoId < 0 || info.lookupId() != m_hostInfoId)
        return;
    m_hostInfoId = -1;
    m_timer.stop();
    m_pending.elapsedMs = m_clock.elapsed();

    const QString detail = info.errorString();
    if (m_pending.kind == HostLookupKind::Reverse) {
        const QString addressText = AddressInfo::parseAddress(m_pending.query).toString();
        if (info.error() == QHostInfo::NoError && !info.hostName().isEmpty()
            && info.hostName() != addressText) {
            // getnameinfo() falls back to the address itself when no name is
            // registered; only a different text is a real answer.
            m_pending.hostName = info.hostName();
            m_pending.addresses = info.addresses();
            emit resultReady(m_pending);
            return;
        }
        fail(info.error() == QHostInfo::UnknownError ? HostLookupFailure::Reason::NoServer
                                                     : HostLookupFailure::Reason::NotFound,
             detail);
        return;
    }

    switch (info.error()) {
    case QHostInfo::NoError:
        if (!info.addresses().isEmpty()) {
            m_pending.addresses = info.addresses();
            emit resultReady(m_pending);
            return;
        }
        fail(HostLookupFailure::Reason::NotFound);
        return;
    case QHostInfo::HostNotFound: fail(HostLookupFailure::Reason::NotFound, detail); return;
    case QHostInfo::UnknownError:
        // getaddrinfo's EAI_AGAIN ("Temporary failure in name resolution")
        // lands here: the resolver could not reach a server.
        fail(HostLookupFailure::Reason::NoServer, detail);
        return;
    }
    fail(HostLookupFailure::Reason::Other, detail);
}

void HostLookup::finishDns(QDnsLookup *dns)
{
    if (dns != m_dns)
        return;
    m_dns = nullptr;
    m_timer.stop();
    m_pending.elapsedMs = m_clock.elapsed();
    // Deleting the sender inside its own signal is not safe.
    dns->deleteLater();

    const QString detail = dns->errorString();
    switch (dns->error()) {
    case QDnsLookup::NoError: break;
    case QDnsLookup::NotFoundError: fail(HostLookupFailure::Reason::NotFound, detail); return;
    case QDnsLookup::ResolverError:
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 reports "no reply at all" (every server silent or
        // unreachable) as an invalid reply.
        fail(HostLookupFailure::Reason::NoServer, detail);
        return;
    case QDnsLookup::ServerFailureError:
    case QDnsLookup::ServerRefusedError:
    case QDnsLookup::InvalidRequestError: fail(HostLookupFailure::Reason::ServerFailure, detail); return;
    case QDnsLookup::OperationCancelledError: fail(HostLookupFailure::Reason::Other, detail); return;
    }

    QList<DnsRecordRow> rows;
    for (const QDnsDomainNameRecord &r : dns->canonicalNameRecords())
        rows.append({QStringLiteral("CNAME"), r.name(), r.value(), r.timeToLive()});
    for (const QDnsHostAddressRecord &r : dns->hostAddressRecords()) {
        const bool v4 = r.value().protocol() == QAbstractSocket::IPv4Protocol;
        rows.append({v4 ? QStringLiteral("A") : QStringLiteral("AAAA"), r.name(), r.value().toString(),
                     r.timeToLive()});
    }
    for (const QDnsMailExchangeRecord &r : dns->mailExchangeRecords()) {
        rows.append({QStringLiteral("MX"), r.name(), QString::number(r.preference()) + u' ' + r.exchange(),
                     r.timeToLive()});
    }
    for (const QDnsDomainNameRecord &r : dns->nameServerRecords())
        rows.append({QStringLiteral("NS"), r.name(), r.value(), r.timeToLive()});
    for (const QDnsDomainNameRecord &r : dns->pointerRecords())
        rows.append({QStringLiteral("PTR"), r.name(), r.value(), r.timeToLive()});
    for (const QDnsServiceRecord &r : dns->serviceRecords()) {
        rows.append(
            {QStringLiteral("SRV"), r.name(),
             QStringLiteral("%1 %2 %3 %4").arg(r.priority()).arg(r.weight()).arg(r.port()).arg(r.target()),
             r.timeToLive()});
    }
    for (const QDnsTextRecord &r : dns->textRecords()) {
        QStringList parts;
        for (const QByteArray &value : r.values())
            parts += u'"' + QString::fromUtf8(value) + u'"';
        rows.append({QStringLiteral("TXT"), r.name(), parts.join(u' '), r.timeToLive()});
    }

    if (rows.isEmpty()) {
        fail(HostLookupFailure::Reason::NotFound);
        return;
    }
    m_pending.records = rows;
    emit resultReady(m_pending);
}

void HostLookup::timeOut()
{
    if (!isBusy())
        return;
    qCDebug(lcHostLookup) << "timed out after" << m_timeoutMs << "ms:" << m_pending.asciiName;
    fail(HostLookupFailure::Reason::TimedOut);
}

void HostLookup::stop()
{
    m_timer.stop();
    if (m_hostInfoId >= 0) {
        QHostInfo::abortHostLookup(m_hostInfoId);
        m_hostInfoId = -1;
    }
    if (QDnsLookup *dns = m_dns) {
        m_dns = nullptr;
        // abort() emits finished at once; disconnect first so it is not
        // taken for an answer. The resolver thread, if blocked, finishes on
        // its own and its reply goes nowhere.
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
    }
}

void HostLookup::fail(HostLookupFailure::Reason reason, const QString &detail)
{
    stop();
    HostLookupFailure failure;
    failure.reason = reason;
    failure.kind = m_pending.kind;
    failure.query = m_pending.query;
    failure.detail = detail;
    failure.timeoutMs = m_timeoutMs;
    failure.recordType = m_pending.recordType;
    failure.nameServer = m_serverText;
    emit failed(failure);
}
