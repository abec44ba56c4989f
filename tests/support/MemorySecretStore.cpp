#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace {

// Runs `call` from the event loop unless the caller's context died meanwhile (nullptr: always).
template<typename F>
void later(QObject *store, QObject *context, F &&call)
{
    QTimer::singleShot(0, store,
        [guard = QPointer<QObject>(context), hadContext = context != nullptr,
            call = std::forward<F>(call)]() mutable {
            if (!hadContext || guard)
                call();
        });
}

} // namespace

SecretError MemorySecretStore::failureFor(Operation operation) const
{
    if (m_failure != SecretError::Kind::None && m_failing.testFlag(operation))
        return SecretError(m_failure, QStringLiteral("MemorySecretStore: simulated failure"));
    return {};
}

void MemorySecretStore::setFailure(SecretError::Kind kind, Operations operations)
{
    m_failure = kind;
    m_failing = operations;
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    ++m_reads;
    SecretError error = failureFor(Read);
    QString value;
    if (error.ok()) {
        if (m_values.contains(key))
            value = m_values.value(key);
        else
            error = SecretError(SecretError::Kind::NotFound, QStringLiteral("Entry not found"));
    }
    later(this, context, [value, error, done = std::move(done)] {
        if (done)
            done(value, error);
    });
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    ++m_writes;
    const SecretError error = failureFor(Write);
    if (error.ok())
        m_values.insert(key, value);
    later(this, context, [error, done = std::move(done)] {
        if (done)
            done(error);
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    ++m_removes;
    SecretError error = failureFor(Remove);
    if (error.ok() && m_values.remove(key) == 0)
        error = SecretError(SecretError::Kind::NotFound, QStringLiteral("Entry not found"));
    later(this, context, [error, done = std::move(done)] {
        if (done)
            done(error);
    });
}

QStringList MemorySecretStore::knownKeys() const
{
    QStringList keys = m_values.keys();
    keys.sort();
    return keys;
}
