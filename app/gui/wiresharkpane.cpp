#include "wiresharkpane.h"

#include "ui_wiresharkpane.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>

WiresharkPane::WiresharkPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WiresharkPane>())
{
    m_ui->setupUi(this);
    // Filters are code: a fixed-width font shows every character as typed.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *edit : {m_ui->captureEdit, m_ui->displayEdit, m_ui->connectionEdit, m_ui->commandEdit})
        edit->setFont(fixed);

    connect(m_ui->copyCaptureButton, &QPushButton::clicked, this, [this] { copyText(m_ui->captureEdit); });
    connect(m_ui->copyDisplayButton, &QPushButton::clicked, this, [this] { copyText(m_ui->displayEdit); });
    connect(m_ui->copyConnectionButton, &QPushButton::clicked, this,
            [this] { copyText(m_ui->connectionEdit); });
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this, [this] { copyText(m_ui->commandEdit); });
    connect(m_ui->captureButton, &QPushButton::clicked, this, &WiresharkPane::startCapture);

    setConnectionRowVisible(false);
    showFilters();
    retranslateCode();
}

WiresharkPane::~WiresharkPane() = default;

void WiresharkPane::setContext(const WiresharkContext &context)
{
    if (context == m_context && !m_filters.interfaceName.isEmpty())
        return;
    m_context = context;
    m_lastStart = LastStart::None; // "started on lo" may no longer be true for the new context
    showFilters();
}

WiresharkContext WiresharkPane::context() const
{
    return m_context;
}

void WiresharkPane::setSelectedConnection(const std::optional<WiresharkConnection> &connection)
{
    if (connection == m_selected)
        return;
    m_selected = connection;
    showFilters();
}

void WiresharkPane::setConnectionRowVisible(bool visible)
{
    m_connectionRowVisible = visible;
    m_ui->connectionTitleLabel->setVisible(visible);
    m_ui->connectionEdit->setVisible(visible);
    m_ui->copyConnectionButton->setVisible(visible);
}

WiresharkFilterSet WiresharkPane::filters() const
{
    return m_filters;
}

void WiresharkPane::setCaptureTool(const CaptureTool &tool)
{
    m_tool = tool;
    refreshStatus();
}

void WiresharkPane::refreshStatus()
{
    m_status = m_tool.status();
    showStatus();
    updateWidgets();
}

CaptureTool::Status WiresharkPane::status() const
{
    return m_status;
}

void WiresharkPane::updateWidgets()
{
    m_ui->copyCaptureButton->setEnabled(!m_ui->captureEdit->text().isEmpty());
    m_ui->copyDisplayButton->setEnabled(!m_ui->displayEdit->text().isEmpty());
    m_ui->copyConnectionButton->setEnabled(!m_ui->connectionEdit->text().isEmpty());
    m_ui->copyCommandButton->setEnabled(!m_ui->commandEdit->text().isEmpty());
    // Without a port Wireshark would record everything on the interface,
    // which is exactly what this pane is meant to spare the student.
    m_ui->captureButton->setEnabled(m_status.canStartWireshark() && !m_filters.captureFilter.isEmpty());
}

void WiresharkPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void WiresharkPane::showEvent(QShowEvent *event)
{
    // The student may have installed Wireshark or joined the group meanwhile.
    refreshStatus();
    QWidget::showEvent(event);
}

void WiresharkPane::retranslateCode()
{
    m_status = m_tool.status(); // its message is translated when made
    m_ui->captureEdit->setPlaceholderText(tr("Known once the tab has a port"));
    m_ui->displayEdit->setPlaceholderText(tr("Known once the tab has a port"));
    m_ui->connectionEdit->setPlaceholderText(tr("Pick a connection to get a filter for it alone"));
    showFilters();
}

void WiresharkPane::showFilters()
{
    m_filters = WiresharkFilters::build(m_context, m_selected);
    m_ui->captureEdit->setText(m_filters.captureFilter);
    m_ui->displayEdit->setText(m_filters.displayFilter);
    m_ui->connectionEdit->setText(m_filters.connectionFilter);
    m_ui->commandEdit->setText(m_filters.tsharkCommand);
    m_ui->captureInterfaceLabel->setText(m_filters.interfaceSentence);
    for (QLineEdit *edit : {m_ui->captureEdit, m_ui->displayEdit, m_ui->connectionEdit, m_ui->commandEdit})
        edit->setCursorPosition(0); // long filters show their start, not their end
    showStatus();
    updateWidgets();
}

void WiresharkPane::showStatus()
{
    QString text = m_status.message;
    switch (m_lastStart) {
    case LastStart::None: break;
    case LastStart::Started:
        text = tr("Wireshark was started and is capturing on %1. Packets appear there as this tab sends and "
                  "receives; paste the display filter into Wireshark's filter bar to hide everything else.")
                   .arg(m_startedInterface);
        break;
    case LastStart::Failed: text = m_startError; break;
    }
    m_ui->captureStatusLabel->setText(text);
}

void WiresharkPane::copyText(const QLineEdit *edit)
{
    const QString text = edit->text();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit textCopied(text);
}

void WiresharkPane::startCapture()
{
    m_status = m_tool.status();
    QString error;
    if (m_tool.startWireshark(m_filters.interfaceName, m_filters.captureFilter, &error)) {
        m_lastStart = LastStart::Started;
        m_startedInterface = m_filters.interfaceName;
        showStatus();
        emit captureStarted(m_filters.interfaceName, m_filters.captureFilter);
    } else {
        m_lastStart = LastStart::Failed;
        m_startError = error;
        showStatus();
    }
    updateWidgets();
}
