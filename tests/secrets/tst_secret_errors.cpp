// How QtKeychain's results become typed SecretErrors (the exact backend messages of build-env.md §3.4), the
// documented key names, and the sentences a person reads.
#include "api/DataCenter.h"
#include "secrets/KeychainErrors.h"
#include "secrets/SecretStore.h"

#include <QTest>
#include <qt6keychain/keychain.h>

Q_DECLARE_METATYPE(SecretError::Kind)

class TstSecretErrors final : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<SecretError::Kind>("kind");
        using K = SecretError::Kind;
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << K::None;
        QTest::newRow("entry not found")
            << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << K::NotFound;
        QTest::newRow("no bus, no display")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << K::Unavailable;
        QTest::newRow("dead bus socket")
            << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
            << K::Unavailable;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << K::Unavailable;
        QTest::newRow("no login collection")
            << int(QKeychain::OtherError)
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << K::Unavailable;
        QTest::newRow("dbus-launch missing")
            << int(QKeychain::OtherError)
            << QStringLiteral("Failed to execute child process \u201cdbus-launch\u201d (Permission denied)")
            << K::Unavailable;
        QTest::newRow("libsecret missing")
            << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << K::Unavailable;
        QTest::newRow("locked collection")
            << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection")
            << K::Locked;
        QTest::newRow("locked, as OtherError")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot create an item in a locked collection")
            << K::Locked;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << QStringLiteral("Denied") << K::Locked;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << K::Unavailable;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << K::Unavailable;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete") << K::Other;
        QTest::newRow("something else")
            << int(QKeychain::OtherError) << QStringLiteral("Disk full") << K::Other;
    }
    void mapping()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(SecretError::Kind, kind);
        const SecretError error = secretErrorFromKeychain(code, message);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.ok(), kind == SecretError::Kind::None);
        if (!error.ok())
            QCOMPARE(error.backendMessage, message);
    }

    void sentences()
    {
        using K = SecretError::Kind;
        QVERIFY(SecretError().message().isEmpty());
        QCOMPARE(SecretError(K::Unavailable, QStringLiteral("Cannot autolaunch D-Bus")).message(),
            QStringLiteral("Cronofy Console could not reach your keychain. Start your desktop's keyring "
                           "(GNOME Keyring or KWallet), then try again."));
        const QString locked = SecretError(K::Locked).message();
        QVERIFY(locked.contains(QStringLiteral("Unlock")));
        QVERIFY(locked.contains(QStringLiteral("after login")));
        QVERIFY(locked.endsWith(QStringLiteral("then try again.")));
        QVERIFY(!SecretError(K::NotFound).message().isEmpty());
        // Other says what the keychain said (it never holds a value) and what to do.
        const QString other = SecretError(K::Other, QStringLiteral("Disk full")).message();
        QVERIFY(other.contains(QStringLiteral("Disk full")));
        QVERIFY(other.contains(QStringLiteral("Try again")));
        QVERIFY(!SecretError(K::Other).message().contains(QStringLiteral("()")));
        // Each kind has its own sentence.
        const QStringList all {SecretError(K::NotFound).message(), SecretError(K::Unavailable).message(),
            SecretError(K::Locked).message(), SecretError(K::Other).message()};
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 4);
    }

    void keyNames()
    {
        const auto de = DataCenter::fromId(QStringLiteral("de"));
        const auto us = DataCenter::fromId(QStringLiteral("us"));
        const auto local = DataCenter::fromBaseUrl(QStringLiteral("http://127.0.0.1:8080/"));
        QVERIFY(de && us && local);
        QCOMPARE(SecretKeys::adminApiKey(*de), QStringLiteral("admin-api-key:de"));
        QCOMPARE(SecretKeys::adminApiKey(*us), QStringLiteral("admin-api-key:us"));
        QCOMPARE(SecretKeys::adminApiKey(*local), QStringLiteral("admin-api-key:") + local->storageKey());
        QVERIFY(SecretKeys::adminApiKey(*local).startsWith(
            QStringLiteral("admin-api-key:http://127.0.0.1:8080")));
        QCOMPARE(SecretKeys::clientSecret(QStringLiteral("CRN_abc123")),
            QStringLiteral("client-secret:CRN_abc123"));
    }
};

QTEST_GUILESS_MAIN(TstSecretErrors)
#include "tst_secret_errors.moc"
