#pragma once

#include "bulk/BulkTypes.h"

#include <QCoreApplication>
#include <QString>

// The words of a bulk run, shared by the window's dialog and cronofyctl so both say the same thing.
class BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkText)

public:
    // "about 45 seconds", "about 3 minutes", "about 1 hour 5 minutes"; "less than a second".
    static QString duration(qint64 seconds);
    // "8.3 per second"
    static QString rate(double perSecond);
    // "120 done, 2 failed, 878 remaining" (skipped ones are mentioned when there are any).
    static QString counts(const BulkProgress &progress);
    // "about 2 minutes left", "waiting for Cronofy's rate limit", "estimating time left".
    static QString eta(const BulkProgress &progress);
    // "2 revoked calendars skipped, since you revoked them: "room-3" and "room-9"." (the first ten named).
    static QString revokedSkipped(const QStringList &ids);
    // One line for a status bar or a terminal: counts, rate and time left.
    static QString progressLine(const BulkProgress &progress);
    // The end of a run in one or two sentences (the failures themselves are listed separately).
    static QString summary(const BulkSummary &summary);
};
