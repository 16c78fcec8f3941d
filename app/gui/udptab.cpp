#include "udptab.h"

#include "bytesformat.h"
#include "datachunkmodel.h"
#include "exampleprograms.h"
#include "explainpane.h"
#include "newestrowfollower.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "wiresharkpane.h"

#include "ui_udptab.h"

#include <QComboBox>
#include <QEvent>
#include <QNetworkInterface>
#include <QSet>
#include <QTableWidgetItem>
#include <QTime>

#include <algorithm>

namespace {

enum RuleColumn { RuleMatch, RuleCase, RulePattern, RuleReply };

// Where a datagram came from, kept as each row's tag (the model keeps the raw
// bytes), so every text is built again for another view, encoding or language.
enum DatagramTag { TagVia, TagAddress, TagPort };

// Longest text / hex preview per row; the row keeps all bytes.
constexpr qsizetype PreviewChars = 200;
constexpr qsizetype PreviewBytes = 64;

const QString AnyAddress = QStringLiteral("0.0.0.0");

// The order of the match combo's items in each rules row.
constexpr UdpReplyRule::Match Matches[]
    = {UdpReplyRule::Match::Exact, UdpReplyRule::Match::Contains, UdpReplyRule::Match::RegularExpression};

QString matchLabel(UdpReplyRule::Match match)
{
    switch (match) {
    case UdpReplyRule::Match::Exact: return QCoreApplication::translate("UdpTab", "Exact");
    case UdpReplyRule::Match::Contains: return QCoreApplication::translate("UdpTab", "Contains");
    case UdpReplyRule::Match::RegularExpression:
        return QCoreApplication::translate("UdpTab", "Regular expression");
    }
    return {};
}

} // namespace

