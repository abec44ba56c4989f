// cronofy-console: builds the session and the window, and hands control to the event loop.
#include "ConsoleSession.h"
#include "DisplayCheck.h"
#include "MainWindow.h"
#include "RegistryUpgrade.h"
#include "Relaunch.h"
#include "RestartProbe.h"
#include "ScreenshotTour.h"
#include "SettingsPage.h"
#include "StartupProbe.h"
#include "common/Localization.h"
#include "common/SingleInstance.h"
#include "registry/Registry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    // Answered before any Qt object exists, so it works with no display and no platform plugin at all.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("cronofy-console %s\n", CONSOLE_VERSION);
            return 0;
        }
    }

    // Without a display, Qt's platform plugin would abort the process: say what to do instead, and exit 1.
    if (const int refused = DisplayCheck::refuseWithoutDisplay(argc, argv))
        return refused;

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
    // For tests/gui/tst_restart (ui/RestartProbe.h): Restart Now run for real. Not in --help.
    QCommandLineOption restartIntoOption(
        QStringLiteral("test-restart-into"), QString(), QStringLiteral("lang"));
    QCommandLineOption reportOption(QStringLiteral("test-report"), QString(), QStringLiteral("file"));
    restartIntoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    reportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchOption);
    parser.addOption(screenshotOption);
    parser.addOption(restartIntoOption);
    parser.addOption(reportOption);
    parser.process(app);

    if (parser.isSet(screenshotOption)) {
        ConsoleSession session;
        QString error;
        if (!session.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        MainWindow window(&session);
        return ScreenshotTour::run(&session, &window, parser.value(screenshotOption));
    }

    // The session and the window are built once this process knows it is the only instance; a second
    // launch raises the running window and exits. The answer may come from the event loop.
    int code = 0;
    {
        std::unique_ptr<ConsoleSession> session;
        std::unique_ptr<MainWindow> window;
        SingleInstance instance;
        // Builds the session and its window; again when the person picks another list in Settings (the
        // local file or a team's shared list), since every page works on the list the session opened.
        std::function<void()> build = [&] {
            session = std::make_unique<ConsoleSession>();
            QString error;
            if (!session->open(&error)) {
                auto *box
                    = new QMessageBox(QMessageBox::Critical, QApplication::applicationDisplayName(), error);
                box->setAttribute(Qt::WA_DeleteOnClose);
                QApplication::setQuitOnLastWindowClosed(false); // the exit code is 1, set below
                QObject::connect(box, &QMessageBox::finished, &app, []() { QCoreApplication::exit(1); });
                box->open();
                return;
            }
            window = std::make_unique<MainWindow>(session.get());
            QObject::connect(
                &instance, &SingleInstance::activationRequested, window.get(), &MainWindow::raiseToFront);
            QObject::connect(session.get(), &ConsoleSession::listChoiceChanged, &app, [&] {
                // Not inside the session's own signal: it is deleted here.
                QTimer::singleShot(0, &app, [&] {
                    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
                    QApplication::setQuitOnLastWindowClosed(false); // not while the window is replaced
                    window.reset();
                    session.reset();
                    build();
                    if (window) // where the person was: the new list's state is shown there
                        window->tabs()->setCurrentWidget(window->settingsPage());
                    QApplication::setQuitOnLastWindowClosed(quitOnClose);
                });
            });
            session->restore();
            if (parser.isSet(benchOption))
                StartupProbe::attach(window.get());
            if (parser.isSet(restartIntoOption) && parser.isSet(reportOption))
                RestartProbe::attach(
                    window.get(), &instance, parser.value(restartIntoOption), parser.value(reportOption));
            window->show();
        };
        QObject::connect(&instance, &SingleInstance::decided, &app, [&](SingleInstance::Role role) {
            if (role == SingleInstance::Role::Secondary) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                        "main", "Cronofy Console is already running: its window was brought to the front.")));
                QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
                return;
            }
            // A list written by an older version is upgraded first, off the GUI thread, with progress.
            if (RegistryUpgrade::needed(Registry::defaultPath())) {
                QApplication::setQuitOnLastWindowClosed(false);
                RegistryUpgrade::run(Registry::defaultPath(), nullptr, [&](const QString &) {
                    QApplication::setQuitOnLastWindowClosed(true);
                    build();
                });
                return;
            }
            build();
        });
        instance.start();
        code = app.exec();
    } // the window, the session and the single-instance lock are gone
    // Restart Now (a new language): the next process takes the lock this one has just released.
    if (Relaunch::isRequested() && !Relaunch::startAgain())
        return 1;
    return code;
}
