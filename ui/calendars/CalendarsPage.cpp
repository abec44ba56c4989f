#include "calendars/CalendarsPage.h"

#include "ConsoleContext.h"
#include "bulk/BulkProvisionDialog.h"
#include "calendars/ApplicationChoices.h"
#include "calendars/CalendarDetailsPane.h"
#include "calendars/FreshTokensDialog.h"
#include "calendars/ProvisionCalendarDialog.h"
#include "calendars/VerificationDialog.h"
#include "common/LogCategories.h"
#include "registry/CalendarExport.h"
#include "registry/CalendarsModel.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"
#include "widgets/ClearButton.h"
#include "widgets/ColumnFitter.h"
#include "widgets/ElideRightDelegate.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/StreamedExport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>
#include <memory>

CalendarsPage::CalendarsPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("calendarsPage"));
    setAccessibleName(tr("Calendars"));
    m_filter = m_context->calendarsModel();
    buildUi();

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CalendarsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CalendarsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CalendarsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CalendarsPage::updateCount);
    connect(m_filter, &PagedListModel::countChanged, this, &CalendarsPage::updateCount);
    connect(m_filter, &PagedListModel::loadingChanged, this, &CalendarsPage::updateCount);
    // A calendar asked for (selectCalendar) is selected once its row is read.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CalendarsPage::selectPending);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CalendarsPage::selectPending);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &CalendarsPage::selectPending);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CalendarsPage::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CalendarsPage::updateSelection);
    // The details pane and every action follow the row the person sees selected: its changes, and rows that
    // go (a search or a filter that hides the selected one takes the selection with it), come, move (a sort)
    // or are all replaced. Only the view's model and selection model are asked, whatever model is behind.
    QAbstractItemModel *shown = m_view->model();
    connect(shown, &QAbstractItemModel::dataChanged, this, &CalendarsPage::updateSelection);
    connect(shown, &QAbstractItemModel::modelReset, this, &CalendarsPage::updateSelection);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &CalendarsPage::updateSelection);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &CalendarsPage::updateSelection);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &CalendarsPage::updateSelection);
    if (Registry *registry = m_context->registry())
        connect(registry, &Registry::applicationChanged, this, &CalendarsPage::reloadApplicationFilter);

    reloadApplicationFilter();
    updateCount();
    updateSelection();
}

CalendarsPage::~CalendarsPage() = default;

void CalendarsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below about 190 characters (a 1024-pixel screen, a small window) the list's essential columns and the
    // details do not fit side by side: the details go below the list, which then has the page's whole width.
    const Qt::Orientation wanted
        = width() < fontMetrics().averageCharWidth() * 190 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int length = wanted == Qt::Vertical ? m_splitter->height() : m_splitter->width();
        m_splitter->setSizes({length * 3 / 5, length - length * 3 / 5});
    }
}

