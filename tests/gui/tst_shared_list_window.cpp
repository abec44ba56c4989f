// The window on a team's shared list, on a real PostgreSQL server (tests/support/PostgresServer): the server
// down at start (the window opens empty and read-only, says so, and connects once the server is back), a
// colleague's rows appearing within a second without losing the selection or the scroll position, and the
// Settings box that connects, refuses a wrong password with its sentence, and goes back to the file.
#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "ConsoleSettings.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PostgresServer.h"
#include "SettingsPage.h"
#include "TestEnvironment.h"
#include "calendars/CalendarsPage.h"
#include "postgres/PostgresAddress.h"
#include "postgres/SharedListChoice.h"
#include "postgres/SharedListLink.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <chrono>

using namespace std::chrono_literals;

namespace {
const QString alicePassword = QStringLiteral("alice-window-pw-31d9");
const QString bobPassword = QStringLiteral("bob-window-pw-77e0");

// The row that shows `text` in any column (whatever model the page uses). The Calendars list is drawn a page
// at a time: when the text is not among the rows read yet, the next page is asked for as a view scrolling to
// the end would, so a QTRY_ around this sees it once its page has come.
int rowShowing(QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
    }
    if (model->canFetchMore({}))
        model->fetchMore({});
    return -1;
}

CalendarRecord calendar(const QString &id, const QString &profile = QStringLiteral("Room"))
{
    CalendarRecord c;
    c.clientId = QStringLiteral("app-window");
    c.applicationCalendarId = id;
    c.sub = QStringLiteral("apc_") + id;
    c.profileName = profile;
    c.provisionedAt = QDateTime::currentDateTimeUtc();
    c.lastSeenAt = c.provisionedAt;
    return c;
}
} // namespace

