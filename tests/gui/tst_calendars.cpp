// The Calendars page and the Provision Calendar dialog, driven like a person would (keys and clicks on the
// real widgets, offscreen) against a real cronofy-sandbox over loopback and the real keychain.
#include "ConsoleContext.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/DataCenter.h"
#include "calendars/CalendarsPage.h"
#include "calendars/FreshTokensDialog.h"
#include "calendars/ProvisionCalendarDialog.h"
#include "calendars/VerificationDialog.h"
#include "registry/ApplicationsModel.h"
#include "registry/CalendarExport.h"
#include "registry/CalendarsModel.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ProvisioningService.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValueField.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

class TestCalendars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void provisionAddsThenUpdatesOneRow();
    void badCalendarIdsAreRefusedBeforeSending_data();
    void badCalendarIdsAreRefusedBeforeSending();
    void searchFiltersAsYouType();
    void applicationAndStatusFilters();
    void sortsByColumn();
    void detailsAndActionsFollowTheVisibleSelection();
    void verifyShowsHealthy();
    void freshTokensGoToTheClipboardAndAreCleared();
    void revokeAfterConfirmation();
    void exportCsvWritesShownRows();
    void keyboardOnly();

private:
    // The sandbox's own view, through its control API (not through the code under test).
    int sandboxRequestCount();
    QJsonObject sandboxCalendar(const QString &calendarId);
    // Provisions through the service (setup for tests that are not about provisioning).
    void provisionDirectly(const QString &calendarId);
    QTableView *view() const;
    QStringList shownCalendarIds() const;
    int sourceRowOf(const QString &calendarId) const;
    ProvisionCalendarDialog *openProvisionDialog();
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return found;
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam; // the service's
    std::unique_ptr<ProvisioningService> m_service;
    std::unique_ptr<ApplicationsModel> m_applications;
    std::unique_ptr<CalendarsModel> m_calendars;
    std::unique_ptr<ConsoleContext> m_context;
    DataCenter m_dataCenter;
    QString m_clientId;
    QString m_otherClientId;
    CalendarsPage *m_page = nullptr;
};

int TestCalendars::sandboxRequestCount()
{
    return m_sandbox->stats().value(QLatin1String("requests")).toInt(-1);
}

QJsonObject TestCalendars::sandboxCalendar(const QString &calendarId)
{
    const QJsonArray calendars = m_sandbox->calendars(m_clientId);
    QJsonObject found;
    int matches = 0;
    for (const QJsonValue &value : calendars) {
        const QJsonObject calendar = value.toObject();
        if (calendar.value(QLatin1String("application_calendar_id")).toString() == calendarId) {
            found = calendar;
            ++matches;
        }
    }
    return matches == 1 ? found : QJsonObject();
}

void TestCalendars::initTestCase()
{
    TestEnvironment::prepare();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dataCenter = m_sandbox->dataCenter();
    QVERIFY(m_dataCenter.isValid());

    auto opened = Registry::open(TestEnvironment::home() + QStringLiteral("/data/registry.sqlite"));
    QVERIFY2(opened.registry, qPrintable(opened.error.message()));
    m_registry = std::move(opened.registry);
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("org.cronofyconsole.tst_calendars"));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<ProvisioningService>(m_registry.get(), m_secrets.get(), m_nam.get());
    m_service->setTimeout(15s);
    m_applications = std::make_unique<ApplicationsModel>(m_registry.get());
    m_calendars = std::make_unique<CalendarsModel>(m_registry.get());
    m_context = std::make_unique<ConsoleContext>(m_service.get(), m_applications.get(), m_calendars.get());
    m_context->setDataCenter(m_dataCenter);

    bool stored = false;
    m_service->storeAdminKey(m_dataCenter, m_sandbox->adminKey(), this, [&](const ServiceError &error) {
        QVERIFY2(error.ok(), qPrintable(error.message()));
        stored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);

    for (const QString &name : {QStringLiteral("Front desk"), QStringLiteral("Rooms")}) {
        QString clientId;
        m_service->createApplication(m_dataCenter,
            NewApplication {name, QStringLiteral("https://example.com")}, this,
            [&](const CreatedApplication &created, const ServiceError &error) {
                QVERIFY2(error.ok(), qPrintable(error.message()));
                QVERIFY2(created.secretStored(), qPrintable(created.secretError.message()));
                clientId = created.credentials.clientId;
            });
        QTRY_VERIFY_WITH_TIMEOUT(!clientId.isEmpty(), 15000);
        (m_clientId.isEmpty() ? m_clientId : m_otherClientId) = clientId;
    }
}

