#include "ApplicationsPage.h"

#include "ApplicationsFilter.h"
#include "ConsoleContext.h"
#include "accounts/AccountList.h"
#include "bulk/BulkProvisionDialog.h"
#include "dialogs/CreateApplicationDialog.h"
#include "dialogs/ImportApplicationDialog.h"
#include "dialogs/OnceShownSecretDialog.h"
#include "dialogs/ReplaceSecretDialog.h"
#include "dialogs/SubmitVerificationDialog.h"
#include "registry/ApplicationsModel.h"
#include "registry/RecordText.h"
#include "service/ProvisioningService.h"
#include "widgets/ClearButton.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/ColumnFitter.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

ApplicationsPage::ApplicationsPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_proxy(new ApplicationsFilter(this))
    , m_search(new QLineEdit(this))
    , m_accountFilter(new QComboBox(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_details(new QWidget(this))
    , m_createAction(new QAction(tr("Cr&eate Application…"), this))
{
    setObjectName(QStringLiteral("applicationsPage"));

    m_proxy->setSourceModel(context->applicationsModel());
    m_proxy->setSortRole(ApplicationsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("applicationsSearchEdit"));
    m_search->setAccessibleName(tr("Search applications"));
    m_search->setPlaceholderText(tr("Search by name or client ID"));
    ClearButton::enable(m_search);
    m_accountFilter->setObjectName(QStringLiteral("applicationsAccountFilter"));
    m_accountFilter->setAccessibleName(tr("Show the applications of"));
    m_accountFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    refillAccountFilter();

    m_view->setObjectName(QStringLiteral("applicationsView"));
    m_view->setAccessibleName(tr("Applications"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ApplicationsModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // A handful of rows: each column as wide as its content (client IDs and dates in full), the name takes
    // the rest. In a narrow window the name, client ID and date stay, the others are elided first (the full
    // text is in the tool tip). Dragging a column edge works, and then the person's widths stay.
    m_fitter = new ColumnFitter(m_view, ApplicationsModel::NameColumn);
    {
        const int ch = fontMetrics().averageCharWidth();
        QList<ColumnFitter::Column> columns;
        for (int column = 0; column < ApplicationsModel::ColumnCount; ++column) {
            const bool important = column == ApplicationsModel::NameColumn
                || column == ApplicationsModel::ClientIdColumn || column == ApplicationsModel::CreatedColumn;
            const int header = m_fitter->headerWidth(column);
            columns.append({column, header, std::min(header, ch * 10), important});
        }
        columns[ApplicationsModel::NameColumn].minimum = ch * 20;
        m_fitter->setColumns(columns);
    }
    m_view->setTabKeyNavigation(false);

    m_empty->setObjectName(QStringLiteral("applicationsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("No applications yet.\n\nPress Enter to create your first one with Create Application (Ctrl+N), "
           "or import one that was made in the Cronofy dashboard."));
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    // Details of the selected application.
    m_details->setObjectName(QStringLiteral("applicationDetails"));
    auto *detailsForm = new QFormLayout(m_details);
    detailsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_details->setLayout(detailsForm);
    addDetailRow(tr("Name:"), QStringLiteral("detailName"));
    addDetailRow(tr("Client ID:"), QStringLiteral("detailClientId"));
    addDetailRow(tr("Web address:"), QStringLiteral("detailUrl"));
    addDetailRow(tr("Data center:"), QStringLiteral("detailDataCenter"));
    addDetailRow(tr("Account:"), QStringLiteral("detailAccount"));
    addDetailRow(tr("Added:"), QStringLiteral("detailAdded"));
    addDetailRow(tr("Client secret:"), QStringLiteral("detailSecret"));
    auto *detailsBox = new QGroupBox(tr("Details"), this);
    detailsBox->setObjectName(QStringLiteral("detailsGroup"));
    auto *detailsBoxLayout = new QVBoxLayout(detailsBox);
    detailsBoxLayout->addWidget(m_details);
    detailsBoxLayout->addStretch(1);

    // Actions.
    auto makeButton
        = [this](const QString &text, const QString &name, const QString &accessible, const QString &tip) {
              auto *button = new QPushButton(text, this);
              button->setObjectName(name);
              button->setAccessibleName(accessible);
              button->setToolTip(tip);
              return button;
          };
    // Alt+A, Alt+C and Alt+S belong to the window's tabs.
    m_create = makeButton(tr("Cr&eate Application…"), QStringLiteral("createApplicationButton"),
        tr("Create application"), tr("Create a new Cronofy application (Ctrl+N)"));
    m_create->setAutoDefault(true); // Enter presses it when it has the focus, as in a dialog
    m_import = makeButton(tr("&Import Application…"), QStringLiteral("importApplicationButton"),
        tr("Import application"), tr("Add an application made in the Cronofy dashboard"));
    m_verify = makeButton(tr("Submit for &Verification…"), QStringLiteral("submitVerificationButton"),
        tr("Submit for verification"),
        tr("Ask Cronofy to verify the application, so people outside your organisation can "
           "use it"));
    m_replace = makeButton(tr("&Replace Client Secret…"), QStringLiteral("replaceSecretButton"),
        tr("Replace client secret"),
        tr("Store a new client secret after you made one in the Cronofy dashboard"));
    m_copyId = makeButton(tr("Cop&y Client ID"), QStringLiteral("copyClientIdButton"), tr("Copy client ID"),
        tr("Copy the selected application's client ID"));

    m_showCalendars = makeButton(tr("Show Calen&dars"), QStringLiteral("showCalendarsButton"),
        tr("Show the application's calendars"),
        tr("Open the Calendars page with this application's calendars"));
    m_provision = makeButton(tr("&Provision Calendar…"), QStringLiteral("provisionCalendarButton"),
        tr("Provision a calendar for the application"),
        tr("Create a calendar for this application, or get an existing one back"));
    m_bulk = makeButton(tr("&Bulk Provision…"), QStringLiteral("bulkProvisionButton"),
        tr("Provision many calendars for the application"),
        tr("Provision many calendars of this application from a CSV or text file"));
    auto *calendarButtons = new QHBoxLayout;
    calendarButtons->addWidget(m_showCalendars);
    calendarButtons->addWidget(m_provision);
    calendarButtons->addWidget(m_bulk);
    calendarButtons->addStretch(1);
    detailsBoxLayout->insertLayout(1, calendarButtons);

    m_createAction->setObjectName(QStringLiteral("createApplicationAction"));
    m_createAction->setShortcut(QKeySequence::New);
    m_createAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_createAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_copyId);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    auto *accountLabel = new QLabel(tr("Acc&ount:"), listPane);
    accountLabel->setObjectName(QStringLiteral("applicationsAccountFilterLabel"));
    accountLabel->setBuddy(m_accountFilter);
    filterRow->addWidget(accountLabel);
    filterRow->addWidget(m_accountFilter);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_listStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_createAction, &QAction::triggered, this, &ApplicationsPage::createApplication);
    connect(m_create, &QPushButton::clicked, this, &ApplicationsPage::createApplication);
    connect(m_import, &QPushButton::clicked, this, &ApplicationsPage::importApplication);
    connect(m_verify, &QPushButton::clicked, this, &ApplicationsPage::submitForVerification);
    connect(m_replace, &QPushButton::clicked, this, &ApplicationsPage::replaceSecret);
    connect(m_copyId, &QPushButton::clicked, this, &ApplicationsPage::copyClientId);
    connect(m_showCalendars, &QPushButton::clicked, this, [this] {
        if (const QString clientId = selectedClientId(); !clientId.isEmpty())
            emit showCalendarsRequested(clientId);
    });
    connect(m_provision, &QPushButton::clicked, this, [this] {
        if (const QString clientId = selectedClientId(); !clientId.isEmpty())
            emit provisionCalendarRequested(clientId);
    });
    connect(m_bulk, &QPushButton::clicked, this, &ApplicationsPage::bulkProvision);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_accountFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setAccount(m_accountFilter->currentData().toString()); });
    // Accounts come and go with the rows (and with Settings, which reloads the list).
    QAbstractItemModel *source = context->applicationsModel();
    connect(source, &QAbstractItemModel::rowsInserted, this, &ApplicationsPage::refillAccountFilter);
    connect(source, &QAbstractItemModel::modelReset, this, &ApplicationsPage::refillAccountFilter);
    connect(source, &QAbstractItemModel::dataChanged, this, &ApplicationsPage::refillAccountFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApplicationsPage::updateDetails);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateEmptyState();
            updateDetails();
        });
    }
    // The window reloads the list when it is activated (cronofyctl may have changed it): keep the selection.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_selectedBeforeReset = selectedClientId(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty())
            selectClientId(std::exchange(m_selectedBeforeReset, QString()));
        updateEmptyState();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ApplicationsPage::updateDetails);
    // Measured once the list settled: a new row is sorted in, or a row's text changed.
    const auto remeasure = [this] { QTimer::singleShot(0, this, &ApplicationsPage::measureColumns); };
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, remeasure);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, remeasure);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, remeasure);
    connect(m_context->service(), &ProvisioningService::applicationCreatedAfterCancel, this,
        &ApplicationsPage::showCreated);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, remeasure);

    updateEmptyState();
    updateDetails();
    measureColumns();
}

