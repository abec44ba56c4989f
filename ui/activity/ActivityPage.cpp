#include "activity/ActivityPage.h"

#include "ConsoleContext.h"
#include "activity/ActivityExport.h"
#include "activity/ActivityModel.h"
#include "calendars/ApplicationChoices.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"
#include "widgets/ClearButton.h"
#include "widgets/ColumnFitter.h"
#include "widgets/ElideRightDelegate.h"
#include "widgets/MessageBanner.h"
#include "widgets/StreamedExport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

ActivityPage::ActivityPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ActivityModel(context->registry(), this))
{
    setObjectName(QStringLiteral("activityPage"));
    setAccessibleName(tr("Activity"));
    buildUi();

    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCount);
    connect(m_model, &PagedListModel::countChanged, this, &ActivityPage::updateCount);
    connect(m_model, &PagedListModel::loadingChanged, this, &ActivityPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActivityPage::updateActions);
    if (Registry *registry = m_context->registry())
        connect(registry, &Registry::applicationChanged, this, &ActivityPage::reloadApplicationFilter);

    reloadApplicationFilter();
    updateCount();
    updateActions();
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::buildUi()
{
    m_ownBanner = new MessageBanner(this);
    m_ownBanner->setObjectName(QStringLiteral("activityBanner"));

    // --- Find: search, outcome, application ---
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("activitySearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by action, calendar, sub, application or message"));
    m_searchEdit->setAccessibleName(tr("Search the activity"));
    m_searchEdit->setAccessibleDescription(
        tr("Shows only the operations whose action, calendar, sub, application, account or message contains "
           "the text"));
    ClearButton::enable(m_searchEdit);
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_searchEdit);

    m_outcomeFilter = new QComboBox(this);
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilterCombo"));
    m_outcomeFilter->setAccessibleName(tr("Show operations with outcome"));
    m_outcomeFilter->addItem(tr("All"), -1);
    m_outcomeFilter->addItem(tr("Succeeded"), int(OperationRecord::Outcome::Succeeded));
    m_outcomeFilter->addItem(tr("Failed"), int(OperationRecord::Outcome::Failed));
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcomeFilter);

    m_applicationFilter = new QComboBox(this);
    m_applicationFilter->setObjectName(QStringLiteral("activityApplicationCombo"));
    m_applicationFilter->setAccessibleName(tr("Show operations of application"));
    m_applicationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_applicationFilter->setMinimumContentsLength(16);
    auto *applicationLabel = new QLabel(tr("App&lication:"), this);
    applicationLabel->setBuddy(m_applicationFilter);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(searchLabel);
    findRow->addWidget(m_searchEdit, 3);
    findRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    findRow->addWidget(outcomeLabel);
    findRow->addWidget(m_outcomeFilter);
    findRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    findRow->addWidget(applicationLabel);
    findRow->addWidget(m_applicationFilter, 1);

    // --- Actions: a run's failures, back, export ---
    const auto makeButton = [this](const QString &objectName, const QString &text,
                                const QString &accessibleName, const QString &toolTip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAccessibleName(accessibleName);
        button->setToolTip(toolTip);
        return button;
    };
    m_openRunButton = makeButton(QStringLiteral("openRunButton"), tr("Sho&w failures"),
        tr("Show the failures of the selected bulk run"),
        tr("List the calendars that failed in the selected bulk run (Enter or double-click)"));
    m_backButton = makeButton(QStringLiteral("backToActivityButton"), tr("&Back to all operations"),
        tr("Back to all operations"),
        tr("Leave this run's failures and list every operation again (Alt+Left)"));
    m_exportCsvButton = makeButton(QStringLiteral("exportActivityCsvButton"), tr("E&xport shown as CSV…"),
        tr("Export the operations shown as CSV"),
        tr("Save the operations the list shows now (after search and filters; a bulk run with its failures) "
           "as a CSV file for spreadsheets"));
    m_exportJsonButton = makeButton(QStringLiteral("exportActivityJsonButton"), tr("Export shown as &JSON…"),
        tr("Export the operations shown as JSON"),
        tr("Save the operations the list shows now (after search and filters; a bulk run with its failures) "
           "as a JSON file for programs"));
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_openRunButton);
    actionRow->addWidget(m_backButton);
    actionRow->addWidget(m_runLabel, 1);
    actionRow->addWidget(m_exportCsvButton);
    actionRow->addWidget(m_exportJsonButton);

    // --- The list ---
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // ids differ at their ends
    auto *elideRight = new ElideRightDelegate(m_view);
    for (const int column :
        {ActivityModel::AtColumn, ActivityModel::ActionColumn, ActivityModel::ApplicationColumn,
            ActivityModel::DataCenterColumn, ActivityModel::OutcomeColumn, ActivityModel::MessageColumn})
        m_view->setItemDelegateForColumn(column, elideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int ch = fontMetrics().averageCharWidth();
    const int dateWidth = fontMetrics().horizontalAdvance(
                              RecordText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58))))
        + ch * 3;
    const auto textWidth
        = [this, ch](const QString &text) { return fontMetrics().horizontalAdvance(text) + ch * 2; };
    // When, what, on what and the outcome are what people look for; the rest gives way first (elided, the
    // whole text in the tool tip), and the message gets what is left.
    auto *fitter = new ColumnFitter(m_view, ActivityModel::MessageColumn);
    const auto at = [fitter, ch](int column, int preferred, int minimum, bool important) {
        const int title = fitter->headerWidth(column);
        return ColumnFitter::Column {column, std::max(preferred, title),
            important ? std::max(minimum, title) : std::max(minimum, ch * 6), important};
    };
    const int outcomeWidth = std::max(textWidth(RecordText::outcome(OperationRecord::Outcome::Succeeded)),
        textWidth(RecordText::outcome(OperationRecord::Outcome::Failed)));
    fitter->setColumns({
        at(ActivityModel::AtColumn, dateWidth, dateWidth, true),
        at(ActivityModel::ActionColumn, textWidth(QStringLiteral("bulk-provision (12 failed)")),
            textWidth(QStringLiteral("provision-cal")), true),
        at(ActivityModel::ApplicationColumn, textWidth(QStringLiteral("Meeting Room Booking")), ch * 10,
            false),
        at(ActivityModel::CalendarColumn, textWidth(QStringLiteral("meeting-room-00-east")),
            textWidth(QStringLiteral("room-000-east")), true),
        at(ActivityModel::AccountColumn, textWidth(QStringLiteral("Acme \u2014 customer")), ch * 6, false),
        at(ActivityModel::DataCenterColumn, textWidth(QStringLiteral("United Kingdom")), ch * 6, false),
        at(ActivityModel::OutcomeColumn, outcomeWidth, outcomeWidth, true),
        at(ActivityModel::HttpStatusColumn, textWidth(QStringLiteral("422")), ch * 5, false),
        at(ActivityModel::MessageColumn, ch * 30, ch * 10, false),
    });

    // Inside a run, the label says what the table lists: it labels the table (screen readers read it so).
    m_runLabel->setBuddy(m_view);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("activityCountLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ownBanner);
    layout->addLayout(findRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    setTabOrder(m_searchEdit, m_outcomeFilter);
    setTabOrder(m_outcomeFilter, m_applicationFilter);
    setTabOrder(m_applicationFilter, m_openRunButton);
    setTabOrder(m_openRunButton, m_backButton);
    setTabOrder(m_backButton, m_exportCsvButton);
    setTabOrder(m_exportCsvButton, m_exportJsonButton);
    setTabOrder(m_exportJsonButton, m_view);

    // Shortcuts belong to this page only, so other pages may use the same keys.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_searchEdit, &QLineEdit::clear);
    // Enter or a double-click (the view's "activated") on a run opens it; Back (Alt+Left) returns.
    connect(m_view, &QAbstractItemView::activated, this, &ActivityPage::openSelectedRun);
    auto *back = new QShortcut(QKeySequence::Back, this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ActivityPage::showAll);

    connect(m_searchEdit, &QLineEdit::textChanged, m_model, &ActivityModel::setSearchText);
    connect(m_applicationFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setApplicationFilter(m_applicationFilter->currentData().toString()); });
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, &ActivityPage::applyOutcomeFilter);
    connect(m_openRunButton, &QPushButton::clicked, this, &ActivityPage::openSelectedRun);
    connect(m_backButton, &QPushButton::clicked, this, &ActivityPage::showAll);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &ActivityPage::exportCsv);
    connect(m_exportJsonButton, &QPushButton::clicked, this, &ActivityPage::exportJson);
    // The tab's shortcut lands in the search box, the usual start on this page.
    setFocusProxy(m_searchEdit);
}

