// cronofyctl team connect|status|disconnect on a real PostgreSQL server (tests/support/PostgresServer) with
// the real keychain and a real sandbox: two admins, each in a private home of their own, share one database;
// bad addresses and a wrong password say what to do; --copy-local twice adds nothing the second time; two
// bulk runs at once into one application stay one row per id; the server killed in the middle of a bulk run
// loses nothing; who did what is recorded; and no secret is anywhere in pg_dump or in the homes' files.
#include "CtlRunner.h"
#include "PlaintextScan.h"
#include "PostgresServer.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "postgres/PostgresSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
const QString kAdminKey = QStringLiteral("team-test-admin-key-4be19d");
const QByteArray kAlicePassword = "alice-db-pw-5d1e0c";
const QByteArray kBobPassword = "bob-db-pw-8a2f77";

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

// A second admin's private home: their own settings and list file (the session's keyring is shared, but each
// entry is named by its database user).
QProcessEnvironment homeOf(const QString &name)
{
    const QString root = TestEnvironment::home() + QLatin1Char('/') + name;
    for (const char *sub : {"data", "config", "cache", "run"})
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub));
    QFile::setPermissions(
        root + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = CtlRunner::environment();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
    env.insert(QStringLiteral("USER"), name);
    return env;
}
} // namespace

