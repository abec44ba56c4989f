// Data-center ids map to the documented hosts; custom base URLs allow plain http only on loopback.
#include "api/DataCenter.h"

#include <QTest>

class TstDataCenter final : public QObject
{
    Q_OBJECT

private slots:
    void ids_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("apiBase");
        QTest::newRow("us") << "us"
                            << "us"
                            << "https://api.cronofy.com";
        QTest::newRow("US upper case") << "US"
                                       << "us"
                                       << "https://api.cronofy.com";
        QTest::newRow("au") << "au"
                            << "au"
                            << "https://api-au.cronofy.com";
        QTest::newRow("ca") << "ca"
                            << "ca"
                            << "https://api-ca.cronofy.com";
        QTest::newRow("de") << "de"
                            << "de"
                            << "https://api-de.cronofy.com";
        QTest::newRow("sg") << " sg "
                            << "sg"
                            << "https://api-sg.cronofy.com";
        QTest::newRow("uk") << "uk"
                            << "uk"
                            << "https://api-uk.cronofy.com";
    }
    void ids()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(QString, apiBase);
        const auto dc = DataCenter::parse(input);
        QVERIFY(dc.has_value());
        QCOMPARE(dc->id(), id);
        QVERIFY(!dc->isCustom());
        QCOMPARE(dc->apiBaseUrl().toString(), apiBase);
        QCOMPARE(dc->storageKey(), id);
        QCOMPARE(dc->endpoint(QStringLiteral("/v1/applications")).toString(),
            apiBase + QLatin1String("/v1/applications"));
    }

    void allSix()
    {
        QStringList ids;
        for (const DataCenter &dc : DataCenter::all())
            ids << dc.id();
        QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("us au ca de sg uk"));
        QCOMPARE(DataCenter::fromId(QStringLiteral("de"))->displayName(), QStringLiteral("Germany"));
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("https any host")
            << "https://api.example.com" << true << "https://api.example.com/v1/calendars";
        QTest::newRow("https with path and slash") << "https://proxy.example.com/cronofy/" << true
                                                   << "https://proxy.example.com/cronofy/v1/calendars";
        QTest::newRow("http 127.0.0.1")
            << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080/v1/calendars";
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:9" << true << "http://127.1.2.3:9/v1/calendars";
        QTest::newRow("http localhost")
            << "http://localhost:1234" << true << "http://localhost:1234/v1/calendars";
        QTest::newRow("http [::1]") << "http://[::1]:1234" << true << "http://[::1]:1234/v1/calendars";
        QTest::newRow("HTTP upper scheme")
            << "HTTP://127.0.0.1:1" << true << "http://127.0.0.1:1/v1/calendars";
        QTest::newRow("http remote host") << "http://api.cronofy.com" << false << "";
        QTest::newRow("http lan address") << "http://192.168.1.10:8080" << false << "";
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false << "";
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false << "";
        QTest::newRow("no host") << "https://" << false << "";
        QTest::newRow("user info") << "https://user:pw@api.example.com" << false << "";
        QTest::newRow("query") << "https://api.example.com/?key=x" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }
    void baseUrls()
    {
        QFETCH(QString, input);
        QFETCH(bool, accepted);
        QFETCH(QString, endpoint);
        QString error;
        const auto dc = DataCenter::fromBaseUrl(input, &error);
        QCOMPARE(dc.has_value(), accepted);
        if (accepted) {
            QVERIFY(dc->isCustom());
            QVERIFY(error.isEmpty());
            QCOMPARE(dc->endpoint(QStringLiteral("/v1/calendars")).toString(), endpoint);
        } else {
            QVERIFY2(error.size() > 20, qPrintable(error)); // a sentence, not a code
        }
    }

    void unknownIdsAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("eu") << "eu";
        QTest::newRow("api-us") << "api-us";
        QTest::newRow("control chars") << QStringLiteral("u\u0001s");
    }
    void unknownIdsAreRefusedWithASentence()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!DataCenter::parse(input, &error).has_value());
        QVERIFY(error.contains(QLatin1String("us, au, ca, de, sg or uk")));
    }

    void sandboxKeepsItsKeyAcrossPorts()
    {
        const DataCenter a = DataCenter::sandbox(QUrl(QStringLiteral("http://127.0.0.1:4000")));
        const DataCenter b = DataCenter::sandbox(QUrl(QStringLiteral("http://127.0.0.1:5000/")));
        QVERIFY(a.isSandbox() && !a.isCustom());
        QCOMPARE(a.storageKey(), QStringLiteral("sandbox"));
        QCOMPARE(a.storageKey(), b.storageKey());
        QCOMPARE(b.endpoint(QStringLiteral("/v1/userinfo")).toString(),
            QStringLiteral("http://127.0.0.1:5000/v1/userinfo"));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("example.com") << "example.com" << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }
};

QTEST_GUILESS_MAIN(TstDataCenter)
#include "tst_datacenter.moc"
