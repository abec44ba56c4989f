#include "DisplayCheck.h"

#include "common/Localization.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
namespace {

// Qt reads "-platform NAME" (also spelt "--platform NAME") and the xcb plugin "-display NAME" from argv;
// QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and plugin arguments ("xcb:option").
QString argumentValue(const QStringList &args, const QString &name)
{
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1Char('-') + name || args.at(i) == QLatin1String("--") + name)
            return args.at(i + 1);
    }
    return {};
}

bool pluginHasDisplay(const QString &plugin, bool x11, bool wayland)
{
    if (plugin == QLatin1String("xcb"))
        return x11;
    if (plugin.startsWith(QLatin1String("wayland")))
        return wayland;
    return true; // offscreen, minimal, vnc, eglfs, linuxfb...: no display server needed
}

} // namespace
#endif

bool DisplayCheck::hasDisplay(const QStringList &args, const Environment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const bool x11
        = !environment("DISPLAY").isEmpty() || !argumentValue(args, QStringLiteral("display")).isEmpty();
    const bool wayland = !environment("WAYLAND_DISPLAY").isEmpty();
    QString platforms = argumentValue(args, QStringLiteral("platform"));
    if (platforms.isEmpty())
        platforms = environment("QT_QPA_PLATFORM");
    if (platforms.isEmpty())
        return x11 || wayland; // Qt's default: Wayland in a Wayland session, otherwise xcb
    const QStringList candidates = platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        if (pluginHasDisplay(candidate.section(QLatin1Char(':'), 0, 0).trimmed(), x11, wayland))
            return true;
    }
    return candidates.isEmpty();
#else
    Q_UNUSED(args);
    Q_UNUSED(environment);
    return true;
#endif
}

QString DisplayCheck::missingDisplaySentence(const QString &cronofyctlPath)
{
    //: Printed when cronofy-console starts without a graphical desktop (e.g. over SSH); %1 is the command
    //: "cronofyctl" or its full path. Keep "ssh -X" as it is.
    return QCoreApplication::translate("DisplayCheck",
        "Cronofy Console found no display to open its window on: run it on a desktop, connect with "
        "\"ssh -X\", or use %1, which needs no display.")
        .arg(cronofyctlPath);
}

int DisplayCheck::refuseWithoutDisplay(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (hasDisplay(args, [](const char *name) { return qEnvironmentVariable(name); }))
        return 0;

    // A QCoreApplication needs no display: it reads the language setting and loads the translations.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CronofyConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("cronofy-console"));
    // One sentence on stderr and nothing else: no diagnostic line about the language loaded.
    QLoggingCategory::setFilterRules(QStringLiteral("cronofy.*.info=false"));
    Localization::installFromSettings(&app);
    // Installed, cronofyctl sits next to the window; in a build tree it is in app/cli.
    QString cronofyctl = QStringLiteral("cronofyctl");
    const QString buildTreeCtl
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../cli/cronofyctl");
    if (!QFileInfo::exists(QCoreApplication::applicationDirPath() + QStringLiteral("/cronofyctl"))
        && QFileInfo(buildTreeCtl).isExecutable())
        cronofyctl = QFileInfo(buildTreeCtl).canonicalFilePath();
    std::fprintf(stderr, "%s\n", qPrintable(missingDisplaySentence(cronofyctl)));
    return 1;
}