void TestCalendars::cleanupTestCase()
{
    m_context.reset();
    m_calendars.reset();
    m_applications.reset();
    m_service.reset();
    m_nam.reset();
    m_secrets.reset();
    m_registry.reset();
    m_sandbox.reset();
}

void TestCalendars::init()
{
    m_page = new CalendarsPage(m_context.get(), nullptr);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestCalendars::cleanup()
{
    // Dialogs the page opened are its children and go with it.
    delete m_page;
    m_page = nullptr;
    ClipboardGuard::instance()->setClearDelay(30s);
}

QTableView *TestCalendars::view() const
{
    return m_page->findChild<QTableView *>(QStringLiteral("calendarsView"));
}

QStringList TestCalendars::shownCalendarIds() const
{
    QStringList ids;
    QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, CalendarsModel::CalendarIdColumn).data().toString();
    return ids;
}

int TestCalendars::sourceRowOf(const QString &calendarId) const
{
    return m_calendars->rowOf(m_clientId, calendarId);
}

void TestCalendars::provisionDirectly(const QString &calendarId)
{
    bool done = false;
    m_service->provisionCalendar(
        m_clientId, calendarId, this, [&](const CalendarCredentials &, const ServiceError &error) {
            QVERIFY2(error.ok(), qPrintable(error.message()));
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
}

ProvisionCalendarDialog *TestCalendars::openProvisionDialog()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("provisionButton"));
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // Not modal: the page stays usable while Cronofy answers.
    auto *dialog = m_page->findChild<ProvisionCalendarDialog *>();
    if (!dialog || !dialog->isVisible() || QApplication::activeModalWidget() != nullptr)
        return nullptr;
    return dialog;
}

void TestCalendars::provisionAddsThenUpdatesOneRow()
{
    ProvisionCalendarDialog *dialog = openProvisionDialog();
    QVERIFY(dialog);
    auto *combo = child<QComboBox>(dialog, "applicationCombo");
    auto *edit = child<QLineEdit>(dialog, "calendarIdEdit");
    QVERIFY(combo && edit);
    combo->setCurrentIndex(combo->findData(m_clientId));
    QCOMPARE(combo->currentData().toString(), m_clientId);

    QTest::keyClicks(edit, QStringLiteral("meeting-room-1"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *result = child<QGroupBox>(dialog, "resultBox");
    QVERIFY(result);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 15000);
    const QString sub = child<QLineEdit>(dialog, "resultSubValue")->text();
    QVERIFY2(sub.startsWith(QLatin1String("apc_")), qPrintable(sub));
    QVERIFY(!child<QLineEdit>(dialog, "resultProfileValue")->text().isEmpty());

    // The row is in the list and selected, with the sub Cronofy (the sandbox) gave.
    QTRY_VERIFY(sourceRowOf(QStringLiteral("meeting-room-1")) >= 0);
    const int row = sourceRowOf(QStringLiteral("meeting-room-1"));
    QCOMPARE(m_calendars->record(row).sub, sub);
    QTRY_VERIFY(m_page->selectedCalendar().has_value());
    QCOMPARE(m_page->selectedCalendar()->applicationCalendarId, QStringLiteral("meeting-room-1"));
    const int rowsAfterFirst = m_calendars->rowCount();

    // The same id again: the same calendar and the same row, not a second one.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("meeting-room-1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && result->isVisible(), 15000);
    QCOMPARE(child<QLineEdit>(dialog, "resultSubValue")->text(), sub);
    QCOMPARE(m_calendars->rowCount(), rowsAfterFirst);
    QCOMPARE(m_registry->calendars(m_clientId).size(), qsizetype(1));
    const QJsonObject inSandbox = sandboxCalendar(QStringLiteral("meeting-room-1"));
    QCOMPARE(inSandbox.value(QLatin1String("sub")).toString(), sub);
    QCOMPARE(inSandbox.value(QLatin1String("provision_count")).toInt(), 2);

    // Esc closes the dialog when nothing runs.
    QPointer<ProvisionCalendarDialog> closing = dialog;
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(closing.isNull());
}

void TestCalendars::badCalendarIdsAreRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter a calendar ID");
    QTest::newRow("whitespace") << QStringLiteral("   ") << QStringLiteral("Enter a calendar ID");
    QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x')) << QStringLiteral("too long");
    QTest::newRow("tab") << QStringLiteral("room\t1") << QStringLiteral("control characters");
    QTest::newRow("line break") << QStringLiteral("room\n1") << QStringLiteral("control characters");
    QTest::newRow("bell") << QStringLiteral("room") + QChar(7) << QStringLiteral("control characters");
}

