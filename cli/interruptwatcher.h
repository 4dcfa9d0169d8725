#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl-C (SIGINT) and SIGTERM into a signal on the event loop while it exists. The first
// one asks the work to stop gently; a second one ends the process at once (exit status 130).
// Work that keeps the event loop waiting (reading and checking the input) asks isInterrupted()
// instead. One lives at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // Whether an interrupt came since this was made (interrupted() may not have been emitted yet).
    bool isInterrupted() const;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
