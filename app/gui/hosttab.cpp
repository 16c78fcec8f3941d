#include "hosttab.h"

#include "addressinfo.h"

#include "ui_hosttab.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QTreeWidgetItemIterator>

#include <array>

namespace {

// The order of recordTypeCombo's items in the form.
constexpr std::array<QDnsLookup::Type, 8> RecordTypes = {
    QDnsLookup::A,  QDnsLookup::AAAA, QDnsLookup::CNAME, QDnsLookup::MX,
    QDnsLookup::NS, QDnsLookup::PTR,  QDnsLookup::SRV,   QDnsLookup::TXT,
};

enum InterfaceColumn { IfName, IfState, IfMac, IfAddress, IfPrefix, IfNetmask, IfBroadcast, IfKind };
enum ResultColumn { ResOrder, ResType, ResName, ResValue, ResTtl };
enum ServiceColumn { SvcPort, SvcProtocol, SvcName, SvcAliases, SvcLabel, SvcRange, SvcPurpose };

// Index into m_services, so filtering survives the view's sorting.
constexpr int ServiceIndexRole = Qt::UserRole;

void resizeColumns(QTreeWidget *tree)
{
    // The last column stretches; sizing it to its contents would only make
    // the view scroll sideways.
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
}

} // namespace

HostTab::HostTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HostTab>())
    , m_lookup(new HostLookup(this))
    , m_selfLookup(new HostLookup(this))
{
    m_ui->setupUi(this);

    m_copyActions = {addCopyAction(m_ui->interfacesTree), addCopyAction(m_ui->resultTree),
                     addCopyAction(m_ui->servicesTree)};

    // This machine
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HostTab::refreshMachine);
    connect(m_selfLookup, &HostLookup::resultReady, this, [this](const HostLookupResult &result) {
        m_ownAddresses = result.addresses;
        m_ownFailure.reset();
        showOwnName();
    });
    connect(m_selfLookup, &HostLookup::failed, this, [this](const HostLookupFailure &failure) {
        m_ownAddresses = QList<QHostAddress>();
        m_ownFailure = failure;
        showOwnName();
    });

    // Resolve a name
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &HostTab::lookUpHost);
    connect(m_ui->hostEdit, &QLineEdit::returnPressed, this, &HostTab::lookUpHost);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &HostTab::updateWidgets);
    connect(m_ui->recordsButton, &QPushButton::clicked, this, &HostTab::queryRecords);
    connect(m_ui->recordNameEdit, &QLineEdit::returnPressed, this, &HostTab::queryRecords);
    connect(m_ui->nameServerEdit, &QLineEdit::returnPressed, this, &HostTab::queryRecords);
    connect(m_ui->recordNameEdit, &QLineEdit::textChanged, this, &HostTab::updateWidgets);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_lookup, &HostLookup::cancel);
    connect(m_lookup, &HostLookup::resultReady, this, &HostTab::showLookupResult);
    connect(m_lookup, &HostLookup::failed, this, &HostTab::showLookupFailure);
    connect(m_lookup, &HostLookup::cancelled, this, &HostTab::showLookupCancelled);

    // Address inspector
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &HostTab::inspectAddress);
    connect(m_ui->examplesCombo, &QComboBox::activated, this, [this](int index) {
        m_ui->addressEdit->setText(m_ui->examplesCombo->itemText(index));
        m_ui->addressEdit->setFocus();
    });

    // Ports
    connect(m_ui->checkButton, &QPushButton::clicked, this, &HostTab::checkPort);
    connect(m_ui->checkAddressEdit, &QLineEdit::returnPressed, this, &HostTab::checkPort);
    connect(m_ui->checkAddressEdit, &QLineEdit::textChanged, this, &HostTab::updateWidgets);
    connect(m_ui->checkPortSpin, &QSpinBox::valueChanged, this, &HostTab::showPortRange);
    connect(m_ui->serviceSearchEdit, &QLineEdit::textChanged, this, &HostTab::filterServices);

    m_ephemeral = PortInfo::ephemeralRange();
    m_services = PortInfo::loadServices();
    m_ui->servicesTree->sortByColumn(SvcPort, Qt::AscendingOrder);

    retranslateCode();
    refreshMachine();
    updateWidgets();
}

