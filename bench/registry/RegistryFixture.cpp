#include "RegistryFixture.h"

#include "registry/Registry.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

namespace {

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "fixture: %s\n  %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
    return false;
}

} // namespace

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
    QSqlDatabase db = QSqlDatabase::database(opened.registry->connectionName(), false);
    QSqlQuery q(db);
    // Millions of rows: the indexes, the search table and the counts are built once at the end (as an
    // upgrade builds them), not row by row through the triggers. The rows are made inside SQLite.
    QStringList rebuild;
    if (!exec(q,
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                           "AND sql IS NOT NULL AND tbl_name = 'calendars'")))
        return false;
    QStringList drops;
    while (q.next()) {
        drops.append(
            QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString()));
        rebuild.append(q.value(2).toString());
    }
    q.finish();
    bool searched = false;
    if (exec(q, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'calendars_search'")) && q.next())
        searched = true;
    q.finish();
    if (!exec(q, QStringLiteral("PRAGMA synchronous = OFF")) || !exec(q, QStringLiteral("BEGIN")))
        return false;
    for (const QString &drop : std::as_const(drops)) {
        if (!exec(q, drop))
            return false;
    }
    if (!exec(q,
            QStringLiteral("CREATE TEMP TABLE fixture_apps AS SELECT row_number() OVER (ORDER BY rowid) - 1 "
                           "AS n, client_id, lower(substr(name, 1, instr(name, ' ') - 1)) AS city "
                           "FROM applications")))
        return false;
    // Rooms and desks with profile e-mails, one in 97 failed (with its error), one in 53 revoked; provisioned
    // a minute apart from 2025-01-01.
    QString insert = QStringLiteral(
        "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < @COUNT@),"
        " rows AS (SELECT i, printf('%s-%04d-%02d', CASE WHEN i % 3 THEN 'room' ELSE 'desk' END, i / 100, i "
        "% 100)"
        " AS cid, printf('%024x', i * 2654435761 + 97) AS hex, i % @APPS@ AS app FROM seq)"
        " INSERT INTO calendars (client_id, application_calendar_id, sub, profile_id, profile_name, "
        "provider_name,"
        " scope, provisioned_at, last_seen_at, status, last_error)"
        " SELECT a.client_id, cid, 'apc_' || hex, 'pro_' || substr(hex, 1, 16), cid || '@' || a.city || "
        "'.example.com',"
        " 'Cronofy', 'read_write', 1735689600000 + i * 60000, 1735689600000 + i * 60000 + 3600000,"
        " CASE WHEN i % 97 = 0 THEN 'failed' WHEN i % 53 = 0 THEN 'revoked' ELSE 'active' END,"
        " CASE WHEN i % 97 = 0 THEN 'Cronofy refused the request (422).' ELSE '' END"
        " FROM rows JOIN fixture_apps a ON a.n = rows.app ORDER BY i")
                         // not arg(): the printf formats hold %0.. sequences
                         .replace(QStringLiteral("@COUNT@"), QString::number(calendarCount))
                         .replace(QStringLiteral("@APPS@"), QString::number(applicationCount));
    if (!exec(q, insert))
        return false;
    for (const QString &sql : std::as_const(rebuild)) {
        if (!exec(q, sql))
            return false;
    }
    if (searched
        && !exec(q, QStringLiteral("INSERT INTO calendars_search(calendars_search) VALUES ('rebuild')")))
        return false;
    if (!exec(q, QStringLiteral("DELETE FROM calendar_counts"))
        || !exec(q,
            QStringLiteral("INSERT INTO calendar_counts SELECT client_id, status, count(*) FROM calendars "
                           "GROUP BY client_id, status"))
        || !exec(q, QStringLiteral("DROP TABLE fixture_apps")) || !exec(q, QStringLiteral("COMMIT")))
        return false;
    return exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}
