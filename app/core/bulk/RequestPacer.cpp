#include "bulk/RequestPacer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using std::chrono::milliseconds;

RequestPacer::RequestPacer(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        // Starts well above zero so that "paused until 0" never looks like the present.
        m_clock = [timer] { return milliseconds(timer->elapsed() + 1); };
    }
    setLimits(50, 500);
}

void RequestPacer::setLimits(int perSecond, int perMinute)
{
    setLimitList({{perSecond, milliseconds(1000)}, {perMinute, milliseconds(60000)}});
}

void RequestPacer::setLimitList(const QList<Limit> &limits)
{
    m_limits.clear();
    for (const Limit &limit : limits) {
        if (limit.count > 0 && limit.window.count() > 0)
            m_limits.append(limit);
    }
    prune();
}

void RequestPacer::setMargin(milliseconds minimum, double fraction)
{
    m_minMargin = std::max(milliseconds(0), minimum);
    m_marginFraction = std::max(0.0, fraction);
}

milliseconds RequestPacer::effectiveWindow(const Limit &limit) const
{
    const auto proportional = milliseconds(
        static_cast<qint64>(std::ceil(static_cast<double>(limit.window.count()) * m_marginFraction)));
    return limit.window + std::max(m_minMargin, proportional);
}

milliseconds RequestPacer::dateOf(const Entry &entry, milliseconds now) const
{
    return entry.answered.count() < 0 ? now : entry.answered;
}

milliseconds RequestPacer::delayUntilNext() const
{
    const milliseconds t = now();
    milliseconds wait = std::max(milliseconds(0), m_pausedUntil - t);
    std::vector<milliseconds> dates;
    for (const Limit &limit : m_limits) {
        const milliseconds window = effectiveWindow(limit);
        dates.clear();
        for (const Entry &entry : m_entries) {
            const milliseconds date = dateOf(entry, t);
            if (date > t - window)
                dates.push_back(date);
        }
        const auto inWindow = static_cast<qsizetype>(dates.size());
        if (inWindow < limit.count)
            continue;
        // The (inWindow - count + 1)-th oldest must leave the window before the next request may go.
        const auto blocking = dates.begin() + static_cast<std::ptrdiff_t>(inWindow - limit.count);
        std::nth_element(dates.begin(), blocking, dates.end());
        wait = std::max(wait, *blocking + window - t);
    }
    return std::max(milliseconds(0), wait);
}

RequestPacer::Ticket RequestPacer::recordSent()
{
    const Ticket ticket = m_nextTicket++;
    if (!m_limits.isEmpty()) // unlimited: nothing to remember
        m_entries.push_back(Entry {ticket, milliseconds(-1)});
    prune();
    return ticket;
}

void RequestPacer::recordAnswered(Ticket ticket)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), ticket,
        [](const Entry &entry, Ticket value) { return entry.ticket < value; });
    if (it != m_entries.end() && it->ticket == ticket && it->answered.count() < 0)
        it->answered = now();
    prune();
}

bool RequestPacer::tryAcquire(Ticket *ticket)
{
    if (delayUntilNext().count() > 0)
        return false;
    const Ticket sent = recordSent();
    if (ticket)
        *ticket = sent;
    return true;
}

void RequestPacer::pauseFor(milliseconds delay)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + std::max(milliseconds(0), delay));
}

void RequestPacer::prune()
{
    if (m_limits.isEmpty()) {
        m_entries.clear();
        return;
    }
    milliseconds longest {0};
    for (const Limit &limit : m_limits)
        longest = std::max(longest, effectiveWindow(limit));
    const milliseconds cutoff = now() - longest;
    // Answered entries older than every window no longer matter; an unanswered one keeps its place.
    std::erase_if(m_entries,
        [cutoff](const Entry &entry) { return entry.answered.count() >= 0 && entry.answered <= cutoff; });
}

int RequestPacer::sentWithin(milliseconds window) const
{
    const milliseconds t = now();
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
        [&](const Entry &entry) { return dateOf(entry, t) > t - window; }));
}

double RequestPacer::sustainedRate() const
{
    double rate = 0;
    for (const Limit &limit : m_limits) {
        const double r = limit.count * 1000.0 / static_cast<double>(effectiveWindow(limit).count());
        rate = rate == 0 ? r : std::min(rate, r);
    }
    return rate;
}

milliseconds RequestPacer::estimate(int count) const
{
    if (count <= 0)
        return milliseconds(0);
    const milliseconds t = now();
    milliseconds worst = std::max(milliseconds(0), m_pausedUntil - t);
    for (const Limit &limit : m_limits) {
        const milliseconds window = effectiveWindow(limit);
        const int free = std::max(0, limit.count - sentWithin(window));
        if (count <= free)
            continue;
        // The rest goes in bursts of `count` per window.
        const qint64 windows = (count - free + limit.count - 1) / limit.count;
        worst = std::max(worst, milliseconds(windows * window.count()));
    }
    return worst;
}
