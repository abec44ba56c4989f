#pragma once

// cronofyctl's exit codes, documented in `cronofyctl --help`. Scripts rely on them: never renumber.
namespace ExitCode {
enum : int {
    Ok = 0, // everything done
    Usage = 1, // bad command line or bad input; nothing was sent
    Api = 2, // Cronofy (or the network) refused or failed
    Keychain = 3, // the keychain could not be read or written (a new client_secret is then printed)
    Storage = 3, // the same code for the local list (registry.sqlite): this computer's storage failed
    Partial = 4, // a bulk run finished, but some calendars failed
    Interrupted = 130, // 128 + SIGINT: a bulk run stopped by Ctrl-C (what finished is saved; run it again)
    Terminated = 143, // 128 + SIGTERM: the same, stopped by SIGTERM
};
}
