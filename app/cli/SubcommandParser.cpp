#include "SubcommandParser.h"

#include "CliContext.h"
#include "ExitCodes.h"
#include "TextTable.h"

SubcommandParser::SubcommandParser(const CommandTable::Command &command)
    : m_command(command)
    , m_help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
    for (const CommandTable::Option &spec : command.options) {
        QStringList names {spec.name};
        if (!spec.shortName.isEmpty())
            names.prepend(spec.shortName);
        const QCommandLineOption option(names, spec.help, spec.valueName);
        m_parser.addOption(option);
        m_options.insert(spec.name, option);
    }
    for (const CommandTable::Argument &argument : command.arguments) {
        QString syntax = argument.name;
        if (argument.repeatable)
            syntax += QStringLiteral("...");
        if (argument.optional)
            syntax = QLatin1Char('[') + syntax + QLatin1Char(']');
        m_parser.addPositionalArgument(argument.name, argument.help, syntax);
    }
}

const QCommandLineOption &SubcommandParser::option(const QString &name) const
{
    const auto it = m_options.constFind(name);
    Q_ASSERT_X(it != m_options.constEnd(), "SubcommandParser", "option not in the command table");
    return *it;
}

bool SubcommandParser::isSet(const QString &name) const
{
    return m_options.contains(name) && m_parser.isSet(option(name));
}

QString SubcommandParser::value(const QString &name) const
{
    return m_options.contains(name) ? m_parser.value(option(name)) : QString();
}

QStringList SubcommandParser::values(const QString &name) const
{
    return m_options.contains(name) ? m_parser.values(option(name)) : QStringList();
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
    return Cli::tr("Usage: cronofyctl %1 %2").arg(m_command.name(), m_command.synopsis)
        + QStringLiteral("\n\n") + HelpText::wrap(m_command.description, 80, 0) + QStringLiteral("\n\n")
        + options.trimmed() + QStringLiteral("\n\n") + exitCodesText();
}

int SubcommandParser::usageError(const QString &sentence) const
{
    CliContext::err(sentence);
    CliContext::err(Cli::tr("Run \"cronofyctl %1 --help\" to see how to use it.").arg(m_command.name()));
    return ExitCode::Usage;
}

int SubcommandParser::rejectPositional() const
{
    const QStringList extra = m_parser.positionalArguments();
    if (extra.isEmpty())
        return ExitCode::Ok;
    return usageError(Cli::tr("\"%1\" is not an option of this command.").arg(extra.constFirst().left(100)));
}

QString SubcommandParser::exitCodesText()
{
    QString text = Cli::tr("Exit codes:");
    for (const CommandTable::ExitCode &code : CommandTable::exitCodes())
        text += QStringLiteral("\n  %1  %2").arg(code.code, 3).arg(HelpText::wrap(code.meaning, 80, 7));
    return text;
}
