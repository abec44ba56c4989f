#pragma once

#include <QStringList>

class CliContext;

// The subcommand groups. Each returns an exit code when it is already done, or Commands::Running when it
// started asynchronous work that ends the program through CliContext::exit(). `args` excludes the group's
// name.
namespace Commands {
constexpr int Running = -1;

int adminKey(CliContext &context, const QStringList &args); // admin-key set|remove
int app(CliContext &context, const QStringList &args); // app create|import|list
int calendar(CliContext &context, const QStringList &args); // calendar provision|list|revoke|verify

// The top-level help: every command and the exit codes.
QString overview();
} // namespace Commands
