#include "secrets/KeychainSecretStore.h"

#include "common/LogCategories.h"
#include "secrets/KeychainErrors.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

// The settings index: group "keychain", key "keys", a list of entry names.
const QString kIndexGroup = QStringLiteral("keychain");
const QString kIndexKey = QStringLiteral("keys");

// The caller's context, remembering whether one was given at all (nullptr means "always call back").
class CallbackGuard
{
public:
    explicit CallbackGuard(QObject *context)
        : m_context(context)
        , m_hadContext(context != nullptr)
    { }
    bool alive() const { return !m_hadContext || !m_context.isNull(); }

private:
    QPointer<QObject> m_context;
    bool m_hadContext;
};

template<typename JobT>
JobT *newJob(const QString &service, const QString &key)
{
    // A heap job that QtKeychain deletes after finished() (autoDelete). Never parented to the store: a job
    // deleted while its D-Bus call is in flight would be called back after its death.
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // explicit: secrets never go to a plaintext QSettings file
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral(CONSOLE_APP_ID), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::probeKey()
{
    return QStringLiteral("keychain-probe");
}

void KeychainSecretStore::run(QKeychain::Job *job, const char *operation, const QString &key, JobDone then)
{
    ++m_pendingJobs;
    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    watchdog->setInterval(m_watchdogInterval);
    const qint64 waitedMs = m_watchdogInterval.count();
    connect(watchdog, &QTimer::timeout, job, [operation, key, waitedMs] {
        qCWarning(lcSecrets).nospace()
            << "keychain " << operation << " of " << key << " has not finished after " << waitedMs
            << " ms; the keychain may be waiting for a password prompt, "
            << "and later keychain jobs wait behind it";
    });
    connect(job, &QKeychain::Job::finished, this,
        [this, watchdog, operation, key, then = std::move(then)](QKeychain::Job *finished) {
            watchdog->stop();
            --m_pendingJobs;
            const SecretError error = secretErrorFromKeychain(finished->error(), finished->errorString());
            if (!error.ok() && error.kind != SecretError::Kind::NotFound)
                qCWarning(lcSecrets) << "keychain" << operation << "of" << key
                                     << "failed:" << error.backendMessage;
            then(finished, error);
        });
    watchdog->start();
    job->start(); // queued: QtKeychain starts it from the event loop, after the connections above
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    run(newJob<QKeychain::ReadPasswordJob>(m_service, key), "read", key,
        [this, guard = CallbackGuard(context), done = std::move(done)](
            QKeychain::Job *job, const SecretError &error) {
            if (error.kind == SecretError::Kind::NotFound) {
                // A missing or locked collection also says NotFound: only a write tells them apart.
                runProbe([guard, done, error](const SecretError &probeError) {
                    if (guard.alive() && done)
                        done(QString(), probeError.ok() ? error : probeError);
                });
                return;
            }
            const QString value
                = error.ok() ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString();
            if (guard.alive() && done)
                done(value, error);
        });
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value); // stored as UTF-8 text
    run(job, "write", key,
        [this, key, guard = CallbackGuard(context), done = std::move(done)](
            QKeychain::Job *, const SecretError &error) {
            if (error.ok()) {
                qCInfo(lcSecrets) << "stored" << key << "in the keychain";
                addKnownKey(key);
            }
            if (guard.alive() && done)
                done(error);
        });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    run(newJob<QKeychain::DeletePasswordJob>(m_service, key), "removal", key,
        [this, key, guard = CallbackGuard(context), done = std::move(done)](
            QKeychain::Job *, const SecretError &error) {
            if (!error.ok() && error.kind != SecretError::Kind::NotFound) {
                if (guard.alive() && done)
                    done(error);
                return;
            }
            // A locked or missing collection also "succeeds" at delete: confirm with a write before the entry
            // is reported gone and dropped from the index.
            runProbe([this, key, guard, done, error](const SecretError &probeError) {
                if (probeError.ok()) {
                    qCInfo(lcSecrets) << "removed" << key << "from the keychain";
                    removeKnownKey(key);
                }
                if (guard.alive() && done)
                    done(probeError.ok() ? error : probeError);
            });
        });
}

void KeychainSecretStore::probe(QObject *context, DoneCallback done)
{
    runProbe([guard = CallbackGuard(context), done = std::move(done)](const SecretError &error) {
        if (guard.alive() && done)
            done(error);
    });
}

void KeychainSecretStore::runProbe(DoneCallback done)
{
    // A random, meaningless value: only whether it can be stored matters.
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, probeKey());
    job->setTextData(QString::number(QRandomGenerator::global()->generate64(), 36));
    run(job, "write", probeKey(),
        [this, done = std::move(done)](QKeychain::Job *, const SecretError &writeError) {
            if (!writeError.ok()) {
                done(writeError);
                return;
            }
            run(newJob<QKeychain::DeletePasswordJob>(m_service, probeKey()), "removal", probeKey(),
                [done](QKeychain::Job *, const SecretError &) {
                    // The write worked, so secrets can be stored; a probe entry left behind is harmless (and
                    // logged).
                    done(SecretError());
                });
        });
}

QStringList KeychainSecretStore::knownKeys() const
{
    QSettings settings;
    settings.beginGroup(kIndexGroup);
    return settings.value(kIndexKey).toStringList();
}

void KeychainSecretStore::addKnownKey(const QString &key)
{
    QSettings settings;
    settings.beginGroup(kIndexGroup);
    QStringList keys = settings.value(kIndexKey).toStringList();
    if (keys.contains(key))
        return;
    keys.append(key);
    keys.sort();
    settings.setValue(kIndexKey, keys);
}

void KeychainSecretStore::removeKnownKey(const QString &key)
{
    QSettings settings;
    settings.beginGroup(kIndexGroup);
    QStringList keys = settings.value(kIndexKey).toStringList();
    if (keys.removeAll(key) == 0)
        return;
    if (keys.isEmpty())
        settings.remove(kIndexKey);
    else
        settings.setValue(kIndexKey, keys);
}
