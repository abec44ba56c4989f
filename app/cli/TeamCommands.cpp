// cronofyctl team connect|status|disconnect: a team's shared list on PostgreSQL (docs/shared-list.md), or
// this computer's own list file. The password is read from standard input and kept in the keychain.
#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"
#include "postgres/PostgresConnection.h"
#include "postgres/SharedListChoice.h"
#include "registry/Registry.h"
#include "secrets/SecretStore.h"

namespace {

Registry::SharedOptions sharedOptions(CliContext &context)
{
    Registry::SharedOptions options;
    SecretStore *secrets = context.secrets();
    options.secretHere
        = [secrets](const QString &clientId) { return CliContext::secretHere(secrets, clientId); };
    return options;
}

// --copy-local: the rows of this computer's file that the shared list lacks. False after printing why.
bool copyLocal(Registry &shared)
{
    Registry::OpenOptions readOnly;
    readOnly.readOnly = true;
    Registry::OpenResult local = Registry::open(Registry::defaultPath(), readOnly);
    if (!local.registry) {
        CliContext::err(local.error.message());
        return false;
    }
    Registry::CopyCounts counts;
    const bool terminal = CliContext::stderrIsTerminal();
    const RegistryError copied = shared.copyMissingFrom(*local.registry, &counts, [terminal](qint64 done) {
        if (terminal)
            CliContext::errRaw(QLatin1Char('\r') + Cli::tr("Copying the local list: %1 rows").arg(done));
    });
    if (terminal)
        CliContext::errRaw(QStringLiteral("\n"));
    if (!copied.ok()) {
        CliContext::err(copied.message());
        CliContext::err(
            Cli::tr("What was copied before stays; running the same command again copies the rest."));
        return false;
    }
    CliContext::out(
        Cli::tr("Copied from %1: %2 applications, %3 calendars and %4 activity entries were added; "
                "%5 applications and %6 calendars were in the shared list already and were left "
                "as they are.")
            .arg(local.registry->path())
            .arg(counts.applicationsAdded)
            .arg(counts.calendarsAdded)
            .arg(counts.operationsAdded)
            .arg(counts.applicationsKept)
            .arg(counts.calendarsKept));
    return true;
}

void printStatus(const PostgresAddress &address, const Registry::SharedInfo &info)
{
    CliContext::out(Cli::tr("List: the shared list %1 (PostgreSQL %2, schema version %3)")
                        .arg(address.toString(), info.serverVersion)
                        .arg(info.schemaVersion));
    CliContext::out(info.actingRole.isEmpty() ? Cli::tr("Database user: %1").arg(info.loginRole)
                                              : Cli::tr("Database user: %1, writing as the team's role %2")
                                                    .arg(info.loginRole, info.actingRole));
    CliContext::out(Cli::tr("Applications: %1, calendars: %2").arg(info.applications).arg(info.calendars));
    CliContext::out(info.trigramSearch ? Cli::tr("Search: indexed (pg_trgm)")
                                       : Cli::tr("Search: row by row (the server has no pg_trgm)"));
}

} // namespace

