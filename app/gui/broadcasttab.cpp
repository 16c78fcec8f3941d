#include "broadcasttab.h"

#include "datachunkmodel.h"
#include "exampleprograms.h"
#include "newestrowfollower.h"
#include "payloadparser.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "wiresharkpane.h"

#include "ui_broadcasttab.h"

#include <QEvent>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace {

// Where a datagram came from, kept as each row's tag (the model keeps the raw
// bytes), so the label is built again for another language.
enum DatagramTag { TagVia, TagDestination };

// Longest text / hex preview per row; the row keeps all bytes.
constexpr qsizetype PreviewChars = 200;
constexpr qsizetype PreviewBytes = 64;
// Port shown in the example programs while the port field holds no number.
constexpr quint16 ExamplePort = 9999;

const QString AnyAddress = QStringLiteral("0.0.0.0");
const QString LoopbackAddress = QStringLiteral("127.0.0.1");
const QString LoopbackBroadcast = QStringLiteral("127.255.255.255");

bool isLoopback(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QHostAddress::LocalHost), 8);
}

// The interface that owns address, or an invalid one.
QNetworkInterface interfaceOf(const QHostAddress &address)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip() == address)
                return iface;
        }
    }
    return {};
}

// The interface's first IPv4 address, or a null address.
QHostAddress ipv4Of(const QString &interfaceName)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
    const QList<QNetworkAddressEntry> entries = iface.addressEntries();
    for (const QNetworkAddressEntry &entry : entries) {
        if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
            return entry.ip();
    }
    return {};
}

} // namespace

