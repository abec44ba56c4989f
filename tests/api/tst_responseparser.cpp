// ResponseParser: every documented body shape, the docs' trailing-comma typo, and what makes a reply
// malformed (a field the console needs missing, a wrong type, not JSON at all). No network.
#include "TestEnvironment.h"
#include "api/ResponseParser.h"

#include <QTest>
#include <QTimeZone>

using RP = ApiError::ResponseProblem;
using ResponseParser::Problem;

namespace {
// JSON written with single quotes, so the fixtures need no raw strings (moc cannot skip some of them).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
} // namespace

Q_DECLARE_METATYPE(ApiError::ResponseProblem)

class TstResponseParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void applicationCredentials_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::ResponseProblem>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("C# fixture") << QByteArray(
            json("{'oauth_client':{'client_id':'abcdef123456','client_secret':'s3cr3t1v3'}}"))
                                    << RP::None << QString();
        QTest::newRow("docs example with trailing comma") << QByteArray(
            "{\n  \"oauth_client\": {\n    \"client_id\": \"abcdef123456\",\n    \"client_secret\": "
            "\"s3cr3t1v3\",\n  }\n}") << RP::None << QString();
        QTest::newRow("unknown keys ignored") << QByteArray(
            json("{'extra':[1,2],'oauth_client':{'client_id':'abcdef123456','client_secret':'s3cr3t1v3','x':"
                 "null}}")) << RP::None << QString();
        QTest::newRow("missing secret") << QByteArray(json("{'oauth_client':{'client_id':'abcdef123456'}}"))
                                        << RP::MissingField << QStringLiteral("oauth_client.client_secret");
        QTest::newRow("empty secret")
            << QByteArray(json("{'oauth_client':{'client_id':'abcdef123456','client_secret':''}}"))
            << RP::MissingField << QStringLiteral("oauth_client.client_secret");
        QTest::newRow("null id") << QByteArray(
            json("{'oauth_client':{'client_id':null,'client_secret':'s3cr3t1v3'}}"))
                                 << RP::MissingField << QStringLiteral("oauth_client.client_id");
        QTest::newRow("secret is a number")
            << QByteArray(json("{'oauth_client':{'client_id':'abcdef123456','client_secret':42}}"))
            << RP::WrongType << QStringLiteral("oauth_client.client_secret");
        QTest::newRow("oauth_client is a string")
            << QByteArray(json("{'oauth_client':'x'}")) << RP::WrongType << QStringLiteral("oauth_client");
        QTest::newRow("no oauth_client")
            << QByteArray(json("{}")) << RP::MissingField << QStringLiteral("oauth_client");
        QTest::newRow("array") << QByteArray(json("[{'oauth_client':{}}]")) << RP::WrongShape << QString();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << RP::NotJson
                              << QString();
        QTest::newRow("empty") << QByteArray() << RP::NotJson << QString();
        QTest::newRow("cut off") << QByteArray("{\"oauth_client\":{\"client_id\":\"abc") << RP::NotJson
                                 << QString();
        QTest::newRow("two trailing commas still broken")
            << QByteArray(json("{'a':1,,}")) << RP::NotJson << QString();
    }
    void applicationCredentials()
    {
        QFETCH(QByteArray, body);
        QFETCH(ApiError::ResponseProblem, problem);
        QFETCH(QString, field);
        Problem p;
        const auto result = ResponseParser::applicationCredentials(body, &p);
        QCOMPARE(p.kind, problem);
        QCOMPARE(p.field, field);
        QCOMPARE(result.has_value(), problem == RP::None);
        if (result) {
            QCOMPARE(result->clientId, QStringLiteral("abcdef123456"));
            QCOMPARE(result->clientSecret, QStringLiteral("s3cr3t1v3"));
        }
    }

    void trailingCommasInsideStringsAreKept()
    {
        // The repair must never change a value: ",}" inside a string stays as it is.
        const QByteArray body = json("{'oauth_client':{'client_id':'a,}','client_secret':'b\\',]',},}");
        Problem p;
        const auto result = ResponseParser::applicationCredentials(body, &p);
        QVERIFY(result.has_value());
        QCOMPARE(result->clientId, QStringLiteral("a,}"));
        QCOMPARE(result->clientSecret, QStringLiteral("b\",]"));
        QCOMPARE(ResponseParser::withoutTrailingCommas("[1, 2 ,\n ]"), QByteArray("[1, 2 \n ]"));
        QCOMPARE(
            ResponseParser::withoutTrailingCommas(json("{'a':'\\\\',}")), QByteArray(json("{'a':'\\\\'}")));
    }

    void calendarCredentials_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::ResponseProblem>("problem");
        QTest::addColumn<QString>("field");
        const QByteArray docs = json(
            "{'token_type':'bearer','access_token':'0123456789abcdef0123456789abcdef',"
            "'expires_in':3600,'refresh_token':'fedcba9876543210fedcba9876543210','scope':'read_write',"
            "'application_calendar_id':'my-unique-string','sub':'apc_64b17fbb8090ea21640c9152',"
            "'linking_profile':{'provider_name':'cronofy','profile_id':'pro_n23kjnwrw2','profile_name':'"
            "n23kjnwrw2'}}");
        QTest::newRow("docs") << docs << RP::None << QString();
        QTest::newRow("no linking_profile, extra keys") << QByteArray(
            json("{'access_token':'a','refresh_token':'r','sub':'apc_1','expires_in':3600,'new':{'x':1}}"))
                                                        << RP::None << QString();
        QTest::newRow("Node fixture has no sub") << QByteArray(json(
            "{'access_token':'0000-8iQY7N8CkeO_000000000','token_type':'bearer','expires_in':1800,"
            "'refresh_token':'0000000000000000-zHFvHoMDWYOS','scope':'read_write',"
            "'application_calendar_id':'apc_5a5f2cbee0cf2442bb000008',"
            "'linking_profile':{'provider_name':'cronofy','profile_id':'pro_5a5f2cbee0cf2442bb000001'}}"))
                                                 << RP::MissingField << QStringLiteral("sub");
        QTest::newRow("no access token") << QByteArray(json("{'refresh_token':'r','sub':'apc_1'}"))
                                         << RP::MissingField << QStringLiteral("access_token");
        QTest::newRow("expires_in as string")
            << QByteArray(json("{'access_token':'a','refresh_token':'r','sub':'apc_1','expires_in':'3600'}"))
            << RP::WrongType << QStringLiteral("expires_in");
        QTest::newRow("expires_in fraction")
            << QByteArray(json("{'access_token':'a','refresh_token':'r','sub':'apc_1','expires_in':1.5}"))
            << RP::WrongType << QStringLiteral("expires_in");
        QTest::newRow("expires_in huge")
            << QByteArray(json("{'access_token':'a','refresh_token':'r','sub':'apc_1','expires_in':1e300}"))
            << RP::WrongType << QStringLiteral("expires_in");
        QTest::newRow("expires_in negative")
            << QByteArray(json("{'access_token':'a','refresh_token':'r','sub':'apc_1','expires_in':-5}"))
            << RP::WrongType << QStringLiteral("expires_in");
        QTest::newRow("sub as number") << QByteArray(json("{'access_token':'a','refresh_token':'r','sub':7}"))
                                       << RP::WrongType << QStringLiteral("sub");
        QTest::newRow("linking_profile wrong inner type") << QByteArray(json(
            "{'access_token':'a','refresh_token':'r','sub':'apc_1','linking_profile':{'profile_id':[]}}"))
                                                          << RP::WrongType
                                                          << QStringLiteral("linking_profile.profile_id");
    }
    void calendarCredentials()
    {
        QFETCH(QByteArray, body);
        QFETCH(ApiError::ResponseProblem, problem);
        QFETCH(QString, field);
        Problem p;
        const auto result = ResponseParser::calendarCredentials(body, &p);
        QCOMPARE(p.kind, problem);
        QCOMPARE(p.field, field);
        QCOMPARE(result.has_value(), problem == RP::None);
    }

    void calendarCredentialsValues()
    {
        Problem p;
        const auto r = ResponseParser::calendarCredentials(
            json("{'token_type':'bearer','access_token':'A','expires_in':3600,'refresh_token':'R','scope':'"
                 "read_write',"
                 "'application_calendar_id':'my-id','sub':'apc_1',"
                 "'linking_profile':{'provider_name':'cronofy','profile_id':'pro_1','profile_name':'n'}}"),
            &p);
        QVERIFY(r);
        QCOMPARE(r->tokenType, QStringLiteral("bearer"));
        QCOMPARE(r->accessToken, QStringLiteral("A"));
        QCOMPARE(r->refreshToken, QStringLiteral("R"));
        QCOMPARE(r->expiresIn, 3600);
        QCOMPARE(r->scope, QStringLiteral("read_write"));
        QCOMPARE(r->applicationCalendarId, QStringLiteral("my-id"));
        QCOMPARE(r->sub, QStringLiteral("apc_1"));
        QCOMPARE(r->profile.providerName, QStringLiteral("cronofy"));
        QCOMPARE(r->profile.profileId, QStringLiteral("pro_1"));
        QCOMPARE(r->profile.profileName, QStringLiteral("n"));
    }

    void tokenRefresh()
    {
        Problem p;
        // Node fixture
        const auto r = ResponseParser::tokenRefresh(
            json("{'token_type':'bearer','access_token':'090jsadkasdkjnasda','expires_in':3600,"
                 "'refresh_token':'894576984569kasbdkasbd','scope':'create_event'}"),
            &p);
        QVERIFY(r);
        QCOMPARE(r->accessToken, QStringLiteral("090jsadkasdkjnasda"));
        QCOMPARE(r->refreshToken, QStringLiteral("894576984569kasbdkasbd"));
        QCOMPARE(r->expiresIn, 3600);
        QCOMPARE(r->scope, QStringLiteral("create_event"));

        Problem missing;
        QVERIFY(!ResponseParser::tokenRefresh(json("{'access_token':'a'}"), &missing));
        QCOMPARE(missing.kind, RP::MissingField);
        QCOMPARE(missing.field, QStringLiteral("refresh_token"));

        Problem wrong;
        QVERIFY(!ResponseParser::tokenRefresh(
            json("{'access_token':'a','refresh_token':'r','token_type':1}"), &wrong));
        QCOMPARE(wrong.kind, RP::WrongType);
        QCOMPARE(wrong.field, QStringLiteral("token_type"));
    }

    void userInfo()
    {
        Problem p;
        const auto r = ResponseParser::userInfo(
            json("{'sub':'apc_1','email':null,'name':'Cal','zoneinfo':'Europe/London',"
                 "'cronofy.type':'application_calendar',"
                 "'cronofy.data':{'authorization':{'scope':'read_write','status':'active'},"
                 "'profiles':[{'provider_name':'cronofy','provider_service':'cronofy','profile_id':'pro_1',"
                 "'profile_name':'n','profile_connected':true,'profile_calendars':[]},"
                 "{'provider_name':'google','profile_id':'pro_2','profile_connected':false}]}}"),
            &p);
        QVERIFY2(r, qPrintable(p.field));
        QCOMPARE(r->sub, QStringLiteral("apc_1"));
        QCOMPARE(r->type, QStringLiteral("application_calendar"));
        QVERIFY(r->email.isEmpty());
        QCOMPARE(r->name, QStringLiteral("Cal"));
        QCOMPARE(r->authorizationStatus, QStringLiteral("active"));
        QCOMPARE(r->scope, QStringLiteral("read_write"));
        QCOMPARE(r->profiles.size(), 2);
        QCOMPARE(r->profiles.at(1).providerName, QStringLiteral("google"));
        QCOMPARE(r->profilesConnected, 1);

        Problem bad;
        QVERIFY(!ResponseParser::userInfo(json("{'sub':'apc_1','cronofy.data':{'profiles':[{'profile_"
                                               "connected':true},{'profile_connected':'yes'}]}}"),
            &bad));
        QCOMPARE(bad.kind, RP::WrongType);
        QCOMPARE(bad.field, QStringLiteral("cronofy.data.profiles[1].profile_connected"));

        Problem notObject;
        QVERIFY(
            !ResponseParser::userInfo(json("{'sub':'apc_1','cronofy.data':{'profiles':[3]}}"), &notObject));
        QCOMPARE(notObject.field, QStringLiteral("cronofy.data.profiles[0]"));

        Problem noSub;
        QVERIFY(!ResponseParser::userInfo(json("{'email':'a@b.c'}"), &noSub));
        QCOMPARE(noSub.kind, RP::MissingField);
        QCOMPARE(noSub.field, QStringLiteral("sub"));
    }

    void calendars()
    {
        Problem p;
        const auto r = ResponseParser::calendars(
            json("{'sub':'acc_5700a00eb0ccd07000000000','calendars':[{'provider_name':'google','profile_id':'"
                 "pro_n23kjnwrw2',"
                 "'profile_name':'example@cronofy.com','calendar_id':'cal_n23kjnwrw2_jsdfjksn234','calendar_"
                 "name':'Home',"
                 "'calendar_readonly':false,'calendar_deleted':false,'calendar_primary':true,"
                 "'calendar_integrated_conferencing_available':true,'calendar_attachments_available':false,"
                 "'permission_level':'sandbox'},{'calendar_id':'cal_2','calendar_readonly':true}]}"),
            &p);
        QVERIFY(r);
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).calendarId, QStringLiteral("cal_n23kjnwrw2_jsdfjksn234"));
        QCOMPARE(r->at(0).calendarName, QStringLiteral("Home"));
        QCOMPARE(r->at(0).providerName, QStringLiteral("google"));
        QCOMPARE(r->at(0).profileId, QStringLiteral("pro_n23kjnwrw2"));
        QCOMPARE(r->at(0).profileName, QStringLiteral("example@cronofy.com"));
        QVERIFY(r->at(0).primary);
        QVERIFY(!r->at(0).readOnly);
        QVERIFY(r->at(1).readOnly);

        Problem empty;
        const auto none = ResponseParser::calendars(json("{'calendars':[]}"), &empty);
        QVERIFY(none && none->isEmpty());

        Problem missing;
        QVERIFY(!ResponseParser::calendars(json("{'sub':'x'}"), &missing));
        QCOMPARE(missing.field, QStringLiteral("calendars"));
        Problem notArray;
        QVERIFY(!ResponseParser::calendars(json("{'calendars':{}}"), &notArray));
        QCOMPARE(notArray.kind, RP::WrongType);
        Problem noId;
        QVERIFY(!ResponseParser::calendars(
            json("{'calendars':[{'calendar_id':'a'},{'calendar_name':'b'}]}"), &noId));
        QCOMPARE(noId.field, QStringLiteral("calendars[1].calendar_id"));
        Problem boolAsString;
        QVERIFY(!ResponseParser::calendars(
            json("{'calendars':[{'calendar_id':'a','calendar_primary':'true'}]}"), &boolAsString));
        QCOMPARE(boolAsString.field, QStringLiteral("calendars[0].calendar_primary"));
    }

    void emptyOrJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("white space") << QByteArray(" \r\n") << true;
        QTest::newRow("{}") << QByteArray("{}") << true;
        QTest::newRow("array") << QByteArray("[]") << true;
        QTest::newRow("html") << QByteArray("<html></html>") << false;
        QTest::newRow("broken") << QByteArray("{\"a\":") << false;
    }
    void emptyOrJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        Problem p;
        QCOMPARE(ResponseParser::emptyOrJson(body, &p), ok);
        QCOMPARE(p.kind, ok ? RP::None : RP::NotJson);
    }

    void errorBody()
    {
        // Canonical docs example (also Ruby's and PHP's fixture).
        auto e = ResponseParser::errorBody(
            json("{'errors':{'event_id':[{'key':'errors.required','description':'required'}]}}"));
        QCOMPARE(e.fieldErrors.size(), 1);
        QCOMPARE(e.fieldErrors.value(QStringLiteral("event_id")), QStringList {QStringLiteral("required")});
        QVERIFY(e.oauthError.isEmpty());

        e = ResponseParser::errorBody(
            json("{'errors':{'name':[{'key':'errors.required','description':'required'}],"
                 "'url':[{'key':'errors.invalid_url'},{'description':'too long'},'plain "
                 "text',7,{'description':'  '}],"
                 "'empty':[]},}"));
        QCOMPARE(e.fieldErrors.size(), 2);
        QCOMPARE(e.fieldErrors.value(QStringLiteral("url")),
            (QStringList {QStringLiteral("errors.invalid_url"), QStringLiteral("too long"),
                QStringLiteral("plain text")}));
        QVERIFY(!e.fieldErrors.contains(QStringLiteral("empty")));

        e = ResponseParser::errorBody(json("{'error':'invalid_grant'}"));
        QCOMPARE(e.oauthError, QStringLiteral("invalid_grant"));
        QVERIFY(e.fieldErrors.isEmpty());

        for (const QByteArray &junk : {QByteArray(), QByteArray("<html>502</html>"), QByteArray("[1]"),
                 QByteArray(json("{'errors':'x','error':5}")), QByteArray(json("{'errors':[1]}"))}) {
            e = ResponseParser::errorBody(junk);
            QVERIFY(e.fieldErrors.isEmpty());
            QVERIFY(e.oauthError.isEmpty());
        }
    }

    void errorBodyIsBounded()
    {
        QByteArray body = "{\"errors\":{";
        for (int i = 0; i < 500; ++i)
            body += "\"f" + QByteArray::number(i) + "\":[\"" + QByteArray(1000, 'x') + "\"],";
        body += "\"last\":[]}}";
        const auto e = ResponseParser::errorBody(body);
        QCOMPARE(e.fieldErrors.size(), 50);
        for (const QStringList &messages : e.fieldErrors)
            QVERIFY(messages.first().size() <= 300);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: nullopt
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("120") << QByteArray("120") << 120;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("capped at a day") << QByteArray("999999") << 86400;
        QTest::newRow("huge number capped") << QByteArray("99999999999999999999999999") << 86400;
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        // now = 2026-11-23 10:00:00 UTC (a Monday)
        QTest::newRow("IMF-fixdate") << QByteArray("Mon, 23 Nov 2026 10:00:30 GMT") << 30;
        QTest::newRow("RFC 850") << QByteArray("Monday, 23-Nov-26 10:01:00 GMT") << 60;
        QTest::newRow("asctime") << QByteArray("Mon Nov 23 10:00:07 2026") << 7;
        QTest::newRow("asctime one-digit day, capped") << QByteArray("Tue Dec  1 10:00:00 2026") << 86400;
        QTest::newRow("in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0;
        QTest::newRow("invalid date") << QByteArray("Mon, 31 Feb 2026 10:00:00 GMT") << -1;
        QTest::newRow("invalid time") << QByteArray("Mon, 23 Nov 2026 25:00:00 GMT") << -1;
        QTest::newRow("not GMT") << QByteArray("Mon, 23 Nov 2026 10:00:30 PST") << -1;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
        const auto r = ResponseParser::retryAfter(value, now);
        QCOMPARE(r.has_value(), seconds >= 0);
        if (r)
            QCOMPARE(r->count(), seconds);
    }

    void excerpt()
    {
        const QString text = ResponseParser::excerpt(QByteArray("ok\x01\x1b[31m\nline\t2"));
        QCOMPARE(text, QStringLiteral("ok  [31m\nline\t2"));
        const QString cut = ResponseParser::excerpt(QByteArray(5000, 'a'));
        QCOMPARE(cut.size(), 2049);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        // A multibyte character cut in half becomes a replacement character, not garbage.
        const QString half = ResponseParser::excerpt(QByteArray("\xc3\xa9\xc3\xa9"), 3);
        QVERIFY(half.startsWith(QChar(0xe9)));
    }
};

QTEST_GUILESS_MAIN(TstResponseParser)
#include "tst_responseparser.moc"
