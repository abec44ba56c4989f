#pragma once

#include "CommandTable.h"

#include <QString>

// cronofyctl's shell completions, made from its command table: the commands, their actions and options,
// the fixed words of an option (data centers, statuses), files, and the client_ids and account names of the
// kept list, which the script asks the installed program for at completion time
// (`cronofyctl --complete-values KIND`, silent when the list cannot be read).
namespace Completions {

QString bash(const CliTable::Table &table); // /usr/share/bash-completion/completions/cronofyctl
QString zsh(const CliTable::Table &table); // _cronofyctl in zsh's $fpath
QString fish(const CliTable::Table &table); // /usr/share/fish/vendor_completions.d/cronofyctl.fish

} // namespace Completions
