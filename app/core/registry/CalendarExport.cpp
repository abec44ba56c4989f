#include "registry/CalendarExport.h"

#include "common/LogCategories.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "registry/CalendarsModel.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

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
    // Dates are null in JSON when unknown; every other value is text.
    TableExport::Writer writer(
        out, options.format, columnKeys(),
        [](const QString &key, const QString &field) {
            return key.endsWith(QLatin1String("_at")) && field.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(field);
        },
        options.guardFormulas);
    return TableExport::write(out, writer, progress, [&](const auto &sink) {
        return read(stores, options.query, [&](const QList<CalendarRecord> &calendars) {
            QList<QStringList> records;
            records.reserve(calendars.size());
            for (const CalendarRecord &calendar : calendars)
                records.append(fieldsOf(calendar, applicationNames));
            return sink(records);
        });
    });
}

CalendarExport::Result CalendarExport::exportTo(const ListStoreFactory &stores,
    const QHash<QString, QString> &applicationNames, const QString &filePath, const Options &options,
    const Progress &progress)
{
    Result result = TableExport::toFile(
        filePath, [&](QIODevice *out) { return write(stores, applicationNames, options, out, progress); });
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
    return exportTo(registry.listStores(), registry.applicationNames(), filePath, options);
}