BroadcastTab::BroadcastTab(TrafficRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BroadcastTab>())
    , m_receiver(new UdpEngine(recorder, QStringLiteral("broadcast"), this))
    , m_sender(new UdpEngine(recorder, QStringLiteral("broadcast"), this))
{
    m_ui->setupUi(this);
    // The Explain pane needs height for its calls and its program, so it
    // takes a full-height column on the right; on the left the controls get
    // most of a 560 px tab area and the list the rest. QSplitter scales these
    // to the real size.
    m_ui->verticalSplitter->setSizes({350, 190});
    m_ui->mainSplitter->setSizes({840, 376});
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_datagrams = new DataChunkModel(this);
    m_datagrams->setCapacity(MaxRows);
    m_datagrams->setPreviewLimits(PreviewChars, PreviewBytes);
    m_ui->datagramTree->setModel(m_datagrams);
    m_ui->datagramTree->setColumnHidden(DataChunkModel::HexColumn, true);
    m_ui->datagramTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->datagramTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    followNewestRows(m_ui->datagramTree);
    connect(m_datagrams, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0) {
            for (int c = DataChunkModel::TimeColumn; c < DataChunkModel::DataColumn; ++c)
                m_ui->datagramTree->resizeColumnToContents(c);
            updateWidgets();
        }
    });
    connect(m_datagrams, &DataChunkModel::droppedCountChanged, this, &BroadcastTab::showDropped);

    fillReceiverAddresses();
    fillTargets();
    fillSources();
    fillInterfaces();
    fillEncodings();
    m_typingTimer.setInterval(TypingIntervalMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &BroadcastTab::typeNextText);

    // Receiver and groups
    connect(m_ui->startButton, &QPushButton::clicked, this, &BroadcastTab::startClicked);
    connect(m_ui->bindPortEdit, &QLineEdit::returnPressed, this, &BroadcastTab::startClicked);
    connect(m_ui->stopReceiverButton, &QPushButton::clicked, this, &BroadcastTab::stopReceiver);
    connect(m_ui->receiverAddressCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::updateWidgets);
    connect(m_ui->bindPortEdit, &QLineEdit::textChanged, this, [this] {
        readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
        showProgram();
    });
    connect(m_ui->joinButton, &QPushButton::clicked, this, &BroadcastTab::joinGroup);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &BroadcastTab::leaveGroup);
    connect(m_ui->groupEdit, &QLineEdit::textChanged, this, [this] {
        setFieldError(m_ui->groupErrorLabel, {});
        showProgram();
    });
    connect(m_ui->groupsList, &QListWidget::itemSelectionChanged, this, &BroadcastTab::updateWidgets);
    connect(m_receiver, &UdpEngine::bound, this, [this] {
        showReceiverState();
        showProgram();
        updateWidgets();
    });
    connect(m_receiver, &UdpEngine::closed, this, [this] {
        showReceiverState();
        showGroups(); // closing the socket left every group
        updateWidgets();
    });
    connect(m_receiver, &UdpEngine::membershipChanged, this, [this] {
        showGroups();
        updateWidgets();
    });

    // Sender
    connect(m_ui->sendButton, &QPushButton::clicked, this, &BroadcastTab::sendPayload);
    connect(m_ui->payloadEdit, &QLineEdit::returnPressed, this, &BroadcastTab::sendPayload);
    connect(m_ui->repeatButton, &QPushButton::clicked, this, &BroadcastTab::startRepeat);
    connect(m_ui->stopRepeatButton, &QPushButton::clicked, m_sender, &UdpEngine::stopRepeat);
    connect(m_ui->multicastSendButton, &QPushButton::clicked, this, &BroadcastTab::sendToGroup);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        showTargetNotes();
        showProgram();
    });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::showTargetNotes);
    connect(m_ui->targetPortEdit, &QLineEdit::textChanged, this, [this] {
        readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
        showProgram();
    });
    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, [this] {
        parsePayload(true);
        showProgram();
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        parsePayload(true);
        updateWidgets();
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { parsePayload(true); });
    connect(m_ui->escapesCheck, &QCheckBox::toggled, this, [this] { parsePayload(true); });
    connect(m_ui->interfaceCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::showProgram);
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, &BroadcastTab::showProgram);
    connect(m_ui->multicastLoopbackCheck, &QCheckBox::toggled, this, &BroadcastTab::showProgram);
    connect(m_sender, &UdpEngine::datagramSent, this, &BroadcastTab::showSenderState);
    connect(m_sender, &UdpEngine::bound, this, &BroadcastTab::showSenderState);
    connect(m_sender, &UdpEngine::closed, this, &BroadcastTab::showSenderState);
    connect(m_sender, &UdpEngine::repeatFinished, this, [this] {
        showSenderState();
        updateWidgets();
    });
    for (UdpEngine *engine : {m_sender, m_receiver}) {
        connect(engine, &UdpEngine::countersChanged, this, &BroadcastTab::showCounters);
        connect(engine, &UdpEngine::errorOccurred, this, &BroadcastTab::showError);
        connect(engine, &UdpEngine::socketCall, m_ui->explainPane, &ExplainPane::addCall);
    }

    // Datagram list and Explain
    connect(m_receiver, &UdpEngine::datagramReceived, this,
            [this](const UdpDatagram &datagram) { addDatagram(Via::Receiver, datagram); });
    connect(m_sender, &UdpEngine::datagramReceived, this,
            [this](const UdpDatagram &datagram) { addDatagram(Via::Sender, datagram); });
    connect(m_ui->showAsCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::showAllRows);
    connect(m_ui->listEncodingCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::showAllRows);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &BroadcastTab::clearList);
    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this, &BroadcastTab::showProgram);

    retranslateCode();
    updateWidgets();
}

BroadcastTab::~BroadcastTab() = default;

void BroadcastTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void BroadcastTab::retranslateCode()
{
    QComboBox *receiverCombo = m_ui->receiverAddressCombo;
    receiverCombo->setItemText(receiverCombo->findData(AnyAddress), tr("0.0.0.0 — all interfaces"));
    receiverCombo->setItemText(receiverCombo->findData(LoopbackAddress),
                               tr("127.0.0.1 — loopback only (sees no broadcasts)"));

    for (int i = 0; i < m_targets.size(); ++i) {
        const UdpBroadcastTarget &target = m_targets.at(i);
        const QString address = target.address.toString();
        QString text;
        if (target.address == QHostAddress(QHostAddress::Broadcast))
            text = tr("%1 — limited broadcast (the whole local network)").arg(address);
        else if (isLoopback(target.address))
            text = tr("%1 — loopback, stays on this computer").arg(address);
        else if (!target.interfaceName.isEmpty())
            text = tr("%1 — subnet broadcast of %2 (%3)")
                       .arg(address, target.interfaceName, target.interfaceAddress.toString());
        else
            text = tr("%1 — given on the command line").arg(address);
        m_ui->targetCombo->setItemText(i, text);
    }
    m_ui->sourceCombo->setItemText(0, tr("Any address — the system chooses"));
    m_ui->interfaceCombo->setItemText(0, tr("The system chooses"));

    // Field messages are rebuilt by validating again in the new language.
    if (!m_ui->bindPortErrorLabel->isHidden())
        readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
    if (!m_ui->targetPortErrorLabel->isHidden())
        readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
    if (!m_ui->payloadErrorLabel->isHidden())
        parsePayload(true);
    if (!m_ui->groupErrorLabel->isHidden() && readGroup() && !m_receiver->isBound())
        showStartFirst();

    showReceiverState();
    showSenderState();
    showTargetNotes();
    showGroups();
    showCounters();
    showDropped();
    showAllRows();
    showProgram();
}