class TestCronofyctlTeam : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    SandboxProcess m_sandbox {{QStringLiteral("--admin-key"), kAdminKey}};
    QProcessEnvironment m_alice;
    QProcessEnvironment m_bob;
    QString m_dc;
    QString m_clientId;
    QMap<QString, QString> m_secrets; // never in a file, a dump or the database

    QString url(const char *user) const
    {
        return m_server.url(QString::fromLatin1(user), QStringLiteral("team"));
    }

    qint64 scalar(const QString &sql)
    {
        QString out;
        if (!m_server.psql(QStringLiteral("team"), sql, &out))
            qWarning("psql: %s", qPrintable(m_server.errorString()));
        return out.toLongLong();
    }

    CtlResult as(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {})
    {
        return CtlRunner::run(args, input, env);
    }

    QStringList ids(const QString &prefix, int from, int to)
    {
        QStringList out;
        for (int i = from; i < to; ++i)
            out.append(prefix + QString::number(i));
        return out;
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(QFile::exists(CtlRunner::binary()), "CRONOFYCTL_BIN must name the cronofyctl binary");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE cronofy_team NOLOGIN")));
        QVERIFY(m_server.createDatabase(QStringLiteral("team"), QStringLiteral("cronofy_team")));
        QVERIFY(m_server.createRole(QStringLiteral("alice"), QString::fromLatin1(kAlicePassword)));
        QVERIFY(m_server.createRole(QStringLiteral("bob"), QString::fromLatin1(kBobPassword)));
        QVERIFY(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("GRANT cronofy_team TO alice, bob")));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_dc = m_sandbox.baseUrl().toString();
        m_alice = homeOf(QStringLiteral("alice"));
        m_bob = homeOf(QStringLiteral("bob"));
        m_secrets.insert(QStringLiteral("admin key"), kAdminKey);
        m_secrets.insert(QStringLiteral("alice's database password"), QString::fromLatin1(kAlicePassword));
        m_secrets.insert(QStringLiteral("bob's database password"), QString::fromLatin1(kBobPassword));
        for (const QProcessEnvironment &env : {m_alice, m_bob}) {
            const CtlResult key = as(
                env, {arg("admin-key"), arg("set"), arg("--data-center"), m_dc}, kAdminKey.toUtf8() + '\n');
            QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
        }
    }

    void badAddressesAndWrongPasswordSayWhatToDo()
    {
        CtlResult r = as(m_alice,
            {arg("team"), arg("connect"), arg("postgresql://alice@db.example.com/team")}, kAlicePassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sslmode=verify-full"), r.err.constData());
        r = as(m_alice, {arg("team"), arg("connect"), arg("postgresql://alice:pw@127.0.0.1/team")},
            kAlicePassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Leave the password out"), r.err.constData());
        r = as(m_alice, {arg("team"), arg("connect"), url("alice")}, "not-her-password\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("refused the user or the password"), r.err.constData());
        QVERIFY(!r.err.contains("not-her-password"));
        r = as(m_alice, {arg("team"), arg("status")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("this computer's own file"), qPrintable(r.describe()));
    }

    // Alice worked alone first; she connects with --copy-local, twice: the second copy adds nothing.
    void connectCopiesTheLocalListOnce()
    {
        CtlResult r = as(m_alice,
            {arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"), arg("Rooms"), arg("--url"),
                arg("https://rooms.example"), arg("--show-secret")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.outLines(); // client_id, then the client_secret (--show-secret)
        QCOMPARE(lines.size(), 2);
        m_clientId = lines.at(0);
        QVERIFY(lines.at(1).size() >= 16);
        m_secrets.insert(QStringLiteral("client secret"), lines.at(1));
        r = as(m_alice,
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("local-1"), arg("local-2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        r = as(
            m_alice, {arg("team"), arg("connect"), url("alice"), arg("--copy-local")}, kAlicePassword + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("1 applications, 2 calendars"), r.out.constData());
        const qint64 operations = scalar(QStringLiteral("SELECT count(*) FROM operations"));
        QVERIFY(operations >= 2);
        r = as(
            m_alice, {arg("team"), arg("connect"), url("alice"), arg("--copy-local")}, kAlicePassword + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("0 applications, 0 calendars and 0 activity entries were added"),
            r.out.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calendars")), qint64(2));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applications")), qint64(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operations")), operations);

        r = as(m_alice, {arg("team"), arg("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("the shared list postgresql://alice@127.0.0.1:"), r.out.constData());
        QVERIFY2(r.out.contains(QByteArray(
                     QByteArray("schema version ") + QByteArray::number(PostgresSchema::currentVersion))),
            r.out.constData());
        QVERIFY2(r.out.contains("Database user: alice, writing as the team's role cronofy_team"),
            r.out.constData());
        QVERIFY2(r.out.contains("Applications: 1, calendars: 2"), r.out.constData());
        QVERIFY2(r.out.contains("Search: indexed (pg_trgm)"), r.out.constData());
    }

    // Bob, in his own home, sees alice's application without its secret, imports the secret, and both run a
    // bulk provisioning into the same application at the same moment, with overlapping ids.
    void twoAdminsBulkRunsAtOnce()
    {
        CtlResult r = as(m_bob, {arg("team"), arg("connect"), url("bob")}, kBobPassword + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = as(m_bob, {arg("app"), arg("list"), arg("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray apps = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("client_id")).toString(), m_clientId);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("secret_stored")).toBool(), false);
        QVERIFY(m_secrets.contains(QStringLiteral("client secret")));
        r = as(m_bob, {arg("app"), arg("import"), arg("--data-center"), m_dc, arg("--client-id"), m_clientId},
            m_secrets.value(QStringLiteral("client secret")).toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        QProcess alice, bob;
        alice.setProcessEnvironment(m_alice);
        bob.setProcessEnvironment(m_bob);
        const QStringList common
            = {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--concurrency"), arg("8")};
        alice.start(CtlRunner::binary(), common + ids(QStringLiteral("bulk-"), 0, 200));
        bob.start(CtlRunner::binary(), common + ids(QStringLiteral("bulk-"), 100, 300));
        QVERIFY(alice.waitForFinished(120000) && bob.waitForFinished(120000));
        QVERIFY2(alice.exitCode() == 0, alice.readAllStandardError().constData());
        QVERIFY2(bob.exitCode() == 0, bob.readAllStandardError().constData());
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM calendars WHERE application_calendar_id LIKE 'bulk-%'")),
            qint64(300));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM calendars WHERE status = 'active' AND sub LIKE 'apc%'")),
            qint64(302));
        QCOMPARE(scalar(QStringLiteral("SELECT sum(n) FROM calendar_counts")), qint64(302));
        // Who did it: both database roles and both computers' users.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT database_role) FROM operations WHERE action = "
                                       "'bulk-provision' AND database_role IN ('alice', 'bob')")),
            qint64(2));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operations WHERE database_role = 'bob' AND "
                                       "computer_user LIKE 'bob@%'"))
                > 0,
            true);
    }

    // The server is killed in the middle of a bulk run and comes back: what was provisioned is either saved
    // or the run stops and says so; the same command again leaves every id provisioned exactly once.
    void serverKilledMidRun()
    {
        QProcess run;
        run.setProcessEnvironment(m_alice);
        const QStringList args
            = {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--rate"), arg("40/s")};
        const QStringList wanted = ids(QStringLiteral("crash-"), 0, 120);
        run.start(CtlRunner::binary(), args + wanted);
        QTest::qWait(1200);
        QVERIFY2(m_server.crash(), qPrintable(m_server.errorString()));
        QTest::qWait(800);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(run.state() == QProcess::NotRunning || run.waitForFinished(120000));
        // The summary (stdout) says why the run stopped.
        const QByteArray said = run.readAllStandardOutput() + run.readAllStandardError();
        if (run.exitCode() != 0)
            QVERIFY2(said.contains("cannot be reached"), said.constData());
        const CtlResult again = as(m_alice, args + wanted);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM calendars WHERE application_calendar_id LIKE 'crash-%' "
                     "AND status = 'active' AND sub <> ''")),
            qint64(wanted.size()));
        QCOMPARE(m_sandbox.calendars(m_clientId).size(), 302 + wanted.size());
    }

    void noSecretInTheDatabaseOrTheHomes()
    {
        const QByteArray dump = m_server.dump(QStringLiteral("team"));
        QVERIFY2(dump.contains("CREATE TABLE public.calendars"), qPrintable(m_server.errorString()));
        QVERIFY(dump.contains(m_clientId.toUtf8()));
        const auto inDump = PlaintextScan::scanBytes(QStringLiteral("pg_dump"), dump, m_secrets);
        QVERIFY2(inDump.isEmpty(), qPrintable(PlaintextScan::describe(inDump)));
        int files = 0;
        const auto inHomes = PlaintextScan::scanTree(TestEnvironment::home(), m_secrets, &files);
        QVERIFY(files > 0);
        QVERIFY2(inHomes.isEmpty(), qPrintable(PlaintextScan::describe(inHomes)));
    }

    void disconnectGoesBackToTheFile()
    {
        CtlResult r = as(m_alice, {arg("team"), arg("disconnect")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("own list again"), r.out.constData());
        r = as(m_alice, {arg("calendar"), arg("list"), arg("--app"), m_clientId, arg("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("local-1") && !r.out.contains("bulk-1"), r.out.constData());
        // Bob still works on the shared list.
        r = as(m_bob, {arg("team"), arg("status")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Database user: bob"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCronofyctlTeam)
#include "tst_cronofyctl_team.moc"
