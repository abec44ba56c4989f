#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// The secret store of the real programs: the operating system's keychain through QtKeychain (Secret Service
// or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
//
// - Never falls back to plaintext: every job has setInsecureFallback(false).
// - QtKeychain runs one job at a time, so a job stuck behind a password prompt stalls every later one; a job
//   still running after watchdogInterval() is logged (key name only) so the stall can be explained.
// - The trap of QtKeychain 0.13 on Secret Service (build-env.md §3.4): with no usable collection (a fresh
//   gnome-keyring that was never unlocked) or a locked one, read answers NotFound and delete "succeeds"; only
//   a write notices. So a NotFound read and every removal are confirmed with probe() (write, then delete, a
//   probe entry) before they are reported: if the probe fails, its error (Unavailable, Locked) is reported
//   instead, and a removal leaves the index alone. The window also calls probe() at start-up to show a banner
//   at once.
// - The names of the entries it wrote are kept in the settings (group "keychain", key "keys"), never the
// values.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // `service` is the keychain service name; the programs use CONSOLE_APP_ID.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QStringList knownKeys() const override;

    // Writes a random value under probeKey() and removes it again. ok means secrets can be stored now.
    void probe(QObject *context, DoneCallback done);

    QString service() const { return m_service; }
    // How long a job may run before it is logged as slow (default 10 s).
    void setWatchdogInterval(std::chrono::milliseconds interval) { m_watchdogInterval = interval; }
    std::chrono::milliseconds watchdogInterval() const { return m_watchdogInterval; }
    // Keychain jobs started and not yet finished (all of them wait in QtKeychain's single queue).
    int pendingJobs() const { return m_pendingJobs; }

    // The key probe() uses; never listed in knownKeys().
    static QString probeKey();

private:
    using JobDone = std::function<void(QKeychain::Job *job, const SecretError &error)>;
    // Starts a job (already set up) with the watchdog and the error mapping; `then` runs when it finished.
    void run(QKeychain::Job *job, const char *operation, const QString &key, JobDone then);
    void runProbe(DoneCallback done);
    void addKnownKey(const QString &key);
    void removeKnownKey(const QString &key);

    QString m_service;
    std::chrono::milliseconds m_watchdogInterval {10000};
    int m_pendingJobs = 0;
};