void BroadcastTab::updateWidgets()
{
    const bool bound = m_receiver->isBound();
    m_ui->startButton->setEnabled(!bound);
    m_ui->stopReceiverButton->setEnabled(bound);
    m_ui->receiverAddressCombo->setEnabled(!bound);
    m_ui->bindPortEdit->setEnabled(!bound);
    m_ui->shareAddressCheck->setEnabled(!bound);
    m_ui->loopbackReceiverWarningLabel->setVisible(m_ui->receiverAddressCombo->currentData().toString()
                                                   == LoopbackAddress);
    m_ui->leaveButton->setEnabled(!m_receiver->joinedGroups().isEmpty());

    const bool repeating = m_sender->isRepeating();
    m_ui->sendButton->setEnabled(!repeating);
    m_ui->repeatButton->setEnabled(!repeating);
    m_ui->multicastSendButton->setEnabled(!repeating);
    m_ui->stopRepeatButton->setEnabled(repeating);
    m_ui->intervalSpin->setEnabled(!repeating);
    m_ui->countSpin->setEnabled(!repeating);
    m_ui->targetCombo->setEnabled(!repeating);
    m_ui->sourceCombo->setEnabled(!repeating);

    const bool text = m_ui->modeCombo->currentIndex() == 0;
    m_ui->encodingCombo->setEnabled(text);
    m_ui->escapesCheck->setEnabled(text);

    m_ui->clearButton->setEnabled(m_datagrams->rowCount() > 0);

    showWiresharkContext();
}

void BroadcastTab::showWiresharkContext()
{
    // The receiver listens; the broadcast target is the peer, so the
    // capture holds what is sent as well as what arrives.
    WiresharkContext context;
    context.protocol = TrafficProtocol::Udp;
    context.listening = true;
    if (m_receiver->isBound()) {
        context.localAddress = m_receiver->localAddress();
        context.localPort = m_receiver->localPort();
    } else {
        context.localAddress = QHostAddress(m_ui->receiverAddressCombo->currentData().toString());
        context.localPort = WiresharkFilters::typedPort(m_ui->bindPortEdit->text());
    }
    context.peerAddress = currentTarget();
    context.peerPort = WiresharkFilters::typedPort(m_ui->targetPortEdit->text());
    m_ui->wiresharkPane->setContext(context);
}

void BroadcastTab::fillReceiverAddresses()
{
    // Texts are set in retranslateCode().
    m_ui->receiverAddressCombo->addItem(AnyAddress, AnyAddress);
    m_ui->receiverAddressCombo->addItem(LoopbackAddress, LoopbackAddress);
    m_ui->receiverAddressCombo->setCurrentIndex(0);
}

void BroadcastTab::fillTargets()
{
    m_targets = UdpEngine::broadcastTargets();
    m_rowLabels.clear(); // a destination may have become (or stopped being) a broadcast target
    int safe = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        m_ui->targetCombo->addItem(m_targets.at(i).address.toString(), m_targets.at(i).address.toString());
        if (m_targets.at(i).address == QHostAddress(LoopbackBroadcast))
            safe = i;
    }
    // 127.255.255.255 first: a lab exercise must not flood the school network
    // by accident; any other choice shows a warning.
    m_ui->targetCombo->setCurrentIndex(safe);
}