void CalendarsPage::buildUi()
{
    m_ownBanner = new MessageBanner(this);
    m_ownBanner->setObjectName(QStringLiteral("calendarsBanner"));

    // --- Find: search, application, status ---
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by calendar ID, sub or profile"));
    m_searchEdit->setAccessibleName(tr("Search calendars"));
    m_searchEdit->setAccessibleDescription(
        tr("Shows only the calendars whose ID, sub or profile contains the "
           "text"));
    ClearButton::enable(m_searchEdit);
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_searchEdit);

    m_applicationFilter = new QComboBox(this);
    m_applicationFilter->setObjectName(QStringLiteral("applicationFilterCombo"));
    m_applicationFilter->setAccessibleName(tr("Show calendars of application"));
    m_applicationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_applicationFilter->setMinimumContentsLength(16);
    auto *applicationLabel = new QLabel(tr("App&lication:"), this);
    applicationLabel->setBuddy(m_applicationFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Show calendars with status"));
    m_statusFilter->addItem(tr("All"), -1);
    m_statusFilter->addItem(tr("Active"), int(CalendarRecord::Status::Active));
    m_statusFilter->addItem(tr("Revoked"), int(CalendarRecord::Status::Revoked));
    m_statusFilter->addItem(tr("Failed"), int(CalendarRecord::Status::Failed));
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_statusFilter);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(searchLabel);
    findRow->addWidget(m_searchEdit, 3);
    findRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    findRow->addWidget(applicationLabel);
    findRow->addWidget(m_applicationFilter, 1);
    findRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    findRow->addWidget(statusLabel);
    findRow->addWidget(m_statusFilter);

    // --- Actions ---
    const auto makeButton = [this](const QString &objectName, const QString &text,
                                const QString &accessibleName, const QString &toolTip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAccessibleName(accessibleName);
        button->setToolTip(toolTip);
        return button;
    };
    m_provisionButton = makeButton(QStringLiteral("provisionButton"), tr("&Provision calendar…"),
        tr("Provision a calendar"),
        tr("Create a calendar for an application, or get an existing one back "
           "(Ctrl+P)"));
    m_bulkButton = makeButton(QStringLiteral("bulkProvisionButton"), tr("&Bulk provision…"),
        tr("Provision many calendars from a file"),
        tr("Provision many calendars of the application chosen in Application from a CSV or text file"));
    m_verifyButton = makeButton(QStringLiteral("verifyButton"), tr("&Verify"),
        tr("Verify the selected calendar"), tr("Ask Cronofy whether the selected calendar works"));
    m_freshTokensButton = makeButton(QStringLiteral("freshTokensButton"), tr("Get fresh &tokens"),
        tr("Get fresh tokens for the selected calendar"),
        tr("Copy a new access token for the selected calendar to the clipboard"));
    m_revokeButton = makeButton(QStringLiteral("revokeButton"), tr("&Revoke…"),
        tr("Revoke the selected calendar"), tr("Stop the selected calendar's tokens from working"));
    m_exportCsvButton = makeButton(QStringLiteral("exportCsvButton"), tr("E&xport shown as CSV…"),
        tr("Export the calendars shown as CSV"),
        tr("Save the calendars the list shows now (after search and filters) as a "
           "CSV file for spreadsheets"));
    m_exportJsonButton = makeButton(QStringLiteral("exportJsonButton"), tr("Export shown as &JSON…"),
        tr("Export the calendars shown as JSON"),
        tr("Save the calendars the list shows now (after search and filters) as a "
           "JSON file for programs"));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_provisionButton);
    actionRow->addWidget(m_bulkButton);
    actionRow->addWidget(m_verifyButton);
    actionRow->addWidget(m_freshTokensButton);
    actionRow->addWidget(m_revokeButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_exportCsvButton);
    actionRow->addWidget(m_exportJsonButton);

    // --- The list ---
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("calendarsView"));
    m_view->setAccessibleName(tr("Calendars"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: setSortingEnabled() sorts by it, so 100,000 rows are sorted once, not twice.
    m_view->horizontalHeader()->setSortIndicator(CalendarsModel::CalendarIdColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // ids differ at their ends
    // Names, dates and words read from their start.
    auto *elideRight = new ElideRightDelegate(m_view);
    for (const int column :
        {CalendarsModel::ApplicationColumn, CalendarsModel::ProviderColumn, CalendarsModel::ProvisionedColumn,
            CalendarsModel::LastSeenColumn, CalendarsModel::StatusColumn, CalendarsModel::LastErrorColumn})
        m_view->setItemDelegateForColumn(column, elideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int ch = fontMetrics().averageCharWidth();
    // Measured on the widest date the list can show, in this locale's format.
    const int dateWidth = fontMetrics().horizontalAdvance(
                              RecordText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58))))
        + ch * 3;
    // The calendar ID, profile, status and date provisioned are what people look for: they keep their
    // width, the others get narrower first (ids are elided in the middle, where they differ least; the
    // full text is in the tool tip), so a 1280 px window shows every column without scrolling sideways.
    // The provider of an application calendar is always Cronofy's own ("cronofy"): the details pane and the
    // export still have it, the table keeps its width for what tells calendars apart.
    m_view->setColumnHidden(CalendarsModel::ProviderColumn, true);
    auto *fitter = new ColumnFitter(m_view, CalendarsModel::LastErrorColumn);
    // An important column never gets narrower than its title; the others may, in a narrow window.
    const auto at = [fitter, ch](int column, int preferred, int minimum, bool important) {
        const int title = fitter->headerWidth(column);
        return ColumnFitter::Column {column, std::max(preferred, title),
            important ? std::max(minimum, title) : std::max(minimum, ch * 6), important};
    };
    // Widths from typical content in this font, not from character counts: ids are mostly lower case and
    // hyphens, wider than the font's average character.
    const auto textWidth
        = [this, ch](const QString &text) { return fontMetrics().horizontalAdvance(text) + ch * 2; };
    int statusWidth = 0;
    for (const auto status :
        {CalendarRecord::Status::Active, CalendarRecord::Status::Revoked, CalendarRecord::Status::Failed})
        statusWidth = std::max(statusWidth, textWidth(RecordText::status(status)));
    fitter->setColumns({
        at(CalendarsModel::ApplicationColumn, textWidth(QStringLiteral("Meeting Room Booking")), ch * 10,
            false),
        at(CalendarsModel::CalendarIdColumn, textWidth(QStringLiteral("meeting-room-00-east")),
            textWidth(QStringLiteral("room-000-east")), true),
        // Narrowed, a sub keeps enough of both ends to be told apart ("apc_0123…4567").
        at(CalendarsModel::SubColumn, textWidth(QStringLiteral("apc_0123456789abcdef01234567")),
            textWidth(QStringLiteral("apc_0123…4567")), false),
        // Cronofy names an application calendar's profile after its ID.
        at(CalendarsModel::ProfileColumn, textWidth(QStringLiteral("meeting-room-00-east")),
            textWidth(QStringLiteral("room-000-east")), true),
        at(CalendarsModel::ProviderColumn, textWidth(QStringLiteral("cronofy")),
            textWidth(QStringLiteral("cronofy")), false),
        at(CalendarsModel::ProvisionedColumn, dateWidth, dateWidth, true),
        at(CalendarsModel::LastSeenColumn, dateWidth, ch * 8, false),
        at(CalendarsModel::StatusColumn, statusWidth, statusWidth, true),
        at(CalendarsModel::LastErrorColumn, ch * 24, ch * 10, false),
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_countLabel);

    m_details = new CalendarDetailsPane(this);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("calendarsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_details);
    // The details get what a sub needs on one line (more if the person drags the handle); the list the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ch * 110, std::max(ch * 50, m_details->sizeHint().width())});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ownBanner);
    layout->addLayout(findRow);
    layout->addLayout(actionRow);
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchEdit, m_applicationFilter);
    setTabOrder(m_applicationFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_provisionButton);
    setTabOrder(m_provisionButton, m_bulkButton);
    setTabOrder(m_bulkButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_freshTokensButton);
    setTabOrder(m_freshTokensButton, m_revokeButton);
    setTabOrder(m_revokeButton, m_exportCsvButton);
    setTabOrder(m_exportCsvButton, m_exportJsonButton);
    setTabOrder(m_exportJsonButton, m_view);
    setTabOrder(m_view, m_details);

    // Shortcuts belong to this page only, so other pages may use the same keys.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *provision = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    provision->setContext(Qt::WidgetWithChildrenShortcut);
    connect(provision, &QShortcut::activated, this, &CalendarsPage::provisionCalendar);
    // Esc in the search box clears it, the usual way back to the whole list.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_searchEdit, &QLineEdit::clear);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_applicationFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setApplicationFilter(m_applicationFilter->currentData().toString());
        updateCount();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        if (status < 0)
            m_filter->setStatusFilter(std::nullopt);
        else
            m_filter->setStatusFilter(CalendarRecord::Status(status));
        updateCount();
    });
    connect(m_provisionButton, &QPushButton::clicked, this, &CalendarsPage::provisionCalendar);
    connect(m_bulkButton, &QPushButton::clicked, this, &CalendarsPage::bulkProvision);
    // Alt+2 and the tab's mnemonic land in the search box, the usual start on this page.
    setFocusProxy(m_searchEdit);
    connect(m_verifyButton, &QPushButton::clicked, this, &CalendarsPage::verifySelected);
    connect(m_freshTokensButton, &QPushButton::clicked, this, &CalendarsPage::getFreshTokensForSelected);
    connect(m_revokeButton, &QPushButton::clicked, this, &CalendarsPage::revokeSelected);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &CalendarsPage::exportCsv);
    connect(m_exportJsonButton, &QPushButton::clicked, this, &CalendarsPage::exportJson);
}

