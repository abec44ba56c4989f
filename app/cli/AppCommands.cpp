// cronofyctl app create|import|list: Cronofy applications and their client secrets.
#include "AppOption.h"
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

} // namespace

int Commands::appCreate(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    int exitCode = ExitCode::Usage;
    const QString accountName = parser.value(QStringLiteral("account"));
    std::optional<DataCenter> dataCenter;
    // --account alone names the data center too; --data-center alone means its one account.
    if (accountName.trimmed().isEmpty() || parser.isSet(QStringLiteral("data-center"))) {
        dataCenter = DataCenterOption::read(parser, &exitCode);
        if (!dataCenter)
            return exitCode;
    }
    const NewApplication application {
        parser.value(QStringLiteral("name")).trimmed(), parser.value(QStringLiteral("url")).trimmed()};
    if (const ServiceError invalid = ProvisioningService::validateApplication(application); !invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    Account account;
    if (const ServiceError unclear = ProvisioningService::chooseAccount(accountName, dataCenter, &account);
        !unclear.ok()) {
        CliContext::err(unclear.message());
        return ExitCode::Usage;
    }
    const bool show = parser.isSet(QStringLiteral("show-secret"));
    const QString dcText = account.dataCenter.storageKey();
    context.service()->createApplication(account, application, &context,
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

namespace {

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

} // namespace

int Commands::appImport(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, &exitCode);
    if (!dataCenter)
        return exitCode;
    const QString id = parser.value(QStringLiteral("client-id")).trimmed();
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

int Commands::appList(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QList<ApplicationRecord> applications = context.registry()->applications();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApplicationRecord &a : applications) {
            array.append(QJsonObject {
                {QStringLiteral("client_id"), a.clientId},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("url"), a.url},
                {QStringLiteral("data_center"), a.dataCenter},
                {QStringLiteral("account"), a.account},
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
        rows.append({a.clientId, a.name, a.dataCenter, a.account.isEmpty() ? QStringLiteral("-") : a.account,
            a.secretState == ApplicationRecord::SecretState::Stored ? Cli::tr("stored")
                                                                    : Cli::tr("NOT STORED"),
            a.createdAt.toUTC().toString(Qt::ISODate)});
    }
    CliContext::out(TextTable::format({Cli::tr("CLIENT_ID"), Cli::tr("NAME"), Cli::tr("DATA_CENTER"),
                                          Cli::tr("ACCOUNT"), Cli::tr("SECRET"), Cli::tr("ADDED")},
        rows));
    return ExitCode::Ok;
}

int Commands::appVerify(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    VerificationRequest request;
    for (const QString &uri : parser.values(QStringLiteral("redirect-uri")))
        request.redirectUris.append(uri.trimmed());
    request.contactEmail = parser.value(QStringLiteral("contact-email")).trimmed();
    request.contactName = parser.value(QStringLiteral("contact-name")).trimmed();
    if (request.redirectUris.isEmpty())
        return parser.usageError(
            Cli::tr("Give at least one --redirect-uri URI, for example https://example.com/auth/callback."));
    if (request.contactEmail.isEmpty())
        return parser.usageError(Cli::tr("Give --contact-email EMAIL: Cronofy answers there."));
    if (const ServiceError invalid = ProvisioningService::validateVerification(request); !invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    QString clientId;
    int exitCode = ExitCode::Usage;
    if (!AppOption::read(context, parser, &clientId, &exitCode))
        return exitCode;
    context.service()->submitVerification(
        clientId, request, &context, [&context, clientId, request](const ServiceError &error) {
            if (!error.ok()) {
                context.fail(error);
                return;
            }
            CliContext::out(Cli::tr("Submitted %1 for verification. Cronofy answers by email to %2.")
                                .arg(clientId, request.contactEmail));
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}
