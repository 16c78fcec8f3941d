#pragma once

#include "tcpserverengine.h"
#include "udpautoreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The short, complete programs an Explain pane shows next to the socket calls:
// what the tab just did, written as a student's first Python script and as a
// Qt 6 console program (QCoreApplication + QTcpSocket / QTcpServer /
// QUdpSocket, C++17). Host, port and payload are filled in, quoted safely
// (quotes, backslashes, control bytes and non-ASCII are escaped), so every
// program parses / compiles whatever the user typed. Payloads longer than
// MaxPayloadBytes are cut, with a comment saying so.
//
// Comments inside the programs are in the UI language (translated through
// QCoreApplication::translate("ExamplePrograms", ...)); identifiers stay English.
// Pure functions: callable from any thread; nothing is cached, so a call after
// a language change yields the new comments.
namespace ExamplePrograms {

inline constexpr int MaxPayloadBytes = 256;

struct Program
{
    QString python; // complete, runnable with python3
    QString cppQt; // one main.cpp; needs Qt6::Core and Qt6::Network
};

// Connects, sends payload, and (waitForReply) waits for one reply and prints it.
Program tcpClient(const QString &host, quint16 port, const QByteArray &payload, bool waitForReply);

// A server in the engine's mode. Port 0 lets the kernel choose; the programs
// print "READY <port>" on a line of their own once listening, whatever the port.
// Templates use {message}, {time}, {peer} like TcpServerEngine; a reply ends
// with the line ending of the message it answers.
Program tcpServer(const QString &address, quint16 port, TcpServerEngine::Mode mode,
                  const QString &replyTemplate, const QList<TcpServerEngine::Command> &commands);

// Sends one datagram (bound first when bindAddress is not empty), waits a
// moment for an answer and prints it.
Program udpSender(const QString &host, quint16 port, const QByteArray &payload, const QString &bindAddress,
                  quint16 bindPort); // bindAddress may be empty

// Receives datagrams forever and answers those matching a rule (first match
// wins; exact / contains / regular expression; trailing line ending ignored
// when the rule says so). Prints "READY <port>" once bound.
Program udpReceiver(const QString &address, quint16 port, const QList<UdpReplyRule> &rules);

Program broadcastSender(const QString &address, quint16 port, const QByteArray &payload);
Program broadcastReceiver(quint16 port);
Program multicastSender(const QString &group, quint16 port, const QByteArray &payload, int ttl, bool loopback,
                        const QString &interfaceAddress); // may be empty
Program multicastReceiver(const QString &group, quint16 port, const QString &interfaceAddress);

// Literal builders, exposed for tests and for other generators.
// A Python string literal ("...") / bytes literal (b"...") that round-trips.
QString pythonString(const QString &text);
QString pythonBytes(const QByteArray &bytes);
// A C++ narrow string literal ("...") holding the UTF-8 bytes, with every
// non-printable or non-ASCII byte written as an octal escape.
QString cppString(const QByteArray &bytes);
QString cppString(const QString &text); // of text.toUtf8()

} // namespace ExamplePrograms
