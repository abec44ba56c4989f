// From the command line to a command of CommandTable; the overview and group helps built from the table.
#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "SubcommandParser.h"
#include "TextTable.h"
#include "accounts/AccountList.h"
#include "registry/Registry.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace {

constexpr qsizetype kSummaryColumn = 46;
constexpr qsizetype kWidth = 100;

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("help");
}

// "  calendar list [--app CLIENT_ID]      list application calendars", the summary on the next line when
// the synopsis is long.
QString commandLine(const CommandTable::Command &command)
{
    QString line = QStringLiteral("  ") + command.name() + QLatin1Char(' ') + command.synopsis;
    const QString summary = HelpText::wrap(command.summary, kWidth, kSummaryColumn);
    if (line.size() + 2 <= kSummaryColumn)
        return line.leftJustified(kSummaryColumn) + summary;
    return QStringLiteral("  ") + HelpText::wrap(line.mid(2), kWidth, 6) + QLatin1Char('\n')
        + QString(kSummaryColumn, QLatin1Char(' ')) + summary;
}

QString groupHelp(const QString &group)
{
    QStringList lines;
    for (const CommandTable::Command *command : CommandTable::commandsOf(group))
        lines.append(QStringLiteral("cronofyctl %1 %2").arg(command->name(), command->synopsis));
    QString text = Cli::tr("Usage: %1").arg(lines.join(QStringLiteral("\n       ")));
    text += QStringLiteral("\n\n")
        + Cli::tr("Run \"cronofyctl %1 ACTION --help\" for the options of each action.").arg(group);
    return text;
}

QStringList actionsOf(const QString &group)
{
    QStringList actions;
    for (const CommandTable::Command *command : CommandTable::commandsOf(group))
        actions.append(command->action);
    return actions;
}

} // namespace

QString Commands::overview()
{
    QString text = Cli::tr("Usage: cronofyctl COMMAND [options]") + QStringLiteral("\n\n")
        + HelpText::wrap(Cli::tr("Cronofy Console on the command line: the same list of applications and "
                                 "calendars and the same keychain as the window."),
            kWidth, 0)
        + QStringLiteral("\n\n") + Cli::tr("Commands:");
    for (const CommandTable::Command &command : CommandTable::commands())
        text += QLatin1Char('\n') + commandLine(command);
    text += QStringLiteral("\n\n")
        + Cli::tr("DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer "
                  "only).\n"
                  "Secrets are read from standard input, never from the command line.\n"
                  "Run \"cronofyctl COMMAND ACTION --help\" for the options of each command.")
        + QStringLiteral("\n\n") + SubcommandParser::exitCodesText();
    return text;
}

int Commands::dispatch(CliContext &context, const QStringList &args)
{
    const QString group = args.value(0);
    if (group.isEmpty() || isHelp(group)) {
        if (group.isEmpty()) {
            CliContext::err(overview());
            return ExitCode::Usage;
        }
        CliContext::out(overview());
        return ExitCode::Ok;
    }
    const QList<const CommandTable::Command *> ofGroup = CommandTable::commandsOf(group);
    if (ofGroup.isEmpty()) {
        CliContext::err(
            Cli::tr("\"%1\" is not a cronofyctl command. Run \"cronofyctl --help\" to see the commands.")
                .arg(group.left(100)));
        return ExitCode::Usage;
    }
    // A group that is a command by itself ("log") takes its options right after its name.
    const CommandTable::Command *command = CommandTable::find(group, QString());
    QStringList rest = args.mid(1);
    if (!command) {
        const QString action = args.value(1);
        command = CommandTable::find(group, action);
        rest = args.mid(2);
        if (!command) {
            const QString help = groupHelp(group);
            if (isHelp(action)) {
                CliContext::out(help);
                return ExitCode::Ok;
            }
            const QString actions = actionsOf(group).join(QStringLiteral(", "));
            CliContext::err(action.isEmpty()
                    ? Cli::tr("Say what cronofyctl %1 should do: %2.").arg(group, actions)
                    : Cli::tr("\"%1\" is not something cronofyctl %2 can do; use one of: %3.")
                          .arg(action.left(100), group, actions));
            CliContext::err(help);
            return ExitCode::Usage;
        }
    }
    auto parser = std::make_shared<SubcommandParser>(*command);
    if (const auto done = parser->parse(rest))
        return *done;
    // On a team's shared list, its password is read from the keychain first (asynchronously), then the
    // command runs, in the event loop. team connect|status|disconnect choose the list themselves.
    if (command->group == QLatin1String("team") || !context.listIsShared())
        return command->run(context, *parser);
    context.prepareList([&context, command, parser](int prepared) {
        const int code = prepared == ExitCode::Ok ? command->run(context, *parser) : prepared;
        if (code != Commands::Running)
            context.exit(code);
    });
    return Commands::Running;
}

int Commands::printCommandTable()
{
    CliContext::out(QString::fromUtf8(QJsonDocument(CommandTable::toJson()).toJson(QJsonDocument::Indented)));
    return ExitCode::Ok;
}

int Commands::printCompletionValues(const QString &kind)
{
    using CommandTable::Completion;
    for (const Completion fixed : {Completion::DataCenter, Completion::CalendarStatus}) {
        if (kind == CommandTable::completionName(fixed)) {
            for (const QString &word : CommandTable::fixedValues(fixed))
                CliContext::out(word);
            return ExitCode::Ok;
        }
    }
    if (kind == CommandTable::completionName(Completion::Account)) {
        for (const Account &account : AccountList::all())
            CliContext::out(account.name);
        return ExitCode::Ok;
    }
    if (kind != CommandTable::completionName(Completion::ClientId))
        return ExitCode::Usage;
    // Read only, and only an existing list: a completion never creates, migrates or repairs anything, and
    // says nothing when it cannot read (the shell would show it in the middle of the command line).
    const QString path = Registry::defaultPath();
    if (!QFileInfo::exists(path))
        return ExitCode::Ok;
    Registry::OpenOptions options;
    options.readOnly = true;
    options.busyTimeoutMs = 500;
    const Registry::OpenResult opened = Registry::open(path, options);
    if (!opened.registry)
        return ExitCode::Ok;
    for (const ApplicationRecord &application : opened.registry->applications())
        CliContext::out(application.clientId);
    return ExitCode::Ok;
}