void TestCalendars::badCalendarIdsAreRefusedBeforeSending()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedWords);
    // Whether the stats request counts itself or not, two readings in a row tell how much one reading adds.
    const int firstReading = sandboxRequestCount();
    const int requestsBefore = sandboxRequestCount();
    QVERIFY(firstReading >= 0 && requestsBefore >= firstReading);
    const int perReading = requestsBefore - firstReading;

    ProvisionCalendarDialog *dialog = openProvisionDialog();
    QVERIFY(dialog);
    auto *edit = child<QLineEdit>(dialog, "calendarIdEdit");
    QVERIFY(edit);
    // Pasted, as control characters and 10,000 characters arrive in practice.
    QApplication::clipboard()->setText(text);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    if (edit->text() != text) // a line edit may drop some characters on paste; the field must still hold them
        edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);

    auto *error = child<QLabel>(dialog, "calendarIdError");
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expectedWords, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(!dialog->isBusy());
    QVERIFY(!child<QGroupBox>(dialog, "resultBox")->isVisible());
    // Typing again hides the sentence.
    QTest::keyClicks(edit, QStringLiteral("a"));
    QVERIFY(!error->isVisible());

    // Nothing reached the sandbox.
    QCOMPARE(sandboxRequestCount(), requestsBefore + perReading);
    dialog->reject();
}

void TestCalendars::searchFiltersAsYouType()
{
    for (const char *id : {"room-alpha", "room-beta", "desk-7", "Room-Gamma", "parking-1"})
        provisionDirectly(QLatin1String(id));
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    auto *count = child<QLabel>(m_page, "countLabel");
    QVERIFY(search && count);
    const int all = int(m_registry->calendarCount());
    QTRY_COMPARE(view()->model()->rowCount(), all);
    QTRY_COMPARE(count->text(), QStringLiteral("Showing %1 calendars").arg(all));
    QCOMPARE(count->text(), QStringLiteral("Showing %1 calendars").arg(all));

    // Ctrl+F puts the cursor in the search field.
    view()->setFocus();
    QTest::keyClick(m_page, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("roo"));
    QTRY_COMPARE(view()->model()->rowCount(), 4); // meeting-room-1, room-alpha, room-beta, Room-Gamma
    QTest::keyClicks(search, QStringLiteral("m-b"));
    QTRY_COMPARE(shownCalendarIds(), QStringList {QStringLiteral("room-beta")});
    QTRY_COMPARE(count->text(), QStringLiteral("Showing 1 calendar"));
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(view()->model()->rowCount(), 4);
    // Searching by sub finds exactly that calendar.
    const QString sub = m_registry->calendar(m_clientId, QStringLiteral("desk-7"))->sub;
    search->selectAll();
    QTest::keyClicks(search, sub);
    QTRY_COMPARE(shownCalendarIds(), QStringList {QStringLiteral("desk-7")});
    QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
    QTRY_COMPARE(view()->model()->rowCount(), 0);
    QTRY_COMPARE(count->text(), QStringLiteral("Showing 0 calendars"));
    // Esc in the search field shows everything again.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(view()->model()->rowCount(), all);
}

