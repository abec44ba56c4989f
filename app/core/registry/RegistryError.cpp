#include "registry/Registry.h"

QString RegistryError::message() const
{
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
        break;
    }
    return tr(
        "The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it "
        "keeps failing, restart Cronofy Console.")
        .arg(detail);
}
