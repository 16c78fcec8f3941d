#pragma once

#include "capturetool.h"
#include "wiresharkfilters.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class WiresharkPane;
}

// The Wireshark companion every network tab shows beside its Explain pane:
// the capture filter, the display filter and (for a picked connection) the
// filter for that connection alone, each read-only and selectable with a
// Copy button; which interface to capture on and why; the tshark command for
// a terminal; and a "Capture with Wireshark" button with CaptureTool's
// verdict in plain words below it (what is missing and how to fix it).
//
// GUI thread only. The tab feeds it with setContext() whenever its sockets'
// addresses or ports change and with setSelectedConnection() for the
// connection the user picked. Looking for Wireshark happens at construction,
// when the pane is shown and before starting a capture. Texts set from code
// are rebuilt on QEvent::LanguageChange.
class WiresharkPane final : public QWidget
{
    Q_OBJECT
public:
    explicit WiresharkPane(QWidget *parent = nullptr);
    ~WiresharkPane() override;

    // Updates every filter, the interface sentence, the command and the button.
    void setContext(const WiresharkContext &context);
    WiresharkContext context() const;
    // The connection the user picked (a server's client row, a client's own
    // connection); nullopt clears the connection filter.
    void setSelectedConnection(const std::optional<WiresharkConnection> &connection);
    // Whether the "This connection" row is shown at all (tabs without
    // connections, UDP and Broadcast, leave it hidden). Hidden by default.
    void setConnectionRowVisible(bool visible);

    WiresharkFilterSet filters() const; // what is on screen

    // Replaces how Wireshark is found (tests pass fake programs) and looks again.
    void setCaptureTool(const CaptureTool &tool);
    // Looks again for Wireshark and whether this user may capture.
    void refreshStatus();
    CaptureTool::Status status() const;

    void updateWidgets();

signals:
    // A Copy button put this text on the clipboard.
    void textCopied(const QString &text);
    // Wireshark was started detached with these arguments' interface and filter.
    void captureStarted(const QString &interfaceName, const QString &captureFilter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class LastStart : quint8 { None, Started, Failed };

    void retranslateCode();
    void showFilters();
    void showStatus();
    void copyText(const QLineEdit *edit);
    void startCapture();

    std::unique_ptr<Ui::WiresharkPane> m_ui;
    CaptureTool m_tool;
    CaptureTool::Status m_status;
    WiresharkContext m_context;
    std::optional<WiresharkConnection> m_selected;
    WiresharkFilterSet m_filters;
    bool m_connectionRowVisible = false;
    LastStart m_lastStart = LastStart::None;
    QString m_startError; // as CaptureTool said it, in the language of that moment
    QString m_startedInterface;
};
