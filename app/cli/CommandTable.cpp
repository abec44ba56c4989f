// cronofyctl's command table: every command, option and text in one list (see CommandTable.h for who reads
// it).
#include "CommandTable.h"

#include "CliContext.h"
#include "Commands.h"
#include "api/DataCenter.h"

#include <QJsonArray>

namespace CommandTable {

QString Command::name() const
{
    return action.isEmpty() ? group : group + QLatin1Char(' ') + action;
}

namespace {

// The options several commands share, with one text each.
Option dataCenterOption()
{
    return {QStringLiteral("data-center"), QStringLiteral("d"), QStringLiteral("DC"),
        Cli::tr("The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as "
                "http://127.0.0.1:8080 for a local sandbox."),
        Completion::DataCenter};
}

Option appOption()
{
    return {QStringLiteral("app"), {}, QStringLiteral("CLIENT_ID"),
        Cli::tr("The application's client_id (see \"cronofyctl app list\")."), Completion::ClientId};
}

Option switchOption(const QString &name, const QString &help)
{
    return {name, {}, {}, help};
}

Argument accountArgument(const QString &name, const QString &help)
{
    return {name, help, Completion::Account};
}

Option dryRunOption()
{
    return switchOption(QStringLiteral("dry-run"),
        Cli::tr("Print what would be done, calendar by calendar, and send nothing."));
}

QList<Command> buildCommands()
{
    QList<Command> c;

    // ---- account ---------------------------------------------------------------------------------------
    c.append({QStringLiteral("account"), QStringLiteral("add"),
        QStringLiteral("--name NAME --data-center DC < key"),
        Cli::tr("add an account: a named admin API key (from stdin)"),
        Cli::tr("Adds an account: an admin API key of one organizational unit, under a name you choose "
                "(for example \"Acme - customer\" or \"Staging\"). The key is read from standard input "
                "(never from the command line) and stored in the keychain. Each data center may have "
                "several accounts; no two accounts share a name."),
        {{QStringLiteral("name"), {}, QStringLiteral("NAME"), Cli::tr("The account's name.")},
            dataCenterOption()},
        {}, &Commands::accountAdd});
    c.append({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("[--json]"),
        Cli::tr("list the accounts"),
        Cli::tr("Lists the accounts: name, data center and whether the keychain holds the key. Never "
                "prints a key. With --json, one document {\"accounts\": [...]} whose entries have name, "
                "data_center, data_center_name, has_key, keychain_entry and last_used."),
        {switchOption(QStringLiteral("json"), Cli::tr("Print one JSON document instead of a table."))}, {},
        &Commands::accountList});
    c.append({QStringLiteral("account"), QStringLiteral("rename"), QStringLiteral("OLD NEW"),
        Cli::tr("rename an account"),
        Cli::tr("Renames an account. Its key moves to the keychain entry of the new name, and the "
                "applications it created are listed under the new name."),
        {},
        {accountArgument(QStringLiteral("OLD"), Cli::tr("The account's name now.")),
            {QStringLiteral("NEW"), Cli::tr("Its new name.")}},
        &Commands::accountRename});
    c.append({QStringLiteral("account"), QStringLiteral("replace-key"), QStringLiteral("NAME < key"),
        Cli::tr("replace an account's admin API key (from stdin)"),
        Cli::tr("Replaces the admin API key of an account, for example after Cronofy refused it or it was "
                "revoked in the dashboard. The key is read from standard input."),
        {}, {accountArgument(QStringLiteral("NAME"), Cli::tr("The account's name."))},
        &Commands::accountReplaceKey});
    c.append({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("NAME"),
        Cli::tr("remove an account and its key"),
        Cli::tr("Removes an account and its admin API key from the keychain. The applications it created "
                "stay in the list."),
        {}, {accountArgument(QStringLiteral("NAME"), Cli::tr("The account's name."))},
        &Commands::accountRemove});

    // ---- admin-key -------------------------------------------------------------------------------------
    c.append({QStringLiteral("admin-key"), QStringLiteral("set"), QStringLiteral("--data-center DC < key"),
        Cli::tr("store a data center's admin API key (from stdin)"),
        Cli::tr("Stores the admin API key of the account named after a data center (added if needed) in "
                "the keychain. The key is read from standard input (never from the command line); on a "
                "terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin "
                "API. For several keys in one data center, use \"cronofyctl account add\"."),
        {dataCenterOption()}, {}, &Commands::adminKeySet});
    c.append({QStringLiteral("admin-key"), QStringLiteral("remove"), QStringLiteral("--data-center DC"),
        Cli::tr("remove a data center's admin API key"),
        Cli::tr("Removes the admin API key of the account named after a data center from the keychain."),
        {dataCenterOption()}, {}, &Commands::adminKeyRemove});

    // ---- app -------------------------------------------------------------------------------------------
    c.append({QStringLiteral("app"), QStringLiteral("create"),
        QStringLiteral("(--account NAME | --data-center DC) --name NAME --url URL [--show-secret]"),
        Cli::tr("create an application; prints its client_id"),
        Cli::tr("Creates a Cronofy application with an account's admin API key (see \"cronofyctl account "
                "add\") and prints its client_id. --data-center alone works when that data center has "
                "exactly one account. Its client_secret goes to the keychain; Cronofy shows it only "
                "once. If the keychain cannot store it, the secret is printed with a warning and the exit "
                "code is 3: save it at once."),
        {{QStringLiteral("account"), {}, QStringLiteral("NAME"),
             Cli::tr("The account whose admin API key creates the application (see \"cronofyctl account "
                     "list\")."),
             Completion::Account},
            dataCenterOption(),
            {QStringLiteral("name"), {}, QStringLiteral("NAME"),
                Cli::tr("The application's name, shown to people when they connect a calendar.")},
            {QStringLiteral("url"), {}, QStringLiteral("URL"),
                Cli::tr("The application's home page, e.g. https://example.com.")},
            switchOption(QStringLiteral("show-secret"),
                Cli::tr("Also print the client secret (on the line after the client_id)."))},
        {}, &Commands::appCreate});
    c.append({QStringLiteral("app"), QStringLiteral("import"),
        QStringLiteral("--data-center DC --client-id ID < client-secret"),
        Cli::tr("add an application made in the dashboard, or replace the client secret of one in the "
                "list"),
        Cli::tr("Adds an application made in the Cronofy dashboard. Its client secret is read from "
                "standard input and checked with Cronofy before it is stored in the keychain. If the "
                "application is already in the list, its client secret is replaced (after a rotation in "
                "the dashboard, or when the keychain could not store it)."),
        {dataCenterOption(),
            {QStringLiteral("client-id"), {}, QStringLiteral("ID"), Cli::tr("The application's client_id.")}},
        {}, &Commands::appImport});
    c.append({QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("[--json]"),
        Cli::tr("list the applications"),
        Cli::tr("Lists the applications this computer created or imported. Never prints a secret."),
        {switchOption(QStringLiteral("json"), Cli::tr("Print a JSON array instead of a table."))}, {},
        &Commands::appList});
    c.append({QStringLiteral("app"), QStringLiteral("verify"),
        QStringLiteral("--app CLIENT_ID --redirect-uri URI... --contact-email EMAIL [--contact-name NAME]"),
        Cli::tr("submit an application for verification"),
        Cli::tr("Submits an application to Cronofy for verification, which lifts the limits of an "
                "unverified application. Cronofy reviews it and answers by email."),
        {appOption(),
            {QStringLiteral("redirect-uri"), {}, QStringLiteral("URI"),
                Cli::tr("A redirect URI of the application (repeat for several)."), Completion::None, true},
            {QStringLiteral("contact-email"), {}, QStringLiteral("EMAIL"),
                Cli::tr("Where Cronofy sends its answer.")},
            {QStringLiteral("contact-name"), {}, QStringLiteral("NAME"),
                Cli::tr("Who to address (optional).")}},
        {}, &Commands::appVerify});

    // ---- calendar --------------------------------------------------------------------------------------
    c.append({QStringLiteral("calendar"), QStringLiteral("provision"),
        QStringLiteral("--app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] "
                       "[--refresh] [--include-revoked] [--dry-run]"),
        Cli::tr("provision application calendars, paced and resumable"),
        Cli::tr("Provisions application calendars, paced to Cronofy's limits per application (50 requests "
                "per second and 500 per minute unless changed). Each result is saved at once, so after an "
                "interruption the same command continues where it stopped: calendars already provisioned "
                "are skipped (unless --refresh). Calendars you revoked are skipped and named, unless "
                "--include-revoked "
                "is given. A CSV file needs a header row; the column "
                "application_calendar_id is used, or else the first column. A plain text file has one ID "
                "per line. Duplicates are provisioned once; if any ID is invalid nothing is sent."),
        {appOption(),
            {QStringLiteral("csv"), {}, QStringLiteral("FILE"),
                Cli::tr("Read the IDs from this file (CSV with a header, or one ID per line)."),
                Completion::File},
            {QStringLiteral("concurrency"), {}, QStringLiteral("N"),
                Cli::tr("Requests in flight at once, 1 to 64 (default 4).")},
            {QStringLiteral("rate"), {}, QStringLiteral("N/s"),
                Cli::tr("At most N requests per second, e.g. 50/s (default 50; 0 = no limit).")},
            {QStringLiteral("per-minute"), {}, QStringLiteral("N"),
                Cli::tr("At most N requests per minute (default 500; 0 = no limit).")},
            switchOption(QStringLiteral("refresh"),
                Cli::tr("Provision again the calendars that are already provisioned.")),
            switchOption(QStringLiteral("include-revoked"),
                Cli::tr("Provision again the calendars that were revoked (skipped otherwise).")),
            dryRunOption()},
        {{QStringLiteral("ID"), Cli::tr("Calendar IDs to provision."), Completion::None, true, true}},
        &Commands::calendarProvision});
    c.append({QStringLiteral("calendar"), QStringLiteral("list"),
        QStringLiteral("[--app CLIENT_ID] [--status STATUS] [--json | --csv]"),
        Cli::tr("list application calendars"),
        Cli::tr("Lists the application calendars in the list, of one application or of all. Never prints "
                "a token."),
        {appOption(),
            {QStringLiteral("status"), {}, QStringLiteral("STATUS"),
                Cli::tr("Only the calendars with this status: active, revoked or failed."),
                Completion::CalendarStatus},
            switchOption(QStringLiteral("json"), Cli::tr("Print JSON.")),
            switchOption(QStringLiteral("csv"), Cli::tr("Print CSV with a header row."))},
        {}, &Commands::calendarList});
    c.append({QStringLiteral("calendar"), QStringLiteral("revoke"),
        QStringLiteral("--app CLIENT_ID [--dry-run] [--yes] SUB..."), Cli::tr("revoke application calendars"),
        Cli::tr("Revokes application calendars by their sub (apc_...): their tokens stop working and the "
                "list marks them revoked."),
        {appOption(), dryRunOption(),
            switchOption(QStringLiteral("yes"),
                Cli::tr("Revoke more than 10 calendars without asking to type their number (for "
                        "scripts)."))},
        {{QStringLiteral("SUB"), Cli::tr("The subs to revoke."), Completion::None, true}},
        &Commands::calendarRevoke});
    c.append({QStringLiteral("calendar"), QStringLiteral("verify"), QStringLiteral("--app CLIENT_ID ID"),
        Cli::tr("check an application calendar"),
        Cli::tr("Checks an application calendar: gets fresh tokens (provisioning is idempotent), then asks "
                "Cronofy for its authorization and its calendars. Tokens are never printed."),
        {appOption()}, {{QStringLiteral("ID"), Cli::tr("The application_calendar_id.")}},
        &Commands::calendarVerify});
    c.append({QStringLiteral("calendar"), QStringLiteral("tokens"), QStringLiteral("--app CLIENT_ID ID"),
        Cli::tr("print fresh tokens of an application calendar"),
        Cli::tr("Gets fresh tokens for an application calendar (provisioning is idempotent) and prints them "
                "as JSON on standard output, with Cronofy's field names. They are never kept in the list, "
                "the activity or a log; on a terminal a warning goes to standard error."),
        {appOption()}, {{QStringLiteral("ID"), Cli::tr("The application_calendar_id.")}},
        &Commands::calendarTokens});

    // ---- log -------------------------------------------------------------------------------------------
    c.append({QStringLiteral("log"), QString(),
        QStringLiteral("[--app CLIENT_ID] [--since ISO-8601] [--failed] [--json | --csv]"),
        Cli::tr("the activity log: who did what, and what failed"),
        Cli::tr("Lists every operation in the log, newest first: when, what, on what, the account, the "
                "outcome, the HTTP status and the message. A bulk run is one entry with its counts, followed "
                "by the calendars that failed in it. Never prints a secret or a token."),
        {appOption(),
            {QStringLiteral("since"), {}, QStringLiteral("ISO-8601"),
                Cli::tr("Only the operations from this date or time on, e.g. 2026-12-01 (local midnight) or "
                        "2026-12-01T18:00:00Z.")},
            switchOption(QStringLiteral("failed"), Cli::tr("Only the operations that failed.")),
            switchOption(QStringLiteral("json"), Cli::tr("Print JSON.")),
            switchOption(QStringLiteral("csv"), Cli::tr("Print CSV with a header row."))},
        {}, &Commands::log});

    // ---- team ------------------------------------------------------------------------------------------
    c.append({QStringLiteral("team"), QStringLiteral("connect"),
        QStringLiteral("postgresql://USER@HOST:PORT/DATABASE [--copy-local] < password"),
        Cli::tr("work on a team's shared list (PostgreSQL)"),
        Cli::tr(
            "Works on a team's shared list on PostgreSQL from now on, in cronofyctl and in the window. The "
            "database password is read from standard input (never from the command line) and kept in the "
            "keychain. The list's tables are created on the first connection. A server on another computer "
            "needs ?sslmode=verify-full (and &sslrootcert=/path/to/ca.crt if your team's certificate "
            "authority is its own). --copy-local adds this computer's own list (applications, calendars, "
            "activity) to the shared one; rows already there are left as they are, so running it twice "
            "adds nothing."),
        {switchOption(QStringLiteral("copy-local"),
            Cli::tr("Add this computer's own list to the shared one (nothing is duplicated)."))},
        {{QStringLiteral("ADDRESS"), Cli::tr("postgresql://USER@HOST:PORT/DATABASE, without a password.")}},
        &Commands::teamConnect});
    c.append({QStringLiteral("team"), QStringLiteral("status"), QString(),
        Cli::tr("which list is in use, and whether its server answers"),
        Cli::tr("Says which list cronofyctl and the window work on: this computer's own file, or a team's "
                "shared list on PostgreSQL, and whether the server answers."),
        {}, {}, &Commands::teamStatus});
    c.append({QStringLiteral("team"), QStringLiteral("disconnect"), QString(),
        Cli::tr("back to this computer's own list"),
        Cli::tr(
            "Goes back to this computer's own list file. The shared list and everything in it stay on the "
            "server; its password is removed from the keychain."),
        {}, {}, &Commands::teamDisconnect});
    return c;
}

QList<Group> buildGroups()
{
    return {
        {QStringLiteral("account"), Cli::tr("accounts: admin API keys, one per organizational unit")},
        {QStringLiteral("admin-key"), Cli::tr("the admin API key of a data center")},
        {QStringLiteral("app"), Cli::tr("Cronofy applications and their client secrets")},
        {QStringLiteral("calendar"), Cli::tr("application calendars")},
        {QStringLiteral("log"), Cli::tr("the activity log")},
        {QStringLiteral("team"), Cli::tr("a team's shared list on PostgreSQL, or this computer's own")},
    };
}

QJsonArray optionsJson(const QList<Option> &options)
{
    QJsonArray out;
    for (const Option &o : options) {
        out.append(QJsonObject {{QStringLiteral("name"), o.name}, {QStringLiteral("short"), o.shortName},
            {QStringLiteral("value_name"), o.valueName}, {QStringLiteral("help"), o.help},
            {QStringLiteral("completion"), completionName(o.completion)},
            {QStringLiteral("repeatable"), o.repeatable}});
    }
    return out;
}

QJsonArray argumentsJson(const QList<Argument> &arguments)
{
    QJsonArray out;
    for (const Argument &a : arguments) {
        out.append(QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("help"), a.help},
            {QStringLiteral("completion"), completionName(a.completion)},
            {QStringLiteral("repeatable"), a.repeatable}, {QStringLiteral("optional"), a.optional}});
    }
    return out;
}

} // namespace

