// CronofyClient against a real cronofy-sandbox over loopback: every operation succeeds with the documented
// shapes, sends the documented headers (and Authorization only where the API needs it), and every error kind
// arrives as one callback with the right kind and sentence. Also the ApiCall life cycle: cancel, timeout vs
// cancel, a destroyed context, self-deletion.
#include "CallRecorder.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/CronofyClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

class TstCronofyClient final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CronofyClient> m_client;
    SandboxProcess::Application m_app;

    ClientCredentials credentials() const { return {m_app.clientId, m_app.clientSecret}; }

    // The last request the sandbox saw for a path (the control API's own requests are not listed).
    QJsonObject lastRequest(const QString &path)
    {
        const QJsonArray list = m_sandbox.requests();
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            const QJsonObject o = list.at(i).toObject();
            if (o.value(QStringLiteral("path")).toString() == path)
                return o;
        }
        return {};
    }

    void checkHeaders(const QString &path, bool authorization, bool jsonBody)
    {
        const QJsonObject r = lastRequest(path);
        QVERIFY2(!r.isEmpty(), qPrintable(path));
        QCOMPARE(r.value(QStringLiteral("authorization_present")).toBool(), authorization);
        QCOMPARE(r.value(QStringLiteral("accept")).toString(), QStringLiteral("application/json"));
        QCOMPARE(r.value(QStringLiteral("user_agent")).toString(),
            QString::fromLatin1(CronofyClient::userAgent()));
        if (jsonBody)
            QCOMPARE(r.value(QStringLiteral("content_type")).toString(),
                QStringLiteral("application/json; charset=utf-8"));
    }

    CalendarCredentials provision(const QString &id)
    {
        CallRecorder<CalendarCredentials> rec;
        m_client->provisionCalendar(credentials(), id, this, rec.callback());
        if (!rec.wait() || !rec->error.ok())
            qWarning() << "provision failed:" << rec->error.code() << rec->error.detail;
        return rec->result;
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = std::make_unique<CronofyClient>(&m_nam, m_sandbox.dataCenter());
        m_app = m_sandbox.provisionApplication();
        QVERIFY(m_app.isValid());
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        m_client->setDataCenter(m_sandbox.dataCenter());
        m_client->setTimeout(30s);
        m_client->setMaxResponseBytes(1024 * 1024);
    }

    void defaults()
    {
        CronofyClient client(&m_nam, m_sandbox.dataCenter());
        QCOMPARE(client.timeout(), 30000ms);
        QCOMPARE(client.maxResponseBytes(), 1024 * 1024);
        QVERIFY(CronofyClient::userAgent().startsWith("CronofyConsole/" CONSOLE_VERSION " Qt/"));
        QVERIFY(CronofyClient::userAgent().endsWith(qVersion()));
    }

    void createApplication()
    {
        CallRecorder<ApplicationCredentials> rec;
        QPointer<ApiCall> call = m_client->createApplication(m_sandbox.adminKey(),
            {QStringLiteral("Initech Scheduler"), QStringLiteral("https://initech.com")}, this,
            rec.callback());
        QVERIFY(call);
        QVERIFY(rec.wait());
        QCOMPARE(rec->calls, 1);
        QVERIFY2(rec->error.ok(), qPrintable(rec->error.detail));
        QVERIFY(!rec->result.clientId.isEmpty());
        QVERIFY(!rec->result.clientSecret.isEmpty());
        checkHeaders(QStringLiteral("/v1/applications"), true, true);
        QTRY_VERIFY(call.isNull()); // deletes itself
    }

    void createApplicationWithWrongKey()
    {
        CallRecorder<ApplicationCredentials> rec;
        m_client->createApplication(QStringLiteral("not-the-key"),
            {QStringLiteral("A"), QStringLiteral("https://a.example")}, this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.kind, ApiError::Kind::HttpClientError);
        QCOMPARE(rec->error.httpStatus, 401);
        QCOMPARE(rec->error.code(), QStringLiteral("http-401"));
        QVERIFY(rec->error.message().contains(QLatin1String("admin API key")));
        QVERIFY(rec->result.clientSecret.isEmpty());
        QVERIFY(!rec->error.isTransient());
    }

    void createApplicationFieldErrors()
    {
        CallRecorder<ApplicationCredentials> rec;
        m_client->createApplication(m_sandbox.adminKey(), {QString(), QString()}, this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.httpStatus, 422);
        QVERIFY(rec->error.fieldErrors.contains(QStringLiteral("name")));
        QVERIFY(rec->error.fieldErrors.contains(QStringLiteral("url")));
        QVERIFY(!rec->error.fieldMessage(QStringLiteral("name")).isEmpty());
        QVERIFY2(rec->error.message().contains(QLatin1String("Name: ")), qPrintable(rec->error.message()));
        QVERIFY(rec->error.detail.contains(QLatin1String("errors"))); // 4xx body excerpt for "Details"
    }

    void provisionCalendarIsAnUpsert()
    {
        CallRecorder<CalendarCredentials> rec;
        m_client->provisionCalendar(credentials(), QStringLiteral("room-1"), this, rec.callback());
        QVERIFY(rec.wait());
        QVERIFY2(rec->error.ok(), qPrintable(rec->error.detail));
        const CalendarCredentials &c = rec->result;
        QVERIFY(c.sub.startsWith(QLatin1String("apc_")));
        QCOMPARE(c.accessToken.size(), 32);
        QVERIFY(!c.refreshToken.isEmpty());
        QCOMPARE(c.expiresIn, 3600);
        QCOMPARE(c.tokenType, QStringLiteral("bearer"));
        QCOMPARE(c.scope, QStringLiteral("read_write"));
        QCOMPARE(c.applicationCalendarId, QStringLiteral("room-1"));
        QCOMPARE(c.profile.providerName, QStringLiteral("cronofy"));
        QVERIFY(c.receivedAt.isValid());
        QCOMPARE(c.receivedAt.timeSpec(), Qt::UTC);
        // Credentials in the body, no Authorization header.
        checkHeaders(QStringLiteral("/v1/application_calendars"), false, true);

        const CalendarCredentials again = provision(QStringLiteral("room-1"));
        QCOMPARE(again.sub, c.sub);
        QVERIFY(provision(QStringLiteral("room-2")).sub != c.sub);
    }

    void provisionCalendarWithWrongSecret()
    {
        CallRecorder<CalendarCredentials> rec;
        m_client->provisionCalendar(
            {m_app.clientId, QStringLiteral("wrong")}, QStringLiteral("room-1"), this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.httpStatus, 401);
        QCOMPARE(rec->error.operation, ApiOperation::ProvisionCalendar);
        QVERIFY(rec->error.message().contains(QLatin1String("client secret")));
        QVERIFY(rec->result.accessToken.isEmpty());
    }

    void provisionCalendarMissingId()
    {
        CallRecorder<CalendarCredentials> rec;
        m_client->provisionCalendar(credentials(), QString(), this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.httpStatus, 422);
        QVERIFY(rec->error.fieldErrors.contains(QStringLiteral("application_calendar_id")));
        QVERIFY(rec->error.message().contains(QLatin1String("Calendar ID")));
    }

    void refreshToken()
    {
        const CalendarCredentials c = provision(QStringLiteral("refresh-me"));
        QVERIFY(!c.refreshToken.isEmpty());
        CallRecorder<TokenRefresh> rec;
        m_client->refreshToken(credentials(), c.refreshToken, this, rec.callback());
        QVERIFY(rec.wait());
        QVERIFY2(rec->error.ok(), qPrintable(rec->error.detail));
        QVERIFY(!rec->result.accessToken.isEmpty());
        QVERIFY(rec->result.accessToken != c.accessToken);
        QVERIFY(!rec->result.refreshToken.isEmpty());
        QCOMPARE(rec->result.expiresIn, 3600);
        checkHeaders(QStringLiteral("/oauth/token"), false, true);

        CallRecorder<TokenRefresh> unknown;
        m_client->refreshToken(
            credentials(), QStringLiteral("no-such-refresh-token"), this, unknown.callback());
        QVERIFY(unknown.wait());
        QCOMPARE(unknown->error.httpStatus, 400);
        QCOMPARE(unknown->error.oauthError, QStringLiteral("invalid_grant"));
        QVERIFY(unknown->error.message().contains(QLatin1String("Provision the calendar again")));
    }

    void userInfoAndCalendars()
    {
        const CalendarCredentials c = provision(QStringLiteral("look-at-me"));
        CallRecorder<UserInfo> info;
        m_client->userInfo(c.accessToken, this, info.callback());
        QVERIFY(info.wait());
        QVERIFY2(info->error.ok(), qPrintable(info->error.detail));
        QCOMPARE(info->result.sub, c.sub);
        QCOMPARE(info->result.authorizationStatus, QStringLiteral("active"));
        QVERIFY(info->result.profilesConnected >= 1);
        checkHeaders(QStringLiteral("/v1/userinfo"), true, false);

        CallRecorder<QList<CalendarInfo>> list;
        m_client->listCalendars(c.accessToken, this, list.callback());
        QVERIFY(list.wait());
        QVERIFY2(list->error.ok(), qPrintable(list->error.detail));
        QCOMPARE(list->result.size(), 1);
        QVERIFY(list->result.first().primary);
        QVERIFY(!list->result.first().readOnly);
        QCOMPARE(list->result.first().providerName, QStringLiteral("cronofy"));
        checkHeaders(QStringLiteral("/v1/calendars"), true, false);

        CallRecorder<UserInfo> bad;
        m_client->userInfo(QStringLiteral("not-a-token"), this, bad.callback());
        QVERIFY(bad.wait());
        QCOMPARE(bad->error.httpStatus, 401);
        QVERIFY(bad->error.message().contains(QLatin1String("access token")));
    }

    void revokeBySubAndByToken()
    {
        const CalendarCredentials a = provision(QStringLiteral("revoke-sub"));
        CallRecorder<Done> bySub;
        m_client->revokeBySub(credentials(), a.sub, this, bySub.callback());
        QVERIFY(bySub.wait());
        QVERIFY2(bySub->error.ok(), qPrintable(bySub->error.detail));
        checkHeaders(QStringLiteral("/oauth/token/revoke"), false, true);
        // The revoked calendar's token is refused now.
        CallRecorder<QList<CalendarInfo>> after;
        m_client->listCalendars(a.accessToken, this, after.callback());
        QVERIFY(after.wait());
        QCOMPARE(after->error.httpStatus, 401);

        const CalendarCredentials b = provision(QStringLiteral("revoke-token"));
        CallRecorder<Done> byToken;
        m_client->revokeToken(credentials(), b.refreshToken, this, byToken.callback());
        QVERIFY(byToken.wait());
        QVERIFY2(byToken->error.ok(), qPrintable(byToken->error.detail));
        CallRecorder<UserInfo> afterToken;
        m_client->userInfo(b.accessToken, this, afterToken.callback());
        QVERIFY(afterToken.wait());
        QCOMPARE(afterToken->error.httpStatus, 401);

        CallRecorder<Done> wrongSecret;
        m_client->revokeBySub({m_app.clientId, QStringLiteral("nope")}, a.sub, this, wrongSecret.callback());
        QVERIFY(wrongSecret.wait());
        QCOMPARE(wrongSecret->error.httpStatus, 401);
        QCOMPARE(wrongSecret->error.operation, ApiOperation::Revoke);
    }

    void submitVerification()
    {
        CallRecorder<Done> rec;
        m_client->submitVerification(credentials(),
            {{QStringLiteral("https://app.example.com/callback")}, QStringLiteral("admin@example.com"),
                QStringLiteral("Ada Admin")},
            this, rec.callback());
        QVERIFY(rec.wait());
        QVERIFY2(rec->error.ok(), qPrintable(rec->error.code() + QLatin1Char(' ') + rec->error.detail));
        checkHeaders(QStringLiteral("/v1/application_verification"), true, true);

        CallRecorder<Done> wrong;
        m_client->submitVerification({m_app.clientId, QStringLiteral("nope")},
            {{QStringLiteral("https://app.example.com/callback")}, QStringLiteral("admin@example.com"), {}},
            this, wrong.callback());
        QVERIFY(wrong.wait());
        QCOMPARE(wrong->error.httpStatus, 401);
        QVERIFY(wrong->error.message().contains(QLatin1String("client secret")));
    }

    void connectionRefused()
    {
        // A port that was free a moment ago and that nothing listens on now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_client->setDataCenter(*DataCenter::fromBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        CallRecorder<UserInfo> rec;
        m_client->userInfo(QStringLiteral("token"), this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(rec->error.httpStatus, 0);
        QVERIFY(rec->error.message().contains(QLatin1String("sandbox")));
        QVERIFY(rec->error.isTransient());
    }

    void offline()
    {
        // .invalid never resolves (RFC 2606).
        m_client->setDataCenter(*DataCenter::fromBaseUrl(QStringLiteral("https://nonexistent.invalid")));
        CallRecorder<UserInfo> rec;
        m_client->userInfo(QStringLiteral("token"), this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.kind, ApiError::Kind::Offline);
        QCOMPARE(rec->error.code(), QStringLiteral("offline"));
        QVERIFY(rec->error.message().contains(QLatin1String("nonexistent.invalid")));
    }

    void tlsFailure()
    {
        // https:// to the sandbox's plain-HTTP port: the TLS handshake fails, and is never ignored.
        QUrl url = m_sandbox.baseUrl();
        url.setScheme(QStringLiteral("https"));
        m_client->setDataCenter(*DataCenter::fromBaseUrl(url.toString()));
        CallRecorder<ApplicationCredentials> rec;
        m_client->createApplication(m_sandbox.adminKey(),
            {QStringLiteral("A"), QStringLiteral("https://a.example")}, this, rec.callback());
        QVERIFY(rec.wait());
        QVERIFY2(rec->error.kind == ApiError::Kind::Tls,
            qPrintable(rec->error.code() + QLatin1Char(' ') + rec->error.detail));
        QVERIFY(rec->result.clientSecret.isEmpty());
    }

    void timeoutIsNotCancel()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 20000}}));
        m_client->setTimeout(300ms);
        CallRecorder<UserInfo> rec;
        m_client->userInfo(QStringLiteral("token"), this, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.kind, ApiError::Kind::Timeout);
        QVERIFY(rec->elapsedMs >= 250);
        QVERIFY(rec->elapsedMs < 5000);
        QCOMPARE(rec->error.timeout, 300ms);
        QVERIFY(rec->error.isTransient());
    }

    void cancel()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 20000}}));
        CallRecorder<UserInfo> rec;
        QPointer<ApiCall> call = m_client->userInfo(QStringLiteral("token"), this, rec.callback());
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QTest::qWait(50); // the request is on its way
        call->cancel();
        QCOMPARE(rec->calls, 0); // never from inside cancel()
        call->cancel(); // twice is harmless
        QVERIFY(rec.wait());
        QCOMPARE(rec->calls, 1);
        QCOMPARE(rec->error.kind, ApiError::Kind::Cancelled);
        QVERIFY(rec->elapsedMs < 5000);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(call.isNull());
        QTest::qWait(100);
        QCOMPARE(rec->calls, 1);
    }

    void cancelFromInsideTheCallback()
    {
        int calls = 0;
        ApiCall *call = nullptr;
        QPointer<ApiCall> watch;
        call
            = m_client->userInfo(QStringLiteral("token"), this, [&](const UserInfo &, const ApiError &error) {
                  ++calls;
                  QCOMPARE(error.httpStatus, 401);
                  QVERIFY(watch);
                  call->cancel();
                  call->cancel();
              });
        watch = call;
        QTRY_COMPARE(calls, 1);
        QTRY_VERIFY(watch.isNull());
        QCOMPARE(calls, 1);
    }

    void destroyedContextGetsNoCallback()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 20000}}));
        auto *context = new QObject;
        int calls = 0;
        QPointer<ApiCall> call = m_client->userInfo(
            QStringLiteral("token"), context, [&calls](const UserInfo &, const ApiError &) { ++calls; });
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QTest::qWait(50);
        delete context;
        QVERIFY(finished.wait(5000)); // the request is aborted at once, not after the server's delay
        QTRY_VERIFY(call.isNull());
        QCOMPARE(calls, 0);
    }

    void nullContextAlwaysCallsBack()
    {
        CallRecorder<UserInfo> rec;
        m_client->userInfo(QStringLiteral("token"), nullptr, rec.callback());
        QVERIFY(rec.wait());
        QCOMPARE(rec->error.httpStatus, 401);
    }

    void deletingTheClientDropsItsCalls()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 20000}}));
        auto client = std::make_unique<CronofyClient>(&m_nam, m_sandbox.dataCenter());
        int calls = 0;
        QPointer<ApiCall> call = client->userInfo(
            QStringLiteral("token"), this, [&calls](const UserInfo &, const ApiError &) { ++calls; });
        QTest::qWait(50);
        client.reset();
        QVERIFY(call.isNull());
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void secretsNeverInTheUrl()
    {
        // Every request path the sandbox saw is one of the fixed API paths: no query string at all.
        const QJsonArray list = m_sandbox.requests();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            QVERIFY2(!path.contains(QLatin1Char('?')), qPrintable(path));
            QVERIFY2(!path.contains(m_app.clientSecret), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TstCronofyClient)
#include "tst_cronofyclient.moc"
