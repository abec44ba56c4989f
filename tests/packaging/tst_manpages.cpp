// The manual pages cannot drift from the programs: every option a program's --help prints is in its man page,
// and each page renders without a warning from man/groff (what lintian checks in the packages stage).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Output output;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

// The options a QCommandLineParser help text lists: "  -h, --help   ..." gives -h and --help.
QStringList optionsIn(const QString &help)
{
    QStringList options;
    static const QRegularExpression line(
        QStringLiteral("^  (-[^ ].*?)(?:  |$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression option(QStringLiteral("(--?[A-Za-z?][A-Za-z0-9-]*)"));
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QString names = it.next().captured(1);
        for (auto names_it = option.globalMatch(names); names_it.hasNext();)
            options << names_it.next().captured(1);
    }
    options.removeDuplicates();
    return options;
}

// How an option is written in roff source: every hyphen escaped.
QString roff(const QString &option)
{
    QString escaped = option;
    return escaped.replace(QLatin1Char('-'), QLatin1String("\\-"));
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void everyHelpOptionIsInTheManPage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("binary");
        QTest::newRow("cronofy-console") << QStringLiteral("cronofy-console") << QStringLiteral(CONSOLE_BIN);
        QTest::newRow("cronofy-sandbox") << QStringLiteral("cronofy-sandbox") << QStringLiteral(SANDBOX_BIN);
    }

    void everyHelpOptionIsInTheManPage()
    {
        QFETCH(QString, program);
        QFETCH(QString, binary);
        const QString page = readText(QStringLiteral(MAN_DIR "/") + program + QStringLiteral(".1"));
        QVERIFY2(!page.isEmpty(), qPrintable(QStringLiteral("no man page %1.1 in " MAN_DIR).arg(program)));
        const Output help = run(binary, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList options = optionsIn(help.out);
        // Proves the parsing: each program has at least --help and three options of its own.
        QVERIFY2(options.contains(QStringLiteral("--help")), qPrintable(help.out));
        QVERIFY2(options.size() >= 4, qPrintable(options.join(QLatin1Char(' '))));
        QStringList missing;
        for (const QString &option : options) {
            if (!page.contains(roff(option)))
                missing << option;
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 --help lists %2, missing from docs/man/%1.1.in")
                           .arg(program, missing.join(QStringLiteral(", ")))));
    }

    // cronofyctl's page is made from its command table; each command's --help must read the same table.
    void everyCronofyctlCommandIsInTheManPage()
    {
        const QString page = readText(QStringLiteral(MAN_DIR "/cronofyctl.1"));
        if (page.isEmpty())
            QSKIP("cronofyctl's man page is made only where the built cronofyctl can run (Unix)");
        const Output table = run(QStringLiteral(CRONOFYCTL_BIN), {QStringLiteral("--command-table")});
        QCOMPARE(table.exitCode, 0);
        const QJsonArray commands
            = QJsonDocument::fromJson(table.out.toUtf8()).object().value(QLatin1String("commands")).toArray();
        QVERIFY(commands.size() >= 9);
        QStringList missing;
        for (const QJsonValue &command : commands) {
            const QString name = command.toObject().value(QLatin1String("name")).toString();
            // A section per command.
            if (!page.contains(QStringLiteral(".SS \"%1\"").arg(roff(name))))
                missing << name;
            QStringList args = name.split(QLatin1Char(' '));
            const Output help = run(QStringLiteral(CRONOFYCTL_BIN), args << QStringLiteral("--help"));
            QCOMPARE(help.exitCode, 0);
            const QStringList options = optionsIn(help.out);
            QVERIFY2(options.contains(QStringLiteral("--help")), qPrintable(help.out));
            for (const QString &option : options) {
                if (!page.contains(roff(option)))
                    missing << name + QLatin1Char(' ') + option;
            }
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("missing from cronofyctl.1: ") + missing.join(QStringLiteral(", "))));
    }

    void rendersWithoutWarnings_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList pages
            = QDir(QStringLiteral(MAN_DIR)).entryList({QStringLiteral("*.1")}, QDir::Files);
        QVERIFY(pages.size() >= 2);
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << QStringLiteral(MAN_DIR "/") + page;
    }

    void rendersWithoutWarnings()
    {
        QFETCH(QString, file);
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man (man-db) is not installed");
        // The call lintian makes (checks/documentation/manual: "man --warnings -E UTF-8 -l -Tutf8 -Z").
        const Output rendered = run(man,
            {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"), file});
        QCOMPARE(rendered.exitCode, 0);
        QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err));
        QVERIFY(rendered.out.size() > 500);
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
