#include "ScreenshotTour.h"

#include "ApplicationsPage.h"
#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "activity/ActivityPage.h"
#include "bulk/BulkProvisionDialog.h"
#include "bulk/BulkTypes.h"
#include "calendars/CalendarsPage.h"
#include "calendars/ProvisionCalendarDialog.h"
#include "common/LogCategories.h"
#include "dialogs/CreateApplicationDialog.h"
#include "dialogs/OnceShownSecretDialog.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace {

struct Tour
{
    ConsoleSession *session;
    MainWindow *window;
    QDir directory;
    QStringList written;
    int exitCode = 0;
    QList<std::function<void(std::function<void()>)>> steps;

    void save(QWidget *widget, const QString &name)
    {
        const QString path = directory.filePath(name + QStringLiteral(".png"));
        // On a real X server the picture is the screen where the window is, frame and title bar included, as
        // the window manager drew them; offscreen there is only the widget.
        QPixmap picture;
        QWidget *window = widget->window();
        if (QGuiApplication::platformName() == QLatin1String("xcb") && window->screen()) {
            const QRect frame = window->frameGeometry();
            picture = window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
        }
        if (picture.isNull())
            picture = widget->grab();
        if (!picture.save(path)) {
            qCWarning(lcUi) << "could not write" << path;
            exitCode = 1;
        }
        written.append(path);
    }

    void runFrom(int index)
    {
        if (index >= steps.size()) {
            for (const QString &path : std::as_const(written))
                std::printf("%s\n", qPrintable(path));
            QCoreApplication::exit(exitCode);
            return;
        }
        // Let layouts and deferred paints settle between steps; a real X server and its window manager map,
        // place and paint a window in their own time.
        const int settle = QGuiApplication::platformName() == QLatin1String("xcb") ? 400 : 50;
        QTimer::singleShot(
            settle, window, [this, index] { steps[index]([this, index] { runFrom(index + 1); }); });
    }
};

void createApplications(ProvisioningService *service, const DataCenter &dc, QList<NewApplication> apps,
    QObject *context, std::function<void(const CreatedApplication &last)> done)
{
    if (apps.isEmpty())
        return;
    const NewApplication app = apps.takeFirst();
    service->createApplication(
        dc, app, context, [=](const CreatedApplication &created, const ServiceError &error) {
            if (!error.ok())
                qCWarning(lcUi) << "screenshot tour:" << error.message();
            if (apps.isEmpty())
                done(created);
            else
                createApplications(service, dc, apps, context, done);
        });
}

} // namespace

