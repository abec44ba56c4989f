// cronofyctl's shell completions, as built from its command table, complete in the real shells: commands and
// actions, options, fixed words such as data centers, and --app from the client_ids of the kept list, which
// the script asks the real cronofyctl for. The kept list is a real registry.sqlite in the test's own data
// folder (the test environment's XDG_DATA_HOME), written through Registry like the programs write it.
#include "TestEnvironment.h"
#include "registry/Registry.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString completions = QStringLiteral(COMPLETIONS_DIR);
const QStringList clientIds {
    QStringLiteral("AbcRoomsClient1"), QStringLiteral("AbcDeskClient2"), QStringLiteral("XyzFieldClient3")};

// Runs a shell script with cronofyctl's folder first on the PATH, as after installing the package.
QString runShell(const QString &shell, const QString &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
        QFileInfo(QStringLiteral(CRONOFYCTL)).absolutePath() + QLatin1Char(':')
            + env.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(env);
    process.start(shell, {QStringLiteral("-c"), script});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("(timed out)");
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (!err.isEmpty())
        qWarning().noquote() << shell << "said:" << err;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// bash: what COMPREPLY holds after completing the words, the last being the word under the cursor.
QStringList bashComplete(const QStringList &words)
{
    QString array;
    for (const QString &word : words)
        array += QLatin1Char('\'') + word + QStringLiteral("' ");
    const QString script
        = QStringLiteral("source '%1/cronofyctl.bash' || exit 3\n"
                         "COMP_WORDS=(%2); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()\n"
                         "_cronofyctl\n"
                         "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
              .arg(completions, array);
    QStringList reply = runShell(QStringLiteral("bash"), script).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    reply.sort();
    return reply;
}

// fish: the candidates of `complete -C`, without their descriptions.
QStringList fishComplete(const QString &commandLine)
{
    const QString script = QStringLiteral("source '%1/cronofyctl.fish'; or exit 3; complete -C'%2'")
                               .arg(completions, commandLine);
    QStringList reply;
    const QStringList lines
        = runShell(QStringLiteral("fish"), script).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        reply << line.section(QLatin1Char('\t'), 0, 0);
    reply.sort();
    return reply;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(QFileInfo::exists(completions + QStringLiteral("/cronofyctl.bash")),
            qPrintable(QStringLiteral("no completions built in ") + completions));
        // The kept list cronofyctl reads: its default path in this test's private data folder.
        Registry::OpenResult opened = Registry::open();
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        for (const QString &clientId : clientIds) {
            ApplicationRecord application;
            application.clientId = clientId;
            application.name = QStringLiteral("Application ") + clientId;
            application.url = QStringLiteral("https://example.com");
            application.dataCenter = QStringLiteral("de");
            application.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(opened.registry->upsertApplication(application).ok());
        }
    }

    void bashCompletesCommands()
    {
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("cal")}),
            QStringList {QStringLiteral("calendar")});
        const QStringList actions
            = bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("calendar"), QString()});
        QVERIFY2(actions.contains(QStringLiteral("provision")) && actions.contains(QStringLiteral("list")),
            qPrintable(actions.join(QLatin1Char(' '))));
        QCOMPARE(
            bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("calendar"), QStringLiteral("prov")}),
            QStringList {QStringLiteral("provision")});
    }

    void bashCompletesOptions()
    {
        const QStringList options = bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("calendar"),
            QStringLiteral("provision"), QStringLiteral("--")});
        QVERIFY2(options.contains(QStringLiteral("--app")) && options.contains(QStringLiteral("--csv"))
                && options.contains(QStringLiteral("--help")),
            qPrintable(options.join(QLatin1Char(' '))));
    }

    // `log` is a command by itself: its options come right after its name.
    void bashCompletesTheLogCommand()
    {
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("lo")}),
            QStringList {QStringLiteral("log")});
        const QStringList options
            = bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("log"), QStringLiteral("--")});
        QVERIFY2(options.contains(QStringLiteral("--since")) && options.contains(QStringLiteral("--failed"))
                && options.contains(QStringLiteral("--app")) && options.contains(QStringLiteral("--json")),
            qPrintable(options.join(QLatin1Char(' '))));
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("log"), QStringLiteral("--app"),
                     QStringLiteral("Abc")}),
            sorted({clientIds.at(0), clientIds.at(1)}));
    }

    void bashCompletesClientIdsFromTheKeptList()
    {
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("calendar"),
                     QStringLiteral("provision"), QStringLiteral("--app"), QString()}),
            sorted(clientIds));
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("calendar"),
                     QStringLiteral("provision"), QStringLiteral("--app"), QStringLiteral("Abc")}),
            sorted({clientIds.at(0), clientIds.at(1)}));
    }

    void bashCompletesDataCenters()
    {
        // Whichever command takes --data-center first in the table's order: app create does.
        QCOMPARE(bashComplete({QStringLiteral("cronofyctl"), QStringLiteral("app"), QStringLiteral("create"),
                     QStringLiteral("--data-center"), QString()}),
            sorted({QStringLiteral("au"), QStringLiteral("ca"), QStringLiteral("de"), QStringLiteral("sg"),
                QStringLiteral("uk"), QStringLiteral("us")}));
    }

    void fishCompletes()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fish")).isEmpty())
            QSKIP("fish is not installed (.ci/deps.sh installs it)");
        QCOMPARE(fishComplete(QStringLiteral("cronofyctl cal")), QStringList {QStringLiteral("calendar")});
        QCOMPARE(fishComplete(QStringLiteral("cronofyctl calendar provision --app ")), sorted(clientIds));
        const QStringList options = fishComplete(QStringLiteral("cronofyctl calendar provision --"));
        QVERIFY2(options.contains(QStringLiteral("--app")) && options.contains(QStringLiteral("--csv")),
            qPrintable(options.join(QLatin1Char(' '))));
    }

    // zsh's completion system needs an interactive terminal; this checks that the script parses and declares
    // itself for cronofyctl.
    void zshScriptParses()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
            QSKIP("zsh is not installed (.ci/deps.sh installs it)");
        QProcess zsh;
        zsh.start(
            QStringLiteral("zsh"), {QStringLiteral("-n"), completions + QStringLiteral("/_cronofyctl")});
        QVERIFY(zsh.waitForFinished(60000));
        QCOMPARE(zsh.exitCode(), 0);
        QFile script(completions + QStringLiteral("/_cronofyctl"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.readLine().startsWith("#compdef cronofyctl"));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
