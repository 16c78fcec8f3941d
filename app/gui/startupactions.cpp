#include "startupactions.h"

#include "broadcasttab.h"
#include "mainwindow.h"
#include "sendscript.h"
#include "tcpclientengine.h"
#include "tcpclienttab.h"
#include "tcpservertab.h"
#include "trafficevent.h"
#include "udpengine.h"
#include "udptab.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {

// The host as Qt wants it for an address ("::1", not "[::1]"); names stay names.
QHostAddress addressOf(const EndpointText::Endpoint &endpoint)
{
    return QHostAddress(endpoint.host);
}

void startTcpServer(MainWindow *window, const StartupRequest &request)
{
    auto *tab = qobject_cast<TcpServerTab *>(window->tab(QStringLiteral("tcp-server")));
    if (!tab)
        return;
    window->selectTab(QStringLiteral("tcp-server"));
    const QHostAddress address = addressOf(*request.tcpServer);
    if (address.isNull()) {
        qCWarning(lcApp).noquote() << "--tcp-server: the server needs an IP address of this machine, not"
                                   << request.tcpServer->host;
        return;
    }
    if (tab->startServer(address, request.tcpServer->port, request.serverMode)) {
        qCInfo(lcApp).noquote() << "TCP server listening on"
                                << TrafficNames::endpoint(tab->engine()->serverAddress(),
                                                          tab->engine()->serverPort())
                                << "mode" << TcpServerEngine::modeName(request.serverMode);
    } else {
        qCWarning(lcApp).noquote() << "TCP server not started:" << tab->engine()->errorString();
    }
}

void startTcpClient(MainWindow *window, const StartupRequest &request)
{
    auto *tab = qobject_cast<TcpClientTab *>(window->tab(QStringLiteral("tcp-client")));
    if (!tab)
        return;
    window->selectTab(QStringLiteral("tcp-client"));
    TcpClientEngine *engine = tab->engine();
    auto *script
        = new SendScript([engine](const QByteArray &message) { return engine->send(message) >= 0; }, tab);
    QObject::connect(engine, &TcpClientEngine::dataReceived, script, &SendScript::noteReply);
    QObject::connect(engine, &TcpClientEngine::connectionClosed, script, &SendScript::stop);
    QObject::connect(script, &SendScript::finished, script, [script](int sent, int replied) {
        qCInfo(lcApp) << "TCP client: sent" << sent << "messages," << replied << "answered";
        script->deleteLater();
    });
    const QList<QByteArray> messages = request.messages;
    QObject::connect(engine, &TcpClientEngine::stateChanged, script,
                     [script, messages](TcpClientEngine::State state) {
                         if (state == TcpClientEngine::State::Connected && !script->isRunning()
                             && script->sentCount() == 0)
                             script->start(messages);
                     });
    QObject::connect(engine, &TcpClientEngine::errorOccurred, script, [script](const QString &explained) {
        qCWarning(lcApp).noquote() << "TCP client:" << explained;
        if (!script->isRunning())
            script->deleteLater();
    });
    tab->connectTo(request.tcpClient->host, request.tcpClient->port);
}

void startUdp(MainWindow *window, const StartupRequest &request)
{
    auto *tab = qobject_cast<UdpTab *>(window->tab(QStringLiteral("udp")));
    if (!tab)
        return;
    window->selectTab(QStringLiteral("udp"));
    if (request.udpReceive) {
        const QHostAddress address = addressOf(*request.udpReceive);
        if (address.isNull()) {
            qCWarning(lcApp).noquote()
                << "--udp-receive: the receiver needs an IP address of this machine, not"
                << request.udpReceive->host;
        } else if (tab->startReceiver(address, request.udpReceive->port)) {
            qCInfo(lcApp).noquote() << "UDP receiver bound to"
                                    << TrafficNames::endpoint(tab->receiver()->localAddress(),
                                                              tab->receiver()->localPort());
        } else {
            qCWarning(lcApp).noquote() << "UDP receiver not started:" << tab->receiver()->lastError().message;
        }
    }
    if (!request.udpSend)
        return;
    const QString host = request.udpSend->host;
    const quint16 port = request.udpSend->port;
    tab->setTarget(host, port);
    UdpEngine *sender = tab->sender();
    auto *script = new SendScript(
        [sender, host, port](const QByteArray &message) { return sender->sendTo(host, port, message); }, tab);
    QObject::connect(sender, &UdpEngine::datagramReceived, script, &SendScript::noteReply);
    QObject::connect(script, &SendScript::finished, script, [script](int sent, int replied) {
        qCInfo(lcApp) << "UDP sender: sent" << sent << "datagrams," << replied << "answered";
        script->deleteLater();
    });
    script->start(request.messages);
}

void startBroadcast(MainWindow *window, const StartupRequest &request)
{
    auto *tab = qobject_cast<BroadcastTab *>(window->tab(QStringLiteral("broadcast")));
    if (!tab)
        return;
    window->selectTab(QStringLiteral("broadcast"));
    if (request.broadcastReceive) {
        if (tab->startReceiver(*request.broadcastReceive))
            qCInfo(lcApp) << "broadcast receiver bound to 0.0.0.0 port" << *request.broadcastReceive;
        else
            qCWarning(lcApp) << "broadcast receiver not started on port" << *request.broadcastReceive;
    }
    if (!request.broadcastSend)
        return;
    const QHostAddress address = addressOf(*request.broadcastSend);
    if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol) {
        qCWarning(lcApp).noquote() << "--broadcast-send: a broadcast address is an IPv4 address, not"
                                   << request.broadcastSend->host;
        return;
    }
    tab->setSenderTarget(address, request.broadcastSend->port);
    QStringList texts;
    for (const QByteArray &message : request.messages)
        texts << QString::fromUtf8(message);
    tab->sendTexts(texts);
}

} // namespace

void runStartupRequest(MainWindow *window, const StartupRequest &request)
{
    // Servers and receivers first, so a client started by the same command
    // line finds them listening.
    if (request.tcpServer)
        startTcpServer(window, request);
    if (request.udpReceive || request.udpSend)
        startUdp(window, request);
    if (request.broadcastReceive || request.broadcastSend)
        startBroadcast(window, request);
    if (request.tcpClient)
        startTcpClient(window, request);
}
