#include "MainWindow.h"

#include "ApplicationsPage.h"
#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "ConsoleSettings.h"
#include "SettingsPage.h"
#include "SharedListStatus.h"
#include "WelcomePage.h"
#include "activity/ActivityPage.h"
#include "calendars/CalendarsPage.h"
#include "registry/ApplicationsModel.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_welcome(nullptr)
    , m_main(new QWidget(m_stack))
    , m_sandboxStrip(new QLabel(m_main))
    , m_banner(new MessageBanner(m_main))
    , m_tabs(new QTabWidget(m_main))
    , m_applications(nullptr)
    , m_calendars(nullptr)
    , m_activity(nullptr)
    , m_settings(nullptr)
    , m_dataCenterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    ConsoleContext *context = session->context();
    context->setBanner(m_banner);

    // Offline is impossible to miss: a strip in the palette's highlight colours above everything.
    m_sandboxStrip->setObjectName(QStringLiteral("sandboxStrip"));
    m_sandboxStrip->setText(
        tr("Offline sandbox — nothing is sent to Cronofy. Connect your account in Settings."));
    m_sandboxStrip->setAccessibleName(tr("Offline mode"));
    m_sandboxStrip->setWordWrap(true);
    m_sandboxStrip->setAlignment(Qt::AlignCenter);
    m_sandboxStrip->setAutoFillBackground(true);
    m_sandboxStrip->setBackgroundRole(QPalette::Highlight);
    m_sandboxStrip->setForegroundRole(QPalette::HighlightedText);
    m_sandboxStrip->setMargin(m_sandboxStrip->fontMetrics().height() / 3);
    m_sandboxStrip->setVisible(false);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    addTab(Page::Applications, tr("&Applications"), 1);
    addTab(Page::Calendars, tr("&Calendars"), 2);
    // No letter of "Activity" is free on every page (Alt+T, I, V and Y are taken): Alt+3 and Ctrl+Tab reach
    // it.
    addTab(Page::Activity, tr("Activity"), 3);
    addTab(Page::Settings, tr("&Settings"), 4);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("mainTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Pages"));
    // What the banner says is about the page it was said on.
    connect(m_tabs, &QTabWidget::currentChanged, m_banner, &MessageBanner::clear);
    // A tab chosen before its page was built gets it now, before it is painted.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        for (int i = 0; i < pageCount; ++i) {
            if (m_placeholders.at(i) && m_tabs->widget(index) == m_placeholders.at(i))
                page(Page(i));
        }
    });

    auto *mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(m_sandboxStrip);
    auto *bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(6, 6, 6, 0);
    bannerBox->addWidget(m_banner);
    mainLayout->addLayout(bannerBox);
    mainLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_main);
    setCentralWidget(m_stack);

    m_dataCenterLabel->setObjectName(QStringLiteral("dataCenterLabel"));
    m_dataCenterLabel->setAccessibleName(tr("Data center in use"));
    statusBar()->addPermanentWidget(m_dataCenterLabel, 1);

    connect(context, &ConsoleContext::dataCenterChanged, this, &MainWindow::updateForDataCenter);
    connect(session, &ConsoleSession::offlineStarting, this, [this] {
        m_startingOffline = true;
        m_dataCenterLabel->setText(tr("Starting the offline sandbox…"));
    });
    connect(session, &ConsoleSession::offlineReady, this, [this] {
        m_startingOffline = false;
        updateForDataCenter();
    });
    connect(session, &ConsoleSession::offlineFailed, this, [this](const QString &sentence) {
        m_startingOffline = false;
        if (m_stack->currentWidget() == m_main)
            m_banner->showError(sentence);
        const bool welcomeBuilt = m_welcome;
        updateForDataCenter();
        // A welcome page built just now was not there to hear it.
        if (!welcomeBuilt && m_welcome && m_stack->currentWidget() == m_welcome)
            m_welcome->banner()->showError(sentence);
    });
    if (!session->openWarning().isEmpty())
        m_banner->showWarning(session->openWarning());
    if (SharedListLink *link = session->sharedLink())
        statusBar()->addPermanentWidget(new SharedListStatus(link, m_banner, this));

    buildMenus();
    if (!restoreGeometry(ConsoleSettings::windowGeometry()))
        placeFirstTime();
    restoreState(ConsoleSettings::windowState());
    updateForDataCenter();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    // Closing the window is quitting: closeEvent() keeps the geometry, and the last window closes the app.
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // No Alt+letter: every letter of "Help" belongs to a control of some page (Alt+H is the Calendars page's
    // search). Alt+F, then the Right arrow, reaches it.
    QMenu *help = menuBar()->addMenu(tr("Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Cronofy Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::placeFirstTime()
{
    // Wide enough for the Calendars page's columns and its details side by side (about 1250 px), tall enough
    // for a screenful of rows; never more than the screen has. Centred, as a window manager would place it.
    const QScreen *target = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = target ? target->availableGeometry() : QRect(0, 0, 1280, 800);
    const int ch = fontMetrics().averageCharWidth();
    const int line = fontMetrics().lineSpacing();
    // Room for the window manager's frame and title bar, which are outside the window's own size.
    const QSize room = available.size() - QSize(line, line * 3);
    const QSize wanted = QSize(ch * 215, line * 46).expandedTo(minimumSizeHint());
    const QSize size = wanted.boundedTo(room);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2 + line));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Cronofy Console"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    const QString homepage = QStringLiteral("https://github.com/cronofy-console/cronofy-console");
    const QString docs = QStringLiteral("https://docs.cronofy.com/developers/");
    //: %1 is the version number
    box->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Cronofy Console %1").arg(QApplication::applicationVersion()).toHtmlEscaped(),
                tr("Creates Cronofy applications and application calendars, and keeps their secrets in "
                   "this computer's keychain.")
                    .toHtmlEscaped()));
    box->setInformativeText(
        QStringLiteral(
            "<p>%1</p><p><a href=\"%2\">%3</a><br><a href=\"%4\">%5</a><br><a href=\"%6\">%7</a></p>")
            .arg(tr("Free software under the MIT licence. It comes with no warranty.").toHtmlEscaped(),
                homepage, tr("Project home page and source code").toHtmlEscaped(),
                homepage + QStringLiteral("/issues"), tr("Report a problem").toHtmlEscaped(), docs,
                tr("Cronofy's developer documentation").toHtmlEscaped()));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    if (QAbstractButton *close = box->button(QMessageBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close"));
    }
    box->open();
}

