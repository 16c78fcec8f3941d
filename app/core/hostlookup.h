#pragma once

#include <QCoreApplication>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QHostInfo;

// One row of a DNS answer, already turned into text. type is the record type
// as DNS writes it ("A", "MX", ...), not translated.
struct DnsRecordRow
{
    QString type;
    QString name;
    QString value; // "10 mail.example.com" for MX, "0 5 5060 sip.example.com" for SRV
    quint32 ttl = 0; // seconds
};

enum class HostLookupKind : quint8 {
    Forward, // name -> addresses (QHostInfo, i.e. getaddrinfo)
    Reverse, // address -> name (QHostInfo, i.e. getnameinfo)
    Records, // DNS records of one type (QDnsLookup)
};

// A finished lookup. A plain value.
struct HostLookupResult
{
    HostLookupKind kind = HostLookupKind::Forward;
    QString query; // what was asked, as typed (trimmed)
    QString asciiName; // the name actually sent: international names in xn-- form
    QList<QHostAddress> addresses; // Forward: in getaddrinfo order, the order connect() tries
    QString hostName; // Reverse: the name found
    QDnsLookup::Type recordType = QDnsLookup::A; // Records
    QList<DnsRecordRow> records; // Records: every record of the answer
    QHostAddress nameServer; // Records: null for the system's servers
    qint64 elapsedMs = 0;
};

// Why a lookup did not give an answer. message() builds the explanation with
// the current translator, so it can be called again after a language change.
struct HostLookupFailure
{
    Q_DECLARE_TR_FUNCTIONS(HostLookupFailure)
public:
    enum class Reason : quint8 {
        InvalidName, // rejected before any lookup; see HostLookup::checkName
        InvalidAddress, // a reverse lookup or a name server that is not an IP address
        NotFound, // the name (or the record, or a PTR) does not exist
        TimedOut, // nobody answered within the timeout
        NoServer, // the resolver could not reach any DNS server
        ServerFailure, // a server answered with an error
        Other,
    };

    Reason reason = Reason::Other;
    HostLookupKind kind = HostLookupKind::Forward;
    QString query; // what was asked, as typed (trimmed)
    QString detail; // the system's or Qt's own error text, when there is one
    int timeoutMs = 0; // TimedOut: the limit that passed
    QDnsLookup::Type recordType = QDnsLookup::A;
    QString nameServer; // Records with a chosen server: as typed

    QString message() const;
};

Q_DECLARE_METATYPE(DnsRecordRow)
Q_DECLARE_METATYPE(HostLookupResult)
Q_DECLARE_METATYPE(HostLookupFailure)

// Asynchronous name lookups for the Host & IP tab: forward (A and AAAA through
// the system resolver, as a program's connect() would), reverse, and DNS
// records of one type through QDnsLookup, optionally asking a chosen server.
//
// Lives in and is used from the thread that created it (the GUI thread in the
// app). One lookup at a time: starting a new one silently drops the running
// one. Every started lookup ends with exactly one of resultReady, failed or
// cancelled, within timeout() milliseconds; a resolver thread that is still
// blocked after that is left to finish on its own and its answer is ignored.
class HostLookup final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit HostLookup(QObject *parent = nullptr);
    ~HostLookup() override;

    // Milliseconds a lookup may take before it fails with Reason::TimedOut.
    void setTimeout(int milliseconds);
    int timeout() const;

    bool isBusy() const;

    // Looks up a host name (A and AAAA answers), or, when text is an IP
    // address, the name registered for it (reverse lookup). Returns false and
    // emits failed before returning when text is not a valid name or address:
    // no query is sent then.
    bool lookupHost(const QString &text);

    // Asks DNS for the records of one type. nameServer is an IP address typed by
    // the user, or empty for the system's servers (from /etc/resolv.conf); it is
    // always asked on port 53. For PTR, name may be an IP address: it is turned
    // into its in-addr.arpa / ip6.arpa name. Returns false and emits failed
    // before returning when the input is invalid.
    bool lookupRecords(const QString &name, QDnsLookup::Type type, const QString &nameServer = {});

    // Stops the running lookup and emits cancelled before returning. Does
    // nothing when no lookup is running.
    void cancel();

    // Why name cannot be a host name, in words for a student (translated), or
    // an empty string when it can. Rejects empty names, spaces, characters other
    // than letters, digits, '-', '_' and '.', empty parts, parts longer than 63
    // characters, names longer than 253, parts that start or end with '-', and
    // all-numeric names that are not valid IPv4 addresses. International names
    // are checked in their xn-- form.
    static QString checkName(const QString &name);

    // The name as sent on the wire: international names become xn--, a
    // trailing dot is kept. Empty when the name cannot be converted.
    static QString toAsciiName(const QString &name);

    // "A", "AAAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT" (not translated).
    static QString recordTypeName(QDnsLookup::Type type);

signals:
    void resultReady(const HostLookupResult &result);
    void failed(const HostLookupFailure &failure);
    void cancelled();

private:
    void startTimer();
    void finishHostInfo(const QHostInfo &info);
    void finishDns(QDnsLookup *dns);
    void timeOut();
    void stop();
    void fail(HostLookupFailure::Reason reason, const QString &detail = {});

    int m_timeoutMs = DefaultTimeoutMs;
    int m_hostInfoId = -1; // QHostInfo lookup id, -1 when none runs
    QPointer<QDnsLookup> m_dns;
    QTimer m_timer;
    QElapsedTimer m_clock;
    HostLookupResult m_pending; // what is being asked; filled in on success
    QString m_serverText; // the name server as typed, for messages
};
