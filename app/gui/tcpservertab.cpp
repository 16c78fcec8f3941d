#include "tcpservertab.h"

#include "datachunkmodel.h"
#include "exampleprograms.h"
#include "explainpane.h"
#include "inputfields.h"
#include "newestrowfollower.h"
#include "tcpclienttablemodel.h"
#include "textcodecs.h"
#include "trafficrecorder.h"
#include "wiresharkpane.h"

#include "ui_tcpservertab.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QTableWidgetItem>

#include <iterator>

namespace {

const QString TabId = QStringLiteral("tcp-server");

// The order of the payload mode and line ending combos' items in the form.
constexpr PayloadMode PayloadModes[] = {PayloadMode::Text, PayloadMode::Hex};
constexpr LineEnding LineEndings[] = {LineEnding::None, LineEnding::LF, LineEnding::CRLF};

// The modes in the order a course teaches them (the combo's order).
constexpr TcpServerEngine::Mode Modes[] = {
    TcpServerEngine::Mode::ReplyOnce,
    TcpServerEngine::Mode::Conversation,
    TcpServerEngine::Mode::ThreadPerClient,
    TcpServerEngine::Mode::EventLoop,
};

// Counts shown under the client table are redrawn at most this often.
constexpr int CountsIntervalMs = 100;

enum CommandColumn : int { WordColumn, ReplyColumn, CloseColumn };

} // namespace

