// cronofyctl app create|import|set-secret|list: Cronofy applications and their client secrets.
#include "AdminKeyOverlayStore.h"
#include "CliContext.h"
#include "Commands.h"
#include "DataCenterOption.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"
#include "TextTable.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int rejectPositional(SubcommandParser &parser)
{
    const QStringList extra = parser.parser().positionalArguments();
    if (extra.isEmpty())
        return ExitCode::Ok;
    return parser.usageError(
        Cli::tr("\"%1\" is not an option of this command.").arg(extra.constFirst().left(100)));
}

void applyTimeout(CliContext &context, const SubcommandParser &parser)
{
    if (parser.timeout())
        context.setTimeout(*parser.timeout());
}

// Reads a secret from stdin and checks it like the window does. Prints the problem and returns false.
bool readSecret(const QString &prompt, const QString &field, QString *secret)
{
    QString problem;
    if (!SecretInput::read(prompt, secret, &problem)) {
        CliContext::err(problem);
        return false;
    }
    const ServiceError invalid = ProvisioningService::validateCredentialText(secret->trimmed(), field);
    if (!invalid.ok()) {
        CliContext::err(invalid.message());
        return false;
    }
    *secret = secret->trimmed();
    return true;
}

int appCreate(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("app create"),
        QStringLiteral("--data-center DC --name NAME --url URL [--show-secret] [--admin-key-stdin]"),
        Cli::tr(
            "Creates a Cronofy application with the data center's admin API key (stored with \"cronofyctl "
            "admin-key set\") and prints its client_id. Its client_secret goes to the keychain; Cronofy "
            "shows it "
            "only once. If the keychain cannot store it, the secret is printed with a warning and the exit "
            "code "
            "is 3: save it at once."));
    const QCommandLineOption dc = DataCenterOption::option();
    const QCommandLineOption name(QStringLiteral("name"),
        Cli::tr("The application's name, shown to people when they connect a calendar."),
        QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"),
        Cli::tr("The application's home page, e.g. https://example.com."), QStringLiteral("URL"));
    const QCommandLineOption showSecret(QStringLiteral("show-secret"),
        Cli::tr("Also print the client secret (on the line after the client_id)."));
    const QCommandLineOption keyFromStdin(QStringLiteral("admin-key-stdin"),
        Cli::tr("Read the admin API key from standard input for this call only, "
                "instead of the keychain. It is not stored."));
    for (const QCommandLineOption &option : {dc, name, url, showSecret, keyFromStdin})
        parser.addOption(option);
    parser.addTimeoutOption();
    if (const auto done = parser.parse(args))
        return *done;
    if (const int rejected = rejectPositional(parser))
        return rejected;
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, dc, &exitCode);
    if (!dataCenter)
        return exitCode;
    const NewApplication application {
        parser.parser().value(name).trimmed(), parser.parser().value(url).trimmed()};
    if (const ServiceError invalid = ProvisioningService::validateApplication(application); !invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    if (parser.parser().isSet(keyFromStdin)) {
        QString key;
        if (!readSecret(Cli::tr("Admin API key for %1 (not shown): ").arg(dataCenter->displayName()),
                QStringLiteral("admin_api_key"), &key))
            return ExitCode::Usage;
        const QString keyName = SecretKeys::adminApiKey(*dataCenter);
        context.setSecretStoreFactory([key, keyName](QObject *parent) {
            return new AdminKeyOverlayStore(new KeychainSecretStore(), keyName, key, parent);
        });
        key.fill(QLatin1Char('\0'));
    }
    applyTimeout(context, parser);
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const bool show = parser.parser().isSet(showSecret);
    context.service()->createApplication(*dataCenter, application, &context,
        [&context, show](const CreatedApplication &created, const ServiceError &error) {
            if (!error.ok()) {
                context.fail(error);
                return;
            }
            CliContext::out(created.credentials.clientId);
            if (!created.secretStored()) {
                // Cronofy will not show this secret again: it goes to the output whatever --show-secret says.
                CliContext::out(created.credentials.clientSecret);
                CliContext::err(
                    Cli::tr("WARNING: the client secret printed above was NOT stored in the keychain: %1")
                        .arg(created.secretError.message()));
                CliContext::err(
                    Cli::tr("Cronofy will not show it again. Save it now (for example in a password "
                            "manager), then store it with: cronofyctl app set-secret --client-id %1")
                        .arg(created.credentials.clientId));
                context.exit(ExitCode::Keychain);
                return;
            }
            if (!created.registryError.ok()) {
                // Stored in the keychain but not in the list: print it so it can be imported again anywhere.
                CliContext::out(created.credentials.clientSecret);
                CliContext::err(created.registryError.message());
                CliContext::err(
                    Cli::tr("The application was created and its secret is in the keychain, but it is "
                            "not in the list. The client secret is printed above; add the application "
                            "with \"cronofyctl app import\" once the problem is fixed."));
                context.exit(ExitCode::Registry);
                return;
            }
            if (show)
                CliContext::out(created.credentials.clientSecret);
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}

int appImport(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("app import"),
        QStringLiteral("--data-center DC --client-id ID [--name NAME] < client-secret"),
        Cli::tr("Adds an application made in the Cronofy dashboard. Its client secret is read from "
                "standard input and checked with Cronofy before it is stored in the keychain."));
    const QCommandLineOption dc = DataCenterOption::option();
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), Cli::tr("The application's client_id."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"),
        Cli::tr("A name for the list (default: the client_id)."), QStringLiteral("NAME"));
    for (const QCommandLineOption &option : {dc, clientId, name})
        parser.addOption(option);
    parser.addTimeoutOption();
    if (const auto done = parser.parse(args))
        return *done;
    if (const int rejected = rejectPositional(parser))
        return rejected;
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, dc, &exitCode);
    if (!dataCenter)
        return exitCode;
    const QString id = parser.parser().value(clientId).trimmed();
    if (const ServiceError invalid
        = ProvisioningService::validateCredentialText(id, QStringLiteral("client_id"));
        !invalid.ok()) {
        CliContext::err(Cli::tr("--client-id: %1").arg(invalid.message()));
        return ExitCode::Usage;
    }
    QString secret;
    if (!readSecret(
            Cli::tr("Client secret of %1 (not shown): ").arg(id), QStringLiteral("client_secret"), &secret))
        return ExitCode::Usage;
    applyTimeout(context, parser);
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    context.service()->importApplication(*dataCenter, ClientCredentials {id, secret},
        parser.parser().value(name), &context, [&context, id](const ServiceError &error) {
            if (!error.ok()) {
                context.fail(error);
                return;
            }
            CliContext::out(id);
            context.exit(ExitCode::Ok);
        });
    secret.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int appSetSecret(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("app set-secret"),
        QStringLiteral("--client-id ID < client-secret"),
        Cli::tr("Stores or replaces the client secret of an application in the list (after a "
                "rotation in the Cronofy dashboard, or when the keychain could not store it). "
                "The secret is read from standard input."));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), Cli::tr("The application's client_id."), QStringLiteral("ID"));
    parser.addOption(clientId);
    if (const auto done = parser.parse(args))
        return *done;
    if (const int rejected = rejectPositional(parser))
        return rejected;
    const QString id = parser.parser().value(clientId).trimmed();
    if (const ServiceError invalid
        = ProvisioningService::validateCredentialText(id, QStringLiteral("client_id"));
        !invalid.ok()) {
        CliContext::err(Cli::tr("--client-id: %1").arg(invalid.message()));
        return ExitCode::Usage;
    }
    QString secret;
    if (!readSecret(
            Cli::tr("Client secret of %1 (not shown): ").arg(id), QStringLiteral("client_secret"), &secret))
        return ExitCode::Usage;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    if (!context.registry()->application(id)) {
        CliContext::err(
            Cli::tr("The application %1 is not in the list. Add it with \"cronofyctl app import\".")
                .arg(id.left(100)));
        return ExitCode::Usage;
    }
    context.service()->storeClientSecret(id, secret, &context, [&context, id](const ServiceError &error) {
        if (!error.ok()) {
            context.fail(error);
            return;
        }
        CliContext::out(Cli::tr("The client secret of %1 is stored in the keychain.").arg(id));
        context.exit(ExitCode::Ok);
    });
    secret.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int appList(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("app list"), QStringLiteral("[--json]"),
        Cli::tr("Lists the applications this computer created or imported. Never prints a "
                "secret."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print a JSON array instead of a table."));
    parser.addOption(json);
    if (const auto done = parser.parse(args))
        return *done;
    if (const int rejected = rejectPositional(parser))
        return rejected;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QList<ApplicationRecord> applications = context.registry()->applications();
    if (parser.parser().isSet(json)) {
        QJsonArray array;
        for (const ApplicationRecord &a : applications) {
            array.append(QJsonObject {
                {QStringLiteral("client_id"), a.clientId},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("url"), a.url},
                {QStringLiteral("data_center"), a.dataCenter},
                {QStringLiteral("origin"),
                    a.origin == ApplicationRecord::Origin::Created ? QStringLiteral("created")
                                                                   : QStringLiteral("imported")},
                {QStringLiteral("secret_stored"), a.secretState == ApplicationRecord::SecretState::Stored},
                {QStringLiteral("created_at"), a.createdAt.toUTC().toString(Qt::ISODate)},
            });
        }
        CliContext::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitCode::Ok;
    }
    if (applications.isEmpty()) {
        CliContext::err(
            Cli::tr("No applications yet. Create one with \"cronofyctl app create\" or add one with "
                    "\"cronofyctl app import\"."));
        return ExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const ApplicationRecord &a : applications) {
        rows.append({a.clientId, a.name, a.dataCenter,
            a.secretState == ApplicationRecord::SecretState::Stored ? Cli::tr("stored")
                                                                    : Cli::tr("NOT STORED"),
            a.createdAt.toUTC().toString(Qt::ISODate)});
    }
    CliContext::out(TextTable::format(
        {Cli::tr("CLIENT_ID"), Cli::tr("NAME"), Cli::tr("DATA_CENTER"), Cli::tr("SECRET"), Cli::tr("ADDED")},
        rows));
    return ExitCode::Ok;
}

} // namespace

int Commands::app(CliContext &context, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("create"))
        return appCreate(context, args.mid(1));
    if (action == QLatin1String("import"))
        return appImport(context, args.mid(1));
    if (action == QLatin1String("set-secret"))
        return appSetSecret(context, args.mid(1));
    if (action == QLatin1String("list"))
        return appList(context, args.mid(1));
    const QString help
        = Cli::tr("Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]\n"
                  "       cronofyctl app import --data-center DC --client-id ID [--name NAME] < secret\n"
                  "       cronofyctl app set-secret --client-id ID < secret\n"
                  "       cronofyctl app list [--json]\n\n"
                  "Run \"cronofyctl app create --help\" (and so on) for details.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        CliContext::out(help);
        return ExitCode::Ok;
    }
    CliContext::err(action.isEmpty()
            ? Cli::tr("Say what to do with applications: create, import, set-secret or list.")
            : Cli::tr("\"%1\" is not something cronofyctl app can do; use create, import, "
                      "set-secret or list.")
                  .arg(action.left(100)));
    CliContext::err(help);
    return ExitCode::Usage;
}
