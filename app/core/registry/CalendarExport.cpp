#include "registry/CalendarExport.h"

#include "common/LogCategories.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "registry/CalendarsModel.h"
#include "registry/Csv.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int exportPageSize = 1000;

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QStringList fieldsOf(const CalendarRecord &c, const QHash<QString, QString> &names)
{
    return {c.clientId, names.value(c.clientId), c.applicationCalendarId, c.sub, c.profileId, c.profileName,
        c.providerName, c.scope, isoUtc(c.provisionedAt), isoUtc(c.lastSeenAt),
        RecordText::statusKey(c.status), c.lastError};
}

} // namespace

QStringList CalendarExport::columnKeys()
{
    return {QStringLiteral("client_id"), QStringLiteral("application_name"),
        QStringLiteral("application_calendar_id"), QStringLiteral("sub"), QStringLiteral("profile_id"),
        QStringLiteral("profile_name"), QStringLiteral("provider_name"), QStringLiteral("scope"),
        QStringLiteral("provisioned_at"), QStringLiteral("last_seen_at"), QStringLiteral("status"),
        QStringLiteral("last_error")};
}

QHash<QString, QString> CalendarExport::applicationNames(const Registry &registry)
{
    QHash<QString, QString> names;
    const QList<ApplicationRecord> applications = registry.applications();
    for (const ApplicationRecord &a : applications)
        names.insert(a.clientId, a.name);
    return names;
}

ListQuery CalendarExport::byId(const QString &clientId)
{
    ListQuery query;
    if (!clientId.isEmpty())
        query.equals.append({ListSources::CalendarClientId, clientId});
    return query;
}

CalendarExport::Result CalendarExport::read(const ListStoreFactory &stores, const ListQuery &query,
    const std::function<bool(const QList<CalendarRecord> &)> &page)
{
    Result result;
    const std::unique_ptr<ListStore> store = stores ? stores() : nullptr;
    QString error;
    if (!store || !store->open(&error)) {
        result.error = tr("The list could not be read (%1).").arg(error);
        return result;
    }
    ListReader reader(
        store.get(), ListSources::calendars(), exportPageSize, [] { return false; }, ListReader::Use::Stream);
    const bool read = reader.prepare(query) && reader.readAll([&](const QList<ListRow> &rows) {
        QList<CalendarRecord> calendars;
        calendars.reserve(rows.size());
        for (const ListRow &row : rows)
            calendars.append(CalendarsModel::recordOf(row));
        if (!page(calendars)) {
            result.cancelled = true;
            return false;
        }
        result.written += calendars.size();
        return true;
    });
    if (!read && !result.cancelled)
        result.error = tr("The list could not be read to the end.");
    return result;
}

CalendarExport::Result CalendarExport::write(const ListStoreFactory &stores,
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
    Result result = read(stores, options.query, [&](const QList<CalendarRecord> &calendars) {
        QByteArray chunk;
        for (const CalendarRecord &calendar : calendars) {
            QStringList fields = fieldsOf(calendar, applicationNames);
            if (json) {
                QJsonObject o;
                for (int i = 0; i < keys.size(); ++i) {
                    const bool isDate = keys.at(i).endsWith(QLatin1String("_at"));
                    o.insert(keys.at(i),
                        isDate && fields.at(i).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(fields.at(i)));
                }
                chunk += first ? "\n    " : ",\n    ";
                chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else {
                if (options.guardFormulas) {
                    for (QString &f : fields)
                        f = Csv::guardFormula(f);
                }
                chunk += Csv::formatRow(fields);
            }
            first = false;
        }
        if (!put(chunk))
            return false;
        written += calendars.size();
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

CalendarExport::Result CalendarExport::exportTo(const ListStoreFactory &stores,
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
        qCWarning(lcRegistry) << "export failed:" << result.error;
        result.error = tr("The calendars could not be exported to %1 (%2). Nothing was written there. Choose "
                          "another folder or free some space, then try again.")
                           .arg(filePath, result.error);
        return result;
    }
    if (!result.cancelled)
        qCInfo(lcRegistry) << "exported" << result.written << "calendars";
    return result;
}

CalendarExport::Result CalendarExport::exportTo(
    const Registry &registry, const QString &filePath, const Options &options)
{
    return exportTo(registry.listStores(), applicationNames(registry), filePath, options);
}