HostTab::~HostTab() = default;

void HostTab::updateWidgets()
{
    const bool busy = m_lookup->isBusy();
    m_ui->lookupButton->setEnabled(!m_ui->hostEdit->text().trimmed().isEmpty());
    m_ui->recordsButton->setEnabled(!m_ui->recordNameEdit->text().trimmed().isEmpty());
    m_ui->cancelButton->setEnabled(busy);
    m_ui->timeoutSpin->setEnabled(!busy);
    m_ui->checkButton->setEnabled(!m_ui->checkAddressEdit->text().trimmed().isEmpty());
}

void HostTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void HostTab::retranslateCode()
{
    for (QAction *action : std::as_const(m_copyActions))
        action->setText(tr("&Copy selected rows"));

    showOwnName();
    showInterfaces();
    showLookup();
    inspectAddress();

    m_ui->wellKnownValue->setText(PortInfo::rangeExplanation(PortRange::WellKnown));
    m_ui->registeredValue->setText(PortInfo::rangeExplanation(PortRange::Registered));
    m_ui->dynamicValue->setText(PortInfo::rangeExplanation(PortRange::Dynamic));
    m_ui->ephemeralValue->setText(PortInfo::ephemeralExplanation(m_ephemeral));
    showPortRange();
    showPortCheck();
    fillServices();
}

QAction *HostTab::addCopyAction(QTreeWidget *tree)
{
    // An item view's own Ctrl+C copies one cell; students want the rows.
    auto *action = new QAction(tree);
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetShortcut);
    tree->addAction(action);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(action, &QAction::triggered, tree, [tree] { copySelectedRows(tree); });
    return action;
}

void HostTab::copySelectedRows(QTreeWidget *tree)
{
    QStringList lines;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::Selected); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells += (*it)->text(c);
        lines += cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

// --- This machine -----------------------------------------------------------

void HostTab::refreshMachine()
{
    m_hostName = LocalHostInfo::hostName();
    m_hostsLines = LocalHostInfo::hostsEntries(LocalHostInfo::readHostsFile(), m_hostName);
    m_interfaces = LocalHostInfo::interfaces();
    m_ownAddresses.reset();
    m_ownFailure.reset();
    showInterfaces();
    showOwnName();
    // The name is usually in /etc/hosts, but when it is not the resolver
    // asks DNS, which can take seconds: never block the window for it.
    m_selfLookup->lookupHost(m_hostName);
}

void HostTab::showOwnName()
{
    m_ui->hostNameValue->setText(m_hostName);
    m_ui->hostsLineValue->setText(m_hostsLines.isEmpty() ? tr("no line mentions %1").arg(m_hostName)
                                                         : m_hostsLines.join(u'\n'));
    if (!m_ownAddresses) {
        m_ui->resolvedValue->setText(tr("looking up %1…").arg(m_hostName));
        m_ui->ownNameExplanation->clear();
        return;
    }
    if (m_ownFailure) {
        m_ui->resolvedValue->setText(m_ownFailure->message());
    } else {
        QStringList texts;
        for (const QHostAddress &address : std::as_const(*m_ownAddresses))
            texts += address.toString();
        m_ui->resolvedValue->setText(texts.join(QLatin1String(", ")));
    }
    m_ui->ownNameExplanation->setText(
        LocalHostInfo::explainOwnAddresses(m_hostName, *m_ownAddresses, m_hostsLines, m_interfaces));
}