void TestCalendars::applicationAndStatusFilters()
{
    bool done = false;
    m_service->provisionCalendar(m_otherClientId, QStringLiteral("other-app-room"), this,
        [&](const CalendarCredentials &, const ServiceError &error) {
            QVERIFY2(error.ok(), qPrintable(error.message()));
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    auto *applications = child<QComboBox>(m_page, "applicationFilterCombo");
    auto *statuses = child<QComboBox>(m_page, "statusFilterCombo");
    QVERIFY(applications && statuses);
    QCOMPARE(applications->count(), 3); // All applications + two
    QCOMPARE(applications->itemText(0), QStringLiteral("All applications"));
    applications->setCurrentIndex(applications->findData(m_otherClientId));
    QTRY_COMPARE(shownCalendarIds(), QStringList {QStringLiteral("other-app-room")});
    applications->setCurrentIndex(0);
    QTRY_COMPARE(view()->model()->rowCount(), int(m_registry->calendarCount()));
    statuses->setCurrentIndex(statuses->findText(QStringLiteral("Revoked")));
    int revoked = 0;
    for (const CalendarRecord &record : m_registry->calendars())
        revoked += record.status == CalendarRecord::Status::Revoked;
    QTRY_COMPARE(view()->model()->rowCount(), revoked);
    statuses->setCurrentIndex(0);
    QTRY_COMPARE(view()->model()->rowCount(), int(m_registry->calendarCount()));
}

void TestCalendars::sortsByColumn()
{
    QHeaderView *header = view()->horizontalHeader();
    const int column = CalendarsModel::CalendarIdColumn;
    const auto click = [&] {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                header->height() / 2));
    };
    QTRY_COMPARE(view()->model()->rowCount(), int(m_registry->calendarCount()));
    click();
    QTRY_COMPARE(header->sortIndicatorSection(), column);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QStringList expected;
    for (const CalendarRecord &record : m_registry->calendars())
        expected << record.applicationCalendarId;
    QVERIFY(expected.size() >= 5);
    std::sort(expected.begin(), expected.end(),
        [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    if (first == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QTRY_COMPARE(shownCalendarIds(), expected);
    click();
    QTRY_VERIFY(header->sortIndicatorOrder() != first);
    std::reverse(expected.begin(), expected.end());
    QTRY_COMPARE(shownCalendarIds(), expected);

    // Provisioned dates sort on the raw date, not on the displayed text.
    const int provisioned = CalendarsModel::ProvisionedColumn;
    view()->sortByColumn(provisioned, Qt::AscendingOrder);
    QTRY_VERIFY(!m_calendars->isLoading() && m_calendars->sortColumn() == provisioned);
    QAbstractItemModel *model = view()->model();
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, provisioned).data(CalendarsModel::SortRole).toDateTime()
            <= model->index(row, provisioned).data(CalendarsModel::SortRole).toDateTime());
}

// The details pane and every action follow the row the person sees selected: a sort takes the selection
// along; a search that hides the selected row leaves nothing selected, an empty pane and no action that
// would act on the hidden row.
void TestCalendars::detailsAndActionsFollowTheVisibleSelection()
{
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    auto *verify = child<QPushButton>(m_page, "verifyButton");
    auto *tokens = child<QPushButton>(m_page, "freshTokensButton");
    auto *revoke = child<QPushButton>(m_page, "revokeButton");
    auto *heading = child<ValueField>(m_page, "detailsHeading");
    auto *none = child<QLabel>(m_page, "noSelectionLabel");
    QVERIFY(search && verify && tokens && revoke && heading && none);
    QVERIFY(m_page->selectCalendar(m_clientId, QStringLiteral("room-beta")));
    QTRY_VERIFY(heading->isVisible());
    QCOMPARE(heading->text(), QStringLiteral("room-beta"));
    QVERIFY(verify->isEnabled());

    view()->sortByColumn(CalendarsModel::CalendarIdColumn, Qt::DescendingOrder);
    QTRY_COMPARE(m_page->selectedCalendar()->applicationCalendarId, QStringLiteral("room-beta"));
    QCOMPARE(heading->text(), QStringLiteral("room-beta"));

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("desk-7"));
    QTRY_COMPARE(shownCalendarIds(), QStringList {QStringLiteral("desk-7")});
    QTRY_VERIFY(none->isVisible());
    QVERIFY(!heading->isVisible());
    QVERIFY(!m_page->selectedCalendar());
    QVERIFY(!verify->isEnabled());
    QVERIFY(!tokens->isEnabled());
    QVERIFY(!revoke->isEnabled());
    // Nothing is sent for the hidden row, even when asked directly.
    const int before = sandboxRequestCount();
    m_page->verifySelected();
    m_page->getFreshTokensForSelected();
    QTest::qWait(200);
    QCOMPARE(sandboxRequestCount(), before);

    // What is shown can be selected, and the pane follows it.
    view()->selectRow(0);
    QTRY_COMPARE(heading->text(), QStringLiteral("desk-7"));
    QVERIFY(verify->isEnabled());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(view()->model()->rowCount() > 1);
    QCOMPARE(m_page->selectedCalendar()->applicationCalendarId, QStringLiteral("desk-7"));
}

