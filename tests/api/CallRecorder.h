#pragma once

// Test-only helpers for CronofyClient tests: record what a call's callback received and wait for it with
// QTest::qWaitFor (the event loop runs; no sleeps).
#include "api/CronofyClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimer>

#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

template<typename T>
struct CallRecord
{
    int calls = 0;
    T result {};
    ApiError error;
    qint64 elapsedMs = 0;
};

// Wraps a callback that fills a shared record; start(callback) must return the ApiCall.
template<typename T>
class CallRecorder
{
public:
    CallRecorder()
        : m_record(std::make_shared<CallRecord<T>>())
    {
        m_clock.start();
    }

    CronofyClient::Callback<T> callback()
    {
        auto record = m_record;
        const QElapsedTimer clock = m_clock;
        return [record, clock](const T &result, const ApiError &error) {
            ++record->calls;
            record->result = result;
            record->error = error;
            record->elapsedMs = clock.elapsed();
        };
    }

    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return m_record->calls > 0; }, timeoutMs);
    }

    const CallRecord<T> &operator*() const { return *m_record; }
    const CallRecord<T> *operator->() const { return m_record.get(); }

private:
    std::shared_ptr<CallRecord<T>> m_record;
    QElapsedTimer m_clock;
};

// Resident memory of this process in bytes (Linux), 0 where unknown.
inline qint64 residentBytes()
{
#ifdef Q_OS_UNIX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
#else
    return 0;
#endif
}
