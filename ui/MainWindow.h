#pragma once

#include <QMainWindow>

class ActivityPage;
class ApplicationsPage;
class CalendarsPage;
class ConsoleSession;
class MessageBanner;
class QLabel;
class QStackedWidget;
class QTabWidget;
class SettingsPage;
class WelcomePage;

// The console's window: the welcome page until a data center is chosen, then the Applications, Calendars,
// Activity and Settings tabs under one banner. The status bar (and, offline, a strip above the tabs and the
// title) always says where requests go. A File menu (Quit, Ctrl+Q) and a Help menu (About); the first window
// fits its screen, later ones come back where the person left them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    MessageBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ApplicationsPage *applicationsPage() const { return m_applications; }
    CalendarsPage *calendarsPage() const { return m_calendars; }
    ActivityPage *activityPage() const { return m_activity; }
    SettingsPage *settingsPage() const { return m_settings; }

public slots:
    // Shows, un-minimises and raises the window (a second launch asks for this).
    void raiseToFront();
    // Help > About: the version, the licence and where to read more.
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateForDataCenter();
    void buildMenus();
    // The size of a first start: what the pages need, within the screen's available area.
    void placeFirstTime();
    void addTab(QWidget *page, const QString &title, int number);
    // The Applications page's ways to an application's calendars.
    void showCalendarsOf(const QString &clientId);
    void provisionCalendarFor(const QString &clientId);

    ConsoleSession *m_session;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_main;
    QLabel *m_sandboxStrip;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    ApplicationsPage *m_applications;
    CalendarsPage *m_calendars;
    ActivityPage *m_activity;
    SettingsPage *m_settings;
    QLabel *m_dataCenterLabel;
    bool m_startingOffline = false;
};
