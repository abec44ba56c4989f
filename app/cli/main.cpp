// cronofyctl: Cronofy Console on the command line. Wires the program together and hands over to a command.
#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "common/Localization.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc >= 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("cronofyctl %s\n", CONSOLE_VERSION);
        return ExitCode::Ok;
    }

    QCoreApplication app(argc, argv);
    // The same names as the window: the same data folder (registry.sqlite) and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("CronofyConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("cronofy-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    // The diagnostic line per request is for debugging (QT_LOGGING_RULES="cronofy.*.info=true" brings it
    // back): on a terminal it would break the progress line, and in a bulk run it is a write per request.
    // Warnings stay on.
    QLoggingCategory::setFilterRules(QStringLiteral("cronofy.*.info=false"));
    Localization::installFromSettings(&app);

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString group = args.value(0);
    CliContext context;
    int code = ExitCode::Usage;
    if (group == QLatin1String("admin-key")) {
        code = Commands::adminKey(context, args.mid(1));
    } else if (group == QLatin1String("app")) {
        code = Commands::app(context, args.mid(1));
    } else if (group == QLatin1String("calendar")) {
        code = Commands::calendar(context, args.mid(1));
    } else if (group.isEmpty() || group == QLatin1String("--help") || group == QLatin1String("-h")
        || group == QLatin1String("help")) {
        const QString text = Commands::overview();
        if (group.isEmpty()) {
            CliContext::err(text);
            return ExitCode::Usage;
        }
        CliContext::out(text);
        return ExitCode::Ok;
    } else {
        CliContext::err(
            Cli::tr("\"%1\" is not a cronofyctl command. Run \"cronofyctl --help\" to see the commands.")
                .arg(group.left(100)));
        return ExitCode::Usage;
    }
    if (code != Commands::Running)
        return code;
    return QCoreApplication::exec();
}
