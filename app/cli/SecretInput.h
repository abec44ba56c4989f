#pragma once

#include <QString>

// Reads a secret (admin API key, client secret) from standard input, never from the command line, where other
// users could see it in the process list and shells keep it in their history.
//
// On a terminal the typed characters are not echoed (termios) and `prompt` goes to stderr; from a pipe or a
// file everything up to the end (at most 64 KB) is read. One trailing newline (LF or CRLF) is removed; the
// caller validates what remains. Blocking, before the event loop starts: not a nested event loop.
namespace SecretInput {
// Returns false with a sentence in *error when nothing usable could be read.
bool read(const QString &prompt, QString *secret, QString *error);
} // namespace SecretInput
