// ApiError: every kind and status becomes its own sentence that says what to do next; codes for logs and the
// CLI; which failures are worth retrying; and how a finished reply is classified. No network.
#include "TestEnvironment.h"
#include "api/ApiError.h"
#include "api/TransportErrors.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ApiOperation)
Q_DECLARE_METATYPE(StopReason)

namespace {

ApiError make(ApiError::Kind kind, ApiOperation op = ApiOperation::ProvisionCalendar, int status = 0)
{
    ApiError e(kind, op);
    e.httpStatus = status;
    e.dataCenterName = QStringLiteral("Germany");
    e.host = QStringLiteral("api-de.cronofy.com");
    e.timeout = std::chrono::milliseconds(30000);
    e.sizeLimit = 1024 * 1024;
    return e;
}

ApiError http(int status, ApiOperation op = ApiOperation::ProvisionCalendar)
{
    return make(
        status >= 500 ? ApiError::Kind::HttpServerError : ApiError::Kind::HttpClientError, op, status);
}

} // namespace

class TstApiError final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void codes_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        using K = ApiError::Kind;
        QTest::newRow("none") << K::None << 200 << "ok" << false;
        QTest::newRow("offline") << K::Offline << 0 << "offline" << true;
        QTest::newRow("refused") << K::ConnectionRefused << 0 << "connection-refused" << true;
        QTest::newRow("timeout") << K::Timeout << 0 << "timeout" << true;
        QTest::newRow("cancelled") << K::Cancelled << 0 << "cancelled" << false;
        QTest::newRow("tls") << K::Tls << 0 << "tls" << false;
        QTest::newRow("redirect") << K::Redirect << 0 << "redirect" << false;
        QTest::newRow("malformed") << K::MalformedResponse << 200 << "malformed-response" << false;
        QTest::newRow("too large") << K::TooLarge << 0 << "too-large" << false;
        QTest::newRow("network") << K::Network << 0 << "network" << true;
        QTest::newRow("400") << K::HttpClientError << 400 << "http-400" << false;
        QTest::newRow("401") << K::HttpClientError << 401 << "http-401" << false;
        QTest::newRow("408") << K::HttpClientError << 408 << "http-408" << true;
        QTest::newRow("422") << K::HttpClientError << 422 << "http-422" << false;
        QTest::newRow("429") << K::HttpClientError << 429 << "http-429" << true;
        QTest::newRow("500") << K::HttpServerError << 500 << "http-500" << true;
        QTest::newRow("503") << K::HttpServerError << 503 << "http-503" << true;
    }
    void codes()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, transient);
        const ApiError e = make(kind, ApiOperation::CreateApplication, status);
        QCOMPARE(e.code(), code);
        QCOMPARE(e.isTransient(), transient);
        QCOMPARE(e.ok(), kind == ApiError::Kind::None);
        QCOMPARE(e.message().isEmpty(), kind == ApiError::Kind::None);
    }

    void everyCaseHasItsOwnSentence()
    {
        // The fault matrix of issue 8 and every kind: each must read differently, so a person can tell them
        // apart without the details.
        using K = ApiError::Kind;
        QList<QPair<QString, ApiError>> cases;
        for (int status : {400, 401, 402, 403, 404, 408, 409, 422, 423, 429, 500, 502, 503})
            cases.append({QStringLiteral("http %1").arg(status), http(status)});
        ApiError grant = http(400, ApiOperation::RefreshToken);
        grant.oauthError = QStringLiteral("invalid_grant");
        cases.append({QStringLiteral("invalid_grant"), grant});
        ApiError client = http(400, ApiOperation::RefreshToken);
        client.oauthError = QStringLiteral("invalid_client");
        cases.append({QStringLiteral("invalid_client"), client});
        ApiError fields = http(422);
        fields.fieldErrors.insert(QStringLiteral("application_calendar_id"), {QStringLiteral("required")});
        cases.append({QStringLiteral("422 with fields"), fields});
        ApiError wait = http(429);
        wait.retryAfter = std::chrono::seconds(7);
        cases.append({QStringLiteral("429 retry-after"), wait});
        ApiError wait503 = http(503);
        wait503.retryAfter = std::chrono::seconds(9);
        cases.append({QStringLiteral("503 retry-after"), wait503});
        cases.append({QStringLiteral("401 create"), http(401, ApiOperation::CreateApplication)});
        cases.append({QStringLiteral("401 userinfo"), http(401, ApiOperation::UserInfo)});
        cases.append({QStringLiteral("402 create"), http(402, ApiOperation::CreateApplication)});
        cases.append({QStringLiteral("402 verification"), http(402, ApiOperation::SubmitVerification)});
        cases.append({QStringLiteral("403 create"), http(403, ApiOperation::CreateApplication)});
        for (K kind : {K::Offline, K::ConnectionRefused, K::Timeout, K::Cancelled, K::Tls, K::Redirect,
                 K::TooLarge, K::Network})
            cases.append({QStringLiteral("kind %1").arg(int(kind)), make(kind)});
        ApiError refusedLocal = make(K::ConnectionRefused);
        refusedLocal.host = QStringLiteral("127.0.0.1");
        cases.append({QStringLiteral("refused loopback"), refusedLocal});
        cases.append({QStringLiteral("timeout create"), make(K::Timeout, ApiOperation::CreateApplication)});
        cases.append({QStringLiteral("timeout userinfo"), make(K::Timeout, ApiOperation::UserInfo)});
        cases.append({QStringLiteral("cancel create"), make(K::Cancelled, ApiOperation::CreateApplication)});
        for (auto problem : {ApiError::ResponseProblem::NotJson, ApiError::ResponseProblem::WrongShape,
                 ApiError::ResponseProblem::MissingField, ApiError::ResponseProblem::WrongType}) {
            ApiError m = make(K::MalformedResponse, ApiOperation::ProvisionCalendar, 200);
            m.responseProblem = problem;
            m.responseField = QStringLiteral("sub");
            cases.append({QStringLiteral("malformed %1").arg(int(problem)), m});
        }
        ApiError malformedCreate = make(K::MalformedResponse, ApiOperation::CreateApplication, 200);
        malformedCreate.responseProblem = ApiError::ResponseProblem::NotJson;
        cases.append({QStringLiteral("malformed create"), malformedCreate});

        QHash<QString, QString> seen;
        for (const auto &[name, error] : std::as_const(cases)) {
            const QString sentence = error.message();
            QVERIFY2(sentence.size() > 40, qPrintable(name));
            QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(name + QStringLiteral(": ") + sentence));
            QVERIFY2(!seen.contains(sentence),
                qPrintable(name + QStringLiteral(" reads like ") + seen.value(sentence)));
            seen.insert(sentence, name);
        }
    }

    void sentencesSayWhatToDo()
    {
        const QString adminKey = http(401, ApiOperation::CreateApplication).message();
        QVERIFY(adminKey.contains(QLatin1String("admin API key")));
        QVERIFY(adminKey.contains(QLatin1String("(Germany)")));
        QVERIFY(adminKey.contains(QLatin1String("Settings")));
        for (ApiOperation op : {ApiOperation::ProvisionCalendar, ApiOperation::RefreshToken,
                 ApiOperation::Revoke, ApiOperation::SubmitVerification})
            QVERIFY(http(401, op).message().contains(QLatin1String("client secret")));
        QVERIFY(http(401, ApiOperation::ListCalendars).message().contains(QLatin1String("access token")));

        ApiError grant = http(400, ApiOperation::RefreshToken);
        grant.oauthError = QStringLiteral("invalid_grant");
        QVERIFY(grant.message().contains(QLatin1String("Provision the calendar again")));

        QVERIFY(http(404).message().contains(QLatin1String("data center (Germany)")));
        QVERIFY(http(402, ApiOperation::ProvisionCalendar).message().contains(QLatin1String("plan")));

        ApiError fields = http(422, ApiOperation::CreateApplication);
        fields.fieldErrors.insert(QStringLiteral("name"), {QStringLiteral("required")});
        fields.fieldErrors.insert(
            QStringLiteral("url"), {QStringLiteral("invalid"), QStringLiteral("too long")});
        fields.fieldErrors.insert(QStringLiteral("odd_field"), {QStringLiteral("bad")});
        const QString sentence = fields.message();
        QVERIFY2(
            sentence.startsWith(QLatin1String("Cronofy did not accept some fields: ")), qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("Name: required")));
        QVERIFY(sentence.contains(QLatin1String("Home page URL: invalid, too long")));
        QVERIFY(sentence.contains(QLatin1String("odd_field: bad")));
        QCOMPARE(fields.fieldMessage(QStringLiteral("url")), QStringLiteral("Invalid; Too long."));
        QCOMPARE(fields.fieldMessage(QStringLiteral("name")), QStringLiteral("Required."));
        QVERIFY(fields.fieldMessage(QStringLiteral("contact")).isEmpty());

        ApiError wait = http(429);
        wait.retryAfter = std::chrono::seconds(7);
        QVERIFY2(wait.message().contains(QLatin1String("Wait 7 second")), qPrintable(wait.message()));
        QVERIFY(!http(429).message().contains(QLatin1String("7")));

        ApiError timeout = make(ApiError::Kind::Timeout);
        timeout.timeout = std::chrono::milliseconds(2500);
        QVERIFY2(timeout.message().contains(QLatin1String("within 3 second")), qPrintable(timeout.message()));
        QVERIFY(make(ApiError::Kind::Timeout, ApiOperation::CreateApplication)
                    .message()
                    .contains(QLatin1String("dashboard")));

        ApiError local = make(ApiError::Kind::ConnectionRefused);
        local.host = QStringLiteral("127.0.0.1");
        QVERIFY(local.message().contains(QLatin1String("sandbox")));
        QVERIFY(!make(ApiError::Kind::ConnectionRefused).message().contains(QLatin1String("sandbox")));

        ApiError missing = make(ApiError::Kind::MalformedResponse, ApiOperation::ProvisionCalendar, 200);
        missing.responseProblem = ApiError::ResponseProblem::MissingField;
        missing.responseField = QStringLiteral("refresh_token");
        QVERIFY(missing.message().contains(QLatin1String("\"refresh_token\"")));

        QVERIFY(make(ApiError::Kind::TooLarge).message().contains(QLatin1String("1")));
    }

    void messageNeverShowsDetail()
    {
        ApiError e = http(500);
        e.detail = QStringLiteral("body with tok_SECRET");
        QVERIFY(!e.message().contains(QLatin1String("SECRET")));
    }

    void classify_data()
    {
        QTest::addColumn<StopReason>("stop");
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        using K = ApiError::Kind;
        using E = QNetworkReply::NetworkError;
        QTest::newRow("200") << StopReason::None << E::NoError << 200 << K::None;
        QTest::newRow("202") << StopReason::None << E::NoError << 202 << K::None;
        QTest::newRow("401 with Qt's error")
            << StopReason::None << E::AuthenticationRequiredError << 401 << K::HttpClientError;
        QTest::newRow("404 with Qt's error")
            << StopReason::None << E::ContentNotFoundError << 404 << K::HttpClientError;
        QTest::newRow("429") << StopReason::None << E::UnknownContentError << 429 << K::HttpClientError;
        QTest::newRow("500") << StopReason::None << E::InternalServerError << 500 << K::HttpServerError;
        QTest::newRow("502") << StopReason::None << E::UnknownServerError << 502 << K::HttpServerError;
        QTest::newRow("500 cut short")
            << StopReason::None << E::RemoteHostClosedError << 500 << K::HttpServerError;
        QTest::newRow("dns") << StopReason::None << E::HostNotFoundError << 0 << K::Offline;
        QTest::newRow("unreachable") << StopReason::None << E::TemporaryNetworkFailureError << 0
                                     << K::Offline;
        QTest::newRow("refused") << StopReason::None << E::ConnectionRefusedError << 0
                                 << K::ConnectionRefused;
        QTest::newRow("closed") << StopReason::None << E::RemoteHostClosedError << 0 << K::Network;
        QTest::newRow("tls") << StopReason::None << E::SslHandshakeFailedError << 0 << K::Tls;
        QTest::newRow("qt transfer timeout")
            << StopReason::None << E::OperationCanceledError << 0 << K::Timeout;
        QTest::newRow("qt timeout") << StopReason::None << E::TimeoutError << 0 << K::Timeout;
        QTest::newRow("insecure redirect")
            << StopReason::None << E::InsecureRedirectError << 302 << K::Redirect;
        QTest::newRow("too many redirects")
            << StopReason::None << E::TooManyRedirectsError << 301 << K::Redirect;
        QTest::newRow("unfollowed 3xx") << StopReason::None << E::NoError << 300 << K::Redirect;
        QTest::newRow("no status") << StopReason::None << E::NoError << 0 << K::Network;
        QTest::newRow("cancel beats 200")
            << StopReason::Cancelled << E::OperationCanceledError << 200 << K::Cancelled;
        QTest::newRow("cancel") << StopReason::Cancelled << E::OperationCanceledError << 0 << K::Cancelled;
        QTest::newRow("context gone")
            << StopReason::ContextGone << E::OperationCanceledError << 0 << K::Cancelled;
        QTest::newRow("our timeout") << StopReason::TimedOut << E::OperationCanceledError << 0 << K::Timeout;
        QTest::newRow("too large, not cancel")
            << StopReason::TooLarge << E::OperationCanceledError << 200 << K::TooLarge;
    }
    void classify()
    {
        QFETCH(StopReason, stop);
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QCOMPARE(classifyReply(stop, error, status), kind);
    }
};

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
