// The shared list's address: what is accepted, the canonical form the keychain entry is named by, and the
// sentence for each kind of bad input.
#include "postgres/PostgresAddress.h"

#include <QTest>

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private slots:
    void loopbackWithoutTls()
    {
        QString error;
        const auto a
            = PostgresAddress::parse(QStringLiteral("postgresql://alice@127.0.0.1:5433/team"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->user(), QStringLiteral("alice"));
        QCOMPARE(a->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(a->port(), 5433);
        QCOMPARE(a->database(), QStringLiteral("team"));
        QVERIFY(a->isLoopback());
        QCOMPARE(a->tls(), PostgresAddress::Tls::Prefer);
        QCOMPARE(a->toString(), QStringLiteral("postgresql://alice@127.0.0.1:5433/team"));
        QVERIFY(a->connectOptions().contains(QStringLiteral("sslmode=prefer")));
    }

    void defaultsAndCanonicalForm()
    {
        QString error;
        const auto a = PostgresAddress::parse(QStringLiteral("  postgres://bob@localhost/cronofy  "), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->port(), 5432);
        QVERIFY(a->isLoopback());
        // The same list always has the same text (the keychain entry's name).
        QCOMPARE(a->toString(), QStringLiteral("postgresql://bob@localhost:5432/cronofy"));
        const auto again = PostgresAddress::parse(a->toString(), &error);
        QVERIFY(again);
        QCOMPARE(*again, *a);
        const auto ipv6
            = PostgresAddress::parse(QStringLiteral("postgresql://bob@[::1]:5432/cronofy"), &error);
        QVERIFY2(ipv6, qPrintable(error));
        QVERIFY(ipv6->isLoopback());
    }

    void remoteNeedsVerifyFull()
    {
        QString error;
        QVERIFY(!PostgresAddress::parse(QStringLiteral("postgresql://alice@db.example.com/team"), &error));
        QVERIFY2(error.contains(QStringLiteral("sslmode=verify-full")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("db.example.com")));
        for (const char *mode : {"require", "verify-ca", "prefer", "disable"}) {
            QVERIFY(!PostgresAddress::parse(
                QStringLiteral("postgresql://alice@10.1.2.3/team?sslmode=") + QLatin1String(mode), &error));
            QVERIFY(error.contains(QStringLiteral("sslmode=verify-full")));
        }
        const auto a = PostgresAddress::parse(
            QStringLiteral("postgresql://alice@db.example.com:6432/team?sslmode=verify-full&sslrootcert=/etc/"
                           "ssl/team ca.crt"),
            &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(!a->isLoopback());
        QCOMPARE(a->tls(), PostgresAddress::Tls::VerifyFull);
        QCOMPARE(a->rootCertificate(), QStringLiteral("/etc/ssl/team ca.crt"));
        const QString options = a->connectOptions(7);
        QVERIFY(options.contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(options.contains(QStringLiteral("sslrootcert='/etc/ssl/team ca.crt'")));
        QVERIFY(options.contains(QStringLiteral("connect_timeout=7")));
        const auto again = PostgresAddress::parse(a->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *a);
    }

    void badInputSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << QString() << QStringLiteral("is not a PostgreSQL address");
        QTest::newRow("other scheme")
            << QStringLiteral("mysql://a@localhost/db") << QStringLiteral("is not a PostgreSQL address");
        QTest::newRow("password") << QStringLiteral("postgresql://alice:secret@localhost/db")
                                  << QStringLiteral("Leave the password out");
        QTest::newRow("no user") << QStringLiteral("postgresql://localhost/db")
                                 << QStringLiteral("names no user");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@localhost:5432/")
                                     << QStringLiteral("names no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql://alice@localhost:99999/db")
                                  << QStringLiteral("is not a PostgreSQL address");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://alice@localhost/db?password=x")
                                        << QStringLiteral("\"password\" is not offered");
        QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://alice@localhost/db?sslmode=maybe")
                                         << QStringLiteral("sslmode=maybe is not offered");
        QTest::newRow("relative root cert")
            << QStringLiteral("postgresql://alice@localhost/db?sslmode=verify-full&sslrootcert=ca.crt")
            << QStringLiteral("full path of the root certificate");
        QTest::newRow("root cert without verification")
            << QStringLiteral("postgresql://alice@localhost/db?sslrootcert=/ca.crt")
            << QStringLiteral("only used with TLS");
    }

    void badInputSaysWhatToDo()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QString error;
        QVERIFY(!PostgresAddress::parse(text, &error));
        QVERIFY2(error.contains(sentence), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
        // Never repeats a password it was given.
        QVERIFY(!error.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgres_address.moc"