class TestSharedListWindow : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    std::unique_ptr<Registry> m_bob; // the colleague, on their own connection

    QString aliceUrl() const { return m_server.url(QStringLiteral("alice"), QStringLiteral("team")); }
    PostgresAddress aliceAddress() const
    {
        return m_server.address(QStringLiteral("alice"), QStringLiteral("team"));
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        ConsoleSettings::setDataCenterKey(QStringLiteral("de")); // past the welcome page; nothing is sent
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE cronofy_team NOLOGIN")));
        QVERIFY(m_server.createDatabase(QStringLiteral("team"), QStringLiteral("cronofy_team")));
        QVERIFY(m_server.createRole(QStringLiteral("alice"), alicePassword));
        QVERIFY(m_server.createRole(QStringLiteral("bob"), bobPassword));
        QVERIFY(
            m_server.psql(QStringLiteral("postgres"), QStringLiteral("GRANT cronofy_team TO alice, bob")));
        Registry::OpenResult bob = Registry::openShared(
            m_server.address(QStringLiteral("bob"), QStringLiteral("team")), bobPassword);
        QVERIFY2(bob.registry, qPrintable(bob.error.message()));
        m_bob = std::move(bob.registry);
        ApplicationRecord app;
        app.clientId = QStringLiteral("app-window");
        app.name = QStringLiteral("Meeting rooms");
        app.dataCenter = QStringLiteral("de");
        QVERIFY(m_bob->upsertApplication(app).ok());
        QList<CalendarRecord> rooms;
        for (int i = 100; i < 400; ++i)
            rooms.append(calendar(QStringLiteral("room-%1").arg(i)));
        QVERIFY(m_bob->upsertCalendars(rooms).ok());
    }

    void cleanupTestCase() { SharedListChoice::clear(); }

    // The server is down when the window starts: it opens at once, empty and read-only, and says so; nothing
    // is sent to Cronofy whose result could not be kept; once the server is back the rows appear.
    void serverDownAtStart()
    {
        SharedListChoice::set(aliceAddress());
        MemorySecretStore secrets;
        secrets.insert(SecretKeys::sharedListPassword(aliceAddress().toString()), alicePassword);
        QVERIFY(m_server.stop());

        ConsoleSession session;
        QString error;
        QVERIFY2(session.open(&error, &secrets), qPrintable(error));
        SharedListLink *link = session.sharedLink();
        QVERIFY(link);
        link->setRetryInterval(300ms);
        MainWindow window(&session);
        session.restore(); // the data center of the settings: the tabs, not the welcome page
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_COMPARE_WITH_TIMEOUT(link->state(), SharedListLink::State::Retrying, 10000);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("cannot be reached")),
            qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(QStringLiteral("read-only")));
        auto *status = window.findChild<QLabel *>(QStringLiteral("sharedListStatus"));
        QVERIFY(status);
        QVERIFY2(
            status->text().contains(QStringLiteral("not reachable, read-only")), qPrintable(status->text()));
        QCOMPARE(session.context()->registry()->applications().size(), 0);

        // Read-only: provisioning is refused before anything is sent.
        ServiceError refused;
        bool answered = false;
        session.service()->provisionCalendar(QStringLiteral("app-window"), QStringLiteral("room-new"), this,
            [&](const CalendarCredentials &, const ServiceError &e) {
                refused = e;
                answered = true;
            });
        QTRY_VERIFY(answered);
        QVERIFY2(
            refused.message().contains(QStringLiteral("cannot be reached")), qPrintable(refused.message()));

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), SharedListLink::State::Connected, 10000);
        QVERIFY2(status->text().contains(QStringLiteral(": connected")), qPrintable(status->text()));
        QVERIFY(window.banner()->text().isEmpty());
        // The Calendars page reads its rows once it is shown (a page at a time, docs/kept-list.md).
        window.tabs()->setCurrentWidget(window.calendarsPage());
        auto *view = window.calendarsPage()->findChild<QTableView *>(QStringLiteral("calendarsView"));
        QVERIFY(view);
        QTRY_VERIFY(rowShowing(view->model(), QStringLiteral("room-250")) >= 0);
    }

    // A colleague's rows appear within a second; the selected calendar stays selected and the list does not
    // jump.
    void colleaguesRowsKeepSelectionAndScroll()
    {
        SharedListChoice::set(aliceAddress());
        MemorySecretStore secrets;
        secrets.insert(SecretKeys::sharedListPassword(aliceAddress().toString()), alicePassword);
        ConsoleSession session;
        QString error;
        QVERIFY2(session.open(&error, &secrets), qPrintable(error));
        MainWindow window(&session);
        session.restore(); // the data center of the settings: the tabs, not the welcome page
        window.resize(1024, 700);
        window.show();
        window.tabs()->setCurrentWidget(window.calendarsPage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(session.sharedLink()->state(), SharedListLink::State::Connected, 10000);
        auto *view = window.calendarsPage()->findChild<QTableView *>(QStringLiteral("calendarsView"));
        QTRY_VERIFY(rowShowing(view->model(), QStringLiteral("room-399")) >= 0);

        const int selectedRow = rowShowing(view->model(), QStringLiteral("room-250"));
        QVERIFY(selectedRow >= 0);
        view->selectRow(selectedRow);
        view->scrollTo(view->model()->index(selectedRow, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY2(view->verticalScrollBar()->value() > 0,
            qPrintable(
                QStringLiteral("row %1 of %2, scroll range %3, view height %4, visible %5, window %6x%7")
                    .arg(selectedRow)
                    .arg(view->model()->rowCount())
                    .arg(view->verticalScrollBar()->maximum())
                    .arg(view->height())
                    .arg(view->isVisible())
                    .arg(window.width())
                    .arg(window.height())));
        const int scroll = view->verticalScrollBar()->value();

        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_bob
                    ->upsertCalendars({calendar(QStringLiteral("room-400")),
                        calendar(QStringLiteral("room-250"), QStringLiteral("Renamed by bob"))})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(rowShowing(view->model(), QStringLiteral("room-400")) >= 0, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(rowShowing(view->model(), QStringLiteral("Renamed by bob")) >= 0, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), rowShowing(view->model(), QStringLiteral("room-250")));
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }

    // Settings: a wrong password is refused with its sentence and changes nothing; the right one connects and
    // asks for the window to be built on the shared list; "Use This Computer's Own List" goes back.
    void settingsConnectAndDisconnect()
    {
        SharedListChoice::clear();
        MemorySecretStore secrets;
        ConsoleSession session;
        QString error;
        QVERIFY2(session.open(&error, &secrets), qPrintable(error));
        QVERIFY(!session.sharedLink());
        MainWindow window(&session);
        session.restore(); // the data center of the settings: the tabs, not the welcome page
        window.resize(1024, 700);
        window.show();
        window.tabs()->setCurrentWidget(window.settingsPage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *box = window.settingsPage()->findChild<QWidget *>(QStringLiteral("sharedListBox"));
        QVERIFY(box);
        auto *state = box->findChild<QLabel *>(QStringLiteral("sharedListState"));
        QVERIFY(state->text().contains(QStringLiteral("own list")));
        auto *address = box->findChild<QLineEdit *>(QStringLiteral("sharedListAddress"));
        auto *password = box->findChild<QLineEdit *>(QStringLiteral("sharedListPassword"));
        auto *connectButton = box->findChild<QPushButton *>(QStringLiteral("sharedListConnectButton"));
        auto *banner = box->findChild<MessageBanner *>(QStringLiteral("sharedListBanner"));
        QVERIFY(address && password && connectButton && banner);
        QSignalSpy chosen(&session, &ConsoleSession::listChoiceChanged);

        QTest::keyClicks(address, QStringLiteral("postgresql://alice@db.example.com/team"));
        QTest::keyClicks(password, QStringLiteral("x"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY2(banner->text().contains(QStringLiteral("sslmode=verify-full")), qPrintable(banner->text()));

        address->clear();
        QTest::keyClicks(address, aliceUrl());
        password->clear();
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->text().contains(QStringLiteral("refused the user or the password")), 10000);
        QVERIFY(!SharedListChoice::current());
        QCOMPARE(chosen.size(), 0);

        password->clear();
        QTest::keyClicks(password, alicePassword);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 10000);
        QVERIFY(SharedListChoice::current());
        QCOMPARE(SharedListChoice::current()->toString(), aliceAddress().toString());
        QCOMPARE(secrets.value(SecretKeys::sharedListPassword(aliceAddress().toString())), alicePassword);
        QVERIFY(password->text().isEmpty());

        // The window built again on the shared list offers to go back.
        ConsoleSession shared;
        QVERIFY2(shared.open(&error, &secrets), qPrintable(error));
        MainWindow sharedWindow(&shared);
        shared.restore();
        sharedWindow.show();
        sharedWindow.tabs()->setCurrentWidget(sharedWindow.settingsPage());
        auto *back = sharedWindow.settingsPage()->findChild<QPushButton *>(
            QStringLiteral("sharedListDisconnectButton"));
        QVERIFY(back);
        QVERIFY(!back->isHidden()); // offered on the shared list only
        QSignalSpy again(&shared, &ConsoleSession::listChoiceChanged);
        back->click();
        QTRY_COMPARE(again.size(), 1);
        QVERIFY(!SharedListChoice::current());
        QVERIFY(!secrets.contains(SecretKeys::sharedListPassword(aliceAddress().toString())));
    }
};

QTEST_MAIN(TestSharedListWindow)
#include "tst_shared_list_window.moc"
