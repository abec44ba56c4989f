// The pacer and the backoff, driven by a hand-moved clock: sliding windows are never exceeded, a long run
// reaches the binding limit, 429 pauses hold, and backoff delays stay within their bounds.
#include "TestEnvironment.h"
#include "bulk/Backoff.h"
#include "bulk/RequestPacer.h"

#include <QTest>

#include <vector>

using std::chrono::milliseconds;

class TestRequestPacer : public QObject
{
    Q_OBJECT

private:
    milliseconds m_now {100000};
    RequestPacer makePacer()
    {
        return RequestPacer([this] { return m_now; });
    }

    // Sends as fast as the pacer allows until `count` requests went out; returns their send times.
    std::vector<milliseconds> run(RequestPacer &pacer, int count)
    {
        std::vector<milliseconds> sent;
        while (static_cast<int>(sent.size()) < count) {
            const milliseconds wait = pacer.delayUntilNext();
            if (wait.count() > 0) {
                m_now += wait;
                continue;
            }
            RequestPacer::Ticket ticket = 0;
            if (!pacer.tryAcquire(&ticket)) {
                QTest::qFail("delayUntilNext() said 0 but tryAcquire() refused", __FILE__, __LINE__);
                return sent;
            }
            pacer.recordAnswered(ticket); // a server that answers at once
            sent.push_back(m_now);
            m_now += milliseconds(1); // a request takes a moment to send
        }
        return sent;
    }

