#include "RateLimiter.h"

#include <algorithm>

RateLimiter::RateLimiter(const RateLimit &limit)
    : m_limit(limit)
{
    m_clock.start();
}

bool RateLimiter::admit(const QString &key, int *retryAfterSeconds)
{
    if (!m_limit.isEnabled())
        return true;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &log = m_admitted[key];
    while (!log.empty() && log.front() <= now - 60000)
        log.pop_front();

    qint64 waitMs = 0;
    if (m_limit.perMinute > 0 && qsizetype(log.size()) >= m_limit.perMinute) {
        // The slot frees when the request perMinute places back leaves the minute.
        const qint64 oldest = log[log.size() - size_t(m_limit.perMinute)];
        waitMs = std::max(waitMs, oldest + 60000 - now);
    }
    if (m_limit.perSecond > 0) {
        const auto firstInSecond = std::upper_bound(log.begin(), log.end(), now - 1000);
        const qint64 inSecond = log.end() - firstInSecond;
        if (inSecond >= m_limit.perSecond) {
            const qint64 oldest = *(log.end() - m_limit.perSecond);
            waitMs = std::max(waitMs, oldest + 1000 - now);
        }
    }
    if (waitMs > 0) {
        *retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
        return false;
    }
    log.push_back(now);
    return true;
}
