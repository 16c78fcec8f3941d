#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// Socket errors explained in words a student understands, in the UI
// language: what happened, the likely cause, and what to try. Shared by the
// TCP and UDP tabs. Pure functions, any thread.
class SocketErrors
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrors)
public:
    struct Context
    {
        QString host; // what the user typed (name or address), may be empty
        quint16 port = 0; // the port involved, 0 when none
        bool listening = false; // true for bind/listen, false for connect/send
        bool udp = false;
    };

    // One or two sentences, e.g. for ConnectionRefusedError with host
    // "127.0.0.1" and port 8888: "Nothing is listening on 127.0.0.1:8888 —
    // is the server started? (connection refused: the other side answered
    // with a reset)".
    static QString explain(QAbstractSocket::SocketError error, const Context &context);

    // The errno name a C program would see for this error ("ECONNREFUSED",
    // "EADDRINUSE", "ETIMEDOUT", ...), or an empty string when there is none.
    // HostNotFoundError gives getaddrinfo()'s "EAI_NONAME". Qt reports a
    // connection reset (and a send to a closed connection) as
    // RemoteHostClosedError, which gives "ECONNRESET"; an orderly close by the
    // peer is not an error in C at all (recv() returns 0).
    static QString errnoName(QAbstractSocket::SocketError error);

    // The peer reset the connection: a TCP RST arrived (ECONNRESET). Qt has no
    // error code of its own for this (it says RemoteHostClosedError), so the
    // engine that detects the reset asks for this explanation directly.
    static QString explainReset(const Context &context);

    // "127.0.0.1:8888", "[::1]:8888", "example.com:80", "127.0.0.1" (port 0)
    // or "port 8888" (no host): the place an explanation talks about, built
    // from what the user typed.
    static QString place(const Context &context);
};
