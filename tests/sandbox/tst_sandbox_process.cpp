// The cronofy-sandbox executable: what it prints, its options, its state file and its log.
#include "HttpCall.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the sandbox with arguments that make it exit by itself.
Run runToExit(const QStringList &args)
{
    QProcess p;
    p.start(SandboxProcess::binary(), args);
    Run run;
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

struct Issued
{
    SandboxProcess::Application app;
    QString sub;
    QString access;
    QString refresh;
};

Issued provisionFlow(SandboxProcess &sandbox, QNetworkAccessManager &nam, const QString &calendarId)
{
    Issued issued;
    issued.app = sandbox.provisionApplication();
    const HttpResult r
        = httpCall(nam, sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/application_calendars"))), "POST",
            jsonBody({{QStringLiteral("client_id"), issued.app.clientId},
                {QStringLiteral("client_secret"), issued.app.clientSecret},
                {QStringLiteral("application_calendar_id"), calendarId}}));
    const QJsonObject o = r.json();
    issued.sub = o.value(QStringLiteral("sub")).toString();
    issued.access = o.value(QStringLiteral("access_token")).toString();
    issued.refresh = o.value(QStringLiteral("refresh_token")).toString();
    return issued;
}
} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "CRONOFY_SANDBOX_BIN is not set");
    }

    void firstLineIsBaseUrlThenGeneratedKey()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QStringList lines = sandbox.startupLines();
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]{2,5}$"))
                    .match(lines.value(0))
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^admin-key: [A-Za-z0-9]{32}$"))
                    .match(lines.value(1))
                    .hasMatch());
        QVERIFY(sandbox.baseUrl().port() > 0);
        QVERIFY(sandbox.dataCenter().isValid());
        QVERIFY(sandbox.dataCenter().isLoopback());
        QVERIFY(sandbox.provisionApplication().isValid());
    }

    void givenAdminKeysAreUsedAndNotPrinted()
    {
        SandboxProcess sandbox({QStringLiteral("--admin-key"), QStringLiteral("first-admin-key-0123456789"),
            QStringLiteral("--admin-key"), QStringLiteral("second-admin-key-0123456789")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.adminKey(), QStringLiteral("first-admin-key-0123456789"));
        QVERIFY(sandbox.provisionApplication().isValid());
        const HttpResult r
            = httpCall(m_nam, sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/applications"))), "POST",
                jsonBody({{QStringLiteral("name"), QStringLiteral("n")},
                    {QStringLiteral("url"), QStringLiteral("https://u")}}),
                {bearer(QStringLiteral("second-admin-key-0123456789"))});
        QCOMPARE(r.status, 200);
        QVERIFY(sandbox.terminate());
        QVERIFY(!sandbox.standardError().contains("admin-key-0123456789"));
    }

    void twoSandboxesGetDifferentPorts()
    {
        SandboxProcess a;
        SandboxProcess b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.baseUrl().port() != b.baseUrl().port());
        QVERIFY(a.adminKey() != b.adminKey());
    }

    void helpAndVersion()
    {
        Run run = runToExit({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--rate-limit"));
        QVERIFY(run.out.contains("--fault"));
        run = runToExit({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("cronofy-sandbox "));
    }

    void badArgumentsSaySo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("remote host") << QStringList {QStringLiteral("--host"), QStringLiteral("0.0.0.0")} << 1
                                     << QByteArray("--allow-remote");
        QTest::newRow("bad host") << QStringList {QStringLiteral("--host"), QStringLiteral("nowhere")} << 2
                                  << QByteArray("--host");
        QTest::newRow("bad port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")} << 2
                                  << QByteArray("--port");
        QTest::newRow("bad rate") << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("fast")} << 2
                                  << QByteArray("50/s,500/min");
        QTest::newRow("bad fault key")
            << QStringList {QStringLiteral("--fault"), QStringLiteral("path=/x,explode=1")} << 2
            << QByteArray("explode");
        QTest::newRow("empty fault") << QStringList {QStringLiteral("--fault"), QStringLiteral("path=/x")}
                                     << 2 << QByteArray("does nothing");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << 2 << QByteArray("--help");
    }
    void badArgumentsSaySo()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, mentions);
        const Run run = runToExit(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void faultFromCommandLine()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--fault"), QStringLiteral("path=/v1/userinfo,status=503,count=1"),
                QStringLiteral("--fault"), QStringLiteral("path=/v1/calendars,html,status=502")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QUrl base = sandbox.baseUrl();
        QCOMPARE(httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/userinfo"))), "GET").status, 503);
        QCOMPARE(httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/userinfo"))), "GET").status, 401);
        const HttpResult r = httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/calendars"))), "GET");
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
    }

    void stateFileRoundTripWithoutSecrets()
    {
        const QString stateFile = TestEnvironment::home() + QStringLiteral("/data/sandbox/state.json");
        const QStringList args {QStringLiteral("--state"), stateFile, QStringLiteral("--admin-key"),
            QStringLiteral("state-admin-key-ABCDEFGHIJKLMNOP")};
        Issued issued;
        {
            SandboxProcess first(args);
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            issued = provisionFlow(first, m_nam, QStringLiteral("persisted-room"));
            QVERIFY(issued.app.isValid());
            QVERIFY(!issued.sub.isEmpty());
            QVERIFY(first.terminate()); // SIGTERM: saves on the way out
        }
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        file.close();
        QVERIFY(content.contains(issued.app.clientId.toUtf8()));
        QVERIFY(content.contains(issued.sub.toUtf8()));
        for (const QString &secret : {issued.app.clientSecret, issued.access, issued.refresh,
                 QStringLiteral("state-admin-key-ABCDEFGHIJKLMNOP")})
            QVERIFY2(!content.contains(secret.toUtf8()), "a secret reached the state file");
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        SandboxProcess second(args);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        const QUrl base = second.baseUrl();
        QCOMPARE(httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/userinfo"))), "GET", {},
                     {bearer(issued.access)})
                     .status,
            200);
        HttpResult r = httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/oauth/token"))), "POST",
            jsonBody({{QStringLiteral("client_id"), issued.app.clientId},
                {QStringLiteral("client_secret"), issued.app.clientSecret},
                {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), issued.refresh}}));
        QCOMPARE(r.status, 200);
        r = httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/application_calendars"))), "POST",
            jsonBody({{QStringLiteral("client_id"), issued.app.clientId},
                {QStringLiteral("client_secret"), issued.app.clientSecret},
                {QStringLiteral("application_calendar_id"), QStringLiteral("persisted-room")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("sub")).toString(), issued.sub);
        QCOMPARE(second.stats().value(QStringLiteral("calendar_creations")).toInt(), 1);
        QCOMPARE(second.calendars(issued.app.clientId)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("provision_count"))
                     .toInt(),
            2);
    }

    void stateIsSavedWhileRunningSoAKillLosesNothing()
    {
        const QString stateFile = TestEnvironment::home() + QStringLiteral("/data/sandbox/killed.json");
        const QStringList args {QStringLiteral("--state"), stateFile};
        SandboxProcess first(args);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        const Issued issued = provisionFlow(first, m_nam, QStringLiteral("before-kill"));
        QVERIFY(!issued.sub.isEmpty());
        // The debounced save lands without any exit.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(stateFile);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains(issued.sub.toUtf8());
            }(),
            5000);
        first.kill();

        SandboxProcess second(args);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QCOMPARE(httpCall(m_nam, second.baseUrl().resolved(QUrl(QStringLiteral("/v1/calendars"))), "GET", {},
                     {bearer(issued.access)})
                     .status,
            200);
    }

    void corruptStateFileIsRefusedWithASentence()
    {
        const QString stateFile = TestEnvironment::home() + QStringLiteral("/data/sandbox/corrupt.json");
        QDir().mkpath(QFileInfo(stateFile).absolutePath());
        QFile f(stateFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not a state");
        f.close();
        const Run run = runToExit({QStringLiteral("--state"), stateFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--state"), run.err.constData());
    }

    void logNamesRequestsButNoSecret()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const Issued issued = provisionFlow(sandbox, m_nam, QStringLiteral("logged-room"));
        const QUrl base = sandbox.baseUrl();
        QCOMPARE(httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/userinfo"))), "GET", {},
                     {bearer(issued.access)})
                     .status,
            200);
        const HttpResult refreshed
            = httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/oauth/token"))), "POST",
                jsonBody({{QStringLiteral("client_id"), issued.app.clientId},
                    {QStringLiteral("client_secret"), issued.app.clientSecret},
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), issued.refresh}}));
        QCOMPARE(refreshed.status, 200);
        const QString newAccess = refreshed.json().value(QStringLiteral("access_token")).toString();
        const QString newRefresh = refreshed.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/oauth/token/revoke"))), "POST",
                     jsonBody({{QStringLiteral("client_id"), issued.app.clientId},
                         {QStringLiteral("client_secret"), issued.app.clientSecret},
                         {QStringLiteral("token"), newRefresh}}))
                     .status,
            200);
        QCOMPARE(
            httpCall(m_nam, base.resolved(QUrl(QStringLiteral("/v1/application_verification"))), "POST",
                jsonBody({{QStringLiteral("redirect_uris"), QJsonArray {QStringLiteral("https://e.org/cb")}},
                    {QStringLiteral("contact"),
                        QJsonObject {{QStringLiteral("email"), QStringLiteral("a@e.org")}}}}),
                {bearer(issued.app.clientSecret)})
                .status,
            202);
        QVERIFY(sandbox.terminate());
        const QByteArray log = sandbox.standardError();
        QVERIFY2(log.contains("POST /v1/application_calendars 200"), log.constData());
        QVERIFY(log.contains("GET /v1/userinfo 200"));
        QVERIFY(log.contains(issued.app.clientId.toUtf8()));
        for (const QString &secret : {sandbox.adminKey(), issued.app.clientSecret, issued.access,
                 issued.refresh, newAccess, newRefresh})
            QVERIFY2(!log.contains(secret.toUtf8()), "a secret reached the log");
    }

    void quietLogsNothing()
    {
        SandboxProcess sandbox({QStringLiteral("--quiet")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.provisionApplication().isValid());
        QVERIFY(sandbox.terminate());
        QVERIFY(!sandbox.standardError().contains("/v1/applications"));
    }

    void killedProcessIsGone()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.pid() > 0);
        sandbox.kill();
        QVERIFY(!sandbox.isRunning());
        const HttpResult r
            = httpCall(m_nam, sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/stats"))), "GET");
        QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
    }
};

QTEST_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