void HostTab::showInterfaces()
{
    QTreeWidget *tree = m_ui->interfacesTree;
    tree->clear();
    const QString none = tr("none");
    for (const InterfaceSummary &iface : std::as_const(m_interfaces)) {
        auto *top = new QTreeWidgetItem(tree);
        top->setText(IfName, iface.humanName);
        top->setText(IfState, LocalHostInfo::flagsText(iface.flags));
        top->setText(IfMac, iface.hardwareAddress.isEmpty() ? none : iface.hardwareAddress);
        top->setToolTip(IfName, tr("Interface index %1, MTU %2 bytes").arg(iface.index).arg(iface.mtu));
        if (iface.addresses.isEmpty()) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(IfAddress, tr("no address"));
        }
        for (const InterfaceAddress &entry : iface.addresses) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(IfAddress, entry.ip.toString());
            if (entry.prefixLength >= 0)
                child->setText(IfPrefix, QStringLiteral("/%1").arg(entry.prefixLength));
            child->setText(IfNetmask, entry.netmask.toString());
            child->setText(IfBroadcast, entry.broadcast.isNull() ? none : entry.broadcast.toString());
            child->setText(IfKind, AddressInfo::categoryLabel(AddressInfo::categorize(entry.ip)));
        }
    }
    tree->expandAll();
    resizeColumns(tree);
}

// --- Resolve a name ---------------------------------------------------------

void HostTab::lookUpHost()
{
    m_runningQuery = m_ui->hostEdit->text().trimmed();
    m_lookup->setTimeout(m_ui->timeoutSpin->value() * 1000);
    m_lookupView = LookupView::Running;
    showLookup();
    // Invalid input is reported through failed() before this returns.
    m_lookup->lookupHost(m_runningQuery);
    updateWidgets();
}

void HostTab::queryRecords()
{
    const int index = qBound(0, m_ui->recordTypeCombo->currentIndex(), int(RecordTypes.size()) - 1);
    m_runningQuery = m_ui->recordNameEdit->text().trimmed();
    m_lookup->setTimeout(m_ui->timeoutSpin->value() * 1000);
    m_lookupView = LookupView::Running;
    showLookup();
    m_lookup->lookupRecords(m_runningQuery, RecordTypes.at(std::size_t(index)), m_ui->nameServerEdit->text());
    updateWidgets();
}

void HostTab::showLookupResult(const HostLookupResult &result)
{
    m_lookupResult = result;
    m_lookupView = LookupView::Result;
    showLookup();
    updateWidgets();
}

void HostTab::showLookupFailure(const HostLookupFailure &failure)
{
    m_lookupFailure = failure;
    m_lookupView = LookupView::Failure;
    showLookup();
    updateWidgets();
}

void HostTab::showLookupCancelled()
{
    m_lookupView = LookupView::Cancelled;
    showLookup();
    updateWidgets();
}