UdpTab::UdpTab(TrafficRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UdpTab>())
    , m_receiver(new UdpEngine(recorder, QStringLiteral("udp"), this))
    , m_sender(new UdpEngine(recorder, QStringLiteral("udp"), this))
{
    m_ui->setupUi(this);
    // The controls get most of a 560 px tab area; the list keeps room for a
    // dozen rows. QSplitter scales these to the real height.
    m_ui->verticalSplitter->setSizes({340, 220});
    m_ui->bottomSplitter->setStretchFactor(0, 3);
    m_ui->bottomSplitter->setStretchFactor(1, 2);
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
    connect(m_datagrams, &DataChunkModel::droppedCountChanged, this, &UdpTab::showDropped);

    fillBindAddresses();
    fillEncodings();

    m_fillingRules = true;
    for (const UdpReplyRule &rule : m_receiver->autoReply().rules())
        insertRuleRow(rule);
    m_fillingRules = false;
    m_ui->rulesTable->resizeColumnsToContents();
    m_receiver->autoReply().setEnabled(m_ui->autoReplyCheck->isChecked());

    // Receiver
    connect(m_ui->bindButton, &QPushButton::clicked, this, &UdpTab::bindReceiver);
    connect(m_ui->bindPortEdit, &QLineEdit::returnPressed, this, &UdpTab::bindReceiver);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &UdpTab::closeReceiver);
    connect(m_ui->bindAddressCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateWidgets();
        showProgramFor(Via::Receiver);
    });
    connect(m_ui->bindPortEdit, &QLineEdit::textChanged, this, [this] {
        readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
        showProgramFor(Via::Receiver);
    });
    connect(m_ui->autoReplyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_receiver->autoReply().setEnabled(on);
        updateWidgets();
    });
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &UdpTab::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &UdpTab::removeRule);
    connect(m_ui->rulesTable, &QTableWidget::itemChanged, this, &UdpTab::applyRules);
    connect(m_ui->rulesTable, &QTableWidget::itemSelectionChanged, this, &UdpTab::updateWidgets);
    connect(m_receiver, &UdpEngine::bound, this, [this] {
        showReceiverState();
        showProgramFor(Via::Receiver);
        updateWidgets();
    });
    connect(m_receiver, &UdpEngine::closed, this, [this] {
        showReceiverState();
        updateWidgets();
    });

    // Sender
    connect(m_ui->sendButton, &QPushButton::clicked, this, &UdpTab::sendPayload);
    connect(m_ui->payloadEdit, &QLineEdit::returnPressed, this, &UdpTab::sendPayload);
    connect(m_ui->repeatButton, &QPushButton::clicked, this, &UdpTab::startRepeat);
    connect(m_ui->stopButton, &QPushButton::clicked, m_sender, &UdpEngine::stopRepeat);
    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, [this] {
        parsePayload(true);
        showProgramFor(Via::Sender);
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        parsePayload(true);
        updateWidgets();
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { parsePayload(true); });
    connect(m_ui->escapesCheck, &QCheckBox::toggled, this, [this] { parsePayload(true); });
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, [this] { parsePayload(true); });
    connect(m_ui->targetPortEdit, &QLineEdit::textChanged, this, [this] {
        readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
        showProgramFor(Via::Sender);
    });
    connect(m_ui->localPortEdit, &QLineEdit::textChanged, this, [this] {
        readPort(m_ui->localPortEdit->text(), true, m_ui->localPortErrorLabel);
        showProgramFor(Via::Sender);
    });
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, [this] {
        setFieldError(m_ui->hostErrorLabel, {});
        showProgramFor(Via::Sender);
    });
    for (UdpEngine *engine : {m_sender, m_receiver}) {
        connect(engine, &UdpEngine::datagramSent, this, &UdpTab::showSenderState);
        connect(engine, &UdpEngine::repeatFinished, this, [this] {
            showSenderState();
            updateWidgets();
        });
        connect(engine, &UdpEngine::countersChanged, this, &UdpTab::showCounters);
        connect(engine, &UdpEngine::errorOccurred, this, &UdpTab::showError);
    }
    connect(m_sender, &UdpEngine::bound, this, &UdpTab::showSenderState);
    connect(m_sender, &UdpEngine::closed, this, &UdpTab::showSenderState);

    // Datagram list and Explain
    connect(m_receiver, &UdpEngine::datagramReceived, this,
            [this](const UdpDatagram &datagram) { addDatagram(Via::Receiver, datagram); });
    connect(m_sender, &UdpEngine::datagramReceived, this,
            [this](const UdpDatagram &datagram) { addDatagram(Via::Sender, datagram); });
    // One pane for both sockets: the calls interleave in the order they were
    // made, as a student running both programs would see them.
    connect(m_receiver, &UdpEngine::socketCall, m_ui->explainPane, &ExplainPane::addCall);
    connect(m_sender, &UdpEngine::socketCall, m_ui->explainPane, &ExplainPane::addCall);
    connect(m_ui->showAsCombo, &QComboBox::currentIndexChanged, this, &UdpTab::showAllRows);
    connect(m_ui->listEncodingCombo, &QComboBox::currentIndexChanged, this, [this] {
        showAllRows();
        applyRules(); // rules compare and answer in this encoding
    });
    connect(m_ui->datagramTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UdpTab::updateWidgets);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &UdpTab::replyToSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &UdpTab::clearList);

    retranslateCode();
    updateWidgets();
}

UdpTab::~UdpTab() = default;

void UdpTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void UdpTab::retranslateCode()
{
    m_receiverLabel = tr("Receiver");
    m_senderLabel = tr("Sender");
    const int any = m_ui->bindAddressCombo->findData(AnyAddress);
    if (any >= 0)
        m_ui->bindAddressCombo->setItemText(any, tr("0.0.0.0 — all interfaces"));
    for (int row = 0; row < m_ui->rulesTable->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->rulesTable->cellWidget(row, RuleMatch))) {
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, matchLabel(Matches[i]));
        }
    }
    m_ui->lessonLabel->setText(UdpEngine::noReceiverLesson());

    // Field messages are rebuilt by validating again in the new language.
    if (!m_ui->bindPortErrorLabel->isHidden())
        readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
    if (!m_ui->targetPortErrorLabel->isHidden())
        readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
    if (!m_ui->localPortErrorLabel->isHidden())
        readPort(m_ui->localPortEdit->text(), true, m_ui->localPortErrorLabel);
    if (!m_ui->payloadErrorLabel->isHidden())
        parsePayload(true);
    if (!m_ui->rulesErrorLabel->isHidden())
        applyRules();

    showReceiverState();
    showSenderState();
    showCounters();
    showDropped();
    showAllRows();
    showProgram(); // its comments are translated
}