void BroadcastTab::fillSources()
{
    m_ui->sourceCombo->addItem(QString(), QString()); // text in retranslateCode()
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!iface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            // Interface names and addresses are not translated.
            m_ui->sourceCombo->addItem(QStringLiteral("%1 (%2)").arg(entry.ip().toString(), iface.name()),
                                       entry.ip().toString());
        }
    }
}

void BroadcastTab::fillInterfaces()
{
    m_ui->interfaceCombo->addItem(QString(), QString()); // text in retranslateCode()
    int loopback = 0;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!iface.flags().testFlag(QNetworkInterface::IsUp) || ipv4Of(iface.name()).isNull())
            continue;
        if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
            loopback = m_ui->interfaceCombo->count();
        m_ui->interfaceCombo->addItem(iface.name(), iface.name());
    }
    // The loopback interface keeps a lab's group traffic on this computer.
    m_ui->interfaceCombo->setCurrentIndex(loopback);
}

void BroadcastTab::fillEncodings()
{
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (!info.available)
            continue;
        m_ui->encodingCombo->addItem(info.displayName, info.id);
        m_ui->listEncodingCombo->addItem(info.displayName, info.id);
    }
}

// --- Receiver and groups ---

bool BroadcastTab::startReceiver(quint16 port)
{
    if (m_receiver->isBound())
        m_receiver->close();
    m_ui->receiverAddressCombo->setCurrentIndex(m_ui->receiverAddressCombo->findData(AnyAddress));
    m_ui->bindPortEdit->setText(QString::number(port));
    startClicked();
    return m_receiver->isBound();
}

void BroadcastTab::startClicked()
{
    showMessage({});
    const std::optional<quint16> port = readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
    if (!port)
        return;
    const QHostAddress address(m_ui->receiverAddressCombo->currentData().toString());
    if (m_receiver->bind(address, *port, m_ui->shareAddressCheck->isChecked()))
        m_ui->programCombo->setCurrentIndex(int(Program::BroadcastReceiver));
    updateWidgets();
}

void BroadcastTab::stopReceiver()
{
    m_receiver->close();
    updateWidgets();
}

void BroadcastTab::showReceiverState()
{
    if (m_receiver->isBound()) {
        m_ui->receiverStateLabel->setText(
            tr("Receiving on %1 (port %2). Broadcasts sent to port %2 arrive here.")
                .arg(TrafficNames::endpoint(m_receiver->localAddress(), m_receiver->localPort()))
                .arg(m_receiver->localPort()));
    } else {
        m_ui->receiverStateLabel->setText(tr("Stopped: choose a port (0 = any free port) and press Start."));
    }
}

std::optional<QHostAddress> BroadcastTab::readGroup()
{
    const QString typed = m_ui->groupEdit->text().trimmed();
    QString problem;
    const QHostAddress group(typed);
    if (typed.isEmpty()) {
        problem = tr("Enter a multicast group address, such as 239.1.2.3.");
    } else if (group.isNull()) {
        problem = tr("\"%1\" is not an IPv4 address. Write four numbers from 0 to 255 separated by dots, "
                     "such as 239.1.2.3.")
                      .arg(typed);
    } else if (group.protocol() != QAbstractSocket::IPv4Protocol) {
        problem = tr("%1 is an IPv6 address. This tab uses IPv4 groups: 224.0.0.0 to 239.255.255.255.")
                      .arg(typed);
    } else if (!group.isMulticast()) {
        problem = tr("%1 is not a multicast address: it belongs to one computer. Multicast groups are "
                     "224.0.0.0 to 239.255.255.255; 239.x.x.x is meant for labs like this one.")
                      .arg(typed);
    }
    setFieldError(m_ui->groupErrorLabel, problem);
    if (!problem.isEmpty())
        return std::nullopt;
    return group;
}

void BroadcastTab::joinGroup()
{
    showMessage({});
    const std::optional<QHostAddress> group = readGroup();
    if (!group)
        return;
    if (!m_receiver->isBound()) {
        showStartFirst();
        return;
    }
    // A failure is explained by the engine (errorOccurred → message line).
    if (m_receiver->joinGroup(*group, m_ui->interfaceCombo->currentData().toString()))
        m_ui->programCombo->setCurrentIndex(int(Program::MulticastReceiver));
    updateWidgets();
}

