#include "registry/RegistrySchema.h"

#include "common/LogCategories.h"
#include "registry/RecordText.h"
#include "store/SqliteListStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Dates are INTEGER milliseconds since the epoch, UTC (NULL when unknown): sortable, compact, and read back
// without parsing, which keeps opening 100,000 rows fast. Enums are stored as lowercase words so that the
// file reads well in the sqlite3 shell.
const char *const step1[] = {
    "CREATE TABLE applications ("
    " client_id TEXT PRIMARY KEY NOT NULL,"
    " name TEXT NOT NULL,"
    " url TEXT NOT NULL DEFAULT '',"
    " data_center TEXT NOT NULL,"
    " origin TEXT NOT NULL CHECK (origin IN ('created', 'imported')),"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE calendars ("
    " id INTEGER PRIMARY KEY,"
    " client_id TEXT NOT NULL REFERENCES applications(client_id) ON DELETE CASCADE,"
    " application_calendar_id TEXT NOT NULL,"
    " sub TEXT NOT NULL DEFAULT '',"
    " profile_id TEXT NOT NULL DEFAULT '',"
    " profile_name TEXT NOT NULL DEFAULT '',"
    " provider_name TEXT NOT NULL DEFAULT '',"
    " scope TEXT NOT NULL DEFAULT '',"
    " provisioned_at INTEGER,"
    " status TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'failed')),"
    " UNIQUE (client_id, application_calendar_id))",
};

// Version 2: the secret state of an application, when a calendar was last seen and its last error, and an
// index to find a calendar by sub (revocations and `cronofyctl show` look it up).
const char *const step2[] = {
    ("ALTER TABLE applications ADD COLUMN secret_state TEXT NOT NULL DEFAULT 'stored'"
     " CHECK (secret_state IN ('stored', 'not-stored'))"), // one statement on two lines
    "ALTER TABLE calendars ADD COLUMN last_seen_at INTEGER",
    "ALTER TABLE calendars ADD COLUMN last_error TEXT NOT NULL DEFAULT ''",
    "UPDATE calendars SET last_seen_at = provisioned_at",
    "CREATE INDEX calendars_sub ON calendars(sub) WHERE sub <> ''",
};

// Version 3: the operation log.
const char *const step3[] = {
    "CREATE TABLE operations ("
    " id INTEGER PRIMARY KEY,"
    " at INTEGER NOT NULL,"
    " action TEXT NOT NULL,"
    " target TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed')),"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX operations_at ON operations(at)",
};

// Version 4: the kept list at any size (docs/kept-list.md). One index per sortable column (each also
// orders by id, which SQLite appends to every index), applications by name, a table of counts per
// application and status kept by triggers (COUNT(*) reads every row), and the FTS5 trigram table for
// substring search (added by migrate() where this SQLite has FTS5). The expressions match
// SqliteListStore::sortExpression().
const char *const step4[] = {
    "CREATE INDEX calendars_by_application ON calendars(client_id)",
    "CREATE INDEX calendars_by_calendar_id ON calendars(application_calendar_id COLLATE NOCASE)",
    "CREATE INDEX calendars_by_sub ON calendars(sub)",
    "CREATE INDEX calendars_by_profile ON calendars(profile_name COLLATE NOCASE)",
    "CREATE INDEX calendars_by_provider ON calendars(provider_name COLLATE NOCASE)",
    "CREATE INDEX calendars_by_provisioned ON calendars(ifnull(provisioned_at, -1))",
    "CREATE INDEX calendars_by_last_seen ON calendars(ifnull(last_seen_at, -1))",
    "CREATE INDEX calendars_by_status ON calendars(status)",
    "CREATE INDEX calendars_by_last_error ON calendars(last_error COLLATE NOCASE)",
    "CREATE INDEX applications_by_name ON applications(name COLLATE NOCASE)",
    "CREATE TABLE calendar_counts ("
    " client_id TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " n INTEGER NOT NULL,"
    " PRIMARY KEY (client_id, status)) WITHOUT ROWID",
    "INSERT INTO calendar_counts SELECT client_id, status, count(*) FROM calendars GROUP BY client_id, "
    "status",
    "CREATE TRIGGER calendars_counted AFTER INSERT ON calendars BEGIN"
    " INSERT INTO calendar_counts VALUES (new.client_id, new.status, 1)"
    " ON CONFLICT (client_id, status) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER calendars_uncounted AFTER DELETE ON calendars BEGIN"
    " UPDATE calendar_counts SET n = n - 1 WHERE client_id = old.client_id AND status = old.status; END",
    "CREATE TRIGGER calendars_recounted AFTER UPDATE OF client_id, status ON calendars"
    " WHEN old.client_id IS NOT new.client_id OR old.status IS NOT new.status BEGIN"
    " UPDATE calendar_counts SET n = n - 1 WHERE client_id = old.client_id AND status = old.status;"
    " INSERT INTO calendar_counts VALUES (new.client_id, new.status, 1)"
    " ON CONFLICT (client_id, status) DO UPDATE SET n = n + 1; END",
};

// Version 4, where SQLite has FTS5: substring search over the searched columns (ListSources::calendars()),
// kept in step with the calendars by triggers (external content: the text is stored once).
const char *const step4Search[] = {
    "CREATE VIRTUAL TABLE calendars_search USING fts5(application_calendar_id, sub, profile_name,"
    " content='calendars', content_rowid='id', tokenize='trigram')",
    "INSERT INTO calendars_search(calendars_search) VALUES ('rebuild')",
    "CREATE TRIGGER calendars_searched AFTER INSERT ON calendars BEGIN"
    " INSERT INTO calendars_search(rowid, application_calendar_id, sub, profile_name)"
    " VALUES (new.id, new.application_calendar_id, new.sub, new.profile_name); END",
    "CREATE TRIGGER calendars_unsearched AFTER DELETE ON calendars BEGIN"
    " INSERT INTO calendars_search(calendars_search, rowid, application_calendar_id, sub, profile_name)"
    " VALUES ('delete', old.id, old.application_calendar_id, old.sub, old.profile_name); END",
    "CREATE TRIGGER calendars_researched AFTER UPDATE OF application_calendar_id, sub, profile_name"
    " ON calendars BEGIN"
    " INSERT INTO calendars_search(calendars_search, rowid, application_calendar_id, sub, profile_name)"
    " VALUES ('delete', old.id, old.application_calendar_id, old.sub, old.profile_name);"
    " INSERT INTO calendars_search(rowid, application_calendar_id, sub, profile_name)"
    " VALUES (new.id, new.application_calendar_id, new.sub, new.profile_name); END",
};

// activityVersion (5): the operation log as the Activity list shows it. On what (application, calendar, data
// center, account) in columns of their own; a bulk run's entry and its failed calendars tied by
// run_id/parent_run; the run's counts. The list pages newest first within a level (the runs and single
// operations, or one run's failures), and filters by application and outcome. Old rows keep what can be
// derived from their target.
const char *const step5[] = {
    "ALTER TABLE operations ADD COLUMN client_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN calendar TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN data_center TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN account TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN run_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN parent_run TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE operations ADD COLUMN succeeded_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE operations ADD COLUMN failed_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE operations ADD COLUMN skipped_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE operations ADD COLUMN not_started_count INTEGER NOT NULL DEFAULT 0",
    // A target that is an application's client_id; a calendar id or sub of exactly one application.
    "UPDATE operations SET client_id = target WHERE target IN (SELECT client_id FROM applications)",
    "UPDATE operations SET calendar = target WHERE action IN ('provision-calendar', 'verify-calendar',"
    " 'revoke-calendar')",
    "UPDATE operations SET client_id = (SELECT min(client_id) FROM calendars c"
    " WHERE c.application_calendar_id = operations.calendar OR c.sub = operations.calendar)"
    " WHERE calendar <> '' AND (SELECT count(DISTINCT client_id) FROM calendars c"
    " WHERE c.application_calendar_id = operations.calendar OR c.sub = operations.calendar) = 1",
    "UPDATE operations SET data_center = ifnull((SELECT data_center FROM applications a"
    " WHERE a.client_id = operations.client_id), '') WHERE client_id <> ''",
    "UPDATE operations SET data_center = target WHERE action IN ('store-admin-key', 'remove-admin-key')",
    "UPDATE operations SET account = data_center",
    "CREATE INDEX operations_newest ON operations(parent_run, at)",
    "CREATE INDEX operations_by_application ON operations(client_id, at)",
    "CREATE INDEX operations_by_outcome ON operations(outcome, at)",
};

// activityVersion, where SQLite has FTS5: substring search of the log (ListSources::operations()'s searched
// columns), kept by a trigger (entries are only ever added, or deleted with the file).
const char *const step5Search[] = {
    "CREATE VIRTUAL TABLE operations_search USING fts5(action, target, message, calendar, account,"
    " content='operations', content_rowid='id', tokenize='trigram')",
    "INSERT INTO operations_search(operations_search) VALUES ('rebuild')",
    "CREATE TRIGGER operations_searched AFTER INSERT ON operations BEGIN"
    " INSERT INTO operations_search(rowid, action, target, message, calendar, account)"
    " VALUES (new.id, new.action, new.target, new.message, new.calendar, new.account); END",
    "CREATE TRIGGER operations_unsearched AFTER DELETE ON operations BEGIN"
    " INSERT INTO operations_search(operations_search, rowid, action, target, message, calendar, account)"
    " VALUES ('delete', old.id, old.action, old.target, old.message, old.calendar, old.account); END",
};

// accountsVersion: which account created an application. The applications kept so far were created with the
// one admin key of their data center, so each gets the account named after its data center
// (accountNames(), worked out in C++ because the name is DataCenter's display name).
const char *const stepAccounts[] = {
    "ALTER TABLE applications ADD COLUMN account TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX applications_by_account ON applications(account)",
};

template<size_t N>
QStringList statements(const char *const (&list)[N])
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *failed)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *failed = q.lastError();
    qCWarning(lcRegistry) << "migration statement failed:" << failed->nativeErrorCode() << failed->text();
    return false;
}

} // namespace

