#pragma once

#include <QMainWindow>

#include <memory>

class LanguageManager;
class QActionGroup;
class QLabel;
class TrafficLogDock;
class TrafficLogModel;
class TrafficRecorder;

namespace Ui {
class MainWindow;
}

// The application window: one tab per area (in TrafficNames::tabIds() order),
// the shared traffic log dock, a status bar and the language menu. Remembers
// its geometry, the last tab and the chosen language (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // recorder, log and languages are owned by the caller and must outlive
    // the window. The network tabs report their traffic to recorder.
    MainWindow(TrafficRecorder *recorder, TrafficLogModel *log, LanguageManager *languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the tab with a stable id (TrafficNames::tabIds()); false when unknown.
    bool selectTab(const QString &tabId);
    QString currentTabId() const;
    // The page of a tab by its stable id (nullptr when unknown), for the
    // command line's start-up actions and tests.
    QWidget *tab(const QString &tabId) const;

    // Restores geometry and the last tab from the settings.
    void restoreSettings();
    // Shown in the status bar; empty when no transcript is written.
    void setTranscriptPath(const QString &path);

    TrafficLogDock *trafficLogDock() const { return m_logDock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLanguageMenu();
    void chooseLanguage(const QString &code);
    void showAbout();
    void saveSettings();
    void updateTexts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages = nullptr;
    TrafficLogDock *m_logDock = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_transcriptLabel = nullptr;
    QString m_transcriptPath;
};