void BroadcastTab::showStartFirst()
{
    setFieldError(m_ui->groupErrorLabel,
                  tr("Start the receiver first: it is the receiver socket that joins "
                     "the group, so it must be bound to a port."));
}

void BroadcastTab::leaveGroup()
{
    showMessage({});
    const QList<UdpMembership> groups = m_receiver->joinedGroups();
    const int row = m_ui->groupsList->currentRow();
    if (row >= 0 && row < groups.size()) {
        m_receiver->leaveGroup(groups.at(row).group, groups.at(row).interfaceName);
    } else if (const std::optional<QHostAddress> group = readGroup()) {
        m_receiver->leaveGroup(*group, m_ui->interfaceCombo->currentData().toString());
    }
    updateWidgets();
}

void BroadcastTab::showGroups()
{
    m_ui->groupsList->clear();
    const QList<UdpMembership> groups = m_receiver->joinedGroups();
    for (const UdpMembership &membership : groups) {
        m_ui->groupsList->addItem(
            membership.interfaceName.isEmpty()
                ? tr("%1 on the interface the system chose").arg(membership.group.toString())
                : tr("%1 on %2").arg(membership.group.toString(), membership.interfaceName));
    }
}

// --- Sender ---

QHostAddress BroadcastTab::currentTarget() const
{
    return QHostAddress(m_ui->targetCombo->currentData().toString());
}

QHostAddress BroadcastTab::currentSource() const
{
    return QHostAddress(m_ui->sourceCombo->currentData().toString());
}

void BroadcastTab::setSenderTarget(const QHostAddress &address, quint16 port)
{
    int index = m_ui->targetCombo->findData(address.toString());
    if (index < 0) {
        m_targets.append({address, QString(), QHostAddress()});
        m_ui->targetCombo->addItem(address.toString(), address.toString());
        index = m_ui->targetCombo->count() - 1;
        retranslateCode(); // names the new item
    }
    m_ui->targetCombo->setCurrentIndex(index);
    m_ui->targetPortEdit->setText(QString::number(port));
}

void BroadcastTab::sendTexts(const QStringList &texts)
{
    m_typing << texts;
    if (m_typingTimer.isActive() || m_typing.isEmpty())
        return;
    typeNextText();
    if (!m_typing.isEmpty())
        m_typingTimer.start();
}

void BroadcastTab::typeNextText()
{
    if (m_typing.isEmpty()) {
        m_typingTimer.stop();
        return;
    }
    // Through the payload field, as a person would type it, so the student
    // sees what was sent.
    m_ui->modeCombo->setCurrentIndex(0);
    m_ui->payloadEdit->setText(m_typing.takeFirst());
    sendPayload();
    // A failed send (bad port, unencodable text) would fail again for every
    // text; the message stays and the rest is dropped.
    if (!m_ui->messageLabel->isHidden() || !m_ui->targetPortErrorLabel->isHidden()
        || !m_ui->payloadErrorLabel->isHidden())
        m_typing.clear();
    if (m_typing.isEmpty())
        m_typingTimer.stop();
}

bool BroadcastTab::prepareSend(quint16 *port, QByteArray *bytes)
{
    const std::optional<quint16> target
        = readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
    const std::optional<QByteArray> payload = parsePayload(true);
    if (!target || !payload)
        return false;

    // Bound to an interface address, the system sends broadcasts out of that
    // interface: the cure for 255.255.255.255 without a default route.
    const QHostAddress source = currentSource();
    if (!source.isNull() && !(m_sender->isBound() && m_sender->localAddress() == source)) {
        if (!m_sender->bind(source, 0))
            return false;
    } else if (source.isNull() && m_sender->isBound()) {
        m_sender->close();
    }
    *port = *target;
    *bytes = *payload;
    return true;
}

void BroadcastTab::sendPayload()
{
    if (m_sender->isRepeating())
        return;
    showMessage({});
    quint16 port = 0;
    QByteArray bytes;
    if (prepareSend(&port, &bytes)) {
        m_ui->programCombo->setCurrentIndex(int(Program::BroadcastSender));
        m_sender->sendTo(currentTarget().toString(), port, bytes);
    }
    showSenderState();
    updateWidgets();
}

