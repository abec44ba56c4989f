// ProvisioningService against a real cronofy-sandbox over loopback: the order secret -> row -> log, the
// once-shown client_secret surviving a failing keychain, input rules that send nothing, cancel semantics.
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Runs one service call to completion (tests only: waits with QTRY_VERIFY).
template<typename T>
struct Outcome
{
    bool done = false;
    T result {};
    ServiceError error;
    auto callback()
    {
        return [this](const T &r, const ServiceError &e) {
            done = true;
            result = r;
            error = e;
        };
    }
};

struct DoneOutcome
{
    bool done = false;
    ServiceError error;
    auto callback()
    {
        return [this](const ServiceError &e) {
            done = true;
            error = e;
        };
    }
};

} // namespace

class TstProvisioningService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProvisioningService> m_service;
    QTemporaryDir m_dir;

    DataCenter dc() const { return m_sandbox->dataCenter(); }

    void storeAdminKey()
    {
        DoneOutcome stored;
        m_service->storeAdminKey(dc(), m_sandbox->adminKey(), this, stored.callback());
        QTRY_VERIFY(stored.done);
        QVERIFY2(stored.error.ok(), qPrintable(stored.error.message()));
    }

    QString createApp(const QString &name = QStringLiteral("Initech Scheduler"))
    {
        Outcome<CreatedApplication> created;
        m_service->createApplication(
            dc(), {name, QStringLiteral("https://initech.example")}, this, created.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(created.done, 10000); }();
        if (!created.error.ok() || !created.result.secretStored())
            return {};
        return created.result.credentials.clientId;
    }

    qint64 requestCount() const { return m_sandbox->stats().value(QStringLiteral("requests")).toInteger(); }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto opened = Registry::open(m_dir.filePath(QStringLiteral("registry-%1.sqlite").arg(++n)));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_service = std::make_unique<ProvisioningService>(m_registry.get(), m_secrets.get(), m_nam.get());
        m_service->setTimeout(std::chrono::seconds(10));
    }

    void cleanup()
    {
        m_sandbox->clearFaults();
        m_service.reset();
        m_nam.reset();
        m_secrets.reset();
        m_registry.reset();
    }

    void createApplicationStoresTheSecretThenTheRow()
    {
        storeAdminKey();
        Outcome<CreatedApplication> created;
        m_service->createApplication(dc(),
            {QStringLiteral(" Initech Scheduler "), QStringLiteral("https://initech.example")}, this,
            created.callback());
        QTRY_VERIFY(created.done);
        QVERIFY2(created.error.ok(), qPrintable(created.error.message()));
        const ApplicationCredentials creds = created.result.credentials;
        QVERIFY(!creds.clientId.isEmpty());
        QCOMPARE(creds.clientSecret.size(), 32);
        QVERIFY(created.result.secretStored());
        QCOMPARE(m_secrets->value(SecretKeys::clientSecret(creds.clientId)), creds.clientSecret);

        const auto row = m_registry->application(creds.clientId);
        QVERIFY(row);
        QCOMPARE(row->name, QStringLiteral("Initech Scheduler")); // trimmed
        QCOMPARE(row->secretState, ApplicationRecord::SecretState::Stored);
        QCOMPARE(row->origin, ApplicationRecord::Origin::Created);
        QCOMPARE(row->dataCenter, dc().storageKey());

        // The stored secret is the real one: the sandbox accepts it.
        Outcome<CalendarCredentials> calendar;
        m_service->provisionCalendar(creds.clientId, QStringLiteral("room-1"), this, calendar.callback());
        QTRY_VERIFY(calendar.done);
        QVERIFY2(calendar.error.ok(), qPrintable(calendar.error.message()));

        // The operation log names what happened and never holds the secret.
        const auto log = m_registry->operations();
        QVERIFY(log.size() >= 3);
        for (const OperationRecord &op : log) {
            QVERIFY(!op.message.contains(creds.clientSecret));
            QVERIFY(!op.target.contains(creds.clientSecret));
        }
    }

    void failingKeychainNeverLosesTheSecret()
    {
        storeAdminKey();
        m_secrets->setFailure(SecretError::Kind::Unavailable, MemorySecretStore::Write);
        Outcome<CreatedApplication> created;
        m_service->createApplication(dc(),
            {QStringLiteral("Secret keeper"), QStringLiteral("https://keeper.example")}, this,
            created.callback());
        QTRY_VERIFY(created.done);
        QVERIFY(created.error.ok()); // the application exists in Cronofy
        QVERIFY(!created.result.secretStored());
        QCOMPARE(created.result.secretError.kind, SecretError::Kind::Unavailable);
        QVERIFY(created.result.secretError.message().contains(QLatin1String("keyring")));
        const ApplicationCredentials creds = created.result.credentials;
        QCOMPARE(creds.clientSecret.size(), 32); // handed to the caller to show
        QVERIFY(!m_secrets->contains(SecretKeys::clientSecret(creds.clientId)));
        const auto row = m_registry->application(creds.clientId);
        QVERIFY(row);
        QCOMPARE(row->secretState, ApplicationRecord::SecretState::NotStored);

        // The keychain comes back: Retry stores it and marks the row.
        m_secrets->clearFailure();
        DoneOutcome retried;
        m_service->storeClientSecret(creds.clientId, creds.clientSecret, this, retried.callback());
        QTRY_VERIFY(retried.done);
        QVERIFY2(retried.error.ok(), qPrintable(retried.error.message()));
        QCOMPARE(m_secrets->value(SecretKeys::clientSecret(creds.clientId)), creds.clientSecret);
        QCOMPARE(
            m_registry->application(creds.clientId)->secretState, ApplicationRecord::SecretState::Stored);
    }

    void missingAdminKeySendsNothing()
    {
        const qint64 before = requestCount();
        Outcome<CreatedApplication> created;
        m_service->createApplication(dc(),
            {QStringLiteral("No key"), QStringLiteral("https://nokey.example")}, this, created.callback());
        QTRY_VERIFY(created.done);
        QCOMPARE(created.error.source, ServiceError::Source::Input);
        QCOMPARE(created.error.inputField, QStringLiteral("admin_api_key"));
        QVERIFY(created.error.message().contains(QLatin1String("Settings")));
        QCOMPARE(requestCount(), before);
    }

    void badInputSendsNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << ""
                                    << "https://a.example"
                                    << "name";
        QTest::newRow("whitespace name") << "   \t "
                                         << "https://a.example"
                                         << "name";
        QTest::newRow("10000 chars") << QString(10000, QLatin1Char('x')) << "https://a.example"
                                     << "name";
        QTest::newRow("control char") << QStringLiteral("a\u0007b") << "https://a.example"
                                      << "name";
        QTest::newRow("no scheme") << "App"
                                   << "example.com"
                                   << "url";
        QTest::newRow("ftp") << "App"
                             << "ftp://example.com"
                             << "url";
        QTest::newRow("empty url") << "App"
                                   << "  "
                                   << "url";
        QTest::newRow("spaces in url") << "App"
                                       << "https://exa mple.com"
                                       << "url";
    }
    void badInputSendsNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, field);
        storeAdminKey();
        const qint64 before = requestCount();
        Outcome<CreatedApplication> created;
        m_service->createApplication(dc(), {name, url}, this, created.callback());
        QTRY_VERIFY(created.done);
        QCOMPARE(created.error.source, ServiceError::Source::Input);
        QCOMPARE(created.error.inputField, field);
        QVERIFY(created.error.message().size() > 20);
        QCOMPARE(requestCount(), before);
        QVERIFY(m_registry->applications().isEmpty());
    }

    void nonAsciiNamesAreFine()
    {
        storeAdminKey();
        QVERIFY(!createApp(QStringLiteral("Kalender Müller & Søn 📅")).isEmpty());
    }

    void provisionTwiceKeepsOneRow()
    {
        storeAdminKey();
        const QString clientId = createApp();
        QVERIFY(!clientId.isEmpty());
        Outcome<CalendarCredentials> first, second;
        m_service->provisionCalendar(clientId, QStringLiteral("meeting-room-3"), this, first.callback());
        QTRY_VERIFY(first.done);
        QVERIFY2(first.error.ok(), qPrintable(first.error.message()));
        m_service->provisionCalendar(clientId, QStringLiteral(" meeting-room-3 "), this, second.callback());
        QTRY_VERIFY(second.done);
        QVERIFY(second.error.ok());
        QVERIFY(first.result.sub.startsWith(QLatin1String("apc_")));
        QCOMPARE(second.result.sub, first.result.sub);
        QVERIFY(second.result.accessToken != first.result.accessToken);
        QCOMPARE(m_registry->calendars(clientId).size(), 1);
        const auto row = m_registry->calendar(clientId, QStringLiteral("meeting-room-3"));
        QVERIFY(row);
        QCOMPARE(row->sub, first.result.sub);
        QCOMPARE(row->status, CalendarRecord::Status::Active);
        QCOMPARE(row->providerName, QStringLiteral("cronofy"));
    }

    void verifyAndRevoke()
    {
        storeAdminKey();
        const QString clientId = createApp();
        Outcome<CalendarVerification> verified;
        m_service->verifyCalendar(clientId, QStringLiteral("desk-7"), this, verified.callback());
        QTRY_VERIFY(verified.done);
        QVERIFY2(verified.error.ok(), qPrintable(verified.error.message()));
        QVERIFY(verified.result.healthy());
        const QString sub = verified.result.credentials.sub;

        DoneOutcome revoked;
        m_service->revokeCalendar(clientId, sub, this, revoked.callback());
        QTRY_VERIFY(revoked.done);
        QVERIFY2(revoked.error.ok(), qPrintable(revoked.error.message()));
        QCOMPARE(m_registry->calendar(clientId, QStringLiteral("desk-7"))->status,
            CalendarRecord::Status::Revoked);
        const QJsonArray onServer = m_sandbox->calendars(clientId);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(
            onServer.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    }

    void importChecksTheCredentials()
    {
        const auto app = m_sandbox->provisionApplication(); // made "in the dashboard"
        DoneOutcome wrong;
        m_service->importApplication(dc(), {app.clientId, QStringLiteral("not-the-secret")},
            QStringLiteral("Dashboard app"), this, wrong.callback());
        QTRY_VERIFY(wrong.done);
        QCOMPARE(wrong.error.source, ServiceError::Source::Api);
        QCOMPARE(wrong.error.api.httpStatus, 401);
        QVERIFY(!m_registry->application(app.clientId));
        QVERIFY(!m_secrets->contains(SecretKeys::clientSecret(app.clientId)));

        DoneOutcome right;
        m_service->importApplication(
            dc(), {app.clientId, app.clientSecret}, QStringLiteral("Dashboard app"), this, right.callback());
        QTRY_VERIFY(right.done);
        QVERIFY2(right.error.ok(), qPrintable(right.error.message()));
        QCOMPARE(m_registry->application(app.clientId)->origin, ApplicationRecord::Origin::Imported);
        QCOMPARE(m_secrets->value(SecretKeys::clientSecret(app.clientId)), app.clientSecret);
    }

    void cancelWhileCreatingStillKeepsTheSecret()
    {
        storeAdminKey();
        m_sandbox->addFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/applications")},
            {QStringLiteral("delay"), 800}, {QStringLiteral("count"), 1}});
        QSignalSpy afterCancel(m_service.get(), &ProvisioningService::applicationCreatedAfterCancel);
        Outcome<CreatedApplication> created;
        ServiceJob *job = m_service->createApplication(dc(),
            {QStringLiteral("Cancelled"), QStringLiteral("https://cancel.example")}, this,
            created.callback());
        QTRY_VERIFY(requestCount() > 0 && !m_sandbox->requests().isEmpty());
        job->cancel();
        QTRY_VERIFY(created.done);
        QVERIFY(created.error.isCancelled());
        QVERIFY(afterCancel.wait(5000));
        const auto late = afterCancel.at(0).at(0).value<CreatedApplication>();
        QVERIFY(late.secretStored());
        QCOMPARE(m_secrets->value(SecretKeys::clientSecret(late.credentials.clientId)),
            late.credentials.clientSecret);
        QVERIFY(m_registry->application(late.credentials.clientId));
    }

    void cancelWhileProvisioningEndsAsCancelled()
    {
        storeAdminKey();
        const QString clientId = createApp();
        m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("delay"), 5000}, {QStringLiteral("count"), 1}});
        Outcome<CalendarCredentials> outcome;
        ServiceJob *job
            = m_service->provisionCalendar(clientId, QStringLiteral("slow"), this, outcome.callback());
        QTest::qWait(0);
        job->cancel();
        QTRY_VERIFY(outcome.done);
        QVERIFY(outcome.error.isCancelled());
        QVERIFY(!m_registry->calendar(clientId, QStringLiteral("slow"))); // nothing half-written
    }

    void timeoutIsReportedAsSuch()
    {
        storeAdminKey();
        const QString clientId = createApp();
        m_service->setTimeout(std::chrono::milliseconds(300));
        m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("delay"), 3000}, {QStringLiteral("count"), 1}});
        Outcome<CalendarCredentials> outcome;
        m_service->provisionCalendar(clientId, QStringLiteral("late"), this, outcome.callback());
        QTRY_VERIFY(outcome.done);
        QCOMPARE(outcome.error.api.kind, ApiError::Kind::Timeout);
        const auto row = m_registry->calendar(clientId, QStringLiteral("late"));
        QVERIFY(row);
        QCOMPARE(row->status, CalendarRecord::Status::Failed);
        QCOMPARE(row->lastError, outcome.error.message());
    }
};

QTEST_GUILESS_MAIN(TstProvisioningService)
#include "tst_provisioning_service.moc"
