// Every log line of a full flow (admin key, create application, provision calendars, verify, fresh tokens,
// revoke, and some failures), with every category switched on down to debug, searched for the admin key,
// the client_secret and every access and refresh token in every encoding PlaintextScan knows. The real
// keychain (a private gnome-keyring) and a real sandbox over loopback; the sandbox's own log is searched too.
#include "PlaintextScan.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/CronofyClient.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ProvisioningService.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QMutex g_mutex;
QByteArray g_log; // every message, as a log file would hold it
QStringList g_categories; // every category that spoke
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        const QString category = QString::fromUtf8(context.category ? context.category : "default");
        g_log += category.toUtf8() + ' ' + QByteArray::number(int(type)) + ' ' + message.toUtf8() + '\n';
        if (!g_categories.contains(category))
            g_categories.append(category);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray capturedLog()
{
    QMutexLocker lock(&g_mutex);
    return g_log;
}

} // namespace

class TstLogCapture final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProvisioningService> m_service;
    // label -> value of every secret the flow saw
    QMap<QString, QString> m_known;

    DataCenter dc() const { return m_sandbox.dataCenter(); }

    void remember(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_known.insert(label, value);
    }

    ServiceError waitDone(const std::function<void(ProvisioningService::DoneCallback)> &start)
    {
        bool done = false;
        ServiceError error;
        start([&](const ServiceError &e) {
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return error;
    }

    template<typename T>
    std::pair<T, ServiceError> wait(const std::function<void(ProvisioningService::Callback<T>)> &start)
    {
        bool done = false;
        std::pair<T, ServiceError> out;
        start([&](const T &result, const ServiceError &e) {
            out = {result, e};
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return out;
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        remember(QStringLiteral("admin API key"), m_sandbox.adminKey());
        QVERIFY(m_dir.isValid());
        auto opened = Registry::open(m_dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_service = std::make_unique<ProvisioningService>(m_registry.get(), m_secrets.get(), m_nam.get());
        m_service->setTimeout(std::chrono::seconds(15));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void fullFlowLogsNoSecret()
    {
        // Admin key into the keychain.
        ServiceError error = waitDone([&](auto done) {
            m_service->storeAdminKey(dc(), QStringLiteral("  ") + m_sandbox.adminKey(), this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message()));

        // Create an application.
        auto [created, createError] = wait<CreatedApplication>([&](auto done) {
            m_service->createApplication(
                dc(), {QStringLiteral("Log capture"), QStringLiteral("https://logs.example")}, this, done);
        });
        QVERIFY2(createError.ok(), qPrintable(createError.message()));
        QVERIFY(created.secretStored());
        const QString clientId = created.credentials.clientId;
        remember(QStringLiteral("client secret"), created.credentials.clientSecret);

        // Provision calendars.
        QStringList subs;
        for (const QString &id : {QStringLiteral("room-1"), QStringLiteral("room-2")}) {
            auto [tokens, e] = wait<CalendarCredentials>(
                [&](auto done) { m_service->provisionCalendar(clientId, id, this, done); });
            QVERIFY2(e.ok(), qPrintable(e.message()));
            remember(QStringLiteral("access token of %1").arg(id), tokens.accessToken);
            remember(QStringLiteral("refresh token of %1").arg(id), tokens.refreshToken);
            subs << tokens.sub;
        }

        // Verify (fresh tokens by provisioning again, then userinfo and calendars).
        auto [verification, verifyError] = wait<CalendarVerification>(
            [&](auto done) { m_service->verifyCalendar(clientId, QStringLiteral("room-1"), this, done); });
        QVERIFY2(verifyError.ok(), qPrintable(verifyError.message()));
        QVERIFY(verification.healthy());
        remember(QStringLiteral("verify access token"), verification.credentials.accessToken);
        remember(QStringLiteral("verify refresh token"), verification.credentials.refreshToken);

        // Fresh tokens with the refresh token, the application's credentials read from the keychain.
        auto [client, credentialError]
            = wait<ClientCredentials>([&](auto done) { m_service->clientCredentials(clientId, this, done); });
        QVERIFY2(credentialError.ok(), qPrintable(credentialError.message()));
        CronofyClient *api = m_service->createClient(dc(), this);
        bool refreshed = false;
        TokenRefresh fresh;
        ApiError refreshError;
        api->refreshToken(client, verification.credentials.refreshToken, this,
            [&](const TokenRefresh &r, const ApiError &e) {
                fresh = r;
                refreshError = e;
                refreshed = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
        QVERIFY2(refreshError.ok(), qPrintable(refreshError.message()));
        remember(QStringLiteral("refreshed access token"), fresh.accessToken);
        remember(QStringLiteral("refreshed refresh token"), fresh.refreshToken);

        // Some failures, whose error paths log too: a refused secret, a rejected refresh, a broken answer.
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("status"), 401}, {QStringLiteral("count"), 1}}));
        auto [none, refused] = wait<CalendarCredentials>(
            [&](auto done) { m_service->provisionCalendar(clientId, QStringLiteral("room-3"), this, done); });
        QCOMPARE(refused.api.httpStatus, 401);
        QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("malformed"), true}, {QStringLiteral("count"), 1}}));
        auto [broken, brokenError] = wait<CalendarCredentials>(
            [&](auto done) { m_service->provisionCalendar(clientId, QStringLiteral("room-4"), this, done); });
        QCOMPARE(brokenError.api.kind, ApiError::Kind::MalformedResponse);

        // Revoke both calendars; then the old refresh token is refused.
        for (const QString &sub : std::as_const(subs)) {
            error = waitDone([&](auto done) { m_service->revokeCalendar(clientId, sub, this, done); });
            QVERIFY2(error.ok(), qPrintable(error.message()));
        }
        refreshed = false;
        api->refreshToken(client, fresh.refreshToken, this, [&](const TokenRefresh &, const ApiError &e) {
            refreshError = e;
            refreshed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
        QCOMPARE(refreshError.httpStatus, 400);

        // The capture worked: the flow's own lines are there.
        const QByteArray log = capturedLog();
        QVERIFY2(log.contains("cronofy.api") && log.contains("/v1/applications")
                && log.contains("/v1/application_calendars") && log.contains("/oauth/token/revoke"),
            log.left(4000).constData());
        QVERIFY(m_known.size() >= 10);

        // Not one secret, in any encoding, in our log or the sandbox's.
        auto findings = PlaintextScan::scanBytes(QStringLiteral("captured log"), log, m_known);
        findings
            += PlaintextScan::scanBytes(QStringLiteral("sandbox log"), m_sandbox.standardError(), m_known);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
    }

    // Everything the project logged went through its own categories (Qt's own are qt.*).
    void onlyProjectCategoriesSpoke()
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &category : std::as_const(g_categories))
            QVERIFY2(
                category.startsWith(QLatin1String("cronofy.")) || category.startsWith(QLatin1String("qt.")),
                qPrintable(category));
    }

    // No uncategorised qDebug()/qInfo()/qWarning()/qCritical() anywhere in the program's sources.
    void sourcesLogOnlyThroughCategories()
    {
        static const QRegularExpression uncategorised(
            QStringLiteral("(?<![A-Za-z_])q(Debug|Info|Warning|Critical)\\s*\\("));
        QStringList offenders;
        int files = 0;
        for (const char *folder : {"app", "ui"}) {
            QDirIterator it(QStringLiteral(CONSOLE_SOURCE_DIR "/") + QLatin1String(folder),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(file.readAll());
                if (text.contains(uncategorised))
                    offenders << file.fileName();
            }
        }
        QVERIFY(files > 20);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstLogCapture)
#include "tst_log_capture.moc"