TcpServerTab::TcpServerTab(TrafficRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpServerTab>())
    , m_recorder(recorder)
    , m_engine(new TcpServerEngine(recorder, this))
    , m_clients(new TcpClientTableModel(this))
    , m_messages(new DataChunkModel(this))
{
    m_ui->setupUi(this);
    InputFields::fillListenAddresses(m_ui->addressCombo);
    fillModes();
    fillEncodings();
    m_ui->modeCombo->setCurrentIndex(int(std::size(Modes)) - 1); // the event loop: Qt's own model

    m_clients->setEngine(m_engine);
    m_ui->clientTable->setModel(m_clients);
    m_ui->wiresharkPane->setConnectionRowVisible(true);
    m_ui->clientTable->verticalHeader()->hide();
    m_ui->clientTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->clientTable->setColumnWidth(TcpClientTableModel::Peer, 150);
    m_ui->clientTable->setColumnWidth(TcpClientTableModel::Thread, 150);

    m_messages->setCapacity(MaxMessages);
    m_ui->messageTree->setModel(m_messages);
    m_ui->messageTree->setColumnWidth(DataChunkModel::TimeColumn, 95);
    m_ui->messageTree->setColumnWidth(DataChunkModel::LabelColumn, 40);
    m_ui->messageTree->setColumnWidth(DataChunkModel::EndpointColumn, 140);
    m_ui->messageTree->setColumnWidth(DataChunkModel::SizeColumn, 60);
    m_ui->messageTree->setColumnWidth(DataChunkModel::DataColumn, 260);
    followNewestRows(m_ui->messageTree);
    connect(m_messages, &DataChunkModel::droppedCountChanged, this, &TcpServerTab::scheduleCounts);

    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({560, 656});
    m_ui->rightSplitter->setSizes({220, 300});
    m_ui->commandsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->commandsTable->horizontalHeader()->setSectionResizeMode(ReplyColumn, QHeaderView::Stretch);
    m_ui->commandsTable->verticalHeader()->hide();

    // One line each; they sit beside buttons and would wrap word by word.
    m_ui->clientCountLabel->setWordWrap(false);
    m_ui->messagesCountLabel->setWordWrap(false);

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(CountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &TcpServerTab::showCounts);

    // Server
    connect(m_ui->startButton, &QPushButton::clicked, this, &TcpServerTab::start);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &TcpServerTab::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TcpServerTab::stop);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, [this] {
        validatePort();
        showProgram();
    });
    connect(m_ui->addressCombo, &QComboBox::currentIndexChanged, this, [this] {
        showStatus();
        showProgram();
        showWiresharkContext();
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &TcpServerTab::showMode);
    connect(m_ui->maxClientsSpin, &QSpinBox::valueChanged, m_engine, &TcpServerEngine::setMaxClients);
    connect(m_ui->maxThreadsSpin, &QSpinBox::valueChanged, m_engine, &TcpServerEngine::setMaxThreads);
    connect(m_ui->serverEncodingCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->serverEncodingCombo->currentData().toString();
        m_engine->setEncoding(id);
        m_messages->setEncoding(id);
        validatePayload();
    });

    // Replies
    connect(m_ui->replyEdit, &QLineEdit::textEdited, this, &TcpServerTab::applyReplyTemplate);
    connect(m_ui->resetRepliesButton, &QPushButton::clicked, this, &TcpServerTab::resetTemplates);
    connect(m_ui->commandsTable, &QTableWidget::itemChanged, this, &TcpServerTab::applyCommands);
    connect(m_ui->commandsTable, &QTableWidget::itemSelectionChanged, this, &TcpServerTab::updateWidgets);
    connect(m_ui->addCommandButton, &QPushButton::clicked, this, &TcpServerTab::addCommand);
    connect(m_ui->removeCommandButton, &QPushButton::clicked, this, &TcpServerTab::removeCommand);

    // Sending to clients
    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, &TcpServerTab::validatePayload);
    connect(m_ui->payloadEdit, &QLineEdit::returnPressed, this, &TcpServerTab::sendToSelected);
    connect(m_ui->payloadModeCombo, &QComboBox::currentIndexChanged, this, &TcpServerTab::validatePayload);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, &TcpServerTab::validatePayload);
    connect(m_ui->escapesCheck, &QCheckBox::toggled, this, &TcpServerTab::validatePayload);
    connect(m_ui->sendSelectedButton, &QPushButton::clicked, this, &TcpServerTab::sendToSelected);
    connect(m_ui->sendAllButton, &QPushButton::clicked, this, &TcpServerTab::sendToAll);

    // Clients and messages
    connect(m_ui->clientTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TcpServerTab::updateWidgets);
    connect(m_ui->closeClientButton, &QPushButton::clicked, this, [this] { closeSelected(false); });
    connect(m_ui->abortClientButton, &QPushButton::clicked, this, [this] { closeSelected(true); });
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, this, [this] {
        m_clients->clearFinished();
        updateWidgets();
    });
    connect(m_ui->hexCheck, &QCheckBox::toggled, this, [this](bool hex) {
        m_messages->setDisplayMode(hex ? DataChunkModel::DisplayMode::Hex
                                       : DataChunkModel::DisplayMode::Text);
    });
    connect(m_ui->clearMessagesButton, &QPushButton::clicked, this, [this] {
        m_messages->clear();
        m_messagesIn = 0;
        m_messagesOut = 0;
        showCounts();
    });

    // Engine
    connect(m_engine, &TcpServerEngine::listeningChanged, this, [this] {
        showStatus();
        showProgram();
        updateWidgets();
    });
    connect(m_engine, &TcpServerEngine::clientAdded, this, &TcpServerTab::scheduleCounts);
    connect(m_engine, &TcpServerEngine::clientUpdated, this, &TcpServerTab::scheduleCounts);
    connect(m_engine, &TcpServerEngine::clientRefused, this, [this](const QString &, const QString &reason) {
        // The latest refusal says which limit was reached; the count is below the table.
        showMessage(reason);
        scheduleCounts();
    });
    connect(m_engine, &TcpServerEngine::waitingCountChanged, this, &TcpServerTab::scheduleCounts);
    connect(m_engine, &TcpServerEngine::errorOccurred, this, &TcpServerTab::showMessage);
    connect(m_engine, &TcpServerEngine::socketCallMade, m_ui->explainPane, &ExplainPane::addCall);
    if (recorder)
        connect(recorder, &TrafficRecorder::eventRecorded, this, &TcpServerTab::noteTraffic);

    showTemplates();
    validatePort();
    validatePayload();
    retranslateCode();
}

TcpServerTab::~TcpServerTab()
{
    // Stopping reports the clients' ends; do it while this object is whole,
    // without the slots of this half-destroyed tab listening.
    m_engine->disconnect(this);
    if (m_recorder)
        m_recorder->disconnect(this);
    m_engine->stop();
}

TcpServerEngine *TcpServerTab::engine() const
{
    return m_engine;
}

TcpClientTableModel *TcpServerTab::clientModel() const
{
    return m_clients;
}

DataChunkModel *TcpServerTab::messageModel() const
{
    return m_messages;
}

