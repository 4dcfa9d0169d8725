#include "progressline.h"

#include <cmath>

using namespace Qt::StringLiterals;

void ProgressLine::update(qsizetype done, qsizetype failed, qsizetype total)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (now - m_lastPrint < 100 && done < total)
        return; // ten updates a second are plenty
    m_lastPrint = now;
    const double seconds = qMax<qint64>(now, 1) / 1000.0;
    const double rate = done / seconds;
    QString line = tr("Sending results: %L1/%L2").arg(done).arg(total);
    if (total > 0)
        line += u" (%1%)"_s.arg(done * 100 / total);
    if (failed > 0)
        line += tr(", %L1 failed").arg(failed);
    line += tr(", %L1/s").arg(rate, 0, 'f', rate < 10 ? 1 : 0);
    if (rate > 0 && done < total)
        line += tr(", about %L1 s left").arg(qint64(std::lround((total - done) / rate)));
    *m_err << u"\r\x1b[K"_s << line;
    m_err->flush();
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    *m_err << u"\r\x1b[K"_s;
    m_err->flush();
    m_shown = false;
}
