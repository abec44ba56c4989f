// The sandbox library in-process: option parsing, the rate limiter's windows, the state's hashing and
// the embeddable SandboxServer the window uses for "Try it offline".
#include "HttpCall.h"
#include "RateLimiter.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestSandboxUnit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void rateLimitParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("perSecond");
        QTest::addColumn<int>("perMinute");
        QTest::newRow("both") << QStringLiteral("50/s,500/min") << true << 50 << 500;
        QTest::newRow("second") << QStringLiteral("5/s") << true << 5 << 0;
        QTest::newRow("minute") << QStringLiteral("100/min") << true << 0 << 100;
        QTest::newRow("spaces") << QStringLiteral(" 7/s , 9/min ") << true << 7 << 9;
        QTest::newRow("off") << QStringLiteral("off") << true << 0 << 0;
        QTest::newRow("unit") << QStringLiteral("5/h") << false << 0 << 0;
        QTest::newRow("zero") << QStringLiteral("0/s") << false << 0 << 0;
        QTest::newRow("word") << QStringLiteral("fast") << false << 0 << 0;
    }
    void rateLimitParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, perSecond);
        QFETCH(int, perMinute);
        QString error;
        const auto limit = RateLimit::parse(text, &error);
        QCOMPARE(limit.has_value(), valid);
        if (!valid) {
            QVERIFY(error.contains(QLatin1String("50/s,500/min")));
            return;
        }
        QCOMPARE(limit->perSecond, perSecond);
        QCOMPARE(limit->perMinute, perMinute);
    }

    void faultParse()
    {
        QString error;
        auto f
            = FaultSpec::parse(QStringLiteral("path=/v1/application_calendars,status=500,every=3"), &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->path, QStringLiteral("/v1/application_calendars"));
        QCOMPARE(f->status, 500);
        QCOMPARE(f->every, 3);
        QVERIFY(f->shortCircuits());

        f = FaultSpec::parse(QStringLiteral("html,status=502,method=get"), &error);
        QVERIFY(f);
        QVERIFY(f->html);
        QCOMPARE(f->method, QStringLiteral("GET"));
        QCOMPARE(f->path, QStringLiteral("*"));
        QVERIFY(f->matches(QStringLiteral("GET"), QStringLiteral("/v1/calendars")));
        QVERIFY(!f->matches(QStringLiteral("POST"), QStringLiteral("/v1/calendars")));

        f = FaultSpec::parse(QStringLiteral("body={\"a\":1,\"b\":2},status=500"), &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->body, QByteArray("{\"a\":1,\"b\":2}"));

        f = FaultSpec::parse(QStringLiteral("retry-after=3"), &error);
        QVERIFY(f);
        QCOMPARE(f->status, 429);
        QCOMPARE(f->retryAfter, 3);

        f = FaultSpec::parse(QStringLiteral("malformed,count=2"), &error);
        QVERIFY(f);
        QVERIFY(!f->shortCircuits());

        QVERIFY(!FaultSpec::parse(QStringLiteral("status=abc"), &error));
        QVERIFY(error.contains(QLatin1String("status")));
        QVERIFY(!FaultSpec::parse(QStringLiteral("redirect=/relative"), &error));
        QVERIFY(error.contains(QLatin1String("absolute")));
        QVERIFY(!FaultSpec::parse(QStringLiteral("path=v1"), &error));
        QVERIFY(!FaultSpec::parse(QStringLiteral("every=0,status=500"), &error));

        // JSON form round-trips.
        const auto j
            = FaultSpec::fromJson(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/userinfo")},
                                      {QStringLiteral("size"), 1000}, {QStringLiteral("reset"), false}},
                &error);
        QVERIFY2(j, qPrintable(error));
        QCOMPARE(j->size, qint64(1000));
        QCOMPARE(FaultSpec::fromJson(j->toJson())->toJson(), j->toJson());
        QVERIFY(!FaultSpec::fromJson(QJsonObject {{QStringLiteral("status"), QJsonArray()}}, &error));
    }

    void rateLimiterWindows()
    {
        RateLimiter limiter(RateLimit {3, 0});
        int retry = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.admit(QStringLiteral("a"), &retry));
        QVERIFY(!limiter.admit(QStringLiteral("a"), &retry));
        QCOMPARE(retry, 1);
        QVERIFY(limiter.admit(QStringLiteral("b"), &retry)); // per key
        // A slot frees once the first admitted request is a second old.
        QTRY_VERIFY_WITH_TIMEOUT(limiter.admit(QStringLiteral("a"), &retry), 2000);

        RateLimiter perMinute(RateLimit {0, 2});
        QVERIFY(perMinute.admit(QStringLiteral("a"), &retry));
        QVERIFY(perMinute.admit(QStringLiteral("a"), &retry));
        QVERIFY(!perMinute.admit(QStringLiteral("a"), &retry));
        QVERIFY(retry >= 59 && retry <= 60);

        RateLimiter off;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(off.admit(QStringLiteral("a"), &retry));
    }

    void stateKeepsOnlyHashes()
    {
        SandboxState state;
        state.addAdminKey(QStringLiteral("admin-key-in-clear"));
        QString secret;
        const auto app = state.createApplication(QStringLiteral("n"), QStringLiteral("https://u"), &secret);
        SandboxState::IssuedTokens tokens;
        bool created = false;
        state.provisionCalendar(app.clientId, QStringLiteral("cal"), &tokens, &created);
        QVERIFY(created);
        const QByteArray json = QJsonDocument(state.toJson()).toJson();
        for (const QString &s :
            {QStringLiteral("admin-key-in-clear"), secret, tokens.accessToken, tokens.refreshToken})
            QVERIFY(!json.contains(s.toUtf8()));

        SandboxState loaded;
        QVERIFY(loaded.fromJson(state.toJson()));
        QVERIFY(loaded.isAdminKey(QStringLiteral("admin-key-in-clear")));
        QVERIFY(loaded.authenticate(app.clientId, secret));
        QVERIFY(!loaded.authenticate(app.clientId, secret + QLatin1Char('x')));
        QVERIFY(loaded.calendarByAccessToken(tokens.accessToken));
        QCOMPARE(loaded.calendarCreations(), qint64(1));
        QVERIFY(!loaded.fromJson(QJsonObject {{QStringLiteral("format"), QStringLiteral("other")}}));
    }

    void embeddedServer()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.isListening());
        QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(server.adminKeys().size(), 1);
        QCOMPARE(server.adminKeys().constFirst().size(), 32);

        QNetworkAccessManager nam;
        HttpResult r
            = httpCall(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/v1/applications"))), "POST",
                jsonBody({{QStringLiteral("name"), QStringLiteral("n")},
                    {QStringLiteral("url"), QStringLiteral("https://u")}}),
                {bearer(server.adminKeys().constFirst())});
        QCOMPARE(r.status, 200);
        QCOMPARE(server.stats().value(QStringLiteral("applications")).toInt(), 1);

        server.addFault(*FaultSpec::parse(QStringLiteral("path=/v1/applications,status=503")));
        r = httpCall(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/v1/applications"))), "POST", "{}");
        QCOMPARE(r.status, 503);
        server.clearFaults();
        r = httpCall(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/v1/applications"))), "POST", "{}");
        QCOMPARE(r.status, 401);
        QCOMPARE(server.recentRequests().size(), 3);
    }

    void embeddedServerRefusesRemoteHost()
    {
        SandboxOptions options;
        options.host = QHostAddress(QHostAddress::AnyIPv4);
        SandboxServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QLatin1String("--allow-remote")));
        QVERIFY(!server.isListening());
    }

    void embeddedServerReportsBusyPort()
    {
        SandboxServer first;
        QVERIFY(first.start());
        SandboxOptions options;
        options.port = quint16(first.baseUrl().port());
        SandboxServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(options.port)));
    }
};

QTEST_MAIN(TestSandboxUnit)
#include "tst_sandbox_unit.moc"
