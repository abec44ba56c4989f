// cronofy-console without a display (over SSH, in a container): one sentence that says what to do, exit 1,
// instead of Qt's platform-plugin abort (exit 134). Platforms that need no display still start.
#include "DisplayCheck.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

// The real program, in the test's private HOME, with every display variable removed and `set` added.
Run runConsole(const QStringList &args, const QMap<QString, QString> &set = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONSOLE_BIN), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

DisplayCheck::Environment environment(const QMap<QString, QString> &variables)
{
    return [variables](const char *name) { return variables.value(QString::fromLatin1(name)); };
}

} // namespace

class TestNoDisplay : public QObject
{
    Q_OBJECT

private slots:
    void oneSentenceAndExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");
        QTest::newRow("default platform") << QStringList() << QString();
        QTest::newRow("QT_QPA_PLATFORM=xcb") << QStringList() << QStringLiteral("xcb");
        QTest::newRow("QT_QPA_PLATFORM=wayland") << QStringList() << QStringLiteral("wayland");
        QTest::newRow("-platform wayland;xcb")
            << QStringList {QStringLiteral("-platform"), QStringLiteral("wayland;xcb")} << QString();
    }

    void oneSentenceAndExitOne()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        QMap<QString, QString> set {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}};
        if (!platform.isEmpty())
            set.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        const Run run = runConsole(args, set);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        // Exactly one line: the sentence, and nothing of Qt's plugin messages.
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        const QString sentence = lines.constFirst();
        QVERIFY2(sentence.contains(QLatin1String("no display")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("on a desktop")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("\"ssh -X\"")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("cronofyctl")), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        // In a build tree, the sentence names the cronofyctl built next to the window.
        const QString ctl = qEnvironmentVariable("CRONOFYCTL_BIN");
        if (!ctl.isEmpty())
            QVERIFY2(sentence.contains(QFileInfo(ctl).canonicalFilePath()), qPrintable(sentence));
    }

    void inThePersonsLanguage()
    {
        const Run run = runConsole({},
            {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("ssh -X")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("found no display")), qPrintable(run.err));
    }

    // The offscreen platform (tests, --screenshot-dir, bench_startup) needs no display and still starts.
    void offscreenNeedsNoDisplay()
    {
        const Run byEnvironment = runConsole(
            {QStringLiteral("--help")}, {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        QCOMPARE(byEnvironment.exitCode, 0);
        QVERIFY2(
            byEnvironment.out.contains(QLatin1String("--screenshot-dir")), qPrintable(byEnvironment.out));
        const Run byArgument = runConsole(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help")});
        QCOMPARE(byArgument.exitCode, 0);
        QVERIFY2(byArgument.out.contains(QLatin1String("--screenshot-dir")), qPrintable(byArgument.out));
    }

    void whichPlatformsNeedADisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("variables"); // NAME=value,NAME=value
        QTest::addColumn<bool>("expected");
        const QStringList none;
        QTest::newRow("nothing") << none << QString() << false;
        QTest::newRow("X11") << none << QStringLiteral("DISPLAY=:0") << true;
        QTest::newRow("ssh -X") << none << QStringLiteral("DISPLAY=localhost:10.0") << true;
        QTest::newRow("Wayland session") << none << QStringLiteral("WAYLAND_DISPLAY=wayland-0") << true;
        QTest::newRow("xcb without DISPLAY")
            << none << QStringLiteral("QT_QPA_PLATFORM=xcb,WAYLAND_DISPLAY=wayland-0") << false;
        QTest::newRow("wayland without WAYLAND_DISPLAY")
            << none << QStringLiteral("QT_QPA_PLATFORM=wayland,DISPLAY=:0") << false;
        QTest::newRow("wayland-egl") << none
                                     << QStringLiteral("QT_QPA_PLATFORM=wayland-egl,WAYLAND_DISPLAY=w")
                                     << true;
        QTest::newRow("wayland;xcb falls back to X11")
            << none << QStringLiteral("QT_QPA_PLATFORM=wayland;xcb,DISPLAY=:0") << true;
        QTest::newRow("xcb with plugin options")
            << none << QStringLiteral("QT_QPA_PLATFORM=xcb:nomitshm,DISPLAY=:1") << true;
        QTest::newRow("offscreen") << none << QStringLiteral("QT_QPA_PLATFORM=offscreen") << true;
        QTest::newRow("minimal") << none << QStringLiteral("QT_QPA_PLATFORM=minimal") << true;
        QTest::newRow("vnc") << none << QStringLiteral("QT_QPA_PLATFORM=vnc") << true;
        QTest::newRow("-platform offscreen")
            << QStringList {QStringLiteral("-platform"), QStringLiteral("offscreen")}
            << QStringLiteral("QT_QPA_PLATFORM=xcb") << true;
        QTest::newRow("--platform xcb overrides offscreen")
            << QStringList {QStringLiteral("--platform"), QStringLiteral("xcb")}
            << QStringLiteral("QT_QPA_PLATFORM=offscreen") << false;
        QTest::newRow("-display") << QStringList {QStringLiteral("-display"), QStringLiteral(":3")}
                                  << QString() << true;
    }

    void whichPlatformsNeedADisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, variables);
        QFETCH(bool, expected);
        QMap<QString, QString> map;
        const QStringList pairs = variables.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &pair : pairs)
            map.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        QCOMPARE(DisplayCheck::hasDisplay(args, environment(map)), expected);
    }
};

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_no_display.moc"
