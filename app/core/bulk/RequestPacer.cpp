#include "bulk/RequestPacer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using std::chrono::milliseconds;

RequestPacer::RequestPacer(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        // Starts well above zero so that "paused until 0" and an empty log never look like the present.
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

milliseconds RequestPacer::delayUntilNext() const
{
    const milliseconds t = now();
    milliseconds wait = std::max(milliseconds(0), m_pausedUntil - t);
    for (const Limit &limit : m_limits) {
        const milliseconds window = effectiveWindow(limit);
        // The sends still inside the window are the newest ones: find the first of them.
        const auto first = std::upper_bound(m_sent.begin(), m_sent.end(), t - window);
        const auto inWindow = static_cast<qsizetype>(std::distance(first, m_sent.end()));
        if (inWindow < limit.count)
            continue;
        // The (inWindow - count + 1)-th send in the window must leave it before the next may go.
        const milliseconds leaves = *(first + static_cast<std::ptrdiff_t>(inWindow - limit.count)) + window;
        wait = std::max(wait, leaves - t);
    }
    return std::max(milliseconds(0), wait);
}

void RequestPacer::recordSent()
{
    const milliseconds t = now();
    // A clock that went backwards (it should not) must not break the ascending order the search relies on.
    m_sent.push_back(m_sent.empty() ? t : std::max(t, m_sent.back()));
    prune();
}

bool RequestPacer::tryAcquire()
{
    if (delayUntilNext().count() > 0)
        return false;
    recordSent();
    return true;
}

void RequestPacer::pauseFor(milliseconds delay)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + std::max(milliseconds(0), delay));
}

void RequestPacer::prune()
{
    milliseconds longest {0};
    qsizetype keep = 0;
    for (const Limit &limit : m_limits) {
        longest = std::max(longest, effectiveWindow(limit));
        keep = std::max<qsizetype>(keep, limit.count);
    }
    const milliseconds cutoff = now() - longest;
    while (!m_sent.empty() && (m_sent.front() <= cutoff || static_cast<qsizetype>(m_sent.size()) > keep))
        m_sent.pop_front();
}

int RequestPacer::sentWithin(milliseconds window) const
{
    const milliseconds t = now();
    const auto first = std::upper_bound(m_sent.begin(), m_sent.end(), t - window);
    return static_cast<int>(std::distance(first, m_sent.end()));
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