void UdpTab::updateWidgets()
{
    const bool bound = m_receiver->isBound();
    m_ui->bindButton->setEnabled(!bound);
    m_ui->closeButton->setEnabled(bound);
    m_ui->bindAddressCombo->setEnabled(!bound);
    m_ui->bindPortEdit->setEnabled(!bound);
    m_ui->shareAddressCheck->setEnabled(!bound);
    m_ui->anyWarningLabel->setVisible(m_ui->bindAddressCombo->currentData().toString() == AnyAddress);

    m_ui->rulesTable->setEnabled(m_ui->autoReplyCheck->isChecked());
    m_ui->addRuleButton->setEnabled(m_ui->autoReplyCheck->isChecked());
    m_ui->removeRuleButton->setEnabled(m_ui->autoReplyCheck->isChecked()
                                       && !m_ui->rulesTable->selectedItems().isEmpty());

    const bool repeating = m_sender->isRepeating();
    m_ui->sendButton->setEnabled(!repeating);
    m_ui->repeatButton->setEnabled(!repeating);
    m_ui->stopButton->setEnabled(repeating);
    m_ui->intervalSpin->setEnabled(!repeating);
    m_ui->countSpin->setEnabled(!repeating);
    m_ui->localPortEdit->setEnabled(!repeating);

    const bool text = m_ui->modeCombo->currentIndex() == 0;
    m_ui->encodingCombo->setEnabled(text);
    m_ui->escapesCheck->setEnabled(text);
    m_ui->lineEndingCombo->setEnabled(text);

    m_ui->replyButton->setEnabled(m_ui->datagramTree->selectionModel()->hasSelection());
    m_ui->clearButton->setEnabled(m_datagrams->rowCount() > 0);

    showWiresharkContext();
}

void UdpTab::showWiresharkContext()
{
    // The receiver is the listening side; the sender's target is the peer,
    // so a capture sees both what arrives and what is sent.
    WiresharkContext context;
    context.protocol = TrafficProtocol::Udp;
    context.listening = true;
    if (m_receiver->isBound()) {
        context.localAddress = m_receiver->localAddress();
        context.localPort = m_receiver->localPort();
    } else {
        context.localAddress = QHostAddress(m_ui->bindAddressCombo->currentData().toString());
        context.localPort = WiresharkFilters::typedPort(m_ui->bindPortEdit->text());
    }
    context.peerAddress = WiresharkFilters::typedAddress(m_ui->hostEdit->text());
    context.peerPort = WiresharkFilters::typedPort(m_ui->targetPortEdit->text());
    m_ui->wiresharkPane->setContext(context);
}

void UdpTab::fillBindAddresses()
{
    QComboBox *combo = m_ui->bindAddressCombo;
    QSet<QString> seen;
    const auto add = [&](const QString &text, const QString &address) {
        if (seen.contains(address))
            return;
        seen.insert(address);
        combo->addItem(text, address);
    };
    add(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    add(QStringLiteral("::1"), QStringLiteral("::1"));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        // IPv4-mapped forms are the IPv4 addresses already listed.
        if (address.protocol() == QAbstractSocket::IPv4Protocol
            || address.protocol() == QAbstractSocket::IPv6Protocol)
            add(address.toString(), address.toString());
    }
    // Last, so listening on every interface is a deliberate choice. The text
    // is set in retranslateCode().
    add(QString(), AnyAddress);
    combo->setCurrentIndex(0);
}

void UdpTab::fillEncodings()
{
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (!info.available)
            continue;
        m_ui->encodingCombo->addItem(info.displayName, info.id);
        m_ui->listEncodingCombo->addItem(info.displayName, info.id);
    }
}

// --- Receiver ---

void UdpTab::bindReceiver()
{
    showMessage({});
    showProgramFor(Via::Receiver);
    const std::optional<quint16> port = readPort(m_ui->bindPortEdit->text(), true, m_ui->bindPortErrorLabel);
    if (!port)
        return;
    const QHostAddress address(m_ui->bindAddressCombo->currentData().toString());
    m_receiver->bind(address, *port, m_ui->shareAddressCheck->isChecked());
    updateWidgets();
}

bool UdpTab::startReceiver(const QHostAddress &address, quint16 port)
{
    const QString text = address.toString();
    int index = m_ui->bindAddressCombo->findData(text);
    if (index < 0) {
        m_ui->bindAddressCombo->addItem(text, text);
        index = m_ui->bindAddressCombo->count() - 1;
    }
    m_ui->bindAddressCombo->setCurrentIndex(index);
    m_ui->bindPortEdit->setText(QString::number(port));
    bindReceiver();
    return m_receiver->isBound();
}

void UdpTab::setTarget(const QString &host, quint16 port)
{
    m_ui->hostEdit->setText(host);
    m_ui->targetPortEdit->setText(QString::number(port));
}