bool TcpServerTab::startServer(const QHostAddress &address, quint16 port, TcpServerEngine::Mode mode)
{
    // The combo lists "::" for the dual-stack choice; QHostAddress::Any has no text of its own.
    const QString text
        = address == QHostAddress(QHostAddress::Any) ? QStringLiteral("::") : address.toString();
    int index = m_ui->addressCombo->findData(text);
    if (index < 0) {
        m_ui->addressCombo->addItem(text, text);
        index = m_ui->addressCombo->count() - 1;
    }
    m_ui->addressCombo->setCurrentIndex(index);
    m_ui->portEdit->setText(QString::number(port));
    for (int i = 0; i < int(std::size(Modes)); ++i) {
        if (Modes[i] == mode)
            m_ui->modeCombo->setCurrentIndex(i);
    }
    start();
    return m_engine->isListening();
}

void TcpServerTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void TcpServerTab::retranslateCode()
{
    InputFields::retranslateListenAddresses(m_ui->addressCombo);
    for (int i = 0; i < int(std::size(Modes)); ++i)
        m_ui->modeCombo->setItemText(
            i, QStringLiteral("%1. %2").arg(i + 1).arg(TcpServerEngine::modeName(Modes[i])));
    m_ui->replyHelpLabel->setText(
        tr("Placeholders: {message} the message without its line ending, {time} the server's "
           "clock, {peer} the client's address:port. A reply ends with the message's line ending."));

    m_messages->retranslate();
    m_messages->setHeaderText(DataChunkModel::LabelColumn, tr("Dir."));
    m_messages->setHeaderText(DataChunkModel::EndpointColumn, tr("Client"));
    m_messages->setHeaderText(DataChunkModel::SizeColumn, tr("Bytes"));
    m_messages->setHeaderText(DataChunkModel::DataColumn, tr("Text"));
    m_messages->setHeaderText(DataChunkModel::HexColumn, tr("Hex"));
    m_clients->retranslate();

    // Replies the teacher has not touched follow the language, like the rest.
    if (!m_templatesEdited) {
        m_engine->resetTemplates();
        showTemplates();
    }
    validatePort();
    validatePayload();
    showMode();
    showStatus();
    showCounts();
    showProgram();
}

void TcpServerTab::fillModes()
{
    for (int i = 0; i < int(std::size(Modes)); ++i)
        m_ui->modeCombo->addItem(QString(), QVariant::fromValue(Modes[i]));
}

void TcpServerTab::fillEncodings()
{
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (info.available)
            m_ui->serverEncodingCombo->addItem(info.displayName, info.id);
    }
    m_ui->serverEncodingCombo->setCurrentIndex(
        qMax(0, m_ui->serverEncodingCombo->findData(m_engine->encoding())));
}

void TcpServerTab::updateWidgets()
{
    const bool listening = m_engine->isListening();
    const bool portOk = InputFields::readPort(m_ui->portEdit->text(), true).port.has_value();
    const bool payloadOk = parsedPayload().ok();
    const bool conversation = chosenMode() == TcpServerEngine::Mode::Conversation;
    const bool threads = chosenMode() == TcpServerEngine::Mode::ThreadPerClient;

    m_ui->addressCombo->setEnabled(!listening);
    m_ui->portEdit->setEnabled(!listening);
    m_ui->modeCombo->setEnabled(!listening);
    m_ui->startButton->setEnabled(!listening && portOk);
    m_ui->stopButton->setEnabled(listening || m_engine->clientCount() > 0);
    m_ui->maxThreadsSpin->setEnabled(threads && !listening);
    m_ui->maxThreadsLabel->setEnabled(threads);

    m_ui->commandsTable->setEnabled(conversation);
    m_ui->addCommandButton->setEnabled(conversation);
    m_ui->removeCommandButton->setEnabled(conversation && m_ui->commandsTable->currentRow() >= 0);

    const bool anyClient = m_engine->clientCount() > 0;
    // Only the selected rows are looked at: the table may hold thousands.
    bool liveSelected = false;
    if (const QItemSelectionModel *selection = m_ui->clientTable->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows()) {
            using State = TcpServerEngine::ClientState;
            const State state = m_clients->client(index.row()).state;
            if (state == State::Waiting || state == State::Served || state == State::Closing) {
                liveSelected = true;
                break;
            }
        }
    }
    m_ui->sendSelectedButton->setEnabled(liveSelected && payloadOk);
    m_ui->sendAllButton->setEnabled(anyClient && payloadOk);
    m_ui->closeClientButton->setEnabled(liveSelected);
    m_ui->abortClientButton->setEnabled(liveSelected);

    showWiresharkContext();
}

