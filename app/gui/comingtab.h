#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ComingTab;
}

// The page shown for a tab whose engine is not in this release yet: it says
// plainly what the tab will do, and does nothing else.
class ComingTab final : public QWidget
{
    Q_OBJECT
public:
    // tabId is one of TrafficNames::tabIds().
    explicit ComingTab(const QString &tabId, QWidget *parent = nullptr);
    ~ComingTab() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    std::unique_ptr<Ui::ComingTab> m_ui;
    QString m_tabId;
};
