// The kept list on a real SQLite file: upserts, constraints, transactions under faults, migrations from a
// stored version-1 file, corruption recovery, restarts and a kill -9 in the middle of writing.
#include "TestEnvironment.h"
#include "registry/Registry.h"
#include "registry/RegistrySchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <vector>

namespace {

ApplicationRecord app(const QString &clientId, const QString &name = QStringLiteral("Rooms"))
{
    ApplicationRecord a;
    a.clientId = clientId;
    a.name = name;
    a.url = QStringLiteral("https://rooms.example");
    a.dataCenter = QStringLiteral("de");
    a.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return a;
}

CalendarRecord cal(
    const QString &clientId, const QString &id, const QString &profile = QStringLiteral("Room"))
{
    CalendarRecord c;
    c.clientId = clientId;
    c.applicationCalendarId = id;
    c.sub = QStringLiteral("apc_") + id;
    c.profileId = QStringLiteral("pro_") + id;
    c.profileName = profile;
    c.providerName = QStringLiteral("Cronofy");
    c.scope = QStringLiteral("read_write");
    c.provisionedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    c.lastSeenAt = c.provisionedAt;
    return c;
}

// A second, raw connection to the same file, as another process (cronofyctl) or the sqlite3 shell has.
struct RawConnection
{
    QString name;
    explicit RawConnection(const QString &path)
        : name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
};

QVariant scalarOn(const Registry &r, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(r.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The "writer" child of crashSafetyKill9: writes calendars until killed, printing each committed id.
int runWriter(const QString &path)
{
    Registry::OpenResult opened = Registry::open(path);
    if (!opened.registry)
        return 2;
    Registry &r = *opened.registry;
    if (!r.upsertApplication(app(QStringLiteral("cli_crash"))).ok())
        return 3;
    for (int i = 0; i < 1000000; ++i) {
        CalendarRecord c = cal(QStringLiteral("cli_crash"), QStringLiteral("cal-%1").arg(i));
        if (!r.upsertCalendar(c).ok())
            return 4;
        if (i >= 5) { // provisioning again updates an earlier row: still one row per id
            CalendarRecord again = cal(QStringLiteral("cli_crash"), QStringLiteral("cal-%1").arg(i - 5),
                QStringLiteral("again %1").arg(i));
            if (!r.upsertCalendar(again).ok())
                return 5;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString fresh(const char *name) const
    {
        return m_dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral("/registry.sqlite");
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_dir = TestEnvironment::home() + QStringLiteral("/registries");
        QVERIFY(QDir().mkpath(m_dir));
    }

    void defaultPathIsInAppData()
    {
        const QString path = Registry::defaultPath();
        QCOMPARE(path,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/registry.sqlite"));
        QVERIFY(path.startsWith(TestEnvironment::home()));
        Registry::OpenResult opened = Registry::open();
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(QFile::exists(path)); // the folder was created
    }

    void pragmasAndSchema()
    {
        Registry::OpenResult opened = Registry::open(fresh("pragmas"));
        QVERIFY(opened.registry);
        const Registry &r = *opened.registry;
        QCOMPARE(scalarOn(r, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalarOn(r, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalarOn(r, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalarOn(r, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(
            scalarOn(r, QStringLiteral("PRAGMA user_version")).toInt(), Registry::currentSchemaVersion());
        QVERIFY(r.integrityOk());
    }

    void twoRegistriesInOneProcess()
    {
        const QString path = fresh("two");
        Registry::OpenResult a = Registry::open(path);
        Registry::OpenResult b = Registry::open(path);
        QVERIFY(a.registry && b.registry);
        QVERIFY(a.registry->connectionName() != b.registry->connectionName());
        QVERIFY(a.registry->upsertApplication(app(QStringLiteral("cli_a"))).ok());
        QVERIFY(b.registry->application(QStringLiteral("cli_a")).has_value());
        const QString name = a.registry->connectionName();
        a.registry.reset();
        QVERIFY(!QSqlDatabase::contains(name)); // the destructor removed its connection
    }

    void upsertUpdatesNeverDuplicates()
    {
        Registry::OpenResult opened = Registry::open(fresh("upsert"));
        Registry &r = *opened.registry;
        QSignalSpy changed(&r, &Registry::calendarChanged);
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_1"))).ok());
        ApplicationRecord renamed = app(QStringLiteral("cli_1"), QStringLiteral("Renamed"));
        renamed.createdAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(r.upsertApplication(renamed).ok());
        QCOMPARE(r.applications().size(), 1);
        QCOMPARE(r.application(QStringLiteral("cli_1"))->name, QStringLiteral("Renamed"));
        QCOMPARE(r.application(QStringLiteral("cli_1"))->account, QString());
        renamed.account = QStringLiteral("Acme — customer");
        QVERIFY(r.upsertApplication(renamed).ok());
        QCOMPARE(r.application(QStringLiteral("cli_1"))->account, QStringLiteral("Acme — customer"));
        QCOMPARE(r.application(QStringLiteral("cli_1"))->createdAt,
            app(QStringLiteral("cli_1")).createdAt); // kept

        CalendarRecord first
            = cal(QStringLiteral("cli_1"), QStringLiteral("room-1"), QStringLiteral("First"));
        QVERIFY(r.upsertCalendar(first).ok());
        const qint64 id = r.calendar(QStringLiteral("cli_1"), QStringLiteral("room-1"))->id;
        CalendarRecord second
            = cal(QStringLiteral("cli_1"), QStringLiteral("room-1"), QStringLiteral("Second"));
        second.provisionedAt = first.provisionedAt.addDays(3);
        second.lastSeenAt = second.provisionedAt;
        second.sub.clear(); // an empty sub never erases the known one
        QVERIFY(r.upsertCalendar(second).ok());

        QCOMPARE(r.calendarCount(), 1);
        const CalendarRecord stored = *r.calendar(QStringLiteral("cli_1"), QStringLiteral("room-1"));
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.profileName, QStringLiteral("Second"));
        QCOMPARE(stored.sub, QStringLiteral("apc_room-1"));
        QCOMPARE(stored.provisionedAt, first.provisionedAt); // first success
        QCOMPARE(stored.lastSeenAt, second.lastSeenAt); // last success
        QCOMPARE(changed.count(), 2);
        QCOMPARE(r.calendarBySub(QStringLiteral("apc_room-1"))->id, id);

        // The same application_calendar_id under another application is another calendar.
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_2"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_2"), QStringLiteral("room-1"))).ok());
        QCOMPARE(r.calendarCount(), 2);
        QCOMPARE(r.calendars(QStringLiteral("cli_1")).size(), 1);
        QCOMPARE(r.calendars().size(), 2);
        QCOMPARE(scalarOn(r,
                     QStringLiteral("SELECT count(*) - count(DISTINCT client_id || '/' || "
                                    "application_calendar_id) FROM calendars"))
                     .toInt(),
            0);
    }

    void failuresRevocationsAndActiveIds()
    {
        Registry::OpenResult opened = Registry::open(fresh("failures"));
        Registry &r = *opened.registry;
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_f"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_f"), QStringLiteral("ok-1"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_f"), QStringLiteral("ok-2"))).ok());
        // A new id that failed: a Failed row with the sentence.
        QVERIFY(r.recordCalendarFailure(
                     QStringLiteral("cli_f"), QStringLiteral("bad"), QStringLiteral("Rejected."))
                    .ok());
        QCOMPARE(r.calendar(QStringLiteral("cli_f"), QStringLiteral("bad"))->status,
            CalendarRecord::Status::Failed);
        QCOMPARE(r.calendar(QStringLiteral("cli_f"), QStringLiteral("bad"))->lastError,
            QStringLiteral("Rejected."));
        // An active row that failed later stays active, with the error.
        QVERIFY(r.recordCalendarFailure(
                     QStringLiteral("cli_f"), QStringLiteral("ok-1"), QStringLiteral("Timed out."))
                    .ok());
        QCOMPARE(r.calendar(QStringLiteral("cli_f"), QStringLiteral("ok-1"))->status,
            CalendarRecord::Status::Active);
        QCOMPARE(r.calendar(QStringLiteral("cli_f"), QStringLiteral("ok-1"))->lastError,
            QStringLiteral("Timed out."));
        // A success clears the error.
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_f"), QStringLiteral("ok-1"))).ok());
        QVERIFY(r.calendar(QStringLiteral("cli_f"), QStringLiteral("ok-1"))->lastError.isEmpty());

        QSignalSpy changed(&r, &Registry::calendarChanged);
        QVERIFY(r.markRevoked(QStringLiteral("cli_f"), QStringLiteral("apc_ok-2")).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("ok-2"));
        QCOMPARE(r.calendar(QStringLiteral("cli_f"), QStringLiteral("ok-2"))->status,
            CalendarRecord::Status::Revoked);
        QCOMPARE(r.activeCalendarIds(QStringLiteral("cli_f")), QSet<QString>({QStringLiteral("ok-1")}));

        QVERIFY(r.setSecretState(QStringLiteral("cli_f"), ApplicationRecord::SecretState::NotStored).ok());
        QCOMPARE(
            r.application(QStringLiteral("cli_f"))->secretState, ApplicationRecord::SecretState::NotStored);
    }

    void operationLog()
    {
        Registry::OpenResult opened = Registry::open(fresh("operations"));
        Registry &r = *opened.registry;
        QSignalSpy logged(&r, &Registry::operationLogged);
        for (int i = 0; i < 5; ++i) {
            OperationRecord o;
            o.action = QStringLiteral("provision-calendar");
            o.target = QStringLiteral("room-%1").arg(i);
            o.outcome = i % 2 ? OperationRecord::Outcome::Failed : OperationRecord::Outcome::Succeeded;
            o.httpStatus = i % 2 ? 422 : 200;
            o.message = QStringLiteral("message %1").arg(i);
            QVERIFY(r.logOperation(o).ok());
        }
        QCOMPARE(logged.count(), 5);
        const QList<OperationRecord> ops = r.operations(3);
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops.at(0).target, QStringLiteral("room-4")); // newest first
        QCOMPARE(ops.at(1).outcome, OperationRecord::Outcome::Failed);
        QCOMPARE(ops.at(1).httpStatus, 422);
        QVERIFY(ops.at(0).at.isValid());
    }

    void foreignKeys()
    {
        Registry::OpenResult opened = Registry::open(fresh("fk"));
        Registry &r = *opened.registry;
        QSignalSpy changed(&r, &Registry::calendarChanged);
        const RegistryError e = r.upsertCalendar(cal(QStringLiteral("cli_missing"), QStringLiteral("room")));
        QVERIFY(!e.ok());
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(r.calendarCount(), 0);
        QCOMPARE(changed.count(), 0); // no signal for a write that did not happen

        // ON DELETE CASCADE: removing an application removes its calendars.
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_x"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_x"), QStringLiteral("room"))).ok());
        QSqlQuery q(QSqlDatabase::database(r.connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM applications WHERE client_id = 'cli_x'")));
        QCOMPARE(r.calendarCount(), 0);
    }

    void diskFullRollsBack()
    {
        Registry::OpenResult opened = Registry::open(fresh("full"));
        Registry &r = *opened.registry;
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_full"))).ok());
        // SQLITE_FULL without filling a real disk: cap the file at its current size plus a few pages.
        const int pages = scalarOn(r, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(pages > 0);
        QCOMPARE(scalarOn(r, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)).toInt(), pages + 3);

        const QString big(3000, QLatin1Char('x')); // a few rows per page
        int written = 0;
        RegistryError error;
        for (int i = 0; i < 200; ++i) {
            CalendarRecord c = cal(QStringLiteral("cli_full"), QStringLiteral("room-%1").arg(i));
            c.lastError = big;
            error = r.upsertCalendar(c);
            if (!error.ok())
                break;
            ++written;
        }
        QCOMPARE(error.kind, RegistryError::Kind::DiskFull);
        QCOMPARE(error.message(),
            QStringLiteral("The disk is full, so nothing was saved. Free some space, then try again."));
        QVERIFY(written > 0);
        QCOMPARE(r.calendarCount(), qint64(written)); // every committed row, and nothing of the failed one
        QVERIFY(!r.calendar(QStringLiteral("cli_full"), QStringLiteral("room-%1").arg(written)).has_value());
        QVERIFY(r.integrityOk());

        // An update that needs new pages fails as a whole and leaves the old value.
        ApplicationRecord renamed = app(QStringLiteral("cli_full"), QString(20000, QLatin1Char('n')));
        QCOMPARE(r.upsertApplication(renamed).kind, RegistryError::Kind::DiskFull);
        QCOMPARE(r.application(QStringLiteral("cli_full"))->name, QStringLiteral("Rooms"));

        // Space again: writing works again on the same connection.
        scalarOn(r, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        CalendarRecord c = cal(QStringLiteral("cli_full"), QStringLiteral("room-%1").arg(written));
        c.lastError = big;
        QVERIFY(r.upsertCalendar(c).ok());
        QCOMPARE(r.calendarCount(), qint64(written + 1));
    }

    void readOnlyGivesASentence()
    {
        const QString path = fresh("readonly");
        {
            Registry::OpenResult opened = Registry::open(path);
            QVERIFY(opened.registry->upsertApplication(app(QStringLiteral("cli_ro"))).ok());
            QVERIFY(
                opened.registry->upsertCalendar(cal(QStringLiteral("cli_ro"), QStringLiteral("room"))).ok());
        }
        Registry::OpenOptions options;
        options.readOnly = true;
        Registry::OpenResult opened = Registry::open(path, options);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        Registry &r = *opened.registry;
        QCOMPARE(r.calendarCount(), 1); // reading works
        CalendarRecord changed
            = cal(QStringLiteral("cli_ro"), QStringLiteral("room"), QStringLiteral("Changed"));
        const RegistryError e = r.upsertCalendar(changed);
        QCOMPARE(e.kind, RegistryError::Kind::ReadOnly);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("nothing was saved")));
        QCOMPARE(r.calendar(QStringLiteral("cli_ro"), QStringLiteral("room"))->profileName,
            QStringLiteral("Room"));
        QCOMPARE(r.logOperation(OperationRecord {}).kind, RegistryError::Kind::ReadOnly);
    }

    void folderThatCannotBeMade()
    {
        // Works as root too: a file stands where the folder should be.
        const QString blocker = m_dir + QStringLiteral("/blocker");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Registry::OpenResult opened = Registry::open(blocker + QStringLiteral("/sub/registry.sqlite"));
        QVERIFY(!opened.registry);
        QCOMPARE(opened.error.kind, RegistryError::Kind::CannotOpen);
        QVERIFY2(opened.error.message().contains(blocker + QStringLiteral("/sub")),
            qPrintable(opened.error.message()));
    }

    void busyWhenAnotherProgramWrites()
    {
        const QString path = fresh("busy");
        Registry::OpenOptions options;
        options.busyTimeoutMs = 100;
        Registry::OpenResult opened = Registry::open(path, options);
        Registry &r = *opened.registry;
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_busy"))).ok());
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const RegistryError e = r.upsertCalendar(cal(QStringLiteral("cli_busy"), QStringLiteral("room")));
        QCOMPARE(e.kind, RegistryError::Kind::Busy);
        QVERIFY(e.message().contains(QStringLiteral("Close it, then try again")));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_busy"), QStringLiteral("room"))).ok());
    }

    void migratesStoredVersion1_data()
    {
        QTest::addColumn<bool>("storedFile");
        // data/registry-v1.sqlite: a file version 1 left behind (WAL mode, closed cleanly), committed as it
        // is.
        QTest::newRow("stored file") << true;
        // data/registry-v1.sql: the same rows as a readable script, replayed into a new file.
        QTest::newRow("sql script") << false;
    }

    // The activity step: entries written before it keep what their target tells (the application, the
    // calendar or sub, the data center and the account named after it). The file is made as the build before
    // the step left it.
    void activityStepDerivesOldEntries()
    {
        const QString path = fresh("activity-step");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QSqlError failed;
            int found = 0;
            QVERIFY2(RegistrySchema::migrate(db, &failed, &found, {}, RegistrySchema::activityVersion - 1),
                qPrintable(failed.text()));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO applications (client_id, name, data_center, origin, created_at)"
                               " VALUES ('cli_berlin', 'Rooms', 'de', 'created', 1)")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO calendars (client_id, application_calendar_id, sub, status)"
                               " VALUES ('cli_berlin', 'room-1', 'apc_room-1', 'active')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO operations (at, action, target, outcome) VALUES (1, 'create-application', "
                "'cli_berlin',"
                " 'succeeded'), (2, 'provision-calendar', 'room-1', 'succeeded'), (3, 'revoke-calendar',"
                " 'apc_room-1', 'succeeded'), (4, 'store-admin-key', 'us', 'succeeded'),"
                " (5, 'provision-calendar', 'elsewhere', 'failed')")));
        }
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QCOMPARE(scalarOn(*opened.registry, QStringLiteral("PRAGMA user_version")).toInt(),
            Registry::currentSchemaVersion());
        const QList<OperationRecord> log = opened.registry->operations(); // newest first
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.at(0).calendar, QStringLiteral("elsewhere"));
        QCOMPARE(log.at(0).clientId, QString()); // not a calendar of the list: its application is unknown
        QCOMPARE(log.at(1).dataCenter, QStringLiteral("us"));
        QCOMPARE(log.at(1).account, QStringLiteral("us"));
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(log.at(i).clientId, QStringLiteral("cli_berlin"));
            QCOMPARE(log.at(i).dataCenter, QStringLiteral("de"));
            QCOMPARE(log.at(i).account, QStringLiteral("de"));
        }
        QCOMPARE(log.at(2).calendar, QStringLiteral("apc_room-1"));
        QCOMPARE(log.at(3).calendar, QStringLiteral("room-1"));
        QCOMPARE(log.at(4).calendar, QString());
        QVERIFY(scalarOn(*opened.registry,
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'operations_newest'"))
                    .toInt()
            == 1);
        // The old entries are in the search table too (built from the rows).
        QCOMPARE(scalarOn(*opened.registry,
                     QStringLiteral("SELECT count(*) FROM operations_search WHERE operations_search MATCH "
                                    "'\"room-1\"'"))
                     .toInt(),
            2);
    }

    void migratesStoredVersion1()
    {
        QFETCH(bool, storedFile);
        const QString path = fresh(storedFile ? "v1-file" : "v1-sql");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (storedFile) {
            QVERIFY(QFile::copy(QStringLiteral(REGISTRY_TEST_DATA "/registry-v1.sqlite"), path));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
            RawConnection raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        } else {
            QFile script(QStringLiteral(REGISTRY_TEST_DATA "/registry-v1.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            RawConnection raw(path);
            QString sql;
            const QStringList lines = QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String("--")))
                    continue;
                sql += line;
                if (line.endsWith(QLatin1Char(';'))) {
                    QSqlQuery q(raw.db());
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                    sql.clear();
                }
            }
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(opened.movedAsideTo.isEmpty());
        Registry &r = *opened.registry;
        QCOMPARE(
            scalarOn(r, QStringLiteral("PRAGMA user_version")).toInt(), Registry::currentSchemaVersion());
        QVERIFY(r.integrityOk());
        // Version 4 counted the old rows and indexed their text.
        QCOMPARE(scalarOn(r, QStringLiteral("SELECT sum(n) FROM calendar_counts")).toInt(), 4);
        QCOMPARE(scalarOn(r,
                     QStringLiteral(
                         "SELECT rowid FROM calendars_search WHERE calendars_search MATCH '\"zo\u00cb\"'"))
                     .toInt(),
            4);

        const QList<ApplicationRecord> apps = r.applications();
        QCOMPARE(apps.size(), 2);
        const ApplicationRecord two = *r.application(QStringLiteral("cli_v1_two"));
        QCOMPARE(two.name, QStringLiteral("Ünïcode, \"quoted\""));
        QCOMPARE(two.origin, ApplicationRecord::Origin::Imported);
        QCOMPARE(two.createdAt, QDateTime::fromMSecsSinceEpoch(1700000100000, Qt::UTC));
        QCOMPARE(two.secretState, ApplicationRecord::SecretState::Stored);
        // The accounts step: each application kept so far gets the account named after its data center.
        QCOMPARE(two.account, QStringLiteral("United States"));
        QCOMPARE(r.application(QStringLiteral("cli_v1_one"))->account, QStringLiteral("Germany"));
        // A rename reaches the applications of that account only.
        QVERIFY(r.renameAccount(QStringLiteral("Germany"), QStringLiteral("Acme — customer")).ok());
        QCOMPARE(r.application(QStringLiteral("cli_v1_one"))->account, QStringLiteral("Acme — customer"));
        QCOMPARE(r.application(QStringLiteral("cli_v1_two"))->account, QStringLiteral("United States"));

        QCOMPARE(r.calendarCount(), 4);
        const CalendarRecord one = *r.calendar(QStringLiteral("cli_v1_one"), QStringLiteral("room-1"));
        QCOMPARE(one.id, 1);
        QCOMPARE(one.sub, QStringLiteral("apc_111"));
        QCOMPARE(one.profileName, QStringLiteral("room-1@rooms.example"));
        QCOMPARE(one.provisionedAt, QDateTime::fromMSecsSinceEpoch(1700000200000, Qt::UTC));
        QCOMPARE(one.lastSeenAt, one.provisionedAt); // filled in by step 2
        QCOMPARE(r.calendar(QStringLiteral("cli_v1_one"), QStringLiteral("room-2"))->status,
            CalendarRecord::Status::Revoked);
        const CalendarRecord failed = *r.calendar(QStringLiteral("cli_v1_one"), QStringLiteral("room-3"));
        QCOMPARE(failed.status, CalendarRecord::Status::Failed);
        QVERIFY(!failed.provisionedAt.isValid());
        QCOMPARE(r.calendar(QStringLiteral("cli_v1_two"), QStringLiteral("room-1"))->profileName,
            QStringLiteral("Zoë"));
        QCOMPARE(r.calendarBySub(QStringLiteral("apc_444"))->clientId, QStringLiteral("cli_v1_two"));

        // The new parts work on the migrated file, and upserts still find the old rows.
        QVERIFY(r.logOperation(OperationRecord {}).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_v1_one"), QStringLiteral("room-1"))).ok());
        QCOMPARE(r.calendarCount(), 4);
        QCOMPARE(r.calendar(QStringLiteral("cli_v1_one"), QStringLiteral("room-1"))->id, 1);
        QCOMPARE(r.calendar(QStringLiteral("cli_v1_one"), QStringLiteral("room-1"))->provisionedAt,
            QDateTime::fromMSecsSinceEpoch(1700000200000, Qt::UTC));
    }

    // A version 1 file of 100,000 calendars (the first release's schema, rows made inside SQLite) upgraded in
    // place: every row kept, the counts and the search index built, and progress told before each statement.
    void upgradesALargeVersion1FileInPlace()
    {
        const QString path = fresh("v1-large");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        constexpr int rows = 100000;
        {
            RawConnection raw(path);
            QFile script(QStringLiteral(REGISTRY_TEST_DATA "/registry-v1.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String("CREATE"))
                    || line.startsWith(QLatin1String("INSERT INTO applications"))
                    || line.startsWith(QLatin1String("PRAGMA"))) {
                    QSqlQuery q(raw.db());
                    QVERIFY2(q.exec(line), qPrintable(q.lastError().text()));
                }
            }
            QSqlQuery q(raw.db());
            QVERIFY2(q.exec(QStringLiteral(
                         "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1)"
                         " INSERT INTO calendars SELECT i, CASE WHEN i % 2 THEN 'cli_v1_one' ELSE "
                         "'cli_v1_two' END,"
                         " 'room-' || i, 'apc_' || i, 'pro_' || i, 'Zo\u00eb ' || i, 'Cronofy', 'read_write',"
                         " CASE WHEN i % 11 THEN 1700000000000 + i END,"
                         " CASE WHEN i % 7 = 0 THEN 'revoked' WHEN i % 13 = 0 THEN 'failed' ELSE 'active' "
                         "END FROM seq")
                                .arg(rows)),
                qPrintable(q.lastError().text()));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }
        QCOMPARE(Registry::schemaVersionOf(path), 1);
        QList<int> versionsTold;
        int statementsTold = 0;
        Registry::OpenOptions options;
        options.upgradeProgress = [&](int version, int statement, int statements) {
            if (versionsTold.isEmpty() || versionsTold.constLast() != version)
                versionsTold.append(version);
            QVERIFY(statement < statements);
            ++statementsTold;
        };
        QElapsedTimer took;
        took.start();
        Registry::OpenResult opened = Registry::open(path, options);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        qInfo("a version 1 file of %d calendars upgraded in %lld ms", rows, qlonglong(took.elapsed()));
        QList<int> everyStep; // 2, 3, ... up to the version this build writes
        for (int version = 2; version <= Registry::currentSchemaVersion(); ++version)
            everyStep.append(version);
        QCOMPARE(versionsTold, everyStep);
        QVERIFY(statementsTold > 15);
        QCOMPARE(Registry::schemaVersionOf(path), Registry::currentSchemaVersion());
        Registry &r = *opened.registry;
        QCOMPARE(r.calendarCount(), rows);
        QVERIFY(r.integrityOk());
        // Nothing lost: every row as it was (sampled), the counts, the search.
        for (const int i : {1, 2, 7, 13, 11, 50000, 99999, 100000}) {
            const QString clientId = i % 2 ? QStringLiteral("cli_v1_one") : QStringLiteral("cli_v1_two");
            const std::optional<CalendarRecord> c = r.calendar(clientId, QStringLiteral("room-%1").arg(i));
            QVERIFY(c);
            QCOMPARE(c->id, i);
            QCOMPARE(c->sub, QStringLiteral("apc_%1").arg(i));
            QCOMPARE(c->profileName, QStringLiteral("Zo\u00eb %1").arg(i));
            QCOMPARE(c->provisionedAt.isValid(), i % 11 != 0);
            QCOMPARE(c->lastSeenAt, c->provisionedAt);
            QCOMPARE(c->status,
                i % 7 == 0        ? CalendarRecord::Status::Revoked
                    : i % 13 == 0 ? CalendarRecord::Status::Failed
                                  : CalendarRecord::Status::Active);
        }
        QCOMPARE(scalarOn(r, QStringLiteral("SELECT sum(n) FROM calendar_counts")).toInt(), rows);
        QCOMPARE(
            scalarOn(r,
                QStringLiteral(
                    "SELECT n FROM calendar_counts WHERE client_id = 'cli_v1_two' AND status = 'revoked'"))
                .toInt(),
            scalarOn(r,
                QStringLiteral(
                    "SELECT count(*) FROM calendars WHERE client_id = 'cli_v1_two' AND status = 'revoked'"))
                .toInt());
        QCOMPARE(
            scalarOn(r,
                QStringLiteral(
                    "SELECT rowid FROM calendars_search WHERE calendars_search MATCH '\"ZO\u00cb 4242\"'"))
                .toInt(),
            4242);
    }

    void refusesANewerSchema()
    {
        const QString path = fresh("newer");
        {
            Registry::OpenResult opened = Registry::open(path);
            QVERIFY(opened.registry);
            scalarOn(*opened.registry, QStringLiteral("PRAGMA user_version = 99"));
        }
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY(!opened.registry);
        QCOMPARE(opened.error.kind, RegistryError::Kind::Other);
        QVERIFY2(opened.error.message().contains(QStringLiteral("newer version")),
            qPrintable(opened.error.message()));
        QVERIFY(QFile::exists(path)); // left alone, not moved aside
    }

    void corruptFileIsMovedAside()
    {
        const QString path = fresh("corrupt");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        for (const QString &file : QStringList {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }

        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(!opened.movedAsideTo.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(path)
                     + QStringLiteral("\\.corrupt-\\d{8}T\\d{6}Z$"))
                     .match(opened.movedAsideTo)
                     .hasMatch(),
            qPrintable(opened.movedAsideTo));
        QFile moved(opened.movedAsideTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage); // never deleted, byte for byte
        QVERIFY(QFile::exists(opened.movedAsideTo + QStringLiteral("-wal")));
        // A fresh, working list in its place.
        Registry &r = *opened.registry;
        QCOMPARE(r.calendarCount(), 0);
        QVERIFY(r.integrityOk());
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_new"))).ok());
    }

    // Version 4 keeps a count table and a substring index in step with every write, through triggers that
    // run for any program writing the file (cronofyctl, the sqlite3 shell).
    void countsAndSearchIndexFollowWrites()
    {
        const QString path = fresh("v4");
        Registry::OpenResult opened = Registry::open(path);
        Registry &r = *opened.registry;
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_a"))).ok());
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_\u00e9"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_a"), QStringLiteral("room-1"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_\u00e9"), QStringLiteral("Z\u00fcrich \U0001F600"),
                                     QStringLiteral("Caf\u00e9 Ost")))
                    .ok());
        QVERIFY(
            r.recordCalendarFailure(QStringLiteral("cli_a"), QStringLiteral("room-2"), QStringLiteral("No."))
                .ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_a"), QStringLiteral("room-3"))).ok());
        QVERIFY(r.markRevoked(QStringLiteral("cli_a"), QStringLiteral("apc_room-3")).ok());
        auto count = [&r](const char *where) {
            return scalarOn(r,
                QStringLiteral("SELECT ifnull(sum(n), 0) FROM calendar_counts WHERE ") + QLatin1String(where))
                .toLongLong();
        };
        QCOMPARE(count("1"), r.calendarCount());
        QCOMPARE(count("client_id = 'cli_a'"), 3);
        QCOMPARE(count("status = 'failed'"), 1);
        QCOMPARE(count("status = 'revoked'"), 1);
        QCOMPARE(count("status = 'active'"), 2);
        auto found = [&r](const QString &needle) {
            return scalarOn(r,
                QStringLiteral("SELECT count(*) FROM calendars_search WHERE calendars_search MATCH '\"%1\"'")
                    .arg(needle))
                .toLongLong();
        };
        QCOMPARE(found(QStringLiteral("ROOM")), 3); // case-insensitive
        QCOMPARE(found(QStringLiteral("\u00fcric")), 1); // non-ASCII
        QCOMPARE(found(QStringLiteral("caf\u00e9")), 1);
        QCOMPARE(found(QStringLiteral("apc_room-3")), 1);
        // An update replaces the indexed text.
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_\u00e9"), QStringLiteral("Z\u00fcrich \U0001F600"),
                                     QStringLiteral("Bistro")))
                    .ok());
        QCOMPARE(found(QStringLiteral("caf\u00e9")), 0);
        QCOMPARE(found(QStringLiteral("bistro")), 1);
        // A row deleted by hand (the sqlite3 shell) leaves both.
        scalarOn(r, QStringLiteral("DELETE FROM calendars WHERE application_calendar_id = 'room-1'"));
        QCOMPARE(count("client_id = 'cli_a'"), 2);
        QCOMPARE(found(QStringLiteral("room-1")), 0);
        QVERIFY(r.integrityOk());
    }

    void damagedPagesAreMovedAside()
    {
        const QString path = fresh("damaged");
        {
            Registry::OpenResult opened = Registry::open(path);
            Registry &r = *opened.registry;
            QVERIFY(r.upsertApplication(app(QStringLiteral("cli_d"))).ok());
            QSqlDatabase db = QSqlDatabase::database(r.connectionName(), false);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 3000; ++i) {
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO calendars (client_id, application_calendar_id, status)"
                                          " VALUES ('cli_d', 'room-%1', 'active')")
                               .arg(i)));
            }
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Keep the first pages (header and schema, written first): the file still opens, but most of its
        // other pages are broken.
        f.seek(4096 * 64);
        f.write(QByteArray(int(size * 8 / 10) - 4096 * 64, '\xa5'));
        f.close();

        // The file closed cleanly, so opening it reads only page 1 (quick_check on every start would cost a
        // third of the time budget). The first read that meets a damaged page marks the file for a check...
        {
            Registry::OpenResult first = Registry::open(path);
            QVERIFY2(first.registry, qPrintable(first.error.message()));
            QVERIFY(first.movedAsideTo.isEmpty());
            QVERIFY(first.registry->calendars().size() < 3000);
            QVERIFY(!first.registry->integrityOk());
            QVERIFY(QFile::exists(path + QStringLiteral(".needs-check")));
        }
        // ... and the next start checks it, moves it aside, and starts a fresh list.
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(!opened.movedAsideTo.isEmpty());
        QCOMPARE(QFileInfo(opened.movedAsideTo).size(), size);
        QCOMPARE(opened.registry->calendarCount(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".needs-check")));
    }

    void survivesRestart()
    {
        const QString path = fresh("restart");
        {
            Registry::OpenResult opened = Registry::open(path);
            QVERIFY(opened.registry->upsertApplication(app(QStringLiteral("cli_r"))).ok());
            for (int i = 0; i < 50; ++i)
                QVERIFY(opened.registry
                            ->upsertCalendar(cal(QStringLiteral("cli_r"), QStringLiteral("r-%1").arg(i)))
                            .ok());
        }
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY(opened.registry);
        QCOMPARE(opened.registry->calendarCount(), 50);
        QCOMPARE(opened.registry->calendar(QStringLiteral("cli_r"), QStringLiteral("r-49"))->sub,
            QStringLiteral("apc_r-49"));
        QVERIFY(opened.movedAsideTo.isEmpty());
    }

    void crashSafetyKill9()
    {
        const QString path = fresh("crash");
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QStringLiteral("--writer"), path});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray output;
        connect(&writer, &QProcess::readyReadStandardOutput, this,
            [&]() { output += writer.readAllStandardOutput(); });
        writer.start();
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("committed 40\n"), 60000);
        writer.kill(); // SIGKILL: no destructor, no checkpoint, the WAL left as it is
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();

        int lastCommitted = -1;
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toInt();
        }
        QVERIFY(lastCommitted >= 40);

        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(opened.movedAsideTo.isEmpty());
        Registry &r = *opened.registry;
        QVERIFY(r.integrityOk());
        for (int i = 0; i <= lastCommitted; ++i)
            QVERIFY2(r.calendar(QStringLiteral("cli_crash"), QStringLiteral("cal-%1").arg(i)).has_value(),
                qPrintable(QString::number(i)));
        // At most the one row whose commit happened just before the kill but was not printed yet.
        QVERIFY(r.calendarCount() >= lastCommitted + 1);
        QVERIFY(r.calendarCount() <= lastCommitted + 2);
        QCOMPARE(
            scalarOn(
                r, QStringLiteral("SELECT count(*) - count(DISTINCT application_calendar_id) FROM calendars"))
                .toInt(),
            0);
        QCOMPARE(r.calendar(QStringLiteral("cli_crash"), QStringLiteral("cal-0"))->profileName,
            QStringLiteral("again 5"));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestRegistry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry.moc"
