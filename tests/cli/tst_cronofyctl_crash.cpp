// kill -9 in the middle of `cronofyctl calendar provision` on 1,000 ids, then the same command again: every
// id ends Active exactly once in the list, the sandbox created each calendar exactly once, and the database
// is intact.
#include "CtlRunner.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "registry/Registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString kAdminKey = QStringLiteral("crash-test-admin-key-51d0b3");
constexpr int kIds = 1000;

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCronofyctlCrash : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox {{QStringLiteral("--admin-key"), kAdminKey}};

    double creations() { return m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble(); }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(QFile::exists(CtlRunner::binary()), "CRONOFYCTL_BIN must name the cronofyctl binary");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void killedRunResumesWithoutDuplicates()
    {
        const QString dc = m_sandbox.baseUrl().toString();
        CtlResult r
            = CtlRunner::run({arg("admin-key"), arg("set"), arg("--data-center"), dc}, kAdminKey.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), dc, arg("--name"),
            arg("Crash test"), arg("--url"), arg("https://crash.example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString clientId = r.outLines().value(0);
        QVERIFY(!clientId.isEmpty());

        const QString csvPath = TestEnvironment::home() + QStringLiteral("/thousand.csv");
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("application_calendar_id,label\n");
        for (int i = 1; i <= kIds; ++i)
            csv.write(QStringLiteral("crash-%1,Desk %1\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8());
        csv.close();
        // Paced so that the kill lands in the middle of the run, not after it.
        const QStringList provision {arg("calendar"), arg("provision"), arg("--app"), clientId, arg("--csv"),
            csvPath, arg("--rate"), arg("100/s"), arg("--per-minute"), arg("0"), arg("--concurrency"),
            arg("8")};

        QProcess first;
        first.setProcessEnvironment(CtlRunner::environment());
        first.start(CtlRunner::binary(), provision);
        QVERIFY(first.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(creations() >= 300, 60000);
        first.kill(); // SIGKILL: no chance to finish a write or clean up
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const double createdBeforeKill = creations();
        QVERIFY2(
            createdBeforeKill < kIds, "the run finished before it could be killed; the test proves nothing");

        {
            Registry::OpenResult opened = Registry::open();
            QVERIFY2(opened.registry, qPrintable(opened.error.message()));
            QVERIFY(opened.registry->integrityOk());
            const int kept = static_cast<int>(opened.registry->activeCalendarIds(clientId).size());
            // Every answer that arrived was written at once (with those that arrived during the previous
            // disk sync): at most the 8 requests in flight and 8 answers waiting for the next write are
            // missing.
            QVERIFY2(kept >= createdBeforeKill - 16 && kept <= createdBeforeKill,
                qPrintable(QStringLiteral("%1 kept, %2 created").arg(kept).arg(createdBeforeKill)));
        }

        r = CtlRunner::run(provision);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("already provisioned"), r.out.constData());

        // The list: one Active row per id, no duplicates, database intact.
        Registry::OpenResult opened = Registry::open();
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY(opened.registry->integrityOk());
        const QList<CalendarRecord> rows = opened.registry->calendars(clientId);
        QCOMPARE(rows.size(), kIds);
        QSet<QString> ids;
        for (const CalendarRecord &row : rows) {
            QCOMPARE(row.status, CalendarRecord::Status::Active);
            QVERIFY(row.sub.startsWith(QLatin1String("apc_")));
            ids.insert(row.applicationCalendarId);
        }
        QCOMPARE(ids.size(), kIds);
        QCOMPARE(opened.registry->activeCalendarIds(clientId).size(), kIds);
        {
            // Counted by SQL too, on a connection of our own.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
            db.setDatabaseName(opened.registry->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT application_calendar_id) FROM calendars "
                               "WHERE client_id = ?"));
            q.addBindValue(clientId);
            QVERIFY(q.exec());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), kIds);
            QCOMPARE(q.value(1).toInt(), kIds);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));

        // The sandbox: each calendar created once, and listed once.
        QCOMPARE(creations(), double(kIds));
        const QJsonArray there = m_sandbox.calendars(clientId);
        QCOMPARE(there.size(), kIds);
        QSet<QString> thereIds;
        int provisionedAgain = 0;
        for (const QJsonValue &value : there) {
            const QJsonObject c = value.toObject();
            thereIds.insert(c.value(QStringLiteral("application_calendar_id")).toString());
            if (c.value(QStringLiteral("provision_count")).toInt() > 1)
                ++provisionedAgain;
        }
        QCOMPARE(thereIds.size(), kIds);
        // Only what was in flight or unwritten at the kill was sent twice (idempotent, so harmless).
        QVERIFY2(provisionedAgain <= 16, qPrintable(QString::number(provisionedAgain)));
    }
};

QTEST_GUILESS_MAIN(TestCronofyctlCrash)
#include "tst_cronofyctl_crash.moc"
