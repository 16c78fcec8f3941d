#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>

#include <optional>

// One auto-reply rule of the UDP receiver: when a datagram matches, the
// receiver answers the sender with `reply`. A plain value.
struct UdpReplyRule
{
    enum class Match : quint8 {
        Exact, // the whole message equals pattern
        Contains, // pattern occurs somewhere in the message
        RegularExpression, // pattern (a QRegularExpression / PCRE) matches somewhere
    };

    Match match = Match::Exact;
    QString pattern;
    bool caseInsensitive = true;
    // Compare without the trailing "\r\n" / "\n" a line-based sender adds, so
    // "hello\n" from `nc -u` matches "hello" like the classic Python receiver.
    bool ignoreLineEnding = true;
    // The answer as typed, with escapes (\n, \xNN, ...) as in every send field,
    // encoded in `encoding`. The incoming datagram is decoded in the same
    // encoding before it is compared.
    QString reply;
    QString encoding = QStringLiteral("UTF-8"); // a TextCodecs id
};
Q_DECLARE_METATYPE(UdpReplyRule)

// The receiver's auto-reply rules, checked in order; the first rule that
// matches a datagram gives the answer. Pure data plus matching: no sockets.
// Not thread-safe; use from one thread (the engine's).
class UdpAutoReply
{
    Q_DECLARE_TR_FUNCTIONS(UdpAutoReply)
public:
    // The classic exercise: "hello" (any case, line ending ignored) is
    // answered with "Hello from UDP Receiver!".
    static UdpReplyRule defaultRule();

    // Why rule cannot be used, in words for a student (translated), or an
    // empty string when it can: an empty pattern, an invalid regular
    // expression (with the position of the problem), an unavailable encoding,
    // a reply that cannot be written in its encoding.
    static QString check(const UdpReplyRule &rule);

    UdpAutoReply(); // starts with defaultRule() and disabled

    // Replaces all rules, or none: when a rule is invalid, returns false, keeps
    // the old rules and writes the problem (naming the rule's number, 1-based)
    // into *error.
    bool setRules(const QList<UdpReplyRule> &rules, QString *error = nullptr);
    QList<UdpReplyRule> rules() const;

    void setEnabled(bool enabled);
    bool isEnabled() const;

    struct Reply
    {
        QByteArray bytes;
        int ruleIndex = -1; // 0-based index in rules()
    };

    // The reply for a received datagram, from the first matching rule, or
    // nothing when auto-reply is disabled or no rule matches.
    std::optional<Reply> replyFor(const QByteArray &datagram) const;

private:
    struct Compiled
    {
        UdpReplyRule rule;
        QRegularExpression regex; // RegularExpression rules only
        QByteArray replyBytes;
    };

    static std::optional<Compiled> compile(const UdpReplyRule &rule, QString *error);
    static bool matches(const Compiled &compiled, const QByteArray &datagram);

    QList<Compiled> m_rules;
    bool m_enabled = false;
};
