#pragma once

#include "api/DataCenter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An account: one admin API key of one Cronofy Organizational Unit, with the name the person gave it
// ("Acme — customer", "Staging") and its data center. The key itself is only in the keychain, under keyEntry.
struct Account
{
    QString name;
    DataCenter dataCenter;
    // The keychain entry of its key (SecretStore.h lists the names): SecretKeys::adminApiKey(dataCenter) for
    // the account named after its data center (a v0.1 key, or `cronofyctl admin-key set`), else
    // SecretKeys::accountAdminApiKey(name).
    QString keyEntry;

    bool isValid() const { return !name.isEmpty() && dataCenter.isValid(); }
};

// This computer user's accounts, in the settings (group "accounts"): names, data centers and entry names,
// never a key. Not in the kept list: that list may be a team's shared database, while the keys are in this
// user's own keychain, so a colleague's accounts would show there without a key that works.
// Names are compared without regard to case: "staging" and "Staging" would be one account to a person.
namespace AccountList {
QList<Account> all(); // in the order they were added
std::optional<Account> find(const QString &name);
QList<Account> inDataCenter(const DataCenter &dataCenter);
// The account named after a data center: the one whose key is under the data center's own entry.
std::optional<Account> ofDataCenter(const DataCenter &dataCenter);
// What ofDataCenter() finds, or the account it would be (not yet listed): how `admin-key set` and the
// data center's key in Settings keep working as in v0.1.
Account forDataCenter(const DataCenter &dataCenter);
// Adds or replaces (by name, or by the old name when renaming) an account.
void put(const Account &account, const QString &oldName = {});
void remove(const QString &name);

// The account the window last created an application with (the Create Application dialog's default).
QString lastUsed();
void setLastUsed(const QString &name);

// The upgrade from v0.1, run when the list is first read: each "admin-api-key:<data center>" among the
// keychain's known entry names (SecretStore::knownKeys()) that no account holds becomes the account named
// after that data center, its key staying where it is, so nothing is copied and nothing can be lost.
// Returns the names of the accounts added.
QStringList adoptDataCenterKeys(const QStringList &knownKeys);
} // namespace AccountList
