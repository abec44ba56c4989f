#include "secrets/SecretStore.h"

#include "api/DataCenter.h"

QString SecretError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("This secret is not in your keychain. Enter it again; another program may have removed it "
                  "from the keychain.");
    case Kind::Unavailable:
        return tr(
            "Cronofy Console could not reach your keychain. Start your desktop's keyring (GNOME Keyring or "
            "KWallet), then try again.");
    case Kind::Locked:
        return tr("Your keychain is locked or refused access. Unlock your desktop's keyring (it may still be "
                  "locked after login), then try again.");
    case Kind::Other:
        break;
    }
    if (backendMessage.isEmpty())
        return tr("Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your "
                  "desktop's keyring.");
    return tr("Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps "
              "failing, restart your desktop's keyring.")
        .arg(backendMessage);
}

namespace SecretKeys {

QString adminApiKey(const DataCenter &dataCenter)
{
    return QStringLiteral("admin-api-key:") + dataCenter.storageKey();
}

QString accountAdminApiKey(const QString &accountName)
{
    return QStringLiteral("account-admin-api-key:") + accountName;
}

QString clientSecret(const QString &clientId)
{
    return QStringLiteral("client-secret:") + clientId;
}

QString sharedListPassword(const QString &address)
{
    return QStringLiteral("shared-list-password:") + address;
}

} // namespace SecretKeys
