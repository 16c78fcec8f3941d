#include "endpointtext.h"

#include <QCoreApplication>

namespace EndpointText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointText", text);
}

// Digits only, 0..65535; returns false with a sentence otherwise.
bool readPort(const QString &text, const QString &whole, bool allowZero, quint16 *port, QString *error)
{
    bool digits = !text.isEmpty() && text.size() <= 5;
    for (const QChar c : text)
        digits = digits && c >= u'0' && c <= u'9';
    const uint value = digits ? text.toUInt() : 0;
    if (!digits || value > 65535 || (value == 0 && !allowZero)) {
        *error = allowZero ? tr("'%1': the port must be a number from 0 (any free port) to 65535.").arg(whole)
                           : tr("'%1': the port must be a number from 1 to 65535.").arg(whole);
        return false;
    }
    *port = quint16(value);
    return true;
}
} // namespace

Endpoint parse(const QString &text, bool allowZeroPort, bool hostRequired)
{
    Endpoint endpoint;
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        endpoint.error = hostRequired ? tr("an address and port are needed, such as 127.0.0.1:8888.")
                                      : tr("a port is needed, such as 8888.");
        return endpoint;
    }
    QString host;
    QString port;
    if (typed.startsWith(u'[')) {
        const qsizetype close = typed.indexOf(u']');
        if (close < 0 || close + 1 >= typed.size() || typed.at(close + 1) != u':') {
            endpoint.error = tr("'%1': write an IPv6 address in brackets followed by the port, such as "
                                "[::1]:8888.")
                                 .arg(typed);
            return endpoint;
        }
        host = typed.mid(1, close - 1);
        port = typed.mid(close + 2);
    } else {
        const qsizetype colon = typed.lastIndexOf(u':');
        if (colon < 0) {
            if (hostRequired) {
                endpoint.error = tr("'%1': add the port after a colon, such as %1:8888.").arg(typed);
                return endpoint;
            }
            port = typed;
        } else if (typed.indexOf(u':') != colon) {
            endpoint.error
                = tr("'%1': an IPv6 address needs brackets before the port, such as [::1]:8888.").arg(typed);
            return endpoint;
        } else {
            host = typed.left(colon);
            port = typed.mid(colon + 1);
        }
    }
    if (hostRequired && host.isEmpty()) {
        endpoint.error
            = tr("'%1': the address before the colon is missing, such as 127.0.0.1:8888.").arg(typed);
        return endpoint;
    }
    for (qsizetype i = 0; i < host.size(); ++i) {
        if (host.at(i).isSpace()) {
            endpoint.error = tr("'%1': a host name or address has no spaces.").arg(typed);
            return endpoint;
        }
    }
    if (!readPort(port, typed, allowZeroPort, &endpoint.port, &endpoint.error))
        return endpoint;
    endpoint.host = host;
    return endpoint;
}

} // namespace EndpointText
