// The kept list on a really full disk and a really read-only folder (issue 4 item 5): a tiny tmpfs mounted
// inside the test's home. Mounting needs root (CAP_SYS_ADMIN); without it the test skips and says so, and
// tst_registry's diskFullRollsBack / readOnlyGivesASentence still cover the same errors through SQLite's
// max_page_count and a read-only connection.
#include "TestEnvironment.h"
#include "registry/Registry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTest>

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

ApplicationRecord application()
{
    ApplicationRecord a;
    a.clientId = QStringLiteral("cli_disk");
    a.name = QStringLiteral("Rooms");
    a.url = QStringLiteral("https://rooms.example");
    a.dataCenter = QStringLiteral("de");
    a.createdAt = QDateTime::currentDateTimeUtc();
    return a;
}

CalendarRecord calendar(int i)
{
    CalendarRecord c;
    c.clientId = QStringLiteral("cli_disk");
    c.applicationCalendarId = QStringLiteral("room-%1").arg(i);
    c.sub = QStringLiteral("apc_room_%1").arg(i);
    c.profileName = QStringLiteral("Room %1").arg(i);
    c.provisionedAt = QDateTime::currentDateTimeUtc();
    c.lastSeenAt = c.provisionedAt;
    c.lastError = QString(2000, QLatin1Char('e')); // a few rows per page, so the disk fills soon
    return c;
}

} // namespace

class TestRegistryDisk : public QObject
{
    Q_OBJECT

    QString m_mount;
    bool m_mounted = false;

    QString dbPath() const { return m_mount + QStringLiteral("/list/registry.sqlite"); }

private slots:
    void initTestCase()
    {
        // A mount left by an earlier run that was killed would stop prepare() from wiping the home.
        m_mount = TestEnvironment::home() + QStringLiteral("/data/tiny-disk");
        run(QStringLiteral("umount"), {m_mount});
        TestEnvironment::prepare();
        QVERIFY(QDir().mkpath(m_mount));
        QString output;
        if (!run(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=2048k,mode=0755"), QStringLiteral("tmpfs"), m_mount},
                &output)) {
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (needs root): %1").arg(output)));
        }
        m_mounted = true;
        QCOMPARE(QStorageInfo(m_mount).fileSystemType(), QByteArray("tmpfs"));
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QVERIFY(run(QStringLiteral("umount"), {m_mount}));
    }

    void fullDiskGivesASentenceAndNoHalfRow()
    {
        Registry::OpenResult opened = Registry::open(dbPath());
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        Registry &r = *opened.registry;
        QVERIFY(r.upsertApplication(application()).ok());

        int written = 0;
        RegistryError error;
        for (int i = 0; i < 10000; ++i) {
            error = r.upsertCalendar(calendar(i));
            if (!error.ok())
                break;
            ++written;
        }
        QCOMPARE(error.kind, RegistryError::Kind::DiskFull);
        QCOMPARE(error.message(),
            QStringLiteral("The disk is full, so nothing was saved. Free some space, then try again."));
        QVERIFY(written > 10);

        // Every committed row is there, nothing of the one that failed, and the file is whole.
        QCOMPARE(r.calendarCount(), qint64(written));
        QVERIFY(!r.calendar(QStringLiteral("cli_disk"), QStringLiteral("room-%1").arg(written)).has_value());
        QVERIFY(r.integrityOk());
        // A failing write of an existing row leaves its old value.
        ApplicationRecord renamed = application();
        renamed.name = QString(200000, QLatin1Char('n'));
        QCOMPARE(r.upsertApplication(renamed).kind, RegistryError::Kind::DiskFull);
        QCOMPARE(r.application(QStringLiteral("cli_disk"))->name, QStringLiteral("Rooms"));
    }

    void theListReopensAfterAFullDisk()
    {
        Registry::OpenResult opened = Registry::open(dbPath());
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        QVERIFY2(opened.movedAsideTo.isEmpty(), "a full disk is not a damaged file");
        QVERIFY(opened.registry->integrityOk());
        QVERIFY(opened.registry->calendarCount() > 10);
    }

    void readOnlyFolderGivesASentenceAndKeepsTheList()
    {
        qint64 before = 0;
        {
            Registry::OpenResult opened = Registry::open(dbPath());
            QVERIFY(opened.registry);
            before = opened.registry->calendarCount();
        } // closed cleanly: no -wal left
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
        const auto remountRw = qScopeGuard([this] {
            run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount});
        });

        // The list opens for reading: it can be browsed, and a write says why it cannot be saved.
        Registry::OpenResult opened = Registry::open(dbPath());
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        Registry &r = *opened.registry;
        QCOMPARE(r.calendarCount(), before);
        const RegistryError error = r.upsertCalendar(calendar(900000));
        QCOMPARE(error.kind, RegistryError::Kind::ReadOnly);
        QVERIFY2(error.message().contains(dbPath()), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("nothing was saved")), qPrintable(error.message()));
        QCOMPARE(r.calendarCount(), before);
        QVERIFY2(opened.movedAsideTo.isEmpty(), "a read-only folder is not a damaged file");
        QVERIFY(QFile::exists(dbPath()));
        opened.registry.reset();

        // A new list in a read-only folder: a sentence naming the folder.
        Registry::OpenResult fresh = Registry::open(m_mount + QStringLiteral("/list/other.sqlite"));
        QVERIFY(!fresh.registry);
        QCOMPARE(fresh.error.kind, RegistryError::Kind::CannotOpen);
        QVERIFY2(fresh.error.message().contains(m_mount + QStringLiteral("/list")),
            qPrintable(fresh.error.message()));
        QVERIFY(!QFile::exists(m_mount + QStringLiteral("/list/other.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryDisk)
#include "tst_registry_disk.moc"
