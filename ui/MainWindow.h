#pragma once

#include <QMainWindow>

#include <array>

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
//
// Only the page a person sees is built before the window's first paint; the other tabs' pages are built
// right after it, one per pass of the event loop (each is a few milliseconds of widgets), or at once when
// asked for. Until then a tab holds an empty placeholder. The welcome page is built only when it is shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    MessageBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    // Each page, built first if it is not yet.
    WelcomePage *welcomePage();
    ApplicationsPage *applicationsPage();
    CalendarsPage *calendarsPage();
    ActivityPage *activityPage();
    SettingsPage *settingsPage();

public slots:
    // Shows, un-minimises and raises the window (a second launch asks for this).
    void raiseToFront();
    // Help > About: the version, the licence and where to read more.
    void showAbout();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Page { Applications, Calendars, Activity, Settings };
    static constexpr int pageCount = 4;
    // The page, built in place of its tab's placeholder the first time.
    QWidget *page(Page which);
    QWidget *buildPage(Page which);
    // After the first paint: the next page not yet built, then again on the next pass.
    void buildNextPage();
    void updateForDataCenter();
    void buildMenus();
    // The size of a first start: what the pages need, within the screen's available area.
    void placeFirstTime();
    void addTab(Page which, const QString &title, int number);
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
    std::array<QWidget *, pageCount> m_placeholders {}; // a tab's widget until its page is built
    bool m_shown = false; // shown once: the welcome page or the tabs are chosen then
    bool m_pageChosen = false;
    bool m_painted = false;
    QLabel *m_dataCenterLabel;
    bool m_startingOffline = false;
};
