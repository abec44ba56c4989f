// cronofy-console: builds the session and the window, and hands control to the event loop.
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "StartupProbe.h"
#include "common/Localization.h"
#include "common/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // Answered before any Qt object exists, so it works with no display and no platform plugin at all.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("cronofy-console %s\n", CONSOLE_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CronofyConsole"));
    QApplication::setApplicationName(QStringLiteral("cronofy-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cronofy Console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CONSOLE_APP_ID));
    Localization::installFromSettings(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Creates Cronofy applications and application calendars."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("version"), QCoreApplication::translate("main", "Print the version.")});
    const QCommandLineOption benchOption(QStringLiteral("bench-startup"),
        QCoreApplication::translate(
            "main", "Quit as soon as the window is idle and print start-up figures."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Render the main screens with the offline sandbox into <dir>."),
        QStringLiteral("dir"));
    parser.addOption(benchOption);
    parser.addOption(screenshotOption);
    parser.process(app);
    const bool screenshots = parser.isSet(screenshotOption);

    SingleInstance instance;
    if (!screenshots && !instance.tryToBecomePrimary())
        return 0; // the running window was asked to come to the front

    ConsoleSession session;
    QString error;
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return 1;
    }
    MainWindow window(&session);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::raiseToFront);
    if (screenshots)
        return ScreenshotTour::run(&session, &window, parser.value(screenshotOption));
    session.restore();
    if (parser.isSet(benchOption))
        StartupProbe::attach(&window);
    window.show();
    return app.exec();
}
