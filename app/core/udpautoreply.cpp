#include "udpautoreply.h"

#include "payloadparser.h"
#include "textcodecs.h"

UdpReplyRule UdpAutoReply::defaultRule()
{
    UdpReplyRule rule;
    rule.match = UdpReplyRule::Match::Exact;
    rule.pattern = QStringLiteral("hello");
    rule.caseInsensitive = true;
    rule.ignoreLineEnding = true;
    rule.reply = QStringLiteral("Hello from UDP Receiver!");
    return rule;
}

QString UdpAutoReply::check(const UdpReplyRule &rule)
{
    QString error;
    compile(rule, &error);
    return error;
}

UdpAutoReply::UdpAutoReply()
{
    // The default rule is valid by construction; compile() cannot fail on it.
    if (auto compiled = compile(defaultRule(), nullptr))
        m_rules.append(*compiled);
}

bool UdpAutoReply::setRules(const QList<UdpReplyRule> &rules, QString *error)
{
    QList<Compiled> compiled;
    compiled.reserve(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QString problem;
        auto one = compile(rules.at(i), &problem);
        if (!one) {
            if (error)
                *error = tr("Rule %1: %2").arg(i + 1).arg(problem);
            return false;
        }
        compiled.append(*one);
    }
    m_rules = compiled;
    if (error)
        error->clear();
    return true;
}

QList<UdpReplyRule> UdpAutoReply::rules() const
{
    QList<UdpReplyRule> result;
    result.reserve(m_rules.size());
    for (const Compiled &c : m_rules)
        result.append(c.rule);
    return result;
}

void UdpAutoReply::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool UdpAutoReply::isEnabled() const
{
    return m_enabled;
}

std::optional<UdpAutoReply::Reply> UdpAutoReply::replyFor(const QByteArray &datagram) const
{
    if (!m_enabled)
        return std::nullopt;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (matches(m_rules.at(i), datagram))
            return Reply{m_rules.at(i).replyBytes, int(i)};
    }
    return std::nullopt;
}

std::optional<UdpAutoReply::Compiled> UdpAutoReply::compile(const UdpReplyRule &rule, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Compiled> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (rule.pattern.isEmpty())
        return fail(tr("the text to match is empty; type the message that should get an answer, "
                       "for example hello."));
    if (!TextCodecs::isAvailable(rule.encoding))
        return fail(tr("the encoding '%1' is not available in this build.").arg(rule.encoding));

    Compiled compiled;
    compiled.rule = rule;
    if (rule.match == UdpReplyRule::Match::RegularExpression) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (rule.caseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        compiled.regex = QRegularExpression(rule.pattern, options);
        if (!compiled.regex.isValid()) {
            // PCRE counts offsets in UTF-16 units from 0; students count
            // characters from 1.
            return fail(tr("the regular expression '%1' is not valid at character %2: %3.")
                            .arg(rule.pattern)
                            .arg(compiled.regex.patternErrorOffset() + 1)
                            .arg(compiled.regex.errorString()));
        }
    }

    const PayloadResult reply = PayloadParser::parseText(rule.reply, rule.encoding, true);
    if (!reply.ok()) {
        if (reply.column > 0)
            return fail(tr("the reply cannot be sent: %1 (column %2).").arg(reply.error).arg(reply.column));
        return fail(tr("the reply cannot be sent: %1.").arg(reply.error));
    }
    compiled.replyBytes = reply.bytes;
    return compiled;
}

bool UdpAutoReply::matches(const Compiled &compiled, const QByteArray &datagram)
{
    const UdpReplyRule &rule = compiled.rule;
    QString text = TextCodecs::decode(datagram, rule.encoding).text;
    if (rule.ignoreLineEnding) {
        qsizetype end = text.size();
        while (end > 0 && (text.at(end - 1) == u'\n' || text.at(end - 1) == u'\r'))
            --end;
        text.truncate(end);
    }

    const Qt::CaseSensitivity cs = rule.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (rule.match) {
    case UdpReplyRule::Match::Exact: return text.compare(rule.pattern, cs) == 0;
    case UdpReplyRule::Match::Contains: return text.contains(rule.pattern, cs);
    case UdpReplyRule::Match::RegularExpression: return compiled.regex.match(text).hasMatch();
    }
    return false;
}
