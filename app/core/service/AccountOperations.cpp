// The accounts of ProvisioningService: add, rename, replace the key, remove, and which account a command
// means. Each checks its input before it touches the keychain, the settings or the list.
#include "common/LogCategories.h"
#include "service/ProvisioningService.h"

namespace {

constexpr int kMaxAccountNameLength = 100;

QString listOf(const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &account : accounts)
        names << QStringLiteral("“%1”").arg(account.name);
    return names.join(QStringLiteral(", "));
}

ServiceError unknownAccount(const QString &name)
{
    return ServiceError::input(
        ProvisioningService::tr("There is no account named “%1”. The accounts are listed in Settings (and by "
                                "\"cronofyctl account list\").")
            .arg(name.left(100)),
        QStringLiteral("account"));
}

} // namespace

ServiceError ProvisioningService::validateAccountName(const QString &name, const QString &renaming)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return ServiceError::input(
            tr("Enter a name for the account, such as the organizational unit it belongs to."),
            QStringLiteral("account"));
    if (trimmed.size() > kMaxAccountNameLength)
        return ServiceError::input(
            tr("The account name is too long. Use at most %1 characters.").arg(kMaxAccountNameLength),
            QStringLiteral("account"));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return ServiceError::input(tr("The account name contains invisible control characters. Type it "
                                          "again or paste it as plain text."),
                QStringLiteral("account"));
    }
    const auto existing = AccountList::find(trimmed);
    if (existing && existing->name.compare(renaming, Qt::CaseInsensitive) != 0)
        return ServiceError::input(tr("There is already an account named “%1” (%2). Choose another name.")
                                       .arg(existing->name, existing->dataCenter.displayName()),
            QStringLiteral("account"));
    return {};
}

ServiceError ProvisioningService::chooseAccount(
    const QString &name, const std::optional<DataCenter> &dataCenter, Account *account)
{
    if (!name.trimmed().isEmpty()) {
        const auto found = AccountList::find(name.trimmed());
        if (!found)
            return unknownAccount(name.trimmed());
        if (dataCenter && found->dataCenter.storageKey() != dataCenter->storageKey())
            return ServiceError::input(
                tr("The account “%1” is in %2, not in %3. Leave out the data center, "
                   "or choose an account of %3.")
                    .arg(found->name, found->dataCenter.displayName(), dataCenter->displayName()),
                QStringLiteral("account"));
        *account = *found;
        return {};
    }
    if (!dataCenter)
        return ServiceError::input(tr("Say which account to use."), QStringLiteral("account"));
    const QList<Account> inDataCenter = AccountList::inDataCenter(*dataCenter);
    if (inDataCenter.size() > 1)
        return ServiceError::input(tr("There are %1 accounts in %2 (%3): say which one to use.")
                                       .arg(inDataCenter.size())
                                       .arg(dataCenter->displayName(), listOf(inDataCenter)),
            QStringLiteral("account"));
    *account = inDataCenter.isEmpty() ? AccountList::forDataCenter(*dataCenter) : inDataCenter.constFirst();
    return {};
}

void ProvisioningService::addAccount(const QString &name, const DataCenter &dataCenter, const QString &key,
    QObject *context, DoneCallback done)
{
    if (const ServiceError invalid = validateAccountName(name); !invalid.ok()) {
        done(invalid);
        return;
    }
    const QString trimmed = name.trimmed();
    storeAccountKey(Account {trimmed, dataCenter, SecretKeys::accountAdminApiKey(trimmed)}, key,
        QStringLiteral("add-account"), context, std::move(done));
}

void ProvisioningService::replaceAccountKey(
    const QString &name, const QString &key, QObject *context, DoneCallback done)
{
    const auto account = AccountList::find(name.trimmed());
    if (!account) {
        done(unknownAccount(name.trimmed()));
        return;
    }
    storeAccountKey(*account, key, QStringLiteral("replace-account-key"), context, std::move(done));
}

void ProvisioningService::renameAccount(
    const QString &oldName, const QString &newName, QObject *context, DoneCallback done)
{
    const auto account = AccountList::find(oldName.trimmed());
    if (!account) {
        done(unknownAccount(oldName.trimmed()));
        return;
    }
    if (const ServiceError invalid = validateAccountName(newName, account->name); !invalid.ok()) {
        done(invalid);
        return;
    }
    if (const RegistryError unavailable = m_registry->availability(); !unavailable.ok()) {
        done(ServiceError::fromRegistry(unavailable));
        return;
    }
    Account renamed = *account;
    renamed.name = newName.trimmed();
    renamed.keyEntry = SecretKeys::accountAdminApiKey(renamed.name);
    const Account old = *account;
    // Listed under its new name once its key is under the new entry; the old entry goes last, so a failure
    // anywhere leaves the key in at least one entry that the list names.
    const auto finish = [this, old, renamed, context, done](const SecretError &moved) {
        if (!moved.ok()) {
            const ServiceError error = ServiceError::fromSecrets(moved);
            log(QStringLiteral("rename-account"), {old.name, {}, {}, old.dataCenter.storageKey()}, error,
                old.name);
            done(error);
            return;
        }
        const ServiceError error
            = ServiceError::fromRegistry(m_registry->renameAccount(old.name, renamed.name));
        if (!error.ok()) {
            log(QStringLiteral("rename-account"), {old.name, {}, {}, old.dataCenter.storageKey()}, error,
                old.name);
            done(error);
            return;
        }
        AccountList::put(renamed, old.name);
        if (AccountList::lastUsed().compare(old.name, Qt::CaseInsensitive) == 0)
            AccountList::setLastUsed(renamed.name);
        if (old.keyEntry == renamed.keyEntry) {
            log(QStringLiteral("rename-account"), {renamed.name, {}, {}, renamed.dataCenter.storageKey()}, {},
                renamed.name);
            done({});
            return;
        }
        m_secrets->remove(old.keyEntry, context, [this, old, renamed, done](const SecretError &removed) {
            if (!removed.ok() && removed.kind != SecretError::Kind::NotFound)
                qCWarning(lcSecrets) << "the old keychain entry of a renamed account stayed:" << old.keyEntry
                                     << removed.backendMessage;
            log(QStringLiteral("rename-account"), {renamed.name, {}, {}, renamed.dataCenter.storageKey()}, {},
                renamed.name);
            done({});
        });
    };
    m_secrets->read(old.keyEntry, context,
        [this, renamed, context, finish](const QString &key, const SecretError &readError) {
            if (readError.kind == SecretError::Kind::NotFound) {
                finish({}); // no key to move
                return;
            }
            if (!readError.ok()) {
                finish(readError);
                return;
            }
            m_secrets->write(renamed.keyEntry, key, context, finish);
        });
}

void ProvisioningService::removeAccount(const QString &name, QObject *context, DoneCallback done)
{
    const auto account = AccountList::find(name.trimmed());
    if (!account) {
        done(unknownAccount(name.trimmed()));
        return;
    }
    const Account removed = *account;
    m_secrets->remove(removed.keyEntry, context, [this, removed, done](const SecretError &secretError) {
        const ServiceError error = secretError.kind == SecretError::Kind::NotFound
            ? ServiceError()
            : ServiceError::fromSecrets(secretError);
        // The key first: an account whose key could not be removed stays listed, so it can be tried again.
        if (error.ok())
            AccountList::remove(removed.name);
        log(QStringLiteral("remove-account"), {removed.name, {}, {}, removed.dataCenter.storageKey()}, error,
            removed.name);
        done(error);
    });
}
