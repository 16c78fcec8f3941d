#include "mainwindow.h"

#include "broadcasttab.h"
#include "comingtab.h"
#include "concurrencytab.h"
#include "encodingtab.h"
#include "hosttab.h"
#include "languagemanager.h"
#include "tcpclienttab.h"
#include "tcpservertab.h"
#include "trafficevent.h"
#include "trafficlogdock.h"
#include "udptab.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

namespace {
const char *const kTabIdProperty = "netlabTabId";

QString iconPath(const QString &tabId)
{
    return QStringLiteral(":/netlab/icons/tab-%1.svg").arg(tabId);
}
} // namespace

MainWindow::MainWindow(TrafficRecorder *recorder, TrafficLogModel *log, LanguageManager *languages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/netlab/icons/netlab.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    for (const QString &id : TrafficNames::tabIds()) {
        QWidget *page = nullptr;
        if (id == u"host")
            page = new HostTab(this);
        else if (id == u"encoding")
            page = new EncodingTab(this);
        else if (id == u"tcp-client")
            page = new TcpClientTab(recorder, this);
        else if (id == u"tcp-server")
            page = new TcpServerTab(recorder, this);
        else if (id == u"udp")
            page = new UdpTab(recorder, this);
        else if (id == u"broadcast")
            page = new BroadcastTab(recorder, this);
        else if (id == u"concurrency")
            page = new ConcurrencyTab(this);
        else
            page = new ComingTab(id, this);
        page->setProperty(kTabIdProperty, id);
        m_ui->tabWidget->addTab(page, QIcon(iconPath(id)), QString());
    }

    m_logDock = new TrafficLogDock(log, this);
    m_logDock->setObjectName(QStringLiteral("trafficLogDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_ui->menuView->addAction(m_logDock->toggleViewAction());

    m_transcriptLabel = new QLabel(this);
    m_transcriptLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_transcriptLabel);

    buildLanguageMenu();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });
    updateTexts();
}

MainWindow::~MainWindow() = default;

bool MainWindow::selectTab(const QString &tabId)
{
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        if (m_ui->tabWidget->widget(i)->property(kTabIdProperty).toString() == tabId) {
            m_ui->tabWidget->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::tab(const QString &tabId) const
{
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        QWidget *page = m_ui->tabWidget->widget(i);
        if (page->property(kTabIdProperty).toString() == tabId)
            return page;
    }
    return nullptr;
}

QString MainWindow::currentTabId() const
{
    const QWidget *page = m_ui->tabWidget->currentWidget();
    return page ? page->property(kTabIdProperty).toString() : QString();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: as large as a lab screen comfortably allows, with the
        // traffic log taking a third of the height.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 900);
        const QSize size(qMin(1280, available.width() * 95 / 100), qMin(900, available.height() * 92 / 100));
        resize(size);
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_logDock}, {height() / 3}, Qt::Vertical);
    selectTab(settings.value(QStringLiteral("window/lastTab"), QStringLiteral("host")).toString());
}

void MainWindow::setTranscriptPath(const QString &path)
{
    m_transcriptPath = path;
    m_logDock->setTranscriptPath(path);
    updateTexts();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::supportedLanguages()) {
        // Each language is named in itself, so a student who cannot read the
        // current one still finds their own.
        QAction *action = m_ui->menuLanguage->addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages->current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (m_languages->setLanguage(code))
        QSettings().setValue(QStringLiteral("language"), code);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NetLab"),
                       tr("NetLab %1\n\nA lab for learning network programming: look up hosts, "
                          "compare encodings, run TCP and UDP clients and servers, and see every "
                          "byte they send and receive.")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/lastTab"), currentTabId());
}

void MainWindow::updateTexts()
{
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        const QString id = m_ui->tabWidget->widget(i)->property(kTabIdProperty).toString();
        // A tab text treats '&' as a shortcut marker: "Host & IP" must be "Host && IP".
        QString text = TrafficNames::tabLabel(id);
        m_ui->tabWidget->setTabText(i, text.replace(u'&', QStringLiteral("&&")));
    }
    m_transcriptLabel->setText(m_transcriptPath.isEmpty()
                                   ? tr("No transcript (start with --transcript FILE to keep one)")
                                   : tr("Transcript: %1").arg(m_transcriptPath));
}
