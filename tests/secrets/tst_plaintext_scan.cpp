// The scanner the leak tests rely on: it must find a secret in every form a program might write it in, in any
// file of a tree (hidden and nested ones too), and stay quiet on clean files.
#include "PlaintextScan.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString kSecret = QStringLiteral("sk_Tl9/ab+cd=ef&gh \u00e9t\u00e9 0123456789");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TstPlaintextScan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void findsEveryForm_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("form");
        const QByteArray utf8 = kSecret.toUtf8();
        QTest::newRow("raw") << (QByteArray("key=") + utf8 + "\n") << QStringLiteral("utf-8");
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_secret"), kSecret);
        QUrl url(QStringLiteral("http://127.0.0.1/oauth/token"));
        url.setQuery(query);
        QTest::newRow("in a URL") << url.toEncoded() << QStringLiteral("percent-");
        QTest::newRow("form body") << (QByteArray("a=b&s=")
            + QUrl::toPercentEncoding(kSecret).replace("%20", "+"))
                                   << QStringLiteral("form-encoded");
        QTest::newRow("json") << QJsonDocument(QJsonObject {{QStringLiteral("s"), kSecret}}).toJson()
                              << QStringLiteral("utf-8");
        QTest::newRow("json, escaped slash")
            << QByteArray("{\"s\":\"sk_Tl9\\/ab+cd=ef&gh \xc3\xa9t\xc3\xa9 0123456789\"}")
            << QStringLiteral("json-escaped");
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray blob = QByteArray(offset, 'x') + utf8 + QByteArray("tail");
            QTest::addRow("base64 at offset %d", offset) << blob.toBase64() << QStringLiteral("base64");
            QTest::addRow("base64url at offset %d", offset)
                << blob.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                << QStringLiteral("base64");
        }
        QTest::newRow("utf-16") << QByteArray(reinterpret_cast<const char *>(kSecret.utf16()),
            kSecret.size() * 2) << QStringLiteral("utf-16le");
    }
    void findsEveryForm()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, form);
        const QString root = TestEnvironment::home() + QStringLiteral("/data/")
            + QString::fromLatin1(QTest::currentDataTag());
        writeFile(root + QStringLiteral("/.hidden/deeper/file.bin"), bytes);
        writeFile(root + QStringLiteral("/clean.txt"), QByteArray("nothing to see here"));
        int files = 0;
        const auto findings
            = PlaintextScan::scanTree(root, {{QStringLiteral("the secret"), kSecret}}, &files);
        QCOMPARE(files, 2);
        QVERIFY2(!findings.isEmpty(), "the secret was not found");
        QStringList forms;
        for (const auto &finding : findings) {
            QVERIFY(finding.where.endsWith(QStringLiteral("file.bin")));
            QCOMPARE(finding.secret, QStringLiteral("the secret"));
            forms.append(finding.form);
        }
        // The form found, or the decoded view it was found in, starts with the expected name.
        QVERIFY2(std::any_of(forms.cbegin(), forms.cend(),
                     [&form](const QString &found) { return found.startsWith(form); }),
            qPrintable(forms.join(u',')));
        // A finding names the secret's label, never its value.
        QVERIFY(!PlaintextScan::describe(findings).contains(kSecret));
    }

    void cleanTreeHasNoFindings()
    {
        const QString root = TestEnvironment::home() + QStringLiteral("/cache/clean");
        writeFile(root + QStringLiteral("/a.txt"), QByteArray("sk_Tl9/ab+cd=ef&gh but not the rest"));
        writeFile(root + QStringLiteral("/b.ini"), QByteArray("[keychain]\nkeys=client-secret:abc\n"));
        QVERIFY(PlaintextScan::scanTree(root, {{QStringLiteral("the secret"), kSecret}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPlaintextScan)
#include "tst_plaintext_scan.moc"
