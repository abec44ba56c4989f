#include "accounts/AccountList.h"

#include "secrets/SecretStore.h"

#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("accounts");
const QString kList = QStringLiteral("list");
const QString kLastUsed = QStringLiteral("accounts/last-used");

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void save(const QList<Account> &accounts)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(kList);
    settings.beginWriteArray(kList, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), accounts.at(i).name);
        settings.setValue(QStringLiteral("data-center"), accounts.at(i).dataCenter.storageKey());
        settings.setValue(QStringLiteral("key-entry"), accounts.at(i).keyEntry);
    }
    settings.endArray();
    settings.endGroup();
    settings.sync();
}

} // namespace

namespace AccountList {

QList<Account> all()
{
    QList<Account> accounts;
    QSettings settings;
    settings.beginGroup(kGroup);
    const int size = settings.beginReadArray(kList);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.name = settings.value(QStringLiteral("name")).toString();
        const auto dataCenter = DataCenter::parse(settings.value(QStringLiteral("data-center")).toString());
        if (dataCenter)
            account.dataCenter = *dataCenter;
        account.keyEntry = settings.value(QStringLiteral("key-entry")).toString();
        if (account.isValid() && !account.keyEntry.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

std::optional<Account> find(const QString &name)
{
    for (const Account &account : all()) {
        if (sameName(account.name, name))
            return account;
    }
    return std::nullopt;
}

QList<Account> inDataCenter(const DataCenter &dataCenter)
{
    QList<Account> found;
    for (const Account &account : all()) {
        if (account.dataCenter.storageKey() == dataCenter.storageKey())
            found.append(account);
    }
    return found;
}

std::optional<Account> ofDataCenter(const DataCenter &dataCenter)
{
    const QString entry = SecretKeys::adminApiKey(dataCenter);
    for (const Account &account : all()) {
        if (account.keyEntry == entry)
            return account;
    }
    return std::nullopt;
}

Account forDataCenter(const DataCenter &dataCenter)
{
    if (const auto listed = ofDataCenter(dataCenter))
        return *listed;
    Account account {dataCenter.displayName(), dataCenter, SecretKeys::adminApiKey(dataCenter)};
    if (const auto named = find(account.name)) {
        // Added by hand under the data center's name: that is the account named after it.
        if (named->dataCenter.storageKey() == dataCenter.storageKey())
            return *named;
        account.name += QStringLiteral(" (%1)").arg(dataCenter.storageKey());
    }
    return account;
}

void put(const Account &account, const QString &oldName)
{
    QList<Account> accounts = all();
    const QString replaced = oldName.isEmpty() ? account.name : oldName;
    for (Account &existing : accounts) {
        if (sameName(existing.name, replaced)) {
            existing = account;
            save(accounts);
            return;
        }
    }
    accounts.append(account);
    save(accounts);
}

void remove(const QString &name)
{
    QList<Account> accounts = all();
    accounts.removeIf([&name](const Account &account) { return sameName(account.name, name); });
    save(accounts);
    if (sameName(lastUsed(), name))
        setLastUsed({});
}

QString lastUsed()
{
    return QSettings().value(kLastUsed).toString();
}

void setLastUsed(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kLastUsed);
    else
        settings.setValue(kLastUsed, name);
}

QStringList adoptDataCenterKeys(const QStringList &knownKeys)
{
    const QString prefix = SecretKeys::adminApiKey(DataCenter()); // "admin-api-key:"
    QStringList added;
    for (const QString &entry : knownKeys) {
        if (!entry.startsWith(prefix))
            continue;
        // The window's offline sandbox keeps its own key there; it is not an account (parse() refuses it).
        const auto dataCenter = DataCenter::parse(entry.mid(prefix.size()));
        if (!dataCenter || ofDataCenter(*dataCenter))
            continue;
        Account account = forDataCenter(*dataCenter);
        if (find(account.name))
            continue; // that name is taken: the key stays where it is, for `admin-key set` to find
        put(account);
        added.append(account.name);
    }
    return added;
}

} // namespace AccountList
