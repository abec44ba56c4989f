// Restart Now, for real: the real cronofy-console (offscreen, in the test's private home and keyring) is
// driven through Settings by its hidden test options (ui/RestartProbe.h): it chooses German and presses
// Restart Now. main() then starts the program again once this process has let go of the single-instance
// lock. The test sees the first process end, a second one come up in German, and a third launch answered by
// that second one, which therefore holds the lock and listens on its socket.
#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace {

QStringList reportLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The line of the report that starts with `word`, or empty.
QString lineStarting(const QString &path, const QString &word)
{
    for (const QString &line : reportLines(path)) {
        if (line.startsWith(word + QLatin1Char(' ')))
            return line;
    }
    return {};
}

qint64 pidIn(const QString &line)
{
    return QRegularExpression(QStringLiteral("pid=(\\d+)")).match(line).captured(1).toLongLong();
}

// Gone, or a zombie nobody has reaped yet (a detached process's parent is init, or a container's first
// process that may not reap).
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}

} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_report = TestEnvironment::home() + QStringLiteral("/restart-report.txt");
    }

    void cleanupTestCase()
    {
        // A process the test started and did not see end (a failure half-way) does not outlive it.
        for (const QString &line : reportLines(m_report)) {
            const qint64 pid = pidIn(line);
            if (pid > 0 && !processGone(pid))
                ::kill(static_cast<pid_t>(pid), SIGTERM);
        }
    }

    void restartNowStartsTheConsoleAgainInTheNewLanguage()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const QStringList arguments {QStringLiteral("--test-restart-into"), QStringLiteral("de"),
            QStringLiteral("--test-report"), m_report};

        QProcess first;
        first.setProcessEnvironment(environment);
        // Files, not pipes: the process Restart Now starts inherits them and writes after the first has gone.
        first.setStandardOutputFile(TestEnvironment::home() + QStringLiteral("/console.out"));
        first.setStandardErrorFile(TestEnvironment::home() + QStringLiteral("/console.err"));
        first.start(QStringLiteral(CONSOLE_BIN), arguments);
        QVERIFY(first.waitForStarted());
        const qint64 firstPid = first.processId();
        QVERIFY2(first.waitForFinished(60000), "the first process did not end after Restart Now");
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
        const QString restarting = lineStarting(m_report, QStringLiteral("restarting"));
        QVERIFY2(
            restarting.contains(QLatin1String("language=en")), qPrintable(reportLines(m_report).join(u'\n')));
        QCOMPARE(pidIn(restarting), firstPid);

        // A second process, in German.
        QTRY_VERIFY_WITH_TIMEOUT(!lineStarting(m_report, QStringLiteral("running")).isEmpty(), 30000);
        const QString running = lineStarting(m_report, QStringLiteral("running"));
        const qint64 second = pidIn(running);
        QVERIFY2(second > 0 && second != firstPid, qPrintable(running));
        QVERIFY2(running.contains(QLatin1String("language=de")), qPrintable(running));
        QVERIFY2(running.contains(QLatin1String("Einstellungen")), qPrintable(running));
        QVERIFY2(!running.contains(QLatin1String("Settings")), qPrintable(running));
        QVERIFY(processGone(firstPid));

        // It holds the single-instance lock: a later launch is answered by it and ends at once, and the
        // second process, asked to come to the front, says so (and, under this probe, quits).
        QProcess third;
        third.setProcessEnvironment(environment);
        third.start(QStringLiteral(CONSOLE_BIN), QStringList());
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
        const QString said = QString::fromUtf8(third.readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("Cronofy Console")), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(!lineStarting(m_report, QStringLiteral("raised")).isEmpty(), 10000);
        QCOMPARE(pidIn(lineStarting(m_report, QStringLiteral("raised"))), second);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(second), 20000);
        // One restart, not a loop: the second process did not start a third.
        QCOMPARE(reportLines(m_report).size(), 3);
    }

private:
    QString m_report;
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
