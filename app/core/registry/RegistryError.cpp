#include "registry/Registry.h"

QString RegistryError::message() const
{
    if (shared)
        return sharedMessage();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        return tr("The list of what was provisioned cannot be opened at %1. Check that the folder exists and "
                  "that you may write to it, then try again.")
            .arg(path);
    case Kind::ReadOnly:
        return tr(
            "The list of what was provisioned is in a folder that cannot be written to (%1), so nothing "
            "was saved. Make the folder writable, then try again.")
            .arg(path);
    case Kind::DiskFull:
        return tr("The disk is full, so nothing was saved. Free some space, then try again.");
    case Kind::Corrupt:
        return tr("The list of what was provisioned (%1) is damaged, so nothing was saved. Restart Cronofy "
                  "Console: it moves the damaged file aside, keeps it, and starts a fresh list.")
            .arg(path);
    case Kind::Busy:
        return tr(
            "Another program holds the list of what was provisioned (for example cronofyctl or a second "
            "window). Close it, then try again.");
    case Kind::Other:
    case Kind::Unreachable:
    case Kind::WrongPassword:
    case Kind::TlsRefused:
    case Kind::NewerSchema:
    case Kind::NoDriver:
        break;
    }
    return tr(
        "The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it "
        "keeps failing, restart Cronofy Console.")
        .arg(detail);
}

QString RegistryError::sharedMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr(
            "The shared list on %1 cannot be reached (%2). Check that the server is running and that this "
            "computer can reach it; nothing is lost, try again once it answers.")
            .arg(path, detail);
    case Kind::WrongPassword:
        return tr(
            "The server refused the user or the password for the shared list %1. Connect again with the "
            "right password (cronofyctl team connect, or Settings).")
            .arg(path);
    case Kind::TlsRefused:
        return tr(
            "The secure connection to the shared list %1 failed (%2). Check the server's certificate and the "
            "root certificate named by sslrootcert in the address, then connect again.")
            .arg(path, detail);
    case Kind::NewerSchema:
        return tr("The shared list %1 was written by a newer version of Cronofy Console (schema version %2). "
                  "Update Cronofy Console on this computer, then connect again.")
            .arg(path, detail);
    case Kind::NoDriver:
        return tr("Qt's PostgreSQL driver is not installed on this computer, so the shared list %1 cannot be "
                  "used. Install the package libqt6sql6-psql (Debian, Ubuntu) or qt6-qtbase-postgresql "
                  "(Fedora), then try again.")
            .arg(path);
    case Kind::ReadOnly:
        return tr("Your database user may not write to the shared list %1, so nothing was saved. Ask the "
                  "server's administrator to grant it, then try again.")
            .arg(path);
    case Kind::DiskFull:
        return tr("The shared list's server %1 is out of disk space, so nothing was saved. Ask its "
                  "administrator to free some, then try again.")
            .arg(path);
    case Kind::Busy:
        return tr("The shared list %1 is busy with a colleague's change. Try again.").arg(path);
    case Kind::CannotOpen:
    case Kind::Corrupt:
    case Kind::Other:
        break;
    }
    return tr("The shared list %1 could not be used (%2). Nothing was saved. Try again; if it keeps failing, "
              "ask the server's administrator.")
        .arg(path, detail);
}
