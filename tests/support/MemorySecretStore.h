#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// An in-memory SecretStore for tests only (it lives in console_test_support, so no program can construct it).
// Asynchronous like the keychain: every callback arrives from the event loop, never inside the call, in the
// order the calls were made. setFailure() makes the chosen operations fail with a chosen SecretError kind, so
// a test can show that a failing keychain never loses a client_secret.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    enum Operation { Read = 0x1, Write = 0x2, Remove = 0x4, All = Read | Write | Remove };
    Q_DECLARE_FLAGS(Operations, Operation)

    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QStringList knownKeys() const override;

    // From now on, `operations` fail with `kind` (Kind::None clears it). The failure is decided when the call
    // is made, like a keychain that is already down.
    void setFailure(SecretError::Kind kind, Operations operations = All);
    void clearFailure() { setFailure(SecretError::Kind::None, All); }

    // Direct access for assertions and set-up (synchronous, no callbacks).
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    void insert(const QString &key, const QString &value) { m_values.insert(key, value); }
    // How many read/write/remove calls were made, failed or not.
    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }
    int removeCount() const { return m_removes; }

private:
    SecretError failureFor(Operation operation) const;

    QHash<QString, QString> m_values;
    SecretError::Kind m_failure = SecretError::Kind::None;
    Operations m_failing;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MemorySecretStore::Operations)