void TestCalendars::verifyShowsHealthy()
{
    QVERIFY(m_page->selectCalendar(m_clientId, QStringLiteral("room-alpha")));
    QTRY_VERIFY(m_page->selectedCalendar().has_value());
    auto *verify = child<QPushButton>(m_page, "verifyButton");
    QVERIFY(verify && verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    // While it runs, only this calendar's actions wait; Provision stays available.
    QVERIFY(!verify->isEnabled());
    QVERIFY(child<QPushButton>(m_page, "provisionButton")->isEnabled());
    VerificationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<VerificationDialog *>()) != nullptr, 15000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->healthy());
    QVERIFY2(dialog->verdict().contains(QLatin1String("is healthy")), qPrintable(dialog->verdict()));
    QVERIFY(child<QLabel>(dialog, "verifiedSub")->text().startsWith(QLatin1String("apc_")));
    QTRY_VERIFY(verify->isEnabled());
    dialog->close();
}

void TestCalendars::freshTokensGoToTheClipboardAndAreCleared()
{
    ClipboardGuard::instance()->setClearDelay(1500ms);
    QApplication::clipboard()->setText(QStringLiteral("something else"));
    QVERIFY(m_page->selectCalendar(m_clientId, QStringLiteral("room-beta")));
    QTRY_VERIFY(m_page->selectedCalendar().has_value());
    auto *fresh = child<QPushButton>(m_page, "freshTokensButton");
    QVERIFY(fresh && fresh->isEnabled());
    QTest::mouseClick(fresh, Qt::LeftButton);
    FreshTokensDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<FreshTokensDialog *>()) != nullptr, 15000);
    const QString token = QApplication::clipboard()->text();
    QCOMPARE(token.size(), 32);
    QVERIFY(dialog->statusText().contains(QLatin1String("access token is on the clipboard")));
    // The token is never displayed: no label or field of the dialog holds it.
    for (QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(token));
    QVERIFY(dialog->findChildren<QLineEdit *>().isEmpty());

    // The sandbox accepts it as this calendar's access token.
    QByteArray body;
    const int status = m_sandbox->request("GET", QStringLiteral("/v1/userinfo"), {},
        {{QByteArray("Authorization"), "Bearer " + token.toLatin1()}}, &body);
    QCOMPARE(status, 200);
    const QJsonObject userInfo = QJsonDocument::fromJson(body).object();
    QCOMPARE(userInfo.value(QLatin1String("sub")).toString(), m_page->selectedCalendar()->sub);

    // Cleared after the (shortened) delay.
    QSignalSpy cleared(ClipboardGuard::instance(), &ClipboardGuard::cleared);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 10000);
    QCOMPARE(cleared.count(), 1);

    // The refresh token can be copied too, also only for a while.
    auto *copyRefresh = child<QPushButton>(dialog, "copyRefreshTokenButton");
    QVERIFY(copyRefresh && copyRefresh->isEnabled());
    QTest::mouseClick(copyRefresh, Qt::LeftButton);
    const QString refresh = QApplication::clipboard()->text();
    QVERIFY(!refresh.isEmpty() && refresh != token);
    QVERIFY(ClipboardGuard::instance()->hasPendingClear());
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 10000);
    dialog->close();
}

