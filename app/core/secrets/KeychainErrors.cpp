#include "secrets/KeychainErrors.h"

#include <qt6keychain/keychain.h>

namespace {

// What libsecret/GDBus say when there is no keychain to talk to (build-env.md §3.4 table).
bool meansUnavailable(const QString &message)
{
    static const char *const fragments[] = {
        "Cannot autolaunch D-Bus", // no session bus, no DISPLAY
        "Could not connect", // DBUS_SESSION_BUS_ADDRESS points to a dead socket
        "was not provided by any .service files", // a bus without a Secret Service provider
        "Object does not exist at path", // no "login" collection (a keyring never unlocked/created)
        "Unknown error", // libsecret not loadable: QtKeychain fell through to KWallet
        "dbus-launch", // autolaunch attempted but impossible
        "org.freedesktop.DBus.Error.ServiceUnknown", // the same, as a D-Bus error name
    };
    for (const char *fragment : fragments) {
        if (message.contains(QLatin1String(fragment), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool meansLocked(const QString &message)
{
    return message.contains(QLatin1String("locked collection"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("is locked"), Qt::CaseInsensitive);
}

} // namespace

SecretError secretErrorFromKeychain(int code, const QString &message)
{
    using Kind = SecretError::Kind;
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, message};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Kind::Locked, message};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Kind::Unavailable, message};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (meansLocked(message))
        return {Kind::Locked, message};
    if (meansUnavailable(message))
        return {Kind::Unavailable, message};
    return {Kind::Other, message};
}
