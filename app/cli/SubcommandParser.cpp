#include "SubcommandParser.h"

#include "CliContext.h"
#include "ExitCodes.h"

SubcommandParser::SubcommandParser(
    const QString &command, const QString &synopsis, const QString &description)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_description(description)
    , m_help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

std::optional<int> SubcommandParser::parse(const QStringList &args)
{
    if (!m_parser.parse(QStringList {QStringLiteral("cronofyctl")} + args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        CliContext::out(helpText());
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QString SubcommandParser::helpText() const
{
    QString options = m_parser.helpText();
    // Qt's first lines are its own usage line (with the wrong program name) and a blank line.
    const qsizetype optionsStart = options.indexOf(QLatin1String("Options:"));
    if (optionsStart >= 0)
        options = options.mid(optionsStart);
    return Cli::tr("Usage: cronofyctl %1 %2").arg(m_command, m_synopsis) + QStringLiteral("\n\n")
        + m_description + QStringLiteral("\n\n") + options.trimmed() + QStringLiteral("\n\n")
        + exitCodesText();
}

int SubcommandParser::usageError(const QString &sentence) const
{
    CliContext::err(sentence);
    CliContext::err(Cli::tr("Run \"cronofyctl %1 --help\" to see how to use it.").arg(m_command));
    return ExitCode::Usage;
}

QString SubcommandParser::exitCodesText()
{
    return Cli::tr(
        "Exit codes:\n"
        "  0  done\n"
        "  1  wrong command line or input; nothing was sent\n"
        "  2  Cronofy or the network refused or failed\n"
        "  3  the keychain (or the local list of applications and calendars) could not be read or\n"
        "     written; if a new client secret could not be stored, it is printed: save it\n"
        "  4  a bulk run finished but some calendars failed\n"
        "  130  a bulk run was interrupted by Ctrl-C (143: by SIGTERM); what finished is saved, and the\n"
        "       same command continues where it stopped");
}
