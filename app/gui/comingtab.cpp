#include "comingtab.h"

#include "trafficevent.h"

#include "ui_comingtab.h"

#include <QEvent>

ComingTab::ComingTab(const QString &tabId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComingTab>())
    , m_tabId(tabId)
{
    m_ui->setupUi(this);
    updateTexts();
}

ComingTab::~ComingTab() = default;

void ComingTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void ComingTab::updateTexts()
{
    m_ui->titleLabel->setText(TrafficNames::tabLabel(m_tabId));
    QString plan;
    if (m_tabId == u"tcp-server") {
        plan = tr("Listen on a port and serve clients four ways: reply once and close, a "
                  "conversation that understands \"time\" and \"exit\", one thread per client, "
                  "and an event loop.");
    } else if (m_tabId == u"broadcast") {
        plan = tr("Send and receive broadcasts and multicast, and learn why a receiver bound to "
                  "127.0.0.1 does not see them.");
    } else if (m_tabId == u"concurrency") {
        plan = tr("Watch threads sleep and join, see updates lost without a lock, and compare a "
                  "thread pool with worker processes.");
    }
    m_ui->planLabel->setText(plan);
}
