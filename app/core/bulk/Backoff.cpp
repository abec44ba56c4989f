#include "bulk/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

std::chrono::milliseconds BackoffPolicy::step(int attempt) const
{
    const qint64 first = std::max<qint64>(1, initial.count());
    const qint64 limit = std::max<qint64>(first, cap.count());
    qint64 value = first;
    // Doubling stops at the cap, so a large attempt number cannot overflow.
    for (int i = 1; i < attempt && value < limit; ++i)
        value *= 2;
    return std::chrono::milliseconds(std::min(value, limit));
}

std::chrono::milliseconds BackoffPolicy::delay(int attempt, double unitRandom) const
{
    const qint64 full = step(attempt).count();
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    const qint64 half = full / 2;
    return std::chrono::milliseconds(
        std::min(full, half + static_cast<qint64>(r * static_cast<double>(full - half))));
}

std::chrono::milliseconds BackoffPolicy::randomDelay(int attempt) const
{
    return delay(attempt, QRandomGenerator::global()->generateDouble());
}