MessageBanner *CalendarsPage::banner() const
{
    // The window's banner once there is a window; the page's own one when it is shown on its own (tests).
    if (MessageBanner *windowBanner = m_context->banner())
        return windowBanner;
    return m_ownBanner;
}

void CalendarsPage::showError(const QString &sentence, const ServiceError &error)
{
    banner()->showError(sentence, ErrorPresenter::details(error));
}

QString CalendarsPage::keyOf(const QString &clientId, const QString &applicationCalendarId)
{
    return clientId + QLatin1Char('\n') + applicationCalendarId;
}

void CalendarsPage::reloadApplicationFilter()
{
    fillApplicationCombo(m_applicationFilter, m_context->registry(), tr("All applications"));
    m_filter->setApplicationFilter(m_applicationFilter->currentData().toString());
    updateCount();
}

void CalendarsPage::updateCount()
{
    // The count arrives after the rows (a search counts in the background): "more than" until then.
    const qint64 count = m_filter->count();
    if (m_filter->isLoading() && m_filter->rowCount() == 0)
        m_countLabel->setText(tr("Searching…"));
    else if (m_filter->countIsExact())
        m_countLabel->setText(tr("Showing %n calendar(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
    else
        m_countLabel->setText(
            tr("Showing more than %n calendar(s)…", nullptr, int(std::min<qint64>(count, INT_MAX))));
    m_countLabel->setAccessibleName(m_countLabel->text());
}

void CalendarsPage::showEvent(QShowEvent *event)
{
    // The list is read once the page is first shown: an empty window starts without it.
    m_filter->start();
    QWidget::showEvent(event);
}

std::optional<CalendarRecord> CalendarsPage::selectedCalendar() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const CalendarRecord record = m_filter->record(rows.constFirst().row());
    if (record.id == 0)
        return std::nullopt; // its page is being read again
    return record;
}

bool CalendarsPage::selectCalendar(const QString &clientId, const QString &applicationCalendarId)
{
    Registry *registry = m_context->registry();
    if (!registry || !registry->calendar(clientId, applicationCalendarId))
        return false;
    m_filter->start();
    m_pendingSelection = {clientId, applicationCalendarId};
    m_pendingSearched = false;
    const bool hidden
        = (!m_filter->applicationFilter().isEmpty() && m_filter->applicationFilter() != clientId)
        || m_filter->statusFilter().has_value() || !m_filter->searchText().trimmed().isEmpty();
    if (hidden) {
        // Hidden by the search or a filter: show everything rather than select something invisible.
        m_searchEdit->clear();
        m_applicationFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
    }
    selectPending();
    return true;
}

void CalendarsPage::selectPending()
{
    if (m_pendingSelection.first.isEmpty() || m_filter->isLoading())
        return;
    const int row = m_filter->rowOf(m_pendingSelection.first, m_pendingSelection.second);
    if (row < 0) {
        // Not among the rows read so far (the list is long): find it by its id, which reads just its rows.
        if (!m_pendingSearched) {
            m_pendingSearched = true;
            m_searchEdit->setText(m_pendingSelection.second);
        }
        return;
    }
    m_pendingSelection = {};
    const QModelIndex index = m_filter->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CalendarsPage::updateSelection()
{
    const std::optional<CalendarRecord> calendar = selectedCalendar();
    m_details->setCalendar(
        calendar, calendar ? applicationDisplayName(m_context->registry(), calendar->clientId) : QString());
    updateActions();
}

void CalendarsPage::updateActions()
{
    const std::optional<CalendarRecord> calendar = selectedCalendar();
    const bool busy = calendar && isRunning(*calendar);
    m_details->setActivity(busy
            ? m_running.value(keyOf(calendar->clientId, calendar->applicationCalendarId)).activity
            : QString());
    // Verify and fresh tokens provision the calendar again, which would silently bring back a revoked one:
    // that is for "Provision calendar…" to do, where the person asks for it.
    const bool revoked = calendar && calendar->status == CalendarRecord::Status::Revoked;
    m_verifyButton->setEnabled(calendar && !busy && !revoked);
    m_freshTokensButton->setEnabled(calendar && !busy && !revoked);
    m_revokeButton->setEnabled(
        calendar && !busy && !calendar->sub.isEmpty() && calendar->status != CalendarRecord::Status::Revoked);
}

bool CalendarsPage::isRunning(const CalendarRecord &calendar) const
{
    const auto it = m_running.constFind(keyOf(calendar.clientId, calendar.applicationCalendarId));
    return it != m_running.constEnd();
}

void CalendarsPage::startRunning(const CalendarRecord &calendar, ServiceJob *job, const QString &activity)
{
    m_running.insert(keyOf(calendar.clientId, calendar.applicationCalendarId), Running {job, activity});
    updateActions();
}

void CalendarsPage::stopRunning(const QString &clientId, const QString &applicationCalendarId)
{
    m_running.remove(keyOf(clientId, applicationCalendarId));
    updateActions();
}

void CalendarsPage::provisionCalendar()
{
    // Not modal: the list stays usable (and other requests keep reporting) while Cronofy answers.
    if (m_provisionDialog) {
        m_provisionDialog->show();
        m_provisionDialog->raise();
        m_provisionDialog->activateWindow();
        return;
    }
    const std::optional<CalendarRecord> selected = selectedCalendar();
    QString clientId = m_applicationFilter->currentData().toString();
    if (clientId.isEmpty() && selected)
        clientId = selected->clientId;
    auto *dialog = new ProvisionCalendarDialog(m_context, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A revoked or failed calendar comes back by provisioning its id again: offer exactly that.
    if (selected && selected->clientId == clientId && selected->status != CalendarRecord::Status::Active)
        dialog->setCalendarId(selected->applicationCalendarId);
    connect(dialog, &ProvisionCalendarDialog::calendarProvisioned, this,
        [this](const QString &provisionedClientId, const QString &calendarId) {
            selectCalendar(provisionedClientId, calendarId);
        });
    m_provisionDialog = dialog;
    dialog->show();
}

void CalendarsPage::showApplication(const QString &clientId)
{
    const int index = m_applicationFilter->findData(clientId);
    if (index >= 0)
        m_applicationFilter->setCurrentIndex(index);
}

void CalendarsPage::bulkProvision()
{
    QString clientId = m_applicationFilter->currentData().toString();
    if (clientId.isEmpty()) {
        if (const std::optional<CalendarRecord> selected = selectedCalendar())
            clientId = selected->clientId;
        else if (m_applicationFilter->count() == 2) // "All applications" and the only one
            clientId = m_applicationFilter->itemData(1).toString();
    }
    if (clientId.isEmpty() && m_applicationFilter->count() <= 1) {
        banner()->showInfo(tr("There is no application yet. Create or import one on the Applications page "
                              "first."));
        return;
    }
    if (clientId.isEmpty()) {
        banner()->showInfo(tr("Choose the application in the Application list first, then press Bulk "
                              "provision again."));
        m_applicationFilter->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto *dialog = new BulkProvisionDialog(m_context, clientId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CalendarsPage::verifySelected()
{
    const std::optional<CalendarRecord> calendar = selectedCalendar();
    if (!calendar || isRunning(*calendar))
        return;
    const QString clientId = calendar->clientId;
    const QString calendarId = calendar->applicationCalendarId;
    auto answered = std::make_shared<bool>(false);
    ServiceJob *job = m_context->service()->verifyCalendar(clientId, calendarId, this,
        [this, clientId, calendarId, answered](
            const CalendarVerification &verification, const ServiceError &error) {
            *answered = true;
            stopRunning(clientId, calendarId);
            if (error.isCancelled())
                return;
            if (!error.ok()) {
                //: %1 is the calendar ID, %2 the sentence that says what happened and what to do.
                showError(tr("Could not verify “%1”. %2").arg(calendarId, error.message()), error);
                return;
            }
            auto *dialog = new VerificationDialog(calendarId, verification, this);
            if (verification.healthy())
                banner()->showInfo(tr("“%1” is healthy.").arg(calendarId));
            else
                banner()->showWarning(dialog->verdict());
            dialog->show();
        });
    if (!*answered)
        startRunning(*calendar, job, tr("Verifying with Cronofy…"));
}

void CalendarsPage::getFreshTokensForSelected()
{
    const std::optional<CalendarRecord> calendar = selectedCalendar();
    if (!calendar || isRunning(*calendar))
        return;
    const QString clientId = calendar->clientId;
    const QString calendarId = calendar->applicationCalendarId;
    auto answered = std::make_shared<bool>(false);
    // Provisioning again is idempotent: the same calendar, with new tokens.
    ServiceJob *job = m_context->service()->provisionCalendar(clientId, calendarId, this,
        [this, clientId, calendarId, answered](
            const CalendarCredentials &credentials, const ServiceError &error) {
            *answered = true;
            stopRunning(clientId, calendarId);
            if (error.isCancelled())
                return;
            if (!error.ok()) {
                showError(
                    tr("Could not get fresh tokens for “%1”. %2").arg(calendarId, error.message()), error);
                return;
            }
            // The dialog copies the access token (cleared from the clipboard after a while) and keeps the
            // tokens only while it is open.
            auto *dialog = new FreshTokensDialog(
                calendarId, credentials.accessToken, credentials.refreshToken, credentials.expiresIn, this);
            banner()->showInfo(dialog->statusText());
            dialog->show();
        });
    if (!*answered)
        startRunning(*calendar, job, tr("Getting fresh tokens…"));
}

void CalendarsPage::revokeSelected()
{
    const std::optional<CalendarRecord> calendar = selectedCalendar();
    if (!calendar || isRunning(*calendar) || calendar->sub.isEmpty())
        return;
    const CalendarRecord target = *calendar;
    const QString applicationName = applicationDisplayName(m_context->registry(), target.clientId);

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke Calendar"),
        //: %1 is the calendar ID, %2 the application's name.
        tr("Revoke the calendar “%1” of %2?").arg(target.applicationCalendarId, applicationName),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirmation"));
    box->setInformativeText(tr("Its tokens stop working at once, and programs that use it lose access. This "
                               "cannot be undone, except by provisioning the same calendar ID again, which "
                               "gives it new tokens."));
    QPushButton *revoke = box->addButton(tr("&Revoke"), QMessageBox::AcceptRole);
    revoke->setObjectName(QStringLiteral("confirmRevokeButton"));
    revoke->setAccessibleName(tr("Revoke the calendar"));
    QPushButton *keep = box->addButton(tr("&Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelRevokeButton"));
    keep->setAccessibleName(tr("Keep the calendar"));
    // The safe answer is the default: Enter alone never revokes.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, revoke, target] {
        if (box->clickedButton() != revoke)
            return;
        if (isRunning(target))
            return;
        const QString clientId = target.clientId;
        const QString calendarId = target.applicationCalendarId;
        auto answered = std::make_shared<bool>(false);
        ServiceJob *job = m_context->service()->revokeCalendar(
            clientId, target.sub, this, [this, clientId, calendarId, answered](const ServiceError &error) {
                *answered = true;
                stopRunning(clientId, calendarId);
                if (error.isCancelled())
                    return;
                if (!error.ok()) {
                    showError(tr("Could not revoke “%1”. %2").arg(calendarId, error.message()), error);
                    return;
                }
                banner()->showInfo(
                    tr("“%1” is revoked. Provision it again if it is needed later.").arg(calendarId));
            });
        if (!*answered)
            startRunning(target, job, tr("Revoking…"));
    });
    box->open();
}

void CalendarsPage::exportCsv()
{
    exportShown(ExportFormat::Csv);
}

void CalendarsPage::exportJson()
{
    exportShown(ExportFormat::Json);
}

void CalendarsPage::exportShown(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested = folder + QLatin1Char('/')
        + (csv ? QStringLiteral("calendars.csv") : QStringLiteral("calendars.json"));
    auto *dialog = new QFileDialog(this,
        csv ? tr("Export %n Calendar(s) as CSV", nullptr, int(std::min<qint64>(m_filter->count(), INT_MAX)))
            : tr("Export %n Calendar(s) as JSON", nullptr, int(std::min<qint64>(m_filter->count(), INT_MAX))),
        folder);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, format](const QString &path) { writeExport(format, path); });
    dialog->open();
}

void CalendarsPage::writeExport(ExportFormat format, const QString &path)
{
    Registry *registry = m_context->registry();
    if (!registry || m_exporting)
        return;
    // The rows the list shows now, in its order: what the person sees is what they get. Streamed on a
    // thread of its own with its own connection, a page at a time, so a million rows neither freeze the
    // window nor fill its memory.
    CalendarExport::Options options;
    options.format = format == ExportFormat::Csv ? CalendarExport::Format::Csv : CalendarExport::Format::Json;
    options.query = m_filter->shownQuery();
    const QHash<QString, QString> names = registry->applicationNames();
    const ListStoreFactory stores = registry->listStores();
    const qint64 expected = m_filter->count();

    m_exporting = true;
    StreamedExport::run(
        this, tr("Exporting calendars…"), expected,
        [stores, names, path, options](const std::function<bool(qint64)> &progress) {
            const CalendarExport::Result r = CalendarExport::exportTo(stores, names, path, options, progress);
            return StreamedExport::Outcome {r.error, r.cancelled, r.written};
        },
        [this, path](const StreamedExport::Outcome &result) {
            m_exporting = false;
            if (result.cancelled) {
                banner()->showInfo(tr("The export was cancelled. Nothing was written to %1.")
                                       .arg(QDir::toNativeSeparators(path)));
                return;
            }
            if (!result.error.isEmpty()) {
                //: %1 is the file, %2 the reason and what to do.
                banner()->showError(
                    tr("Could not save %1. %2").arg(QDir::toNativeSeparators(path), result.error));
                return;
            }
            banner()->showInfo(
                tr("Saved %n calendar(s) to %1.", nullptr, int(std::min<qint64>(result.written, INT_MAX)))
                    .arg(QDir::toNativeSeparators(path)));
        });
}
