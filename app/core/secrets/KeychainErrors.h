#pragma once

#include "secrets/SecretStore.h"

// How a QtKeychain result becomes a SecretError (build-env.md §3.4). QtKeychain 0.13 reports a missing bus,
// a missing Secret Service or a missing "login" collection as OtherError with the backend's message, so the
// message decides. `code` is a QKeychain::Error value (kept as int so this header needs no QtKeychain).
SecretError secretErrorFromKeychain(int code, const QString &message);
