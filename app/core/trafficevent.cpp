#include "trafficevent.h"

#include <QHostAddress>

TrafficDirection TrafficEvent::direction() const
{
    switch (kind) {
    case TrafficKind::Sent:
    case TrafficKind::Connected: return TrafficDirection::Outgoing;
    case TrafficKind::Received:
    case TrafficKind::Accepted: return TrafficDirection::Incoming;
    case TrafficKind::Listening:
    case TrafficKind::Closed:
    case TrafficKind::Reset:
    case TrafficKind::Error: break;
    }
    return TrafficDirection::None;
}

namespace TrafficNames {

QString kindId(TrafficKind kind)
{
    switch (kind) {
    case TrafficKind::Listening: return QStringLiteral("listening");
    case TrafficKind::Connected: return QStringLiteral("connected");
    case TrafficKind::Accepted: return QStringLiteral("accepted");
    case TrafficKind::Sent: return QStringLiteral("sent");
    case TrafficKind::Received: return QStringLiteral("received");
    case TrafficKind::Closed: return QStringLiteral("closed");
    case TrafficKind::Reset: return QStringLiteral("reset");
    case TrafficKind::Error: return QStringLiteral("error");
    }
    return QString();
}

QString kindLabel(TrafficKind kind)
{
    switch (kind) {
    case TrafficKind::Listening: return QCoreApplication::translate("TrafficNames", "listening");
    case TrafficKind::Connected: return QCoreApplication::translate("TrafficNames", "connected");
    case TrafficKind::Accepted: return QCoreApplication::translate("TrafficNames", "accepted");
    case TrafficKind::Sent: return QCoreApplication::translate("TrafficNames", "sent");
    case TrafficKind::Received: return QCoreApplication::translate("TrafficNames", "received");
    case TrafficKind::Closed: return QCoreApplication::translate("TrafficNames", "closed");
    case TrafficKind::Reset: return QCoreApplication::translate("TrafficNames", "reset");
    case TrafficKind::Error: return QCoreApplication::translate("TrafficNames", "error");
    }
    return QString();
}

QString protocolId(TrafficProtocol protocol)
{
    return protocol == TrafficProtocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString directionId(TrafficDirection direction)
{
    switch (direction) {
    case TrafficDirection::Outgoing: return QStringLiteral("out");
    case TrafficDirection::Incoming: return QStringLiteral("in");
    case TrafficDirection::None: break;
    }
    return QString();
}

QString directionArrow(TrafficDirection direction)
{
    switch (direction) {
    case TrafficDirection::Outgoing: return QStringLiteral("→");
    case TrafficDirection::Incoming: return QStringLiteral("←");
    case TrafficDirection::None: break;
    }
    return QString();
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::AnyIPProtocol)
        return QStringLiteral("*:") + QString::number(port);
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4);
    if (address.protocol() == QAbstractSocket::IPv4Protocol || isMappedV4)
        return QHostAddress(v4).toString() + u':' + QString::number(port);
    if (address.isNull())
        return QStringLiteral("?:") + QString::number(port);
    return u'[' + address.toString() + QStringLiteral("]:") + QString::number(port);
}

QStringList tabIds()
{
    return {QStringLiteral("host"),       QStringLiteral("encoding"), QStringLiteral("tcp-client"),
            QStringLiteral("tcp-server"), QStringLiteral("udp"),      QStringLiteral("broadcast"),
            QStringLiteral("concurrency")};
}

QString tabLabel(const QString &tabId)
{
    if (tabId == u"host")
        return QCoreApplication::translate("TrafficNames", "Host & IP");
    if (tabId == u"encoding")
        return QCoreApplication::translate("TrafficNames", "Encoding");
    if (tabId == u"tcp-client")
        return QCoreApplication::translate("TrafficNames", "TCP Client");
    if (tabId == u"tcp-server")
        return QCoreApplication::translate("TrafficNames", "TCP Server");
    if (tabId == u"udp")
        return QCoreApplication::translate("TrafficNames", "UDP");
    if (tabId == u"broadcast")
        return QCoreApplication::translate("TrafficNames", "Broadcast");
    if (tabId == u"concurrency")
        return QCoreApplication::translate("TrafficNames", "Concurrency");
    return tabId;
}

} // namespace TrafficNames