namespace RegistrySchema {

QStringList accountNames(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT data_center FROM applications")))
        return out;
    const auto quoted = [](QString text) -> QString {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    while (q.next()) {
        const QString dataCenter = q.value(0).toString();
        out << QStringLiteral("UPDATE applications SET account = %1 WHERE data_center = %2")
                   .arg(quoted(RecordText::dataCenter(dataCenter)), quoted(dataCenter));
    }
    return out;
}

bool migrate(QSqlDatabase &db, QSqlError *failed, int *versionFound, const Progress &progress, int upTo)
{
    // Index i makes version i + 1.
    QList<QStringList> steps
        = {statements(step1), statements(step2), statements(step3), statements(step4), statements(step5)};
    steps.insert(accountsVersion - 1, statements(stepAccounts));
    static_assert(currentVersion == 6, "add the new step to the list above");

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *failed = q.lastError();
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    *versionFound = version;
    if (version > currentVersion) {
        *failed = QSqlError(QStringLiteral("newer schema"),
            QStringLiteral("schema version %1 is newer than %2").arg(version).arg(currentVersion),
            QSqlError::UnknownError);
        return false;
    }
    while (version < upTo) {
        // BEGIN IMMEDIATE takes the write lock first, so two processes opening an old file at once do not
        // both try to migrate it: the second waits (busy_timeout), then sees the new user_version.
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), failed))
            return false;
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA user_version")) || !check.next()) {
            *failed = check.lastError();
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
        version = check.value(0).toInt();
        check.finish();
        if (version >= upTo) {
            if (!exec(db, QStringLiteral("COMMIT"), failed))
                return false;
            break;
        }
        if (version == 3) {
            if (SqliteListStore::hasFts5(db))
                steps[3] += statements(step4Search);
            else
                qCWarning(lcRegistry) << "this SQLite has no FTS5: searches read the list row by row";
        }
        if (version == activityVersion - 1 && SqliteListStore::hasFts5(db))
            steps[activityVersion - 1] += statements(step5Search);
        if (version == accountsVersion - 1)
            steps[accountsVersion - 1] += accountNames(db);
        bool ok = true;
        const QStringList &step = steps.at(version);
        for (qsizetype i = 0; i < step.size(); ++i) {
            if (progress)
                progress(version + 1, int(i), int(step.size()));
            if (!exec(db, step.at(i), failed)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), failed)
            && exec(db, QStringLiteral("COMMIT"), failed);
        if (!ok) {
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
        qCInfo(lcRegistry) << "registry schema migrated from version" << version << "to" << version + 1;
        ++version;
        // Into the file itself: Registry::schemaVersionOf() reads its header, where a small last step would
        // otherwise wait in the WAL until the next automatic checkpoint.
        if (version == upTo) {
            QSqlError ignored;
            exec(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &ignored);
        }
    }
    return true;
}

} // namespace RegistrySchema
