// KeychainSecretStore when the keychain cannot be used. Built once and registered three times, each run by
// tests/support/with-keyring.sh in one failing mode (it exports CONSOLE_KEYRING_MODE):
//   no-bus             no session bus, no DISPLAY            -> Unavailable
//   no-secret-service  a bus where nothing provides secrets  -> Unavailable
//   locked             a login keyring that stayed locked     -> Locked
// In every mode the error is typed, says what to do, the index stays empty, and no value lands in a file.
#include "PlaintextScan.h"
#include "SecretWaits.h"
#include "TestEnvironment.h"
#include "api/DataCenter.h"
#include "secrets/KeychainSecretStore.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QTest>

using namespace SecretWaits;

namespace {
const QString kKeptKey = QStringLiteral("client-secret:kept-from-before");
}

class TstKeychainFailing final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore *m_store = nullptr;
    QByteArray m_mode;
    SecretError::Kind m_expected = SecretError::Kind::None;
    QString m_backendFragment; // what the backend says in this mode (build-env.md §3.4)
    QMap<QString, QString> m_written;

    QString uniqueSecret(const QString &label)
    {
        const QString value = QStringLiteral("never-on-disk-")
            + QString::number(QRandomGenerator::global()->generate64(), 36)
            + QString::number(QRandomGenerator::global()->generate64(), 36);
        m_written.insert(label, value);
        return value;
    }

    void verifyExpected(const SecretError &error)
    {
        QVERIFY2(error.kind == m_expected, qPrintable(describeSecretError(error)));
        QVERIFY2(error.backendMessage.contains(m_backendFragment), qPrintable(error.backendMessage));
        QVERIFY(!error.message().isEmpty());
        QVERIFY2(error.message().contains(QStringLiteral("try again")), qPrintable(error.message()));
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_mode = qgetenv("CONSOLE_KEYRING_MODE");
        if (m_mode == "no-bus") {
            m_expected = SecretError::Kind::Unavailable;
            m_backendFragment = QStringLiteral("Cannot autolaunch D-Bus");
        } else if (m_mode == "no-secret-service") {
            m_expected = SecretError::Kind::Unavailable;
            m_backendFragment = QStringLiteral("was not provided by any .service files");
        } else if (m_mode == "locked") {
            m_expected = SecretError::Kind::Locked;
            m_backendFragment = QStringLiteral("locked collection");
        } else {
            QFAIL(qPrintable(QStringLiteral("run me through with-keyring.sh in a failing mode, not '%1'")
                                 .arg(QString::fromLatin1(m_mode))));
        }
        m_store = new KeychainSecretStore(this);
        // An entry stored earlier, while the keychain still worked: its name is in the index.
        QSettings().setValue(QStringLiteral("keychain/keys"), QStringList {kKeptKey});
        QCOMPARE(m_store->knownKeys(), QStringList {kKeptKey});
    }

    void writeFailsWithTypedError()
    {
        const QString key = SecretKeys::clientSecret(QStringLiteral("failing-client"));
        const auto error = write(*m_store, key, uniqueSecret(QStringLiteral("client_secret")));
        QVERIFY2(error.has_value(), "the write never finished");
        verifyExpected(*error);
        if (m_expected == SecretError::Kind::Unavailable) {
            QCOMPARE(error->message(),
                QStringLiteral("Cronofy Console could not reach your keychain. Start your desktop's keyring "
                               "(GNOME Keyring or KWallet), then try again."));
        } else {
            QVERIFY2(error->message().contains(QStringLiteral("Unlock")), qPrintable(error->message()));
        }
        QCOMPARE(m_store->knownKeys(), QStringList {kKeptKey});
    }

    void adminKeyWriteFails()
    {
        const auto us = DataCenter::fromId(QStringLiteral("us"));
        QVERIFY(us);
        const auto error
            = write(*m_store, SecretKeys::adminApiKey(*us), uniqueSecret(QStringLiteral("admin key")));
        QVERIFY(error.has_value());
        verifyExpected(*error);
    }

    void readFails()
    {
        const auto outcome = read(*m_store, SecretKeys::clientSecret(QStringLiteral("failing-client")));
        QVERIFY2(outcome.has_value(), "the read never finished");
        QVERIFY(outcome->value.isEmpty());
        // In the locked mode QtKeychain itself answers NotFound (libsecret searches unlocked items only); the
        // store confirms every NotFound with a probe write, so the caller still learns the keychain is
        // locked.
        verifyExpected(outcome->error);
    }

    void removeFailsAndKeepsTheIndex()
    {
        // In the locked mode QtKeychain's delete "succeeds" without deleting anything; the store confirms it.
        const auto error = remove(*m_store, kKeptKey);
        QVERIFY2(error.has_value(), "the removal never finished");
        verifyExpected(*error);
        QCOMPARE(m_store->knownKeys(), QStringList {kKeptKey});
    }

    void probeReportsTheProblem()
    {
        std::optional<SecretError> result;
        m_store->probe(this, [&result](const SecretError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
        verifyExpected(*result);
    }

    void nothingInPlaintextAnywhere()
    {
        QCOMPARE(m_written.size(), 2);
        QCOMPARE(m_store->knownKeys(), QStringList {kKeptKey});
        int files = 0;
        const auto findings = PlaintextScan::scanTree(TestEnvironment::home(), m_written, &files);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
        // And no insecure-fallback settings entry with the key names either.
        QSettings settings;
        for (const QString &name : settings.allKeys())
            QVERIFY2(!name.contains(QStringLiteral("failing-client")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TstKeychainFailing)
#include "tst_keychain_failing.moc"
