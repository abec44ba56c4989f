#include "registry/CalendarsModel.h"

#include "list/ListSources.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <QTimer>

namespace {

using namespace ListSources;

// The list column each table column sorts by.
int sourceColumnOf(int column)
{
    switch (column) {
    case CalendarsModel::ApplicationColumn:
        return ListQuery::sortByParent;
    case CalendarsModel::CalendarIdColumn:
        return CalendarApplicationCalendarId;
    case CalendarsModel::SubColumn:
        return CalendarSub;
    case CalendarsModel::ProfileColumn:
        return CalendarProfileName;
    case CalendarsModel::ProviderColumn:
        return CalendarProviderName;
    case CalendarsModel::ProvisionedColumn:
        return CalendarProvisionedAt;
    case CalendarsModel::LastSeenColumn:
        return CalendarLastSeenAt;
    case CalendarsModel::StatusColumn:
        return CalendarStatus;
    case CalendarsModel::LastErrorColumn:
        return CalendarLastError;
    }
    return ListQuery::sortById;
}

QDateTime dateOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

CalendarRecord::Status statusOf(const QString &word)
{
    if (word == QLatin1String("revoked"))
        return CalendarRecord::Status::Revoked;
    if (word == QLatin1String("failed"))
        return CalendarRecord::Status::Failed;
    return CalendarRecord::Status::Active;
}

} // namespace

CalendarsModel::CalendarsModel(Registry *registry, QObject *parent)
    : PagedListModel(ListSources::calendars(), registry ? registry->listStores() : ListStoreFactory(), parent)
    , m_registry(registry)
{
    if (registry) {
        const QList<ApplicationRecord> applications = registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
        // This process's writes: shown at once rather than at the worker's next poll.
        connect(registry, &Registry::calendarChanged, this, [this] {
            if (isStarted())
                refresh();
        });
        connect(registry, &Registry::applicationChanged, this, &CalendarsModel::onApplicationChanged);
    }
    updateQuery();
}

CalendarsModel::~CalendarsModel() = default;

int CalendarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalendarsModel::applicationName(const QString &clientId) const
{
    const QString name = m_applicationNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

CalendarRecord CalendarsModel::recordOf(const ListRow &row)
{
    const QVariantList &v = row.values;
    CalendarRecord r;
    r.id = v.value(CalendarRowId).toLongLong();
    r.clientId = v.value(CalendarClientId).toString();
    r.applicationCalendarId = v.value(CalendarApplicationCalendarId).toString();
    r.sub = v.value(CalendarSub).toString();
    r.profileId = v.value(CalendarProfileId).toString();
    r.profileName = v.value(CalendarProfileName).toString();
    r.providerName = v.value(CalendarProviderName).toString();
    r.scope = v.value(CalendarScope).toString();
    r.provisionedAt = dateOf(v.value(CalendarProvisionedAt));
    r.lastSeenAt = dateOf(v.value(CalendarLastSeenAt));
    r.status = statusOf(v.value(CalendarStatus).toString());
    r.lastError = v.value(CalendarLastError).toString();
    return r;
}

QVariant CalendarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row)
        return {}; // its page is on its way
    const QVariantList &v = row->values;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ApplicationColumn:
            return applicationName(v.at(CalendarClientId).toString());
        case CalendarIdColumn:
            return v.at(CalendarApplicationCalendarId).toString();
        case SubColumn:
            return v.at(CalendarSub).toString();
        case ProfileColumn:
            return v.at(CalendarProfileName).toString();
        case ProviderColumn:
            return v.at(CalendarProviderName).toString();
        case ProvisionedColumn:
            return RecordText::dateTime(dateOf(v.at(CalendarProvisionedAt)));
        case LastSeenColumn:
            return RecordText::dateTime(dateOf(v.at(CalendarLastSeenAt)));
        case StatusColumn:
            return RecordText::status(statusOf(v.at(CalendarStatus).toString()));
        case LastErrorColumn:
            return v.at(CalendarLastError).toString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ProvisionedColumn:
            return dateOf(v.at(CalendarProvisionedAt));
        case LastSeenColumn:
            return dateOf(v.at(CalendarLastSeenAt));
        case StatusColumn:
            return int(statusOf(v.at(CalendarStatus).toString()));
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return v.at(CalendarRowId).toLongLong();
    case ClientIdRole:
        return v.at(CalendarClientId).toString();
    case ApplicationCalendarIdRole:
        return v.at(CalendarApplicationCalendarId).toString();
    case StatusRole:
        return int(statusOf(v.at(CalendarStatus).toString()));
    default:
        return {};
    }
}

QVariant CalendarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title is its own tooltip: a narrowed column (or a long translation) cuts it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplicationColumn:
        return tr("Application");
    case CalendarIdColumn:
        return tr("Calendar ID");
    case SubColumn:
        return tr("Sub");
    case ProfileColumn:
        return tr("Profile");
    case ProviderColumn:
        return tr("Provider");
    case ProvisionedColumn:
        return tr("Provisioned");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

void CalendarsModel::updateQuery()
{
    ListQuery q;
    q.search = m_search.trimmed();
    if (!m_clientId.isEmpty())
        q.equals.append({ListSources::CalendarClientId, m_clientId});
    if (m_status)
        q.equals.append({ListSources::CalendarStatus, RecordText::statusKey(*m_status)});
    q.sortColumn = m_sortColumn < 0 ? ListQuery::sortById : sourceColumnOf(m_sortColumn);
    q.order = m_sortOrder;
    if (q == query() && isStarted())
        return;
    setQuery(q);
}

void CalendarsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    updateQuery();
}

void CalendarsModel::setSearchText(const QString &text)
{
    m_search = text;
    updateQuery();
}

void CalendarsModel::setApplicationFilter(const QString &clientId)
{
    m_clientId = clientId;
    updateQuery();
}

void CalendarsModel::setStatusFilter(std::optional<CalendarRecord::Status> status)
{
    m_status = status;
    updateQuery();
}

CalendarRecord CalendarsModel::record(int row) const
{
    const ListRow *values = rowAt(row);
    return values ? recordOf(*values) : CalendarRecord();
}

int CalendarsModel::rowOf(const QString &clientId, const QString &applicationCalendarId) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const ListRow *values = rowIfInMemory(row);
        if (values && values->values.at(ListSources::CalendarClientId).toString() == clientId
            && values->values.at(ListSources::CalendarApplicationCalendarId).toString()
                == applicationCalendarId)
            return row;
    }
    return -1;
}

void CalendarsModel::reload()
{
    if (m_registry) {
        m_applicationNames.clear();
        const QList<ApplicationRecord> applications = m_registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
    }
    // A query whose first page never came (a shared list not connected when it was asked) is asked again;
    // otherwise the shown pages are read again, keeping the selection and the scroll position.
    if (isLoading())
        setQuery(query());
    else
        refresh();
}

void CalendarsModel::onApplicationChanged(const QString &clientId)
{
    if (!m_registry)
        return;
    const std::optional<ApplicationRecord> application = m_registry->application(clientId);
    const QString name = application ? application->name : QString();
    if (m_applicationNames.contains(clientId) && m_applicationNames.value(clientId) == name)
        return;
    m_applicationNames.insert(clientId, name);
    if (!isStarted())
        return;
    // A new name may change which rows a search matches and where they sort.
    if (!m_search.trimmed().isEmpty() || m_sortColumn == ApplicationColumn)
        setQuery(query());
    else if (rowCount() > 0)
        emit dataChanged(index(0, ApplicationColumn), index(rowCount() - 1, ApplicationColumn));
}
