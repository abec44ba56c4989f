// cronofyctl calendar provision|list|revoke|verify: application calendars.
#include "AppOption.h"
#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "InterruptWatcher.h"
#include "ProgressPrinter.h"
#include "SubcommandParser.h"
#include "TextTable.h"
#include "bulk/BulkProvisioner.h"
#include "bulk/BulkText.h"
#include "bulk/CalendarIdList.h"
#include "list/ListSources.h"
#include "registry/CalendarExport.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

namespace {

// More calendars than this are revoked only after the person types their number, or with --yes.
constexpr int revokeWithoutAsking = 10;

// --app and the one calendar ID a command takes. 0, or the exit code after the sentence was printed.
int readAppAndCalendar(CliContext &context, const SubcommandParser &parser, const QString &notOne,
    QString *clientId, QString *id)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return parser.usageError(notOne);
    *id = ids.constFirst().trimmed();
    if (const ServiceError invalid = ProvisioningService::validateCalendarId(*id); !invalid.ok()) {
        CliContext::err(invalid.message());
        return ExitCode::Usage;
    }
    int exitCode = ExitCode::Usage;
    return AppOption::read(context, parser, clientId, &exitCode) ? 0 : exitCode;
}

// A count for --rate / --per-minute / --concurrency: a whole number in [min, max]; "50/s" is accepted for
// --rate.
std::optional<int> readCount(const QString &text, int min, int max, const QString &suffix = {})
{
    QString value = text.trimmed();
    if (!suffix.isEmpty() && value.endsWith(suffix, Qt::CaseInsensitive))
        value.chop(suffix.size());
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

// One group of a dry run's plan: its heading, then one indented line per calendar.
void printGroup(const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    CliContext::out(heading);
    for (const QString &line : lines)
        CliContext::out(QStringLiteral("  ") + line);
}

// --dry-run: what a run would do with each calendar, and nothing sent. Exit 1 when a run would refuse
// (an invalid ID), as the run itself would.
int printProvisionPlan(Registry *registry, const QString &clientId, const CalendarIdList &list,
    const BulkOptions &options, const QString &where)
{
    const QSet<QString> active = registry->activeCalendarIds(clientId);
    const QSet<QString> revoked = registry->calendarIds(clientId, CalendarRecord::Status::Revoked);
    QStringList sent, already, skippedRevoked, sentRevoked;
    for (const QString &id : list.ids) {
        if (active.contains(id))
            already.append(id);
        else if (revoked.contains(id))
            (options.includeRevoked ? sentRevoked : skippedRevoked).append(id);
        else
            sent.append(id);
    }
    const auto problemLines = [&where](const QList<CalendarIdProblem> &problems) {
        QStringList lines;
        for (const CalendarIdProblem &problem : problems)
            lines.append(Cli::tr("%1 %2: \"%3\": %4")
                             .arg(where)
                             .arg(problem.line)
                             .arg(problem.id.left(80), problem.message));
        return lines;
    };
    CliContext::out(Cli::tr("Dry run: nothing was sent."));
    printGroup(Cli::tr("Would be provisioned (%1):").arg(sent.size()), sent);
    printGroup(Cli::tr("Revoked, would be provisioned again (%1):").arg(sentRevoked.size()), sentRevoked);
    printGroup(
        Cli::tr("Already provisioned, skipped (%1); --refresh provisions them again:").arg(already.size()),
        already);
    printGroup(
        Cli::tr("Revoked, skipped (%1); --include-revoked provisions them again:").arg(skippedRevoked.size()),
        skippedRevoked);
    printGroup(Cli::tr("Duplicates, provisioned once (%1):").arg(list.duplicates.size()),
        problemLines(list.duplicates));
    printGroup(Cli::tr("Invalid (%1):").arg(list.invalid.size()), problemLines(list.invalid));
    if (!list.invalid.isEmpty()) {
        CliContext::out(Cli::tr("With invalid IDs a run sends nothing: correct or remove them first."));
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

} // namespace

int Commands::calendarProvision(CliContext &context, SubcommandParser &parser)
{
    BulkOptions options;
    const SubcommandParser &p = parser;
    const QString concurrency = QStringLiteral("concurrency");
    const QString rate = QStringLiteral("rate");
    const QString perMinute = QStringLiteral("per-minute");
    const QString csv = QStringLiteral("csv");
    if (p.isSet(concurrency)) {
        const auto n = readCount(p.value(concurrency), 1, 64);
        if (!n)
            return parser.usageError(Cli::tr("--concurrency takes a whole number from 1 to 64."));
        options.concurrency = *n;
    }
    if (p.isSet(rate)) {
        const auto n = readCount(p.value(rate), 0, 100000, QStringLiteral("/s"));
        if (!n)
            return parser.usageError(
                Cli::tr("--rate takes requests per second, e.g. 50/s (0 turns the limit off)."));
        options.perSecond = *n;
    }
    if (p.isSet(perMinute)) {
        const auto n = readCount(p.value(perMinute), 0, 6000000, QStringLiteral("/min"));
        if (!n)
            return parser.usageError(
                Cli::tr("--per-minute takes a whole number of requests per minute, e.g. 500 (0 "
                        "turns the limit off)."));
        options.perMinute = *n;
    }
    options.refresh = p.isSet(QStringLiteral("refresh"));
    options.includeRevoked = p.isSet(QStringLiteral("include-revoked"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (dryRun && options.refresh)
        return parser.usageError(
            Cli::tr("Give either --dry-run or --refresh, not both: a dry run shows what a run without "
                    "--refresh would do."));

    const QStringList positional = p.positionalArguments();
    if (p.isSet(csv) && !positional.isEmpty())
        return parser.usageError(
            Cli::tr("Give the calendar IDs either on the command line or with --csv, not both."));
    if (!p.isSet(csv) && positional.isEmpty())
        return parser.usageError(Cli::tr("Give the calendar IDs to provision, or a file with --csv FILE."));
    const CalendarIdList list = p.isSet(csv) ? CalendarIdListReader::readFile(p.value(csv))
                                             : CalendarIdListReader::fromList(positional);
    if (!list.ok()) {
        CliContext::err(list.error);
        return ExitCode::Usage;
    }
    const QString where = p.isSet(csv) ? Cli::tr("line") : Cli::tr("argument");
    if (dryRun && list.entries > 0) {
        QString clientId;
        int exitCode = ExitCode::Usage;
        if (!AppOption::read(context, parser, &clientId, &exitCode))
            return exitCode;
        return printProvisionPlan(context.registry(), clientId, list, options, where);
    }
    for (const CalendarIdProblem &problem : list.problems()) {
        //: "line 12: "room-1": Listed already on line 3..." / "argument 2: ..."
        CliContext::err(Cli::tr("%1 %2: \"%3\": %4")
                            .arg(where)
                            .arg(problem.line)
                            .arg(problem.id.left(80), problem.message));
    }
    if (!list.invalid.isEmpty()) {
        CliContext::err(
            Cli::tr("Nothing was sent: %n calendar ID(s) cannot be used. Correct or remove them and run the "
                    "command again.",
                nullptr, static_cast<int>(list.invalid.size())));
        return ExitCode::Usage;
    }
    if (list.ids.isEmpty()) {
        CliContext::err(
            Cli::tr("There are no calendar IDs in %1. Put one ID per line, or use a CSV file with an "
                    "application_calendar_id column.")
                .arg(p.value(csv)));
        return ExitCode::Usage;
    }

    QString clientId;
    int exitCode = ExitCode::Usage;
    if (!AppOption::read(context, parser, &clientId, &exitCode))
        return exitCode;

    auto *provisioner = new BulkProvisioner(context.service(), &context);
    provisioner->setOptions(options);
    auto printer = std::make_shared<ProgressPrinter>();
    QObject::connect(provisioner, &BulkProvisioner::progressChanged, provisioner,
        [printer](const BulkProgress &progress) { printer->update(progress); });
    QObject::connect(provisioner, &BulkProvisioner::calendarFailed, provisioner,
        [printer](const QString &id, const QString &message) {
            printer->printLine(Cli::tr("failed: %1: %2").arg(id, message));
        });
    // Ctrl-C or SIGTERM: no new requests; those in flight finish and are saved, then the usual summary.
    auto *watcher = new InterruptWatcher(provisioner);
    auto interruptedWith = std::make_shared<int>(0);
    QObject::connect(watcher, &InterruptWatcher::interrupted, provisioner,
        [provisioner, printer, interruptedWith](int exitCode) {
            if (*interruptedWith != 0 || !provisioner->isRunning())
                return;
            *interruptedWith = exitCode;
            printer->printLine(
                Cli::tr("Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C "
                        "again to quit at once (what is done is already saved).",
                    nullptr, provisioner->progress().inFlight));
            provisioner->stopStarting();
        });
    QObject::connect(provisioner, &BulkProvisioner::finished, provisioner,
        [&context, printer, interruptedWith](const BulkSummary &summary) {
            printer->finish();
            CliContext::out(BulkText::summary(summary));
            if (!summary.revokedSkipped.isEmpty())
                CliContext::out(Cli::tr("Give --include-revoked to provision them again."));
            if (*interruptedWith != 0 && summary.error.ok()) {
                CliContext::out(
                    Cli::tr("Interrupted: %1 done, %2 failed, %3 not started. Run the same command again to "
                            "continue; calendars already provisioned are skipped.")
                        .arg(summary.done)
                        .arg(summary.failed)
                        .arg(summary.notStarted));
                context.exit(*interruptedWith);
            } else if (!summary.error.ok())
                context.exit(CliContext::exitCodeFor(summary.error));
            else if (summary.failed > 0 || summary.notStarted > 0)
                context.exit(ExitCode::Partial);
            else
                context.exit(ExitCode::Ok);
        });
    provisioner->start(clientId, list.ids);
    return Commands::Running;
}

int Commands::calendarList(CliContext &context, SubcommandParser &parser)
{
    const SubcommandParser &p = parser;
    const QString json = QStringLiteral("json");
    const QString csv = QStringLiteral("csv");
    if (const int rejected = parser.rejectPositional())
        return rejected;
    if (p.isSet(json) && p.isSet(csv))
        return parser.usageError(Cli::tr("Choose either --json or --csv."));
    QString status;
    if (p.isSet(QStringLiteral("status"))) {
        status = p.value(QStringLiteral("status")).trimmed().toLower();
        const QStringList known {RecordText::statusKey(CalendarRecord::Status::Active),
            RecordText::statusKey(CalendarRecord::Status::Revoked),
            RecordText::statusKey(CalendarRecord::Status::Failed)};
        if (!known.contains(status))
            return parser.usageError(Cli::tr("--status takes active, revoked or failed."));
    }
    QString clientId;
    if (p.isSet(QStringLiteral("app"))) {
        int exitCode = ExitCode::Usage;
        if (!AppOption::read(context, parser, &clientId, &exitCode))
            return exitCode;
    } else if (const int opened = context.open(); opened != ExitCode::Ok) {
        return opened;
    }
    // Streamed a page at a time from the list's own connection: 10 million calendars in bounded memory.
    CalendarExport::Options options;
    options.query = CalendarExport::byId(clientId);
    if (!status.isEmpty())
        options.query.equals.append({ListSources::CalendarStatus, status});
    const QHash<QString, QString> names = context.registry()->applicationNames();
    const ListStoreFactory stores = context.registry()->listStores();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitCode::Storage;
    if (p.isSet(csv) || p.isSet(json)) {
        // CSV: the bytes as the file would hold them (CRLF rows); stdout is binary-safe here.
        options.format = p.isSet(json) ? CalendarExport::Format::Json : CalendarExport::Format::Csv;
        const CalendarExport::Result result = CalendarExport::write(stores, names, options, &out);
        if (!result.ok()) {
            CliContext::err(result.error);
            return ExitCode::Storage;
        }
        return ExitCode::Ok;
    }
    // A table: columns as wide as the first page needs (later pages do not realign what is printed).
    QStringList header {
        Cli::tr("APPLICATION_CALENDAR_ID"), Cli::tr("STATUS"), Cli::tr("SUB"), Cli::tr("PROVISIONED")};
    if (clientId.isEmpty())
        header.prepend(Cli::tr("CLIENT_ID"));
    header.append(Cli::tr("LAST_ERROR"));
    QList<qsizetype> widths;
    qint64 listed = 0;
    const CalendarExport::Result result
        = CalendarExport::read(stores, options.query, [&](const QList<CalendarRecord> &page) {
              QList<QStringList> rows;
              for (const CalendarRecord &c : page) {
                  const QString status = c.status == CalendarRecord::Status::Active ? Cli::tr("active")
                      : c.status == CalendarRecord::Status::Revoked                 ? Cli::tr("revoked")
                                                                                    : Cli::tr("failed");
                  QStringList row {
                      c.applicationCalendarId, status, c.sub, c.provisionedAt.toUTC().toString(Qt::ISODate)};
                  if (clientId.isEmpty())
                      row.prepend(c.clientId);
                  row.append(c.lastError);
                  rows.append(row);
              }
              if (widths.isEmpty())
                  widths = TextTable::widths(header, rows);
              out.write(TextTable::format(listed == 0 ? header : QStringList(), rows, widths).toUtf8());
              listed += rows.size();
              return true;
          });
    if (!result.ok()) {
        CliContext::err(result.error);
        return ExitCode::Storage;
    }
    if (listed == 0 && !status.isEmpty())
        CliContext::err(Cli::tr("No calendars with the status %1.").arg(status));
    else if (listed == 0)
        CliContext::err(Cli::tr("No calendars yet. Provision some with \"cronofyctl calendar provision\"."));
    return ExitCode::Ok;
}

namespace {

// --dry-run of a revoke: each sub as the list knows it, and nothing sent.
int printRevokePlan(Registry *registry, const QString &clientId, const QStringList &subs)
{
    QStringList revoke, again, unknown;
    for (const QString &sub : subs) {
        const std::optional<CalendarRecord> calendar = registry->calendarBySub(sub);
        if (!calendar || calendar->clientId != clientId)
            unknown.append(sub);
        else if (calendar->status == CalendarRecord::Status::Revoked)
            again.append(QStringLiteral("%1 (%2)").arg(sub, calendar->applicationCalendarId));
        else
            revoke.append(QStringLiteral("%1 (%2)").arg(sub, calendar->applicationCalendarId));
    }
    CliContext::out(Cli::tr("Dry run: nothing was sent."));
    printGroup(Cli::tr("Would be revoked (%1):").arg(revoke.size()), revoke);
    printGroup(Cli::tr("Already revoked (%1); Cronofy would be asked again:").arg(again.size()), again);
    printGroup(
        Cli::tr("Not in the list (%1); Cronofy would be asked to revoke them:").arg(unknown.size()), unknown);
    return ExitCode::Ok;
}

// Revokes the subs one after the other; the exit code is that of the first failure.
struct RevokeRun
{
    CliContext *context;
    QString clientId;
    QStringList subs;
    int next = 0;
    int firstFailure = ExitCode::Ok;

    void step(const std::shared_ptr<RevokeRun> &self)
    {
        if (next >= subs.size()) {
            context->exit(firstFailure);
            return;
        }
        const QString sub = subs.at(next++);
        context->service()->revokeCalendar(clientId, sub, context, [self, sub](const ServiceError &error) {
            if (error.ok()) {
                CliContext::out(Cli::tr("Revoked %1.").arg(sub));
            } else {
                CliContext::err(Cli::tr("%1: %2").arg(sub, error.message()));
                if (self->firstFailure == ExitCode::Ok)
                    self->firstFailure = CliContext::exitCodeFor(error);
            }
            self->step(self);
        });
    }
};

} // namespace

int Commands::calendarRevoke(CliContext &context, SubcommandParser &parser)
{
    const QStringList subs = parser.positionalArguments();
    if (subs.isEmpty())
        return parser.usageError(
            Cli::tr("Give the sub of each calendar to revoke (see \"cronofyctl calendar list\")."));
    QStringList clean;
    for (const QString &sub : subs) {
        const ServiceError invalid = ProvisioningService::validateCredentialText(sub, QStringLiteral("sub"));
        if (!invalid.ok()) {
            CliContext::err(Cli::tr("\"%1\": %2").arg(sub.left(80), invalid.message()));
            return ExitCode::Usage;
        }
        clean.append(sub.trimmed());
    }
    QString clientId;
    int exitCode = ExitCode::Usage;
    if (!AppOption::read(context, parser, &clientId, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("dry-run")))
        return printRevokePlan(context.registry(), clientId, clean);
    // A revoke cannot be undone: many at once are confirmed by typing their number (or --yes in a script).
    if (clean.size() > revokeWithoutAsking && !parser.isSet(QStringLiteral("yes"))) {
        if (!CliContext::stdinIsTerminal()) {
            CliContext::err(Cli::tr("Revoking %1 calendars at once needs --yes, or run the command on a "
                                    "terminal to confirm. Nothing was revoked.")
                                .arg(clean.size()));
            return ExitCode::Usage;
        }
        const QString count = QString::number(clean.size());
        CliContext::errRaw(Cli::tr("Revoking cannot be undone. Type %1 to revoke %1 calendars: ").arg(count));
        QByteArray typed;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n' && typed.size() < 64)
            typed.append(static_cast<char>(c));
        if (QString::fromUtf8(typed).trimmed() != count) {
            CliContext::err(Cli::tr("Nothing was revoked."));
            return ExitCode::Usage;
        }
    }
    auto run = std::make_shared<RevokeRun>();
    run->context = &context;
    run->clientId = clientId;
    run->subs = clean;
    run->step(run);
    return Commands::Running;
}

int Commands::calendarVerify(CliContext &context, SubcommandParser &parser)
{
    QString clientId, id;
    if (const int refused = readAppAndCalendar(
            context, parser, Cli::tr("Give exactly one calendar ID to verify."), &clientId, &id))
        return refused;
    context.service()->verifyCalendar(clientId, id, &context,
        [&context, id](const CalendarVerification &result, const ServiceError &error) {
            if (!error.ok()) {
                context.fail(error);
                return;
            }
            QList<QStringList> rows {
                {Cli::tr("application_calendar_id"), id},
                {Cli::tr("sub"), result.credentials.sub},
                {Cli::tr("profile"), result.credentials.profile.profileId},
                {Cli::tr("scope"), result.credentials.scope},
                {Cli::tr("authorization"), result.userInfo.authorizationStatus},
            };
            for (const CalendarInfo &calendar : result.calendars) {
                QStringList flags;
                if (calendar.primary)
                    flags << Cli::tr("primary");
                flags << (calendar.readOnly ? Cli::tr("read-only") : Cli::tr("writable"));
                if (calendar.deleted)
                    flags << Cli::tr("deleted");
                rows.append({Cli::tr("calendar"),
                    Cli::tr("%1 (%2)").arg(calendar.calendarId, flags.join(QStringLiteral(", ")))});
            }
            const QString table = TextTable::format({Cli::tr("FIELD"), Cli::tr("VALUE")}, rows);
            CliContext::out(table);
            if (result.healthy()) {
                CliContext::out(
                    Cli::tr("Healthy: the calendar is authorized and has one writable primary calendar."));
                context.exit(ExitCode::Ok);
            } else {
                CliContext::err(
                    Cli::tr("Not healthy: Cronofy answered, but the calendar is not authorized or has no "
                            "single writable primary calendar. Provision it again, or revoke it and "
                            "provision a new one."));
                context.exit(ExitCode::Api);
            }
        });
    return Commands::Running;
}

int Commands::calendarTokens(CliContext &context, SubcommandParser &parser)
{
    QString clientId, id;
    if (const int refused = readAppAndCalendar(context, parser,
            Cli::tr("Give exactly one calendar ID to get fresh tokens for."), &clientId, &id))
        return refused;
    // Provisioning is idempotent: it answers with fresh tokens. They go to stdout only, never to the list,
    // the activity log or stderr.
    context.service()->provisionCalendar(clientId, id, &context,
        [&context](const CalendarCredentials &credentials, const ServiceError &error) {
            if (!error.ok()) {
                context.fail(error);
                return;
            }
            if (CliContext::stdoutIsTerminal())
                CliContext::err(Cli::tr("These tokens give access to the calendar: keep them out of logs, "
                                        "shell history and shared screens."));
            // Cronofy's own field names, as its SDKs and documentation use them.
            const QJsonObject profile {{QStringLiteral("provider_name"), credentials.profile.providerName},
                {QStringLiteral("profile_id"), credentials.profile.profileId},
                {QStringLiteral("profile_name"), credentials.profile.profileName}};
            const QJsonObject tokens {{QStringLiteral("token_type"), credentials.tokenType},
                {QStringLiteral("access_token"), credentials.accessToken},
                {QStringLiteral("refresh_token"), credentials.refreshToken},
                {QStringLiteral("expires_in"), credentials.expiresIn},
                {QStringLiteral("scope"), credentials.scope},
                {QStringLiteral("application_calendar_id"), credentials.applicationCalendarId},
                {QStringLiteral("sub"), credentials.sub}, {QStringLiteral("linking_profile"), profile}};
            CliContext::out(
                QString::fromUtf8(QJsonDocument(tokens).toJson(QJsonDocument::Indented)).trimmed());
            context.exit(ExitCode::Ok);
        });
    return Commands::Running;
}