void TestCalendars::revokeAfterConfirmation()
{
    QVERIFY(m_page->selectCalendar(m_clientId, QStringLiteral("parking-1")));
    QTRY_VERIFY(m_page->selectedCalendar().has_value());
    auto *revoke = child<QPushButton>(m_page, "revokeButton");
    QVERIFY(revoke && revoke->isEnabled());

    // First declined: nothing happens.
    const int firstReading = sandboxRequestCount();
    const int requestsBefore = sandboxRequestCount();
    const int perReading = requestsBefore - firstReading;
    QTest::mouseClick(revoke, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
    QVERIFY2(box->text().contains(QLatin1String("parking-1")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String("cannot be undone")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(sandboxRequestCount(), requestsBefore + perReading);
    QCOMPARE(m_page->selectedCalendar()->status, CalendarRecord::Status::Active);

    // Then accepted.
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
    auto *confirm = child<QPushButton>(box, "confirmRevokeButton");
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    const QModelIndex status
        = view()->model()->index(view()->currentIndex().row(), CalendarsModel::StatusColumn);
    QTRY_COMPARE_WITH_TIMEOUT(
        status.data().toString(), RecordText::status(CalendarRecord::Status::Revoked), 15000);
    QCOMPARE(m_page->selectedCalendar()->status, CalendarRecord::Status::Revoked);
    QVERIFY(!revoke->isEnabled()); // nothing left to revoke
    QCOMPARE(sandboxCalendar(QStringLiteral("parking-1")).value(QLatin1String("status")).toString(),
        QStringLiteral("revoked"));
}

void TestCalendars::exportCsvWritesShownRows()
{
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("room-"));
    QTRY_COMPARE(view()->model()->rowCount(), 4);
    const QStringList shown = shownCalendarIds();

    auto *exportCsv = child<QPushButton>(m_page, "exportCsvButton");
    QVERIFY(exportCsv);
    QTest::mouseClick(exportCsv, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) != nullptr);
    const QString path = TestEnvironment::home() + QStringLiteral("/export, shown.csv");
    QFile::remove(path);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    QTRY_VERIFY(QFile::exists(path));
    QTRY_VERIFY(!m_page->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QStringList nonEmpty;
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            nonEmpty << QString::fromUtf8(line.trimmed());
    QCOMPARE(nonEmpty.size(), shown.size() + 1);
    QCOMPARE(nonEmpty.first(), CalendarExport::columnKeys().join(QLatin1Char(',')));
    for (const QString &id : shown) {
        int hits = 0;
        for (const QString &line : std::as_const(nonEmpty))
            hits += line.contains(QLatin1Char(',') + id + QLatin1Char(','));
        QVERIFY2(hits == 1, qPrintable(id));
    }
    auto *banner = m_page->findChild<MessageBanner *>(QStringLiteral("calendarsBanner"));
    QVERIFY(banner);
    QTRY_COMPARE(banner->text(), QStringLiteral("Saved 4 calendars to %1.").arg(path));
}

void TestCalendars::keyboardOnly()
{
    // Every control has a name for screen readers.
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QTableView *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // Ctrl+P opens the dialog; typing an id and Enter provisions; Esc closes.
    view()->setFocus();
    QTest::keyClick(m_page, Qt::Key_P, Qt::ControlModifier);
    QPointer<ProvisionCalendarDialog> dialog;
    QTRY_VERIFY((dialog = m_page->findChild<ProvisionCalendarDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isActiveWindow());
    auto *edit = child<QLineEdit>(dialog, "calendarIdEdit");
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("keyboard-room"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog, "resultBox")->isVisible(), 15000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(m_page->selectedCalendar()->applicationCalendarId, QStringLiteral("keyboard-room"));
}

QTEST_MAIN(TestCalendars)
#include "tst_calendars.moc"
