// The leak scan (issue 3 item 6, issue 8 item 5): a full flow through ProvisioningService with the REAL
// keychain (gnome-keyring in a private D-Bus session) against a REAL sandbox over loopback — store the admin
// key, create an application, provision three calendars, verify one, revoke one — with every log category
// enabled at debug level and all log output captured. Afterwards every byte of every file under the test's
// data, config and cache folders (and anything else under its home), and the whole captured log, are searched
// for every secret and token the flow used, raw, percent-encoded, JSON-escaped, UTF-16 and base64. None may
// be found.
#include "PlaintextScan.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "common/LogCategories.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ProvisioningService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>
#include <QUrl>

#include <cstdio>

namespace {

constexpr int kTimeoutMs = 30000;

QMutex g_logMutex;
QByteArray g_log;

// Keeps every message (any category, any level, any thread) and still prints it, so a failing run can be
// read.
void captureEverything(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    fprintf(stderr, "%s\n", qPrintable(line));
}

QByteArray capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

} // namespace

class TstLeakScan final : public QObject
{
    Q_OBJECT

private:
    QMap<QString, QString> m_secrets; // label -> value of every secret or token seen in the flow
    QString m_clientId;

    void keep(const QString &label, const QString &value)
    {
        QVERIFY2(!value.isEmpty(), qPrintable(label + QStringLiteral(" was empty")));
        m_secrets.insert(label, value);
    }
    void keepTokens(const QString &label, const CalendarCredentials &credentials)
    {
        keep(label + QStringLiteral(" access token"), credentials.accessToken);
        keep(label + QStringLiteral(" refresh token"), credentials.refreshToken);
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QCOMPARE(qgetenv("CONSOLE_KEYRING_MODE"), QByteArray("unlocked"));
        qInstallMessageHandler(captureEverything);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void fullFlowLeavesNoSecretBehind()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const DataCenter dataCenter = sandbox.dataCenter();
        QVERIFY(dataCenter.isValid());
        keep(QStringLiteral("admin API key"), sandbox.adminKey());

        QString registryPath;
        {
            auto opened = Registry::open();
            QVERIFY2(opened.registry, qPrintable(opened.error.message()));
            registryPath = opened.registry->path();
            QVERIFY(registryPath.startsWith(TestEnvironment::home()));
            KeychainSecretStore secrets;
            QNetworkAccessManager nam;
            ProvisioningService service(opened.registry.get(), &secrets, &nam);

            // 1. The admin key goes to the keychain.
            std::optional<ServiceError> stored;
            service.storeAdminKey(dataCenter, sandbox.adminKey(), this,
                [&stored](const ServiceError &error) { stored = error; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kTimeoutMs);
            QVERIFY2(stored->ok(), qPrintable(stored->message()));

            // 2. A new application: its client_secret is shown once and kept in the keychain.
            std::optional<std::pair<CreatedApplication, ServiceError>> created;
            service.createApplication(dataCenter,
                NewApplication {QStringLiteral("Leak scan"), QStringLiteral("https://example.com/leak")},
                this, [&created](const CreatedApplication &result, const ServiceError &error) {
                    created = std::make_pair(result, error);
                });
            QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeoutMs);
            QVERIFY2(created->second.ok(), qPrintable(created->second.message()));
            QVERIFY(created->first.secretStored());
            m_clientId = created->first.credentials.clientId;
            QVERIFY(!m_clientId.isEmpty());
            keep(QStringLiteral("client_secret"), created->first.credentials.clientSecret);

            // 3. Three application calendars; their tokens are handed out, never kept.
            QList<CalendarCredentials> calendars;
            for (int i = 0; i < 3; ++i) {
                std::optional<std::pair<CalendarCredentials, ServiceError>> provisioned;
                service.provisionCalendar(m_clientId, QStringLiteral("leak-scan-calendar-%1").arg(i), this,
                    [&provisioned](const CalendarCredentials &result, const ServiceError &error) {
                        provisioned = std::make_pair(result, error);
                    });
                QTRY_VERIFY_WITH_TIMEOUT(provisioned.has_value(), kTimeoutMs);
                QVERIFY2(provisioned->second.ok(), qPrintable(provisioned->second.message()));
                keepTokens(QStringLiteral("calendar %1").arg(i), provisioned->first);
                calendars.append(provisioned->first);
            }

            // 4. Verify one: fresh tokens again.
            std::optional<std::pair<CalendarVerification, ServiceError>> verified;
            service.verifyCalendar(m_clientId, calendars[0].applicationCalendarId, this,
                [&verified](const CalendarVerification &result, const ServiceError &error) {
                    verified = std::make_pair(result, error);
                });
            QTRY_VERIFY_WITH_TIMEOUT(verified.has_value(), kTimeoutMs);
            QVERIFY2(verified->second.ok(), qPrintable(verified->second.message()));
            keepTokens(QStringLiteral("verified calendar"), verified->first.credentials);

            // 5. Revoke one by its sub.
            QVERIFY(!calendars[1].sub.isEmpty());
            std::optional<ServiceError> revoked;
            service.revokeCalendar(m_clientId, calendars[1].sub, this,
                [&revoked](const ServiceError &error) { revoked = error; });
            QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), kTimeoutMs);
            QVERIFY2(revoked->ok(), qPrintable(revoked->message()));

