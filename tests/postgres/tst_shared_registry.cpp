// The shared list on a real PostgreSQL server (tests/support/PostgresServer): the schema made on connect and
// a newer one refused, two admins (two roles, two keychains) on one database, the same ids written by both at
// once, colleagues' writes announced through LISTEN/NOTIFY, who did what, the server killed mid-run, and the
// sentences for a wrong password and a refused TLS connection; the Calendars list drawn a page at a time from
// it (PostgresListStore) and its streamed export.
#include "PagedModelWait.h"
#include "PostgresServer.h"
#include "TestEnvironment.h"
#include "activity/ActivityModel.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "postgres/PostgresAddress.h"
#include "postgres/PostgresSchema.h"
#include "registry/CalendarExport.h"
#include "registry/CalendarsModel.h"
#include "registry/Registry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
const QString alicePassword = QStringLiteral("alice-db-password-7f3a");
const QString bobPassword = QStringLiteral("bob-db-password-91c2");

CalendarRecord calendar(const QString &clientId, const QString &id)
{
    CalendarRecord c;
    c.clientId = clientId;
    c.applicationCalendarId = id;
    c.sub = QStringLiteral("apc_") + id;
    c.profileName = QStringLiteral("Room ") + id;
    c.provisionedAt = QDateTime::currentDateTimeUtc();
    c.lastSeenAt = c.provisionedAt;
    return c;
}

ApplicationRecord application(const QString &clientId)
{
    ApplicationRecord a;
    a.clientId = clientId;
    a.name = QStringLiteral("Rooms ") + clientId;
    a.dataCenter = QStringLiteral("de");
    a.account = QStringLiteral("Acme — customer");
    return a;
}
} // namespace

class TestSharedRegistry : public QObject
{
    Q_OBJECT

    PostgresServer m_server;

    std::unique_ptr<Registry> open(const QString &user, const QString &password,
        const Registry::SharedOptions &options = Registry::SharedOptions(), RegistryError *error = nullptr)
    {
        Registry::OpenResult opened
            = Registry::openShared(m_server.address(user, QStringLiteral("team")), password, options);
        if (error)
            *error = opened.error;
        return std::move(opened.registry);
    }