void TcpServerTab::showWiresharkContext()
{
    WiresharkContext context;
    context.protocol = TrafficProtocol::Tcp;
    context.listening = true;
    if (m_engine->isListening()) {
        context.localAddress = m_engine->serverAddress();
        context.localPort = m_engine->serverPort();
    } else {
        // Before Start: what the fields say, so the capture can begin first.
        // Port 0 is only known once the kernel picked one.
        context.localAddress = chosenAddress();
        context.localPort = InputFields::readPort(m_ui->portEdit->text(), true).port.value_or(0);
    }
    m_ui->wiresharkPane->setContext(context);

    // The first selected client row, which may have ended: its packets are
    // still worth finding.
    std::optional<WiresharkConnection> connection;
    if (const QItemSelectionModel *selection = m_ui->clientTable->selectionModel()) {
        const QModelIndexList rows = selection->selectedRows();
        if (!rows.isEmpty() && context.localPort != 0) {
            const TcpServerEngine::ClientInfo client = m_clients->client(rows.first().row());
            if (client.id != 0)
                connection = WiresharkConnection{context.localAddress, context.localPort, client.peerAddress,
                                                 client.peerPort};
        }
    }
    m_ui->wiresharkPane->setSelectedConnection(connection);
}

bool TcpServerTab::validatePort()
{
    const InputFields::PortReading reading = InputFields::readPort(m_ui->portEdit->text(), true);
    InputFields::showProblem(m_ui->portErrorLabel, reading.problem);
    updateWidgets();
    return reading.port.has_value();
}

PayloadResult TcpServerTab::parsedPayload() const
{
    PayloadOptions options;
    options.mode = PayloadModes[qBound(0, m_ui->payloadModeCombo->currentIndex(), 1)];
    options.encoding = m_ui->serverEncodingCombo->currentData().toString();
    options.escapes = m_ui->escapesCheck->isChecked();
    options.lineEnding = LineEndings[qBound(0, m_ui->lineEndingCombo->currentIndex(), 2)];
    return PayloadParser::parse(m_ui->payloadEdit->text(), options);
}

bool TcpServerTab::validatePayload()
{
    const bool text = m_ui->payloadModeCombo->currentIndex() == 0;
    m_ui->escapesCheck->setEnabled(text);
    m_ui->lineEndingCombo->setEnabled(text);
    const PayloadResult result = parsedPayload();
    QString problem;
    if (!result.ok()) {
        problem = result.column > 0 ? tr("Payload, column %1: %2").arg(result.column).arg(result.error)
                                    : tr("Payload: %1").arg(result.error);
    }
    InputFields::showProblem(m_ui->payloadErrorLabel, problem);
    updateWidgets();
    return result.ok();
}

QHostAddress TcpServerTab::chosenAddress() const
{
    const QString text = m_ui->addressCombo->currentData().toString();
    // "::" is offered as "every interface, IPv4 and IPv6": Qt's dual-stack Any.
    if (text == u"::")
        return QHostAddress(QHostAddress::Any);
    return QHostAddress(text);
}

TcpServerEngine::Mode TcpServerTab::chosenMode() const
{
    return Modes[qBound(0, m_ui->modeCombo->currentIndex(), int(std::size(Modes)) - 1)];
}

void TcpServerTab::start()
{
    if (m_engine->isListening() || !validatePort())
        return;
    const auto port = InputFields::readPort(m_ui->portEdit->text(), true).port;
    showMessage({});
    m_clientsClosedByStop = -1;
    m_engine->setMaxClients(m_ui->maxClientsSpin->value());
    m_engine->setMaxThreads(m_ui->maxThreadsSpin->value());
    m_engine->setEncoding(m_ui->serverEncodingCombo->currentData().toString());
    // The engine explains a failure (port in use, address not here) through
    // errorOccurred, which shows it.
    m_engine->listen(chosenAddress(), port.value_or(0), chosenMode());
    showStatus();
    updateWidgets();
}

void TcpServerTab::stop()
{
    m_clientsClosedByStop = m_engine->clientCount();
    m_engine->stop();
    showStatus();
    showCounts();
    updateWidgets();
}

void TcpServerTab::showMode()
{
    const TcpServerEngine::Mode mode = chosenMode();
    m_ui->modeExplainLabel->setText(TcpServerEngine::explainMode(mode));
    showTemplates();
    showProgram();
    updateWidgets();
}

void TcpServerTab::applyReplyTemplate()
{
    m_templatesEdited = true;
    m_engine->setReplyTemplate(chosenMode(), m_ui->replyEdit->text());
    showProgram();
}

