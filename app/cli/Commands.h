#pragma once

#include <QString>
#include <QStringList>

class CliContext;
class SubcommandParser;

// The commands of cronofyctl, one function each, called by main.cpp through CommandTable once the command
// line parsed. Each returns an exit code when it is already done, or Commands::Running when it started
// asynchronous work that ends the program through CliContext::exit().
namespace Commands {
constexpr int Running = -1;

// Finds the command in CommandTable, parses its command line and runs it; group helps and unknown
// commands are answered here. `args` excludes the program's name.
int dispatch(CliContext &context, const QStringList &args);
// The top-level help: every command and the exit codes, from CommandTable.
QString overview();
// The hidden helpers for generators and completions (CommandTable.h).
int printCommandTable();
int printCompletionValues(const QString &kind);

int adminKeySet(CliContext &context, SubcommandParser &parser);
int adminKeyRemove(CliContext &context, SubcommandParser &parser);

int accountAdd(CliContext &context, SubcommandParser &parser);
int accountList(CliContext &context, SubcommandParser &parser);
int accountRename(CliContext &context, SubcommandParser &parser);
int accountRemove(CliContext &context, SubcommandParser &parser);
int accountReplaceKey(CliContext &context, SubcommandParser &parser);

int appCreate(CliContext &context, SubcommandParser &parser);
int appImport(CliContext &context, SubcommandParser &parser);
int appList(CliContext &context, SubcommandParser &parser);
int appVerify(CliContext &context, SubcommandParser &parser);

int calendarProvision(CliContext &context, SubcommandParser &parser);
int calendarList(CliContext &context, SubcommandParser &parser);
int calendarRevoke(CliContext &context, SubcommandParser &parser);
int calendarVerify(CliContext &context, SubcommandParser &parser);
int calendarTokens(CliContext &context, SubcommandParser &parser);

int log(CliContext &context, SubcommandParser &parser);

int teamConnect(CliContext &context, SubcommandParser &parser);
int teamStatus(CliContext &context, SubcommandParser &parser);
int teamDisconnect(CliContext &context, SubcommandParser &parser);
} // namespace Commands
