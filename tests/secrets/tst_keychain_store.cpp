// KeychainSecretStore against a REAL Secret Service: an unlocked gnome-keyring in a private D-Bus session
// (tests/support/with-keyring.sh, mode unlocked).
#include "PlaintextScan.h"
#include "SecretWaits.h"
#include "TestEnvironment.h"
#include "api/DataCenter.h"
#include "secrets/KeychainSecretStore.h"

#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>

using namespace SecretWaits;

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A value nobody else could produce, so finding it anywhere means this test put it there.
QString uniqueSecret(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TstKeychainStore final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore *m_store = nullptr;
    QMap<QString, QString> m_written; // label -> every value this test stored, for the plaintext scan

    void remember(const QString &label, const QString &value) { m_written.insert(label, value); }

    // Writes and checks the call succeeded; the caller checks QTest::currentTestFailed().
    void mustWrite(const QString &key, const QString &value)
    {
        const auto error = write(*m_store, key, value);
        QVERIFY2(error.has_value(), "the write never finished");
        QVERIFY2(error->ok(), qPrintable(describeSecretError(*error)));
    }
    void mustRead(const QString &key, const QString &expected)
    {
        const auto outcome = read(*m_store, key);
        QVERIFY2(outcome.has_value(), "the read never finished");
        QVERIFY2(outcome->error.ok(), qPrintable(describeSecretError(outcome->error)));
        QVERIFY2(outcome->value == expected, "the keychain returned a different value");
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QCOMPARE(qgetenv("CONSOLE_KEYRING_MODE"), QByteArray("unlocked"));
        g_previousHandler = qInstallMessageHandler(captureLog);
        m_store = new KeychainSecretStore(this);
        QCOMPARE(m_store->service(), QStringLiteral(CONSOLE_APP_ID));
        QVERIFY(m_store->knownKeys().isEmpty());
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void probeSucceedsAndLeavesNothing()
    {
        std::optional<SecretError> result;
        m_store->probe(this, [&result](const SecretError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
        QVERIFY2(result->ok(), qPrintable(describeSecretError(*result)));
        QVERIFY(!m_store->knownKeys().contains(KeychainSecretStore::probeKey()));
        const auto leftover = read(*m_store, KeychainSecretStore::probeKey());
        QVERIFY(leftover.has_value());
        QCOMPARE(leftover->error.kind, SecretError::Kind::NotFound);
    }

    void writeReadOverwriteDelete()
    {
        const QString key = SecretKeys::clientSecret(QStringLiteral("test-client-1"));
        const QString first = uniqueSecret(QStringLiteral("first"));
        const QString second = uniqueSecret(QStringLiteral("second"));
        remember(QStringLiteral("first client_secret"), first);
        remember(QStringLiteral("second client_secret"), second);

        mustWrite(key, first);
        mustRead(key, first);
        mustWrite(key, second);
        mustRead(key, second);
        QVERIFY(m_store->knownKeys().contains(key));

        const auto removed = remove(*m_store, key);
        QVERIFY(removed.has_value());
        QVERIFY2(removed->ok(), qPrintable(describeSecretError(*removed)));
        const auto gone = read(*m_store, key);
        QVERIFY(gone.has_value());
        QCOMPARE(gone->error.kind, SecretError::Kind::NotFound);
        QVERIFY(gone->value.isEmpty());
        QVERIFY(!m_store->knownKeys().contains(key));
    }

    void missingEntry()
    {
        const QString key = SecretKeys::clientSecret(QStringLiteral("never-written"));
        const auto outcome = read(*m_store, key);
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind, SecretError::Kind::NotFound);
        QVERIFY(!outcome->error.message().isEmpty());
        // Removing what is not there leaves nothing behind: ok or NotFound, never a failure.
        const auto removed = remove(*m_store, key);
        QVERIFY(removed.has_value());
        QVERIFY2(removed->ok() || removed->kind == SecretError::Kind::NotFound,
            qPrintable(describeSecretError(*removed)));
        QVERIFY(!m_store->knownKeys().contains(key));
    }

    void adminKeyPerDataCenter()
    {
        const auto de = DataCenter::fromId(QStringLiteral("de"));
        const auto local = DataCenter::fromBaseUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(de && local);
        const QString deKey = uniqueSecret(QStringLiteral("CRN_de"));
        const QString localKey = uniqueSecret(QStringLiteral("CRN_local"));
        remember(QStringLiteral("admin key de"), deKey);
        remember(QStringLiteral("admin key local"), localKey);
        mustWrite(SecretKeys::adminApiKey(*de), deKey);
        mustWrite(SecretKeys::adminApiKey(*local), localKey);
        mustRead(SecretKeys::adminApiKey(*de), deKey);
        mustRead(SecretKeys::adminApiKey(*local), localKey);
        QVERIFY(m_store->knownKeys().contains(QStringLiteral("admin-api-key:de")));
        QVERIFY(m_store->knownKeys().contains(QStringLiteral("admin-api-key:http://127.0.0.1:8080")));
    }

    void unicodeAndLargeValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unicode value")
            << SecretKeys::clientSecret(QStringLiteral("unicode-value"))
            << QStringLiteral("p\u00e4ssw\u00f6rd \u20ac \u65e5\u672c\u8a9e \U0001F511 ")
                + uniqueSecret(QStringLiteral("u"));
        QTest::newRow("unicode key") << SecretKeys::clientSecret(
            QStringLiteral("cli\u00ebnt-\u65e5\u672c-\U0001F511"))
                                     << uniqueSecret(QStringLiteral("for-a-unicode-key"));
        QString ascii4k = uniqueSecret(QStringLiteral("big"));
        while (ascii4k.size() < 4096)
            ascii4k += QChar(char16_t(u'A' + ascii4k.size() % 26));
        QTest::newRow("4 KB ascii") << SecretKeys::clientSecret(QStringLiteral("big-ascii"))
                                    << ascii4k.left(4096);
        // 4 KB of UTF-8 made of two- and three-byte characters.
        QString utf4k = uniqueSecret(QStringLiteral("bigutf"));
        while (utf4k.toUtf8().size() < 4096)
            utf4k += (utf4k.size() % 2) ? QStringLiteral("\u00e9") : QStringLiteral("\u20ac");
        QTest::newRow("4 KB utf-8") << SecretKeys::clientSecret(QStringLiteral("big-utf8")) << utf4k;
    }
    void unicodeAndLargeValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        remember(QString::fromLatin1(QTest::currentDataTag()), value);
        mustWrite(key, value);
        if (QTest::currentTestFailed())
            return;
        mustRead(key, value);
        QVERIFY(m_store->knownKeys().contains(key));
    }

    void manyQueuedJobsFinishInOrder()
    {
        constexpr int count = 50;
        QStringList keys, values;
        for (int i = 0; i < count; ++i) {
            keys.append(SecretKeys::clientSecret(QStringLiteral("queued-%1").arg(i)));
            values.append(uniqueSecret(QStringLiteral("queued%1").arg(i)));
            remember(QStringLiteral("queued %1").arg(i), values.last());
        }

        // All writes at once: QtKeychain runs them one after another.
        QList<int> writeOrder;
        QList<SecretError> writeErrors(count);
        for (int i = 0; i < count; ++i) {
            m_store->write(
                keys[i], values[i], this, [&writeOrder, &writeErrors, i](const SecretError &error) {
                    writeOrder.append(i);
                    writeErrors[i] = error;
                });
        }
        QCOMPARE(m_store->pendingJobs(), count);
        QTRY_COMPARE_WITH_TIMEOUT(writeOrder.size(), count, 60000);
        QCOMPARE(m_store->pendingJobs(), 0);
        for (int i = 0; i < count; ++i) {
            QVERIFY2(writeErrors[i].ok(), qPrintable(describeSecretError(writeErrors[i])));
            QCOMPARE(writeOrder[i], i);
        }

        // All reads at once, each with its own value, in the order asked.
        QList<int> readOrder;
        QStringList readValues(count);
        for (int i = 0; i < count; ++i) {
            m_store->read(
                keys[i], this, [&readOrder, &readValues, i](const QString &value, const SecretError &error) {
                    readOrder.append(i);
                    readValues[i]
                        = error.ok() ? value : QStringLiteral("<error: %1>").arg(describeSecretError(error));
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(readOrder.size(), count, 60000);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(readOrder[i], i);
            QVERIFY2(
                readValues[i] == values[i], qPrintable(QStringLiteral("entry %1 came back wrong").arg(i)));
        }
        for (const QString &key : std::as_const(keys))
            QVERIFY(m_store->knownKeys().contains(key));

        // And all removals at once.
        int removed = 0;
        for (int i = 0; i < count; ++i)
            m_store->remove(
                keys[i], this, [&removed](const SecretError &error) { removed += error.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(removed, count, 60000);
        for (const QString &key : std::as_const(keys))
            QVERIFY(!m_store->knownKeys().contains(key));
    }

    void deadContextGetsNoCallbackButTheWriteCounts()
    {
        const QString key = SecretKeys::clientSecret(QStringLiteral("dead-context"));
        const QString value = uniqueSecret(QStringLiteral("deadctx"));
        remember(QStringLiteral("dead context"), value);
        bool called = false;
        auto *context = new QObject;
        m_store->write(key, value, context, [&called](const SecretError &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingJobs(), 0, kTimeoutMs);
        QVERIFY(!called);
        // The keychain still got it, and the index says so.
        QVERIFY(m_store->knownKeys().contains(key));
        mustRead(key, value);
    }

    void watchdogLogsSlowJobsByKeyNameOnly()
    {
        // QtKeychain runs one job at a time: with 20 jobs queued, the later ones wait far longer than 1 ms.
        m_store->setWatchdogInterval(std::chrono::milliseconds(1));
        g_log.clear();
        QStringList values;
        int finished = 0;
        for (int i = 0; i < 20; ++i) {
            values.append(uniqueSecret(QStringLiteral("slow%1").arg(i)));
            remember(QStringLiteral("watchdog %1").arg(i), values.last());
            m_store->write(SecretKeys::clientSecret(QStringLiteral("slow-%1").arg(i)), values.last(), this,
                [&finished](const SecretError &) { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 60000);
        m_store->setWatchdogInterval(std::chrono::seconds(10));

        const QStringList warnings = g_log.filter(QStringLiteral("has not finished"));
        QVERIFY2(!warnings.isEmpty(), "no slow job was reported");
        QVERIFY(warnings.first().contains(QStringLiteral("client-secret:slow-")));
        QVERIFY(warnings.first().contains(QStringLiteral("after 1 ms")));
        for (const QString &line : g_log) {
            for (const QString &value : std::as_const(values))
                QVERIFY2(!line.contains(value), "a secret value reached the log");
        }
    }

    void settingsIndexHasNamesNeverValues()
    {
        const QString key = SecretKeys::clientSecret(QStringLiteral("index-check"));
        const QString value = uniqueSecret(QStringLiteral("indexed"));
        remember(QStringLiteral("index check"), value);
        mustWrite(key, value);
        if (QTest::currentTestFailed())
            return;

        const QString settingsPath = QSettings().fileName();
        QVERIFY2(settingsPath.startsWith(TestEnvironment::home()), qPrintable(settingsPath));
        QFile file(settingsPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("[keychain]"));
        QVERIFY(bytes.contains(key.toUtf8()));
        QVERIFY(bytes.contains("admin-api-key:de"));
        const auto findings = PlaintextScan::scanBytes(settingsPath, bytes, m_written);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));

        // A fresh store (a later run of the program) sees the same names.
        KeychainSecretStore again;
        QCOMPARE(again.knownKeys(), m_store->knownKeys());
    }

    // Runs last: everything written above went to the keychain only, never to a file under the test's home.
    void noPlaintextUnderTestHome()
    {
        QVERIFY(m_written.size() > 60);
        int files = 0;
        const auto findings = PlaintextScan::scanTree(TestEnvironment::home(), m_written, &files);
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));
        QVERIFY2(files >= 1, "the settings file should have been scanned");
        // The log neither.
        const auto logFindings
            = PlaintextScan::scanBytes(QStringLiteral("log"), g_log.join(u'\n').toUtf8(), m_written);
        QVERIFY2(logFindings.isEmpty(), qPrintable(PlaintextScan::describe(logFindings)));
    }
};

QTEST_GUILESS_MAIN(TstKeychainStore)
#include "tst_keychain_store.moc"
