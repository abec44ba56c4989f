#pragma once

#include "secrets/SecretStore.h"

#include <QTest>

#include <optional>

// Test helpers: start one SecretStore call and wait (QTest::qWaitFor, no fixed sleep) until its callback ran.
// nullopt means the callback never came within the time limit. The callback's context is local to the helper,
// so a late callback after a time-out is dropped instead of writing to a dead stack frame.
namespace SecretWaits {

constexpr int kTimeoutMs = 30000;

struct ReadOutcome
{
    QString value;
    SecretError error;
};

inline std::optional<SecretError> write(SecretStore &store, const QString &key, const QString &value)
{
    QObject context;
    std::optional<SecretError> result;
    store.write(key, value, &context, [&result](const SecretError &error) { result = error; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
    return result;
}

inline std::optional<ReadOutcome> read(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<ReadOutcome> result;
    store.read(key, &context, [&result](const QString &value, const SecretError &error) {
        result = ReadOutcome {value, error};
    });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
    return result;
}

inline std::optional<SecretError> remove(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<SecretError> result;
    store.remove(key, &context, [&result](const SecretError &error) { result = error; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
    return result;
}

} // namespace SecretWaits

// "Kind::Locked (backend message)" for failure messages.
inline QString describeSecretError(const SecretError &error)
{
    static const char *const names[] = {"None", "NotFound", "Unavailable", "Locked", "Other"};
    return QStringLiteral("%1 (%2)").arg(QLatin1String(names[int(error.kind)]), error.backendMessage);
}
