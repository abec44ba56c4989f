// cronofyctl log: the activity log (every operation, newest first).
#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "SubcommandParser.h"
#include "TextTable.h"
#include "activity/ActivityExport.h"
#include "activity/ActivityModel.h"
#include "list/ListSources.h"
#include "registry/Registry.h"

#include <QFile>

#include <cstdio>

namespace {

// An ISO-8601 date ("2026-12-01", midnight local time) or date and time ("2026-12-01T18:00", local time;
// "2026-12-01T18:00:00Z" or "+01:00", as given). Invalid when it is neither.
QDateTime parseSince(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    if (!trimmed.contains(QLatin1Char('T')))
        return {};
    return QDateTime::fromString(trimmed, Qt::ISODate);
}

} // namespace

int Commands::log(CliContext &context, SubcommandParser &parser)
{
    const SubcommandParser &p = parser;
    const QString json = QStringLiteral("json");
    const QString csv = QStringLiteral("csv");
    if (const int rejected = parser.rejectPositional())
        return rejected;
    if (p.isSet(json) && p.isSet(csv))
        return parser.usageError(Cli::tr("Choose either --json or --csv."));
    ActivityExport::Options options;
    if (p.isSet(QStringLiteral("since"))) {
        const QString since = p.value(QStringLiteral("since"));
        options.since = parseSince(since);
        if (!options.since.isValid())
            return parser.usageError(
                Cli::tr("--since takes a date or a date and time in ISO-8601, such as 2026-12-01 or "
                        "2026-12-01T18:00:00Z; \"%1\" is neither.")
                    .arg(since.left(100)));
    }
    QString clientId;
    if (p.isSet(QStringLiteral("app"))) {
        // Any client_id, also of an application no longer in the list: its entries stay in the log.
        clientId = p.value(QStringLiteral("app")).trimmed();
        if (clientId.isEmpty())
            return parser.usageError(Cli::tr("Say which application with --app CLIENT_ID."));
    }
    if (const int opened = context.open(); opened != ExitCode::Ok)
        return opened;
    // Every entry, a bulk run's failures right after the run (they are written just before it), newest
    // first, streamed a page at a time: millions of entries in bounded memory.
    options.query = ActivityModel::everyEntry(clientId,
        p.isSet(QStringLiteral("failed")) ? std::optional(OperationRecord::Outcome::Failed) : std::nullopt);
    const QHash<QString, QString> names = context.registry()->applicationNames();
    const ListStoreFactory stores = context.registry()->listStores();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitCode::Storage;
    if (p.isSet(csv) || p.isSet(json)) {
        options.format = p.isSet(json) ? ActivityExport::Format::Json : ActivityExport::Format::Csv;
        const ActivityExport::Result result = ActivityExport::write(stores, names, options, &out);
        if (!result.ok()) {
            CliContext::err(result.error);
            return ExitCode::Storage;
        }
        return ExitCode::Ok;
    }
    // A table: columns as wide as the first page needs (later pages do not realign what is printed).
    const QStringList header {Cli::tr("WHEN"), Cli::tr("ACTION"), Cli::tr("CLIENT_ID"),
        Cli::tr("CALENDAR_OR_SUB"), Cli::tr("ACCOUNT"), Cli::tr("OUTCOME"), Cli::tr("HTTP"),
        Cli::tr("MESSAGE")};
    QList<qsizetype> widths;
    qint64 listed = 0;
    const ActivityExport::Result result = ActivityExport::read(
        stores, options, [&](const QList<ListRow> &page) {
            QList<QStringList> rows;
            for (const ListRow &row : page) {
                const OperationRecord o = ActivityModel::recordOf(row);
                // A run's failures are indented under it.
                const QString action = o.parentRun.isEmpty() ? o.action : QStringLiteral("  ") + o.action;
                rows.append({o.at.toUTC().toString(Qt::ISODate), action, o.clientId,
                    ActivityModel::subjectOf(o), o.account,
                    o.outcome == OperationRecord::Outcome::Failed ? Cli::tr("failed") : Cli::tr("succeeded"),
                    o.httpStatus > 0 ? QString::number(o.httpStatus) : QString(), o.message});
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
    if (listed == 0)
        CliContext::err(Cli::tr("No operations in the log match."));
    return ExitCode::Ok;
}
