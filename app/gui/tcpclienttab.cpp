#include "tcpclienttab.h"

#include "bytesformat.h"
#include "datachunkmodel.h"
#include "exampleprograms.h"
#include "explainpane.h"
#include "newestrowfollower.h"
#include "textcodecs.h"
#include "trafficrecorder.h"
#include "wiresharkpane.h"

#include "ui_tcpclienttab.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>

namespace {

// Enough of a read to recognise it; the traffic log has the whole payload.
constexpr qsizetype PreviewChars = 200;
constexpr qsizetype PreviewBytes = 64;

// The order of modeCombo's and lineEndingCombo's items in the form.
constexpr PayloadMode Modes[] = {PayloadMode::Text, PayloadMode::Hex};
constexpr LineEnding LineEndings[] = {LineEnding::None, LineEnding::LF, LineEnding::CRLF};

} // namespace

TcpClientTab::TcpClientTab(TrafficRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpClientTab>())
    , m_engine(new TcpClientEngine(recorder, this))
    , m_chunks(new DataChunkModel(this))
{
    m_ui->setupUi(this);

    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (info.available)
            m_ui->encodingCombo->addItem(info.displayName, info.id);
    }
    // Every read as its own row; the model keeps the raw bytes, so the text
    // column is decoded again when the student picks another encoding.
    m_chunks->setCapacity(MaxChunks);
    m_chunks->setPreviewLimits(PreviewChars, PreviewBytes);
    m_ui->chunkTree->setModel(m_chunks);
    m_ui->chunkTree->setColumnHidden(DataChunkModel::TimeColumn, true);
    m_ui->chunkTree->setColumnHidden(DataChunkModel::EndpointColumn, true);
    m_ui->chunkTree->setColumnWidth(DataChunkModel::LabelColumn, 60);
    m_ui->chunkTree->setColumnWidth(DataChunkModel::SizeColumn, 70);
    m_ui->chunkTree->setColumnWidth(DataChunkModel::DataColumn, 220);
    followNewestRows(m_ui->chunkTree);
    connect(m_chunks, &DataChunkModel::droppedCountChanged, this, &TcpClientTab::showReceivedCount);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({600, 600});
    m_ui->noDelayCheck->setChecked(m_engine->noDelay());
    m_ui->wiresharkPane->setConnectionRowVisible(true);

    // Input
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &TcpClientTab::validateTarget);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &TcpClientTab::validateTarget);
    connect(m_ui->hostEdit, &QLineEdit::returnPressed, this, &TcpClientTab::connectToServer);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &TcpClientTab::connectToServer);
    connect(m_ui->payloadEdit, &QLineEdit::textChanged, this, &TcpClientTab::validatePayload);
    connect(m_ui->payloadEdit, &QLineEdit::returnPressed, this, &TcpClientTab::sendPayload);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &TcpClientTab::validatePayload);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, &TcpClientTab::validatePayload);
    connect(m_ui->escapesCheck, &QCheckBox::toggled, this, &TcpClientTab::validatePayload);
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &TcpClientTab::applyEncoding);

    // Buttons
    connect(m_ui->connectButton, &QPushButton::clicked, this, &TcpClientTab::connectToServer);
    connect(m_ui->disconnectButton, &QPushButton::clicked, m_engine, &TcpClientEngine::close);
    connect(m_ui->noDelayCheck, &QCheckBox::toggled, m_engine, &TcpClientEngine::setNoDelay);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TcpClientTab::sendPayload);
    connect(m_ui->repeatButton, &QPushButton::clicked, this, &TcpClientTab::startRepeating);
    connect(m_ui->stopButton, &QPushButton::clicked, m_engine, &TcpClientEngine::stopRepeat);
    connect(m_ui->sendFileButton, &QPushButton::clicked, this, &TcpClientTab::chooseFile);
    connect(m_ui->cancelFileButton, &QPushButton::clicked, m_engine, &TcpClientEngine::cancelFile);
    connect(m_engine, &TcpClientEngine::fileProgress, this, &TcpClientTab::showFileProgress);
    connect(m_engine, &TcpClientEngine::fileFinished, this, [this](bool ok, const QString &message) {
        m_ui->fileLabel->setText(ok ? tr("File sent: %1 bytes.").arg(QLocale().toString(m_fileTotal))
                                    : message);
        updateWidgets();
    });
    connect(m_ui->sendOnceButton, &QPushButton::clicked, this, &TcpClientTab::sendOnceAndClose);
    connect(m_ui->sendWaitButton, &QPushButton::clicked, this, &TcpClientTab::sendAndWaitForReply);
    connect(m_ui->halfCloseButton, &QPushButton::clicked, this,
            [this] { closeWith(TcpClientEngine::CloseKind::HalfClose); });
    connect(m_ui->closeButton, &QPushButton::clicked, this,
            [this] { closeWith(TcpClientEngine::CloseKind::Graceful); });
    connect(m_ui->abortButton, &QPushButton::clicked, this,
            [this] { closeWith(TcpClientEngine::CloseKind::Abort); });
    connect(m_ui->clearReceivedButton, &QPushButton::clicked, this, [this] {
        m_chunks->clear();
        m_chunkNumber = 0;
        m_receivedBytes = 0;
        showReceivedCount();
    });

    // Engine
    connect(m_engine, &TcpClientEngine::stateChanged, this, &TcpClientTab::showState);
    connect(m_engine, &TcpClientEngine::dataReceived, this, &TcpClientTab::showChunk);
    connect(m_engine, &TcpClientEngine::dataSent, this, &TcpClientTab::updateWidgets);
    connect(m_engine, &TcpClientEngine::repeatFinished, this, &TcpClientTab::updateWidgets);
    connect(m_engine, &TcpClientEngine::replyReceived, this, [this](const QByteArray &reply) {
        m_replyView = ReplyView::Received;
        m_reply = reply;
        showReply();
        updateWidgets();
    });
    connect(m_engine, &TcpClientEngine::replyTimedOut, this, [this](int timeoutMs) {
        m_replyView = ReplyView::TimedOut;
        m_replyTimeoutMs = timeoutMs;
        showReply();
        updateWidgets();
    });
    connect(m_engine, &TcpClientEngine::connectionClosed, this,
            [this](TcpClientEngine::Closer closer, bool reset, const QString &reason) {
                m_closed = true;
                m_closer = closer;
                m_reset = reset;
                m_closeReason = reason;
                // A wait the connection ended before any reply: the engine
                // reports neither reply nor timeout, so stop saying "waiting".
                if (m_replyView == ReplyView::Waiting) {
                    m_replyView = ReplyView::None;
                    showReply();
                }
                showCloseInfo();
                updateWidgets();
            });
    connect(m_engine, &TcpClientEngine::errorOccurred, this, [this](const QString &explained) {
        if (m_replyView == ReplyView::Waiting && m_engine->state() != TcpClientEngine::State::Connected) {
            m_replyView = ReplyView::None;
            showReply();
        }
        showMessage(explained);
        updateWidgets();
    });
    connect(m_engine, &TcpClientEngine::socketCallMade, m_ui->explainPane, &ExplainPane::addCall);

    applyEncoding();
    validateTarget();
    validatePayload();
    retranslateCode();
}