void TcpServerTab::resetTemplates()
{
    m_templatesEdited = false;
    m_engine->resetTemplates();
    showTemplates();
    showProgram();
}

void TcpServerTab::showTemplates()
{
    const TcpServerEngine::Mode mode = chosenMode();
    const bool conversation = mode == TcpServerEngine::Mode::Conversation;
    m_ui->replyLabel->setText(conversation ? tr("&Other messages:") : tr("&Reply:"));
    m_ui->replyEdit->setToolTip(conversation ? tr("The reply to a message that is not a command.")
                                             : tr("The reply to every message."));
    m_ui->replyEdit->setText(m_engine->replyTemplate(mode));
    fillCommands();
}

void TcpServerTab::fillCommands()
{
    m_fillingCommands = true;
    QTableWidget *table = m_ui->commandsTable;
    const QList<TcpServerEngine::Command> commands = m_engine->commands();
    table->setRowCount(int(commands.size()));
    for (int row = 0; row < int(commands.size()); ++row) {
        const TcpServerEngine::Command &command = commands.at(row);
        table->setItem(row, WordColumn, new QTableWidgetItem(command.word));
        table->setItem(row, ReplyColumn, new QTableWidgetItem(command.replyTemplate));
        auto *close = new QTableWidgetItem;
        close->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        close->setCheckState(command.closeAfterReply ? Qt::Checked : Qt::Unchecked);
        table->setItem(row, CloseColumn, close);
    }
    m_fillingCommands = false;
    table->resizeColumnToContents(WordColumn);
}

void TcpServerTab::applyCommands()
{
    if (m_fillingCommands)
        return;
    m_templatesEdited = true;
    QList<TcpServerEngine::Command> commands;
    QSet<QString> words;
    QStringList problems;
    const QTableWidget *table = m_ui->commandsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *word = table->item(row, WordColumn);
        const QTableWidgetItem *reply = table->item(row, ReplyColumn);
        const QTableWidgetItem *close = table->item(row, CloseColumn);
        TcpServerEngine::Command command;
        command.word = word ? word->text().trimmed() : QString();
        command.replyTemplate = reply ? reply->text() : QString();
        command.closeAfterReply = close && close->checkState() == Qt::Checked;
        if (command.word.isEmpty()) {
            problems
                << tr("Command row %1 has no command word; it is ignored until you type one.").arg(row + 1);
            continue;
        }
        if (words.contains(command.word.toCaseFolded())) {
            problems << tr("Command \"%1\" appears twice; the first row is used.").arg(command.word);
            continue;
        }
        words.insert(command.word.toCaseFolded());
        commands << command;
    }
    m_engine->setCommands(commands);
    showMessage(problems.join(u' '));
    showProgram();
}

void TcpServerTab::addCommand()
{
    QTableWidget *table = m_ui->commandsTable;
    m_fillingCommands = true;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, WordColumn, new QTableWidgetItem);
    table->setItem(row, ReplyColumn, new QTableWidgetItem(QStringLiteral("{message}")));
    auto *close = new QTableWidgetItem;
    close->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    close->setCheckState(Qt::Unchecked);
    table->setItem(row, CloseColumn, close);
    m_fillingCommands = false;
    table->setCurrentCell(row, WordColumn);
    table->editItem(table->item(row, WordColumn));
    applyCommands();
}

void TcpServerTab::removeCommand()
{
    const int row = m_ui->commandsTable->currentRow();
    if (row < 0)
        return;
    m_ui->commandsTable->removeRow(row);
    applyCommands();
    updateWidgets();
}

QList<quint64> TcpServerTab::selectedClients() const
{
    QList<quint64> ids;
    const QItemSelectionModel *selection = m_ui->clientTable->selectionModel();
    if (!selection)
        return ids;
    for (const QModelIndex &index : selection->selectedRows())
        ids << m_clients->clientId(index.row());
    return ids;
}

void TcpServerTab::sendToSelected()
{
    if (!validatePayload())
        return;
    const QList<quint64> ids = selectedClients();
    if (ids.isEmpty()) {
        showMessage(tr("Select a client in the table first, or use \"Send to all\"."));
        return;
    }
    const QByteArray bytes = parsedPayload().bytes;
    int sent = 0;
    for (const quint64 id : ids)
        sent += m_engine->sendTo(id, bytes) ? 1 : 0;
    showMessage(sent == 0 ? tr("The selected clients have left; nothing was sent.") : QString());
    updateWidgets();
}

