#pragma once

#include <QList>

#include <chrono>
#include <deque>
#include <functional>

// Client-side pacing to Cronofy's per-application limits (50 requests per second and 500 per minute by
// default), so that a bulk run is rarely answered 429.
//
// Sliding windows: a request may go when, for every limit (count, window), fewer than `count` requests fall
// in the last `window`. That holds whatever the server counts with (a sliding log, a fixed window, a token
// bucket), and lets a long run reach the binding limit instead of a fraction of it.
//
// The server counts a request when it arrives, somewhere between our send and its answer, and that delay
// varies (a request may wait for a free connection in QNetworkAccessManager). So a request occupies its slot
// from the moment it is sent, and is dated by its answer (recordAnswered()), the latest moment the server can
// have seen it: the next request in its place then cannot reach the server inside the same window. A small
// margin is added to every window on top, for rounding at the server.
//
// Not thread-safe and not a QObject: the caller asks delayUntilNext() and arms its own timer. The clock is
// injectable so tests drive time by hand.
class RequestPacer
{
public:
    using Clock = std::function<std::chrono::milliseconds()>; // monotonic
    using Ticket = quint64;

    struct Limit
    {
        int count = 0; // requests allowed per window; 0 or less = no limit
        std::chrono::milliseconds window {0};
    };

    // With no clock, a monotonic clock of the process (QElapsedTimer).
    explicit RequestPacer(Clock clock = {});

    // The two limits Cronofy documents; 0 turns one off.
    void setLimits(int perSecond, int perMinute);
    void setLimitList(const QList<Limit> &limits);
    QList<Limit> limits() const { return m_limits; }
    // The margin added to every window: margin = max(minimum, window * fraction). Default 10 ms and 0.5 %.
    void setMargin(std::chrono::milliseconds minimum, double fraction);
    std::chrono::milliseconds effectiveWindow(const Limit &limit) const;

    std::chrono::milliseconds now() const { return m_clock(); }
    // 0 when a request may be sent now; otherwise how long until one may (a guess while the request in the
    // way is still unanswered: call again after each answer).
    std::chrono::milliseconds delayUntilNext() const;
    // Records a request sent now. Call it for every request actually sent, and recordAnswered() when its
    // answer (whatever it is) arrives or it is aborted.
    Ticket recordSent();
    void recordAnswered(Ticket ticket);
    // delayUntilNext() == 0, then recordSent(); false when the caller must wait.
    bool tryAcquire(Ticket *ticket = nullptr);
    // After a 429: no request before now + delay (a later pause wins, an earlier one does not shorten it).
    void pauseFor(std::chrono::milliseconds delay);
    bool isPaused() const { return m_pausedUntil > now(); }

    // A rough estimate of how long sending `count` more requests takes at these limits (for an ETA).
    std::chrono::milliseconds estimate(int count) const;
    // The sustained rate the limits allow, in requests per second (0 = unlimited).
    double sustainedRate() const;
    // How many requests fall in the last `window` (unanswered ones included).
    int sentWithin(std::chrono::milliseconds window) const;

private:
    struct Entry
    {
        Ticket ticket = 0;
        std::chrono::milliseconds answered {-1}; // -1 while in flight: it counts as "now"
    };
    std::chrono::milliseconds dateOf(const Entry &entry, std::chrono::milliseconds now) const;
    void prune();

    Clock m_clock;
    QList<Limit> m_limits;
    std::chrono::milliseconds m_minMargin {10};
    double m_marginFraction = 0.005;
    std::chrono::milliseconds m_pausedUntil {0};
    Ticket m_nextTicket = 1;
    std::deque<Entry> m_entries; // in ticket order
};