MainWindow::~MainWindow() = default;

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_session, m_stack);
        m_stack->addWidget(m_welcome);
    }
    return m_welcome;
}

ApplicationsPage *MainWindow::applicationsPage()
{
    page(Page::Applications);
    return m_applications;
}

CalendarsPage *MainWindow::calendarsPage()
{
    page(Page::Calendars);
    return m_calendars;
}

ActivityPage *MainWindow::activityPage()
{
    page(Page::Activity);
    return m_activity;
}

SettingsPage *MainWindow::settingsPage()
{
    page(Page::Settings);
    return m_settings;
}

QWidget *MainWindow::page(Page which)
{
    QWidget *&placeholder = m_placeholders.at(int(which));
    if (!placeholder) {
        switch (which) {
        case Page::Applications:
            return m_applications;
        case Page::Calendars:
            return m_calendars;
        case Page::Activity:
            return m_activity;
        case Page::Settings:
            return m_settings;
        }
    }
    QWidget *built = buildPage(which);
    const int index = m_tabs->indexOf(placeholder);
    const bool current = m_tabs->currentIndex() == index;
    {
        // Swapping a tab's widget is not a change of page: no currentChanged (it would clear the banner).
        const QSignalBlocker blocker(m_tabs);
        m_tabs->insertTab(index, built, m_tabs->tabText(index));
        m_tabs->removeTab(index + 1);
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    delete placeholder;
    placeholder = nullptr;
    return built;
}

QWidget *MainWindow::buildPage(Page which)
{
    ConsoleContext *context = m_session->context();
    switch (which) {
    case Page::Applications:
        m_applications = new ApplicationsPage(context, m_tabs);
        connect(
            m_applications, &ApplicationsPage::showCalendarsRequested, this, &MainWindow::showCalendarsOf);
        connect(m_applications, &ApplicationsPage::provisionCalendarRequested, this,
            &MainWindow::provisionCalendarFor);
        return m_applications;
    case Page::Calendars:
        m_calendars = new CalendarsPage(context, m_tabs);
        return m_calendars;
    case Page::Activity:
        m_activity = new ActivityPage(context, m_tabs);
        return m_activity;
    case Page::Settings:
        m_settings = new SettingsPage(m_session, m_tabs);
        return m_settings;
    }
    return nullptr;
}

void MainWindow::buildNextPage()
{
    for (int i = 0; i < pageCount; ++i) {
        if (m_placeholders.at(i)) {
            page(Page(i));
            QTimer::singleShot(0, this, &MainWindow::buildNextPage);
            return;
        }
    }
}

bool MainWindow::event(QEvent *event)
{
    // Events come while the members are still being made (a child is added): the type is tested first.
    if (event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        updateForDataCenter(); // builds the page it shows
    }
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextPage);
    }
    return QMainWindow::event(event);
}

