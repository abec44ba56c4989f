// cronofyctl admin-key set|remove: the admin API key of a data center, in the keychain.
#include "CliContext.h"
#include "Commands.h"
#include "DataCenterOption.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"

namespace {

int adminKeySet(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("admin-key set"), QStringLiteral("--data-center DC < key"),
        Cli::tr("Stores the admin API key of a data center in the keychain. The key is read "
                "from standard input (never from the command line); on a terminal it is not "
                "shown while you type. Find it in the Cronofy dashboard under Admin API."));
    const QCommandLineOption dc = DataCenterOption::option();
    parser.addOption(dc);
    if (const auto done = parser.parse(args))
        return *done;
    if (!parser.parser().positionalArguments().isEmpty())
        return parser.usageError(
            Cli::tr("The key is read from standard input, never from the command line. Remove "
                    "\"%1\" and pipe the key in instead.")
                .arg(parser.parser().positionalArguments().constFirst().left(20)));
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, dc, &exitCode);
    if (!dataCenter)
        return exitCode;

    QString key;
    QString problem;
    if (!SecretInput::read(
            Cli::tr("Admin API key for %1 (not shown): ").arg(dataCenter->displayName()), &key, &problem)) {
        CliContext::err(problem);
        return ExitCode::Usage;
    }
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(key.trimmed(), QStringLiteral("admin_api_key"));
    if (!invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QString name = dataCenter->displayName();
    context.service()->storeAdminKey(*dataCenter, key, &context, [&context, name](const ServiceError &error) {
        if (!error.ok()) {
            context.fail(error);
            return;
        }
        CliContext::out(Cli::tr("The admin API key for %1 is stored in the keychain.").arg(name));
        context.exit(ExitCode::Ok);
    });
    key.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int adminKeyRemove(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("admin-key remove"), QStringLiteral("--data-center DC"),
        Cli::tr("Removes the admin API key of a data center from the keychain."));
    const QCommandLineOption dc = DataCenterOption::option();
    parser.addOption(dc);
    if (const auto done = parser.parse(args))
        return *done;
    if (!parser.parser().positionalArguments().isEmpty())
        return parser.usageError(Cli::tr("\"%1\" is not an option of this command.")
                                     .arg(parser.parser().positionalArguments().constFirst().left(100)));
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, dc, &exitCode);
    if (!dataCenter)
        return exitCode;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QString name = dataCenter->displayName();
    context.service()->removeAdminKey(*dataCenter, &context, [&context, name](const ServiceError &error) {
        if (!error.ok()) {
            context.fail(error);
            return;
        }
        CliContext::out(Cli::tr("No admin API key is stored for %1 any more.").arg(name));
        context.exit(ExitCode::Ok);
    });
    return Commands::Running;
}

} // namespace

int Commands::adminKey(CliContext &context, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("set"))
        return adminKeySet(context, args.mid(1));
    if (action == QLatin1String("remove"))
        return adminKeyRemove(context, args.mid(1));
    const QString help = Cli::tr("Usage: cronofyctl admin-key set --data-center DC < key\n"
                                 "       cronofyctl admin-key remove --data-center DC\n\n"
                                 "Run \"cronofyctl admin-key set --help\" for details.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        CliContext::out(help);
        return ExitCode::Ok;
    }
    CliContext::err(action.isEmpty()
            ? Cli::tr("Say what to do with the admin API key: set or remove.")
            : Cli::tr("\"%1\" is not something cronofyctl admin-key can do; use set or "
                      "remove.")
                  .arg(action.left(100)));
    CliContext::err(help);
    return ExitCode::Usage;
}
