#include "activity/ActivityExport.h"

#include "activity/ActivityModel.h"
#include "common/LogCategories.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "registry/Csv.h"
#include "registry/RecordText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    const QStringList keys = columnKeys();
    const bool json = options.format == Format::Json;
    bool first = true;
    bool writeFailed = false;
    qint64 written = 0;
    auto put = [&](const QByteArray &bytes) {
        if (out->write(bytes) != bytes.size())
            writeFailed = true;
        return !writeFailed;
    };
    put(json ? QByteArray("[") : Csv::formatRow(keys));
    Result result = read(stores, options, [&](const QList<ListRow> &rows) {
        QByteArray chunk;
        for (const ListRow &row : rows) {
            QStringList fields = fieldsOf(row, applicationNames);
            if (json) {
                QJsonObject o;
                for (int i = 0; i < keys.size(); ++i) {
                    const QString &key = keys.at(i);
                    if (isNumber(key))
                        o.insert(key, fields.at(i).toLongLong());
                    else if (key == QLatin1String("at") && fields.at(i).isEmpty())
                        o.insert(key, QJsonValue(QJsonValue::Null));
                    else
                        o.insert(key, fields.at(i));
                }
                chunk += first ? "\n    " : ",\n    ";
                chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else {
                for (QString &f : fields)
                    f = Csv::guardFormula(f);
                chunk += Csv::formatRow(fields);
            }
            first = false;
        }
        if (!put(chunk))
            return false;
        written += rows.size();
        return !progress || progress(written);
    });
    if (writeFailed) {
        result.cancelled = false;
        result.error = tr("Writing failed (%1).").arg(out->errorString());
    } else if (json && result.ok()) {
        put(first ? QByteArray("]\n") : QByteArray("\n]\n"));
    }
    return result;
}

ActivityExport::Result ActivityExport::exportTo(const ListStoreFactory &stores,
    const QHash<QString, QString> &applicationNames, const QString &filePath, const Options &options,
    const Progress &progress)
{
    QSaveFile file(filePath);
    Result result;
    if (file.open(QIODevice::WriteOnly)) {
        result = write(stores, applicationNames, options, &file, progress);
        if (result.ok() && !file.commit())
            result.error = file.errorString();
    } else {
        result.error = file.errorString();
    }
    if (!result.ok()) {
        file.cancelWriting();
        result.written = result.cancelled ? result.written : 0;
    }
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