    qint64 scalar(const QString &sql)
    {
        QString out;
        if (!m_server.psql(QStringLiteral("team"), sql, &out))
            qWarning("psql: %s", qPrintable(m_server.errorString()));
        return out.toLongLong();
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // A team as docs/shared-list.md sets one up: a group role owns the database, each admin logs in as
        // their own role, a member of it.
        QVERIFY2(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE cronofy_team NOLOGIN")),
            qPrintable(m_server.errorString()));
        QVERIFY(m_server.createDatabase(QStringLiteral("team"), QStringLiteral("cronofy_team")));
        QVERIFY(m_server.createRole(QStringLiteral("alice"), alicePassword));
        QVERIFY(m_server.createRole(QStringLiteral("bob"), bobPassword));
        QVERIFY(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("GRANT cronofy_team TO alice, bob")));
    }

    void connectCreatesTheSchema()
    {
        RegistryError error;
        auto alice = open(QStringLiteral("alice"), alicePassword, {}, &error);
        QVERIFY2(alice, qPrintable(error.message()));
        QVERIFY(alice->isShared());
        QCOMPARE(scalar(QStringLiteral("SELECT version FROM console_schema")),
            qint64(PostgresSchema::currentVersion));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM console_schema")), qint64(1));
        // The team's tables, not alice's: bob may write them too.
        QString owner;
        QVERIFY(m_server.psql(QStringLiteral("team"),
            QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'calendars'"), &owner));
        QCOMPARE(owner, QStringLiteral("cronofy_team"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")), qint64(1));
        // A second connection finds the schema made and changes nothing.
        auto bob = open(QStringLiteral("bob"), bobPassword, {}, &error);
        QVERIFY2(bob, qPrintable(error.message()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM console_schema")), qint64(1));
    }

    void twoAdminsShareOneList()
    {
        Registry::SharedOptions aliceOptions;
        aliceOptions.secretHere
            = [](const QString &clientId) { return clientId == QLatin1String("app-shared"); };
        aliceOptions.computerUser = QStringLiteral("alice@laptop-a");
        Registry::SharedOptions bobOptions;
        bobOptions.secretHere = [](const QString &) { return false; };
        bobOptions.computerUser = QStringLiteral("bob@laptop-b");
        auto alice = open(QStringLiteral("alice"), alicePassword, aliceOptions);
        auto bob = open(QStringLiteral("bob"), bobPassword, bobOptions);
        QVERIFY(alice && bob);

        QVERIFY(alice->upsertApplication(application(QStringLiteral("app-shared"))).ok());
        QVERIFY(alice->upsertCalendar(calendar(QStringLiteral("app-shared"), QStringLiteral("room-1"))).ok());
        OperationRecord op;
        op.action = QStringLiteral("provision-calendar");
        op.target = QStringLiteral("room-1");
        QVERIFY(alice->logOperation(op).ok());

        // Bob sees alice's rows; the secret is in alice's keychain only.
        const auto seenByBob = bob->application(QStringLiteral("app-shared"));
        QVERIFY(seenByBob);
        QCOMPARE(seenByBob->account, QStringLiteral("Acme — customer")); // the mirrored column
        QCOMPARE(seenByBob->secretState, ApplicationRecord::SecretState::NotStored);
        QCOMPARE(alice->application(QStringLiteral("app-shared"))->secretState,
            ApplicationRecord::SecretState::Stored);
        const auto row = bob->calendar(QStringLiteral("app-shared"), QStringLiteral("room-1"));
        QVERIFY(row);
        QCOMPARE(row->sub, QStringLiteral("apc_room-1"));

        // Bob revokes it: alice sees that, and who did what.
        QVERIFY(bob->markRevoked(QStringLiteral("app-shared"), QStringLiteral("apc_room-1")).ok());
        op.action = QStringLiteral("revoke");
        QVERIFY(bob->logOperation(op).ok());
        QCOMPARE(alice->calendar(QStringLiteral("app-shared"), QStringLiteral("room-1"))->status,
            CalendarRecord::Status::Revoked);
        const QList<OperationRecord> log = alice->operations(2);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, QStringLiteral("revoke"));
        QCOMPARE(log.at(0).databaseRole, QStringLiteral("bob"));
        QCOMPARE(log.at(0).computerUser, QStringLiteral("bob@laptop-b"));
        QCOMPARE(log.at(1).databaseRole, QStringLiteral("alice"));
        QCOMPARE(log.at(1).computerUser, QStringLiteral("alice@laptop-a"));
        // The secret state is not in the database at all.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE column_name LIKE "
                                  "'%secret%'")),
            qint64(0));
    }

    // Two consoles provisioning the same ids at the same moment, in groups as bulk runs write them: one row
    // per id, and the counts kept by the trigger agree with the rows.
    void sameIdsAtOnceStayOneRow()
    {
        auto setup = open(QStringLiteral("alice"), alicePassword);
        QVERIFY(setup && setup->upsertApplication(application(QStringLiteral("app-race"))).ok());
        constexpr int ids = 600;
        constexpr int group = 25;
        auto writer = [&](const QString &user, const QString &password, bool reversed, QString *failure) {
            return QThread::create([=, this] {
                auto registry = open(user, password);
                if (!registry) {
                    *failure = QStringLiteral("cannot open");
                    return;
                }
                for (int start = 0; start < ids; start += group) {
                    QList<CalendarRecord> batch;
                    for (int i = start; i < start + group; ++i) {
                        const int n = reversed ? ids - 1 - i : i;
                        batch.append(calendar(QStringLiteral("app-race"), QStringLiteral("race-%1").arg(n)));
                    }
                    const RegistryError e
                        = registry->upsertCalendars(batch, Registry::Sync::ProcessCrashSafe);
                    if (!e.ok()) {
                        *failure = e.message();
                        return;
                    }
                }
            });
        };
        QString aliceFailure, bobFailure;
        std::unique_ptr<QThread> a(writer(QStringLiteral("alice"), alicePassword, false, &aliceFailure));
        std::unique_ptr<QThread> b(writer(QStringLiteral("bob"), bobPassword, true, &bobFailure));
        a->start();
        b->start();
        QVERIFY(a->wait(120000) && b->wait(120000));
        QVERIFY2(aliceFailure.isEmpty(), qPrintable(aliceFailure));
        QVERIFY2(bobFailure.isEmpty(), qPrintable(bobFailure));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calendars WHERE client_id = 'app-race'")),
            qint64(ids));
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT application_calendar_id) FROM calendars WHERE "
                                       "client_id = 'app-race'")),
            qint64(ids));
        QCOMPARE(scalar(QStringLiteral("SELECT sum(n) FROM calendar_counts WHERE client_id = 'app-race'")),
            qint64(ids));
    }

    // A colleague's write reaches an open console through LISTEN/NOTIFY within a second; one's own does not
    // come back as a colleague's.
    // The activity log on the shared list: a bulk run and its failure keep their tie, also when copied from
    // a computer's own file, and the Activity list shows the run as one row that opens to its failure.
    void activityRunsStayTiedAndCopy()
    {
        auto alice = open(QStringLiteral("alice"), alicePassword);
        QVERIFY(alice);
        QVERIFY(alice->upsertApplication(application(QStringLiteral("app-activity"))).ok());
        const auto runOf = [](const QString &runId, const QString &failedId) {
            OperationRecord failure;
            failure.action = QStringLiteral("provision-calendar");
            failure.clientId = QStringLiteral("app-activity");
            failure.calendar = failure.target = failedId;
            failure.dataCenter = failure.account = QStringLiteral("de");
            failure.parentRun = runId;
            failure.outcome = OperationRecord::Outcome::Failed;
            failure.httpStatus = 422;
            failure.message = QStringLiteral("The calendar ID is not valid.");
            OperationRecord run = failure;
            run.action = QStringLiteral("bulk-provision");
            run.calendar.clear();
            run.parentRun.clear();
            run.runId = runId;
            run.httpStatus = 0;
            run.succeededCount = 3;
            run.failedCount = 1;
            return QList<OperationRecord> {failure, run};
        };
        QVERIFY(alice->logOperations(runOf(QStringLiteral("run-shared"), QStringLiteral("bad-1"))).ok());

        // A file's run, copied in (twice: the second copy adds nothing).
        const QString path = TestEnvironment::home() + QStringLiteral("/activity-local.sqlite");
        QFile::remove(path);
        Registry::OpenResult local = Registry::open(path);
        QVERIFY(local.registry);
        QVERIFY(local.registry->upsertApplication(application(QStringLiteral("app-activity"))).ok());
        QVERIFY(
            local.registry->logOperations(runOf(QStringLiteral("run-local"), QStringLiteral("bad-2"))).ok());
        Registry::CopyCounts counts;
        QVERIFY(alice->copyMissingFrom(*local.registry, &counts).ok());
        QCOMPARE(counts.operationsAdded, qint64(2));
        QVERIFY(alice->copyMissingFrom(*local.registry, &counts).ok());
        QCOMPARE(counts.operationsAdded, qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operations WHERE parent_run = 'run-local'"
                                       " AND calendar = 'bad-2' AND http_status = 422")),
            qint64(1));

        ActivityModel model(alice.get());
        model.setApplicationFilter(QStringLiteral("app-activity"));
        model.start();
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 2); // the two runs, not their failures
        QVERIFY(!model.record(0).runId.isEmpty());
        model.setRun(model.record(0).runId);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0).outcome, OperationRecord::Outcome::Failed);
        QCOMPARE(model.record(0).account, QStringLiteral("de"));
    }

    void colleaguesWritesAreAnnounced()
    {
        auto alice = open(QStringLiteral("alice"), alicePassword);
        auto bob = open(QStringLiteral("bob"), bobPassword);
        QVERIFY(alice && bob);
        QSignalSpy bobHears(bob.get(), &Registry::changedElsewhere);
        QSignalSpy bobRows(bob.get(), &Registry::calendarChanged);
        QSignalSpy aliceHears(alice.get(), &Registry::changedElsewhere);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(alice->upsertCalendar(calendar(QStringLiteral("app-shared"), QStringLiteral("live-1"))).ok());
        QVERIFY(bobHears.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(bobHears.first().at(0).toString(), QStringLiteral("calendars"));
        QCOMPARE(bobHears.first().at(1).toBool(), true);
        // The row is named, as for one's own writes: an open list updates it in place.
        QCOMPARE(bobRows.size(), 1);
        QCOMPARE(bobRows.first().at(0).toString(), QStringLiteral("app-shared"));
        QCOMPARE(bobRows.first().at(1).toString(), QStringLiteral("live-1"));
        QTest::qWait(200);
        QCOMPARE(aliceHears.size(), 0);

        // A bulk group: every row is named, within a second.
        bobRows.clear();
        QList<CalendarRecord> many;
        for (int i = 0; i < 150; ++i)
            many.append(calendar(QStringLiteral("app-shared"), QStringLiteral("many-%1").arg(i)));
        clock.restart();
        QVERIFY(alice->upsertCalendars(many).ok());
        QTRY_COMPARE_WITH_TIMEOUT(bobRows.size(), 150, 1000);
        // One statement over more rows than a notification names: announced by the table alone.
        bobHears.clear();
        QVERIFY(m_server.psql(QStringLiteral("team"),
            QStringLiteral(
                "UPDATE calendars SET last_error = '' WHERE application_calendar_id LIKE 'many-%'")));
        QVERIFY(bobHears.wait(1000));
        QCOMPARE(bobHears.first().at(0).toString(), QStringLiteral("calendars"));
        QCOMPARE(bobHears.first().at(1).toBool(), false);
    }

    // The window starts with the list not connected: nothing read, writes refused at once with a sentence
    // (never a wait on the network), until connectShared().
    // The Calendars list on the shared list: pages read by keyset on the worker's own connection, every sort
    // in the server's order, searches through pg_trgm (3+ characters) and by a scan (1 or 2), the count from
    // the counts table, a colleague's rows shown once announced, and the export streamed a page at a time.
    void theListIsDrawnAPageAtATime()
    {
        auto alice = open(QStringLiteral("alice"), alicePassword);
        auto bob = open(QStringLiteral("bob"), bobPassword);
        QVERIFY(alice && bob);
        const QString app = QStringLiteral("app-paged");
        QVERIFY(alice->upsertApplication(application(app)).ok());
        QList<CalendarRecord> rooms;
        for (int i = 0; i < 300; ++i)
            rooms.append(calendar(app, QStringLiteral("paged-%1").arg(i, 3, 10, QLatin1Char('0'))));
        rooms[7].profileName = QStringLiteral("Salle \u00c9lodie");
        rooms[8].profileName = QStringLiteral("room PAGED-008"); // sorts with "Room paged-…" by ASCII case
        QVERIFY(alice->upsertCalendars(rooms).ok());

        CalendarsModel model(alice.get());
        model.setApplicationFilter(app);
        model.sort(CalendarsModel::CalendarIdColumn, Qt::DescendingOrder);
        model.start();
        QVERIFY(PagedModelWait::loadAll(model));
        QCOMPARE(model.rowCount(), 300);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), qint64(300));
        QCOMPARE(model.record(0).applicationCalendarId, QStringLiteral("paged-299"));
        QCOMPARE(model.record(299).applicationCalendarId, QStringLiteral("paged-000"));
        const QList<qint64> all = PagedModelWait::ids(model);
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 300);

        // Every sortable column, both ways: every row once, in the order the column's text or date gives.
        for (int column : {int(CalendarsModel::ApplicationColumn), int(CalendarsModel::SubColumn),
                 int(CalendarsModel::ProfileColumn), int(CalendarsModel::ProvisionedColumn),
                 int(CalendarsModel::StatusColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QVERIFY(PagedModelWait::loadAll(model));
                const QList<qint64> shown = PagedModelWait::ids(model);
                QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()).size(), 300);
                if (column == CalendarsModel::ProfileColumn) {
                    for (int row = 1; row < model.rowCount(); ++row) {
                        const int c = ListOrder::compareText(
                            model.record(row - 1).profileName, model.record(row).profileName, false);
                        QVERIFY2(
                            order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(QString::number(row)));
                    }
                }
            }
        }

        // 3 or more characters: the trigram index; any case.
        model.setSearchText(QStringLiteral("GED-01"));
        QVERIFY(PagedModelWait::loadAll(model));
        QCOMPARE(model.rowCount(), 10);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), qint64(10));
        model.setSearchText(QStringLiteral("\u00c9lodie"));
        QVERIFY(PagedModelWait::loadAll(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0).applicationCalendarId, QStringLiteral("paged-007"));
        // 1 character: read in order and checked row by row; 57 of 000..299 contain a 7.
        model.setSearchText(QStringLiteral("7"));
        QVERIFY(PagedModelWait::loadAll(model));
        QCOMPARE(model.rowCount(), 57);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), qint64(57));

        // A colleague's row appears in the open list (NOTIFY on the worker's connection).
        model.setSearchText({});
        QVERIFY(PagedModelWait::loadAll(model));
        QVERIFY(bob->upsertCalendar(calendar(app, QStringLiteral("paged-300"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model.countIsExact() && model.count() == 301, 2000);
        QVERIFY(PagedModelWait::loadAll(model));
        QCOMPARE(model.rowCount(), 301);

        // The export: every row, through a connection of its own.
        QSet<QString> exportedIds;
        const CalendarExport::Result exported = CalendarExport::read(alice->listStores(),
            CalendarExport::byId(app), [&exportedIds](const QList<CalendarRecord> &page) {
                for (const CalendarRecord &c : page)
                    exportedIds.insert(c.applicationCalendarId);
                return true;
            });
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.written, qint64(301));
        QCOMPARE(exportedIds.size(), 301);
    }

    // A needle with more matches than the reader keeps in memory: each page is the server's matches (pg_trgm)
    // in order after the last key, in every order; the count is the server's.
    void aBroadSearchIsOrderedByTheServer()
    {
        auto alice = open(QStringLiteral("alice"), alicePassword);
        QVERIFY(alice);
        const QString app = QStringLiteral("app-broad");
        QVERIFY(alice->upsertApplication(application(app)).ok());
        const int n = ListReader::setLimit + 200;
        QList<CalendarRecord> rooms;
        for (int i = 0; i < n; ++i) {
            rooms.append(calendar(app, QStringLiteral("broad-%1").arg(i, 5, 10, QLatin1Char('0'))));
            rooms.last().profileName = QStringLiteral("Salle %1").arg((i * 7919) % n);
        }
        QVERIFY(alice->upsertCalendars(rooms).ok());

        CalendarsModel model(alice.get());
        model.setApplicationFilter(app);
        model.start();
        model.setSearchText(QStringLiteral("BROAD-0"));
        for (const auto &[column, order] :
            {QPair<int, Qt::SortOrder> {CalendarsModel::ProfileColumn, Qt::AscendingOrder},
                {CalendarsModel::CalendarIdColumn, Qt::DescendingOrder}}) {
            model.sort(column, order);
            QVERIFY(PagedModelWait::loadAll(model));
            QCOMPARE(model.rowCount(), n);
            const QList<qint64> shown = PagedModelWait::ids(model);
            QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()).size(), n);
            // Pages scrolled past may have left memory: each row is read again when looked at.
            auto inMemory = [&](int row) {
                return QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, 10000);
            };
            auto sortText = [&](int row) {
                const CalendarRecord r = model.record(row);
                return column == CalendarsModel::ProfileColumn ? r.profileName : r.applicationCalendarId;
            };
            for (int row = 1; row < model.rowCount(); ++row) {
                QVERIFY(inMemory(row - 1) && inMemory(row));
                const int c = ListOrder::compareText(sortText(row - 1), sortText(row), false);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(QString::number(row)));
            }
            QTRY_VERIFY(model.countIsExact());
            QCOMPARE(model.count(), qint64(n));
        }
    }

    void unconnectedUntilConnected()
    {
        std::unique_ptr<Registry> registry = Registry::sharedUnconnected(
            m_server.address(QStringLiteral("alice"), QStringLiteral("team")), {});
        QVERIFY(!registry->isAvailable());
        QVERIFY(registry->applications().isEmpty());
        QElapsedTimer clock;
        clock.start();
        const RegistryError refused = registry->upsertApplication(application(QStringLiteral("app-offline")));
        QVERIFY(clock.elapsed() < 100);
        QCOMPARE(refused.kind, RegistryError::Kind::Unreachable);
        QVERIFY2(
            refused.message().contains(QStringLiteral("cannot be reached")), qPrintable(refused.message()));
        QSignalSpy available(registry.get(), &Registry::availabilityChanged);
        const RegistryError connected = registry->connectShared(alicePassword);
        QVERIFY2(connected.ok(), qPrintable(connected.message()));
        QVERIFY(registry->isAvailable());
        QCOMPARE(available.size(), 1);
        QVERIFY(registry->application(QStringLiteral("app-shared")));
    }

    void wrongPasswordSaysSo()
    {
        RegistryError error;
        QVERIFY(!open(QStringLiteral("alice"), QStringLiteral("not-the-password"), {}, &error));
        QCOMPARE(error.kind, RegistryError::Kind::WrongPassword);
        const QString sentence = error.message();
        QVERIFY2(sentence.contains(QStringLiteral("refused the user or the password")), qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("alice@127.0.0.1")));
        QVERIFY(!sentence.contains(QStringLiteral("not-the-password")));
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(
            m_server.psql(QStringLiteral("team"), QStringLiteral("UPDATE console_schema SET version = 99")));
        RegistryError error;
        auto refused = open(QStringLiteral("alice"), alicePassword, {}, &error);
        QVERIFY(m_server.psql(QStringLiteral("team"),
            QStringLiteral("UPDATE console_schema SET version = %1").arg(PostgresSchema::currentVersion)));
        QVERIFY(!refused);
        QCOMPARE(error.kind, RegistryError::Kind::NewerSchema);
        QVERIFY2(error.message().contains(QStringLiteral("schema version 99")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("Update Cronofy Console")));
    }

    // The server dies in the middle of a run: the write that meets it fails with a sentence (nothing is
    // reported saved that was not), and once the server is back the next write reconnects by itself.
    void serverKilledMidRun()
    {
        auto alice = open(QStringLiteral("alice"), alicePassword);
        QVERIFY(alice);
        QVERIFY(alice->upsertCalendar(calendar(QStringLiteral("app-shared"), QStringLiteral("before-crash")))
                    .ok());
        QVERIFY2(m_server.crash(), qPrintable(m_server.errorString()));
        const RegistryError lost = alice->upsertCalendars(
            {calendar(QStringLiteral("app-shared"), QStringLiteral("during-crash"))});
        QCOMPARE(lost.kind, RegistryError::Kind::Unreachable);
        QVERIFY2(lost.message().contains(QStringLiteral("cannot be reached")), qPrintable(lost.message()));
        QVERIFY(!alice->isAvailable());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // Back: the registry is told to connect again (the window does once its probe sees the server).
        QVERIFY2(alice->connectShared(alicePassword).ok(), "reconnect");
        const RegistryError again = alice->upsertCalendars(
            {calendar(QStringLiteral("app-shared"), QStringLiteral("during-crash"))});
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY(alice->calendar(QStringLiteral("app-shared"), QStringLiteral("before-crash")));
        QVERIFY(alice->calendar(QStringLiteral("app-shared"), QStringLiteral("during-crash")));
        // Still listening after the reconnect.
        auto bob = open(QStringLiteral("bob"), bobPassword);
        QSignalSpy aliceHears(alice.get(), &Registry::changedElsewhere);
        QVERIFY(
            bob->upsertCalendar(calendar(QStringLiteral("app-shared"), QStringLiteral("after-crash"))).ok());
        QVERIFY(aliceHears.wait(1000));
    }

    void serverDownAtStart()
    {
        QVERIFY(m_server.stop());
        RegistryError error;
        QVERIFY(!open(QStringLiteral("alice"), alicePassword, {}, &error));
        QVERIFY(m_server.start());
        QCOMPARE(error.kind, RegistryError::Kind::Unreachable);
        QVERIFY2(error.message().contains(QStringLiteral("cannot be reached")), qPrintable(error.message()));
    }

    // TLS: the right root certificate connects; another authority's, or a server without TLS, is refused
    // with a sentence that says what to check.
    void tls()
    {
        PostgresServer tlsServer(PostgresServer::Tls::On);
        QVERIFY2(tlsServer.start(), qPrintable(tlsServer.errorString()));
        QVERIFY(tlsServer.createRole(QStringLiteral("carol"), QStringLiteral("carol-pw")));
        QVERIFY(tlsServer.createDatabase(QStringLiteral("team"), QStringLiteral("carol")));
        const QString url = tlsServer.url(QStringLiteral("carol"), QStringLiteral("team"), true);
        Registry::OpenResult ok
            = Registry::openShared(tlsServer.address(QStringLiteral("carol"), QStringLiteral("team"), true),
                QStringLiteral("carol-pw"));
        QVERIFY2(ok.registry, qPrintable(ok.error.message()));
        QString ssl;
        QVERIFY(tlsServer.psql(QStringLiteral("team"),
            QStringLiteral(
                "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl AND "
                "a.usename = 'carol'"),
            &ssl));
        QVERIFY2(ssl.toInt() >= 1, qPrintable(ssl));

        QString wrongCa = url;
        wrongCa.replace(tlsServer.caCertificate(), tlsServer.otherCaCertificate());
        QString problem;
        const std::optional<PostgresAddress> otherAuthority = PostgresAddress::parse(wrongCa, &problem);
        QVERIFY2(otherAuthority, qPrintable(problem));
        Registry::OpenResult refused = Registry::openShared(*otherAuthority, QStringLiteral("carol-pw"));
        QVERIFY(!refused.registry);
        QCOMPARE(refused.error.kind, RegistryError::Kind::TlsRefused);
        QVERIFY2(refused.error.message().contains(QStringLiteral("secure connection")),
            qPrintable(refused.error.message()));

        // The plain server, asked for verify-full.
        Registry::OpenResult plain = Registry::openShared(
            m_server.address(QStringLiteral("alice"), QStringLiteral("team"), true), alicePassword);
        QVERIFY(!plain.registry);
        QCOMPARE(plain.error.kind, RegistryError::Kind::TlsRefused);
    }
};

QTEST_GUILESS_MAIN(TestSharedRegistry)
#include "tst_shared_registry.moc"
