// Measures the kept list's reads on a team's shared list (PostgreSQL) at N calendars, against the budgets of
// the kept-list issue (docs/performance.md), as ratios to a bare round trip to the same server in the same
// run:
//   - the first screenful (100 rows) in id order, and sorted by each sortable column, <= 100 ms;
//   - a page in the middle of a sorted list, by keyset (after the last row of the page before);
//   - the first screenful of a search of 3 or more characters (pg_trgm's index) <= 20 ms at p95, over 20
//     needles, and of a 1- or 2-character search (no index can serve it: a scan that stops once the page is
//     full), both through the list's own reader (ListReader on a PostgresListStore);
//   - the count of rows, from the counts the triggers keep.
// Each query is the SQL the list runs (through Qt's QPSQL driver, in this process), timed from the call to
// the last row read. Not a test: prints figures, PASS/FAIL per budget and the command; exits 0 unless setup
// fails. The rows are written by the server itself (generate_series, triggers off, counts recomputed): the
// figures are about reading.
//
//   bench_shared_list --calendars 10000000 [--runs 7]
#include "PostgresServer.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "postgres/PostgresAddress.h"
#include "postgres/PostgresSchema.h"
#include "registry/Registry.h"
#include "store/PostgresListStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

constexpr int pageRows = 100;
constexpr double screenfulBudgetMs = 100;
constexpr double searchBudgetMs = 20;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(values.size() - 1, qsizetype(p * values.size())));
}

const char *verdict(double value, double budget)
{
    return value <= budget ? "PASS" : "FAIL";
}

// Runs `sql` with `binds` and reads every row; milliseconds, or -1 on failure.
double timed(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}, int *rows = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QElapsedTimer t;
    t.start();
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "prepare failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "query failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
        return -1;
    }
    int n = 0;
    const int width = q.record().count();
    while (q.next()) {
        for (int c = 0; c < width; ++c)
            q.value(c);
        ++n;
    }
    if (rows)
        *rows = n;
    return ms(t);
}

// The median of `runs` timings of the same query.
double median(
    QSqlDatabase &db, int runs, const QString &sql, const QVariantList &binds = {}, int *rows = nullptr)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(timed(db, sql, binds, rows));
    return percentile(times, 0.5);
}