            // The secrets really are in the keychain (so the flow did store them, just not on disk).
            std::optional<QString> clientSecret;
            secrets.read(SecretKeys::clientSecret(m_clientId), this,
                [&clientSecret](const QString &value, const SecretError &) { clientSecret = value; });
            QTRY_VERIFY_WITH_TIMEOUT(clientSecret.has_value(), kTimeoutMs);
            QCOMPARE(*clientSecret, m_secrets.value(QStringLiteral("client_secret")));
        } // service, keychain store and registry closed: everything they keep is on disk now
        QSettings().sync();
        QVERIFY(m_secrets.size() >= 10);
    }

    void noSecretInAnyFile()
    {
        if (m_secrets.isEmpty())
            QSKIP("the flow did not run");
        const QString home = TestEnvironment::home();
        int files = 0;
        const auto findings = PlaintextScan::scanTree(home, m_secrets, &files);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));

        // The scan saw the files the flow wrote: the list (with the client_id in it) and the settings.
        QVERIFY2(files >= 2, qPrintable(QStringLiteral("only %1 files under %2").arg(files).arg(home)));
        QByteArray registryBytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(Registry::defaultPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                registryBytes += file.readAll();
        }
        QVERIFY2(registryBytes.contains(m_clientId.toUtf8()), "the scan did not see the kept list");
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains(SecretKeys::clientSecret(m_clientId).toUtf8()));
    }

    void noSecretInTheLog()
    {
        if (m_secrets.isEmpty())
            QSKIP("the flow did not run");
        const QByteArray log = capturedLog();
        // The capture worked: the flow's own log lines are there.
        QVERIFY2(log.contains("cronofy.secrets"), "no keychain log line was captured");
        QVERIFY2(log.contains(m_clientId.toUtf8()), "no log line names the application");
        const auto findings = PlaintextScan::scanBytes(QStringLiteral("the captured log"), log, m_secrets);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
    }

    // The scan can fail: the same scans, over the same folders and the same log, find secrets planted the way
    // a bug would leak them — a token in the kept list's operation log (inside the SQLite file), a
    // client_secret in a URL written to a cache file, a refresh token in a log line.
    void theScanFindsPlantedSecrets()
    {
        if (m_secrets.isEmpty())
            QSKIP("the flow did not run");
        const QString accessToken = QStringLiteral("calendar 0 access token");
        const QString refreshToken = QStringLiteral("calendar 2 refresh token");
        const QString clientSecret = QStringLiteral("client_secret");
        QVERIFY(m_secrets.contains(accessToken) && m_secrets.contains(refreshToken));

        {
            auto opened = Registry::open();
            QVERIFY2(opened.registry, qPrintable(opened.error.message()));
            OperationRecord leaked;
            leaked.at = QDateTime::currentDateTimeUtc();
            leaked.action = QStringLiteral("leak-scan-self-check");
            leaked.target = m_clientId;
            leaked.message = QStringLiteral("token was ") + m_secrets.value(accessToken);
            const RegistryError error = opened.registry->logOperation(leaked);
            QVERIFY2(error.ok(), qPrintable(error.message()));
        }
        const QString planted = TestEnvironment::home() + QStringLiteral("/cache/planted.txt");
        {
            QFile file(planted);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("GET /oauth?client_secret=" + QUrl::toPercentEncoding(m_secrets.value(clientSecret))
                + "&x=1\n");
        }
        qCDebug(lcApi) << "refresh token" << m_secrets.value(refreshToken);

        const auto inFiles = PlaintextScan::scanTree(TestEnvironment::home(), m_secrets);
        QFile::remove(planted);
        QStringList found;
        for (const auto &finding : inFiles)
            found.append(finding.secret + QLatin1Char('@') + QFileInfo(finding.where).fileName());
        found.removeDuplicates();
        found.sort();
        QCOMPARE(found,
            (QStringList {accessToken + QStringLiteral("@registry.sqlite"),
                clientSecret + QStringLiteral("@planted.txt")}));

        const auto inLog
            = PlaintextScan::scanBytes(QStringLiteral("the captured log"), capturedLog(), m_secrets);
        QCOMPARE(inLog.size(), 1);
        QCOMPARE(inLog.first().secret, refreshToken);
    }
};

QTEST_GUILESS_MAIN(TstLeakScan)
#include "tst_leak_scan.moc"
