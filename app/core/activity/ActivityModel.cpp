#include "activity/ActivityModel.h"

#include "list/ListSources.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

namespace {

using namespace ListSources;

QDateTime dateOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

ActivityModel::ActivityModel(Registry *registry, QObject *parent)
    : PagedListModel(
        ListSources::operations(), registry ? registry->listStores() : ListStoreFactory(), parent)
    , m_registry(registry)
{
    if (registry) {
        const QList<ApplicationRecord> applications = registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
        // This process's entries: shown at once rather than at the worker's next poll.
        connect(registry, &Registry::operationLogged, this, [this] {
            if (isStarted())
                refresh();
        });
        connect(registry, &Registry::applicationChanged, this, &ActivityModel::reload);
    }
    updateQuery();
}

ActivityModel::~ActivityModel() = default;

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::applicationName(const QString &clientId) const
{
    const QString name = m_applicationNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

OperationRecord ActivityModel::recordOf(const ListRow &row)
{
    const QVariantList &v = row.values;
    OperationRecord o;
    o.id = v.value(OperationRowId).toLongLong();
    o.at = dateOf(v.value(OperationAt));
    o.action = v.value(OperationAction).toString();
    o.target = v.value(OperationTarget).toString();
    o.outcome = v.value(OperationOutcome).toString() == QLatin1String("failed")
        ? OperationRecord::Outcome::Failed
        : OperationRecord::Outcome::Succeeded;
    o.httpStatus = v.value(OperationHttpStatus).toInt();
    o.message = v.value(OperationMessage).toString();
    o.clientId = v.value(OperationClientId).toString();
    o.calendar = v.value(OperationCalendar).toString();
    o.dataCenter = v.value(OperationDataCenter).toString();
    o.account = v.value(OperationAccount).toString();
    o.runId = v.value(OperationRunId).toString();
    o.parentRun = v.value(OperationParentRun).toString();
    o.succeededCount = v.value(OperationSucceededCount).toInt();
    o.failedCount = v.value(OperationFailedCount).toInt();
    o.skippedCount = v.value(OperationSkippedCount).toInt();
    o.notStartedCount = v.value(OperationNotStartedCount).toInt();
    return o;
}

QString ActivityModel::subjectOf(const OperationRecord &operation)
{
    if (!operation.calendar.isEmpty())
        return operation.calendar;
    return operation.clientId.isEmpty() ? operation.target : QString();
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row)
        return {}; // its page is on its way
    const OperationRecord o = recordOf(*row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AtColumn:
            return RecordText::dateTime(o.at);
        case ActionColumn:
            return o.runId.isEmpty() ? o.action
                                     //: A bulk run's entry: %1 is its action, %2 how many calendars failed.
                                     : tr("%1 (%n failed)", nullptr, o.failedCount).arg(o.action);
        case ApplicationColumn:
            return o.clientId.isEmpty() ? QString() : applicationName(o.clientId);
        case CalendarColumn:
            return subjectOf(o);
        case AccountColumn:
            return o.account;
        case DataCenterColumn:
            return o.dataCenter.isEmpty() ? QString() : RecordText::dataCenter(o.dataCenter);
        case OutcomeColumn:
            return RecordText::outcome(o.outcome);
        case HttpStatusColumn:
            return o.httpStatus > 0 ? QString::number(o.httpStatus) : QString();
        case MessageColumn:
            return o.message;
        }
        return {};
    case IdRole:
        return o.id;
    case RunIdRole:
        return o.runId;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title is its own tooltip: a narrowed column (or a long translation) cuts it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case ApplicationColumn:
        return tr("Application");
    case CalendarColumn:
        return tr("Calendar or sub");
    case AccountColumn:
        return tr("Account");
    case DataCenterColumn:
        return tr("Data center");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP status");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

ListQuery ActivityModel::everyEntry(const QString &clientId, std::optional<OperationRecord::Outcome> outcome)
{
    ListQuery q;
    if (!clientId.isEmpty())
        q.equals.append({OperationClientId, clientId});
    if (outcome)
        q.equals.append({OperationOutcome, RecordText::outcomeKey(*outcome)});
    // Ids grow as entries are written: newest first without sorting the whole log.
    q.sortColumn = ListQuery::sortById;
    q.order = Qt::DescendingOrder;
    return q;
}

ListQuery ActivityModel::exportQuery() const
{
    ListQuery q = everyEntry(m_clientId, m_outcome);
    q.search = m_search.trimmed();
    if (!m_runId.isEmpty())
        q.equals.append({OperationParentRun, m_runId});
    return q;
}

void ActivityModel::updateQuery()
{
    ListQuery q;
    q.search = m_search.trimmed();
    // One level: its index (parent_run, at) pages it newest first. Not a null QString: that binds as NULL.
    q.equals.append({OperationParentRun, m_runId.isEmpty() ? QString(QLatin1String("")) : m_runId});
    if (!m_clientId.isEmpty())
        q.equals.append({OperationClientId, m_clientId});
    if (m_outcome)
        q.equals.append({OperationOutcome, RecordText::outcomeKey(*m_outcome)});
    q.sortColumn = OperationAt;
    q.order = Qt::DescendingOrder;
    if (q == query() && isStarted())
        return;
    setQuery(q);
}

void ActivityModel::setSearchText(const QString &text)
{
    m_search = text;
    updateQuery();
}

void ActivityModel::setOutcomeFilter(std::optional<OperationRecord::Outcome> outcome)
{
    m_outcome = outcome;
    updateQuery();
}

void ActivityModel::setApplicationFilter(const QString &clientId)
{
    m_clientId = clientId;
    updateQuery();
}

void ActivityModel::setRun(const QString &runId)
{
    m_runId = runId;
    updateQuery();
}

OperationRecord ActivityModel::record(int row) const
{
    const ListRow *values = rowAt(row);
    return values ? recordOf(*values) : OperationRecord();
}

void ActivityModel::reload()
{
    m_applicationNames.clear();
    if (m_registry) {
        const QList<ApplicationRecord> applications = m_registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
    }
    if (isStarted())
        refresh();
}
