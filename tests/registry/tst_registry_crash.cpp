// Crash safety of the kept list (issue 4 "survives crashes", issue 8 item 4): a helper process (this binary
// with --writer) writes calendars, updates of earlier calendars and operation-log rows, each write in its own
// transaction, and prints every id whose writes were committed. The test kills it with SIGKILL at a random
// point, several times in a row, each new writer starting a little before where the last one was killed
// (so rows are written again: upserts). After every kill the file is reopened through Registry: it is not
// moved aside, PRAGMA integrity_check says ok, every committed row is there and whole, no row is duplicated.
#include "TestEnvironment.h"
#include "registry/Registry.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cstdio>

namespace {

const QString kClientId = QStringLiteral("cli_crash");

QString calendarId(int i)
{
    return QStringLiteral("cal-%1").arg(i);
}

CalendarRecord calendar(int i, const QString &profileName)
{
    CalendarRecord c;
    c.clientId = kClientId;
    c.applicationCalendarId = calendarId(i);
    c.sub = QStringLiteral("apc_") + calendarId(i);
    c.profileId = QStringLiteral("pro_") + calendarId(i);
    c.profileName = profileName;
    c.providerName = QStringLiteral("Cronofy");
    c.scope = QStringLiteral("read_write");
    c.provisionedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC);
    c.lastSeenAt = QDateTime::currentDateTimeUtc();
    return c;
}

// The helper: from `start` on, for each i: upsert calendar i, upsert calendar i-7 again (an update), log the
// operation (its message names the run); then print "committed i". Runs until killed.
int runWriter(const QString &path, int start, const QString &run)
{
    Registry::OpenResult opened = Registry::open(path);
    if (!opened.registry) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error.message()));
        return 2;
    }
    Registry &r = *opened.registry;
    ApplicationRecord app;
    app.clientId = kClientId;
    app.name = QStringLiteral("Crash rooms");
    app.url = QStringLiteral("https://rooms.example");
    app.dataCenter = QStringLiteral("de");
    app.createdAt = QDateTime::currentDateTimeUtc();
    if (!r.upsertApplication(app).ok())
        return 3;
    for (int i = start;; ++i) {
        RegistryError error = r.upsertCalendar(calendar(i, QStringLiteral("first %1").arg(i)));
        if (error.ok() && i >= 7)
            error = r.upsertCalendar(calendar(i - 7, QStringLiteral("again %1").arg(i)));
        if (error.ok()) {
            OperationRecord op;
            op.at = QDateTime::currentDateTimeUtc();
            op.action = QStringLiteral("provision-calendar");
            op.target = calendarId(i);
            op.httpStatus = 200;
            op.message = QStringLiteral("row %1 of run %2").arg(i).arg(run);
            error = r.logOperation(op);
        }
        if (!error.ok()) {
            std::fprintf(stderr, "write %d failed: %s\n", i, qPrintable(error.message()));
            return 4;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}

int lastCommitted(const QByteArray &output)
{
    int last = -1;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        // Only whole lines: the kill may cut the last one.
        if (line.startsWith("committed ") && &line != &lines.last())
            last = line.mid(10).toInt();
    }
    return last;
}

} // namespace

class TestRegistryCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void killedWritersNeverLoseOrDuplicateRows()
    {
        const QString path = TestEnvironment::home() + QStringLiteral("/data/crash/registry.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        // A seed per run, printed, so a failure can be replayed with CONSOLE_CRASH_SEED.
        const quint32 seed = qEnvironmentVariableIsSet("CONSOLE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("CONSOLE_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("CONSOLE_CRASH_SEED=%u", seed);
        QRandomGenerator random(seed);

        constexpr int rounds = 6;
        int committedSoFar = -1; // the highest id any writer reported committed
        for (int round = 0; round < rounds; ++round) {
            // Start a little before the end of the last run: those rows are written again (updates).
            const int start = std::max(0, committedSoFar - random.bounded(0, 15));
            const int killAfter = start + random.bounded(3, 80);

            QProcess writer;
            writer.setProgram(QCoreApplication::applicationFilePath());
            writer.setArguments(
                {QStringLiteral("--writer"), path, QString::number(start), QString::number(round)});
            QByteArray output;
            connect(&writer, &QProcess::readyReadStandardOutput, this,
                [&]() { output += writer.readAllStandardOutput(); });
            writer.start();
            QVERIFY(writer.waitForStarted());
            QTRY_VERIFY2_WITH_TIMEOUT(
                lastCommitted(output) >= killAfter || writer.state() != QProcess::Running,
                qPrintable(QStringLiteral("round %1: the writer reported only %2 of %3 (stderr: %4)")
                               .arg(round)
                               .arg(lastCommitted(output))
                               .arg(killAfter)
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))),
                60000);
            QCOMPARE(writer.state(), QProcess::Running); // it was still writing when killed
            writer.kill(); // SIGKILL: no destructor, no checkpoint; the WAL is left as it is
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            const int last = lastCommitted(output);
            QVERIFY(last >= killAfter);
            committedSoFar = std::max(committedSoFar, last);

            Registry::OpenResult opened = Registry::open(path);
            QVERIFY2(opened.registry, qPrintable(opened.error.message()));
            QVERIFY2(opened.movedAsideTo.isEmpty(), "a file with committed rows was moved aside");
            Registry &r = *opened.registry;
            QVERIFY2(
                r.integrityOk(), qPrintable(QStringLiteral("round %1: integrity_check failed").arg(round)));

            // Every committed row, once each, whole.
            QCOMPARE(r.applications().size(), 1);
            const QList<CalendarRecord> rows = r.calendars(kClientId);
            QSet<QString> ids;
            for (const CalendarRecord &c : rows) {
                QVERIFY2(!ids.contains(c.applicationCalendarId), qPrintable(c.applicationCalendarId));
                ids.insert(c.applicationCalendarId);
                // A row is there with all its fields or not at all.
                QCOMPARE(c.sub, QStringLiteral("apc_") + c.applicationCalendarId);
                QCOMPARE(c.profileId, QStringLiteral("pro_") + c.applicationCalendarId);
                QVERIFY2(c.profileName.startsWith(QLatin1String("first "))
                        || c.profileName.startsWith(QLatin1String("again ")),
                    qPrintable(c.profileName));
            }
            for (int i = 0; i <= committedSoFar; ++i)
                QVERIFY2(ids.contains(calendarId(i)),
                    qPrintable(
                        QStringLiteral("round %1: committed %2 is missing").arg(round).arg(calendarId(i))));
            // Nothing beyond what was committed, except the one write in flight when the kill came.
            QVERIFY2(rows.size() == committedSoFar + 1 || rows.size() == committedSoFar + 2,
                qPrintable(QStringLiteral("round %1: %2 rows, %3 committed")
                               .arg(round)
                               .arg(rows.size())
                               .arg(committedSoFar + 1)));
            QCOMPARE(r.calendarCount(), qint64(rows.size()));
            // The last committed id's own update of an earlier row (i-7) is there too.
            if (last >= 7) {
                QCOMPARE(r.calendar(kClientId, calendarId(last - 7))->profileName,
                    QStringLiteral("again %1").arg(last));
            }
            // Its operation-log row of this run is there, once.
            const QString message = QStringLiteral("row %1 of run %2").arg(last).arg(round);
            int logged = 0;
            for (const OperationRecord &op : r.operations(1000000)) {
                if (op.message == message)
                    ++logged;
            }
            QCOMPARE(logged, 1);
        }
        QVERIFY(committedSoFar >= rounds * 3);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(
            QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(), QString::fromLocal8Bit(argv[4]));
    TestRegistryCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry_crash.moc"
