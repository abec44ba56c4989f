#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;
class SubcommandParser;

// cronofyctl's commands as data: the one place that says which commands exist, their options and texts.
// --help of each command, the group helps, the overview (`cronofyctl --help`) and the dispatch in main.cpp
// all read it, and so do the man page and the shell completions:
//
//   cronofyctl --command-table          prints this table as one JSON document (CommandTable::toJson(),
//                                        always in English, never translated), for generators at build time
//   cronofyctl --complete-values KIND   prints the values of a completion KIND, one per line (client_id:
//                                        the client_ids of the kept list; account: the account names;
//                                        data_center, status: fixed words); prints nothing when the list
//                                        cannot be read, so a completion never shows an error
//
// Both are hidden from --help: they are for tools. The JSON's fields are documented at toJson().
namespace CommandTable {

// What an option's value or an argument is, so a completion can offer the right words.
enum class Completion {
    None, // free text
    DataCenter, // us au ca de sg uk (or a base URL)
    ClientId, // a client_id from the kept list
    Account, // an account name
    CalendarStatus, // active revoked failed
    File, // a path
};

struct Option
{
    QString name; // long name without dashes: "data-center"
    QString shortName; // one letter or empty
    QString valueName; // "DC"; empty for a switch
    QString help;
    Completion completion = Completion::None;
    bool repeatable = false;
};

struct Argument
{
    QString name; // "SUB"
    QString help;
    Completion completion = Completion::None;
    bool repeatable = false; // SUB...
    bool optional = false;
};

// Runs a command once its command line parsed: an exit code, or Commands::Running.
using Handler = int (*)(CliContext &context, SubcommandParser &parser);

struct Command
{
    QString group; // "calendar"
    QString action; // "provision"; empty for a group that is a command by itself ("log")
    QString synopsis; // after "cronofyctl group action": "--app CLIENT_ID SUB..."
    QString summary; // one line for the overview
    QString description; // the paragraph of its --help
    QList<Option> options; // besides --help
    QList<Argument> arguments;
    Handler run = nullptr;

    QString name() const; // "calendar provision", "log"
};

struct Group
{
    QString name; // "calendar"
    QString summary; // "application calendars"
};

struct ExitCode
{
    int code;
    QString meaning;
};

// Built at first use, after the translator is installed: the texts are in the person's language.
const QList<Group> &groups();
const QList<Command> &commands();
// The commands of one group, in table order.
QList<const Command *> commandsOf(const QString &group);
const Command *find(const QString &group, const QString &action);
const QList<ExitCode> &exitCodes();
// The fixed words of a completion kind (data centers, statuses); empty for the others.
QStringList fixedValues(Completion completion);
QString completionName(Completion completion); // "client_id", "data_center", ...

QJsonObject toJson();
} // namespace CommandTable