TcpClientTab::~TcpClientTab() = default;

TcpClientEngine *TcpClientTab::engine() const
{
    return m_engine;
}

void TcpClientTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void TcpClientTab::retranslateCode()
{
    using Kind = TcpClientEngine::CloseKind;
    m_ui->halfCloseButton->setToolTip(TcpClientEngine::explainClose(Kind::HalfClose));
    m_ui->closeButton->setToolTip(TcpClientEngine::explainClose(Kind::Graceful));
    m_ui->abortButton->setToolTip(TcpClientEngine::explainClose(Kind::Abort));
    m_chunks->retranslate();
    m_chunks->setHeaderText(DataChunkModel::LabelColumn, tr("#"));
    m_chunks->setHeaderText(DataChunkModel::SizeColumn, tr("Bytes"));
    m_chunks->setHeaderText(DataChunkModel::DataColumn, tr("Text"));
    m_chunks->setHeaderText(DataChunkModel::HexColumn, tr("Hex"));

    validateTarget();
    validatePayload();
    showState(m_engine->state(), m_lastStepMs);
    showReceivedCount();
    showReply();
    showCloseInfo();
    // Engine errors arrive translated and stay in the language they came in.
}

void TcpClientTab::updateWidgets()
{
    using State = TcpClientEngine::State;
    const State state = m_engine->state();
    const bool settingUp = state == State::LookingUp || state == State::Connecting;
    const bool open = state == State::Connected || state == State::HalfClosed;
    const bool connected = state == State::Connected;
    const bool canConnect = state == State::Idle || state == State::Closed;
    const bool targetOk = targetError().isEmpty();
    const bool payloadOk = parsedPayload().ok();
    const bool repeating = m_engine->isRepeating();
    const bool waiting = m_replyView == ReplyView::Waiting;

    m_ui->hostEdit->setEnabled(canConnect);
    m_ui->portEdit->setEnabled(canConnect);
    m_ui->connectButton->setEnabled(canConnect && targetOk);
    m_ui->disconnectButton->setEnabled(settingUp || open);

    const bool sendingFile = m_engine->isSendingFile();
    m_ui->sendButton->setEnabled(connected && payloadOk && !repeating && !sendingFile);
    m_ui->sendFileButton->setEnabled(connected && !repeating && !sendingFile);
    m_ui->cancelFileButton->setEnabled(sendingFile);
    m_ui->repeatButton->setEnabled(connected && payloadOk && !repeating);
    m_ui->stopButton->setEnabled(repeating);

    const bool exerciseOk = payloadOk && !repeating && !waiting && ((canConnect && targetOk) || connected);
    m_ui->sendOnceButton->setEnabled(exerciseOk);
    m_ui->sendWaitButton->setEnabled(exerciseOk);

    m_ui->halfCloseButton->setEnabled(connected);
    m_ui->closeButton->setEnabled(open);
    m_ui->abortButton->setEnabled(open || settingUp || state == State::Closing);

    showWiresharkContext();
}