void ApplicationsPage::refillAccountFilter()
{
    QStringList names;
    for (const Account &account : AccountList::all())
        names.append(account.name);
    const ApplicationsModel *model = m_context->applicationsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString account = model->record(row).account;
        if (!account.isEmpty() && !names.contains(account, Qt::CaseInsensitive))
            names.append(account);
    }
    names.sort(Qt::CaseInsensitive);
    QStringList current;
    for (int i = 1; i < m_accountFilter->count(); ++i)
        current.append(m_accountFilter->itemData(i).toString());
    if (current == names && m_accountFilter->count() > 0)
        return;
    const QString chosen = m_accountFilter->currentData().toString();
    const QSignalBlocker quiet(m_accountFilter);
    m_accountFilter->clear();
    m_accountFilter->addItem(tr("All accounts"), QString());
    for (const QString &name : std::as_const(names))
        m_accountFilter->addItem(name, name);
    const int again = m_accountFilter->findData(chosen);
    m_accountFilter->setCurrentIndex(again < 0 ? 0 : again);
    m_proxy->setAccount(m_accountFilter->currentData().toString());
}

void ApplicationsPage::measureColumns()
{
    for (int column = 0; column < ApplicationsModel::ColumnCount; ++column) {
        // QTableView's sizeHintForColumn is protected; the item view's is public and the same function.
        const int content = static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column);
        m_fitter->setPreferredWidth(column, std::max(content, m_fitter->headerWidth(column)));
    }
    m_fitter->fit();
}