const QList<Group> &groups()
{
    static const QList<Group> table = buildGroups();
    return table;
}

const QList<Command> &commands()
{
    static const QList<Command> table = buildCommands();
    return table;
}

QList<const Command *> commandsOf(const QString &group)
{
    QList<const Command *> out;
    for (const Command &command : commands()) {
        if (command.group == group)
            out.append(&command);
    }
    return out;
}

const Command *find(const QString &group, const QString &action)
{
    for (const Command &command : commands()) {
        if (command.group == group && command.action == action)
            return &command;
    }
    return nullptr;
}

const QList<ExitCode> &exitCodes()
{
    static const QList<ExitCode> table {
        {0, Cli::tr("done")},
        {1, Cli::tr("wrong command line or input; nothing was sent")},
        {2, Cli::tr("Cronofy or the network refused or failed")},
        {3,
            Cli::tr("the keychain (or the local list of applications and calendars) could not be read or "
                    "written; if a new client secret could not be stored, it is printed: save it")},
        {4, Cli::tr("a bulk run finished but some calendars failed")},
        {130,
            Cli::tr("a bulk run was interrupted by Ctrl-C; what finished is saved, and the same command "
                    "continues where it stopped")},
        {143, Cli::tr("the same, interrupted by SIGTERM")},
    };
    return table;
}

