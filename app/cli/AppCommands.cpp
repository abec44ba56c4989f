// cronofyctl app create|import|list: Cronofy applications and their client secrets.
#include "CliContext.h"
#include "Commands.h"
#include "DataCenterOption.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"
#include "TextTable.h"
#include "api/CronofyClient.h"
#include "registry/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

int rejectPositional(SubcommandParser &parser)
{
    const QStringList extra = parser.parser().positionalArguments();
    if (extra.isEmpty())
        return ExitCode::Ok;
    return parser.usageError(
        Cli::tr("\"%1\" is not an option of this command.").arg(extra.constFirst().left(100)));
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
        QStringLiteral("--data-center DC --name NAME --url URL [--show-secret]"),
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
    for (const QCommandLineOption &option : {dc, name, url, showSecret})
        parser.addOption(option);
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
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const bool show = parser.parser().isSet(showSecret);
    const QString dcText = parser.parser().value(dc).trimmed();
    context.service()->createApplication(*dataCenter, application, &context,
        [&context, show, dcText](const CreatedApplication &created, const ServiceError &error) {
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
                            "manager), then store it with: cronofyctl app import --data-center %1 "
                            "--client-id %2")
                        .arg(dcText, created.credentials.clientId));
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
                context.exit(ExitCode::Storage);
                return;
            }
            if (show)
                CliContext::out(created.credentials.clientSecret);
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}

// Stores a checked secret for an application already in the list (a rotation in the dashboard, or a secret
// the keychain could not store when the application was created).
void replaceSecret(CliContext &context, const DataCenter &dataCenter, const ClientCredentials &client)
{
    // Revoking a random token changes nothing (RFC 7009 answers 200 for unknown tokens) but proves the
    // credentials: wrong ones get 401. The same check as a first import.
    QByteArray probe(32, Qt::Uninitialized);
    for (char &c : probe)
        c = "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)];
    CronofyClient *api = context.service()->createClient(dataCenter, &context);
    api->revokeToken(client, QString::fromLatin1(probe), &context,
        [&context, client](const Done &, const ApiError &apiError) {
            if (!apiError.ok()) {
                context.fail(ServiceError::fromApi(apiError));
                return;
            }
            const QString id = client.clientId;
            context.service()->storeClientSecret(
                id, client.clientSecret, &context, [&context, id](const ServiceError &error) {
                    if (!error.ok()) {
                        context.fail(error);
                        return;
                    }
                    CliContext::out(id);
                    CliContext::err(
                        Cli::tr("The application was already in the list; its new client secret is stored in "
                                "the keychain."));
                    context.exit(ExitCode::Ok);
                });
        });
}

int appImport(CliContext &context, const QStringList &args)
{
    SubcommandParser parser(QStringLiteral("app import"),
        QStringLiteral("--data-center DC --client-id ID < client-secret"),
        Cli::tr("Adds an application made in the Cronofy dashboard. Its client secret is read from "
                "standard input and checked with Cronofy before it is stored in the keychain. If the "
                "application is already in the list, its client secret is replaced (after a rotation in "
                "the dashboard, or when the keychain could not store it)."));
    const QCommandLineOption dc = DataCenterOption::option();
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), Cli::tr("The application's client_id."), QStringLiteral("ID"));
    for (const QCommandLineOption &option : {dc, clientId})
        parser.addOption(option);
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
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    if (const auto known = context.registry()->application(id)) {
        if (known->dataCenter != dataCenter->storageKey()) {
            CliContext::err(
                Cli::tr("The application %1 is in the list for the data center %2, not %3. Run the "
                        "command again with --data-center %2.")
                    .arg(id.left(100), known->dataCenter, dataCenter->storageKey()));
            return ExitCode::Usage;
        }
        replaceSecret(context, *dataCenter, ClientCredentials {id, secret});
        secret.fill(QLatin1Char('\0'));
        return Commands::Running;
    }
    context.service()->importApplication(*dataCenter, ClientCredentials {id, secret}, QString(), &context,
        [&context, id](const ServiceError &error) {
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
    if (action == QLatin1String("list"))
        return appList(context, args.mid(1));
    const QString help
        = Cli::tr("Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]\n"
                  "       cronofyctl app import --data-center DC --client-id ID < secret\n"
                  "       cronofyctl app list [--json]\n\n"
                  "Run \"cronofyctl app create --help\" (and so on) for details.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        CliContext::out(help);
        return ExitCode::Ok;
    }
    CliContext::err(action.isEmpty()
            ? Cli::tr("Say what to do with applications: create, import or list.")
            : Cli::tr("\"%1\" is not something cronofyctl app can do; use create, import or list.")
                  .arg(action.left(100)));
    CliContext::err(help);
    return ExitCode::Usage;
}