void BroadcastTab::startRepeat()
{
    if (m_sender->isRepeating())
        return;
    showMessage({});
    quint16 port = 0;
    QByteArray bytes;
    if (prepareSend(&port, &bytes)) {
        m_ui->programCombo->setCurrentIndex(int(Program::BroadcastSender));
        m_sender->startRepeat(currentTarget().toString(), port, bytes, m_ui->intervalSpin->value(),
                              m_ui->countSpin->value());
    }
    showSenderState();
    updateWidgets();
}

void BroadcastTab::sendToGroup()
{
    if (m_sender->isRepeating())
        return;
    showMessage({});
    const std::optional<QHostAddress> group = readGroup();
    quint16 port = 0;
    QByteArray bytes;
    if (!prepareSend(&port, &bytes) || !group)
        return;
    if (!m_sender->setMulticastInterface(m_ui->interfaceCombo->currentData().toString()))
        return;
    m_sender->setMulticastTtl(m_ui->ttlSpin->value());
    m_sender->setMulticastLoopback(m_ui->multicastLoopbackCheck->isChecked());
    m_ui->programCombo->setCurrentIndex(int(Program::MulticastSender));
    m_sender->sendTo(group->toString(), port, bytes);
    showSenderState();
    updateWidgets();
}

void BroadcastTab::showSenderState()
{
    QString text;
    if (m_sender->isRepeating())
        text = tr("Sending repeatedly: %1 sent so far.").arg(m_sender->repeatsSent());
    else if (m_sender->isBound())
        text = tr("The sender socket is bound to %1.")
                   .arg(TrafficNames::endpoint(m_sender->localAddress(), m_sender->localPort()));
    else if (m_sender->isOpen())
        text = tr("The sender socket uses local port %1 on any address.").arg(m_sender->localPort());
    else
        text = tr("The sender socket is not open yet: the first send opens it.");
    m_ui->senderStateLabel->setText(text);
}

void BroadcastTab::showTargetNotes()
{
    const QHostAddress target = currentTarget();
    m_ui->targetWarningLabel->setVisible(!isLoopback(target));

    QStringList carriers;
    QString loopbackName = QStringLiteral("lo");
    for (const UdpBroadcastTarget &candidate : std::as_const(m_targets)) {
        if (isLoopback(candidate.address))
            loopbackName = candidate.interfaceName;
        else if (!candidate.interfaceName.isEmpty() && !carriers.contains(candidate.interfaceName))
            carriers << candidate.interfaceName;
    }
    setFieldError(m_ui->interfacesWarningLabel,
                  carriers.size() > 1
                      ? tr("Several interfaces can carry a broadcast: %1. A subnet broadcast leaves through "
                           "the interface of its subnet; 255.255.255.255 through the one the routing table "
                           "picks, unless the sender is bound to an interface address.")
                            .arg(carriers.join(QStringLiteral(", ")))
                      : QString());

    const QHostAddress source = currentSource();
    QString subnetInterface;
    for (const UdpBroadcastTarget &candidate : std::as_const(m_targets)) {
        if (candidate.address == target && !candidate.interfaceName.isEmpty())
            subnetInterface = candidate.interfaceName;
    }
    QString used;
    if (isLoopback(target)) {
        used = tr("Used interface: %1 (loopback). The datagram stays on this computer.").arg(loopbackName);
    } else if (!subnetInterface.isEmpty()) {
        // A directed broadcast is routed like any address of its subnet,
        // whatever address the sender is bound to.
        used = tr("Used interface: %1, the interface of that subnet.").arg(subnetInterface);
    } else if (!source.isNull()) {
        // Linux sends a limited broadcast (and multicast) out of the
        // interface that owns the socket's bound address.
        used = tr("Used interface: %1, because the sender is bound to its address %2.")
                   .arg(interfaceOf(source).name(), source.toString());
    } else {
        // connect() on a UDP socket asks the routing table for the way
        // out without sending anything; the local address names it.
        QUdpSocket probe;
        probe.connectToHost(target, ExamplePort);
        if (probe.state() == QAbstractSocket::ConnectedState) {
            const QHostAddress local = probe.localAddress();
            used = tr("Used interface: %1 (%2), chosen by the routing table.")
                       .arg(interfaceOf(local).name(), local.toString());
        } else {
            used = tr("No interface can carry it: this computer has no route for it (no default "
                      "route), so sendto() fails with ENETUNREACH. Choose an interface address under "
                      "Bind to.");
        }
        probe.abort();
    }
    m_ui->usedInterfaceLabel->setText(used);
}

