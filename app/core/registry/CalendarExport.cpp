#include "registry/CalendarExport.h"

#include "common/LogCategories.h"
#include "registry/Csv.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

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

QByteArray CalendarExport::toCsv(const QList<CalendarRecord> &calendars,
    const QHash<QString, QString> &applicationNames, bool guardFormulas)
{
    QByteArray out = Csv::formatRow(columnKeys());
    for (const CalendarRecord &c : calendars) {
        QStringList fields = fieldsOf(c, applicationNames);
        if (guardFormulas) {
            for (QString &f : fields)
                f = Csv::guardFormula(f);
        }
        out += Csv::formatRow(fields);
    }
    return out;
}

QByteArray CalendarExport::toJson(
    const QList<CalendarRecord> &calendars, const QHash<QString, QString> &applicationNames)
{
    const QStringList keys = columnKeys();
    QJsonArray array;
    for (const CalendarRecord &c : calendars) {
        const QStringList fields = fieldsOf(c, applicationNames);
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i) {
            const bool isDate = keys.at(i).endsWith(QLatin1String("_at"));
            o.insert(keys.at(i),
                isDate && fields.at(i).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fields.at(i)));
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString CalendarExport::exportTo(
    const Registry &registry, const QString &filePath, const Options &options, int *written)
{
    QList<CalendarRecord> calendars = registry.calendars(options.clientId);
    if (options.onlyIds) {
        QHash<qint64, qsizetype> byId;
        byId.reserve(calendars.size());
        for (qsizetype i = 0; i < calendars.size(); ++i)
            byId.insert(calendars.at(i).id, i);
        QList<CalendarRecord> chosen;
        chosen.reserve(options.onlyIds->size());
        for (const qint64 id : *options.onlyIds) {
            const qsizetype at = byId.value(id, -1);
            if (at >= 0)
                chosen.append(calendars.at(at));
        }
        calendars = std::move(chosen);
    }
    QHash<QString, QString> names;
    const QList<ApplicationRecord> applications = registry.applications();
    for (const ApplicationRecord &a : applications)
        names.insert(a.clientId, a.name);

    const QByteArray bytes = options.format == Format::Json ? toJson(calendars, names)
                                                            : toCsv(calendars, names, options.guardFormulas);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        qCWarning(lcRegistry) << "export failed:" << reason;
        return tr("The calendars could not be exported to %1 (%2). Nothing was written there. Choose another "
                  "folder or free some space, then try again.")
            .arg(filePath, reason);
    }
    if (written)
        *written = int(calendars.size());
    qCInfo(lcRegistry) << "exported" << calendars.size() << "calendars";
    return {};
}