void ApplicationsPage::addDetailRow(const QString &label, const QString &name)
{
    auto *value = new QLabel(m_details);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    static_cast<QFormLayout *>(m_details->layout())->addRow(label, value);
}

QString ApplicationsPage::selectedClientId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ApplicationsModel::IdRole).toString();
}

void ApplicationsPage::selectClientId(const QString &clientId)
{
    const int sourceRow = m_context->applicationsModel()->rowOf(clientId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_context->applicationsModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ApplicationsPage::updateEmptyState()
{
    const bool empty = m_context->applicationsModel()->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_search->setEnabled(!empty);
    m_accountFilter->setEnabled(!empty);
    // With nothing to list, the first thing to do is create an application: the page's focus goes to that
    // button, and Enter presses it.
    setFocusProxy(empty ? static_cast<QWidget *>(m_create) : m_view);
}

void ApplicationsPage::updateDetails()
{
    const QString clientId = selectedClientId();
    const int row = clientId.isEmpty() ? -1 : m_context->applicationsModel()->rowOf(clientId);
    const bool has = row >= 0;
    m_verify->setEnabled(has);
    m_replace->setEnabled(has);
    m_copyId->setEnabled(has);
    m_showCalendars->setEnabled(has);
    m_provision->setEnabled(has);
    m_bulk->setEnabled(has);
    auto set = [this](const QString &name, const QString &text) {
        if (auto *label = m_details->findChild<QLabel *>(name))
            label->setText(text);
    };
    if (!has) {
        const QStringList names {QStringLiteral("detailName"), QStringLiteral("detailClientId"),
            QStringLiteral("detailUrl"), QStringLiteral("detailDataCenter"), QStringLiteral("detailAccount"),
            QStringLiteral("detailAdded"), QStringLiteral("detailSecret")};
        for (const QString &name : names)
            set(name, QString());
        set(QStringLiteral("detailName"), tr("Select an application to see its details."));
        return;
    }
    const ApplicationRecord app = m_context->applicationsModel()->record(row);
    set(QStringLiteral("detailName"), app.name);
    set(QStringLiteral("detailClientId"), app.clientId);
    set(QStringLiteral("detailUrl"),
        app.url.isEmpty() ? tr("(not known for imported applications)") : app.url);
    set(QStringLiteral("detailDataCenter"), RecordText::dataCenter(app.dataCenter));
    set(QStringLiteral("detailAccount"),
        app.account.isEmpty() ? tr("(none: imported from the dashboard)")
            : m_context->applicationsModel()->accountRemoved(app)
            ? tr("%1 (removed: its applications stay listed)").arg(app.account)
            : app.account);
    set(QStringLiteral("detailAdded"),
        app.origin == ApplicationRecord::Origin::Imported
            ? tr("Imported on %1").arg(RecordText::dateTime(app.createdAt))
            : tr("Created on %1").arg(RecordText::dateTime(app.createdAt)));
    set(QStringLiteral("detailSecret"),
        app.secretState == ApplicationRecord::SecretState::Stored
            ? tr("Stored in this computer's keychain.")
            : tr("NOT stored in the keychain. Calendars cannot be provisioned for this application until you "
                 "store its secret with Replace Client Secret."));
}

void ApplicationsPage::createApplication()
{
    if (!m_context->isConfigured())
        return;
    auto *dialog = new CreateApplicationDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApplicationDialog::created, this, &ApplicationsPage::showCreated);
    dialog->open();
}

void ApplicationsPage::showCreated(const CreatedApplication &created)
{
    const QString clientId = created.credentials.clientId;
    // The row arrives through the registry's signal; select it once the model has it.
    QTimer::singleShot(0, this, [this, clientId] { selectClientId(clientId); });
    if (!created.registryError.ok() && m_context->banner())
        m_context->banner()->showWarning(created.registryError.message(), created.registryError.detail);
    auto *dialog = new OnceShownSecretDialog(m_context->service(), created, window());
    connect(dialog, &OnceShownSecretDialog::provisionCalendarRequested, this,
        &ApplicationsPage::provisionCalendarRequested);
    dialog->open();
}

void ApplicationsPage::importApplication()
{
    if (!m_context->isConfigured())
        return;
    auto *dialog = new ImportApplicationDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportApplicationDialog::imported, this, [this](const QString &clientId) {
        QTimer::singleShot(0, this, [this, clientId] { selectClientId(clientId); });
        if (m_context->banner())
            m_context->banner()->showInfo(
                tr("The application was imported and its secret stored in the keychain."));
    });
    dialog->open();
}

