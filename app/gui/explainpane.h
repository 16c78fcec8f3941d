#pragma once

#include "exampleprograms.h"
#include "socketcall.h"

#include <QWidget>

#include <memory>

class SocketCallModel;

namespace Ui {
class ExplainPane;
}

// The Explain pane every tab shows: the socket calls the tab has made, in
// order (a bounded table: time, call, result; failed calls coloured; follows
// the newest row unless the user scrolled up; a Clear button; a note when
// older calls were dropped), and below it the same program written in Python
// and in C++/Qt, read-only, with one Copy button for the visible one.
//
// GUI thread only. The pane owns its model. Program texts are plain text.
// The tab that owns the pane decides which program to show and calls
// setProgram() again after a language change (program comments are
// translated when generated).
class ExplainPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPane(QWidget *parent = nullptr);
    ~ExplainPane() override;

    void addCall(const SocketCall &call); // to the bounded model above
    void clearCalls();
    // Shows both programs; when a text is unchanged, its scroll position stays.
    void setProgram(const ExamplePrograms::Program &program);
    QString pythonText() const;
    QString cppQtText() const;

    SocketCallModel *callModel() const; // owned by the pane; for tests
    void updateWidgets();

signals:
    // The Copy button put the visible program on the clipboard.
    void programCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyProgram();
    void showDropped();
    void scrollToNewest();

    std::unique_ptr<Ui::ExplainPane> m_ui;
    SocketCallModel *m_model; // child of this
    bool m_followNewest = true;
};