void HostTab::showLookup()
{
    QTreeWidget *tree = m_ui->resultTree;
    tree->clear();
    const auto addRow = [tree](int order, const QString &type, const QString &name, const QString &value,
                               const QString &ttl) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(ResOrder, QString::number(order));
        item->setText(ResType, type);
        item->setText(ResName, name);
        item->setText(ResValue, value);
        item->setText(ResTtl, ttl);
    };

    switch (m_lookupView) {
    case LookupView::None: m_ui->lookupStatus->clear(); break;
    case LookupView::Running: m_ui->lookupStatus->setText(tr("Looking up %1…").arg(m_runningQuery)); break;
    case LookupView::Cancelled:
        m_ui->lookupStatus->setText(tr("Cancelled: the lookup of %1 was stopped.").arg(m_runningQuery));
        break;
    case LookupView::Failure: m_ui->lookupStatus->setText(m_lookupFailure.message()); break;
    case LookupView::Result: {
        const HostLookupResult &r = m_lookupResult;
        QString status;
        switch (r.kind) {
        case HostLookupKind::Forward:
            for (int i = 0; i < r.addresses.size(); ++i) {
                const QHostAddress &a = r.addresses.at(i);
                addRow(i + 1,
                       a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA")
                                                                     : QStringLiteral("A"),
                       r.asciiName, a.toString(), QString());
            }
            status = r.asciiName == r.query
                ? tr("%n address(es) for %1, found in %2 ms. A program's connect() tries them in "
                     "this order.",
                     nullptr, int(r.addresses.size()))
                      .arg(r.query)
                      .arg(r.elapsedMs)
                : tr("%n address(es) for %1 (sent as %3), found in %2 ms. A program's connect() "
                     "tries them in this order.",
                     nullptr, int(r.addresses.size()))
                      .arg(r.query)
                      .arg(r.elapsedMs)
                      .arg(r.asciiName);
            break;
        case HostLookupKind::Reverse:
            addRow(1, QStringLiteral("PTR"), r.query, r.hostName, QString());
            status = tr("%1 is registered under the name %2 (found in %3 ms).")
                         .arg(r.query, r.hostName)
                         .arg(r.elapsedMs);
            break;
        case HostLookupKind::Records:
            for (int i = 0; i < r.records.size(); ++i) {
                const DnsRecordRow &row = r.records.at(i);
                addRow(i + 1, row.type, row.name, row.value, QString::number(row.ttl));
            }
            status = r.nameServer.isNull()
                ? tr("%n record(s) for %1, found in %2 ms.", nullptr, int(r.records.size()))
                      .arg(r.asciiName)
                      .arg(r.elapsedMs)
                : tr("%n record(s) for %1 from the name server %3, found in %2 ms.", nullptr,
                     int(r.records.size()))
                      .arg(r.asciiName)
                      .arg(r.elapsedMs)
                      .arg(r.nameServer.toString());
            break;
        }
        m_ui->lookupStatus->setText(status);
        break;
    }
    }
    resizeColumns(tree);
}

// --- Address inspector ------------------------------------------------------

void HostTab::inspectAddress()
{
    const QList<QLabel *> values = {
        m_ui->versionValue,   m_ui->kindValue,      m_ui->meaningValue,   m_ui->networkValue,
        m_ui->netmaskValue,   m_ui->broadcastValue, m_ui->firstHostValue, m_ui->lastHostValue,
        m_ui->hostCountValue, m_ui->noteValue,
    };
    for (QLabel *label : values)
        label->clear();

    const QString text = m_ui->addressEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->addressError->clear();
        return;
    }
    const AddressReport r = AddressInfo::inspect(text);
    if (!r.ok) {
        m_ui->addressError->setText(r.error);
        return;
    }
    m_ui->addressError->clear();

    const bool v4 = r.version == QAbstractSocket::IPv4Protocol;
    m_ui->versionValue->setText(v4 ? tr("IPv4 (32 bits)") : tr("IPv6 (128 bits)"));
    m_ui->kindValue->setText(AddressInfo::categoryLabel(r.category));
    m_ui->meaningValue->setText(AddressInfo::categoryExplanation(r.category));
    if (!r.hasPrefix) {
        m_ui->networkValue->setText(tr("Add a prefix length such as /24 to see the network."));
        return;
    }

    m_ui->networkValue->setText(QStringLiteral("%1/%2").arg(r.network.toString()).arg(r.prefixLength));
    m_ui->netmaskValue->setText(r.netmask.toString());
    if (!r.broadcast.isNull())
        m_ui->broadcastValue->setText(r.broadcast.toString());
    else if (!v4)
        m_ui->broadcastValue->setText(tr("none: IPv6 has no broadcast (it uses multicast)"));
    else if (r.prefixLength == 31)
        m_ui->broadcastValue->setText(tr("none: a /31 link has no broadcast (RFC 3021)"));
    else
        m_ui->broadcastValue->setText(tr("none: a /32 is a single address"));
    m_ui->firstHostValue->setText(r.firstHost.toString());
    m_ui->lastHostValue->setText(r.lastHost.toString());
    // IPv4 counts fit 64 bits and read best with digit grouping; IPv6 counts
    // can reach 2^128, so they are shown as the power and its exact digits.
    if (v4 || r.hostBits == 0)
        m_ui->hostCountValue->setText(QLocale().toString(r.hostCount.toULongLong()));
    else
        m_ui->hostCountValue->setText(QStringLiteral("2^%1 = %2").arg(r.hostBits).arg(r.hostCount));

    QString note;
    if (r.isBroadcastAddress)
        note = tr("You typed the broadcast address of this network: a datagram sent to it reaches "
                  "every host on the network.");
    else if (v4 && r.isNetworkAddress)
        note = tr("You typed the network address itself: it names the whole network and is not "
                  "given to a host.");
    else if (v4 && r.prefixLength == 31)
        note = tr("A /31 is a point-to-point link between two routers: both addresses are hosts "
                  "(RFC 3021).");
    else if (r.hostBits == 0)
        note = tr("A /%1 is one single address, as in a route to one host.").arg(r.prefixLength);
    else if (!v4 && r.prefixLength == 64)
        note = tr("/64 is the usual size of one IPv6 network: the last 64 bits identify the "
                  "interface.");
    m_ui->noteValue->setText(note);
}

