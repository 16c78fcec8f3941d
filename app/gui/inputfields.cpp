#include "inputfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLabel>
#include <QNetworkInterface>
#include <QSet>

namespace InputFields {

namespace {
const QString AnyIPv4 = QStringLiteral("0.0.0.0");
const QString AnyIPv6 = QStringLiteral("::");

QString tr(const char *text)
{
    return QCoreApplication::translate("InputFields", text);
}
} // namespace

PortReading readPort(const QString &text, bool allowZero)
{
    const QString typed = text.trimmed();
    PortReading reading;
    if (typed.isEmpty()) {
        reading.problem = allowZero ? tr("Port: type a number from 0 (any free port) to 65535.")
                                    : tr("Port: type a number from 1 to 65535.");
        return reading;
    }
    for (const QChar c : typed) {
        // isDigit() accepts other scripts' digits; a port is ASCII digits.
        if (c < u'0' || c > u'9') {
            reading.problem = allowZero
                ? tr("Port: \"%1\" is not a whole number. Use digits only: 0 (any free port) to 65535.")
                      .arg(typed)
                : tr("Port: \"%1\" is not a whole number. Use digits only: 1 to 65535.").arg(typed);
            return reading;
        }
    }
    const qulonglong value = typed.size() > 6 ? 65536 : typed.toULongLong();
    if (value > 65535) {
        reading.problem = tr("Port: %1 is too large; port numbers go up to 65535.").arg(typed);
        return reading;
    }
    if (value == 0 && !allowZero) {
        reading.problem = tr("Port: 0 cannot be a destination; use a port from 1 to 65535.");
        return reading;
    }
    reading.port = quint16(value);
    return reading;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void fillListenAddresses(QComboBox *combo)
{
    combo->clear();
    QSet<QString> seen;
    const auto add = [&](const QString &address) {
        if (seen.contains(address))
            return;
        seen.insert(address);
        combo->addItem(address, address);
    };
    add(QStringLiteral("127.0.0.1"));
    add(QStringLiteral("::1"));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol
            && address.protocol() != QAbstractSocket::IPv6Protocol)
            continue;
        // Link-local IPv6 needs a scope to bind; the scope id is part of the text.
        add(address.toString());
    }
    add(AnyIPv4);
    add(AnyIPv6);
    combo->setCurrentIndex(0);
    retranslateListenAddresses(combo);
}

void retranslateListenAddresses(QComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QString address = combo->itemData(i).toString();
        if (address == AnyIPv4)
            combo->setItemText(i, tr("0.0.0.0 — all IPv4 interfaces (others can connect)"));
        else if (address == AnyIPv6)
            combo->setItemText(i, tr(":: — all interfaces, IPv4 and IPv6 (others can connect)"));
        else if (address == u"127.0.0.1")
            combo->setItemText(i, tr("127.0.0.1 — this machine only"));
        else if (address == u"::1")
            combo->setItemText(i, tr("::1 — this machine only (IPv6)"));
    }
}

bool isAllInterfaces(const QString &address)
{
    return address == AnyIPv4 || address == AnyIPv6;
}

QString allInterfacesWarning()
{
    return tr("Listening on all interfaces: other computers on the network can connect to this "
              "server. Choose 127.0.0.1 unless that is what you want.");
}

} // namespace InputFields
