#pragma once

#include "bulk/BulkTypes.h"

#include <QElapsedTimer>

// Shows a bulk run's progress on stderr: on a terminal one line rewritten in place (at most five times a
// second); otherwise a plain line every ten seconds, so logs and pipes stay one record per line.
class ProgressPrinter
{
public:
    ProgressPrinter();
    void update(const BulkProgress &progress);
    // A line that must not be overwritten (a failure): printed above the live line.
    void printLine(const QString &line);
    // Removes the live line before the summary.
    void finish();

private:
    void clearLive();

    bool m_terminal;
    bool m_liveShown = false;
    QElapsedTimer m_sinceLast;
};