int Commands::teamConnect(CliContext &context, SubcommandParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.usageError(positional.isEmpty()
                ? Cli::tr("Give the shared list's address, for example "
                          "postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.")
                : Cli::tr("Give one address only; the password is read from standard input."));
    QString problem;
    const std::optional<PostgresAddress> address = PostgresAddress::parse(positional.constFirst(), &problem);
    if (!address)
        return parser.usageError(problem);
    if (!PostgresConnection::driverAvailable()) {
        RegistryError missing;
        missing.kind = RegistryError::Kind::NoDriver;
        missing.shared = true;
        missing.path = PostgresConnection::describe(*address);
        CliContext::err(missing.message());
        return ExitCode::Storage;
    }
    QString password;
    if (!SecretInput::read(
            Cli::tr("Password of %1 (not shown): ").arg(PostgresConnection::describe(*address)), &password,
            &problem)) {
        CliContext::err(problem);
        return ExitCode::Usage;
    }
    Registry::OpenResult opened = Registry::openShared(*address, password, sharedOptions(context));
    if (!opened.registry) {
        password.fill(QLatin1Char('\0'));
        CliContext::err(opened.error.message());
        return ExitCode::Storage;
    }
    std::shared_ptr<Registry> shared(std::move(opened.registry));
    const bool copyWanted = parser.isSet(QStringLiteral("copy-local"));
    // The password first: without it in the keychain, the next run could not connect.
    context.secrets()->write(SecretKeys::sharedListPassword(address->toString()), password, &context,
        [&context, address = *address, shared, copyWanted](const SecretError &error) {
            if (!error.ok()) {
                CliContext::err(error.message());
                CliContext::err(
                    Cli::tr("Nothing was changed: this computer still works on the list it used before."));
                context.exit(ExitCode::Keychain);
                return;
            }
            SharedListChoice::set(address);
            CliContext::out(Cli::tr("Connected: cronofyctl and the window now work on the shared list %1.")
                                .arg(PostgresConnection::describe(address)));
            if (copyWanted && !copyLocal(*shared)) {
                context.exit(ExitCode::Storage);
                return;
            }
            context.exit(ExitCode::Ok);
        });
    password.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int Commands::teamStatus(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    const std::optional<PostgresAddress> address = SharedListChoice::current();
    if (!address) {
        Registry::OpenOptions readOnly;
        readOnly.readOnly = true;
        Registry::OpenResult local = Registry::open(Registry::defaultPath(), readOnly);
        CliContext::out(Cli::tr("List: this computer's own file %1").arg(Registry::defaultPath()));
        if (local.registry)
            CliContext::out(Cli::tr("Applications: %1, calendars: %2")
                                .arg(local.registry->applications().size())
                                .arg(local.registry->calendarCount()));
        CliContext::out(Cli::tr("To share it with your team: cronofyctl team connect "
                                "postgresql://USER@HOST:PORT/DATABASE --copy-local"));
        return ExitCode::Ok;
    }
    context.secrets()->read(SecretKeys::sharedListPassword(address->toString()), &context,
        [&context, address = *address](const QString &password, const SecretError &error) {
            if (!error.ok()) {
                CliContext::out(Cli::tr("List: the shared list %1").arg(address.toString()));
                CliContext::err(error.message());
                context.exit(ExitCode::Keychain);
                return;
            }
            Registry::OpenResult opened = Registry::openShared(address, password, sharedOptions(context));
            const std::optional<Registry::SharedInfo> info
                = opened.registry ? opened.registry->sharedInfo() : std::nullopt;
            if (!info) {
                CliContext::out(Cli::tr("List: the shared list %1").arg(address.toString()));
                CliContext::err(opened.error.ok()
                        ? Cli::tr("The server answered, but not to the list's questions.")
                        : opened.error.message());
                context.exit(ExitCode::Storage);
                return;
            }
            printStatus(address, *info);
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}

int Commands::teamDisconnect(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    const std::optional<PostgresAddress> address = SharedListChoice::current();
    if (!address) {
        CliContext::out(Cli::tr("cronofyctl and the window already work on this computer's own list (%1).")
                            .arg(Registry::defaultPath()));
        return ExitCode::Ok;
    }
    SharedListChoice::clear();
    context.secrets()->remove(SecretKeys::sharedListPassword(address->toString()), &context,
        [&context, address = *address](const SecretError &error) {
            CliContext::out(
                Cli::tr("cronofyctl and the window work on this computer's own list again (%1). The "
                        "shared list %2 is unchanged on its server.")
                    .arg(Registry::defaultPath(), PostgresConnection::describe(address)));
            if (!error.ok() && error.kind != SecretError::Kind::NotFound) {
                CliContext::err(
                    Cli::tr("Its password could not be removed from your keychain: %1").arg(error.message()));
                context.exit(ExitCode::Keychain);
                return;
            }
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}