// --- Ports ------------------------------------------------------------------

void HostTab::checkPort()
{
    const QString text = m_ui->checkAddressEdit->text().trimmed();
    const QHostAddress address = AddressInfo::parseAddress(text);
    if (address.isNull()) {
        m_portCheck.reset();
        m_portCheckBadAddress = text;
    } else {
        m_portCheck = PortInfo::checkPort(address, quint16(m_ui->checkPortSpin->value()));
        m_portCheckBadAddress.reset();
    }
    showPortCheck();
}

void HostTab::showPortCheck()
{
    if (m_portCheck) {
        m_ui->checkResult->setText(PortInfo::explain(*m_portCheck));
    } else if (m_portCheckBadAddress) {
        QString error;
        AddressInfo::parseAddress(*m_portCheckBadAddress, &error);
        m_ui->checkResult->setText(error);
    } else {
        m_ui->checkResult->clear();
    }
}

void HostTab::showPortRange()
{
    const int port = m_ui->checkPortSpin->value();
    const QString range = PortInfo::rangeLabel(PortInfo::classify(quint16(port)));
    if (m_ephemeral.valid && port >= m_ephemeral.low && port <= m_ephemeral.high) {
        m_ui->checkPortRangeValue->setText(
            tr("%1; also in this machine's ephemeral range (%2–%3), where clients get their ports")
                .arg(range)
                .arg(m_ephemeral.low)
                .arg(m_ephemeral.high));
    } else {
        m_ui->checkPortRangeValue->setText(range);
    }
}

void HostTab::fillServices()
{
    QTreeWidget *tree = m_ui->servicesTree;
    // Sorting while inserting would re-sort once per item.
    tree->setSortingEnabled(false);
    tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_services.size());
    for (int i = 0; i < m_services.size(); ++i) {
        const ServiceEntry &entry = m_services.at(i);
        auto *item = new QTreeWidgetItem;
        item->setData(SvcPort, Qt::DisplayRole, int(entry.port));
        item->setData(SvcPort, ServiceIndexRole, i);
        item->setText(SvcProtocol, entry.protocol);
        item->setText(SvcName, entry.name);
        item->setText(SvcAliases, entry.aliases.join(QLatin1String(", ")));
        item->setText(SvcLabel, entry.label);
        item->setText(SvcRange, PortInfo::rangeLabel(PortInfo::classify(entry.port)));
        const QString purpose = PortInfo::describe(entry);
        item->setText(SvcPurpose, purpose.isEmpty() ? entry.comment : purpose);
        items.append(item);
    }
    tree->addTopLevelItems(items);
    tree->setSortingEnabled(true);
    resizeColumns(tree);
    filterServices();
}

void HostTab::filterServices()
{
    const QString query = m_ui->serviceSearchEdit->text();
    QTreeWidget *tree = m_ui->servicesTree;
    int shown = 0;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = tree->topLevelItem(row);
        const int index = item->data(SvcPort, ServiceIndexRole).toInt();
        const bool match = PortInfo::matches(m_services.at(index), query);
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_ui->servicesCount->setText(tr("%n of %1 shown", nullptr, shown).arg(m_services.size()));
}
