#pragma once

#include "SandboxOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

// Cronofy-like per-application limits with sliding windows (see RateLimit). Each key keeps the times of
// the requests it was allowed in the last minute, so memory is bounded by the limits themselves.
class RateLimiter
{
public:
    explicit RateLimiter(const RateLimit &limit = {});

    void setLimit(const RateLimit &limit) { m_limit = limit; }
    const RateLimit &limit() const { return m_limit; }

    // Admits one request for key, or returns false and the whole seconds until a slot frees (>= 1).
    bool admit(const QString &key, int *retryAfterSeconds);
    // For tests: the clock the windows are measured on, in ms.
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    RateLimit m_limit;
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_admitted; // ascending times, last 60 s
};
