// The sandbox's fault modes and rate limits, over a real loopback socket.
#include "HttpCall.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    SandboxProcess::Application m_app;
    QString m_access;

    QUrl url(const QString &path) const { return m_sandbox.baseUrl().resolved(QUrl(path)); }
    HttpResult provision(const QString &id, int timeoutMs = 20000)
    {
        return httpCall(m_nam, url(QStringLiteral("/v1/application_calendars")), "POST",
            jsonBody({{QStringLiteral("client_id"), m_app.clientId},
                {QStringLiteral("client_secret"), m_app.clientSecret},
                {QStringLiteral("application_calendar_id"), id}}),
            {}, timeoutMs);
    }
    HttpResult userInfo(int timeoutMs = 20000)
    {
        return httpCall(m_nam, url(QStringLiteral("/v1/userinfo")), "GET", {}, {bearer(m_access)}, timeoutMs);
    }
    qint64 creations()
    {
        return qint64(m_sandbox.stats().value(QStringLiteral("calendar_creations")).toDouble());
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_app = m_sandbox.provisionApplication();
        QVERIFY(m_app.isValid());
        const HttpResult r = provision(QStringLiteral("base"));
        QCOMPARE(r.status, 200);
        m_access = r.json().value(QStringLiteral("access_token")).toString();
    }

    void cleanup() { QVERIFY(m_sandbox.clearFaults()); }

    void statusEveryThird()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/userinfo")},
            {QStringLiteral("status"), 500}, {QStringLiteral("every"), 3}}));
        QList<int> statuses;
        for (int i = 0; i < 6; ++i)
            statuses.append(userInfo().status);
        QCOMPARE(statuses, (QList<int> {200, 200, 500, 200, 200, 500}));
        // Other paths are not hit.
        QCOMPARE(provision(QStringLiteral("other")).status, 200);
    }

    void statusCodesWithJsonBody_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {401, 402, 403, 404, 422, 423, 429, 500, 502})
            QTest::newRow(QByteArray::number(s).constData()) << s;
    }
    void statusCodesWithJsonBody()
    {
        QFETCH(int, status);
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("status"), status}}));
        const qint64 before = creations();
        const HttpResult r = provision(QStringLiteral("never-%1").arg(status));
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!r.hasHeader("Retry-After")); // only with retry-after=
        QCOMPARE(creations(), before); // the API never saw it
    }

    void countSpendsTheFault()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("*")},
            {QStringLiteral("status"), 503}, {QStringLiteral("count"), 2}}));
        QCOMPARE(userInfo().status, 503);
        QCOMPARE(provision(QStringLiteral("c")).status, 503);
        QCOMPARE(userInfo().status, 200);
        QCOMPARE(userInfo().status, 200);
    }

    void methodFilter()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("method"), QStringLiteral("post")}, {QStringLiteral("status"), 500}}));
        QCOMPARE(userInfo().status, 200);
        QCOMPARE(provision(QStringLiteral("m")).status, 500);
    }

    void retryAfter()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/userinfo")},
            {QStringLiteral("retry-after"), 7}, {QStringLiteral("count"), 1}}));
        HttpResult r = userInfo();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/userinfo")},
            {QStringLiteral("status"), 429}, {QStringLiteral("count"), 1}}));
        r = userInfo();
        QCOMPARE(r.status, 429);
        QVERIFY(!r.hasHeader("Retry-After"));
    }

    void htmlBadGateway()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("status"), 502}, {QStringLiteral("html"), true}}));
        const HttpResult r = userInfo();
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
    }

    void rawBody()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("status"), 500}, {QStringLiteral("body"), QStringLiteral("oops, plain")}}));
        const HttpResult r = userInfo();
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("oops, plain"));
    }

    void malformedJsonStillChangesState()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("malformed"), true}}));
        const qint64 before = creations();
        const HttpResult r = provision(QStringLiteral("malformed-1"));
        QCOMPARE(r.status, 200);
        QJsonParseError error {};
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(creations(), before + 1); // the sandbox did the work; only the answer broke
    }

    void wrongTypes()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("wrong-types"), true}}));
        const HttpResult r = provision(QStringLiteral("wrong-types"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(o.contains(QStringLiteral("sub")));
        QVERIFY(o.value(QStringLiteral("sub")).isDouble());
        QVERIFY(o.value(QStringLiteral("access_token")).isDouble());
        QVERIFY(o.value(QStringLiteral("expires_in")).isString());
    }

    void missingFields()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("missing-fields"), true}}));
        const HttpResult r = provision(QStringLiteral("missing"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(!o.contains(QStringLiteral("sub")));
        QVERIFY(!o.contains(QStringLiteral("access_token")));
        QVERIFY(!o.contains(QStringLiteral("refresh_token")));
    }

    void delay()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 400}}));
        const HttpResult r = userInfo();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 390, QByteArray::number(r.elapsedMs).constData());
    }

    void hangingServerTimesOutAndServerSurvives()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("delay"), 600000}}));
        const HttpResult r = userInfo(500);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
            QByteArray::number(int(r.error)).constData());
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(userInfo().status, 200);
    }

    void connectionReset()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("reset"), true}}));
        const HttpResult r = userInfo();
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError
                || r.error == QNetworkReply::UnknownNetworkError
                || r.error == QNetworkReply::ConnectionRefusedError,
            QByteArray::number(int(r.error)).constData());
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(userInfo().status, 200);
    }

    void trickle()
    {
        QVERIFY(m_sandbox.addFault(
            {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")}, {QStringLiteral("trickle"), 1000}}));
        const HttpResult r = userInfo();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("cronofy.type")).toString(), QStringLiteral("account"));
        // Headers + body are several hundred bytes at 1000 B/s.
        QVERIFY2(r.elapsedMs >= 300, QByteArray::number(r.elapsedMs).constData());
    }

    void largeBody()
    {
        const qint64 size = 10 * 1000 * 1000;
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/calendars")},
            {QStringLiteral("size"), double(size)}}));
        const HttpResult r
            = httpCall(m_nam, url(QStringLiteral("/v1/calendars")), "GET", {}, {bearer(m_access)});
        QCOMPARE(r.status, 200);
        QCOMPARE(qint64(r.body.size()), size);
        QCOMPARE(r.header("Content-Length"), QByteArray::number(size));
        QCOMPARE(r.json().value(QStringLiteral("padding")).toString().size(), qsizetype(size - 14));
    }

    void redirect()
    {
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/calendars")},
            {QStringLiteral("redirect"), QStringLiteral("http://127.0.0.2:9/v1/calendars")}}));
        const HttpResult r
            = httpCall(m_nam, url(QStringLiteral("/v1/calendars")), "GET", {}, {bearer(m_access)});
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("Location"), QByteArray("http://127.0.0.2:9/v1/calendars"));
    }

    void controlApiRefusesBadFaults()
    {
        QByteArray body;
        QCOMPARE(m_sandbox.request(
                     "POST", QStringLiteral("/_sandbox/faults"), "{\"path\":\"/x\",\"bogus\":1}", {}, &body),
            422);
        QVERIFY(body.contains("bogus"));
        QCOMPARE(
            m_sandbox.request("POST", QStringLiteral("/_sandbox/faults"), "{\"path\":\"/x\"}", {}, &body),
            422);
        QCOMPARE(m_sandbox.request("GET", QStringLiteral("/_sandbox/nothing")), 404);
        QCOMPARE(m_sandbox.stats().value(QStringLiteral("faults")).toInt(), 0);
    }

    void statsCountResponses()
    {
        const QJsonObject before = m_sandbox.stats().value(QStringLiteral("responses")).toObject();
        QVERIFY(m_sandbox.addFault({{QStringLiteral("status"), 418}, {QStringLiteral("count"), 1}}));
        QCOMPARE(userInfo().status, 418);
        QCOMPARE(userInfo().status, 200);
        const QJsonObject after = m_sandbox.stats().value(QStringLiteral("responses")).toObject();
        QCOMPARE(after.value(QStringLiteral("418")).toInt(), before.value(QStringLiteral("418")).toInt() + 1);
        QCOMPARE(after.value(QStringLiteral("200")).toInt(), before.value(QStringLiteral("200")).toInt() + 1);
    }

    void rateLimitPerSecondThenRecovery()
    {
        SandboxProcess limited(
            {QStringLiteral("--rate-limit"), QStringLiteral("5/s"), QStringLiteral("--quiet")});
        QVERIFY2(limited.start(), qPrintable(limited.errorString()));
        const SandboxProcess::Application a = limited.provisionApplication();
        const SandboxProcess::Application b = limited.provisionApplication();
        auto call = [&](const SandboxProcess::Application &app) {
            return httpCall(m_nam,
                limited.baseUrl().resolved(QUrl(QStringLiteral("/v1/application_calendars"))), "POST",
                jsonBody({{QStringLiteral("client_id"), app.clientId},
                    {QStringLiteral("client_secret"), app.clientSecret},
                    {QStringLiteral("application_calendar_id"), QStringLiteral("r")}}));
        };
        int admitted = 0;
        HttpResult refused;
        for (int i = 0; i < 20 && refused.status != 429; ++i) {
            const HttpResult r = call(a);
            if (r.status == 200)
                ++admitted;
            else
                refused = r;
        }
        QCOMPARE(refused.status, 429);
        QVERIFY2(admitted >= 5, QByteArray::number(admitted).constData());
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QVERIFY(!refused.json().value(QStringLiteral("error")).toString().isEmpty());
        // Another application has its own budget.
        QCOMPARE(call(b).status, 200);
        // After the second passes, it is admitted again (refused calls use no slot).
        QTRY_COMPARE_WITH_TIMEOUT(call(a).status, 200, 3000);
    }

    void rateLimitPerMinute()
    {
        SandboxProcess limited(
            {QStringLiteral("--rate-limit"), QStringLiteral("3/min"), QStringLiteral("--quiet")});
        QVERIFY2(limited.start(), qPrintable(limited.errorString()));
        const SandboxProcess::Application a = limited.provisionApplication();
        auto call = [&] {
            return httpCall(m_nam, limited.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))), "POST",
                jsonBody({{QStringLiteral("client_id"), a.clientId},
                    {QStringLiteral("client_secret"), a.clientSecret},
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), QStringLiteral("unknown")}}));
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call().status, 400); // counted, even though the token is bad
        const HttpResult r = call();
        QCOMPARE(r.status, 429);
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 55 && retryAfter <= 60, r.header("Retry-After").constData());
    }
};

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
