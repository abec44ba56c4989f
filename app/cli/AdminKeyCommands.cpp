// cronofyctl admin-key set|remove: the admin API key of a data center, in the keychain.
#include "CliContext.h"
#include "Commands.h"
#include "DataCenterOption.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"

int Commands::adminKeySet(CliContext &context, SubcommandParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            Cli::tr("The key is read from standard input, never from the command line. Remove "
                    "\"%1\" and pipe the key in instead.")
                .arg(parser.positionalArguments().constFirst().left(20)));
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, &exitCode);
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

int Commands::adminKeyRemove(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, &exitCode);
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