void MainWindow::addTab(Page which, const QString &title, int number)
{
    auto *placeholder = new QWidget(m_tabs);
    placeholder->setObjectName(QStringLiteral("pagePlaceholder%1").arg(number));
    m_placeholders.at(int(which)) = placeholder;
    m_tabs->addTab(placeholder, title);
    // Alt+1/2/3/4 as well as the mnemonic, as in most tabbed tools.
    auto *action = new QAction(this);
    action->setObjectName(QStringLiteral("showTab%1Action").arg(number));
    action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, which] {
        if (m_stack->currentWidget() == m_main) {
            QWidget *shown = page(which);
            m_tabs->setCurrentWidget(shown);
            shown->setFocus(Qt::ShortcutFocusReason);
        }
    });
    addAction(action);
}

void MainWindow::showCalendarsOf(const QString &clientId)
{
    CalendarsPage *calendars = calendarsPage();
    m_tabs->setCurrentWidget(calendars);
    calendars->showApplication(clientId);
    calendars->setFocus(Qt::OtherFocusReason);
}

void MainWindow::provisionCalendarFor(const QString &clientId)
{
    // The Calendars page is where the new row appears, so the person sees it arrive behind the dialog.
    showCalendarsOf(clientId);
    calendarsPage()->provisionCalendar();
}

void MainWindow::updateForDataCenter()
{
    ConsoleContext *context = m_session->context();
    const DataCenter dc = context->dataCenter();
    const bool configured = context->isConfigured() || m_startingOffline;
    // Chosen once the window is shown (the data center is usually known by then): the page not chosen is
    // not built.
    QWidget *wanted = !m_shown ? nullptr : configured ? m_main : static_cast<QWidget *>(welcomePage());
    if (wanted && (m_stack->currentWidget() != wanted || !m_pageChosen)) {
        m_pageChosen = true;
        m_stack->setCurrentWidget(wanted);
        if (wanted == m_main) {
            ApplicationsPage *applications = applicationsPage();
            m_tabs->setCurrentWidget(applications);
            applications->setFocus(Qt::OtherFocusReason);
        } else {
            m_welcome->setFocus(Qt::OtherFocusReason);
        }
    }
    const bool sandbox = context->isSandbox();
    m_sandboxStrip->setVisible(sandbox);
    // The platform adds the application's name ("… — Cronofy Console"): the title says only where requests
    // go.
    // With no title of its own the frame shows only the application's name, which a screen reader does
    // not read from an empty title: it gets the name as its accessible name.
    setAccessibleName(sandbox || dc.isValid() ? QString() : QGuiApplication::applicationDisplayName());
    if (sandbox) {
        setWindowTitle(tr("Offline sandbox"));
        m_dataCenterLabel->setText(tr("Sandbox — nothing is sent to Cronofy"));
    } else if (dc.isValid()) {
        setWindowTitle(dc.displayName());
        m_dataCenterLabel->setText(tr("Data center: %1 (%2)").arg(dc.displayName(), dc.apiBaseUrl().host()));
    } else {
        setWindowTitle(QString());
        m_dataCenterLabel->setText(
            m_startingOffline ? tr("Starting the offline sandbox…") : tr("Not connected yet"));
    }
}

void MainWindow::raiseToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // cronofyctl may have changed the list meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session->context()->applicationsModel()->reload();
    QMainWindow::changeEvent(event);
}
