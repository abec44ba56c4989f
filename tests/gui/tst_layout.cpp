// What a person sees, checked by LayoutAudit: every page and dialog of the window, in each of its states
// (idle, busy, each result, each error, each bulk preview group, progress, the summary with failures), in
// English, German, French and Spanish, on the screen this run has. ctest runs it offscreen at 1024x700,
// 1280x800 and QT_SCALE_FACTOR=2 on 2560x1600 (tests/gui/CMakeLists.txt); CI runs it again under Xvfb with
// openbox, a real window manager (.ci/stages/20-layout-openbox.sh). The states are reached for real:
// requests to a cronofy-sandbox over loopback, with its faults for the errors and the waits.
#include "ApplicationsPage.h"
#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "SettingsPage.h"
#include "TestEnvironment.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityPage.h"
#include "bulk/BulkProvisionDialog.h"
#include "calendars/CalendarsPage.h"
#include "calendars/FreshTokensDialog.h"
#include "calendars/ProvisionCalendarDialog.h"
#include "calendars/VerificationDialog.h"
#include "common/Localization.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/CreateApplicationDialog.h"
#include "dialogs/ImportApplicationDialog.h"
#include "dialogs/OnceShownSecretDialog.h"
#include "dialogs/RenameAccountDialog.h"
#include "dialogs/ReplaceAccountKeyDialog.h"
#include "dialogs/ReplaceSecretDialog.h"
#include "dialogs/SubmitVerificationDialog.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"
#include "widgets/CutColumns.h"
#include "widgets/MessageBanner.h"
#include "widgets/WordWrapDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int kNetworkWait = 15000;

QJsonObject delayFault(const QString &path, int ms)
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("delay"), ms}};
}

QJsonObject statusFault(const QString &path, int status, int count, const QString &body = {})
{
    QJsonObject fault {
        {QStringLiteral("path"), path}, {QStringLiteral("status"), status}, {QStringLiteral("count"), count}};
    if (!body.isEmpty())
        fault.insert(QStringLiteral("body"), body);
    return fault;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void auditFindsEachKindOfProblem();
    void everyPageAndDialogShowsAllItSays_data();
    void everyPageAndDialogShowsAllItSays();

private:
    void useLanguage(const QString &code);
    // Lets layouts, DialogFit and the window manager settle, then records every problem of `window`.
    void audit(QWidget *window, const QString &state);
    void saveShot(QWidget *window, const QString &state);
    void walkAccessibility(QWidget *window, const QString &where);
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
        if (!found)
            m_problems << QStringLiteral("no %1 named %2")
                              .arg(QLatin1String(T::staticMetaObject.className()), QLatin1String(name));
        return found;
    }
    QString writeFile(const QString &name, const QByteArray &content);

    void walkWelcome(MainWindow *window);
    void walkPages(MainWindow *window);
    void walkApplicationDialogs(MainWindow *window);
    void walkCalendarDialogs(MainWindow *window);
    void walkBulk(MainWindow *window);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_language;
    QString m_clientId; // an application of the sandbox, in the list, with its secret stored
    QStringList m_problems;
    int m_registryNumber = 0;
    int m_audited = 0;
    int m_walked = 0; // states read through AT-SPI
    std::unique_ptr<QProcess> m_walker; // tools/atspi-walk.py --serve, when CONSOLE_ATSPI_WALK is set
};

void TestLayout::initTestCase()
{
    TestEnvironment::prepare();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // As main() does: the platform adds it to every window's title, which must fit the title bar.
    QApplication::setApplicationDisplayName(QStringLiteral("Cronofy Console"));
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %dx%d (available %dx%d), device pixel ratio %.1f, platform %s", screen->size().width(),
        screen->size().height(), screen->availableSize().width(), screen->availableSize().height(),
        screen->devicePixelRatio(), qPrintable(QGuiApplication::platformName()));
}

void TestLayout::cleanup()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(top))
            delete top;
    }
    m_session.reset();
    m_secrets.reset();
    useLanguage(QStringLiteral("en"));
}

