// The in-memory SecretStore other tests use: asynchronous like the keychain, ordered, and able to fail on
// demand.
#include "MemorySecretStore.h"
#include "SecretWaits.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace SecretWaits;

class TstMemorySecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void callbacksComeFromTheEventLoopInOrder()
    {
        MemorySecretStore store;
        QList<int> order;
        store.write(
            QStringLiteral("a"), QStringLiteral("1"), this, [&order](const SecretError &) { order << 1; });
        store.read(QStringLiteral("a"), this, [&order](const QString &value, const SecretError &error) {
            QVERIFY(error.ok());
            QCOMPARE(value, QStringLiteral("1"));
            order << 2;
        });
        store.remove(QStringLiteral("a"), this, [&order](const SecretError &) { order << 3; });
        QVERIFY(order.isEmpty()); // nothing called back inside the calls
        QTRY_COMPARE(order, (QList<int> {1, 2, 3}));
    }

    void readWriteRemoveAndKnownKeys()
    {
        MemorySecretStore store;
        QVERIFY(write(store, QStringLiteral("k2"), QStringLiteral("v2"))->ok());
        QVERIFY(write(store, QStringLiteral("k1"), QStringLiteral("v1"))->ok());
        QCOMPARE(store.knownKeys(), (QStringList {QStringLiteral("k1"), QStringLiteral("k2")}));
        QCOMPARE(read(store, QStringLiteral("k1"))->value, QStringLiteral("v1"));
        QCOMPARE(read(store, QStringLiteral("missing"))->error.kind, SecretError::Kind::NotFound);
        QVERIFY(remove(store, QStringLiteral("k1"))->ok());
        QCOMPARE(remove(store, QStringLiteral("k1"))->kind, SecretError::Kind::NotFound);
        QCOMPARE(store.knownKeys(), QStringList {QStringLiteral("k2")});
        QCOMPARE(store.writeCount(), 2);
        QCOMPARE(store.readCount(), 2);
        QCOMPARE(store.removeCount(), 2);
    }

    void failuresOnDemand()
    {
        MemorySecretStore store;
        store.insert(QStringLiteral("kept"), QStringLiteral("old"));
        store.setFailure(SecretError::Kind::Unavailable, MemorySecretStore::Write);
        const auto failed = write(store, QStringLiteral("kept"), QStringLiteral("new"));
        QCOMPARE(failed->kind, SecretError::Kind::Unavailable);
        QCOMPARE(
            store.value(QStringLiteral("kept")), QStringLiteral("old")); // a failed write changes nothing
        QVERIFY(read(store, QStringLiteral("kept"))->error.ok()); // reads were not made to fail

        store.setFailure(SecretError::Kind::Locked);
        QCOMPARE(read(store, QStringLiteral("kept"))->error.kind, SecretError::Kind::Locked);
        QCOMPARE(remove(store, QStringLiteral("kept"))->kind, SecretError::Kind::Locked);
        QVERIFY(store.contains(QStringLiteral("kept")));

        store.clearFailure();
        QVERIFY(write(store, QStringLiteral("kept"), QStringLiteral("new"))->ok());
        QCOMPARE(store.value(QStringLiteral("kept")), QStringLiteral("new"));
    }

    void deadContextGetsNoCallback()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.write(QStringLiteral("k"), QStringLiteral("v"), context,
            [&called](const SecretError &) { called = true; });
        delete context;
        // A later call with a live context proves the event loop has run past the first one.
        QVERIFY(write(store, QStringLiteral("k2"), QStringLiteral("v2")).has_value());
        QVERIFY(!called);
        QVERIFY(store.contains(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TstMemorySecretStore)
#include "tst_memory_secret_store.moc"