void UdpTab::closeReceiver()
{
    m_receiver->close();
    updateWidgets();
}

void UdpTab::showReceiverState()
{
    if (m_receiver->isBound()) {
        m_ui->receiverStateLabel->setText(
            tr("Receiving on %1 (port %2). Receive buffer: %3 bytes.")
                .arg(TrafficNames::endpoint(m_receiver->localAddress(), m_receiver->localPort()))
                .arg(m_receiver->localPort())
                .arg(m_receiver->receiveBufferSize()));
    } else {
        m_ui->receiverStateLabel->setText(tr("Not bound: choose an address and a port, then press Bind."));
    }
}

void UdpTab::addRule()
{
    UdpReplyRule rule;
    rule.pattern = QStringLiteral("ping");
    rule.reply = QStringLiteral("pong");
    m_fillingRules = true;
    insertRuleRow(rule);
    m_fillingRules = false;
    applyRules();
    m_ui->rulesTable->setCurrentCell(m_ui->rulesTable->rowCount() - 1, RulePattern);
}

void UdpTab::removeRule()
{
    const int row = m_ui->rulesTable->currentRow();
    if (row < 0)
        return;
    m_ui->rulesTable->removeRow(row);
    applyRules();
    updateWidgets();
}

void UdpTab::insertRuleRow(const UdpReplyRule &rule)
{
    QTableWidget *table = m_ui->rulesTable;
    const int row = table->rowCount();
    table->insertRow(row);

    auto *combo = new QComboBox(table);
    for (UdpReplyRule::Match match : Matches)
        combo->addItem(matchLabel(match));
    combo->setCurrentIndex(static_cast<int>(rule.match));
    table->setCellWidget(row, RuleMatch, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &UdpTab::applyRules);

    auto *caseItem = new QTableWidgetItem;
    caseItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    caseItem->setCheckState(rule.caseInsensitive ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, RuleCase, caseItem);
    table->setItem(row, RulePattern, new QTableWidgetItem(rule.pattern));
    table->setItem(row, RuleReply, new QTableWidgetItem(rule.reply));
}

void UdpTab::applyRules()
{
    if (m_fillingRules)
        return;
    QTableWidget *table = m_ui->rulesTable;
    QList<UdpReplyRule> rules;
    QStringList problems;
    for (int row = 0; row < table->rowCount(); ++row) {
        UdpReplyRule rule;
        if (auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, RuleMatch)))
            rule.match = Matches[qBound(0, combo->currentIndex(), 2)];
        if (const QTableWidgetItem *item = table->item(row, RuleCase))
            rule.caseInsensitive = item->checkState() == Qt::Checked;
        if (const QTableWidgetItem *item = table->item(row, RulePattern))
            rule.pattern = item->text();
        if (const QTableWidgetItem *item = table->item(row, RuleReply))
            rule.reply = item->text();
        rule.encoding = m_ui->listEncodingCombo->currentData().toString();
        const QString problem = UdpAutoReply::check(rule);
        if (!problem.isEmpty())
            problems << tr("Rule %1: %2").arg(row + 1).arg(problem);
        rules << rule;
    }
    if (problems.isEmpty()) {
        QString error;
        if (!m_receiver->autoReply().setRules(rules, &error))
            problems << error;
    }
    // The engine keeps answering with the last valid rules until these are fixed.
    setFieldError(m_ui->rulesErrorLabel,
                  problems.isEmpty() ? QString()
                                     : problems.join(u'\n') + u'\n'
                          + tr("Until this is fixed, the previous rules stay in use."));
    showProgramFor(Via::Receiver);
}

void UdpTab::replyToSelected()
{
    const QModelIndexList selected = m_ui->datagramTree->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QVariantList tag = m_datagrams->chunk(selected.constFirst().row()).tag.toList();
    const std::optional<QByteArray> bytes = parsePayload(true);
    if (!bytes)
        return;
    showMessage({});
    UdpEngine *engine = tag.value(TagVia).toInt() == int(Via::Receiver) ? m_receiver : m_sender;
    engine->sendTo(tag.value(TagAddress).toString(), quint16(tag.value(TagPort).toUInt()), *bytes);
}

// --- Sender ---