MessageBanner *ActivityPage::banner() const
{
    // The window's banner once there is a window; the page's own one when it is shown on its own (tests).
    if (MessageBanner *windowBanner = m_context->banner())
        return windowBanner;
    return m_ownBanner;
}

void ActivityPage::showEvent(QShowEvent *event)
{
    // The log is read once the page is first shown: an empty window starts without it.
    m_model->start();
    QWidget::showEvent(event);
}

void ActivityPage::reloadApplicationFilter()
{
    fillApplicationCombo(m_applicationFilter, m_context->registry(), tr("All applications"));
    m_model->setApplicationFilter(m_applicationFilter->currentData().toString());
}

void ActivityPage::applyOutcomeFilter()
{
    const int outcome = m_outcomeFilter->currentData().toInt();
    m_model->setOutcomeFilter(outcome < 0 ? std::nullopt : std::optional(OperationRecord::Outcome(outcome)));
}

void ActivityPage::updateCount()
{
    // The count arrives after the rows (a search counts in the background): "more than" until then.
    const int count = int(std::min<qint64>(m_model->count(), INT_MAX));
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_countLabel->setText(tr("Searching…"));
    else if (m_model->countIsExact())
        m_countLabel->setText(tr("Showing %n operation(s)", nullptr, count));
    else
        m_countLabel->setText(tr("Showing more than %n operation(s)…", nullptr, count));
    m_countLabel->setAccessibleName(m_countLabel->text());
}

