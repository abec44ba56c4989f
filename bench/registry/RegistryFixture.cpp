#include "RegistryFixture.h"

#include "registry/Registry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

bool populateRegistry(const QString &path, int calendarCount, int applicationCount)
{
    Registry::OpenResult opened = Registry::open(path);
    if (!opened.registry)
        return false;
    const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("Paris"), QStringLiteral("London"),
        QStringLiteral("Madrid"), QStringLiteral("Zürich")};
    for (int a = 0; a < applicationCount; ++a) {
        ApplicationRecord app;
        app.clientId = QStringLiteral("cli_%1").arg(QString::number(0x5a17c0de + a * 7919, 36).repeated(2));
        app.name = QStringLiteral("%1 Rooms %2").arg(cities.at(a % cities.size())).arg(a);
        app.dataCenter = QStringLiteral("de");
        if (!opened.registry->upsertApplication(app).ok())
            return false;
    }
    const QList<ApplicationRecord> apps = opened.registry->applications();
    QSqlDatabase db = QSqlDatabase::database(opened.registry->connectionName(), false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return false;
    q.prepare(QStringLiteral(
        "INSERT INTO calendars (client_id, application_calendar_id, sub, profile_id, profile_name,"
        " provider_name, scope, provisioned_at, last_seen_at, status, last_error)"
        " VALUES (?, ?, ?, ?, ?, 'Cronofy', 'read_write', ?, ?, ?, ?)"));
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < calendarCount; ++i) {
        const ApplicationRecord &app = apps.at(i % apps.size());
        const QString kind = i % 3 ? QStringLiteral("room") : QStringLiteral("desk");
        const QString id = QStringLiteral("%1-%2-%3")
                               .arg(kind)
                               .arg(i / 100, 4, 10, QLatin1Char('0'))
                               .arg(i % 100, 2, 10, QLatin1Char('0'));
        const QString hex
            = QString::number(quint64(i) * 2654435761u + 97, 16).rightJustified(24, QLatin1Char('0'));
        q.addBindValue(app.clientId);
        q.addBindValue(id);
        q.addBindValue(QString(QStringLiteral("apc_") + hex));
        q.addBindValue(QString(QStringLiteral("pro_") + hex.left(16)));
        q.addBindValue(
            QStringLiteral("%1@%2.example.com").arg(id, app.name.section(QLatin1Char(' '), 0, 0).toLower()));
        q.addBindValue(start + qint64(i) * 60000);
        q.addBindValue(start + qint64(i) * 60000 + 3600000);
        const bool failed = i % 97 == 0;
        q.addBindValue(failed ? QStringLiteral("failed")
                : i % 53 == 0 ? QStringLiteral("revoked")
                              : QStringLiteral("active"));
        q.addBindValue(
            failed ? QStringLiteral("Cronofy refused the request (422).") : QString(QLatin1String("")));
        if (!q.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    q.finish();
    return q.exec(QStringLiteral("COMMIT"));
}
