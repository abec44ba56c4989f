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

    // The hidden helpers of CommandTable.h, for the man page and the shell completions: in English (never
    // the person's language), and silent.
    const QString first = QCoreApplication::arguments().value(1);
    if (first == QLatin1String("--command-table") || first == QLatin1String("--complete-values")) {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        if (first == QLatin1String("--command-table"))
            return Commands::printCommandTable();
        return Commands::printCompletionValues(QCoreApplication::arguments().value(2));
    }
    // The diagnostic line per request is for debugging (QT_LOGGING_RULES="cronofy.*.info=true" brings it
    // back): on a terminal it would break the progress line, and in a bulk run it is a write per request.
    // Warnings stay on.
    QLoggingCategory::setFilterRules(QStringLiteral("cronofy.*.info=false"));
    Localization::installFromSettings(&app);

    const QStringList args = QCoreApplication::arguments().mid(1);
    CliContext context;
    const int code = Commands::dispatch(context, args);
    if (code != Commands::Running)
        return code;
    return QCoreApplication::exec();
}
