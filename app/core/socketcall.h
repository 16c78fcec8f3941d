#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One line of a tab's Explain pane: a socket call the engine made, in the
// words of the BSD socket API a student learns, and what it returned.
// Examples: {"bind", "127.0.0.1:8888", "0"}, {"accept", "", "127.0.0.1:51234"},
// {"recv", "", "5 bytes"}, {"connect", "127.0.0.1:9", "ECONNREFUSED"}.
struct SocketCall
{
    QDateTime time;
    QString function; // "socket", "bind", "listen", "accept", "connect", "send", "recv",
                      // "shutdown", "close", "setsockopt", "getaddrinfo", ...
    QString arguments; // as a student would write them: "AF_INET, SOCK_STREAM", "SHUT_WR"
    QString result; // "0", "→ 127.0.0.1:51234", "5 bytes", or an errno name such as "ECONNREFUSED"
    bool failed = false;

    // "bind(127.0.0.1:8888) → 0"
    QString toString() const;

    // A call made now.
    static SocketCall make(const QString &function, const QString &arguments, const QString &result,
                           bool failed = false);
};
Q_DECLARE_METATYPE(SocketCall)