std::optional<QByteArray> BroadcastTab::parsePayload(bool showError)
{
    PayloadOptions options;
    options.mode = m_ui->modeCombo->currentIndex() == 1 ? PayloadMode::Hex : PayloadMode::Text;
    options.encoding = m_ui->encodingCombo->currentData().toString();
    options.escapes = m_ui->escapesCheck->isChecked();
    const PayloadResult result = PayloadParser::parse(m_ui->payloadEdit->text(), options);
    if (showError) {
        QString message;
        if (!result.ok()) {
            message = result.column > 0 ? tr("Payload, column %1: %2").arg(result.column).arg(result.error)
                                        : tr("Payload: %1").arg(result.error);
        }
        setFieldError(m_ui->payloadErrorLabel, message);
    }
    if (!result.ok())
        return std::nullopt;
    return result.bytes;
}

// --- Datagram list and counters ---

void BroadcastTab::addDatagram(Via via, const UdpDatagram &datagram)
{
    DataChunkModel::Chunk row;
    row.tag = QVariantList{int(via), datagram.destination.toString()};
    // A flood comes from few destinations: label each once, not per datagram.
    const QString key = QString::number(int(via)) + u'|' + row.tag.toList().value(TagDestination).toString();
    auto label = m_rowLabels.constFind(key);
    if (label == m_rowLabels.constEnd())
        label = m_rowLabels.insert(key, rowLabel(row.tag));
    row.label = *label;
    row.endpoint = datagram.senderEndpoint.isEmpty()
        ? TrafficNames::endpoint(datagram.sender, datagram.senderPort)
        : datagram.senderEndpoint;
    row.bytes = datagram.payload;
    m_datagrams->append(std::move(row)); // shown at the model's next flush
}

QString BroadcastTab::rowLabel(const QVariant &tag) const
{
    const QVariantList values = tag.toList();
    if (values.value(TagVia).toInt() == int(Via::Sender))
        return tr("the sender socket");
    const QString text = values.value(TagDestination).toString();
    const QHostAddress destination(text);
    if (destination.isNull())
        return tr("the receiver");
    if (destination.isMulticast())
        return tr("%1 (multicast)").arg(text);
    bool broadcast = destination.isBroadcast();
    for (const UdpBroadcastTarget &target : std::as_const(m_targets))
        broadcast = broadcast || target.address == destination;
    return broadcast ? tr("%1 (broadcast)").arg(text) : tr("%1 (unicast)").arg(text);
}

void BroadcastTab::showAllRows()
{
    m_datagrams->setDisplayMode(m_ui->showAsCombo->currentIndex() == 1 ? DataChunkModel::DisplayMode::Hex
                                                                       : DataChunkModel::DisplayMode::Text);
    m_datagrams->setEncoding(m_ui->listEncodingCombo->currentData().toString());
    m_rowLabels.clear(); // texts of the current language from now on
    m_datagrams->relabel([this](const DataChunkModel::Chunk &row) { return rowLabel(row.tag); });
    m_datagrams->retranslate();
    m_datagrams->setHeaderText(DataChunkModel::TimeColumn, tr("Time"));
    m_datagrams->setHeaderText(DataChunkModel::LabelColumn, tr("Sent to"));
    m_datagrams->setHeaderText(DataChunkModel::EndpointColumn, tr("From"));
    m_datagrams->setHeaderText(DataChunkModel::SizeColumn, tr("Size"));
    m_datagrams->setHeaderText(DataChunkModel::DataColumn, tr("Data"));
}

void BroadcastTab::clearList()
{
    m_datagrams->clear();
    showDropped();
    updateWidgets();
}

