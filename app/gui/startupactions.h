#pragma once

#include "endpointtext.h"
#include "tcpserverengine.h"

#include <QByteArray>
#include <QList>

#include <optional>

class MainWindow;

// What the command line asked NetLab to start (see `netlab --help`): a server,
// a client or receiver, and the messages to send. Read and checked by main();
// every endpoint here is already valid.
struct StartupRequest
{
    std::optional<EndpointText::Endpoint> tcpServer;
    TcpServerEngine::Mode serverMode = TcpServerEngine::Mode::EventLoop;
    std::optional<EndpointText::Endpoint> tcpClient;
    std::optional<EndpointText::Endpoint> udpReceive;
    std::optional<EndpointText::Endpoint> udpSend;
    std::optional<quint16> broadcastReceive;
    std::optional<EndpointText::Endpoint> broadcastSend;
    QList<QByteArray> messages; // --send, in order, already encoded
};

// Fills in and starts the tabs of window the request names, as a person
// would with the mouse, and selects the last tab it used. Messages go out one
// after another, each after the reply to the previous one or a time-out
// (SendScript). What happens is shown in the tabs and logged (netlab.app) on
// stderr, e.g. "TCP server listening on 127.0.0.1:40123", so scripts can find
// a port chosen by the system. GUI thread; window must outlive the actions.
void runStartupRequest(MainWindow *window, const StartupRequest &request);
