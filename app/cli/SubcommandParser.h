#pragma once

#include "CommandTable.h"

#include <QCommandLineParser>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of one command of CommandTable: its options and arguments, --help built from the table,
// the exit codes at the end of every help text, and errors as a sentence that says what to do next.
class SubcommandParser
{
public:
    explicit SubcommandParser(const CommandTable::Command &command);

    const CommandTable::Command &command() const { return m_command; }

    // Parses args (without the program, group and action names). Returns nullopt to go on; otherwise the
    // exit code: 0 after printing --help, 1 after printing what was wrong.
    std::optional<int> parse(const QStringList &args);

    // By long name, as in the table ("data-center"); asking for a name the command lacks is a bug (asserts).
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    QString helpText() const;
    // Prints "sentence" and "Run 'cronofyctl <command> --help' ..." to stderr; returns 1.
    int usageError(const QString &sentence) const;
    // Positional arguments given to a command that takes none: the usage error, else 0.
    int rejectPositional() const;

    // The exit code table, shared with the top-level help.
    static QString exitCodesText();

private:
    const QCommandLineOption &option(const QString &name) const;

    const CommandTable::Command &m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QHash<QString, QCommandLineOption> m_options;
};