void ActivityPage::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool inRun = !m_model->run().isEmpty();
    m_openRunButton->setVisible(!inRun);
    m_openRunButton->setEnabled(
        current.isValid() && !current.data(ActivityModel::RunIdRole).toString().isEmpty());
    m_backButton->setVisible(inRun);
    m_runLabel->setText(inRun ? tr("The calendars that failed in this bulk run:") : QString());
}

void ActivityPage::openSelectedRun()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString runId = current.isValid() ? current.data(ActivityModel::RunIdRole).toString() : QString();
    if (runId.isEmpty() || !m_model->run().isEmpty())
        return;
    m_model->setRun(runId);
    updateActions();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ActivityPage::showAll()
{
    if (m_model->run().isEmpty())
        return;
    m_model->setRun({});
    updateActions();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ActivityPage::exportCsv()
{
    exportShown(ExportFormat::Csv);
}

void ActivityPage::exportJson()
{
    exportShown(ExportFormat::Json);
}

void ActivityPage::exportShown(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *dialog
        = new QFileDialog(this, csv ? tr("Export Activity as CSV") : tr("Export Activity as JSON"), folder);
    dialog->setObjectName(QStringLiteral("exportActivityFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(
        folder + QLatin1Char('/') + (csv ? QStringLiteral("activity.csv") : QStringLiteral("activity.json")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, format](const QString &path) { writeExport(format, path); });
    dialog->open();
}

void ActivityPage::writeExport(ExportFormat format, const QString &path)
{
    Registry *registry = m_context->registry();
    if (!registry || m_exporting)
        return;
    // What the list shows (search, filters), a bulk run's failures with their run, newest first.
    ActivityExport::Options options;
    options.format = format == ExportFormat::Csv ? ActivityExport::Format::Csv : ActivityExport::Format::Json;
    options.query = m_model->exportQuery();
    const QHash<QString, QString> names = registry->applicationNames();
    const ListStoreFactory stores = registry->listStores();
    m_exporting = true;
    StreamedExport::run(
        this, tr("Exporting the activity…"), m_model->count(),
        [stores, names, path, options](const std::function<bool(qint64)> &progress) {
            const ActivityExport::Result r = ActivityExport::exportTo(stores, names, path, options, progress);
            return StreamedExport::Outcome {r.error, r.cancelled, r.written};
        },
        [this, path](const StreamedExport::Outcome &result) {
            m_exporting = false;
            if (result.cancelled) {
                banner()->showInfo(tr("The export was cancelled. Nothing was written to %1.")
                                       .arg(QDir::toNativeSeparators(path)));
            } else if (!result.error.isEmpty()) {
                banner()->showError(result.error);
            } else {
                banner()->showInfo(tr(
                    "Saved %n operation(s) to %1.", nullptr, int(std::min<qint64>(result.written, INT_MAX)))
                                       .arg(QDir::toNativeSeparators(path)));
            }
        });
}