void TestLayout::cleanupTestCase()
{
    if (m_walker) { // it ends at the end of its input
        m_walker->closeWriteChannel();
        if (!m_walker->waitForFinished(5000))
            m_walker->kill();
        m_walker->waitForFinished();
    }
}

void TestLayout::useLanguage(const QString &code)
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const Localization::Result result = Localization::install(qApp, code);
    if (code != QLatin1String("en"))
        QVERIFY2(result.appTranslationLoaded, qPrintable(QStringLiteral("no catalog for %1").arg(code)));
}

QString TestLayout::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = TestEnvironment::home() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestLayout::audit(QWidget *window, const QString &state)
{
    // Posted layout requests, DialogFit's growth (queued) and, under a window manager, the configure
    // events of a resize take a few turns of the event loop.
    const int step = QGuiApplication::platformName() == QLatin1String("xcb") ? 20 : 5;
    QSize last;
    for (int i = 0, stable = 0; i < 25 && stable < 3; ++i) {
        QTest::qWait(step);
        stable = window->size() == last ? stable + 1 : 0;
        last = window->size();
    }
    ++m_audited;
    const QString where = QStringLiteral("%1, %2").arg(m_language, state);
    if (!window->isVisible()) {
        m_problems << QStringLiteral("%1: the window is not shown").arg(where);
        return;
    }
    if (LayoutAudit::widgetsIn(window) < 3)
        m_problems << QStringLiteral("%1: nothing to look at").arg(where);
    for (const QString &problem : LayoutAudit::problems(window))
        m_problems << QStringLiteral("%1: %2").arg(where, problem);
    saveShot(window, state);
    walkAccessibility(window, where);
}

void TestLayout::walkAccessibility(QWidget *window, const QString &where)
{
    // CONSOLE_ATSPI_WALK=tools/atspi-walk.py (tools/atspi-walk.sh sets it, with an accessibility bus): the
    // window as a screen reader reads it, from another process, through AT-SPI. One walker for the whole run
    // (it looks this process up once), asked one window per state.
    const QString walker = qEnvironmentVariable("CONSOLE_ATSPI_WALK");
    if (walker.isEmpty())
        return;
    if (!m_walker) {
        m_walker = std::make_unique<QProcess>();
        m_walker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_walker->start(QStringLiteral("/usr/bin/python3"),
            {walker, QStringLiteral("--serve"), QStringLiteral("--pid"),
                QString::number(QCoreApplication::applicationPid())});
    }
    m_walker->write(window->windowTitle().toUtf8() + '\n');
    // The walker's questions are answered by this event loop: it runs without sleeping until the answer's
    // last line ("atspi-walk: end N") or the walker's end. (QTest::qWait sleeps 10 ms per turn, 10 ms per
    // question.)
    static const QRegularExpression end(QStringLiteral("^atspi-walk: end (\\d)$"));
    QStringList lines;
    int status = -1;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    auto read = [&] {
        while (status < 0 && m_walker->canReadLine()) {
            const QString line = QString::fromUtf8(m_walker->readLine()).trimmed();
            const QRegularExpressionMatch match = end.match(line);
            if (match.hasMatch())
                status = match.captured(1).toInt();
            else if (!line.isEmpty())
                lines << line;
        }
        if (status >= 0 || m_walker->state() == QProcess::NotRunning)
            loop.quit();
    };
    const QMetaObject::Connection onRead
        = connect(m_walker.get(), &QProcess::readyReadStandardOutput, &loop, read);
    const QMetaObject::Connection onEnd = connect(m_walker.get(), &QProcess::finished, &loop, read);
    read();
    if (status < 0 && m_walker->state() != QProcess::NotRunning)
        loop.exec();
    disconnect(onRead);
    disconnect(onEnd);
    for (const QString &line : std::as_const(lines))
        m_problems << QStringLiteral("%1: AT-SPI: %2").arg(where, line);
    if (status < 0) {
        m_problems << QStringLiteral("%1: AT-SPI: the walker gave no answer within a minute").arg(where);
        m_walker->kill();
        m_walker->waitForFinished();
        m_walker.reset();
        return;
    }
    ++m_walked;
}