    static int maxInAnyWindow(const std::vector<milliseconds> &sent, milliseconds window)
    {
        int best = 0;
        size_t first = 0;
        for (size_t last = 0; last < sent.size(); ++last) {
            while (sent[last] - sent[first] >= window)
                ++first;
            best = std::max(best, static_cast<int>(last - first + 1));
        }
        return best;
    }

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void allowsABurstUpToThePerSecondLimit()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(50, 500);
        QList<RequestPacer::Ticket> tickets;
        for (int i = 0; i < 50; ++i) {
            RequestPacer::Ticket ticket = 0;
            QVERIFY2(pacer.tryAcquire(&ticket), qPrintable(QString::number(i)));
            tickets.append(ticket);
        }
        QVERIFY(!pacer.tryAcquire());
        for (const RequestPacer::Ticket ticket : tickets)
            pacer.recordAnswered(ticket);
        const milliseconds wait = pacer.delayUntilNext();
        // The first answer leaves the (1 s + margin) window: no earlier, and not much later.
        QVERIFY(wait >= milliseconds(1000));
        QVERIFY(wait <= milliseconds(1030));
        m_now += wait - milliseconds(1);
        QVERIFY(!pacer.tryAcquire());
        m_now += milliseconds(1);
        QVERIFY(pacer.tryAcquire());
    }

    void neverExceedsEitherWindowAndReachesTheBindingLimit()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(50, 500);
        const milliseconds start = m_now;
        const std::vector<milliseconds> sent = run(pacer, 2600);
        QVERIFY(maxInAnyWindow(sent, milliseconds(1000)) <= 50);
        QVERIFY(maxInAnyWindow(sent, milliseconds(60000)) <= 500);
        // Steady state: every full minute after the first send holds (nearly) 500 requests, i.e. >= 95 % of
        // the binding limit (500/min) is reached.
        for (int minute = 0; minute < 4; ++minute) {
            const milliseconds from = sent.front() + milliseconds(60000 * minute);
            const auto inMinute = std::count_if(sent.begin(), sent.end(),
                [&](milliseconds t) { return t >= from && t < from + milliseconds(60000); });
            QVERIFY2(inMinute >= 475, qPrintable(QStringLiteral("minute %1: %2").arg(minute).arg(inMinute)));
        }
        // 2600 = 5 full windows of 500 + 100: the last burst starts after the fifth window.
        const double minutes = static_cast<double>((sent.back() - start).count()) / 60000.0;
        QVERIFY2(minutes > 5.0 && minutes < 5.3, qPrintable(QString::number(minutes)));
    }

    void perSecondLimitBindsWhenItIsTheLowerOne()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(5, 1000); // 5/s = 300/min: the per-second limit binds
        const std::vector<milliseconds> sent = run(pacer, 500);
        QVERIFY(maxInAnyWindow(sent, milliseconds(1000)) <= 5);
        const double seconds = static_cast<double>((sent.back() - sent.front()).count()) / 1000.0;
        const double rate = static_cast<double>(sent.size() - 5) / seconds; // the first burst is free
        QVERIFY2(rate >= 0.95 * 5 && rate <= 5.0, qPrintable(QString::number(rate)));
    }

    void anUnansweredRequestHoldsItsSlotUntilItsAnswer()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(3, 0);
        RequestPacer::Ticket first = 0;
        QVERIFY(pacer.tryAcquire(&first));
        QVERIFY(pacer.tryAcquire());
        QVERIFY(pacer.tryAcquire());
        QVERIFY(!pacer.tryAcquire());
        // Three seconds later the server may still not have seen them: still no fourth.
        m_now += milliseconds(3000);
        QVERIFY(pacer.delayUntilNext() > milliseconds(0));
        QCOMPARE(pacer.sentWithin(milliseconds(1000)), 3);
        // The first is answered now, so the server saw it at the latest now: its slot frees one window later.
        pacer.recordAnswered(first);
        const milliseconds wait = pacer.delayUntilNext();
        QCOMPARE(wait, pacer.effectiveWindow({3, milliseconds(1000)}));
        m_now += wait;
        QVERIFY(pacer.tryAcquire());
        QVERIFY(!pacer.tryAcquire());
        pacer.recordAnswered(first); // twice, or an unknown ticket: ignored
        pacer.recordAnswered(123456);
        QVERIFY(!pacer.tryAcquire());
    }

    void unlimitedWhenBothLimitsAreOff()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(0, 0);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(pacer.tryAcquire());
        QCOMPARE(pacer.sustainedRate(), 0.0);
    }

    void pauseAfterA429HoldsEveryRequest()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(50, 500);
        RequestPacer::Ticket ticket = 0;
        QVERIFY(pacer.tryAcquire(&ticket));
        pacer.recordAnswered(ticket);
        pacer.pauseFor(milliseconds(2000));
        QVERIFY(pacer.isPaused());
        QCOMPARE(pacer.delayUntilNext(), milliseconds(2000));
        pacer.pauseFor(milliseconds(500)); // a shorter pause does not shorten the longer one
        QCOMPARE(pacer.delayUntilNext(), milliseconds(2000));
        m_now += milliseconds(1999);
        QVERIFY(!pacer.tryAcquire());
        m_now += milliseconds(1);
        QVERIFY(pacer.tryAcquire());
    }

    void limitsCanBeChangedAndMarginIsSettable()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(20, 200);
        pacer.setMargin(milliseconds(0), 0.0);
        QCOMPARE(pacer.effectiveWindow({20, milliseconds(1000)}), milliseconds(1000));
        const std::vector<milliseconds> sent = run(pacer, 21);
        QCOMPARE(sent.back() - sent.front(), milliseconds(1000));
        QCOMPARE(pacer.sustainedRate(), 200.0 / 60.0);
    }

    void estimateCountsWholeWindows()
    {
        RequestPacer pacer = makePacer();
        pacer.setLimits(50, 500);
        QCOMPARE(pacer.estimate(0), milliseconds(0));
        QVERIFY(pacer.estimate(50) <= milliseconds(0));
        // 1000 more: 500 now, 500 after one minute window.
        const milliseconds e = pacer.estimate(1000);
        QVERIFY2(
            e >= milliseconds(60000) && e <= milliseconds(62000), qPrintable(QString::number(e.count())));
    }

    void backoffGrowsAndStaysWithinBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("step");
        QTest::newRow("1") << 1 << 1000;
        QTest::newRow("2") << 2 << 2000;
        QTest::newRow("3") << 3 << 4000;
        QTest::newRow("5") << 5 << 16000;
        QTest::newRow("6 capped") << 6 << 30000;
        QTest::newRow("1000 capped") << 1000 << 30000;
    }

    void backoffGrowsAndStaysWithinBounds()
    {
        QFETCH(int, attempt);
        QFETCH(int, step);
        const BackoffPolicy policy; // 1 s, capped at 30 s
        QCOMPARE(policy.step(attempt), milliseconds(step));
        QCOMPARE(policy.delay(attempt, 0.0), milliseconds(step / 2));
        QCOMPARE(policy.delay(attempt, 1.0), milliseconds(step));
        QCOMPARE(policy.delay(attempt, 0.5), milliseconds(step / 2 + step / 4));
        for (int i = 0; i < 200; ++i) {
            const milliseconds d = policy.randomDelay(attempt);
            QVERIFY(d >= milliseconds(step / 2));
            QVERIFY(d <= milliseconds(step));
        }
    }

    void backoffJitterSpreadsClients()
    {
        const BackoffPolicy policy;
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(policy.randomDelay(3).count());
        QVERIFY2(seen.size() > 10, "fifty clients refused together must not all come back together");
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
