// cronofyctl end to end: the real binary, in a private keyring, against a real sandbox. Admin key from stdin,
// create, list, provision (ids and CSV), list as CSV/JSON, verify, revoke; the exit codes of usage errors
// (1), API errors (2), a failing keychain (3) and a partly failed bulk run (4); bad input
// never reaches the network; no secret ends up on disk.
#include "CtlRunner.h"
#include "PlaintextScan.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kAdminKey = QStringLiteral("cli-test-admin-key-7c1f0e2a9b");
// A second organizational unit's key in the same data center (the sandbox accepts both).
const QString kStagingKey = QStringLiteral("cli-test-staging-key-4d8e61b05f");
// A v0.1 key of another data center (a second sandbox).
const QString kOldKey = QStringLiteral("cli-test-v01-key-93aa0c7e21");

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCronofyctl : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox {
        {QStringLiteral("--admin-key"), kAdminKey, QStringLiteral("--admin-key"), kStagingKey}};
    QString m_dc; // the sandbox's base URL, as --data-center takes it
    QString m_clientId; // created by appCreate()
    QString m_clientSecret;
    QMap<QString, QString> m_secrets; // everything that must never reach a file

    qint64 requestCount()
    {
        return static_cast<qint64>(m_sandbox.stats().value(QStringLiteral("requests")).toDouble());
    }

    QJsonArray listCalendarsJson()
    {
        const CtlResult r
            = CtlRunner::run({arg("calendar"), arg("list"), arg("--app"), m_clientId, arg("--json")});
        if (r.exitCode != 0)
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("calendars")).toArray();
    }

    // A field of one calendar of m_clientId, as `calendar list --json` prints it.
    QString calendarValue(const QString &applicationCalendarId, const QString &field)
    {
        for (const QJsonValue &value : listCalendarsJson()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("application_calendar_id")).toString() == applicationCalendarId)
                return c.value(field).toString();
        }
        return {};
    }

    // The accounts as `account list --json` prints them, by name.
    QMap<QString, QJsonObject> accounts()
    {
        const CtlResult r = CtlRunner::run({arg("account"), arg("list"), arg("--json")});
        if (r.exitCode != 0)
            return {};
        QMap<QString, QJsonObject> byName;
        const QJsonArray list
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &value : list)
            byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
        return byName;
    }

    // The account each listed application names, by client_id.
    QMap<QString, QString> applicationAccounts()
    {
        const CtlResult r = CtlRunner::run({arg("app"), arg("list"), arg("--json")});
        QMap<QString, QString> byId;
        for (const QJsonValue &value : QJsonDocument::fromJson(r.out).array())
            byId.insert(value.toObject().value(QStringLiteral("client_id")).toString(),
                value.toObject().value(QStringLiteral("account")).toString());
        return byId;
    }

    // A keychain entry of the real keychain; "(not found)" when it is not there.
    QString keychainValue(const QString &entry)
    {
        KeychainSecretStore keychain;
        QString stored;
        bool done = false;
        keychain.read(entry, this, [&](const QString &value, const SecretError &error) {
            stored = error.kind == SecretError::Kind::NotFound ? QStringLiteral("(not found)") : value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return QStringLiteral("(no answer)");
        return stored;
    }

    static QString sha256(const QString &key)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    }

    // The Bearer (as its SHA-256) of the last POST /v1/applications a sandbox saw.
    static QString lastCreateBearer(SandboxProcess &sandbox)
    {
        const QJsonArray requests = sandbox.requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            const QJsonObject request = requests.at(i).toObject();
            if (request.value(QStringLiteral("path")).toString() == QLatin1String("/v1/applications"))
                return request.value(QStringLiteral("bearer_sha256")).toString();
        }
        return {};
    }

    // Creates an application with `--account name`; its client_id, or empty (and a test failure message).
    QString createWithAccount(const QString &account, const QString &name)
    {
        const CtlResult r = CtlRunner::run({arg("app"), arg("create"), arg("--account"), account,
            arg("--name"), name, arg("--url"), arg("https://accounts.example")});
        if (r.exitCode != 0 || r.outLines().size() != 1) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        return r.outLines().constFirst();
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(QFile::exists(CtlRunner::binary()), "CRONOFYCTL_BIN must name the cronofyctl binary");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_dc = m_sandbox.baseUrl().toString();
        m_secrets.insert(QStringLiteral("admin key"), kAdminKey);
        m_secrets.insert(QStringLiteral("staging admin key"), kStagingKey);
        m_secrets.insert(QStringLiteral("v0.1 admin key"), kOldKey);
    }

    void helpDocumentsCommandsAndExitCodes()
    {
        const CtlResult top = CtlRunner::run({arg("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("calendar provision"));
        QVERIFY(top.out.contains("Exit codes"));
        // The table every help text is built from: each command's --help names the command and each of its
        // options, and the overview lists it.
        const CtlResult table = CtlRunner::run({arg("--command-table")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QJsonObject root = QJsonDocument::fromJson(table.out).object();
        const QJsonArray commands = root.value(QStringLiteral("commands")).toArray();
        QVERIFY(commands.size() >= 9);
        QCOMPARE(root.value(QStringLiteral("exit_codes")).toArray().size(), 7);
        for (const QJsonValue &value : commands) {
            const QJsonObject command = value.toObject();
            const QString name = command.value(QStringLiteral("name")).toString();
            QVERIFY2(top.out.contains(QByteArray(name.toUtf8() + ' ')), qPrintable(name));
            const CtlResult r = CtlRunner::run(name.split(QLatin1Char(' ')) + QStringList {arg("--help")});
            QVERIFY2(r.exitCode == 0, qPrintable(name + QLatin1Char(' ') + r.describe()));
            QVERIFY2(r.out.contains(QByteArray("Usage: cronofyctl " + name.toUtf8())), r.out.constData());
            QVERIFY(r.out.contains("4  a bulk run finished but some calendars failed"));
            for (const QJsonValue &option : command.value(QStringLiteral("options")).toArray()) {
                const QByteArray flag
                    = "--" + option.toObject().value(QStringLiteral("name")).toString().toUtf8();
                QVERIFY2(
                    r.out.contains(flag), qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(flag)));
            }
        }
        const CtlResult dataCenters = CtlRunner::run({arg("--complete-values"), arg("data_center")});
        QCOMPARE(dataCenters.outLines(),
            (QStringList {arg("us"), arg("au"), arg("ca"), arg("de"), arg("sg"), arg("uk")}));
        const CtlResult version = CtlRunner::run({arg("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("cronofyctl "));
    }

    void usageErrorsExitWithOneAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // a piece of the sentence on stderr
        const QString longText(10000, QLatin1Char('n'));
        QTest::newRow("no command") << QStringList {} << QByteArray() << QStringLiteral("Usage");
        QTest::newRow("unknown command")
            << QStringList {arg("frobnicate")} << QByteArray() << QStringLiteral("not a cronofyctl command");
        QTest::newRow("unknown option") << QStringList {arg("app"), arg("list"), arg("--colour")}
                                        << QByteArray() << QStringLiteral("--help");
        QTest::newRow("no data center") << QStringList {arg("app"), arg("create"), arg("--name"), arg("A"),
            arg("--url"), arg("https://example.com")}
                                        << QByteArray() << QStringLiteral("--data-center");
        QTest::newRow("bad data center")
            << QStringList {arg("admin-key"), arg("set"), arg("--data-center"), arg("mars")}
            << QByteArray("k") << QStringLiteral("not a data center");
        QTest::newRow("plain http off loopback")
            << QStringList {arg("admin-key"), arg("set"), arg("--data-center"), arg("http://example.com")}
            << QByteArray("k") << QStringLiteral("https");
        QTest::newRow("admin key on the command line")
            << QStringList {arg("admin-key"), arg("set"), arg("--data-center"), m_dc, kAdminKey}
            << QByteArray() << QStringLiteral("standard input");
        QTest::newRow("admin key empty stdin")
            << QStringList {arg("admin-key"), arg("set"), arg("--data-center"), m_dc} << QByteArray()
            << QStringLiteral("empty");
        QTest::newRow("admin key with a control character")
            << QStringList {arg("admin-key"), arg("set"), arg("--data-center"), m_dc}
            << QByteArray("abc\x01"
                          "def\n")
            << QStringLiteral("invisible");
        const QStringList create {arg("app"), arg("create"), arg("--data-center"), m_dc};
        QTest::newRow("empty name") << create
                + QStringList {arg("--name"), QString(), arg("--url"), arg("https://a.example")}
                                    << QByteArray() << QStringLiteral("Enter a name");
        QTest::newRow("whitespace name")
            << create + QStringList {arg("--name"), arg("   "), arg("--url"), arg("https://a.example")}
            << QByteArray() << QStringLiteral("Enter a name");
        QTest::newRow("10000-character name")
            << create + QStringList {arg("--name"), longText, arg("--url"), arg("https://a.example")}
            << QByteArray() << QStringLiteral("too long");
        QTest::newRow("control character in name") << create
                + QStringList {arg("--name"), QStringLiteral("Bad\u0007Name"), arg("--url"),
                    arg("https://a.example")} << QByteArray()
                                                   << QStringLiteral("control characters");
        QTest::newRow("url without scheme")
            << create + QStringList {arg("--name"), arg("Shop"), arg("--url"), arg("example.com")}
            << QByteArray() << QStringLiteral("https://");
        QTest::newRow("provision without ids")
            << QStringList {arg("calendar"), arg("provision"), arg("--app"), arg("x")} << QByteArray()
            << QStringLiteral("--csv");
        QTest::newRow("provision bad rate") << QStringList {arg("calendar"), arg("provision"), arg("--app"),
            arg("x"), arg("--rate"), arg("fast"), arg("a")}
                                            << QByteArray() << QStringLiteral("--rate");
        QTest::newRow("provision 10000-character id")
            << QStringList {arg("calendar"), arg("provision"), arg("--app"), arg("x"), arg("ok"), longText}
            << QByteArray() << QStringLiteral("argument 2");
        QTest::newRow("provision unknown app")
            << QStringList {arg("calendar"), arg("provision"), arg("--app"), arg("no-such-app"), arg("a")}
            << QByteArray() << QStringLiteral("not in the list");
        QTest::newRow("revoke without subs") << QStringList {arg("calendar"), arg("revoke"), arg("--app"),
            arg("x")} << QByteArray() << QStringLiteral("sub");
        QTest::newRow("provision dry run with refresh") << QStringList {arg("calendar"), arg("provision"),
            arg("--app"), arg("x"), arg("--dry-run"), arg("--refresh"),
            arg("a")} << QByteArray() << QStringLiteral("--dry-run or --refresh");
        QTest::newRow("list unknown status") << QStringList {arg("calendar"), arg("list"), arg("--status"),
            arg("paused")} << QByteArray() << QStringLiteral("active, revoked or failed");
        QTest::newRow("tokens without an id") << QStringList {arg("calendar"), arg("tokens"), arg("--app"),
            arg("x")} << QByteArray() << QStringLiteral("exactly one calendar ID");
        QTest::newRow("verify without redirect uri") << QStringList {arg("app"), arg("verify"), arg("--app"),
            arg("x"), arg("--contact-email"), arg("a@example.com")}
                                                     << QByteArray() << QStringLiteral("--redirect-uri");
        QTest::newRow("verify without contact") << QStringList {arg("app"), arg("verify"), arg("--app"),
            arg("x"), arg("--redirect-uri"), arg("https://example.com/cb")}
                                                << QByteArray() << QStringLiteral("--contact-email");
        QTest::newRow("verify bad email") << QStringList {arg("app"), arg("verify"), arg("--app"), arg("x"),
            arg("--redirect-uri"), arg("https://example.com/cb"), arg("--contact-email"), arg("nope")}
                                          << QByteArray() << QStringLiteral("not an email address");
        QTest::newRow("verify ftp redirect")
            << QStringList {arg("app"), arg("verify"), arg("--app"), arg("x"), arg("--redirect-uri"),
                   arg("ftp://example.com/cb"), arg("--contact-email"), arg("a@example.com")}
            << QByteArray() << QStringLiteral("https://");
        QTest::newRow("log since not a date") << QStringList {arg("log"), arg("--since"), arg("last tuesday")}
                                              << QByteArray() << QStringLiteral("--since takes a date");
        QTest::newRow("log json and csv") << QStringList {arg("log"), arg("--json"), arg("--csv")}
                                          << QByteArray() << QStringLiteral("either");
        QTest::newRow("missing csv file") << QStringList {arg("calendar"), arg("provision"), arg("--app"),
            arg("x"), arg("--csv"), arg("/nonexistent/ids.csv")}
                                          << QByteArray() << QStringLiteral("no file");
    }

    void usageErrorsExitWithOneAndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const qint64 before = requestCount();
        const CtlResult r = CtlRunner::run(args, input);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(kAdminKey.toUtf8()));
        QCOMPARE(requestCount(), before);
    }

    void adminKeyIsReadFromStdin()
    {
        // A wrong key first: it is stored (a keychain cannot know), and the create call is refused: exit 2.
        CtlResult r
            = CtlRunner::run({arg("admin-key"), arg("set"), arg("--data-center"), m_dc}, "wrong-admin-key\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
            arg("Refused"), arg("--url"), arg("https://example.com")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("admin API key"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // One trailing newline is removed; the key is stored in the keychain under its documented name.
        r = CtlRunner::run(
            {arg("admin-key"), arg("set"), arg("--data-center"), m_dc}, kAdminKey.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains(kAdminKey.toUtf8()));
        KeychainSecretStore keychain;
        QString stored;
        bool done = false;
        keychain.read(SecretKeys::adminApiKey(m_sandbox.dataCenter()), this,
            [&](const QString &value, const SecretError &) {
                stored = value;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(stored, kAdminKey);
    }

    void appCreatePrintsTheClientId()
    {
        CtlResult r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
            arg("Acme Rooms"), arg("--url"), arg("https://acme.example"), arg("--show-secret")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), 2);
        m_clientId = lines.at(0);
        m_clientSecret = lines.at(1);
        QVERIFY(!m_clientId.isEmpty());
        QVERIFY(m_clientSecret.size() >= 16);
        m_secrets.insert(QStringLiteral("client secret"), m_clientSecret);

        // Without --show-secret only the client_id.
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
            arg("Second"), arg("--url"), arg("https://second.example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outLines().size(), 1);

        r = CtlRunner::run({arg("app"), arg("list"), arg("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray apps = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(apps.size(), 2);
        bool found = false;
        for (const QJsonValue &value : apps) {
            const QJsonObject app = value.toObject();
            if (app.value(QStringLiteral("client_id")).toString() != m_clientId)
                continue;
            found = true;
            QCOMPARE(app.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Rooms"));
            QCOMPARE(
                app.value(QStringLiteral("data_center")).toString(), m_sandbox.dataCenter().storageKey());
            QCOMPARE(app.value(QStringLiteral("secret_stored")).toBool(), true);
        }
        QVERIFY(found);
        QVERIFY(!r.out.contains(m_clientSecret.toUtf8()));
        r = CtlRunner::run({arg("app"), arg("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(m_clientId.toUtf8()));
        QVERIFY(r.out.contains("Acme Rooms"));

        // What a shell completion of --app offers: the client_ids of the list, nothing else.
        r = CtlRunner::run({arg("--complete-values"), arg("client_id")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        QVERIFY(r.outLines().contains(m_clientId));
        QVERIFY(r.err.isEmpty());
    }

    void provisionIdsAndCsv()
    {
        CtlResult r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId,
            arg("room-a"), arg("room-b"), arg("room-c"), arg("room-a")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("argument 4"), r.err.constData()); // the duplicate, reported and provisioned once
        QVERIFY2(r.out.contains("Provisioned 3"), r.out.constData());

        const QString csvPath = TestEnvironment::home() + QStringLiteral("/rooms.csv");
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,application_calendar_id\r\n");
        for (int i = 1; i <= 20; ++i)
            csv.write(QStringLiteral("Room %1,csv-room-%1\r\n").arg(i).toUtf8());
        csv.write("Room A again,room-a\r\n"); // already provisioned: skipped
        csv.close();
        r = CtlRunner::run(
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--csv"), csvPath,
                arg("--concurrency"), arg("8"), arg("--rate"), arg("50/s"), arg("--per-minute"), arg("500")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Provisioned 20"), r.out.constData());
        QVERIFY2(r.out.contains("1 were already provisioned") || r.out.contains("already provisioned"),
            r.out.constData());

        // Non-terminal output stays line-oriented: no carriage returns or escape sequences.
        QVERIFY(!r.err.contains('\r'));
        QVERIFY(!r.err.contains('\x1b'));

        const QJsonArray calendars = listCalendarsJson();
        QCOMPARE(calendars.size(), 23);

        r = CtlRunner::run({arg("calendar"), arg("list"), arg("--app"), m_clientId, arg("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 24); // header + 23
        QVERIFY(rows.constFirst().contains("application_calendar_id"));
        QVERIFY(r.out.contains("csv-room-20"));
        QVERIFY(r.out.contains("active"));

        // A CSV with an invalid id: reported with its line, nothing sent.
        QFile bad(TestEnvironment::home() + QStringLiteral("/bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("application_calendar_id\nfine-1\n" + QByteArray(300, 'x') + "\nfine-2\n");
        bad.close();
        const qint64 before = requestCount();
        r = CtlRunner::run(
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--csv"), bad.fileName()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("line 3"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was sent"));
        QCOMPARE(requestCount(), before);
    }

    void terminalShowsALiveProgressLine()
    {
        // script(1) runs cronofyctl on a pseudo-terminal, as a person at a shell would.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) from util-linux is needed to give cronofyctl a terminal");
        QStringList command {CtlRunner::binary(), arg("calendar"), arg("provision"), arg("--app"), m_clientId,
            arg("--rate"), arg("20/s"), arg("--concurrency"), arg("2")};
        for (int i = 1; i <= 40; ++i)
            command.append(QStringLiteral("tty-%1").arg(i));
        for (QString &word : command)
            word = QLatin1Char('\'') + word + QLatin1Char('\'');
        QProcess process;
        QProcessEnvironment env = CtlRunner::environment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cronofy.*=false"));
        process.setProcessEnvironment(env);
        process.start(script, {arg("-qec"), command.join(QLatin1Char(' ')), arg("/dev/null")});
        QVERIFY(process.waitForStarted(10000));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QByteArray text = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, text.constData());
        // The line is redrawn in place (carriage return + erase line), with counts, rate and time left...
        QVERIFY2(text.count("\r\x1b[2K") >= 2, text.constData());
        QVERIFY2(text.contains(" done, 0 failed, "), text.constData());
        QVERIFY2(text.contains(" per second"), text.constData());
        // ...and the summary comes at the end, on its own line.
        QVERIFY2(text.contains("Provisioned 40 calendar"), text.constData());
        QVERIFY(text.lastIndexOf("Provisioned 40") > text.lastIndexOf("\r\x1b[2K"));
    }

    void verifyAndRevoke()
    {
        CtlResult r
            = CtlRunner::run({arg("calendar"), arg("verify"), arg("--app"), m_clientId, arg("room-b")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Healthy"), r.out.constData());
        QVERIFY(r.out.contains("apc_"));

        QString sub;
        for (const QJsonValue &value : listCalendarsJson()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("application_calendar_id")).toString() == QLatin1String("room-c"))
                sub = c.value(QStringLiteral("sub")).toString();
        }
        QVERIFY(sub.startsWith(QLatin1String("apc_")));
        r = CtlRunner::run({arg("calendar"), arg("revoke"), arg("--app"), m_clientId, sub});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(sub.toUtf8()));
        bool revokedHere = false;
        for (const QJsonValue &value : listCalendarsJson()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("sub")).toString() == sub)
                revokedHere = c.value(QStringLiteral("status")).toString() == QLatin1String("revoked");
        }
        QVERIFY(revokedHere);
        bool revokedThere = false;
        for (const QJsonValue &value : m_sandbox.calendars(m_clientId)) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("sub")).toString() == sub)
                revokedThere = c.value(QStringLiteral("status")).toString() == QLatin1String("revoked");
        }
        QVERIFY(revokedThere);

        // An unknown sub is Cronofy's business: an API error, exit 2 (revoking is idempotent for known ones).
        r = CtlRunner::run({arg("calendar"), arg("verify"), arg("--app"), m_clientId, QString()});
        QCOMPARE(r.exitCode, 1);
    }

    // room-c was revoked above: provisioning it again needs --include-revoked, and without it the command
    // says how many it skipped and which.
    void provisionSkipsRevokedUnlessIncluded()
    {
        const qint64 before = requestCount();
        CtlResult r = CtlRunner::run(
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("room-c"), arg("room-d")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Provisioned 1 calendar"), r.out.constData());
        QVERIFY2(r.out.contains("1 revoked calendar skipped"), r.out.constData());
        QVERIFY2(r.out.contains("\"room-c\""), r.out.constData());
        QVERIFY2(r.out.contains("--include-revoked"), r.out.constData());
        QCOMPARE(requestCount() - before, 1); // room-d only
        const auto statusOf
            = [this](const QString &id) { return calendarValue(id, QStringLiteral("status")); };
        QCOMPARE(statusOf(QStringLiteral("room-c")), QStringLiteral("revoked"));

        r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId,
            arg("--include-revoked"), arg("room-c"), arg("room-d")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Provisioned 1 calendar"), r.out.constData());
        QVERIFY2(!r.out.contains("revoked"), r.out.constData());
        QCOMPARE(statusOf(QStringLiteral("room-c")), QStringLiteral("active"));
    }

    // --dry-run names each calendar's fate and sends nothing; --status lists one status; a revoke of more
    // than 10 needs --yes off a terminal.
    void dryRunsStatusAndLargeRevokes()
    {
        const auto subOf = [this](const QString &id) { return calendarValue(id, QStringLiteral("sub")); };
        const QString subA = subOf(QStringLiteral("room-a"));
        const QString subD = subOf(QStringLiteral("room-d"));
        QVERIFY(subA.startsWith(QLatin1String("apc_")) && subD.startsWith(QLatin1String("apc_")));
        CtlResult r = CtlRunner::run({arg("calendar"), arg("revoke"), arg("--app"), m_clientId, subD});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const qint64 before = requestCount();
        // A new id, one provisioned, one revoked, a duplicate and an invalid one: each named in its group.
        r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--dry-run"),
            arg("room-new"), arg("room-a"), arg("room-d"), arg("room-a"), QString(300, QLatin1Char('x'))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // a run would refuse the invalid id
        const QString plan = QString::fromUtf8(r.out);
        QVERIFY2(plan.startsWith(QLatin1String("Dry run: nothing was sent.")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("Would be provisioned (1):\n  room-new\n")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("Already provisioned, skipped (1); --refresh provisions them "
                                             "again:\n  room-a\n")),
            qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("Revoked, skipped (1); --include-revoked provisions them "
                                             "again:\n  room-d\n")),
            qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("Duplicates, provisioned once (1):\n  argument 4: \"room-a\"")),
            qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("Invalid (1):\n  argument 5: \"xxx")), qPrintable(plan));
        r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("--dry-run"),
            arg("--include-revoked"), arg("room-new"), arg("room-d")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Revoked, would be provisioned again (1):\n  room-d\n"), r.out.constData());

        r = CtlRunner::run({arg("calendar"), arg("revoke"), arg("--app"), m_clientId, arg("--dry-run"), subA,
            subD, arg("apc_notinthelist0001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Would be revoked (1):\n  %1 (room-a)\n").arg(subA).toUtf8()),
            r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Already revoked (1); Cronofy would be asked again:\n  %1 "
                                               "(room-d)\n")
                                    .arg(subD)
                                    .toUtf8()),
            r.out.constData());
        QVERIFY2(r.out.contains("Not in the list (1); Cronofy would be asked to revoke them:\n  "
                                "apc_notinthelist0001\n"),
            r.out.constData());

        // 11 subs, not on a terminal, without --yes: refused before anything is sent.
        QStringList many {arg("calendar"), arg("revoke"), arg("--app"), m_clientId, subA};
        for (int i = 1; i <= 10; ++i)
            many.append(QStringLiteral("apc_notinthelist%1").arg(i, 4, 10, QLatin1Char('0')));
        r = CtlRunner::run(many);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Revoking 11 calendars at once needs --yes"), r.err.constData());
        QCOMPARE(requestCount(), before);
        // On a terminal (script(1) gives it one) the count is asked for; another answer revokes nothing.
        if (!QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
            QStringList quoted {CtlRunner::binary()};
            for (const QString &a : many)
                quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
            QProcess terminal;
            terminal.setProcessEnvironment(CtlRunner::environment());
            terminal.start(QStringLiteral("script"),
                {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
            QVERIFY(terminal.waitForStarted());
            terminal.write("5\n");
            terminal.closeWriteChannel();
            QVERIFY(terminal.waitForFinished(30000));
            const QByteArray shown = terminal.readAll();
            QCOMPARE(terminal.exitCode(), 1);
            QVERIFY2(
                shown.contains("Type 11 to revoke 11 calendars") && shown.contains("Nothing was revoked."),
                shown.constData());
            QCOMPARE(requestCount(), before);
        }
        QVERIFY(!listCalendarsJson().isEmpty());

        // --status: the revoked one only, then none failed yet.
        r = CtlRunner::run({arg("calendar"), arg("list"), arg("--app"), m_clientId, arg("--status"),
            arg("revoked"), arg("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 2); // header + room-d
        QVERIFY2(rows.at(1).contains("room-d") && rows.at(1).contains("revoked"), r.out.constData());
        r = CtlRunner::run({arg("calendar"), arg("list"), arg("--status"), arg("failed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("No calendars with the status failed."), r.err.constData());
        QCOMPARE(requestCount(), before);

        // With --yes the 11 are sent (revoking is idempotent: the sandbox, as Cronofy, accepts unknown subs).
        many.insert(4, arg("--yes"));
        r = CtlRunner::run(many);
        QVERIFY2(r.out.contains(QStringLiteral("Revoked %1.").arg(subA).toUtf8()), qPrintable(r.describe()));
        QVERIFY(requestCount() > before);
    }

    // Fresh tokens as JSON on stdout only (kept nowhere: noSecretReachedAFile looks for them), and a
    // verification submitted with the application's own client secret.
    void tokensAndVerification()
    {
        CtlResult r
            = CtlRunner::run({arg("calendar"), arg("tokens"), arg("--app"), m_clientId, arg("room-b")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no warning off a terminal
        const QJsonObject tokens = QJsonDocument::fromJson(r.out).object();
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY2(access.size() > 10 && refresh.size() > 10, r.out.constData());
        QCOMPARE(
            tokens.value(QStringLiteral("application_calendar_id")).toString(), QStringLiteral("room-b"));
        QCOMPARE(tokens.value(QStringLiteral("sub")).toString(),
            calendarValue(QStringLiteral("room-b"), QStringLiteral("sub")));
        QVERIFY(tokens.value(QStringLiteral("expires_in")).toInt() > 0);
        m_secrets.insert(QStringLiteral("access token"), access);
        m_secrets.insert(QStringLiteral("refresh token"), refresh);

        r = CtlRunner::run({arg("app"), arg("verify"), arg("--app"), m_clientId, arg("--redirect-uri"),
            arg("https://example.com/auth/callback"), arg("--redirect-uri"), arg("https://example.com/other"),
            arg("--contact-email"), arg("admin@example.com"), arg("--contact-name"), arg("Ada Admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("admin@example.com"), r.out.constData());
        const QJsonObject last = m_sandbox.requests().last().toObject();
        QCOMPARE(
            last.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/application_verification"));
        QCOMPARE(last.value(QStringLiteral("bearer_sha256")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(m_clientSecret.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void apiErrorExitsWithTwo()
    {
        // Importing with a wrong client secret: Cronofy answers 401.
        const CtlResult r = CtlRunner::run({arg("app"), arg("import"), arg("--data-center"), m_dc,
                                               arg("--client-id"), m_clientId + QStringLiteral("-other")},
            "not-the-right-secret\n");
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains("not-the-right-secret"));
    }

    void partlyFailedBulkRunExitsWithFour()
    {
        QVERIFY(m_sandbox.addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("status"), 422}, {QStringLiteral("count"), 1},
                {QStringLiteral("body"),
                    QStringLiteral("{\"errors\":{\"application_calendar_id\":[{\"key\":\"errors.invalid\","
                                   "\"description\":\"is not allowed\"}]}}")}}));
        const CtlResult r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId,
            arg("--concurrency"), arg("1"), arg("part-1"), arg("part-2"), arg("part-3")});
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("failed: part-1"), r.err.constData());
        QVERIFY2(r.out.contains("Provisioned 2"), r.out.constData());
        // The failure is kept in the list, with its sentence.
        bool recorded = false;
        for (const QJsonValue &value : listCalendarsJson()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("application_calendar_id")).toString() == QLatin1String("part-1"))
                recorded = c.value(QStringLiteral("status")).toString() == QLatin1String("failed");
        }
        QVERIFY(recorded);
    }

    void failingKeychainExitsWithThree()
    {
        QProcessEnvironment env = CtlRunner::environment();
        // A session bus that is not there: every keychain call fails.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=%1/run/no-such-bus").arg(TestEnvironment::home()));
        const qint64 before = requestCount();
        CtlResult r = CtlRunner::run(
            {arg("admin-key"), arg("set"), arg("--data-center"), m_dc}, kAdminKey.toUtf8() + "\n", env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains(kAdminKey.toUtf8()));
        // Creating needs the admin key from the keychain: nothing is sent without it.
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
                               arg("Keychain down"), arg("--url"), arg("https://down.example")},
            {}, env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        // Provisioning needs the client secret from the keychain: the run stops with one sentence.
        r = CtlRunner::run(
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("down-1"), arg("down-2")}, {},
            env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(requestCount(), before);
    }

    void importReplacesTheSecretOfAListedApplication()
    {
        // A wrong secret for an application already in the list: Cronofy refuses it, nothing is replaced.
        CtlResult r = CtlRunner::run(
            {arg("app"), arg("import"), arg("--data-center"), m_dc, arg("--client-id"), m_clientId},
            "not-the-right-secret\n");
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(!r.err.contains("not-the-right-secret"));
        r = CtlRunner::run({arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("after-wrong")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The right one (as after a rotation in the dashboard): checked, stored, and used by the next run.
        r = CtlRunner::run(
            {arg("app"), arg("import"), arg("--data-center"), m_dc, arg("--client-id"), m_clientId},
            m_clientSecret.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outLines().value(0), m_clientId);
        QVERIFY2(r.err.contains("already in the list"), r.err.constData());
        r = CtlRunner::run(
            {arg("calendar"), arg("provision"), arg("--app"), m_clientId, arg("after-replace")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Another data center than the list says: a usage error, nothing sent.
        const qint64 before = requestCount();
        r = CtlRunner::run(
            {arg("app"), arg("import"), arg("--data-center"), arg("de"), arg("--client-id"), m_clientId},
            m_clientSecret.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("--data-center"), r.err.constData());
        QCOMPARE(requestCount(), before);
    }

    void adminKeyRemove()
    {
        CtlResult r = CtlRunner::run({arg("admin-key"), arg("remove"), arg("--data-center"), m_dc});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
            arg("No key"), arg("--url"), arg("https://nokey.example")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // nothing to send with: an input problem
        QVERIFY2(r.err.contains("admin-key set") || r.err.contains("admin API key"), r.err.constData());
    }

    // cronofyctl log: every operation of the runs above, newest first, a bulk run's failures under it, the
    // filters, the three formats; and none of them holds a secret or a token, or what was typed as one.
    void logListsFiltersAndExportsWithoutSecrets()
    {
        CtlResult r = CtlRunner::run({arg("log"), arg("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QVERIFY(all.size() > 5);
        // Newest first.
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).toObject().value(QStringLiteral("id")).toInteger()
                > all.at(i).toObject().value(QStringLiteral("id")).toInteger());
        // The partly failed run: one entry with its counts; its failed calendar right after it, tied to it.
        QJsonObject run, failure;
        for (const QJsonValue &value : all) {
            const QJsonObject o = value.toObject();
            if (run.isEmpty()
                && o.value(QStringLiteral("action")).toString() == QLatin1String("bulk-provision")
                && o.value(QStringLiteral("failed_count")).toInt() == 1)
                run = o;
            if (o.value(QStringLiteral("calendar")).toString() == QLatin1String("part-1")
                && !o.value(QStringLiteral("parent_run")).toString().isEmpty())
                failure = o;
        }
        QVERIFY(!run.isEmpty());
        QCOMPARE(run.value(QStringLiteral("succeeded_count")).toInt(), 2);
        QCOMPARE(run.value(QStringLiteral("client_id")).toString(), m_clientId);
        QCOMPARE(run.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(!failure.isEmpty());
        QCOMPARE(failure.value(QStringLiteral("parent_run")), run.value(QStringLiteral("run_id")));
        QCOMPARE(failure.value(QStringLiteral("http_status")).toInt(), 422);
        QVERIFY(!failure.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(failure.value(QStringLiteral("client_id")).toString(), m_clientId);
        // The account is the data center's (one admin key per data center today).
        QCOMPARE(failure.value(QStringLiteral("account")).toString(),
            failure.value(QStringLiteral("data_center")).toString());
        QVERIFY(!failure.value(QStringLiteral("account")).toString().isEmpty());
        // A revoke by sub is on that sub, with its application.
        bool revoked = false;
        for (const QJsonValue &value : all) {
            const QJsonObject o = value.toObject();
            revoked = revoked
                || (o.value(QStringLiteral("action")).toString() == QLatin1String("revoke-calendar")
                    && o.value(QStringLiteral("calendar")).toString().startsWith(u"apc_")
                    && o.value(QStringLiteral("client_id")).toString() == m_clientId);
        }
        QVERIFY(revoked);

        // --failed --app: only that application's failures.
        r = CtlRunner::run({arg("log"), arg("--failed"), arg("--app"), m_clientId, arg("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.outLines();
        QVERIFY(lines.size() >= 3); // the header, the run and part-1
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("id,at,action,client_id,")));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).contains(QStringLiteral(",failed,")), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).contains(m_clientId), qPrintable(lines.at(i)));
        }
        // --since: nothing from the future; everything since a day ago.
        r = CtlRunner::run({arg("log"), arg("--since"), arg("2999-01-01T00:00:00Z"), arg("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = CtlRunner::run({arg("log"), arg("--json"), arg("--since"),
            QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), all.size());

        // The table for people.
        const CtlResult table = CtlRunner::run({arg("log")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(table.out.startsWith("WHEN"));
        QVERIFY(table.out.contains("bulk-provision"));
        QVERIFY(table.out.contains("  provision-calendar"));

        // No secret or token, nor what was typed as one, in any format.
        QMap<QString, QString> never = m_secrets;
        never.insert(QStringLiteral("wrong admin key typed"), QStringLiteral("wrong-admin-key"));
        never.insert(QStringLiteral("wrong secret typed"), QStringLiteral("not-the-right-secret"));
        QVERIFY(never.contains(QStringLiteral("access token")));
        const CtlResult csv = CtlRunner::run({arg("log"), arg("--csv")});
        const CtlResult json = CtlRunner::run({arg("log"), arg("--json")});
        for (const CtlResult *output : {&table, &csv, &json}) {
            for (auto it = never.cbegin(); it != never.cend(); ++it)
                QVERIFY2(
                    !output->out.contains(it.value().toUtf8()) && !output->err.contains(it.value().toUtf8()),
                    qPrintable(it.key()));
        }
    }

    void twoAccountsInOneDataCenterEachUseTheirOwnKey()
    {
        const QString acme = QStringLiteral("Acme — customer");
        CtlResult r
            = CtlRunner::run({arg("account"), arg("add"), arg("--name"), acme, arg("--data-center"), m_dc},
                kAdminKey.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = CtlRunner::run(
            {arg("account"), arg("add"), arg("--name"), arg("Staging"), arg("--data-center"), m_dc},
            kStagingKey.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains(kStagingKey.toUtf8()));

        // Each key in its own documented keychain entry; the list names them and never shows a key.
        QCOMPARE(keychainValue(SecretKeys::accountAdminApiKey(acme)), kAdminKey);
        QCOMPARE(keychainValue(SecretKeys::accountAdminApiKey(QStringLiteral("Staging"))), kStagingKey);
        const QMap<QString, QJsonObject> listed = accounts();
        QVERIFY2(listed.contains(acme) && listed.contains(QStringLiteral("Staging")),
            qPrintable(QStringList(listed.keys()).join(QLatin1Char(','))));
        const QJsonObject staging = listed.value(QStringLiteral("Staging"));
        QCOMPARE(
            staging.value(QStringLiteral("data_center")).toString(), m_sandbox.dataCenter().storageKey());
        QCOMPARE(staging.value(QStringLiteral("has_key")).toBool(), true);
        QCOMPARE(staging.value(QStringLiteral("keychain_entry")).toString(),
            SecretKeys::accountAdminApiKey(QStringLiteral("Staging")));
        r = CtlRunner::run({arg("account"), arg("list")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Staging"), qPrintable(r.describe()));
        QVERIFY(!r.out.contains(kStagingKey.toUtf8()) && !r.out.contains(kAdminKey.toUtf8()));

        // Each application is created with its own account's key: the server saw that Bearer.
        const QString acmeApp = createWithAccount(acme, QStringLiteral("Acme scheduler"));
        QVERIFY(!acmeApp.isEmpty());
        QCOMPARE(lastCreateBearer(m_sandbox), sha256(kAdminKey));
        const QString stagingApp
            = createWithAccount(QStringLiteral("staging"), QStringLiteral("Staging scheduler"));
        QVERIFY(!stagingApp.isEmpty());
        QCOMPARE(lastCreateBearer(m_sandbox), sha256(kStagingKey));
        const QMap<QString, QString> owners = applicationAccounts();
        QCOMPARE(owners.value(acmeApp), acme);
        QCOMPARE(owners.value(stagingApp), QStringLiteral("Staging"));

        // --data-center alone is ambiguous now: a sentence naming the accounts, nothing sent.
        const qint64 before = requestCount();
        r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), m_dc, arg("--name"),
            arg("Which"), arg("--url"), arg("https://which.example")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("say which one") && r.err.contains("Staging"), r.err.constData());
        QCOMPARE(requestCount(), before);
    }

    void accountBadInputsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QString longName(101, QLatin1Char('n'));
        QTest::newRow("create with an unknown account") << QStringList {arg("app"), arg("create"),
            arg("--account"), arg("Nobody"), arg("--name"), arg("A"), arg("--url"),
            arg("https://a.example")} << QByteArray() << QStringLiteral("There is no account named “Nobody”");
        QTest::newRow("create with an account of another data center")
            << QStringList {arg("app"), arg("create"), arg("--account"), arg("Staging"), arg("--data-center"),
                   arg("de"), arg("--name"), arg("A"), arg("--url"), arg("https://a.example")}
            << QByteArray() << QStringLiteral("is in");
        QTest::newRow("add a second account with one name")
            << QStringList {arg("account"), arg("add"), arg("--name"), arg("STAGING"), arg("--data-center"),
                   arg("de")}
            << QByteArray("another-key-0123456789\n") << QStringLiteral("already an account named “Staging”");
        QTest::newRow("add without a name")
            << QStringList {arg("account"), arg("add"), arg("--data-center"), m_dc}
            << QByteArray("k-0123456789\n") << QStringLiteral("--name");
        QTest::newRow("add with an empty name")
            << QStringList {arg("account"), arg("add"), arg("--name"), arg("  "), arg("--data-center"), m_dc}
            << QByteArray("k-0123456789\n") << QStringLiteral("Enter a name for the account");
        QTest::newRow("add with a 101-character name")
            << QStringList {arg("account"), arg("add"), arg("--name"), longName, arg("--data-center"), m_dc}
            << QByteArray("k-0123456789\n") << QStringLiteral("too long");
        QTest::newRow("add without a data center")
            << QStringList {arg("account"), arg("add"), arg("--name"), arg("Fresh")}
            << QByteArray("k-0123456789\n") << QStringLiteral("--data-center");
        QTest::newRow("add with the key on the command line") << QStringList {arg("account"), arg("add"),
            arg("--name"), arg("Fresh"), arg("--data-center"), m_dc,
            kStagingKey} << QByteArray() << QStringLiteral("standard input");
        QTest::newRow("add with an empty key") << QStringList {arg("account"), arg("add"), arg("--name"),
            arg("Fresh"), arg("--data-center"), m_dc}
                                               << QByteArray() << QStringLiteral("empty");
        QTest::newRow("rename an unknown account")
            << QStringList {arg("account"), arg("rename"), arg("Nobody"), arg("Somebody")} << QByteArray()
            << QStringLiteral("There is no account named “Nobody”");
        QTest::newRow("rename onto another account's name")
            << QStringList {arg("account"), arg("rename"), arg("Staging"), arg("acme — customer")}
            << QByteArray() << QStringLiteral("already an account named “Acme — customer”");
        QTest::newRow("rename without the new name") << QStringList {arg("account"), arg("rename"),
            arg("Staging")} << QByteArray() << QStringLiteral("new name");
        QTest::newRow("remove an unknown account") << QStringList {arg("account"), arg("remove"),
            arg("Nobody")} << QByteArray() << QStringLiteral("There is no account named “Nobody”");
        QTest::newRow("replace the key of an unknown account")
            << QStringList {arg("account"), arg("replace-key"), arg("Nobody")} << QByteArray("k-0123456789\n")
            << QStringLiteral("There is no account named “Nobody”");
    }

    void accountBadInputsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const qint64 before = requestCount();
        const QMap<QString, QJsonObject> accountsBefore = accounts();
        const QMap<QString, QString> applicationsBefore = applicationAccounts();
        const CtlResult r = CtlRunner::run(args, input);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(kStagingKey.toUtf8()));
        QCOMPARE(requestCount(), before);
        QCOMPARE(accounts(), accountsBefore);
        QCOMPARE(applicationAccounts(), applicationsBefore);
        QCOMPARE(keychainValue(SecretKeys::accountAdminApiKey(QStringLiteral("Staging"))), kStagingKey);
    }

    void aRefusedKeyNamesItsAccount()
    {
        // A key of another data center is stored (a keychain cannot know) and refused at first use.
        CtlResult r = CtlRunner::run(
            {arg("account"), arg("add"), arg("--name"), arg("Wrong DC"), arg("--data-center"), m_dc},
            "key-of-another-data-center-123\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = CtlRunner::run({arg("app"), arg("create"), arg("--account"), arg("Wrong DC"), arg("--name"),
            arg("Refused"), arg("--url"), arg("https://refused.example")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("refused the admin API key of the account “Wrong DC”"), r.err.constData());
        QVERIFY2(r.err.contains("account replace-key"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // Replaced with the right key, the same account works.
        r = CtlRunner::run({arg("account"), arg("replace-key"), arg("Wrong DC")}, kAdminKey.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!createWithAccount(QStringLiteral("Wrong DC"), QStringLiteral("Accepted")).isEmpty());
        QCOMPARE(lastCreateBearer(m_sandbox), sha256(kAdminKey));
        r = CtlRunner::run({arg("account"), arg("remove"), arg("Wrong DC")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void renameMovesTheKeyAndTheApplications()
    {
        const QString before = SecretKeys::accountAdminApiKey(QStringLiteral("Staging"));
        const QString after = SecretKeys::accountAdminApiKey(QStringLiteral("Staging EU"));
        CtlResult r = CtlRunner::run({arg("account"), arg("rename"), arg("Staging"), arg("Staging EU")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(keychainValue(after), kStagingKey);
        QCOMPARE(keychainValue(before), QStringLiteral("(not found)"));
        const QMap<QString, QJsonObject> listed = accounts();
        QVERIFY(!listed.contains(QStringLiteral("Staging")));
        QCOMPARE(
            listed.value(QStringLiteral("Staging EU")).value(QStringLiteral("keychain_entry")).toString(),
            after);
        const QList<QString> owners = applicationAccounts().values();
        QVERIFY(owners.contains(QStringLiteral("Staging EU")));
        QVERIFY(!owners.contains(QStringLiteral("Staging")));
        QVERIFY(!createWithAccount(QStringLiteral("Staging EU"), QStringLiteral("Renamed")).isEmpty());
        QCOMPARE(lastCreateBearer(m_sandbox), sha256(kStagingKey));
        r = CtlRunner::run({arg("--complete-values"), arg("account")});
        QVERIFY(r.outLines().contains(QStringLiteral("Staging EU")));
    }

    void removeKeepsTheApplicationsListed()
    {
        const qint64 before = requestCount();
        CtlResult r = CtlRunner::run({arg("account"), arg("remove"), arg("Staging EU")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(requestCount(), before);
        QVERIFY(!accounts().contains(QStringLiteral("Staging EU")));
        QCOMPARE(keychainValue(SecretKeys::accountAdminApiKey(QStringLiteral("Staging EU"))),
            QStringLiteral("(not found)"));
        QVERIFY(applicationAccounts().values().contains(QStringLiteral("Staging EU")));
        r = CtlRunner::run({arg("app"), arg("create"), arg("--account"), arg("Staging EU"), arg("--name"),
            arg("Gone"), arg("--url"), arg("https://gone.example")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(requestCount(), before);
    }

    void aV01KeyBecomesTheAccountOfItsDataCenter()
    {
        // What v0.1 left: one key under "admin-api-key:<data center>" in the real keychain, and its name in
        // the keychain's index in the settings (KeychainSecretStore keeps it, as v0.1 did).
        SandboxProcess other {{QStringLiteral("--admin-key"), kOldKey}};
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const DataCenter dc = other.dataCenter();
        QVERIFY(!accounts().contains(dc.displayName()));
        {
            KeychainSecretStore keychain;
            bool done = false;
            SecretError written;
            keychain.write(SecretKeys::adminApiKey(dc), kOldKey, this, [&](const SecretError &error) {
                written = error;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY2(written.ok(), qPrintable(written.message()));
        }

        // The first run of this version lists it as the account named after the data center.
        const QMap<QString, QJsonObject> listed = accounts();
        QVERIFY2(
            listed.contains(dc.displayName()), qPrintable(QStringList(listed.keys()).join(QLatin1Char(','))));
        const QJsonObject account = listed.value(dc.displayName());
        QCOMPARE(account.value(QStringLiteral("has_key")).toBool(), true);
        QCOMPARE(account.value(QStringLiteral("data_center")).toString(), dc.storageKey());
        QCOMPARE(account.value(QStringLiteral("keychain_entry")).toString(), SecretKeys::adminApiKey(dc));
        // Nothing lost: the key is where it was, and it creates applications, by account or by data center.
        QCOMPARE(keychainValue(SecretKeys::adminApiKey(dc)), kOldKey);
        CtlResult r = CtlRunner::run({arg("app"), arg("create"), arg("--data-center"), dc.storageKey(),
            arg("--name"), arg("Old key"), arg("--url"), arg("https://old.example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(lastCreateBearer(other), sha256(kOldKey));
        QCOMPARE(applicationAccounts().value(r.outLines().value(0)), dc.displayName());
        QVERIFY(!createWithAccount(dc.displayName(), QStringLiteral("Old key by name")).isEmpty());
        QCOMPARE(lastCreateBearer(other), sha256(kOldKey));
        // admin-key remove works as before: the key of the account named after the data center goes.
        r = CtlRunner::run({arg("admin-key"), arg("remove"), arg("--data-center"), dc.storageKey()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(keychainValue(SecretKeys::adminApiKey(dc)), QStringLiteral("(not found)"));
        QCOMPARE(accounts().value(dc.displayName()).value(QStringLiteral("has_key")).toBool(), false);
    }

    void noSecretReachedAFile()
    {
        int files = 0;
        const QList<PlaintextScan::Finding> found
            = PlaintextScan::scanTree(TestEnvironment::home(), m_secrets, &files);
        QVERIFY2(found.isEmpty(), qPrintable(PlaintextScan::describe(found)));
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(TestCronofyctl)
#include "tst_cronofyctl.moc"