bool UdpTab::prepareSend(QString *host, quint16 *port, QByteArray *bytes)
{
    bool ok = true;
    const QString typedHost = m_ui->hostEdit->text().trimmed();
    if (typedHost.isEmpty()) {
        setFieldError(
            m_ui->hostErrorLabel,
            tr("Enter the target host: an IP address such as 127.0.0.1 or a name such as localhost."));
        ok = false;
    } else if (const qsizetype space
               = std::find_if(typedHost.cbegin(), typedHost.cend(), [](QChar c) { return c.isSpace(); })
                   - typedHost.cbegin();
               space < typedHost.size()) {
        setFieldError(m_ui->hostErrorLabel,
                      tr("The host contains a space (at position %1). Addresses and host "
                         "names never contain spaces.")
                          .arg(space + 1));
        ok = false;
    } else {
        setFieldError(m_ui->hostErrorLabel, {});
    }
    const std::optional<quint16> target
        = readPort(m_ui->targetPortEdit->text(), false, m_ui->targetPortErrorLabel);
    const std::optional<quint16> local
        = readPort(m_ui->localPortEdit->text(), true, m_ui->localPortErrorLabel);
    const std::optional<QByteArray> payload = parsePayload(true);
    if (!ok || !target || !local || !payload)
        return false;

    // A fixed local port makes the sender's address predictable for the
    // receiver (and for "Reply to selected sender" in another program).
    if (*local != 0 && !(m_sender->isBound() && m_sender->localPort() == *local)) {
        if (!m_sender->bind(QHostAddress::Any, *local))
            return false;
    } else if (*local == 0 && m_sender->isBound()) {
        m_sender->close();
    }
    *host = typedHost;
    *port = *target;
    *bytes = *payload;
    return true;
}

void UdpTab::sendPayload()
{
    if (m_sender->isRepeating())
        return;
    showMessage({});
    QString host;
    quint16 port = 0;
    QByteArray bytes;
    showProgramFor(Via::Sender);
    if (prepareSend(&host, &port, &bytes))
        m_sender->sendTo(host, port, bytes);
    showSenderState();
    updateWidgets();
}

void UdpTab::startRepeat()
{
    if (m_sender->isRepeating())
        return;
    showMessage({});
    QString host;
    quint16 port = 0;
    QByteArray bytes;
    showProgramFor(Via::Sender);
    if (prepareSend(&host, &port, &bytes))
        m_sender->startRepeat(host, port, bytes, m_ui->intervalSpin->value(), m_ui->countSpin->value());
    showSenderState();
    updateWidgets();
}

void UdpTab::showSenderState()
{
    QString text;
    if (m_sender->isRepeating())
        text = tr("Sending repeatedly: %1 sent so far.").arg(m_sender->repeatsSent());
    else if (m_sender->isOpen())
        text = tr("The sender socket uses local port %1; replies sent to it appear in the list.")
                   .arg(m_sender->localPort());
    else
        text = tr("The sender socket is not open yet: the first send binds it to a free port.");
    m_ui->senderStateLabel->setText(text);
}

