// The once-shown client_secret survives a failing REAL keychain (issue 3 items 4 and 6). ProvisioningService
// with KeychainSecretStore (gnome-keyring in a private D-Bus session) against a real sandbox: the admin key
// is read from the keychain, the create-application request goes out, and while Cronofy (the sandbox, told to
// answer late) has not answered yet the keyring's collection is locked over D-Bus, as a screen lock does. The
// secret then cannot be stored: the caller gets it anyway with a typed Locked error, the row says "secret not
// stored", nothing reaches a file. After unlocking, Retry stores it and the row says "stored".
#include "PlaintextScan.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ProvisioningService.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 30000;
const QString kSecretsService = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kLogin = QStringLiteral("/org/freedesktop/secrets/collection/login");
// The password tests/support/with-keyring.sh gives the private keyring in its "unlocked" mode.
const QString kKeyringPassword = QStringLiteral("console-test-keyring");

// The Secret Service's Secret struct (oayays), for gnome-keyring's prompt-free unlock.
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

bool collectionLocked()
{
    QDBusInterface collection(kSecretsService, kLogin, QStringLiteral("org.freedesktop.Secret.Collection"),
        QDBusConnection::sessionBus());
    return collection.property("Locked").toBool();
}

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

class TstSecretSurvivesKeychain final : public QObject
{
    Q_OBJECT

private:
    // Locks the login collection, as the desktop does on screen lock (no prompt needed to lock).
    void lockKeyring()
    {
        QDBusInterface service(kSecretsService, kSecretsPath,
            QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
        const QDBusMessage reply = service.call(
            QStringLiteral("Lock"), QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(kLogin)}));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QVERIFY(collectionLocked());
    }

    // Unlocks it again with its password through gnome-keyring's own interface (the standard Unlock would ask
    // for the password in a prompt window, and there is no display).
    void unlockKeyring()
    {
        QDBusInterface service(kSecretsService, kSecretsPath,
            QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
        const QDBusMessage opened = service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
            QVariant::fromValue(QDBusVariant(QString())));
        QVERIFY2(opened.type() == QDBusMessage::ReplyMessage, qPrintable(opened.errorMessage()));
        QCOMPARE(opened.arguments().size(), 2);
        DBusSecret master;
        master.session = qvariant_cast<QDBusObjectPath>(opened.arguments().at(1));
        master.value = kKeyringPassword.toUtf8();
        master.contentType = QStringLiteral("text/plain");
        QDBusInterface internal(kSecretsService, kSecretsPath,
            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
            QDBusConnection::sessionBus());
        const QDBusMessage unlocked = internal.call(QStringLiteral("UnlockWithMasterPassword"),
            QVariant::fromValue(QDBusObjectPath(kLogin)), QVariant::fromValue(master));
        QVERIFY2(unlocked.type() == QDBusMessage::ReplyMessage, qPrintable(unlocked.errorMessage()));
        QVERIFY(!collectionLocked());
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QCOMPARE(qgetenv("CONSOLE_KEYRING_MODE"), QByteArray("unlocked"));
        qDBusRegisterMetaType<DBusSecret>();
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(!collectionLocked());
    }

    void keychainLockedWhileCreatingKeepsTheSecret()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const DataCenter dataCenter = sandbox.dataCenter();
        auto opened = Registry::open();
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        Registry &registry = *opened.registry;
        KeychainSecretStore secrets;
        QNetworkAccessManager nam;
        ProvisioningService service(&registry, &secrets, &nam);
        QMap<QString, QString> used {{QStringLiteral("admin API key"), sandbox.adminKey()}};

        std::optional<ServiceError> stored;
        service.storeAdminKey(
            dataCenter, sandbox.adminKey(), this, [&stored](const ServiceError &error) { stored = error; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kTimeoutMs);
        QVERIFY2(stored->ok(), qPrintable(stored->message()));

        // Cronofy answers the create call 3 s late: time to lock the keyring while the request is out.
        QVERIFY(sandbox.addFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/applications")},
            {QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("delay"), 3000},
            {QStringLiteral("count"), 1}}));
        const auto requestsSoFar
            = [&sandbox] { return qint64(sandbox.stats().value(QStringLiteral("requests")).toDouble()); };
        const qint64 before = requestsSoFar();
        std::optional<std::pair<CreatedApplication, ServiceError>> created;
        service.createApplication(dataCenter,
            NewApplication {QStringLiteral("Locked out"), QStringLiteral("https://locked.example")}, this,
            [&created](const CreatedApplication &result, const ServiceError &error) {
                created = std::make_pair(result, error);
            });
        // The admin key came out of the keychain and the request reached Cronofy: now the keyring locks.
        QTRY_VERIFY_WITH_TIMEOUT(requestsSoFar() > before, kTimeoutMs);
        QVERIFY2(!created.has_value(), "Cronofy answered before the keyring could be locked");
        lockKeyring();

        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeoutMs);
        // The application exists in Cronofy, and its secret is handed to the caller although it is not
        // stored.
        QVERIFY2(created->second.ok(), qPrintable(created->second.message()));
        const CreatedApplication &result = created->first;
        QVERIFY(!result.secretStored());
        QCOMPARE(result.secretError.kind, SecretError::Kind::Locked);
        QVERIFY2(result.secretError.message().contains(QStringLiteral("Unlock your desktop's keyring")),
            qPrintable(result.secretError.message()));
        const ApplicationCredentials credentials = result.credentials;
        QVERIFY(!credentials.clientId.isEmpty());
        QVERIFY(!credentials.clientSecret.isEmpty());
        used.insert(QStringLiteral("client_secret"), credentials.clientSecret);
        QVERIFY(!secrets.knownKeys().contains(SecretKeys::clientSecret(credentials.clientId)));

        // It is the real secret: Cronofy accepts it.
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("client_id"), credentials.clientId},
                                {QStringLiteral("client_secret"), credentials.clientSecret},
                                {QStringLiteral("application_calendar_id"), QStringLiteral("probe")}})
                  .toJson(QJsonDocument::Compact);
        QByteArray answer;
        QCOMPARE(sandbox.request("POST", QStringLiteral("/v1/application_calendars"), body,
                     {{"Content-Type", "application/json"}}, &answer),
            200);
        const QJsonObject tokens = QJsonDocument::fromJson(answer).object();
        used.insert(
            QStringLiteral("probe access token"), tokens.value(QStringLiteral("access_token")).toString());
        used.insert(
            QStringLiteral("probe refresh token"), tokens.value(QStringLiteral("refresh_token")).toString());

        // The kept list knows the application, marked "secret not stored"; no secret reached any file.
        const auto row = registry.application(credentials.clientId);
        QVERIFY(row.has_value());
        QCOMPARE(row->secretState, ApplicationRecord::SecretState::NotStored);
        int files = 0;
        auto findings = PlaintextScan::scanTree(TestEnvironment::home(), used, &files);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
        QVERIFY(files >= 1);

        // Retry while still locked: still refused, still typed, the row unchanged.
        std::optional<ServiceError> retried;
        service.storeClientSecret(credentials.clientId, credentials.clientSecret, this,
            [&retried](const ServiceError &error) { retried = error; });
        QTRY_VERIFY_WITH_TIMEOUT(retried.has_value(), kTimeoutMs);
        QCOMPARE(retried->source, ServiceError::Source::Secrets);
        QCOMPARE(retried->secret.kind, SecretError::Kind::Locked);
        QCOMPARE(registry.application(credentials.clientId)->secretState,
            ApplicationRecord::SecretState::NotStored);

        // The person unlocks the keyring and presses Retry: the secret is stored, the row says so.
        unlockKeyring();
        retried.reset();
        service.storeClientSecret(credentials.clientId, credentials.clientSecret, this,
            [&retried](const ServiceError &error) { retried = error; });
        QTRY_VERIFY_WITH_TIMEOUT(retried.has_value(), kTimeoutMs);
        QVERIFY2(retried->ok(), qPrintable(retried->message()));
        QCOMPARE(
            registry.application(credentials.clientId)->secretState, ApplicationRecord::SecretState::Stored);
        std::optional<QString> inKeychain;
        secrets.read(SecretKeys::clientSecret(credentials.clientId), this,
            [&inKeychain](const QString &value, const SecretError &) { inKeychain = value; });
        QTRY_VERIFY_WITH_TIMEOUT(inKeychain.has_value(), kTimeoutMs);
        QVERIFY2(*inKeychain == credentials.clientSecret, "the keychain holds a different secret");

        // And still nothing on disk.
        QSettings().sync();
        findings = PlaintextScan::scanTree(TestEnvironment::home(), used, &files);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
    }
};

QTEST_GUILESS_MAIN(TstSecretSurvivesKeychain)
#include "tst_secret_survives_keychain.moc"
