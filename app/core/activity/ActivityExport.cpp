#include "activity/ActivityExport.h"

#include "activity/ActivityModel.h"
#include "common/LogCategories.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "registry/RecordText.h"

namespace {

constexpr int exportPageSize = 1000;

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

// The keys whose values are numbers in JSON.
bool isNumber(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("http_status")
        || key.endsWith(QLatin1String("_count"));
}

} // namespace

QStringList ActivityExport::columnKeys()
{
    return {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("client_id"),
        QStringLiteral("application_name"), QStringLiteral("calendar"), QStringLiteral("target"),
        QStringLiteral("account"), QStringLiteral("data_center"), QStringLiteral("outcome"),
        QStringLiteral("http_status"), QStringLiteral("message"), QStringLiteral("run_id"),
        QStringLiteral("parent_run"), QStringLiteral("succeeded_count"), QStringLiteral("failed_count"),
        QStringLiteral("skipped_count"), QStringLiteral("not_started_count")};
}

QStringList ActivityExport::fieldsOf(const ListRow &row, const QHash<QString, QString> &applicationNames)
{
    const OperationRecord o = ActivityModel::recordOf(row);
    return {QString::number(o.id), isoUtc(o.at), o.action, o.clientId, applicationNames.value(o.clientId),
        o.calendar, o.target, o.account, o.dataCenter, RecordText::outcomeKey(o.outcome),
        QString::number(o.httpStatus), o.message, o.runId, o.parentRun, QString::number(o.succeededCount),
        QString::number(o.failedCount), QString::number(o.skippedCount), QString::number(o.notStartedCount)};
}

ActivityExport::Result ActivityExport::read(const ListStoreFactory &stores, const Options &options,
    const std::function<bool(const QList<ListRow> &)> &page)
{
    Result result;
    const std::unique_ptr<ListStore> store = stores ? stores() : nullptr;
    QString error;
    if (!store || !store->open(&error)) {
        result.error = tr("The activity log could not be read (%1).").arg(error);
        return result;
    }
    const qint64 since = options.since.isValid() ? options.since.toMSecsSinceEpoch() : 0;
    bool reachedSince = false;
    ListReader reader(store.get(), ListSources::operations(), exportPageSize, [] { return false; });
    const bool read = reader.prepare(options.query) && reader.readAll([&](const QList<ListRow> &rows) {
        QList<ListRow> kept;
        for (const ListRow &row : rows) {
            if (options.since.isValid() && row.values.at(ListSources::OperationAt).toLongLong() < since) {
                reachedSince = true;
                break;
            }
            kept.append(row);
        }
        if (!kept.isEmpty() && !page(kept)) {
            result.cancelled = true;
            return false;
        }
        result.written += kept.size();
        return !reachedSince;
    });
    if (!read && !result.cancelled && !reachedSince)
        result.error = tr("The activity log could not be read to the end.");
    return result;
}

ActivityExport::Result ActivityExport::write(const ListStoreFactory &stores,
    const QHash<QString, QString> &applicationNames, const Options &options, QIODevice *out,
    const Progress &progress)
{
    // Counts and the HTTP status are numbers in JSON, an unknown time is null; the rest is text.
    TableExport::Writer writer(
        out, options.format, columnKeys(),
        [](const QString &key, const QString &field) {
            if (isNumber(key))
                return QJsonValue(field.toLongLong());
            return key == QLatin1String("at") && field.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(field);
        },
        true);
    return TableExport::write(out, writer, progress, [&](const auto &sink) {
        return read(stores, options, [&](const QList<ListRow> &rows) {
            QList<QStringList> records;
            records.reserve(rows.size());
            for (const ListRow &row : rows)
                records.append(fieldsOf(row, applicationNames));
            return sink(records);
        });
    });
}

ActivityExport::Result ActivityExport::exportTo(const ListStoreFactory &stores,
    const QHash<QString, QString> &applicationNames, const QString &filePath, const Options &options,
    const Progress &progress)
{
    Result result = TableExport::toFile(
        filePath, [&](QIODevice *out) { return write(stores, applicationNames, options, out, progress); });
    if (!result.error.isEmpty()) {
        qCWarning(lcRegistry) << "activity export failed:" << result.error;
        result.error = tr("The activity could not be exported to %1 (%2). Nothing was written there. Choose "
                          "another folder or free some space, then try again.")
                           .arg(filePath, result.error);
        return result;
    }
    if (!result.cancelled)
        qCInfo(lcRegistry) << "exported" << result.written << "activity entries";
    return result;
}
