#include "AppOption.h"

#include "CliContext.h"
#include "ExitCodes.h"
#include "SubcommandParser.h"
#include "registry/Registry.h"

bool AppOption::read(CliContext &context, const SubcommandParser &parser, QString *clientId, int *exitCode)
{
    *clientId = parser.value(QStringLiteral("app")).trimmed();
    if (clientId->isEmpty()) {
        *exitCode = parser.usageError(Cli::tr("Say which application with --app CLIENT_ID."));
        return false;
    }
    if (const int opened = context.open(); opened != ExitCode::Ok) {
        *exitCode = opened;
        return false;
    }
    if (!context.registry()->application(*clientId)) {
        CliContext::err(
            Cli::tr("The application %1 is not in the list. See \"cronofyctl app list\", or add it with "
                    "\"cronofyctl app import\".")
                .arg(clientId->left(100)));
        *exitCode = ExitCode::Usage;
        return false;
    }
    return true;
}
