#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <thread>

class QSocketNotifier;

// Turns Ctrl-C (SIGINT) and SIGTERM into a signal on the event loop while it exists. The first
// one asks the work to stop gently; a second one ends the process at once (exit status 130), once
// the quit action has put things in order and said, in a last line, what became of the work. A
// third one ends the process without waiting for the quit action. Work that keeps the event loop
// waiting (reading and checking the input) asks isInterrupted() instead. One lives at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // Whether an interrupt came since this was made (interrupted() may not have been emitted yet).
    bool isInterrupted() const;

    // What a second interrupt does before the process ends: action runs on a thread of its own,
    // while the rest of the program may still be at work, so it touches only what is safe to
    // touch from there; it returns what the last line says (printed as an error). Setting another
    // action (or none: the default line) waits for one that is running, so that what it uses
    // stays alive until then.
    void setQuitAction(std::function<QString()> action);
    // The last line's words when no action is set.
    static QString defaultQuitMessage();

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
    std::thread m_quitter;
};