void TcpClientTab::showWiresharkContext()
{
    using State = TcpClientEngine::State;
    const State state = m_engine->state();
    WiresharkContext context;
    context.protocol = TrafficProtocol::Tcp;
    std::optional<WiresharkConnection> connection;
    if (m_engine->localPort() != 0) {
        // The last connection stays pickable after it closed: its packets
        // are still in Wireshark to be studied.
        connection = WiresharkConnection{m_engine->localAddress(), m_engine->localPort(),
                                         m_engine->peerAddress(), m_engine->peerPort()};
    }
    if (connection && (state == State::Connected || state == State::HalfClosed || state == State::Closing)) {
        context.localAddress = connection->localAddress;
        context.localPort = connection->localPort;
        context.peerAddress = connection->peerAddress;
        context.peerPort = connection->peerPort;
    } else {
        // Not connected: the target the fields name, so the capture can be
        // started before the SYN. A host name narrows nothing until it is
        // looked up, except the one every student types.
        context.peerAddress = WiresharkFilters::typedAddress(m_ui->hostEdit->text());
        context.peerPort = parsedPort().value_or(0);
    }
    m_ui->wiresharkPane->setContext(context);
    m_ui->wiresharkPane->setSelectedConnection(connection);
}

std::optional<quint16> TcpClientTab::parsedPort() const
{
    const QString text = m_ui->portEdit->text().trimmed();
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    }
    const uint port = text.toUInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

QString TcpClientTab::targetError() const
{
    const QString host = m_ui->hostEdit->text();
    if (host.trimmed().isEmpty())
        return tr("Host: type the server's name or address, for example 127.0.0.1.");
    for (qsizetype i = 0; i < host.size(); ++i) {
        if (host.at(i).isSpace())
            return tr("Host: a host name or address has no spaces, but there is one at column %1.")
                .arg(i + 1);
    }

    const QString port = m_ui->portEdit->text().trimmed();
    if (port.isEmpty())
        return tr("Port: type the server's port, a whole number from 1 to 65535.");
    for (const QChar c : port) {
        if (!c.isDigit() || c.unicode() > u'9')
            return tr("Port: \"%1\" is not a whole number; use a number from 1 to 65535.").arg(port);
    }
    if (!parsedPort())
        return tr("Port: %1 is out of range; a TCP port is a number from 1 to 65535.").arg(port);
    return {};
}

bool TcpClientTab::validateTarget()
{
    const QString error = targetError();
    m_ui->targetErrorLabel->setText(error);
    m_ui->targetErrorLabel->setVisible(!error.isEmpty());
    showProgram();
    updateWidgets();
    return error.isEmpty();
}

PayloadResult TcpClientTab::parsedPayload() const
{
    PayloadOptions options;
    options.mode = Modes[qBound(0, m_ui->modeCombo->currentIndex(), 1)];
    options.encoding = m_ui->encodingCombo->currentData().toString();
    options.escapes = m_ui->escapesCheck->isChecked();
    options.lineEnding = LineEndings[qBound(0, m_ui->lineEndingCombo->currentIndex(), 2)];
    return PayloadParser::parse(m_ui->payloadEdit->text(), options);
}

