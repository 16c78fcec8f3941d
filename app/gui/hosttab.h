#pragma once

#include "hostlookup.h"
#include "localhostinfo.h"
#include "portinfo.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QTreeWidget;

namespace Ui {
class HostTab;
}

// The Host & IP tab, after the tutorial's gethostname() / gethostbyname() and
// its table of common ports. Four sections:
//  - "This machine": host name, what that name resolves to and why (the
//    Debian 127.0.1.1 story), and every interface with its addresses;
//  - "Resolve a name": forward and reverse lookups and DNS records through
//    HostLookup, cancellable, with a time limit;
//  - "Address inspector": AddressInfo on an address or CIDR network, live as
//    the user types;
//  - "Ports": the port ranges, this machine's ephemeral range, the services
//    table and the "is this port free here?" check.
//
// GUI thread only. Lookups are asynchronous; everything else is computed at
// once. Received and typed data are shown in plain-text labels and item views
// only. Texts set from code are rebuilt on QEvent::LanguageChange.
class HostTab final : public QWidget
{
    Q_OBJECT
public:
    explicit HostTab(QWidget *parent = nullptr);
    ~HostTab() override;

    // Enables the buttons that can act now (a lookup needs input, Cancel
    // needs a running lookup).
    void updateWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class LookupView { None, Running, Result, Failure, Cancelled };

    void retranslateCode();
    QAction *addCopyAction(QTreeWidget *tree);
    static void copySelectedRows(QTreeWidget *tree);

    // This machine
    void refreshMachine();
    void showInterfaces();
    void showOwnName();

    // Resolve a name
    void lookUpHost();
    void queryRecords();
    void showLookupResult(const HostLookupResult &result);
    void showLookupFailure(const HostLookupFailure &failure);
    void showLookupCancelled();
    void showLookup();

    // Address inspector
    void inspectAddress();

    // Ports
    void checkPort();
    void showPortCheck();
    void showPortRange();
    void fillServices();
    void filterServices();

    std::unique_ptr<Ui::HostTab> m_ui;
    HostLookup *m_lookup = nullptr; // "Resolve a name"; child of this
    HostLookup *m_selfLookup = nullptr; // this machine's own name; child of this
    QList<QAction *> m_copyActions;

    // What is on screen, kept so it can be drawn again in another language.
    QString m_hostName;
    QStringList m_hostsLines;
    QList<InterfaceSummary> m_interfaces;
    std::optional<QList<QHostAddress>> m_ownAddresses; // empty optional: not known yet
    std::optional<HostLookupFailure> m_ownFailure;

    LookupView m_lookupView = LookupView::None;
    QString m_runningQuery;
    HostLookupResult m_lookupResult;
    HostLookupFailure m_lookupFailure;

    QList<ServiceEntry> m_services;
    EphemeralRange m_ephemeral;
    std::optional<PortCheckResult> m_portCheck;
    std::optional<QString> m_portCheckBadAddress; // as typed, when it was not an address
};
