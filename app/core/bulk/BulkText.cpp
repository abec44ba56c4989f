#include "bulk/BulkText.h"

#include <QLocale>

QString BulkText::duration(qint64 seconds)
{
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < 60)
        return tr("about %n second(s)", nullptr, static_cast<int>(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %n minute(s)", nullptr, static_cast<int>(minutes));
    const int hours = static_cast<int>(minutes / 60);
    const int rest = static_cast<int>(minutes % 60);
    if (rest == 0)
        return tr("about %n hour(s)", nullptr, hours);
    //: %1 is "1 hour"/"2 hours", %2 is "5 minutes"
    return tr("about %1 %2").arg(tr("%n hour(s)", nullptr, hours), tr("%n minute(s)", nullptr, rest));
}

QString BulkText::rate(double perSecond)
{
    return tr("%1 per second").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0));
}

QString BulkText::counts(const BulkProgress &p)
{
    const QLocale locale;
    QString text = p.skipped > 0
        ? tr("%1 done, %2 failed, %3 remaining, %4 already provisioned")
              .arg(locale.toString(p.done), locale.toString(p.failed), locale.toString(p.remaining),
                  locale.toString(p.skipped))
        : tr("%1 done, %2 failed, %3 remaining")
              .arg(locale.toString(p.done), locale.toString(p.failed), locale.toString(p.remaining));
    if (p.revokedSkipped > 0)
        //: follows "120 done, 2 failed, 878 remaining"
        text += tr(", %1 revoked (skipped)").arg(locale.toString(p.revokedSkipped));
    return text;
}

QString BulkText::revokedSkipped(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    constexpr qsizetype named = 10;
    QStringList quoted;
    for (qsizetype i = 0; i < ids.size() && i < named; ++i)
        quoted << QStringLiteral("\"%1\"").arg(ids.at(i).left(80));
    QString list = QLocale().createSeparatedList(quoted);
    if (ids.size() > named)
        //: %1 is a list of calendar IDs; %n how many more there are
        list = tr("%1 and %n more", nullptr, static_cast<int>(ids.size() - named)).arg(list);
    //: %1 names the calendars
    return tr(
        "%n revoked calendar(s) skipped, since you revoked them: %1.", nullptr, static_cast<int>(ids.size()))
        .arg(list);
}

QString BulkText::eta(const BulkProgress &p)
{
    if (p.remaining == 0)
        return tr("finished");
    if (p.waitingForRateLimit)
        return tr("waiting for Cronofy's rate limit");
    if (p.etaSeconds < 0)
        return tr("estimating the time left");
    return tr("%1 left").arg(duration(p.etaSeconds));
}

QString BulkText::progressLine(const BulkProgress &p)
{
    //: counts, then the rate, then the time left, e.g. "120 done, 2 failed, 878 remaining - 8.3 per second -
    //: about 2 minutes left"
    return tr("%1 - %2 - %3").arg(counts(p), rate(p.ratePerSecond), eta(p));
}

QString BulkText::summary(const BulkSummary &s)
{
    QString text;
    if (s.cancelled)
        text = tr("Cancelled. %n calendar(s) were provisioned before the cancel.", nullptr, s.done);
    else if (!s.error.ok())
        text = tr("Stopped after %n calendar(s): %1", nullptr, s.done).arg(s.error.message());
    else
        text = tr("Provisioned %n calendar(s).", nullptr, s.done);
    if (s.failed > 0)
        text += QLatin1Char(' ') + tr("%n failed; the list below says why for each.", nullptr, s.failed);
    if (s.skipped > 0)
        text += QLatin1Char(' ') + tr("%n were already provisioned and were skipped.", nullptr, s.skipped);
    if (!s.revokedSkipped.isEmpty())
        text += QLatin1Char(' ') + revokedSkipped(s.revokedSkipped);
    if (s.notStarted > 0)
        text += QLatin1Char(' ')
            + tr("%n were not provisioned yet; run the same list again to continue where it stopped.",
                nullptr, s.notStarted);
    if (s.done + s.failed > 0 && s.elapsedMs > 0)
        text += QLatin1Char(' ')
            + tr("It took %1 (%2).").arg(duration((s.elapsedMs + 500) / 1000), rate(s.averageRate()));
    return text;
}