void BroadcastTab::showCounters()
{
    const UdpCounters r = m_receiver->counters();
    const UdpCounters s = m_sender->counters();
    m_ui->countersLabel->setText(tr("Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4")
                                     .arg(r.datagramsReceived + s.datagramsReceived)
                                     .arg(r.bytesReceived + s.bytesReceived)
                                     .arg(r.datagramsSent + s.datagramsSent)
                                     .arg(r.bytesSent + s.bytesSent));
}

void BroadcastTab::showDropped()
{
    const quint64 dropped = m_datagrams->droppedCount();
    m_ui->droppedLabel->setVisible(dropped > 0);
    if (dropped > 0) {
        m_ui->droppedLabel->setText(tr("%n older datagram(s) removed from the list (it keeps the last %1).",
                                       "", int(qMin<quint64>(dropped, quint64(INT_MAX))))
                                        .arg(MaxRows));
    }
}

// --- Messages and Explain ---

void BroadcastTab::showError(const UdpError &error)
{
    showMessage(error.errnoName.isEmpty() ? error.message
                                          : tr("%1 [%2]").arg(error.message, error.errnoName));
}

void BroadcastTab::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void BroadcastTab::showProgram()
{
    showWiresharkContext(); // the same fields feed both panes
    // The programs show what the fields say now; a field that holds no
    // valid value yet falls back to a typical one rather than to nothing.
    quint16 port = ExamplePort;
    bool ok = false;
    const uint typedPort = m_ui->targetPortEdit->text().trimmed().toUInt(&ok);
    if (ok && typedPort > 0 && typedPort <= 65535)
        port = quint16(typedPort);
    quint16 receiverPort = ExamplePort;
    if (m_receiver->isBound()) {
        receiverPort = m_receiver->localPort();
    } else {
        const uint typed = m_ui->bindPortEdit->text().trimmed().toUInt(&ok);
        if (ok && typed > 0 && typed <= 65535)
            receiverPort = quint16(typed);
    }
    const QByteArray payload = parsePayload(false).value_or(QByteArray());
    const QString typedGroup = m_ui->groupEdit->text().trimmed();
    const QString group = QHostAddress(typedGroup).isMulticast() ? typedGroup : QStringLiteral("239.1.2.3");
    const QString interfaceName = m_ui->interfaceCombo->currentData().toString();
    const QString interfaceAddress = interfaceName.isEmpty() ? QString() : ipv4Of(interfaceName).toString();

    ExamplePrograms::Program program;
    switch (Program(m_ui->programCombo->currentIndex())) {
    case Program::BroadcastSender:
        program = ExamplePrograms::broadcastSender(currentTarget().toString(), port, payload);
        break;
    case Program::BroadcastReceiver: program = ExamplePrograms::broadcastReceiver(receiverPort); break;
    case Program::MulticastSender:
        program
            = ExamplePrograms::multicastSender(group, port, payload, m_ui->ttlSpin->value(),
                                               m_ui->multicastLoopbackCheck->isChecked(), interfaceAddress);
        break;
    case Program::MulticastReceiver:
        program = ExamplePrograms::multicastReceiver(group, receiverPort, interfaceAddress);
        break;
    }
    m_ui->explainPane->setProgram(program);
}

// --- Helpers ---

std::optional<quint16> BroadcastTab::readPort(const QString &text, bool allowZero, QLabel *errorLabel)
{
    const QString typed = text.trimmed();
    QString problem;
    quint16 port = 0;
    if (typed.isEmpty()) {
        if (!allowZero)
            problem = tr("Enter a port number from 1 to 65535.");
    } else {
        bool ok = false;
        const qulonglong value = typed.toULongLong(&ok);
        if (!ok) {
            problem = allowZero
                ? tr("\"%1\" is not a port number. Use digits only: 0 (any free port) to 65535.").arg(typed)
                : tr("\"%1\" is not a port number. Use digits only: 1 to 65535.").arg(typed);
        } else if (value > 65535) {
            problem = tr("Port %1 is too large: port numbers go up to 65535.").arg(typed);
        } else if (value == 0 && !allowZero) {
            problem = tr("Port 0 cannot be a destination. Use the receiver's port, from 1 to 65535.");
        } else {
            port = quint16(value);
        }
    }
    setFieldError(errorLabel, problem);
    if (!problem.isEmpty())
        return std::nullopt;
    return port;
}

void BroadcastTab::setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
