// The sandbox's Cronofy endpoints over a real loopback socket: shapes, status codes, upsert, refresh,
// revoke, verification, 404/405/413, and provisioning many calendars concurrently.
#include "HttpCall.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {
const QRegularExpression kAlnum20(QStringLiteral("^[A-Za-z0-9]{20}$"));
const QRegularExpression kAlnum32(QStringLiteral("^[A-Za-z0-9]{32}$"));
const QRegularExpression kSub(QStringLiteral("^apc_[0-9a-f]{24}$"));

void verifyFieldError(const HttpResult &r, const QString &field)
{
    QCOMPARE(r.status, 422);
    const QJsonArray list = r.json().value(QStringLiteral("errors")).toObject().value(field).toArray();
    QVERIFY2(!list.isEmpty(), r.body.constData());
    QVERIFY(!list.at(0).toObject().value(QStringLiteral("key")).toString().isEmpty());
    QVERIFY(!list.at(0).toObject().value(QStringLiteral("description")).toString().isEmpty());
}
} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    SandboxProcess::Application m_app;

    QUrl url(const QString &path) const { return m_sandbox.baseUrl().resolved(QUrl(path)); }
    HttpResult post(
        const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &h = {})
    {
        return httpCall(m_nam, url(path), "POST", jsonBody(body), h);
    }
    HttpResult get(const QString &path, const QString &token)
    {
        return httpCall(m_nam, url(path), "GET", {}, {bearer(token)});
    }
    HttpResult provision(const QString &calendarId, const SandboxProcess::Application &app)
    {
        return post(QStringLiteral("/v1/application_calendars"),
            {{QStringLiteral("client_id"), app.clientId}, {QStringLiteral("client_secret"), app.clientSecret},
                {QStringLiteral("application_calendar_id"), calendarId}});
    }
    HttpResult refresh(const QString &refreshToken, const QString &grant = QStringLiteral("refresh_token"))
    {
        return post(QStringLiteral("/oauth/token"),
            {{QStringLiteral("client_id"), m_app.clientId},
                {QStringLiteral("client_secret"), m_app.clientSecret}, {QStringLiteral("grant_type"), grant},
                {QStringLiteral("refresh_token"), refreshToken}});
    }
    HttpResult revoke(const QJsonObject &what)
    {
        QJsonObject body = what;
        body.insert(QStringLiteral("client_id"), m_app.clientId);
        body.insert(QStringLiteral("client_secret"), m_app.clientSecret);
        return post(QStringLiteral("/oauth/token/revoke"), body);
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_app = m_sandbox.provisionApplication();
        QVERIFY(m_app.isValid());
    }

    void createApplication()
    {
        const HttpResult r = post(QStringLiteral("/v1/applications"),
            {{QStringLiteral("name"), QStringLiteral("Console")},
                {QStringLiteral("url"), QStringLiteral("https://example.org")}},
            {bearer(m_sandbox.adminKey())});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject client = r.json().value(QStringLiteral("oauth_client")).toObject();
        QVERIFY(kAlnum20.match(client.value(QStringLiteral("client_id")).toString()).hasMatch());
        QVERIFY(kAlnum32.match(client.value(QStringLiteral("client_secret")).toString()).hasMatch());
        QVERIFY(client.value(QStringLiteral("client_id")) != QJsonValue(m_app.clientId));
    }

    void createApplicationRefusesBadKey_data()
    {
        QTest::addColumn<bool>("withHeader");
        QTest::newRow("missing") << false;
        QTest::newRow("unknown") << true;
    }
    void createApplicationRefusesBadKey()
    {
        QFETCH(bool, withHeader);
        const int before = m_sandbox.stats().value(QStringLiteral("applications")).toInt();
        QList<QPair<QByteArray, QByteArray>> h;
        if (withHeader)
            h.append(bearer(QStringLiteral("not-an-admin-key")));
        const HttpResult r = post(QStringLiteral("/v1/applications"),
            {{QStringLiteral("name"), QStringLiteral("x")},
                {QStringLiteral("url"), QStringLiteral("https://x")}},
            h);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(m_sandbox.stats().value(QStringLiteral("applications")).toInt(), before);
    }

    void createApplicationValidates_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QJsonObject {{QStringLiteral("url"), QStringLiteral("https://x")}}
                                 << QStringLiteral("name");
        QTest::newRow("blank name") << QJsonObject {{QStringLiteral("name"), QStringLiteral("  ")},
            {QStringLiteral("url"), QStringLiteral("https://x")}}
                                    << QStringLiteral("name");
        QTest::newRow("no url") << QJsonObject {{QStringLiteral("name"), QStringLiteral("n")}}
                                << QStringLiteral("url");
    }
    void createApplicationValidates()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const int before = m_sandbox.stats().value(QStringLiteral("applications")).toInt();
        const HttpResult r = post(QStringLiteral("/v1/applications"), body, {bearer(m_sandbox.adminKey())});
        verifyFieldError(r, field);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toObject().value(field).toArray().at(0).toObject(),
            (QJsonObject {{QStringLiteral("key"), QStringLiteral("errors.required")},
                {QStringLiteral("description"), QStringLiteral("required")}}));
        QCOMPARE(m_sandbox.stats().value(QStringLiteral("applications")).toInt(), before);
    }

    void applicationCalendarShapeAndUpsert()
    {
        const HttpResult first = provision(QStringLiteral("room-101"), m_app);
        QCOMPARE(first.status, 200);
        const QJsonObject a = first.json();
        QCOMPARE(a.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QVERIFY(kAlnum32.match(a.value(QStringLiteral("access_token")).toString()).hasMatch());
        QVERIFY(kAlnum32.match(a.value(QStringLiteral("refresh_token")).toString()).hasMatch());
        QCOMPARE(a.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(a.value(QStringLiteral("scope")).toString(), QStringLiteral("read_write"));
        QCOMPARE(a.value(QStringLiteral("application_calendar_id")).toString(), QStringLiteral("room-101"));
        QVERIFY(kSub.match(a.value(QStringLiteral("sub")).toString()).hasMatch());
        const QJsonObject profile = a.value(QStringLiteral("linking_profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("provider_name")).toString(), QStringLiteral("cronofy"));
        QVERIFY(profile.value(QStringLiteral("profile_id")).toString().startsWith(QLatin1String("pro_")));
        QVERIFY(!profile.value(QStringLiteral("profile_name")).toString().isEmpty());

        const qint64 creations
            = qint64(m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble());
        const HttpResult second = provision(QStringLiteral("room-101"), m_app);
        QCOMPARE(second.status, 200);
        const QJsonObject b = second.json();
        QCOMPARE(b.value(QStringLiteral("sub")), a.value(QStringLiteral("sub")));
        QVERIFY(b.value(QStringLiteral("access_token")) != a.value(QStringLiteral("access_token")));
        QVERIFY(b.value(QStringLiteral("refresh_token")) != a.value(QStringLiteral("refresh_token")));
        QCOMPARE(qint64(m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble()), creations);

        // Another id is another calendar.
        const HttpResult other = provision(QStringLiteral("room-102"), m_app);
        QVERIFY(other.json().value(QStringLiteral("sub")) != a.value(QStringLiteral("sub")));

        const QJsonArray cals = m_sandbox.calendars(m_app.clientId);
        bool found = false;
        for (const QJsonValue &v : cals) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("application_calendar_id")).toString() == QLatin1String("room-101")) {
                found = true;
                QCOMPARE(c.value(QStringLiteral("provision_count")).toInt(), 2);
                QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
                QCOMPARE(c.value(QStringLiteral("sub")), a.value(QStringLiteral("sub")));
            }
        }
        QVERIFY(found);
    }

    void applicationCalendarAcceptsForm()
    {
        const QByteArray form = "client_id=" + QUrl::toPercentEncoding(m_app.clientId) + "&client_secret="
            + QUrl::toPercentEncoding(m_app.clientSecret) + "&application_calendar_id=form+room%2B1";
        const HttpResult r = httpCall(m_nam, url(QStringLiteral("/v1/application_calendars")), "POST", form,
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("application_calendar_id")).toString(),
            QStringLiteral("form room+1"));
    }

    void applicationCalendarRefusesBadClient()
    {
        SandboxProcess::Application wrongSecret {m_app.clientId, QStringLiteral("x").repeated(32)};
        HttpResult r = provision(QStringLiteral("room-1"), wrongSecret);
        QCOMPARE(r.status, 401);
        QVERIFY(r.hasHeader("WWW-Authenticate"));
        SandboxProcess::Application unknown {QStringLiteral("unknownclient0000000"), m_app.clientSecret};
        r = provision(QStringLiteral("room-1"), unknown);
        QCOMPARE(r.status, 401);
    }

    void applicationCalendarValidates_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("client_id") << QStringLiteral("client_id");
        QTest::newRow("client_secret") << QStringLiteral("client_secret");
        QTest::newRow("application_calendar_id") << QStringLiteral("application_calendar_id");
    }
    void applicationCalendarValidates()
    {
        QFETCH(QString, missing);
        QJsonObject body {{QStringLiteral("client_id"), m_app.clientId},
            {QStringLiteral("client_secret"), m_app.clientSecret},
            {QStringLiteral("application_calendar_id"), QStringLiteral("room-9")}};
        body.remove(missing);
        verifyFieldError(post(QStringLiteral("/v1/application_calendars"), body), missing);
    }

    void userInfoAndCalendars()
    {
        const QJsonObject cal = provision(QStringLiteral("desk-1"), m_app).json();
        const QString token = cal.value(QStringLiteral("access_token")).toString();
        const HttpResult info = get(QStringLiteral("/v1/userinfo"), token);
        QCOMPARE(info.status, 200);
        const QJsonObject u = info.json();
        QCOMPARE(u.value(QStringLiteral("sub")), cal.value(QStringLiteral("sub")));
        QCOMPARE(u.value(QStringLiteral("cronofy.type")).toString(), QStringLiteral("account"));
        const QJsonObject data = u.value(QStringLiteral("cronofy.data")).toObject();
        QCOMPARE(
            data.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("active"));
        QCOMPARE(
            data.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("scope")).toString(),
            QStringLiteral("read_write"));
        const QJsonArray profiles = data.value(QStringLiteral("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject p = profiles.at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("provider_name")).toString(), QStringLiteral("cronofy"));
        QCOMPARE(p.value(QStringLiteral("profile_id")),
            cal.value(QStringLiteral("linking_profile")).toObject().value(QStringLiteral("profile_id")));
        QCOMPARE(p.value(QStringLiteral("profile_connected")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("profile_calendars")).toArray().size(), 1);

        const HttpResult list = get(QStringLiteral("/v1/calendars"), token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("sub")), cal.value(QStringLiteral("sub")));
        const QJsonArray cals = list.json().value(QStringLiteral("calendars")).toArray();
        QCOMPARE(cals.size(), 1);
        const QJsonObject c = cals.at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("provider_name")).toString(), QStringLiteral("cronofy"));
        QVERIFY(c.value(QStringLiteral("calendar_id")).toString().startsWith(QLatin1String("cal_")));
        QVERIFY(!c.value(QStringLiteral("calendar_name")).toString().isEmpty());
        QVERIFY(!c.value(QStringLiteral("profile_name")).toString().isEmpty());
        QCOMPARE(c.value(QStringLiteral("calendar_readonly")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("calendar_deleted")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("calendar_primary")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("permission_level")).toString(), QStringLiteral("sandbox"));

        for (const QString &path : {QStringLiteral("/v1/userinfo"), QStringLiteral("/v1/calendars")}) {
            const HttpResult bad = get(path, QStringLiteral("y").repeated(32));
            QCOMPARE(bad.status, 401);
            QVERIFY(bad.hasHeader("WWW-Authenticate"));
            QCOMPARE(httpCall(m_nam, url(path), "GET").status, 401);
        }
    }

    void refreshRotates()
    {
        const QJsonObject cal = provision(QStringLiteral("refresh-1"), m_app).json();
        const QString oldRefresh = cal.value(QStringLiteral("refresh_token")).toString();
        const HttpResult r = refresh(oldRefresh);
        QCOMPARE(r.status, 200);
        const QJsonObject t = r.json();
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(t.value(QStringLiteral("scope")).toString(), QStringLiteral("read_write"));
        QVERIFY(kAlnum32.match(t.value(QStringLiteral("access_token")).toString()).hasMatch());
        const QString newRefresh = t.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(kAlnum32.match(newRefresh).hasMatch());
        QVERIFY(newRefresh != oldRefresh);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), t.value(QStringLiteral("access_token")).toString()).status,
            200);

        // The used refresh token is spent; an unknown one is invalid_grant too.
        HttpResult again = refresh(oldRefresh);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        again = refresh(QStringLiteral("z").repeated(32));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(refresh(newRefresh).status, 200);
    }

    void refreshRefusesBadClientAndGrant()
    {
        const QString token = provision(QStringLiteral("refresh-2"), m_app)
                                  .json()
                                  .value(QStringLiteral("refresh_token"))
                                  .toString();
        HttpResult r = post(QStringLiteral("/oauth/token"),
            {{QStringLiteral("client_id"), m_app.clientId},
                {QStringLiteral("client_secret"), QStringLiteral("wrong")},
                {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), token}});
        QCOMPARE(r.status, 401);
        r = refresh(token, QStringLiteral("authorization_code"));
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        QCOMPARE(refresh(token).status, 200); // the refused calls did not spend it
    }

    void revokeByTokenKillsTokens()
    {
        const QJsonObject cal = provision(QStringLiteral("revoke-1"), m_app).json();
        const QString access = cal.value(QStringLiteral("access_token")).toString();
        const QString refreshToken = cal.value(QStringLiteral("refresh_token")).toString();
        const HttpResult r = revoke({{QStringLiteral("token"), refreshToken}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/v1/userinfo"), access).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/calendars"), access).status, 401);
        const HttpResult again = refresh(refreshToken);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

        const QJsonArray cals = m_sandbox.calendars(m_app.clientId);
        for (const QJsonValue &v : cals) {
            if (v.toObject().value(QStringLiteral("application_calendar_id")).toString()
                == QLatin1String("revoke-1"))
                QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        }

        // Provisioning it again re-activates it: same sub, new working tokens.
        const QJsonObject back = provision(QStringLiteral("revoke-1"), m_app).json();
        QCOMPARE(back.value(QStringLiteral("sub")), cal.value(QStringLiteral("sub")));
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), back.value(QStringLiteral("access_token")).toString()).status,
            200);
        QCOMPARE(get(QStringLiteral("/v1/userinfo"), access).status, 401);
    }

    void revokeBySubAndTokenWins()
    {
        const QJsonObject a = provision(QStringLiteral("revoke-sub-a"), m_app).json();
        const QJsonObject b = provision(QStringLiteral("revoke-sub-b"), m_app).json();
        QCOMPARE(revoke({{QStringLiteral("sub"), a.value(QStringLiteral("sub"))}}).status, 200);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), a.value(QStringLiteral("access_token")).toString()).status,
            401);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), b.value(QStringLiteral("access_token")).toString()).status,
            200);

        // token wins over sub: b's token revokes b, not the calendar named by sub.
        const QJsonObject c = provision(QStringLiteral("revoke-sub-c"), m_app).json();
        QCOMPARE(revoke({{QStringLiteral("token"), b.value(QStringLiteral("access_token"))},
                            {QStringLiteral("sub"), c.value(QStringLiteral("sub"))}})
                     .status,
            200);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), b.value(QStringLiteral("access_token")).toString()).status,
            401);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), c.value(QStringLiteral("access_token")).toString()).status,
            200);
    }

    void revokeUnknownIsFineButBadClientIsNot()
    {
        QCOMPARE(revoke({{QStringLiteral("token"), QStringLiteral("q").repeated(32)}}).status, 200);
        QCOMPARE(
            revoke({{QStringLiteral("sub"), QStringLiteral("apc_000000000000000000000000")}}).status, 200);
        const HttpResult r = post(QStringLiteral("/oauth/token/revoke"),
            {{QStringLiteral("client_id"), m_app.clientId},
                {QStringLiteral("client_secret"), QStringLiteral("nope")},
                {QStringLiteral("sub"), QStringLiteral("apc_000000000000000000000000")}});
        QCOMPARE(r.status, 401);
        // Another application cannot revoke this one's calendar.
        const SandboxProcess::Application other = m_sandbox.provisionApplication();
        const QJsonObject cal = provision(QStringLiteral("kept"), m_app).json();
        QCOMPARE(post(QStringLiteral("/oauth/token/revoke"),
                     {{QStringLiteral("client_id"), other.clientId},
                         {QStringLiteral("client_secret"), other.clientSecret},
                         {QStringLiteral("sub"), cal.value(QStringLiteral("sub"))}})
                     .status,
            200);
        QCOMPARE(
            get(QStringLiteral("/v1/userinfo"), cal.value(QStringLiteral("access_token")).toString()).status,
            200);
    }

    void applicationVerification()
    {
        const QJsonObject good {
            {QStringLiteral("redirect_uris"), QJsonArray {QStringLiteral("https://example.org/callback")}},
            {QStringLiteral("contact"),
                QJsonObject {{QStringLiteral("email"), QStringLiteral("ops@example.org")},
                    {QStringLiteral("display_name"), QStringLiteral("Ops")}}}};
        HttpResult r
            = post(QStringLiteral("/v1/application_verification"), good, {bearer(m_app.clientSecret)});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json(), QJsonObject());
        r = post(
            QStringLiteral("/v1/application_verification"), good, {bearer(QStringLiteral("unknown-secret"))});
        QCOMPARE(r.status, 401);

        QJsonObject noUris = good;
        noUris.insert(QStringLiteral("redirect_uris"), QJsonArray());
        verifyFieldError(
            post(QStringLiteral("/v1/application_verification"), noUris, {bearer(m_app.clientSecret)}),
            QStringLiteral("redirect_uris"));
        QJsonObject badUri = good;
        badUri.insert(QStringLiteral("redirect_uris"), QJsonArray {QStringLiteral("ftp://example.org")});
        verifyFieldError(
            post(QStringLiteral("/v1/application_verification"), badUri, {bearer(m_app.clientSecret)}),
            QStringLiteral("redirect_uris"));
        QJsonObject noEmail = good;
        noEmail.insert(
            QStringLiteral("contact"), QJsonObject {{QStringLiteral("display_name"), QStringLiteral("Ops")}});
        verifyFieldError(
            post(QStringLiteral("/v1/application_verification"), noEmail, {bearer(m_app.clientSecret)}),
            QStringLiteral("contact.email"));
    }

    void notFoundMethodAndSize()
    {
        HttpResult r = httpCall(m_nam, url(QStringLiteral("/v1/nothing-here")), "GET");
        QCOMPARE(r.status, 404);
        QVERIFY(!r.json().isEmpty());
        r = httpCall(m_nam, url(QStringLiteral("/v1/calendars")), "DELETE");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        r = httpCall(m_nam, url(QStringLiteral("/v1/application_calendars")), "GET");
        QCOMPARE(r.status, 405);
        QByteArray big = "{\"client_id\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        r = httpCall(m_nam, url(QStringLiteral("/v1/application_calendars")), "POST", big);
        QCOMPARE(r.status, 413);
        r = httpCall(m_nam, url(QStringLiteral("/v1/application_calendars")), "POST", "{not json");
        QCOMPARE(r.status, 400);
    }

    void requestLogHasNoHeaderValues()
    {
        QCOMPARE(
            get(QStringLiteral("/v1/calendars"), QStringLiteral("SECRETBEARERVALUE0123456789abcdef")).status,
            401);
        const QJsonArray log = m_sandbox.requests();
        QVERIFY(!log.isEmpty());
        QVERIFY(log.size() <= 500);
        const QJsonObject last = log.last().toObject();
        QCOMPARE(last.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/calendars"));
        QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(last.value(QStringLiteral("authorization_present")).toBool(), true);
        QVERIFY(last.contains(QStringLiteral("user_agent")));
        QVERIFY(last.contains(QStringLiteral("accept")));
        QVERIFY(last.contains(QStringLiteral("content_type")));
        // The credential only as its SHA-256, so a test can tell which key a request carried.
        QCOMPARE(last.value(QStringLiteral("bearer_sha256")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash("SECRETBEARERVALUE0123456789abcdef", QCryptographicHash::Sha256)
                    .toHex()));
        QVERIFY(!QJsonDocument(log).toJson().contains("SECRETBEARERVALUE"));
        QVERIFY(!QJsonDocument(log).toJson().contains(m_app.clientSecret.toUtf8()));
    }

    void requestLogTellsCredentialsApart()
    {
        // An OAuth call with no Bearer has an empty hash; two admin keys give two different hashes.
        QCOMPARE(refresh(QStringLiteral("nonexistent")).status, 400);
        QCOMPARE(m_sandbox.requests().last().toObject().value(QStringLiteral("bearer_sha256")).toString(),
            QString());
        QCOMPARE(post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("name"), QStringLiteral("A")},
                         {QStringLiteral("url"), QStringLiteral("https://a.example")}},
                     {bearer(m_sandbox.adminKey())})
                     .status,
            200);
        const QString keyHash
            = m_sandbox.requests().last().toObject().value(QStringLiteral("bearer_sha256")).toString();
        QCOMPARE(keyHash,
            QString::fromLatin1(
                QCryptographicHash::hash(m_sandbox.adminKey().toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("name"), QStringLiteral("B")},
                         {QStringLiteral("url"), QStringLiteral("https://b.example")}},
                     {bearer(QStringLiteral("another-key"))})
                     .status,
            401);
        const QString otherHash
            = m_sandbox.requests().last().toObject().value(QStringLiteral("bearer_sha256")).toString();
        QCOMPARE(otherHash.size(), 64);
        QVERIFY(otherHash != keyHash);
    }

    void manyConcurrentProvisionsEachCreatedOnce()
    {
        const SandboxProcess::Application app = m_sandbox.provisionApplication();
        const qint64 before
            = qint64(m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble());
        constexpr int total = 2000;
        constexpr int concurrency = 16;
        int next = 0;
        int done = 0;
        int ok = 0;
        QElapsedTimer timer;
        timer.start();
        std::function<void()> launch = [&] {
            if (next >= total)
                return;
            const int i = next++;
            // Every 4th id is sent twice, so upserts are mixed in.
            QNetworkRequest req(url(QStringLiteral("/v1/application_calendars")));
            req.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
            const QString id = QStringLiteral("bulk-%1").arg(i % 4 == 3 ? i - 1 : i);
            QNetworkReply *reply = m_nam.post(req,
                jsonBody({{QStringLiteral("client_id"), app.clientId},
                    {QStringLiteral("client_secret"), app.clientSecret},
                    {QStringLiteral("application_calendar_id"), id}}));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
                ++done;
                reply->deleteLater();
                launch();
            });
        };
        for (int i = 0; i < concurrency; ++i)
            launch();
        QTRY_COMPARE_WITH_TIMEOUT(done, total, 120000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(ok, total);
        QCOMPARE(qint64(m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble()) - before,
            qint64(total - total / 4));
        QCOMPARE(m_sandbox.calendars(app.clientId).size(), total - total / 4);
        qInfo("%d provisions at concurrency %d took %lld ms", total, concurrency, elapsed);
    }
};

QTEST_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