bool TcpClientTab::validatePayload()
{
    const bool text = m_ui->modeCombo->currentIndex() == 0;
    m_ui->escapesCheck->setEnabled(text);
    m_ui->lineEndingCombo->setEnabled(text);

    const PayloadResult result = parsedPayload();
    QString message;
    if (!result.ok()) {
        message = result.column > 0 ? tr("Payload, column %1: %2").arg(result.column).arg(result.error)
                                    : tr("Payload: %1").arg(result.error);
    }
    m_ui->payloadErrorLabel->setText(message);
    m_ui->payloadErrorLabel->setVisible(!message.isEmpty());
    showProgram();
    updateWidgets();
    return result.ok();
}

void TcpClientTab::applyEncoding()
{
    m_engine->setTextEncoding(m_ui->encodingCombo->currentData().toString());
    m_chunks->setEncoding(m_ui->encodingCombo->currentData().toString());
    showReply();
    validatePayload();
}

void TcpClientTab::connectTo(const QString &host, quint16 port)
{
    m_ui->hostEdit->setText(host);
    m_ui->portEdit->setText(QString::number(port));
    connectToServer();
}

void TcpClientTab::connectToServer()
{
    if (!validateTarget())
        return;
    const auto port = parsedPort();
    if (!port)
        return;
    using State = TcpClientEngine::State;
    if (m_engine->state() != State::Idle && m_engine->state() != State::Closed)
        return;
    showMessage({});
    m_lastCloseKind.reset();
    m_closed = false;
    m_closeReason.clear();
    m_replyView = ReplyView::None;
    showReply();
    showCloseInfo();
    m_engine->connectToHost(m_ui->hostEdit->text(), *port);
    updateWidgets();
}

void TcpClientTab::sendPayload()
{
    if (!validatePayload())
        return;
    showMessage({});
    m_engine->send(parsedPayload().bytes);
    updateWidgets();
}

void TcpClientTab::startRepeating()
{
    if (!validatePayload())
        return;
    showMessage({});
    m_engine->startRepeat(parsedPayload().bytes, m_ui->intervalSpin->value(), m_ui->countSpin->value());
    updateWidgets();
}

bool TcpClientTab::prepareExercise()
{
    if (!validatePayload())
        return false;
    const bool connected = m_engine->state() == TcpClientEngine::State::Connected;
    if (!connected && !validateTarget())
        return false;
    showMessage({});
    if (!connected) {
        // A new connection: forget how the previous one ended.
        m_lastCloseKind.reset();
        m_closed = false;
        m_closeReason.clear();
    }
    return true;
}

void TcpClientTab::sendOnceAndClose()
{
    if (!prepareExercise())
        return;
    m_lastCloseKind = TcpClientEngine::CloseKind::Graceful;
    m_programWaitsForReply = false;
    showProgram();
    showCloseInfo();
    m_engine->sendOnceAndClose(m_ui->hostEdit->text(), parsedPort().value_or(0), parsedPayload().bytes);
    updateWidgets();
}

void TcpClientTab::sendAndWaitForReply()
{
    if (!prepareExercise())
        return;
    m_programWaitsForReply = true;
    showProgram();
    showCloseInfo();
    m_replyTimeoutMs = m_ui->timeoutSpin->value();
    if (m_engine->sendAndWaitForReply(m_ui->hostEdit->text(), parsedPort().value_or(0), parsedPayload().bytes,
                                      m_replyTimeoutMs))
        m_replyView = ReplyView::Waiting;
    showReply();
    updateWidgets();
}

void TcpClientTab::closeWith(TcpClientEngine::CloseKind kind)
{
    m_lastCloseKind = kind;
    showCloseInfo();
    switch (kind) {
    case TcpClientEngine::CloseKind::HalfClose: m_engine->halfClose(); break;
    case TcpClientEngine::CloseKind::Graceful: m_engine->close(); break;
    case TcpClientEngine::CloseKind::Abort: m_engine->abort(); break;
    }
    updateWidgets();
}

void TcpClientTab::showState(TcpClientEngine::State state, qint64 stepMs)
{
    m_lastStepMs = stepMs;
    const QString name = TcpClientEngine::stateName(state);
    if (stepMs >= 0 && state != TcpClientEngine::State::Idle)
        m_ui->stateLabel->setText(tr("%1 (the step before took %2 ms)").arg(name).arg(stepMs));
    else
        m_ui->stateLabel->setText(name);
    showEndpoints();
    updateWidgets();
}

void TcpClientTab::showEndpoints()
{
    if (m_engine->localPort() == 0) {
        m_ui->localLabel->setText(tr("not connected yet"));
        m_ui->peerLabel->setText(tr("not connected yet"));
        return;
    }
    m_ui->localLabel->setText(
        tr("%1 (port %2 is the ephemeral port the kernel chose: look for it in Wireshark)")
            .arg(m_engine->localEndpoint())
            .arg(m_engine->localPort()));
    m_ui->peerLabel->setText(m_engine->peerEndpoint());
}

