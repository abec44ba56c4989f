#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// cronofyctl's command table as `cronofyctl --command-table` prints it (app/cli/CommandTable.h documents
// the JSON): what the man page and the shell completions are made from, so they cannot drift from --help.
namespace CliTable {

struct Option
{
    QString name; // "data-center"
    QString shortName; // "d" or empty
    QString valueName; // "DC"; empty for a switch
    QString help;
    QString completion; // "none", "data_center", "client_id", "account", "status", "file"
    bool repeatable = false;
};

struct Argument
{
    QString name;
    QString help;
    QString completion;
    bool repeatable = false;
    bool optional = false;
};

struct Command
{
    QString group;
    QString action; // empty for a group that is a command by itself
    QString name; // "calendar provision"
    QString synopsis;
    QString summary;
    QString description;
    QList<Option> options;
    QList<Argument> arguments;
};

struct Group
{
    QString name;
    QString summary;
    QList<Command> commands; // in table order
    bool hasActions() const { return !commands.isEmpty() && !commands.constFirst().action.isEmpty(); }
};

struct ExitCode
{
    int code = 0;
    QString meaning;
};

struct Table
{
    QString version;
    QList<Group> groups;
    QList<ExitCode> exitCodes;
    // Fixed words of a completion kind (data_center, status); the others come from the program itself.
    QList<QPair<QString, QStringList>> fixedValues;
    QStringList fixedValuesOf(const QString &kind) const;
};

// Reads the JSON; on a problem returns false with *error saying what is wrong.
bool read(const QByteArray &json, Table *table, QString *error);

} // namespace CliTable