namespace ScreenshotTour {

int run(ConsoleSession *session, MainWindow *window, const QString &directory)
{
    QDir().mkpath(directory);
    auto tour = std::make_shared<Tour>();
    tour->session = session;
    tour->window = window;
    tour->directory = QDir(directory);
    Tour *t = tour.get();

    // The window as it first opens (its own first size on this screen): no resize the real flow does not do.
    window->show();

    t->steps.append([t](auto next) {
        t->save(t->window, QStringLiteral("welcome"));
        next();
    });
    t->steps.append([t](auto next) {
        QObject::connect(
            t->session, &ConsoleSession::offlineReady, t->window, next, Qt::SingleShotConnection);
        t->session->goOffline();
    });
    t->steps.append([t](auto next) {
        // What a newcomer sees right after "Try it offline": an empty list, Create Application focused.
        t->window->activateWindow();
        t->window->applicationsPage()->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(100, t->window, [t, next] {
            t->save(t->window, QStringLiteral("first-application"));
            next();
        });
    });
    t->steps.append([t](auto next) {
        const QList<NewApplication> apps {
            {QStringLiteral("Meeting Room Booking"), QStringLiteral("https://rooms.example.com")},
            {QStringLiteral("Front Desk Scheduler"), QStringLiteral("https://frontdesk.example.com")},
            {QStringLiteral("Field Service Calendars"), QStringLiteral("https://field.example.com")}};
        createApplications(t->session->service(), t->session->context()->dataCenter(), apps, t->window,
            [t, next](const CreatedApplication &last) {
                t->window->applicationsPage()->selectClientId(last.credentials.clientId);
                next();
            });
    });
    t->steps.append([t](auto next) {
        t->save(t->window, QStringLiteral("applications"));
        next();
    });
    t->steps.append([t](auto next) {
        auto *dialog = new CreateApplicationDialog(t->session->context(), t->window);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Visitor Check-in"));
        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))
            ->setText(QStringLiteral("https://visit.example.com"));
        dialog->show();
        QTimer::singleShot(50, dialog, [t, dialog, next] {
            t->save(dialog, QStringLiteral("create-application"));
            dialog->deleteLater();
            next();
        });
    });
    t->steps.append([t](auto next) {
        createApplications(t->session->service(), t->session->context()->dataCenter(),
            {{QStringLiteral("Visitor Check-in"), QStringLiteral("https://visit.example.com")}}, t->window,
            [t, next](const CreatedApplication &created) {
                auto *dialog = new OnceShownSecretDialog(t->session->service(), created, t->window);
                dialog->show();
                QTimer::singleShot(50, dialog, [t, dialog, next] {
                    t->save(dialog, QStringLiteral("secret-dialog"));
                    dialog->close();
                    next();
                });
            });
    });
    t->steps.append([t](auto next) {
        // The same dialog when the keychain refused the secret (shown with a made-up, unused secret).
        CreatedApplication created;
        created.credentials = {QStringLiteral("example_client_id_not_real"),
            QStringLiteral("example-secret-for-the-screenshot")};
        created.secretError = SecretError(SecretError::Kind::Locked);
        auto *dialog = new OnceShownSecretDialog(t->session->service(), created, t->window);
        dialog->show();
        QTimer::singleShot(50, dialog, [t, dialog, next] {
            t->save(dialog, QStringLiteral("secret-not-stored"));
            dialog->deleteLater();
            next();
        });
    });
    t->steps.append([t](auto next) {
        QWidget *calendars = t->window->calendarsPage();
        const QString clientId = t->window->applicationsPage()->selectedClientId();
        auto remaining = std::make_shared<int>(4);
        for (const QString &id : {QStringLiteral("room-atlas"), QStringLiteral("room-borealis"),
                 QStringLiteral("room-cascade"), QStringLiteral("front-desk")}) {
            t->session->service()->provisionCalendar(clientId, id, t->window,
                [t, remaining, calendars, next](const CalendarCredentials &, const ServiceError &error) {
                    if (!error.ok())
                        qCWarning(lcUi) << error.message();
                    if (--*remaining == 0) {
                        t->window->tabs()->setCurrentWidget(calendars);
                        // One calendar selected, so the details pane shows what it offers.
                        t->window->calendarsPage()->selectCalendar(
                            t->window->applicationsPage()->selectedClientId(), QStringLiteral("room-atlas"));
                        QTimer::singleShot(100, t->window, [t, next] {
                            t->save(t->window, QStringLiteral("calendars"));
                            next();
                        });
                    }
                });
        }
    });
    t->steps.append([t](auto next) {
        // Provisioning one calendar, with its result (sub and profile) shown in the dialog.
        const QString clientId = t->window->applicationsPage()->selectedClientId();
        auto *dialog = new ProvisionCalendarDialog(t->session->context(), clientId, t->window);
        QObject::connect(dialog, &ProvisionCalendarDialog::calendarProvisioned, t->window, [t, dialog, next] {
            QTimer::singleShot(100, dialog, [t, dialog, next] {
                t->save(dialog, QStringLiteral("provision-calendar"));
                dialog->deleteLater();
                next();
            });
        });
        dialog->show();
        dialog->setCalendarId(QStringLiteral("room-dahlia"));
        if (auto *provision = dialog->findChild<QPushButton *>(QStringLiteral("provisionSubmitButton")))
            provision->click();
    });
    t->steps.append([t](auto next) {
        // A calendar revoked earlier, as the Calendars page's Revoke does.
        const QString clientId = t->window->applicationsPage()->selectedClientId();
        const auto calendar
            = t->session->context()->registry()->calendar(clientId, QStringLiteral("room-cascade"));
        if (!calendar) {
            next();
            return;
        }
        t->session->service()->revokeCalendar(
            clientId, calendar->sub, t->window, [next](const ServiceError &) { next(); });
    });
    t->steps.append([t](auto next) {
        // The bulk dialog's preview, then its summary, after a small file.
        const QString clientId = t->window->applicationsPage()->selectedClientId();
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("rooms.csv"));
        QFile file(path);
        if (clientId.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            next();
            return;
        }
        // A floor of meeting rooms with what real files have: a line twice, an ID too long to be one, and a
        // calendar revoked earlier (room-cascade), which stays revoked unless ticked.
        QByteArray csv("application_calendar_id,floor\n");
        for (int room = 1; room <= 12; ++room)
            csv += "room-4" + QByteArray::number(room).rightJustified(2, '0') + ",4\n";
        csv += "room-401,4\n";
        csv += QByteArray(260, 'x') + ",4\n";
        csv += "room-cascade,4\n";
        file.write(csv);
        file.close();
        auto *dialog = new BulkProvisionDialog(t->session->context(), clientId, t->window);
        QObject::connect(dialog, &BulkProvisionDialog::runFinished, t->window, [t, dialog, path, next] {
            if (auto *problems = dialog->findChild<QTreeWidget *>(QStringLiteral("problemsView")))
                problems->expandAll();
            QTimer::singleShot(100, dialog, [t, dialog, path, next] {
                t->save(dialog, QStringLiteral("bulk-provision"));
                QFile::remove(path);
                dialog->deleteLater();
                next();
            });
        });
        dialog->show();
        dialog->loadFile(path);
        if (auto *problems = dialog->findChild<QTreeWidget *>(QStringLiteral("problemsView")))
            problems->expandAll();
        QTimer::singleShot(100, dialog, [t, dialog] {
            t->save(dialog, QStringLiteral("bulk-preview"));
            dialog->start();
        });
    });
    t->steps.append([t](auto next) {
        // The log of the tour so far: the application, its calendars and the bulk run with its failures.
        t->window->tabs()->setCurrentWidget(static_cast<QWidget *>(t->window->activityPage()));
        QTimer::singleShot(500, t->window, [t, next] {
            t->save(t->window, QStringLiteral("activity"));
            next();
        });
    });
    t->steps.append([t](auto next) {
        t->window->tabs()->setCurrentWidget(static_cast<QWidget *>(t->window->settingsPage()));
        QTimer::singleShot(100, t->window, [t, next] {
            t->save(t->window, QStringLiteral("settings"));
            next();
        });
    });

    t->runFrom(0);
    const int code = QApplication::exec();
    tour.reset();
    return code;
}

} // namespace ScreenshotTour