const QString columns
    = QStringLiteral("id, client_id, application_calendar_id, sub, profile_id, profile_name,"
                     " provider_name, scope, provisioned_at, last_seen_at, status, last_error");

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption calendarsOption(QStringLiteral("calendars"),
        QStringLiteral("Calendars in the list."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each query."),
        QStringLiteral("N"), QStringLiteral("7"));
    parser.addOption(calendarsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const qint64 calendars = parser.value(calendarsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    PostgresServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString password = QStringLiteral("bench");
    if (!server.createRole(QStringLiteral("bench"), password)
        || !server.createDatabase(QStringLiteral("list"), QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QString problem;
    const auto address
        = PostgresAddress::parse(server.url(QStringLiteral("bench"), QStringLiteral("list")), &problem);
    Registry::OpenResult opened = Registry::openShared(*address, password); // creates the schema
    if (!opened.registry) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message()));
        return 1;
    }
    ApplicationRecord application;
    application.dataCenter = QStringLiteral("de");
    for (int a = 0; a < 20; ++a) {
        application.clientId = QStringLiteral("app-%1").arg(a);
        application.name = QStringLiteral("Application %1").arg(a);
        opened.registry->upsertApplication(application);
    }
    opened.registry.reset();

    QElapsedTimer fill;
    fill.start();
    const QString fillSql = QStringLiteral(
        "SET maintenance_work_mem = '1GB';"
        "ALTER TABLE calendars DISABLE TRIGGER USER;"
        "INSERT INTO calendars (client_id, application_calendar_id, sub, profile_id, profile_name, "
        "provider_name,"
        " scope, provisioned_at, last_seen_at, status)"
        " SELECT 'app-' || (g %% 20), 'cal-' || g, 'apc_' || md5(g::text), 'pro_' || substr(md5((g * "
        "3)::text), 1, 12),"
        " 'Room ' || substr(md5((g * 7)::text), 1, 10), (ARRAY['Google', 'Microsoft', 'Apple'])[1 + g %% 3],"
        " 'read_write', 1700000000000 + g * 1000, 1700000000000 + g * 2000,"
        " CASE WHEN g %% 50 = 0 THEN 'revoked' WHEN g %% 97 = 0 THEN 'failed' ELSE 'active' END"
        " FROM generate_series(1::bigint, %1) g;" // bigint: g * 2000 passes int4 above 1,073,741
        "ALTER TABLE calendars ENABLE TRIGGER USER;"
        "INSERT INTO calendar_counts SELECT client_id, status, count(*) FROM calendars GROUP BY 1, 2"
        " ON CONFLICT (client_id, status) DO UPDATE SET n = excluded.n;")
                                .arg(calendars)
                                .replace(QStringLiteral("%%"), QStringLiteral("%"));
    // About 0.1 ms a row here (indexes and the trigram index included): room for three times that.
    const int fillTimeoutMs
        = int(std::min<qint64>(60000 + calendars * 3 / 10, std::numeric_limits<int>::max()));
    if (!server.psql(QStringLiteral("list"), fillSql, nullptr, fillTimeoutMs)
        || !server.psql(
            QStringLiteral("list"), QStringLiteral("VACUUM ANALYZE calendars"), nullptr, fillTimeoutMs)) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QString size;
    server.psql(
        QStringLiteral("list"), QStringLiteral("SELECT pg_size_pretty(pg_database_size('list'))"), &size);
    std::printf("bench_shared_list: %lld calendars written by the server in %.0f s (database %s)\n",
        calendars, fill.elapsed() / 1000.0, qPrintable(size));

    // The list's own connection, as its worker opens one.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
    db.setHostName(address->host());
    db.setPort(address->port());
    db.setDatabaseName(address->database());
    db.setUserName(address->user());
    db.setPassword(password);
    db.setConnectOptions(address->connectOptions());
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    const double roundTrip = median(db, runs * 3, QStringLiteral("SELECT 1"));
    std::printf("reference: a bare round trip (SELECT 1) %.2f ms median\n", roundTrip);

    // The first screenful in each order the list offers, then a page in the middle of the profile order.
    struct Order
    {
        const char *name;
        QStringList key; // the ORDER BY's terms, as the schema's index on it is written
    };
    const QString c = QStringLiteral(" COLLATE \"C\"");
    const QList<Order> orders = {
        {"id", {QStringLiteral("id")}},
        {"calendar id",
            {QStringLiteral("lower(application_calendar_id)") + c,
                QStringLiteral("application_calendar_id") + c, QStringLiteral("id")}},
        {"sub", {QStringLiteral("sub") + c, QStringLiteral("id")}},
        {"profile",
            {QStringLiteral("lower(profile_name)") + c, QStringLiteral("profile_name") + c,
                QStringLiteral("id")}},
        {"provider",
            {QStringLiteral("lower(provider_name)") + c, QStringLiteral("provider_name") + c,
                QStringLiteral("id")}},
        {"provisioned", {QStringLiteral("coalesce(provisioned_at, -1)"), QStringLiteral("id")}},
        {"last seen", {QStringLiteral("coalesce(last_seen_at, -1)"), QStringLiteral("id")}},
        {"status", {QStringLiteral("status") + c, QStringLiteral("id")}},
        {"last error",
            {QStringLiteral("lower(last_error)") + c, QStringLiteral("last_error") + c,
                QStringLiteral("id")}},
    };
    double worstFirst = 0;
    bool orderFailed = false; // a query the server refused, or no rows: no figure to trust
    for (const Order &order : orders) {
        for (const char *direction : {"ASC", "DESC"}) {
            // Each term with its direction (a comma inside coalesce(...) is not a term's end).
            const QString key = order.key.join(QStringLiteral(" %1, ").arg(QLatin1String(direction)));
            const QString sql = QStringLiteral("SELECT %1 FROM calendars ORDER BY %2 %3 LIMIT %4")
                                    .arg(columns, key, QLatin1String(direction))
                                    .arg(pageRows);
            int rows = 0;
            const double t = median(db, runs, sql, {}, &rows);
            worstFirst = std::max(worstFirst, t);
            orderFailed = orderFailed || t < 0 || rows == 0;
            std::printf("first screenful sorted by %-12s %s: %7.2f ms median (%d rows, %.1fx a round trip)\n",
                order.name, direction, t, rows, t / roundTrip);
        }
    }
    std::printf("first screenful, worst order: %.2f ms (budget %.0f ms) %s\n", worstFirst, screenfulBudgetMs,
        orderFailed ? "FAIL (a query failed)" : verdict(worstFirst, screenfulBudgetMs));

    // Keyset: the page after the middle row of the profile order.
    QSqlQuery middle(db);
    middle.exec(QStringLiteral("SELECT lower(profile_name) COLLATE \"C\", profile_name, id FROM calendars"
                               " WHERE id = %1")
                    .arg(calendars / 2));
    if (middle.next()) {
        const double t = median(db, runs,
            QStringLiteral(
                "SELECT %1 FROM calendars WHERE (lower(profile_name) COLLATE \"C\", profile_name COLLATE"
                " \"C\", id) > (?, ?, ?) ORDER BY lower(profile_name) COLLATE \"C\", profile_name COLLATE"
                " \"C\", id LIMIT %2")
                .arg(columns)
                .arg(pageRows),
            {middle.value(0), middle.value(1), middle.value(2)});
        std::printf(
            "a page in the middle of the profile order (keyset): %.2f ms median (budget %.0f ms) %s\n", t,
            screenfulBudgetMs, verdict(t, screenfulBudgetMs));
    }

    // Searches, as the window's list runs them (ListReader on a PostgresListStore connection of its own,
    // sorted by calendar id): from the keystroke's query to its first screenful, p95 of the needles' medians.
    const bool trigram = [&] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'calendars_search'"))
            && q.next();
    }();
    PostgresListStore store(*address, password, 10);
    QString storeError;
    if (!store.open(&storeError)) {
        std::fprintf(stderr, "%s\n", qPrintable(storeError));
        return 1;
    }
    auto firstScreenful = [&](const QString &needle, int *rows) {
        ListReader reader(&store, ListSources::calendars(), pageRows, [] { return false; });
        ListQuery query;
        query.search = needle;
        query.sortColumn = ListSources::calendars().columnOf(QStringLiteral("application_calendar_id"));
        ListPage page;
        QElapsedTimer t;
        t.start();
        const bool ok = reader.prepare(query) && reader.page(0, {}, &page);
        *rows = int(page.rows.size());
        return ok ? ms(t) : -1.0;
    };
    const QStringList needles = {QStringLiteral("cal-4242"), QStringLiteral("room 3a"),
        QStringLiteral("apc_9f0"), QStringLiteral("cal-1000000"), QStringLiteral("e5b"),
        QStringLiteral("Room 00"), QStringLiteral("77a1"), QStringLiteral("cal-7"), QStringLiteral("b2c4d"),
        QStringLiteral("zzz"), QStringLiteral("cal-31415"), QStringLiteral("apc_0"),
        QStringLiteral("ROOM ff"), QStringLiteral("9999"), QStringLiteral("123456"), QStringLiteral("abc"),
        QStringLiteral("cal-2718281"), QStringLiteral("d0d0"), QStringLiteral("x-y"), QStringLiteral("42")};
    QList<double> searchTimes;
    QStringList searchDetail;
    bool searchFailed = false;
    for (const QString &needle : needles) {
        if (needle.size() < 3)
            continue;
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < runs; ++i) {
            const double t = firstScreenful(needle, &rows);
            searchFailed = searchFailed || t < 0;
            times.append(t);
        }
        searchTimes.append(percentile(times, 0.5));
        searchDetail.append(QStringLiteral("\"%1\" %2 ms (%3 rows)")
                                .arg(needle)
                                .arg(searchTimes.constLast(), 0, 'f', 1)
                                .arg(rows));
    }
    const double p95 = percentile(searchTimes, 0.95);
    std::printf(
        "search of 3+ characters (%s), first screenful: p95 %.2f ms, median %.2f ms over %lld needles "
        "(budget %.0f ms) %s\n",
        trigram ? "pg_trgm index" : "no pg_trgm: a scan", p95, percentile(searchTimes, 0.5),
        qint64(searchTimes.size()), searchBudgetMs,
        searchFailed ? "FAIL (a query failed)" : verdict(p95, searchBudgetMs));
    std::printf("  each: %s\n", qPrintable(searchDetail.join(QStringLiteral(", "))));

    // 1 or 2 characters: a scan of the sort index that stops once the page is full.
    for (const QString &needle : {QStringLiteral("7"), QStringLiteral("zq")}) {
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < runs; ++i)
            times.append(firstScreenful(needle, &rows));
        std::printf(
            "search \"%s\": first screenful in %.2f ms median (%d rows; a scan of the calendar id order "
            "that stops at a full page)\n",
            qPrintable(needle), percentile(times, 0.5), rows);
    }

    const double count = median(db, runs, QStringLiteral("SELECT coalesce(sum(n), 0) FROM calendar_counts"));
    std::printf("count of rows (the counts the triggers keep): %.2f ms median\n", count);
    std::printf("reproduce: bench_shared_list --calendars %lld --runs %d\n", calendars, runs);
    db.close();
    return 0;
}
