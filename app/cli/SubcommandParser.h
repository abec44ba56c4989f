#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// One QCommandLineParser per subcommand, with --help, a usage line that names the subcommand, the exit codes
// at the end of every help text, and errors as a sentence that says what to do next.
class SubcommandParser
{
public:
    // command: "app create"; synopsis: "--data-center DC --name NAME --url URL [--show-secret]".
    SubcommandParser(const QString &command, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // Parses args (without the program and subcommand names). Returns nullopt to go on; otherwise the exit
    // code: 0 after printing --help, 1 after printing what was wrong.
    std::optional<int> parse(const QStringList &args);

    QString helpText() const;
    // Prints "sentence" and "Run 'cronofyctl <command> --help' for the options." to stderr; returns 1.
    int usageError(const QString &sentence) const;

    // The exit code table, shared with the top-level help.
    static QString exitCodesText();

private:
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};
