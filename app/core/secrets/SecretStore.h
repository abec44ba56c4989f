#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class DataCenter;

// What went wrong with the keychain, and the sentence that tells a person what to do.
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind {
        None,
        NotFound, // no such entry
        Unavailable, // no keychain service, no session bus, no collection (QtKeychain's OtherError family)
        Locked, // the keyring is locked or access was denied
        Other,
    };

    SecretError() = default;
    SecretError(Kind kind, const QString &backendMessage = {})
        : kind(kind)
        , backendMessage(backendMessage)
    { }

    Kind kind = Kind::None;
    QString backendMessage; // what the backend said (never contains the value)

    bool ok() const { return kind == Kind::None; }
    // e.g. "Start your desktop's keyring (GNOME Keyring or KWallet), then try again."
    QString message() const;
};

// Where every secret lives: the admin API key per account, the client_secret per client_id.
// Asynchronous: every call returns at once and invokes its callback exactly once, unless `context` died.
// Implementations: KeychainSecretStore (the OS keychain); tests add an in-memory one.
// Tokens are never stored: they are fetched fresh from Cronofy when needed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &value, const SecretError &error)>;
    using DoneCallback = std::function<void(const SecretError &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
    // The names (never the values) of the entries this program wrote, because a keychain cannot be listed.
    virtual QStringList knownKeys() const = 0;
};

// The documented key names of keychain entries. Every entry lives under the service CONSOLE_APP_ID
// ("org.cronofyconsole.CronofyConsole"); its key is one of:
//   "admin-api-key:<DataCenter::storageKey()>"  the admin API key of the account named after a data center
//                                               ("admin-api-key:de"), or after a custom base URL
//                                               ("admin-api-key:http://127.0.0.1:8080"): a v0.1 key, or one
//                                               stored with `cronofyctl admin-key set`
//   "account-admin-api-key:<account name>"      the admin API key of any other account, named by the person
//                                               ("account-admin-api-key:Acme — customer"); AccountList
//                                               records which entry each account uses
//   "client-secret:<client_id>"                 an application's client_secret
//   "shared-list-password:<address>"            the database password of a team's shared list, named by
//                                               PostgresAddress::toString() (which never holds a password)
//   "keychain-probe"                            KeychainSecretStore's probe: written and removed at once
// The value is the secret as UTF-8 text. The names (never the values) are also listed in the settings, group
// "keychain", key "keys" (SecretStore::knownKeys()), because a keychain cannot be listed.
namespace SecretKeys {
// "admin-api-key:us", "admin-api-key:http://127.0.0.1:8080"
QString adminApiKey(const DataCenter &dataCenter);
// "account-admin-api-key:Staging"
QString accountAdminApiKey(const QString &accountName);
// "client-secret:<client_id>"
QString clientSecret(const QString &clientId);
// "shared-list-password:postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full"
QString sharedListPassword(const QString &address);
} // namespace SecretKeys
