#pragma once

#include "postgres/PostgresAddress.h"

#include <optional>

// Which list this computer's user works on: the local file (the default) or a team's shared list. Kept in the
// settings (group "shared-list", key "address": the address, never a password), so the window and cronofyctl
// agree. The password is in the keychain under SecretKeys::sharedListPassword(address).
namespace SharedListChoice {
// The shared list in use; std::nullopt: the local file.
std::optional<PostgresAddress> current();
void set(const PostgresAddress &address);
// Back to the local file.
void clear();
} // namespace SharedListChoice
