// Bad input everywhere a person types (application name and URL, calendar ID, client_id, client secret, admin
// API key, redirect URIs, contact, custom base URL, a CSV of calendar IDs): empty, whitespace only, 10,000
// characters, non-ASCII, control characters, a URL without a scheme. Each is refused with a sentence naming
// the field and what to do, and NOTHING reaches the sandbox, the keychain or the list. Input that is merely
// unusual (accents, emoji) is accepted and kept exactly as typed.
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "bulk/CalendarIdList.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

enum class Expect { Refused, Accepted };

QString longText(const QString &prefix = {}, const QString &suffix = {})
{
    return prefix + QString(10000 - prefix.size() - suffix.size(), QLatin1Char('x')) + suffix;
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TstBadInput final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProvisioningService> m_service;
    QString m_clientId;

    DataCenter dc() const { return m_sandbox.dataCenter(); }
    qint64 requests() { return m_sandbox.stats().value(QStringLiteral("requests")).toInteger(); }

    // Runs the service call a person's input goes to; returns its error (ok when accepted and done).
    ServiceError submit(const QString &field, const QString &value)
    {
        bool done = false;
        ServiceError error;
        auto doneCallback = [&](const ServiceError &e) {
            error = e;
            done = true;
        };
        const QString name = QStringLiteral("Bad input app");
        const QString url = QStringLiteral("https://example.com/app");
        VerificationRequest verification {{QStringLiteral("https://example.com/callback")},
            QStringLiteral("admin@example.com"), QStringLiteral("Admin")};
        if (field == QLatin1String("name") || field == QLatin1String("url")) {
            const NewApplication app {
                field == QLatin1String("name") ? value : name, field == QLatin1String("url") ? value : url};
            m_service->createApplication(
                dc(), app, this, [&](const CreatedApplication &, const ServiceError &e) { doneCallback(e); });
        } else if (field == QLatin1String("application_calendar_id")) {
            m_service->provisionCalendar(m_clientId, value, this,
                [&](const CalendarCredentials &, const ServiceError &e) { doneCallback(e); });
        } else if (field == QLatin1String("client_id")) {
            m_service->importApplication(
                dc(), {value, QStringLiteral("secret-of-an-imported-app")}, name, this, doneCallback);
        } else if (field == QLatin1String("client_secret")) {
            m_service->importApplication(
                dc(), {QStringLiteral("imported-client-id"), value}, name, this, doneCallback);
        } else if (field == QLatin1String("admin_api_key")) {
            m_service->storeAdminKey(dc(), value, this, doneCallback);
        } else {
            if (field == QLatin1String("redirect_uris"))
                verification.redirectUris = {value};
            else if (field == QLatin1String("contact.email"))
                verification.contactEmail = value;
            else if (field == QLatin1String("contact.display_name"))
                verification.contactName = value;
            else
                qFatal("unknown field");
            m_service->submitVerification(m_clientId, verification, this, doneCallback);
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return error;
    }

    // The checks every refusal sentence must pass.
    static void checkSentence(const QString &message, const QString &value, bool secret)
    {
        QVERIFY2(!message.trimmed().isEmpty(), "no sentence");
        QVERIFY2(!hasControl(message), message.toUtf8().toPercentEncoding().constData());
        QVERIFY2(message.size() < 600, qPrintable(QStringLiteral("%1 characters").arg(message.size())));
        if (secret && value.trimmed().size() >= 6)
            QVERIFY2(!message.contains(value.trimmed()), "the sentence repeats a secret");
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        auto opened = Registry::open(m_dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_service = std::make_unique<ProvisioningService>(m_registry.get(), m_secrets.get(), m_nam.get());
        m_service->setTimeout(std::chrono::seconds(10));
        QVERIFY(submit(QStringLiteral("admin_api_key"), m_sandbox.adminKey()).ok());
        bool done = false;
        m_service->createApplication(dc(),
            {QStringLiteral("Bad input"), QStringLiteral("https://bad.example")}, this,
            [&](const CreatedApplication &created, const ServiceError &e) {
                QVERIFY2(e.ok(), qPrintable(e.message()));
                m_clientId = created.credentials.clientId;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(!m_clientId.isEmpty());
    }

    void serviceInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Expect>("expect");

        const Expect R = Expect::Refused;
        const Expect A = Expect::Accepted;
        const QString control = QStringLiteral("abc") + QChar(0x01) + QStringLiteral("def") + QChar(0x7f);
        const QString lineBreak = QStringLiteral("first\nsecond");
        struct Field
        {
            const char *name;
            bool isUrl;
            Expect nonAscii;
            Expect blank; // empty or whitespace only
        };
        const Field fields[] = {
            {"name", false, A, R}, {"url", true, A, R}, {"application_calendar_id", false, A, R},
            {"client_id", false, R, R}, {"client_secret", false, R, R}, {"admin_api_key", false, R, R},
            {"redirect_uris", true, A, R}, {"contact.email", false, A, R},
            {"contact.display_name", false, A, A}, // optional
        };
        for (const Field &f : fields) {
            const QString field = QString::fromLatin1(f.name);
            const bool email = field == QLatin1String("contact.email");
            auto row = [&](const char *variant, const QString &value, Expect expect) {
                QTest::addRow("%s/%s", f.name, variant) << field << value << expect;
            };
            row("empty", QString(), f.blank);
            row("whitespace", QStringLiteral("  \t  "), f.blank);
            if (f.isUrl)
                row("10000 characters", longText(QStringLiteral("https://example.com/")), R);
            else if (email)
                row("10000 characters", longText({}, QStringLiteral("@example.com")), R);
            else
                row("10000 characters", longText(), R);
            if (f.isUrl)
                row("non-ASCII", QStringLiteral("https://exämple.com/日本/café"), f.nonAscii);
            else if (email)
                row("non-ASCII", QStringLiteral("zoë@exämple.com"), f.nonAscii);
            else
                row("non-ASCII", QStringLiteral("Café Größe 日本 ☕ %1").arg(QLatin1String(f.name)),
                    f.nonAscii);
            if (f.isUrl) {
                row("control characters", QStringLiteral("https://example.com/") + control, R);
                row("line break", QStringLiteral("https://example.com/") + lineBreak, R);
                row("no scheme", QStringLiteral("example.com/app"), R);
            } else if (email) {
                row("control characters", QStringLiteral("a") + control + QStringLiteral("@example.com"), R);
                row("line break", QStringLiteral("a@example.com\nb@example.com"), R);
            } else {
                row("control characters", control, R);
                row("line break", lineBreak, R);
            }
        }
    }

    void serviceInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(Expect, expect);

        const qint64 requestsBefore = requests();
        const int writesBefore = m_secrets->writeCount();
        const QStringList keysBefore = m_secrets->knownKeys();
        const int appsBefore = int(m_registry->applications().size());
        const int calendarsBefore = int(m_registry->calendars().size());
        const int logBefore = int(m_registry->operations().size());

        const ServiceError error = submit(field, value);

        if (expect == Expect::Accepted) {
            QVERIFY2(error.ok(), qPrintable(error.message()));
            QVERIFY(requests() > requestsBefore || field == QLatin1String("admin_api_key"));
            // Kept exactly as typed (trimmed).
            if (field == QLatin1String("name")) {
                const auto apps = m_registry->applications();
                QVERIFY(std::any_of(apps.cbegin(), apps.cend(),
                    [&](const ApplicationRecord &a) { return a.name == value.trimmed(); }));
            }
            if (field == QLatin1String("application_calendar_id"))
                QVERIFY(m_registry->calendar(m_clientId, value.trimmed()));
            return;
        }

        QCOMPARE(error.source, ServiceError::Source::Input);
        QCOMPARE(error.inputField, field);
        const bool secret
            = field == QLatin1String("client_secret") || field == QLatin1String("admin_api_key");
        checkSentence(error.message(), value, secret);
        if (QTest::currentTestFailed())
            return;

        // Nothing sent, stored or written.
        QCOMPARE(requests(), requestsBefore);
        QCOMPARE(m_secrets->writeCount(), writesBefore);
        QCOMPARE(m_secrets->knownKeys(), keysBefore);
        QCOMPARE(int(m_registry->applications().size()), appsBefore);
        QCOMPARE(int(m_registry->calendars().size()), calendarsBefore);
        QCOMPARE(int(m_registry->operations().size()), logBefore);
    }

    // The custom base URL of Settings and --data-center: refused with a sentence, so no client is ever made.
    void customBaseUrl_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Expect>("expect");
        QTest::newRow("empty") << QString() << Expect::Refused;
        QTest::newRow("whitespace") << QStringLiteral("  \t ") << Expect::Refused;
        QTest::newRow("10000 characters")
            << longText(QStringLiteral("https://api.example.com/")) << Expect::Refused;
        QTest::newRow("non-ASCII") << QStringLiteral("https://äpi.exämple.com") << Expect::Accepted;
        QTest::newRow("control characters") << QStringLiteral("https://api.example.com/") + QChar(0x01)
                + QStringLiteral("x") << Expect::Refused;
        QTest::newRow("no scheme") << QStringLiteral("api.example.com") << Expect::Refused;
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://api.example.com") << Expect::Refused;
    }

    void customBaseUrl()
    {
        QFETCH(QString, value);
        QFETCH(Expect, expect);
        QString sentence;
        const auto dataCenter = DataCenter::fromBaseUrl(value, &sentence);
        if (expect == Expect::Accepted) {
            QVERIFY2(dataCenter, qPrintable(sentence));
            return;
        }
        QVERIFY(!dataCenter);
        checkSentence(sentence, value, false);
        // The same through parse(), as the command line and settings read it.
        QString parsed;
        QVERIFY(!DataCenter::parse(value, &parsed));
        checkSentence(parsed, value, false);
    }

    // A CSV of calendar IDs: the bad line is reported by number and left out; the good ones go.
    void csvIds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Expect>("expect");
        QTest::newRow("10000 characters") << longText() << Expect::Refused;
        QTest::newRow("control characters")
            << QStringLiteral("room") + QChar(0x01) + QStringLiteral("3") << Expect::Refused;
        QTest::newRow("non-ASCII") << QStringLiteral("salle-café-日本") << Expect::Accepted;
        QTest::newRow("whitespace") << QStringLiteral("   \t ") << Expect::Accepted; // a blank line, skipped
    }

    void csvIds()
    {
        QFETCH(QString, value);
        QFETCH(Expect, expect);
        const QByteArray csv = "application_calendar_id\nroom-1\n" + value.toUtf8() + "\nroom-2\n";
        const CalendarIdList list = CalendarIdListReader::read(csv);
        QVERIFY2(list.ok(), qPrintable(list.error));
        if (expect == Expect::Accepted) {
            QVERIFY(list.invalid.isEmpty());
            QVERIFY(
                list.ids.contains(QStringLiteral("room-1")) && list.ids.contains(QStringLiteral("room-2")));
            if (!value.trimmed().isEmpty())
                QVERIFY(list.ids.contains(value.trimmed()));
            return;
        }
        QCOMPARE(list.ids, (QStringList {QStringLiteral("room-1"), QStringLiteral("room-2")}));
        QCOMPARE(list.invalid.size(), qsizetype(1));
        QCOMPARE(list.invalid.first().line, 3);
        checkSentence(list.invalid.first().message, value, false);
    }

    // A whole file that holds no ID at all is one sentence, not a silent empty run.
    void csvWithoutIds()
    {
        for (const QByteArray &csv :
            {QByteArray(), QByteArray("   \n\t\n"), QByteArray("application_calendar_id\n")}) {
            const CalendarIdList list = CalendarIdListReader::read(csv);
            QVERIFY(list.ids.isEmpty());
            QVERIFY2(!list.ok() || list.entries == 0, csv.constData());
        }
    }
};

QTEST_MAIN(TstBadInput)
#include "tst_bad_input.moc"
