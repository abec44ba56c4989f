// CSV (RFC 4180) writing and reading, and the calendar export to CSV and JSON files.
#include "TestEnvironment.h"
#include "list/ListSources.h"
#include "registry/CalendarExport.h"
#include "registry/Csv.h"
#include "registry/Registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRegistryCsv : public QObject
{
    Q_OBJECT

    std::unique_ptr<Registry> m_registry;

    QByteArray readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        Registry::OpenResult opened
            = Registry::open(TestEnvironment::home() + QStringLiteral("/csv/registry.sqlite"));
        QVERIFY(opened.registry);
        m_registry = std::move(opened.registry);
        ApplicationRecord a;
        a.clientId = QStringLiteral("cli_csv");
        a.name = QStringLiteral("Räume, \"Berlin\"");
        a.dataCenter = QStringLiteral("de");
        QVERIFY(m_registry->upsertApplication(a).ok());
        ApplicationRecord b = a;
        b.clientId = QStringLiteral("cli_other");
        b.name = QStringLiteral("Other");
        QVERIFY(m_registry->upsertApplication(b).ok());
        const QStringList profiles = {QStringLiteral("plain"), QStringLiteral("with, comma"),
            QStringLiteral("with \"quotes\""), QStringLiteral("two\r\nlines"), QStringLiteral("日本語 Zoë"),
            QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-1+2"), QStringLiteral("@SUM(A1)")};
        for (int i = 0; i < profiles.size(); ++i) {
            CalendarRecord c;
            c.clientId = QStringLiteral("cli_csv");
            c.applicationCalendarId = QStringLiteral("cal-%1").arg(i);
            c.sub = QStringLiteral("apc_%1").arg(i);
            c.profileName = profiles.at(i);
            c.provisionedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, i), Qt::UTC);
            c.lastSeenAt = c.provisionedAt;
            QVERIFY(m_registry->upsertCalendar(c).ok());
        }
        QVERIFY(m_registry
                    ->recordCalendarFailure(
                        QStringLiteral("cli_other"), QStringLiteral("x"), QStringLiteral("Nope."))
                    .ok());
    }

    void cleanupTestCase() { m_registry.reset(); }

    void writesRfc4180()
    {
        QCOMPARE(Csv::formatRow({QStringLiteral("a"), QStringLiteral("b c"), QString()}),
            QByteArray("a,b c,\r\n"));
        QCOMPARE(
            Csv::formatRow({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("l1\nl2")}),
            QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"l1\nl2\"\r\n"));
        QCOMPARE(Csv::formatRow({QStringLiteral("Zoë")}), QByteArray("Zo\xc3\xab\r\n"));
        QCOMPARE(Csv::quoteField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << QStringList {QStringLiteral("room-1"), QStringLiteral("apc_1")};
        QTest::newRow("comma") << QStringList {QStringLiteral("a,b"), QStringLiteral(",")};
        QTest::newRow("quotes") << QStringList {QStringLiteral("\""), QStringLiteral("say \"\"twice\"\"")};
        QTest::newRow("newlines") << QStringList {
            QStringLiteral("a\nb"), QStringLiteral("c\r\nd"), QStringLiteral("\r")};
        QTest::newRow("non-ascii") << QStringList {QStringLiteral("日本語"), QStringLiteral("Zoë 🙂")};
        QTest::newRow("formula") << QStringList {
            QStringLiteral("=1+1"), QStringLiteral("+x"), QStringLiteral("@a")};
        // Text that only looks guarded must survive guard + unguard unchanged (found by fuzz_csv).
        QTest::newRow("looks guarded") << QStringList {
            QStringLiteral("'-2"), QStringLiteral("''=x"), QStringLiteral("'"), QStringLiteral("'plain")};
        QTest::newRow("empty fields") << QStringList {QString(), QStringLiteral("x"), QString()};
    }

    void roundTrip()
    {
        QFETCH(QStringList, fields);
        const QByteArray bytes = Csv::formatRow({QStringLiteral("h1"), QStringLiteral("h2")})
            + Csv::formatRow(fields) + Csv::formatRow({QStringLiteral("last")});
        const Csv::Table table = Csv::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1), fields);
        QCOMPARE(table.rows.at(2), QStringList({QStringLiteral("last")}));

        QStringList guarded;
        for (const QString &f : fields)
            guarded.append(Csv::guardFormula(f));
        const Csv::Table back = Csv::parse(Csv::formatRow(guarded));
        QStringList unguarded;
        for (const QString &f : back.rows.value(0))
            unguarded.append(Csv::unguardFormula(f));
        QCOMPARE(unguarded, fields);
    }

    // Text that starts with U+FEFF in the first row must not be read back as a byte order mark (found by
    // fuzz_csv).
    void leadingByteOrderMarkTextSurvives()
    {
        const QStringList fields {QString(QChar(0xFEFF)) + QStringLiteral("room"), QStringLiteral("x")};
        const Csv::Table table = Csv::parse(Csv::formatRow(fields));
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.rows.value(0), fields);
        // A real byte order mark before the first row is still dropped.
        const Csv::Table withBom = Csv::parse(QByteArray("\xef\xbb\xbfroom-1\r\n"));
        QCOMPARE(withBom.rows.value(0), QStringList {QStringLiteral("room-1")});
    }

    void readsWhatSpreadsheetsWrite()
    {
        // BOM, LF line ends, no final newline, blank lines.
        const Csv::Table t
            = Csv::parse(QByteArray("\xef\xbb\xbf"
                                    "application_calendar_id\nroom-1\n\n\"room,2\"\r\nroom-3"));
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(0).at(0), QStringLiteral("application_calendar_id"));
        QCOMPARE(t.rows.at(2).at(0), QStringLiteral("room,2"));
        QCOMPARE(t.rows.at(3).at(0), QStringLiteral("room-3"));
        QCOMPARE(
            Csv::parse(QByteArray("a,\"\"\r\n")).rows.at(0), QStringList({QStringLiteral("a"), QString()}));
        QVERIFY(Csv::parse(QByteArray()).rows.isEmpty());
    }

    void badInputGetsASentence_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unterminated")
            << QByteArray("a\nb\n\"open,\nmore") << 3 << QStringLiteral("closing quote");
        QTest::newRow("stray quote") << QByteArray("ok\nro\"om\n") << 2
                                     << QStringLiteral("quote in the middle");
        QTest::newRow("after quote") << QByteArray("\"a\"b\n") << 1
                                     << QStringLiteral("after the closing quote");
        QTest::newRow("latin1") << QByteArray("caf\xe9\n") << 1 << QStringLiteral("UTF-8");
    }

    void badInputGetsASentence()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, words);
        const Csv::Table t = Csv::parse(data);
        QVERIFY(!t.ok());
        QCOMPARE(t.errorLine, line);
        QVERIFY2(t.error.contains(words), qPrintable(t.error));
        QVERIFY(t.error.endsWith(QLatin1String("try again.")));
    }

    void exportsCsv()
    {
        const QString path = TestEnvironment::home() + QStringLiteral("/out/calendars.csv");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        CalendarExport::Options options;
        options.query = CalendarExport::byId(QStringLiteral("cli_csv"));
        CalendarExport::Result result = CalendarExport::exportTo(*m_registry, path, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, 8);
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("client_id,application_name,application_calendar_id,sub,"));
        QVERIFY(bytes.contains("\r\n"));
        const Csv::Table t = Csv::parse(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), 9);
        QCOMPARE(t.rows.at(0), CalendarExport::columnKeys());
        const int profile = int(CalendarExport::columnKeys().indexOf(QStringLiteral("profile_name")));
        QCOMPARE(t.rows.at(1).at(1), QStringLiteral("Räume, \"Berlin\""));
        QCOMPARE(t.rows.at(2).at(profile), QStringLiteral("with, comma"));
        QCOMPARE(t.rows.at(3).at(profile), QStringLiteral("with \"quotes\""));
        QCOMPARE(t.rows.at(4).at(profile), QStringLiteral("two\r\nlines"));
        QCOMPARE(t.rows.at(5).at(profile), QStringLiteral("日本語 Zoë"));
        QCOMPARE(
            t.rows.at(6).at(profile), QStringLiteral("'=HYPERLINK(\"http://x\")")); // never a live formula
        QCOMPARE(t.rows.at(7).at(profile), QStringLiteral("'-1+2"));
        QCOMPARE(t.rows.at(8).at(profile), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(t.rows.at(1).at(int(CalendarExport::columnKeys().indexOf(QStringLiteral("provisioned_at")))),
            QStringLiteral("2026-11-23T09:30:00Z"));
        QCOMPARE(t.rows.at(1).at(int(CalendarExport::columnKeys().indexOf(QStringLiteral("status")))),
            QStringLiteral("active"));

        // Raw values for scripts.
        options.guardFormulas = false;
        QVERIFY(CalendarExport::exportTo(*m_registry, path, options).ok());
        QCOMPARE(
            Csv::parse(readFile(path)).rows.at(6).at(profile), QStringLiteral("=HYPERLINK(\"http://x\")"));

        // Only the rows shown (a list's query: search, filters, sort), in the order shown.
        options.query = ListQuery();
        options.query.search = QStringLiteral("x");
        options.query.sortColumn = ListSources::CalendarApplicationCalendarId;
        options.query.order = Qt::DescendingOrder;
        result = CalendarExport::exportTo(*m_registry, path, options);
        QVERIFY(result.ok());
        const Csv::Table shown = Csv::parse(readFile(path));
        QCOMPARE(shown.rows.size(), qsizetype(result.written + 1));
        QVERIFY(result.written >= 1);
        QCOMPARE(shown.rows.at(1).at(2), QStringLiteral("x"));
        QCOMPARE(shown.rows.at(1).at(int(CalendarExport::columnKeys().indexOf(QStringLiteral("status")))),
            QStringLiteral("failed"));
    }

    void exportsJson()
    {
        const QString path = TestEnvironment::home() + QStringLiteral("/out/calendars.json");
        CalendarExport::Options options;
        options.format = CalendarExport::Format::Json;
        QVERIFY(CalendarExport::exportTo(*m_registry, path, options).ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 9);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.keys().size(), CalendarExport::columnKeys().size());
        for (const QString &key : CalendarExport::columnKeys())
            QVERIFY2(first.contains(key), qPrintable(key));
        QCOMPARE(first.value(QStringLiteral("application_calendar_id")).toString(), QStringLiteral("cal-0"));
        QCOMPARE(
            first.value(QStringLiteral("provisioned_at")).toString(), QStringLiteral("2026-11-23T09:30:00Z"));
        QCOMPARE(array.at(5).toObject().value(QStringLiteral("profile_name")).toString(),
            QStringLiteral("=HYPERLINK(\"http://x\")"));
        const QJsonObject failed = array.at(8).toObject();
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(failed.value(QStringLiteral("provisioned_at")).isNull());
        QCOMPARE(failed.value(QStringLiteral("last_error")).toString(), QStringLiteral("Nope."));
    }

    void exportFailureIsASentence()
    {
        // A folder that does not exist (works as root, unlike permissions).
        const QString missing = TestEnvironment::home() + QStringLiteral("/no/such/folder/calendars.csv");
        const QString message = CalendarExport::exportTo(*m_registry, missing, {}).error;
        QVERIFY(message.contains(missing));
        QVERIFY(message.endsWith(QLatin1String("then try again.")));
        QVERIFY(!QFile::exists(missing));
    }

    // A streamed export: thousands of rows written a page at a time, with progress; Cancel leaves nothing.
    void exportsStreamedWithProgressAndCancel()
    {
        QList<CalendarRecord> many;
        for (int i = 0; i < 5000; ++i) {
            CalendarRecord c;
            c.clientId = QStringLiteral("cli_csv");
            c.applicationCalendarId = QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0'));
            many.append(c);
        }
        QVERIFY(m_registry->upsertCalendars(many).ok());
        const QString path = TestEnvironment::home() + QStringLiteral("/out/streamed.csv");
        CalendarExport::Options options;
        options.query.search = QStringLiteral("bulk-");
        options.query.sortColumn = ListSources::CalendarApplicationCalendarId;
        QList<qint64> reported;
        CalendarExport::Result result = CalendarExport::exportTo(m_registry->listStores(),
            m_registry->applicationNames(), path, options, [&reported](qint64 written) {
                reported.append(written);
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, 5000);
        QVERIFY(reported.size() >= 5); // a page at a time
        QCOMPARE(reported.constLast(), 5000);
        const Csv::Table table = Csv::parse(readFile(path));
        QCOMPARE(table.rows.size(), 5001);
        QCOMPARE(table.rows.at(1).at(2), QStringLiteral("bulk-00000"));
        QCOMPARE(table.rows.at(5000).at(2), QStringLiteral("bulk-04999"));

        // Cancelled after the second page: the earlier file stays as it was.
        const QByteArray before = readFile(path);
        result = CalendarExport::exportTo(
            m_registry->listStores(), {}, path, options, [](qint64 written) { return written < 2000; });
        QVERIFY(result.cancelled);
        QCOMPARE(readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCsv)
#include "tst_registry_csv.moc"