void TcpServerTab::sendToAll()
{
    if (!validatePayload())
        return;
    const int sent = m_engine->sendToAll(parsedPayload().bytes);
    showMessage(sent == 0 ? tr("No client is connected; nothing was sent.") : QString());
    updateWidgets();
}

void TcpServerTab::closeSelected(bool abort)
{
    for (const quint64 id : selectedClients()) {
        if (abort)
            m_engine->abortClient(id);
        else
            m_engine->closeClient(id);
    }
    updateWidgets();
}

void TcpServerTab::noteTraffic(const TrafficEvent &event)
{
    if (event.tab != TabId || (event.kind != TrafficKind::Received && event.kind != TrafficKind::Sent))
        return;
    const bool in = event.kind == TrafficKind::Received;
    (in ? m_messagesIn : m_messagesOut) += 1;
    DataChunkModel::Chunk chunk;
    chunk.time = event.time.time();
    chunk.label = TrafficNames::directionArrow(event.direction());
    chunk.endpoint = event.peer;
    // A capped copy: a 16 MiB transfer must not stay alive in this list.
    if (event.payload.size() > KeptBytesPerMessage) {
        chunk.bytes = QByteArray(event.payload.constData(), KeptBytesPerMessage);
        chunk.totalSize = event.payload.size();
    } else {
        chunk.bytes = event.payload;
    }
    m_messages->append(std::move(chunk));
    scheduleCounts();
}

void TcpServerTab::scheduleCounts()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void TcpServerTab::showCounts()
{
    const QLocale locale;
    const int connected = m_engine->clientCount();
    const int waiting = m_engine->waitingCount();
    const int refused = m_engine->refusedCount();
    QStringList parts;
    parts << tr("%n client(s) connected", nullptr, connected);
    if (m_engine->mode() == TcpServerEngine::Mode::ThreadPerClient && m_engine->isListening())
        parts << tr("%n serving thread(s)", nullptr, m_engine->threadCount());
    if (waiting > 0)
        parts << tr("%n waiting in the backlog", nullptr, waiting);
    if (refused > 0)
        parts << tr("%n refused (limit reached)", nullptr, refused);
    if (m_clientsClosedByStop > 0)
        parts << tr("%n closed when the server stopped", nullptr, m_clientsClosedByStop);
    m_ui->clientCountLabel->setText(parts.join(QStringLiteral(" · ")));

    const quint64 dropped = m_messages->droppedCount();
    QString messages
        = tr("%1 received, %2 sent").arg(locale.toString(m_messagesIn), locale.toString(m_messagesOut));
    if (dropped > 0)
        messages += u' '
            + tr("(the %1 oldest rows were dropped; the traffic log keeps more)")
                  .arg(locale.toString(dropped));
    m_ui->messagesCountLabel->setText(messages);
    updateWidgets();
}

void TcpServerTab::showStatus()
{
    const QString address = m_ui->addressCombo->currentData().toString();
    const bool everywhere = InputFields::isAllInterfaces(address);
    InputFields::showProblem(m_ui->warningLabel,
                             everywhere ? InputFields::allInterfacesWarning() : QString());

    QString status;
    if (m_engine->isListening()) {
        const QString endpoint = TrafficNames::endpoint(m_engine->serverAddress(), m_engine->serverPort());
        // What a student types in another terminal to talk to this server.
        const QString host = everywhere ? QStringLiteral("127.0.0.1") : m_engine->serverAddress().toString();
        status = tr("Listening on %1 (%2). Try it: nc %3 %4")
                     .arg(endpoint, TcpServerEngine::modeName(m_engine->mode()), host)
                     .arg(m_engine->serverPort());
    } else if (m_clientsClosedByStop > 0) {
        status = tr("Stopped. %n connected client(s) were closed cleanly.", nullptr, m_clientsClosedByStop);
    } else {
        status = tr("Stopped.");
    }
    m_ui->statusLabel->setText(status);
}

void TcpServerTab::showMessage(const QString &message)
{
    InputFields::showProblem(m_ui->messageLabel, message);
}

void TcpServerTab::showProgram()
{
    QString address = m_ui->addressCombo->currentData().toString();
    quint16 port = InputFields::readPort(m_ui->portEdit->text(), true).port.value_or(0);
    if (m_engine->isListening())
        port = m_engine->serverPort();
    const TcpServerEngine::Mode mode = chosenMode();
    m_ui->explainPane->setProgram(
        ExamplePrograms::tcpServer(address, port, mode, m_engine->replyTemplate(mode), m_engine->commands()));
}