void TestLayout::saveShot(QWidget *window, const QString &state)
{
    // CONSOLE_LAYOUT_SHOTS=DIR: a picture of each state, to read (under X: the screen, frames included).
    const QString directory = qEnvironmentVariable("CONSOLE_LAYOUT_SHOTS");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QString name = state;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    const QString path = QStringLiteral("%1/%2-%3-%4.png")
                             .arg(directory, m_language)
                             .arg(m_audited, 2, 10, QLatin1Char('0'))
                             .arg(name);
    QPixmap picture;
    if (QGuiApplication::platformName() == QLatin1String("xcb") && window->screen()) {
        const QRect frame = window->frameGeometry();
        picture = window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    }
    if (picture.isNull())
        picture = window->grab();
    picture.save(path);
}

void TestLayout::auditFindsEachKindOfProblem()
{
    // A dialog built wrong on purpose: each kind of problem must be found, or the audit proves nothing.
    QDialog dialog;
    dialog.resize(300, 200);
    auto *squeezed = new QPushButton(QStringLiteral("A button with a long text"), &dialog);
    squeezed->setObjectName(QStringLiteral("squeezedButton"));
    squeezed->setGeometry(10, 10, 40, 30);
    auto *wrapped = new QLabel(QStringLiteral("A long sentence that wraps over several lines when it is "
                                              "narrow, so it needs more height than it gets here."),
        &dialog);
    wrapped->setObjectName(QStringLiteral("cutLabel"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(10, 60, 120, 16);
    auto *under = new QLineEdit(&dialog);
    under->setObjectName(QStringLiteral("coveredEdit"));
    under->setAccessibleName(QStringLiteral("Covered"));
    under->setGeometry(150, 10, 100, 30);
    auto *over = new QCheckBox(QStringLiteral("On top"), &dialog);
    over->setObjectName(QStringLiteral("onTopCheck"));
    over->setGeometry(160, 20, 100, 30);
    auto *outside = new QPushButton(QStringLiteral("Out"), &dialog);
    outside->setObjectName(QStringLiteral("outsideButton"));
    outside->setGeometry(280, 180, 80, 30);
    auto *nameless = new QComboBox(&dialog);
    nameless->setObjectName(QStringLiteral("namelessCombo"));
    nameless->setGeometry(150, 100, 100, 30);
    const QString reason = QStringLiteral("You revoked it. Skipped unless you tick to provision it again.");
    auto *cutTree = new QTreeWidget(&dialog);
    cutTree->setObjectName(QStringLiteral("cutTree"));
    cutTree->setAccessibleName(QStringLiteral("Reasons"));
    cutTree->setHeaderLabels({QStringLiteral("Why")});
    new QTreeWidgetItem(cutTree, {reason});
    cutTree->setGeometry(10, 120, 130, 70);
    auto *scrolling = new QScrollArea(&dialog);
    scrolling->setObjectName(QStringLiteral("scrollingArea"));
    scrolling->setWidgetResizable(true);
    auto *tall = new QWidget;
    tall->setMinimumHeight(2000);
    scrolling->setWidget(tall);
    scrolling->setGeometry(150, 140, 100, 50);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString found = LayoutAudit::problems(&dialog).join(QLatin1Char('\n'));
    for (const char *expected : {"squeezedButton \"A button with a long text\" is 40x30, smaller than",
             "cutLabel", "coveredEdit and onTopCheck \"On top\" overlap", "outsideButton \"Out\" at 280,180",
             "no accessible name: namelessCombo", "cutTree: the text of row 0, column 0 is cut",
             "scrollingArea scrolls, but the dialog is"})
        QVERIFY2(found.contains(QLatin1String(expected)),
            qPrintable(QString::fromLatin1(expected) + QStringLiteral(" in:\n") + found));

    // Laid out by a layout, the same widgets have nothing to report.
    QDialog good;
    auto *layout = new QVBoxLayout(&good);
    auto *label = new QLabel(wrapped->text(), &good);
    label->setWordWrap(true);
    label->setMinimumWidth(300); // wraps at a known width, so the window's height can be right at once
    layout->addWidget(label);
    auto *edit = new QLineEdit(&good);
    edit->setAccessibleName(QStringLiteral("Name"));
    layout->addWidget(edit);
    layout->addWidget(new QPushButton(QStringLiteral("A button with a long text"), &good));
    // A list that wraps its reasons (every line read whole), with an ID column cut on purpose: the tool tip
    // has the ID.
    auto *reasons = new QTreeWidget(&good);
    reasons->setAccessibleName(QStringLiteral("Reasons"));
    reasons->setHeaderLabels({QStringLiteral("Calendar ID"), QStringLiteral("Why")});
    reasons->header()->resizeSection(0, 80);
    WordWrapDelegate::install(reasons);
    CutColumns::allow(reasons, {0});
    auto *row
        = new QTreeWidgetItem(reasons, {QStringLiteral("meeting-room-with-a-long-name-east-wing-3"), reason});
    row->setToolTip(0, row->text(0));
    reasons->setMinimumHeight(reasons->fontMetrics().height() * 8);
    layout->addWidget(reasons);
    good.resize(good.sizeHint().width(), good.heightForWidth(good.sizeHint().width()) + 20);
    good.show();
    QVERIFY(QTest::qWaitForWindowExposed(&good));
    QTest::qWait(100);
    const QStringList none = LayoutAudit::problems(&good);
    QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
}

void TestLayout::everyPageAndDialogShowsAllItSays_data()
{
    QTest::addColumn<QString>("language");
    for (const Localization::Language &language : Localization::availableLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLayout::everyPageAndDialogShowsAllItSays()
{
    QFETCH(QString, language);
    m_language = language;
    m_problems.clear();
    m_audited = 0;
    m_walked = 0;
    useLanguage(language);
    QSettings().clear();
    QVERIFY(m_sandbox->clearFaults());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<ConsoleSession>();
    QString error;
    const QString registry
        = TestEnvironment::home() + QStringLiteral("/data/layout-%1.sqlite").arg(++m_registryNumber);
    QVERIFY2(m_session->open(&error, m_secrets.get(), registry), qPrintable(error));

    // The window as a person first gets it: its own first size, on this screen.
    MainWindow window(m_session.get());
    m_session->restore();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    walkWelcome(&window);
    walkPages(&window);
    walkApplicationDialogs(&window);
    walkCalendarDialogs(&window);
    walkBulk(&window);
    QVERIFY(m_sandbox->clearFaults());

    qInfo("%s: %d states looked at, %d of them through AT-SPI", qPrintable(language), m_audited, m_walked);
    QVERIFY(m_audited >= 30);
    if (!qEnvironmentVariableIsEmpty("CONSOLE_ATSPI_WALK"))
        QCOMPARE(m_walked, m_audited);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

void TestLayout::walkWelcome(MainWindow *window)
{
    QWidget *welcome = child<QWidget>(window, "welcomePage");
    audit(window, QStringLiteral("welcome page"));
    // Connect with no key: the sentence under the field.
    QTest::mouseClick(child<QPushButton>(welcome, "connectButton"), Qt::LeftButton);
    audit(window, QStringLiteral("welcome page, no key"));
    // A base URL of one's own, mistyped: its field and its sentence.
    auto *combo = child<QComboBox>(welcome, "dataCenterCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("custom")));
    child<QLineEdit>(welcome, "baseUrlEdit")->setText(QStringLiteral("ftp://nowhere"));
    child<QLineEdit>(welcome, "adminKeyEdit")->setText(QStringLiteral("some-admin-key-0123456789"));
    QTest::mouseClick(child<QPushButton>(welcome, "connectButton"), Qt::LeftButton);
    audit(window, QStringLiteral("welcome page, wrong base URL"));
    // Connected: the sandbox's data center, with its key.
    child<QLineEdit>(welcome, "adminKeyEdit")->clear();
    const DataCenter dc = m_sandbox->dataCenter();
    m_secrets->insert(SecretKeys::adminApiKey(dc), m_sandbox->adminKey());
    m_session->useDataCenter(dc);
    QTRY_VERIFY(window->applicationsPage()->isVisible());
}

void TestLayout::walkPages(MainWindow *window)
{
    QTabWidget *tabs = window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        audit(window, tabs->widget(i)->objectName() + QStringLiteral(", empty"));
    }
    // The language, the last box of Settings, reached by its label's mnemonic (Alt+L, Alt+S…): scrolled into
    // view on any screen.
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    auto *language = child<QComboBox>(window->settingsPage(), "languageCombo");
    QKeySequence mnemonic;
    for (const QLabel *label : window->settingsPage()->findChildren<QLabel *>()) {
        if (label->buddy() == language)
            mnemonic = QKeySequence::mnemonic(label->text());
    }
    QVERIFY2(!mnemonic.isEmpty(), "the language box has no label with a mnemonic");
    QTest::keySequence(window, mnemonic);
    QTRY_VERIFY(language->hasFocus());
    auto *area = language->parentWidget();
    while (area && !qobject_cast<QScrollArea *>(area))
        area = area->parentWidget();
    QVERIFY(area);
    auto *viewport = static_cast<QScrollArea *>(area)->viewport();
    QTRY_VERIFY2(QRect(viewport->mapTo(window, QPoint(0, 0)), viewport->size())
                     .contains(QRect(language->mapTo(window, QPoint(0, 0)), language->size())),
        "the focused language box is scrolled out of sight");
    audit(window, QStringLiteral("settings page, language by keyboard"));

    // An application with calendars, one of them selected: the details pane and its buttons.
    const SandboxProcess::Application app
        = m_sandbox->provisionApplication(QStringLiteral("Meeting Room Booking"));
    QVERIFY(app.isValid());
    ApplicationRecord record;
    record.clientId = app.clientId;
    record.name = QStringLiteral("Meeting Room Booking");
    record.url = QStringLiteral("https://rooms.example.com");
    record.dataCenter = m_sandbox->dataCenter().storageKey();
    record.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_session->context()->registry()->upsertApplication(record).ok());
    m_secrets->insert(SecretKeys::clientSecret(app.clientId), app.clientSecret);
    m_clientId = app.clientId;
    int answered = 0;
    for (const QString &id : {QStringLiteral("room-atlas"),
             QStringLiteral("meeting-room-with-a-long-name-east-wing-3"), QStringLiteral("front-desk")}) {
        m_session->service()->provisionCalendar(app.clientId, id, this,
            [&answered](const CalendarCredentials &, const ServiceError &) { ++answered; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, kNetworkWait);
    window->applicationsPage()->selectClientId(app.clientId);
    tabs->setCurrentWidget(window->applicationsPage());
    audit(window, QStringLiteral("applications page, one selected"));
    tabs->setCurrentWidget(window->calendarsPage());
    QTRY_VERIFY(window->calendarsPage()->selectCalendar(
        app.clientId, QStringLiteral("meeting-room-with-a-long-name-east-wing-3")));
    audit(window, QStringLiteral("calendars page, one selected"));
    // A long error in the window's banner, with its details open.
    window->banner()->showError(ServiceError::fromApi(ApiError()).message() + QLatin1Char(' ')
            + QStringLiteral(
                "Cronofy refused the admin API key. Check that the key belongs to this data "
                "center and has not been revoked in the Cronofy dashboard, then enter it again."),
        QStringLiteral("401 Unauthorized\n{\"error\":\"invalid_token\"}"));
    auto *detailsButton
        = window->banner()->findChild<QAbstractButton *>(QStringLiteral("messageBannerDetailsButton"));
    QVERIFY(detailsButton);
    detailsButton->click();
    auto *detailsView = window->banner()->findChild<QWidget *>(QStringLiteral("messageBannerDetails"));
    QVERIFY(detailsView && detailsView->isVisible());
    audit(window, QStringLiteral("calendars page, banner with details"));
    window->banner()->clear();

    // The Activity page with the provisions above and a bulk run with a failure; then that run opened.
    OperationRecord failure;
    failure.action = QStringLiteral("provision-calendar");
    failure.clientId = app.clientId;
    failure.calendar = failure.target = QStringLiteral("meeting-room-with-a-long-name-east-wing-4");
    failure.dataCenter = failure.account = record.dataCenter;
    failure.parentRun = QStringLiteral("layout-run");
    failure.outcome = OperationRecord::Outcome::Failed;
    failure.httpStatus = 422;
    failure.message
        = QStringLiteral("Cronofy refused the calendar ID: it is not allowed. Check the ID and try again.");
    OperationRecord run = failure;
    run.action = QStringLiteral("bulk-provision");
    run.calendar.clear();
    run.target = app.clientId;
    run.parentRun.clear();
    run.runId = QStringLiteral("layout-run");
    run.httpStatus = 0;
    run.succeededCount = 120;
    run.failedCount = 1;
    run.message = QStringLiteral("120 provisioned, 1 failed, 0 skipped, 0 not started.");
    QVERIFY(m_session->service()->logOperations({failure, run}).ok());
    ActivityPage *activity = window->activityPage();
    tabs->setCurrentWidget(activity);
    QTRY_VERIFY(!activity->model()->isLoading() && activity->model()->rowCount() >= 4);
    audit(window, QStringLiteral("activity page, with a bulk run"));
    auto *view = child<QTableView>(activity, "activityView");
    view->selectionModel()->setCurrentIndex(
        activity->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    activity->openSelectedRun();
    QTRY_VERIFY(!activity->model()->isLoading() && activity->model()->rowCount() == 1);
    audit(window, QStringLiteral("activity page, a run's failures"));
    activity->showAll();
}

void TestLayout::walkApplicationDialogs(MainWindow *window)
{
    ConsoleContext *context = m_session->context();
    const QString applications = QStringLiteral("/v1/applications");
    {
        auto *dialog = new CreateApplicationDialog(context, window);
        dialog->open();
        audit(dialog, QStringLiteral("create application"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("create application, both fields wrong"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Visitor Check-in"));
        child<QLineEdit>(dialog, "urlEdit")->setText(QStringLiteral("https://visit.example.com"));
        QVERIFY(m_sandbox->addFault(delayFault(applications, 1500)));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>(dialog, "busyLabel")->isVisible());
        audit(dialog, QStringLiteral("create application, busy"));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton); // stops the request
        QTRY_VERIFY(!child<QWidget>(dialog, "busyLabel")->isVisible());
        QVERIFY(m_sandbox->clearFaults());
        audit(dialog, QStringLiteral("create application, stopped"));
        // The admin key refused: the longest sentence, and the key can be entered again in place.
        m_secrets->insert(
            SecretKeys::adminApiKey(context->dataCenter()), QStringLiteral("wrong-admin-key-0123456789"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        auto *banner = child<MessageBanner>(dialog, "dialogBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kNetworkWait);
        audit(dialog, QStringLiteral("create application, admin key refused"));
        m_secrets->insert(SecretKeys::adminApiKey(context->dataCenter()), m_sandbox->adminKey());
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kNetworkWait);
        delete dialog;
        // The window shows the new application's secret, once: closed here, or it stays above the rest.
        OnceShownSecretDialog *secret = nullptr;
        QTRY_VERIFY((secret = window->findChild<OnceShownSecretDialog *>()) && secret->isVisible());
        audit(secret, QStringLiteral("secret dialog, after create"));
        secret->reject();
        QTRY_VERIFY(!window->findChild<OnceShownSecretDialog *>());
    }
    {
        CreatedApplication created;
        created.credentials = {QStringLiteral("example_client_id_0123456789"),
            QStringLiteral("example-secret-for-the-layout-audit-0123456789")};
        auto *stored = new OnceShownSecretDialog(m_session->service(), created, window);
        stored->setAttribute(Qt::WA_DeleteOnClose, false);
        stored->open();
        audit(stored, QStringLiteral("secret dialog"));
        delete stored;
        created.secretError = SecretError(SecretError::Kind::Locked);
        auto *notStored = new OnceShownSecretDialog(m_session->service(), created, window);
        notStored->setAttribute(Qt::WA_DeleteOnClose, false);
        notStored->open();
        audit(notStored, QStringLiteral("secret dialog, not stored"));
        delete notStored;
    }
    {
        auto *dialog = new ImportApplicationDialog(context, window);
        dialog->open();
        audit(dialog, QStringLiteral("import application"));
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("import application, fields missing"));
        delete dialog;
    }
    {
        auto *dialog
            = new ReplaceSecretDialog(context, m_clientId, QStringLiteral("Meeting Room Booking"), window);
        dialog->open();
        audit(dialog, QStringLiteral("replace secret"));
        QTest::mouseClick(child<QPushButton>(dialog, "replaceButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("replace secret, no secret"));
        delete dialog;
    }
    {
        auto *dialog = new SubmitVerificationDialog(
            context, m_clientId, QStringLiteral("Meeting Room Booking"), window);
        dialog->open();
        audit(dialog, QStringLiteral("submit for verification"));
        QTest::mouseClick(child<QPushButton>(dialog, "sendVerificationButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("submit for verification, fields missing"));
        delete dialog;
    }
    // The accounts of Settings: the page with its list, then each dialog, empty and with its sentences.
    window->tabs()->setCurrentWidget(window->settingsPage());
    audit(window, QStringLiteral("settings page, accounts"));
    {
        auto *dialog = new AddAccountDialog(context, window);
        dialog->open();
        audit(dialog, QStringLiteral("add account"));
        QTest::mouseClick(child<QPushButton>(dialog, "addAccountButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("add account, no name"));
        child<QLineEdit>(dialog, "accountNameEdit")->setText(QStringLiteral("Acme — customer"));
        QTest::mouseClick(child<QPushButton>(dialog, "addAccountButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("add account, no key"));
        delete dialog;
    }
    {
        const QString account = context->dataCenter().displayName();
        auto *dialog = new RenameAccountDialog(context, account, window);
        dialog->open();
        audit(dialog, QStringLiteral("rename account"));
        child<QLineEdit>(dialog, "accountNameEdit")->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "renameAccountButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("rename account, no name"));
        delete dialog;
    }
    {
        auto *dialog = new ReplaceAccountKeyDialog(context, context->dataCenter().displayName(), window);
        dialog->open();
        audit(dialog, QStringLiteral("replace account key"));
        QTest::mouseClick(child<QPushButton>(dialog, "replaceAccountKeyButton"), Qt::LeftButton);
        audit(dialog, QStringLiteral("replace account key, no key"));
        delete dialog;
    }
    window->tabs()->setCurrentWidget(window->applicationsPage());
}

void TestLayout::walkCalendarDialogs(MainWindow *window)
{
    ConsoleContext *context = m_session->context();
    const QString calendars = QStringLiteral("/v1/application_calendars");
    auto *dialog = new ProvisionCalendarDialog(context, m_clientId, window);
    dialog->show();
    audit(dialog, QStringLiteral("provision calendar"));
    auto *id = child<QLineEdit>(dialog, "calendarIdEdit");
    auto *submit = child<QPushButton>(dialog, "provisionSubmitButton");
    id->setText(QString(300, QLatin1Char('x')));
    QTest::mouseClick(submit, Qt::LeftButton);
    audit(dialog, QStringLiteral("provision calendar, ID too long"));
    id->setText(QStringLiteral("room-dahlia"));
    QVERIFY(m_sandbox->addFault(delayFault(calendars, 1500)));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(child<QWidget>(dialog, "busyLabel")->isVisible());
    audit(dialog, QStringLiteral("provision calendar, busy"));
    QVERIFY(m_sandbox->clearFaults());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(dialog, "resultBox")->isVisible(), kNetworkWait);
    audit(dialog, QStringLiteral("provision calendar, result"));
    QVERIFY(m_sandbox->addFault(statusFault(calendars, 500, 10)));
    id->setText(QStringLiteral("room-error"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<MessageBanner>(dialog, "provisionBanner")->isVisible(), kNetworkWait);
    QVERIFY(m_sandbox->clearFaults());
    audit(dialog, QStringLiteral("provision calendar, server error"));
    delete dialog;

    auto *tokens = new FreshTokensDialog(QStringLiteral("meeting-room-with-a-long-name-east-wing-3"),
        QStringLiteral("access-token-0123456789"), QStringLiteral("refresh-token-0123456789"), 3600, window);
    tokens->show();
    audit(tokens, QStringLiteral("fresh tokens"));
    delete tokens;

    CalendarVerification verification;
    bool verified = false;
    m_session->service()->verifyCalendar(m_clientId, QStringLiteral("room-atlas"), this,
        [&](const CalendarVerification &result, const ServiceError &) {
            verification = result;
            verified = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(verified, kNetworkWait);
    auto *healthy = new VerificationDialog(QStringLiteral("room-atlas"), verification, window);
    healthy->show();
    audit(healthy, QStringLiteral("verification, healthy"));
    delete healthy;
    verification.calendars.clear();
    auto *unhealthy = new VerificationDialog(QStringLiteral("room-atlas"), verification, window);
    unhealthy->show();
    audit(unhealthy, QStringLiteral("verification, no calendar"));
    delete unhealthy;

    // The revoke confirmation, from the Calendars page.
    window->tabs()->setCurrentWidget(window->calendarsPage());
    QVERIFY(window->calendarsPage()->selectCalendar(m_clientId, QStringLiteral("room-atlas")));
    window->calendarsPage()->revokeSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("revokeConfirmation"))) != nullptr);
    audit(box, QStringLiteral("revoke confirmation"));
    QTest::mouseClick(child<QPushButton>(box, "confirmRevokeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(context->registry()->calendar(m_clientId, QStringLiteral("room-atlas"))->status
            == CalendarRecord::Status::Revoked,
        kNetworkWait);
}

void TestLayout::walkBulk(MainWindow *window)
{
    ConsoleContext *context = m_session->context();
    const QString calendars = QStringLiteral("/v1/application_calendars");
    auto *dialog = new BulkProvisionDialog(context, m_clientId, window);
    dialog->open();
    audit(dialog, QStringLiteral("bulk, idle"));
    dialog->loadFile(TestEnvironment::home() + QStringLiteral("/no-such-file.csv"));
    audit(dialog, QStringLiteral("bulk, no such file"));

    // Every preview group: invalid, duplicate, revoked (room-atlas), already provisioned (front-desk).
    QByteArray csv = "application_calendar_id\nroom-atlas\nfront-desk\n" + QByteArray(300, 'x') + "\n";
    for (int i = 1; i <= 30; ++i)
        csv += "hall-" + QByteArray::number(i) + "\n";
    csv += "hall-1\n";
    dialog->loadFile(writeFile(QStringLiteral("layout-%1.csv").arg(m_language), csv));
    audit(dialog, QStringLiteral("bulk, preview"));
    if (auto *problems = child<QTreeWidget>(dialog, "problemsView"))
        problems->expandAll();
    audit(dialog, QStringLiteral("bulk, preview expanded"));

    // Progress: slow answers, so the run is caught in the middle.
    QVERIFY(m_sandbox->addFault(delayFault(calendars, 800)));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QWidget>(dialog, "progressBar")->isVisible());
    audit(dialog, QStringLiteral("bulk, running"));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    audit(dialog, QStringLiteral("bulk, stopping"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kNetworkWait);
    QVERIFY(m_sandbox->clearFaults());
    audit(dialog, QStringLiteral("bulk, cancelled"));

    // The summary with failures: Cronofy refuses some ids.
    QVERIFY(m_sandbox->addFault(statusFault(calendars, 422, 6,
        QStringLiteral(
            "{\"errors\":{\"application_calendar_id\":[{\"key\":\"errors.invalid\","
            "\"description\":\"is not allowed: the IDs of this application's calendars must start with "
            "the prefix its administrator chose\"}]}}"))));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->isRunning() && child<QWidget>(dialog, "failuresView")->isVisible(), kNetworkWait);
    QVERIFY(m_sandbox->clearFaults());
    audit(dialog, QStringLiteral("bulk, summary with failures"));
    delete dialog;
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
