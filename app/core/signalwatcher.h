#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal on the thread that owns the
// watcher (the self-pipe pattern: the C signal handler only writes one byte
// to a socket pair; a QSocketNotifier reads it in the event loop, where it is
// safe to close sockets and flush files). One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the socket pair or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // signalNumber is SIGINT or SIGTERM.
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