std::optional<QByteArray> UdpTab::parsePayload(bool showError)
{
    PayloadOptions options;
    options.mode = m_ui->modeCombo->currentIndex() == 1 ? PayloadMode::Hex : PayloadMode::Text;
    options.encoding = m_ui->encodingCombo->currentData().toString();
    options.escapes = m_ui->escapesCheck->isChecked();
    switch (m_ui->lineEndingCombo->currentIndex()) {
    case 1: options.lineEnding = LineEnding::LF; break;
    case 2: options.lineEnding = LineEnding::CRLF; break;
    default: options.lineEnding = LineEnding::None; break;
    }
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

void UdpTab::addDatagram(Via via, const UdpDatagram &datagram)
{
    DataChunkModel::Chunk row;
    // A flood comes from few senders: their address text is made once.
    if (datagram.sender != m_lastSender || m_lastSenderText.isEmpty()) {
        m_lastSender = datagram.sender;
        m_lastSenderText = datagram.sender.toString();
    }
    row.tag = QVariantList{int(via), m_lastSenderText, uint(datagram.senderPort)};
    row.label = via == Via::Receiver ? m_receiverLabel : m_senderLabel;
    row.endpoint = datagram.senderEndpoint.isEmpty()
        ? TrafficNames::endpoint(datagram.sender, datagram.senderPort)
        : datagram.senderEndpoint;
    row.bytes = datagram.payload;
    m_datagrams->append(std::move(row)); // shown at the model's next flush
}

QString UdpTab::viaLabel(const QVariant &tag) const
{
    return tag.toList().value(TagVia).toInt() == int(Via::Receiver) ? tr("Receiver") : tr("Sender");
}

void UdpTab::showAllRows()
{
    m_datagrams->setDisplayMode(m_ui->showAsCombo->currentIndex() == 1 ? DataChunkModel::DisplayMode::Hex
                                                                       : DataChunkModel::DisplayMode::Text);
    m_datagrams->setEncoding(m_ui->listEncodingCombo->currentData().toString());
    m_datagrams->relabel([this](const DataChunkModel::Chunk &row) { return viaLabel(row.tag); });
    m_datagrams->retranslate();
    m_datagrams->setHeaderText(DataChunkModel::TimeColumn, tr("Time"));
    m_datagrams->setHeaderText(DataChunkModel::LabelColumn, tr("Socket"));
    m_datagrams->setHeaderText(DataChunkModel::EndpointColumn, tr("From"));
    m_datagrams->setHeaderText(DataChunkModel::SizeColumn, tr("Size"));
    m_datagrams->setHeaderText(DataChunkModel::DataColumn, tr("Data"));
}

void UdpTab::clearList()
{
    m_datagrams->clear();
    showDropped();
    updateWidgets();
}

void UdpTab::showCounters()
{
    UdpCounters total;
    for (const UdpEngine *engine : {m_receiver, m_sender}) {
        const UdpCounters c = engine->counters();
        total.datagramsReceived += c.datagramsReceived;
        total.bytesReceived += c.bytesReceived;
        total.datagramsSent += c.datagramsSent;
        total.bytesSent += c.bytesSent;
        total.datagramsReplied += c.datagramsReplied;
        total.bytesReplied += c.bytesReplied;
    }
    m_ui->countersLabel->setText(tr("Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4 · "
                                    "Auto-replied — datagrams: %5, bytes: %6")
                                     .arg(total.datagramsReceived)
                                     .arg(total.bytesReceived)
                                     .arg(total.datagramsSent)
                                     .arg(total.bytesSent)
                                     .arg(total.datagramsReplied)
                                     .arg(total.bytesReplied));
}

void UdpTab::showDropped()
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

void UdpTab::showError(const UdpError &error)
{
    showMessage(error.errnoName.isEmpty() ? error.message
                                          : tr("%1 [%2]").arg(error.message, error.errnoName));
}

void UdpTab::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void UdpTab::showProgramFor(Via part)
{
    m_programPart = part;
    showProgram();
}

void UdpTab::showProgram()
{
    showWiresharkContext(); // the same fields feed both panes
    if (m_programPart == Via::Receiver) {
        quint16 port = 9999;
        if (m_receiver->isBound()) {
            port = m_receiver->localPort();
        } else {
            bool ok = false;
            const uint typed = m_ui->bindPortEdit->text().trimmed().toUInt(&ok);
            if (ok && typed <= 65535)
                port = quint16(typed);
        }
        const QList<UdpReplyRule> rules
            = m_receiver->autoReply().isEnabled() ? m_receiver->autoReply().rules() : QList<UdpReplyRule>();
        m_ui->explainPane->setProgram(
            ExamplePrograms::udpReceiver(m_ui->bindAddressCombo->currentData().toString(), port, rules));
        return;
    }
    // Until the fields are valid the program keeps sensible values, so it
    // does not vanish while the student types.
    QString host = m_ui->hostEdit->text().trimmed();
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint typedPort = m_ui->targetPortEdit->text().trimmed().toUInt(&ok);
    const quint16 port = ok && typedPort > 0 && typedPort <= 65535 ? quint16(typedPort) : 9999;
    const uint localPort = m_ui->localPortEdit->text().trimmed().toUInt(&ok);
    const bool fixedLocal = ok && localPort > 0 && localPort <= 65535;
    m_ui->explainPane->setProgram(
        ExamplePrograms::udpSender(host, port, parsePayload(false).value_or(QByteArray()),
                                   fixedLocal ? AnyAddress : QString(), fixedLocal ? quint16(localPort) : 0));
}

// --- Helpers ---

std::optional<quint16> UdpTab::readPort(const QString &text, bool allowZero, QLabel *errorLabel)
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
            problem = tr("Port 0 cannot be a destination. Use a port from 1 to 65535.");
        } else {
            port = quint16(value);
        }
    }
    setFieldError(errorLabel, problem);
    if (!problem.isEmpty())
        return std::nullopt;
    return port;
}

void UdpTab::setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