QString completionName(Completion completion)
{
    switch (completion) {
    case Completion::None:
        return QStringLiteral("none");
    case Completion::DataCenter:
        return QStringLiteral("data_center");
    case Completion::ClientId:
        return QStringLiteral("client_id");
    case Completion::Account:
        return QStringLiteral("account");
    case Completion::CalendarStatus:
        return QStringLiteral("status");
    case Completion::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("none");
}

QStringList fixedValues(Completion completion)
{
    QStringList out;
    if (completion == Completion::DataCenter) {
        for (const DataCenter &dc : DataCenter::all())
            out.append(dc.id());
    } else if (completion == Completion::CalendarStatus) {
        out = {QStringLiteral("active"), QStringLiteral("revoked"), QStringLiteral("failed")};
    }
    return out;
}

// The JSON of `cronofyctl --command-table`. Fields (stable; generators rely on them):
//   program, version
//   groups[]:   name, summary
//   commands[]: group, action ("" for a command without one), name ("calendar provision"), synopsis,
//               summary, description,
//               options[]:   name (long, no dashes), short ("" or one letter), value_name ("" for a
//                            switch), help, completion, repeatable
//               arguments[]: name, help, completion, repeatable, optional
//               Every command also takes -h/--help, which is not listed.
//   completions: {kind: [fixed words]} for the kinds with fixed words (data_center, status); the kinds
//               client_id and account come from `cronofyctl --complete-values KIND`, file from the shell.
//   exit_codes[]: code, meaning
QJsonObject toJson()
{
    QJsonArray groupList;
    for (const Group &g : groups())
        groupList.append(
            QJsonObject {{QStringLiteral("name"), g.name}, {QStringLiteral("summary"), g.summary}});
    QJsonArray commandList;
    for (const Command &command : commands()) {
        commandList.append(QJsonObject {{QStringLiteral("group"), command.group},
            {QStringLiteral("action"), command.action}, {QStringLiteral("name"), command.name()},
            {QStringLiteral("synopsis"), command.synopsis}, {QStringLiteral("summary"), command.summary},
            {QStringLiteral("description"), command.description},
            {QStringLiteral("options"), optionsJson(command.options)},
            {QStringLiteral("arguments"), argumentsJson(command.arguments)}});
    }
    QJsonObject completions;
    for (const Completion kind : {Completion::DataCenter, Completion::CalendarStatus})
        completions.insert(completionName(kind), QJsonArray::fromStringList(fixedValues(kind)));
    QJsonArray codes;
    for (const ExitCode &e : exitCodes())
        codes.append(QJsonObject {{QStringLiteral("code"), e.code}, {QStringLiteral("meaning"), e.meaning}});
    return QJsonObject {{QStringLiteral("program"), QStringLiteral("cronofyctl")},
        {QStringLiteral("version"), QStringLiteral(CONSOLE_VERSION)}, {QStringLiteral("groups"), groupList},
        {QStringLiteral("commands"), commandList}, {QStringLiteral("completions"), completions},
        {QStringLiteral("exit_codes"), codes}};
}

} // namespace CommandTable
