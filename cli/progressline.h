#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

// One line on a terminal's standard error, rewritten in place: done/total, rate, time left.
// Prints nothing when standard error is not a terminal.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(ProgressLine)

public:
    ProgressLine(QTextStream *err, bool enabled)
        : m_err(err)
        , m_enabled(enabled)
    {
        m_clock.start();
    }
    ~ProgressLine() { clear(); }

    void update(qsizetype done, qsizetype failed, qsizetype total);
    void clear();

private:
    QTextStream *m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_lastPrint = -1000;
};
