// cronofyctl account add|list|rename|remove|replace-key: the admin API keys a person named, one per
// organizational unit. The keys are read from standard input and kept only in the keychain.
#include "CliContext.h"
#include "Commands.h"
#include "DataCenterOption.h"
#include "ExitCodes.h"
#include "SecretInput.h"
#include "SubcommandParser.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {

// The one argument a command takes (an account name); prints the usage error and returns it otherwise.
int takeNames(const SubcommandParser &parser, qsizetype count, QStringList *names)
{
    *names = parser.positionalArguments();
    if (names->size() != count)
        return parser.usageError(count == 1
                ? Cli::tr("Give the account's name (see \"cronofyctl account list\").")
                : Cli::tr("Give the account's name and its new name."));
    return ExitCode::Ok;
}

// Reads an admin API key from stdin and checks it. Prints the problem and returns false.
bool readKey(const QString &prompt, QString *key)
{
    QString problem;
    if (!SecretInput::read(prompt, key, &problem)) {
        CliContext::err(problem);
        return false;
    }
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(key->trimmed(), QStringLiteral("admin_api_key"));
    if (!invalid.ok()) {
        CliContext::err(invalid.message());
        return false;
    }
    return true;
}

// Ends with the sentence on success, or the error's sentence and exit code.
ProvisioningService::DoneCallback finishWith(CliContext &context, const QString &done)
{
    return [&context, done](const ServiceError &error) {
        if (!error.ok()) {
            context.fail(error);
            return;
        }
        CliContext::out(done);
        context.exit(ExitCode::Ok);
    };
}

} // namespace

int Commands::accountAdd(CliContext &context, SubcommandParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            Cli::tr("The key is read from standard input, never from the command line. Remove "
                    "\"%1\" and pipe the key in instead.")
                .arg(parser.positionalArguments().constFirst().left(20)));
    if (!parser.isSet(QStringLiteral("name")))
        return parser.usageError(Cli::tr("Name the account with --name NAME, for example its organizational "
                                         "unit."));
    int exitCode = ExitCode::Usage;
    const auto dataCenter = DataCenterOption::read(parser, &exitCode);
    if (!dataCenter)
        return exitCode;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    // Before the key is asked for: a name that cannot be used is said at once.
    if (const ServiceError invalid = ProvisioningService::validateAccountName(name); !invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    QString key;
    if (!readKey(Cli::tr("Admin API key of %1 (not shown): ").arg(name), &key))
        return ExitCode::Usage;
    context.service()->addAccount(name, *dataCenter, key, &context,
        finishWith(context,
            Cli::tr("The account “%1” (%2) is added; its admin API key is stored in the keychain.")
                .arg(name, dataCenter->displayName())));
    key.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int Commands::accountReplaceKey(CliContext &context, SubcommandParser &parser)
{
    QStringList names;
    if (const int wrong = takeNames(parser, 1, &names))
        return wrong;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const auto account = AccountList::find(names.constFirst().trimmed());
    if (!account) {
        Account unused;
        CliContext::err(
            ProvisioningService::chooseAccount(names.constFirst(), std::nullopt, &unused).message());
        return ExitCode::Usage;
    }
    QString key;
    if (!readKey(Cli::tr("New admin API key of %1 (not shown): ").arg(account->name), &key))
        return ExitCode::Usage;
    context.service()->replaceAccountKey(account->name, key, &context,
        finishWith(context,
            Cli::tr("The new admin API key of the account “%1” is stored in the keychain.")
                .arg(account->name)));
    key.fill(QLatin1Char('\0'));
    return Commands::Running;
}

int Commands::accountList(CliContext &context, SubcommandParser &parser)
{
    if (const int rejected = parser.rejectPositional())
        return rejected;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QList<Account> accounts = AccountList::all();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (accounts.isEmpty() && !json) {
        CliContext::err(Cli::tr("No accounts yet. Add one with \"cronofyctl account add --name NAME "
                                "--data-center DC\" (the key on standard input)."));
        return ExitCode::Ok;
    }
    // Whether each key is in the keychain (the reads queue in the keychain store); printed once all answered.
    struct Reads
    {
        QList<bool> hasKey;
        qsizetype answered = 0;
        bool failed = false;
    };
    auto reads = std::make_shared<Reads>();
    reads->hasKey.resize(accounts.size());
    const auto print = [&context, accounts, reads, json] {
        const QString lastUsed = AccountList::lastUsed();
        if (json) {
            QJsonArray array;
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                const Account &account = accounts.at(i);
                array.append(QJsonObject {
                    {QStringLiteral("name"), account.name},
                    {QStringLiteral("data_center"), account.dataCenter.storageKey()},
                    {QStringLiteral("data_center_name"), account.dataCenter.displayName()},
                    {QStringLiteral("has_key"), reads->hasKey.at(i)},
                    {QStringLiteral("keychain_entry"), account.keyEntry},
                    {QStringLiteral("last_used"), account.name == lastUsed},
                });
            }
            CliContext::out(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("accounts"), array}})
                                                  .toJson(QJsonDocument::Indented))
                                .trimmed());
        } else {
            QList<QStringList> rows;
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                const Account &account = accounts.at(i);
                rows.append({account.name, account.dataCenter.storageKey(),
                    reads->hasKey.at(i) ? Cli::tr("stored") : Cli::tr("MISSING")});
            }
            CliContext::out(
                TextTable::format({Cli::tr("NAME"), Cli::tr("DATA_CENTER"), Cli::tr("KEY")}, rows));
        }
        context.exit(ExitCode::Ok);
    };
    if (accounts.isEmpty()) {
        print();
        return Commands::Running;
    }
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        context.service()->hasAccountKey(accounts.at(i), &context,
            [&context, reads, i, print, total = accounts.size()](bool has, const ServiceError &error) {
                if (reads->failed)
                    return;
                if (!error.ok()) {
                    reads->failed = true;
                    context.fail(error);
                    return;
                }
                reads->hasKey[i] = has;
                if (++reads->answered == total)
                    print();
            });
    }
    return Commands::Running;
}

int Commands::accountRename(CliContext &context, SubcommandParser &parser)
{
    QStringList names;
    if (const int wrong = takeNames(parser, 2, &names))
        return wrong;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QString newName = names.at(1).trimmed();
    context.service()->renameAccount(names.at(0), newName, &context,
        finishWith(
            context, Cli::tr("The account “%1” is now named “%2”.").arg(names.at(0).trimmed(), newName)));
    return Commands::Running;
}

int Commands::accountRemove(CliContext &context, SubcommandParser &parser)
{
    QStringList names;
    if (const int wrong = takeNames(parser, 1, &names))
        return wrong;
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    const QString name = names.constFirst().trimmed();
    context.service()->removeAccount(name, &context,
        finishWith(context,
            Cli::tr("The account “%1” and its admin API key are removed. The applications it created stay "
                    "listed.")
                .arg(name)));
    return Commands::Running;
}