QString TcpClientTab::decoded(const QByteArray &bytes) const
{
    const TextCodecs::DecodeResult result
        = TextCodecs::decode(bytes, m_ui->encodingCombo->currentData().toString());
    return BytesFormat::oneLine(result.text, PreviewChars);
}

void TcpClientTab::showChunk(const QByteArray &chunk)
{
    ++m_chunkNumber;
    m_receivedBytes += quint64(chunk.size());
    DataChunkModel::Chunk row;
    row.label = QStringLiteral("#%1").arg(m_chunkNumber);
    row.bytes = chunk;
    m_chunks->append(std::move(row)); // shown at the model's next flush
    showReceivedCount();
}

void TcpClientTab::showReceivedCount()
{
    const QLocale locale;
    const quint64 dropped = m_chunks->droppedCount();
    if (dropped == 0) {
        m_ui->receivedCountLabel->setText(tr("Reads: %1, bytes: %2")
                                              .arg(locale.toString(m_chunkNumber))
                                              .arg(locale.toString(m_receivedBytes)));
    } else {
        m_ui->receivedCountLabel->setText(
            tr("Reads: %1, bytes: %2 (the oldest %3 rows were dropped from the list)")
                .arg(locale.toString(m_chunkNumber))
                .arg(locale.toString(m_receivedBytes))
                .arg(locale.toString(dropped)));
    }
}

void TcpClientTab::showReply()
{
    switch (m_replyView) {
    case ReplyView::None: m_ui->replyLabel->clear(); break;
    case ReplyView::Waiting:
        m_ui->replyLabel->setText(tr("Waiting up to %1 ms for a reply…").arg(m_replyTimeoutMs));
        break;
    case ReplyView::Received:
        m_ui->replyLabel->setText(tr("Reply (%1 bytes): %2\nHex: %3")
                                      .arg(m_reply.size())
                                      .arg(decoded(m_reply))
                                      .arg(BytesFormat::hex(m_reply, u' ', PreviewBytes)));
        break;
    case ReplyView::TimedOut:
        m_ui->replyLabel->setText(tr("No reply came within %1 ms.").arg(m_replyTimeoutMs));
        break;
    }
}

void TcpClientTab::showCloseInfo()
{
    QStringList lines;
    if (m_lastCloseKind)
        lines << TcpClientEngine::explainClose(*m_lastCloseKind);
    if (m_closed) {
        if (!m_closeReason.isEmpty())
            lines << m_closeReason;
        switch (m_closer) {
        case TcpClientEngine::Closer::Us: lines << tr("Closed first by: us."); break;
        case TcpClientEngine::Closer::Peer: lines << tr("Closed first by: the other side."); break;
        case TcpClientEngine::Closer::Nobody:
            lines << tr("Closed first by: nobody; an error ended the connection.");
            break;
        }
    }
    m_ui->closeInfoLabel->setText(lines.join(u'\n'));
    m_ui->closeInfoLabel->setVisible(!lines.isEmpty());
}

void TcpClientTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"));
    if (!path.isEmpty())
        sendFile(path);
}

void TcpClientTab::sendFile(const QString &path)
{
    showMessage({});
    m_fileTotal = QFileInfo(path).size();
    m_ui->fileLabel->setText(tr("Sending %1…").arg(QFileInfo(path).fileName()));
    // A refusal (not connected, unreadable file) comes back through errorOccurred.
    if (!m_engine->sendFile(path))
        m_ui->fileLabel->clear();
    updateWidgets();
}

void TcpClientTab::showFileProgress(qint64 sent, qint64 total)
{
    const QLocale locale;
    const int percent = total > 0 ? int(sent * 100 / total) : 100;
    m_ui->fileLabel->setText(
        tr("%1 of %2 bytes sent (%3%)").arg(locale.toString(sent), locale.toString(total)).arg(percent));
}

void TcpClientTab::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void TcpClientTab::showProgram()
{
    QString host = m_ui->hostEdit->text().trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    // Until the fields are valid, the program still shows the classic port
    // and the payload that parses, so it never disappears while typing.
    const quint16 port = parsedPort().value_or(8888);
    const PayloadResult payload = parsedPayload();
    m_ui->explainPane->setProgram(ExamplePrograms::tcpClient(
        host, port, payload.ok() ? payload.bytes : QByteArray(), m_programWaitsForReply));
}
