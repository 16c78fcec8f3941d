#include "socketerrors.h"

namespace {

// The largest UDP payloads: 65,535 minus the 8-byte UDP header and the
// 20-byte IPv4 header; IPv6 counts its header outside the payload length.
constexpr int MaxUdpPayloadIPv4 = 65507;
constexpr int MaxUdpPayloadIPv6 = 65527;

} // namespace

QString SocketErrors::place(const Context &context)
{
    QString host = context.host.trimmed();
    // An IPv6 literal needs brackets before ":port", as in a URL.
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    if (host.isEmpty())
        return context.port == 0 ? tr("this address") : tr("port %1").arg(context.port);
    if (context.port == 0)
        return host;
    return host + u':' + QString::number(context.port);
}

QString SocketErrors::explain(QAbstractSocket::SocketError error, const Context &context)
{
    const QString where = place(context);
    const QString host = context.host.trimmed();
    const QString port = QString::number(context.port);

    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        if (context.udp) {
            return tr("Nothing is listening on %1 — is the receiver started? (the other computer "
                      "answered with \"port unreachable\")")
                .arg(where);
        }
        return tr("Nothing is listening on %1 — is the server started? (connection refused: the "
                  "other side answered with a reset)")
            .arg(where);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The other program (%1) closed the connection, so nothing more can be sent on it.")
            .arg(where);
    case QAbstractSocket::HostNotFoundError:
        if (host.isEmpty())
            return tr("No host was given: type a name such as example.com or an address such as 127.0.0.1.");
        return tr("No address was found for the name '%1': check the spelling, or the DNS settings.")
            .arg(host);
    case QAbstractSocket::SocketAccessError:
        if (context.listening && context.port > 0 && context.port < 1024) {
            return tr("Port %1 is below 1024, and only the administrator (root) may use such ports: "
                      "listening on it needs root. Choose a port from 1024 to 65535.")
                .arg(port);
        }
        if (context.udp) {
            return tr("The operating system did not allow this on %1 (permission denied). Sending to "
                      "a broadcast address needs the SO_BROADCAST option; a firewall rule may also "
                      "block it.")
                .arg(where);
        }
        return tr("The operating system did not allow this on %1 (permission denied): a firewall rule "
                  "or missing rights may be the cause.")
            .arg(where);
    case QAbstractSocket::SocketResourceError:
        return tr("The computer has run out of resources for sockets (too many open connections or "
                  "files, or no memory left). Close some connections and try again.");
    case QAbstractSocket::SocketTimeoutError:
        if (context.udp)
            return tr("No answer came from %1 in time (timed out).").arg(where);
        return tr("%1 did not answer in time (timed out): the computer may be switched off, or a "
                  "firewall may silently drop the connection.")
            .arg(where);
    case QAbstractSocket::DatagramTooLargeError:
        return tr("The datagram is too large: one UDP datagram can carry at most %L1 bytes over IPv4 "
                  "and %L2 bytes over IPv6. Send less, or split the data into several datagrams.")
            .arg(MaxUdpPayloadIPv4)
            .arg(MaxUdpPayloadIPv6);
    case QAbstractSocket::NetworkError:
        return tr("The network could not reach %1: there is no route to it, the network is down, or it "
                  "did not answer. Check the address and this computer's network connection.")
            .arg(where);
    case QAbstractSocket::AddressInUseError:
        if (context.listening) {
            const QString command = context.udp ? QStringLiteral("ss -lunp 'sport = :%1'").arg(port)
                                                : QStringLiteral("ss -ltnp 'sport = :%1'").arg(port);
            if (host.isEmpty())
                return tr("Port %1 is already in use by another program. Find it with: %2")
                    .arg(port, command);
            return tr("Port %1 on %2 is already in use by another program. Find it with: %3")
                .arg(port, host, command);
        }
        return tr("The local address for %1 is already in use by another socket.").arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        if (context.listening || host.isEmpty()) {
            return tr("%1 is not an address of this machine, so nothing can listen on it. Use "
                      "0.0.0.0 (every address), 127.0.0.1, or one of this computer's own addresses "
                      "(see the Host & IP tab).")
                .arg(host.isEmpty() ? where : host);
        }
        return tr("No local address or port was available to reach %1 (all local ports may be in use).")
            .arg(where);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("This operation is not supported for %1: for example IPv6 on a computer without IPv6, "
                  "or an IPv4 socket used with an IPv6 address.")
            .arg(where);
    case QAbstractSocket::UnfinishedSocketOperationError:
        return tr("The previous operation on this socket has not finished yet: wait for it, then try again.");
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return tr("The proxy server failed while connecting to %1. These exercises need no proxy: check "
                  "the proxy settings of this computer.")
            .arg(where);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("The encrypted (TLS) connection to %1 failed.").arg(where);
    case QAbstractSocket::OperationError:
        return tr("This is not possible in the socket's current state (for example sending before the "
                  "connection is established).");
    case QAbstractSocket::TemporaryError:
        return tr("The operating system could not do this right now (try again in a moment).");
    case QAbstractSocket::UnknownSocketError: break;
    }
    return tr("Something went wrong with %1, and the operating system gave no details (unknown error).")
        .arg(where);
}

QString SocketErrors::errnoName(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return QStringLiteral("ECONNREFUSED");
    case QAbstractSocket::RemoteHostClosedError: return QStringLiteral("ECONNRESET");
    case QAbstractSocket::HostNotFoundError: return QStringLiteral("EAI_NONAME");
    case QAbstractSocket::SocketAccessError: return QStringLiteral("EACCES");
    case QAbstractSocket::SocketResourceError: return QStringLiteral("EMFILE");
    case QAbstractSocket::SocketTimeoutError: return QStringLiteral("ETIMEDOUT");
    case QAbstractSocket::DatagramTooLargeError: return QStringLiteral("EMSGSIZE");
    // Qt folds EHOSTUNREACH, ENETUNREACH and a timed-out connect() into this
    // one code; the network being unreachable is what a student meets most.
    case QAbstractSocket::NetworkError: return QStringLiteral("ENETUNREACH");
    case QAbstractSocket::AddressInUseError: return QStringLiteral("EADDRINUSE");
    case QAbstractSocket::SocketAddressNotAvailableError: return QStringLiteral("EADDRNOTAVAIL");
    case QAbstractSocket::UnsupportedSocketOperationError: return QStringLiteral("EAFNOSUPPORT");
    case QAbstractSocket::UnfinishedSocketOperationError: return QStringLiteral("EINPROGRESS");
    case QAbstractSocket::TemporaryError: return QStringLiteral("EAGAIN");
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::OperationError:
    case QAbstractSocket::UnknownSocketError: break;
    }
    return {};
}

QString SocketErrors::explainReset(const Context &context)
{
    return tr("The other program (%1) closed the connection abruptly (reset): it may have crashed, been "
              "stopped, or closed its socket without reading everything that was sent to it.")
        .arg(place(context));
}