void ApplicationsPage::submitForVerification()
{
    const QString clientId = selectedClientId();
    const int row = m_context->applicationsModel()->rowOf(clientId);
    if (row < 0)
        return;
    auto *dialog = new SubmitVerificationDialog(
        m_context, clientId, m_context->applicationsModel()->record(row).name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitVerificationDialog::submitted, this, [this] {
        if (m_context->banner())
            m_context->banner()->showInfo(
                tr("Submitted. Cronofy will contact you by email about the verification."));
    });
    dialog->open();
}

void ApplicationsPage::replaceSecret()
{
    const QString clientId = selectedClientId();
    const int row = m_context->applicationsModel()->rowOf(clientId);
    if (row < 0)
        return;
    auto *dialog = new ReplaceSecretDialog(
        m_context, clientId, m_context->applicationsModel()->record(row).name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplaceSecretDialog::replaced, this, [this] {
        if (m_context->banner())
            m_context->banner()->showInfo(tr("The new client secret is stored in the keychain."));
    });
    dialog->open();
}

void ApplicationsPage::copyClientId()
{
    const QString clientId = selectedClientId();
    if (clientId.isEmpty())
        return;
    ClipboardGuard::instance()->copy(clientId, false);
    if (m_context->banner())
        m_context->banner()->showInfo(tr("Copied the client ID %1.").arg(clientId));
}

void ApplicationsPage::bulkProvision()
{
    const QString clientId = selectedClientId();
    if (clientId.isEmpty())
        return;
    auto *dialog = new BulkProvisionDialog(m_context, clientId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
