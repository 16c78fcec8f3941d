#include "explainpane.h"

#include "socketcallmodel.h"

#include "ui_explainpane.h"

#include <QClipboard>
#include <QColor>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QScrollBar>

namespace {

// The core model cannot name colours (no QtGui there); it marks failed calls
// with FailedRole and this proxy turns the mark into a text colour.
class FailedCallColours final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(SocketCallModel::FailedRole).toBool())
            return QColor(0xc6, 0x28, 0x28); // red enough on light and dark themes
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ExplainPane::ExplainPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExplainPane>())
    , m_model(new SocketCallModel(this))
{
    m_ui->setupUi(this);
    auto *colours = new FailedCallColours(this);
    colours->setSourceModel(m_model);
    m_ui->callsView->setModel(colours);
    // The call with its arguments is what the student reads: it gets the room.
    QHeaderView *header = m_ui->callsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SocketCallModel::Time, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SocketCallModel::Call, QHeaderView::Stretch);
    header->setSectionResizeMode(SocketCallModel::Result, QHeaderView::ResizeToContents);
    m_ui->callsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->callsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->pythonEdit->setFont(fixed);
    m_ui->cppEdit->setFont(fixed);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    // Follow the newest call only while the user is at the end: someone who
    // scrolled up to read an old call must not be yanked away by new ones.
    QScrollBar *bar = m_ui->callsView->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followNewest = value >= bar->maximum(); });
    connect(m_model, &SocketCallModel::rowsInserted, this, &ExplainPane::scrollToNewest);
    connect(m_model, &SocketCallModel::rowsInserted, this, &ExplainPane::updateWidgets);
    connect(m_model, &SocketCallModel::modelReset, this, &ExplainPane::updateWidgets);
    connect(m_model, &SocketCallModel::droppedCountChanged, this, &ExplainPane::showDropped);

    connect(m_ui->clearCallsButton, &QPushButton::clicked, this, &ExplainPane::clearCalls);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExplainPane::copyProgram);
    connect(m_ui->programTabs, &QTabWidget::currentChanged, this, &ExplainPane::updateWidgets);

    showDropped();
    updateWidgets();
}

ExplainPane::~ExplainPane() = default;

void ExplainPane::addCall(const SocketCall &call)
{
    m_model->append(call);
}

void ExplainPane::clearCalls()
{
    m_model->clear();
    m_followNewest = true;
    updateWidgets();
}

void ExplainPane::setProgram(const ExamplePrograms::Program &program)
{
    // Replacing an identical text would throw away the reader's scroll
    // position and selection for nothing.
    if (m_ui->pythonEdit->toPlainText() != program.python)
        m_ui->pythonEdit->setPlainText(program.python);
    if (m_ui->cppEdit->toPlainText() != program.cppQt)
        m_ui->cppEdit->setPlainText(program.cppQt);
    updateWidgets();
}

QString ExplainPane::pythonText() const
{
    return m_ui->pythonEdit->toPlainText();
}

QString ExplainPane::cppQtText() const
{
    return m_ui->cppEdit->toPlainText();
}

SocketCallModel *ExplainPane::callModel() const
{
    return m_model;
}

void ExplainPane::updateWidgets()
{
    m_ui->clearCallsButton->setEnabled(m_model->rowCount() > 0 || m_model->droppedCount() > 0);
    const bool python = m_ui->programTabs->currentWidget() == m_ui->pythonTab;
    m_ui->copyButton->setEnabled(!(python ? pythonText() : cppQtText()).isEmpty());
}

void ExplainPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        showDropped();
    }
    QWidget::changeEvent(event);
}

void ExplainPane::copyProgram()
{
    const bool python = m_ui->programTabs->currentWidget() == m_ui->pythonTab;
    QGuiApplication::clipboard()->setText(python ? pythonText() : cppQtText());
    emit programCopied();
}

void ExplainPane::showDropped()
{
    const qint64 dropped = m_model->droppedCount();
    m_ui->droppedLabel->setVisible(dropped > 0);
    //: Under the Explain pane's call list when the oldest calls were removed to save memory.
    m_ui->droppedLabel->setText(
        tr("%n older call(s) not shown.", nullptr, int(qMin<qint64>(dropped, INT_MAX))));
    updateWidgets();
}

void ExplainPane::scrollToNewest()
{
    if (m_followNewest)
        m_ui->callsView->scrollToBottom();
}
