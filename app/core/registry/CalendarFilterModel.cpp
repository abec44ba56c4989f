#include "registry/CalendarFilterModel.h"

#include "registry/CalendarsModel.h"

CalendarFilterModel::CalendarFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(CalendarsModel::SortRole); // used only when the source is not a CalendarsModel
}

void CalendarFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_calendars = qobject_cast<CalendarsModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CalendarFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_calendars)
        m_calendars->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void CalendarFilterModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    m_search = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_matcher.setPattern(needle);
    m_matcher.setCaseSensitivity(Qt::CaseSensitive); // both sides are lowercase already
    m_namedFor = ~quint64(0);
    refilter();
}

void CalendarFilterModel::setApplicationFilter(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    refilter();
}

void CalendarFilterModel::setStatusFilter(std::optional<CalendarRecord::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void CalendarFilterModel::refilter()
{
    // invalidate() drops the mapping and rebuilds it in one pass over the source rows. invalidateFilter()
    // would instead remove each run of hidden rows separately, rebuilding the whole mapping once per run:
    // quadratic at 100,000 rows. Views keep their current row through the layoutChanged this emits.
    invalidate();
}

bool CalendarFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_calendars) {
        if (!m_clientId.isEmpty() && m_calendars->clientIdAt(sourceRow) != m_clientId)
            return false;
        if (m_status && m_calendars->statusAt(sourceRow) != *m_status)
            return false;
        if (m_needle.isEmpty() || m_matcher.indexIn(m_calendars->searchKeyAt(sourceRow)) >= 0)
            return true;
        if (m_namedFor != m_calendars->namesGeneration()) {
            m_namedClients = m_calendars->applicationsNamed(m_needle);
            m_namedFor = m_calendars->namesGeneration();
        }
        if (m_namedClients.isEmpty())
            return false;
        const QStringView clientId = m_calendars->clientIdAt(sourceRow);
        for (const QString &named : m_namedClients) {
            if (clientId == named)
                return true;
        }
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_clientId.isEmpty() && index.data(CalendarsModel::ClientIdRole).toString() != m_clientId)
        return false;
    if (m_status && index.data(CalendarsModel::StatusRole).toInt() != int(*m_status))
        return false;
    return m_needle.isEmpty() || index.data(CalendarsModel::SearchKeyRole).toString().contains(m_needle);
}

QList<qint64> CalendarFilterModel::visibleIds() const
{
    QList<qint64> ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(index(row, 0).data(CalendarsModel::IdRole).toLongLong());
    return ids;
}
