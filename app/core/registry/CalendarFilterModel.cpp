#include "registry/CalendarFilterModel.h"

#include "registry/CalendarSearchIndex.h"
#include "registry/CalendarsModel.h"

#include <algorithm>
#include <numeric>

namespace {

// A dataChanged that shows or hides more rows than this is applied as one layout change rather than row
// by row (each insertion or removal moves the rest of the list).
constexpr int rowByRowLimit = 64;
// Checking the rows shown one by one beats one scan of the whole search index only while they are few
// (bench_registry at 100,000 rows: 6,667 rows checked 1.0 ms, 66,666 rows 6.5 ms, a whole scan about 3 ms).
constexpr int narrowingShare = 8; // check the shown rows when they are at most 1/8 of all rows

} // namespace

CalendarFilterModel::CalendarFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

CalendarFilterModel::~CalendarFilterModel() = default;

void CalendarFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_calendars = qobject_cast<CalendarsModel *>(sourceModel);
    m_namedFor = ~quint64(0);
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        using M = QAbstractItemModel;
        auto *s = sourceModel;
        m_connections = {
            connect(s, &M::modelAboutToBeReset, this, &CalendarFilterModel::sourceAboutToBeReset),
            connect(s, &M::modelReset, this, &CalendarFilterModel::sourceReset),
            connect(s, &M::layoutAboutToBeChanged, this, &CalendarFilterModel::sourceLayoutAboutToBeChanged),
            connect(s, &M::layoutChanged, this, &CalendarFilterModel::sourceLayoutChanged),
            connect(s, &M::rowsInserted, this, &CalendarFilterModel::sourceRowsInserted),
            connect(s, &M::rowsAboutToBeRemoved, this, &CalendarFilterModel::sourceRowsAboutToBeRemoved),
            connect(s, &M::rowsRemoved, this, &CalendarFilterModel::sourceRowsRemoved),
            connect(s, &M::rowsAboutToBeMoved, this, &CalendarFilterModel::sourceRowsAboutToBeMoved),
            connect(s, &M::rowsMoved, this, &CalendarFilterModel::sourceRowsMoved),
            connect(s, &M::dataChanged, this, &CalendarFilterModel::sourceDataChanged),
            connect(s, &M::headerDataChanged, this, &CalendarFilterModel::sourceHeaderDataChanged),
            // Columns never change in the kept list; for any other source, start over.
            connect(s, &M::columnsAboutToBeInserted, this, &CalendarFilterModel::sourceAboutToBeReset),
            connect(s, &M::columnsInserted, this, &CalendarFilterModel::sourceReset),
            connect(s, &M::columnsAboutToBeRemoved, this, &CalendarFilterModel::sourceAboutToBeReset),
            connect(s, &M::columnsRemoved, this, &CalendarFilterModel::sourceReset),
            connect(s, &M::columnsAboutToBeMoved, this, &CalendarFilterModel::sourceAboutToBeReset),
            connect(s, &M::columnsMoved, this, &CalendarFilterModel::sourceReset),
            // QAbstractProxyModel falls back to an empty model when the source goes away; so do we.
            connect(s, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_rows.clear();
                    endResetModel();
                }),
        };
    }
    m_rows = acceptedRows();
    endResetModel();
}

QModelIndex CalendarFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size()
        || !sourceModel())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex CalendarFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex CalendarFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CalendarFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CalendarFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int CalendarFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CalendarFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CalendarFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= m_rows.size())
        return QAbstractItemModel::headerData(section, orientation, role);
    return sourceModel()->headerData(m_rows.at(section), orientation, role);
}

void CalendarFilterModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void CalendarFilterModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    m_search = text;
    if (needle == m_needle)
        return;
    // A longer text that contains the old one can only match rows that matched it (in their key or their
    // application's name).
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_needle = needle;
    m_indexNeedle = CalendarSearchIndex::needle(needle);
    m_namedFor = ~quint64(0);
    refilter(narrowing);
}

void CalendarFilterModel::setApplicationFilter(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    const bool narrowing = m_clientId.isEmpty();
    m_clientId = clientId;
    refilter(narrowing);
}

void CalendarFilterModel::setStatusFilter(std::optional<CalendarRecord::Status> status)
{
    if (status == m_status)
        return;
    const bool narrowing = !m_status;
    m_status = status;
    refilter(narrowing);
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

const QList<char> &CalendarFilterModel::matchingApplications() const
{
    if (m_calendars && m_namedFor != m_calendars->namesGeneration()) {
        m_matchingApplications = m_calendars->applicationsMatching(m_needle);
        m_namedFor = m_calendars->namesGeneration();
    }
    return m_matchingApplications;
}

bool CalendarFilterModel::accepts(int sourceRow) const
{
    if (m_calendars) {
        const int slot = m_calendars->slotAt(sourceRow);
        const int application = m_calendars->applicationOfSlot(slot);
        if (!m_clientId.isEmpty() && application != m_calendars->applicationIndexOf(m_clientId))
            return false;
        if (m_status && m_calendars->statusOfSlot(slot) != *m_status)
            return false;
        if (m_needle.isEmpty() || m_calendars->searchIndex().keyContains(slot, m_indexNeedle))
            return true;
        return matchingApplications().value(application) != 0;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!m_clientId.isEmpty() && index.data(CalendarsModel::ClientIdRole).toString() != m_clientId)
        return false;
    if (m_status && index.data(CalendarsModel::StatusRole).toInt() != int(*m_status))
        return false;
    return m_needle.isEmpty() || index.data(CalendarsModel::SearchKeyRole).toString().contains(m_needle);
}

QList<int> CalendarFilterModel::acceptedRows(const QList<int> *candidates) const
{
    QList<int> rows;
    if (!sourceModel())
        return rows;
    const int count = sourceModel()->rowCount();
    if (m_needle.isEmpty() && m_clientId.isEmpty() && !m_status) {
        rows.resize(count);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    if (candidates) {
        for (const int row : *candidates) {
            if (accepts(row))
                rows.append(row);
        }
        return rows;
    }
    if (!m_calendars || m_needle.isEmpty()) {
        for (int row = 0; row < count; ++row) {
            if (accepts(row))
                rows.append(row);
        }
        return rows;
    }
    // Every row: one scan of the search index marks the slots whose key matches.
    const CalendarSearchIndex &search = m_calendars->searchIndex();
    QList<char> matched(search.slotCount(), 0);
    search.markMatches(m_indexNeedle, matched);
    const QList<char> &named = matchingApplications();
    const int wanted = m_clientId.isEmpty() ? -1 : m_calendars->applicationIndexOf(m_clientId);
    if (!m_clientId.isEmpty() && wanted < 0)
        return rows; // an application without calendars
    for (int row = 0; row < count; ++row) {
        const int slot = m_calendars->slotAt(row);
        const int application = m_calendars->applicationOfSlot(slot);
        if (wanted >= 0 && application != wanted)
            continue;
        if (m_status && m_calendars->statusOfSlot(slot) != *m_status)
            continue;
        if (!matched.at(slot) && !named.value(application))
            continue;
        rows.append(row);
    }
    return rows;
}

void CalendarFilterModel::refilter(bool narrowing)
{
    const bool few = sourceModel() && m_rows.size() <= sourceModel()->rowCount() / narrowingShare;
    showRows(narrowing && few ? acceptedRows(&m_rows) : acceptedRows());
}

void CalendarFilterModel::showRows(QList<int> rows)
{
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex &index : from)
        sources.append(m_rows.value(index.row(), -1));
    m_rows = std::move(rows);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sources.at(i) < 0 ? -1 : proxyRowOf(sources.at(i));
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

int CalendarFilterModel::lowerBound(int sourceRow) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow) - m_rows.cbegin());
}

int CalendarFilterModel::proxyRowOf(int sourceRow) const
{
    const int row = lowerBound(sourceRow);
    return row < m_rows.size() && m_rows.at(row) == sourceRow ? row : -1;
}

void CalendarFilterModel::sourceAboutToBeReset()
{
    beginResetModel();
}

void CalendarFilterModel::sourceReset()
{
    m_namedFor = ~quint64(0);
    m_rows = acceptedRows();
    endResetModel();
}

void CalendarFilterModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(m_layoutFrom.size());
    for (const QModelIndex &index : std::as_const(m_layoutFrom))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void CalendarFilterModel::sourceLayoutChanged()
{
    // A new order (a sort): the same rows pass, at new places.
    m_rows = acceptedRows();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void CalendarFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const int at = lowerBound(first);
    for (int i = at; i < m_rows.size(); ++i) // the rows after the new ones, renumbered; ours stay put
        m_rows[i] += count;
    QList<int> shown;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            shown.append(row);
    }
    if (shown.isEmpty())
        return;
    beginInsertRows({}, at, at + int(shown.size()) - 1);
    m_rows.insert(at, shown.size(), 0);
    std::copy(shown.cbegin(), shown.cend(), m_rows.begin() + at);
    endInsertRows();
}

void CalendarFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int begin = lowerBound(first);
    const int end = lowerBound(last + 1);
    if (end == begin)
        return;
    beginRemoveRows({}, begin, end - 1);
    m_rows.remove(begin, end - begin);
    endRemoveRows();
}

void CalendarFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int i = lowerBound(first); i < m_rows.size(); ++i)
        m_rows[i] -= count;
}

void CalendarFilterModel::sourceRowsAboutToBeMoved(
    const QModelIndex &from, int first, int last, const QModelIndex &to, int dest)
{
    m_moving = false;
    if (from.isValid() || to.isValid())
        return;
    m_moveFirst = lowerBound(first);
    m_moveEnd = lowerBound(last + 1);
    m_moveTo = lowerBound(dest);
    // Only when shown rows change places among the shown rows does the proxy move anything.
    if (m_moveEnd > m_moveFirst && (m_moveTo < m_moveFirst || m_moveTo > m_moveEnd))
        m_moving = beginMoveRows({}, m_moveFirst, m_moveEnd - 1, {}, m_moveTo);
}

void CalendarFilterModel::sourceRowsMoved(
    const QModelIndex &from, int first, int last, const QModelIndex &to, int dest)
{
    if (from.isValid() || to.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (dest > last) { // down: the block goes before old row dest
            if (row >= first && row <= last)
                row += dest - last - 1;
            else if (row > last && row < dest)
                row -= count;
        } else if (dest < first) { // up
            if (row >= first && row <= last)
                row -= first - dest;
            else if (row >= dest && row < first)
                row += count;
        }
    }
    if (m_moving) {
        if (m_moveTo > m_moveEnd)
            std::rotate(m_rows.begin() + m_moveFirst, m_rows.begin() + m_moveEnd, m_rows.begin() + m_moveTo);
        else
            std::rotate(m_rows.begin() + m_moveTo, m_rows.begin() + m_moveFirst, m_rows.begin() + m_moveEnd);
        m_moving = false;
        endMoveRows();
    }
    Q_ASSERT(std::is_sorted(m_rows.cbegin(), m_rows.cend()));
}

void CalendarFilterModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // A changed row may now pass or fail the filter (a new status, a renamed application).
    QList<char> now(last - first + 1);
    int changes = 0;
    {
        int at = lowerBound(first);
        for (int row = first; row <= last; ++row) {
            const bool shown = at < m_rows.size() && m_rows.at(at) == row;
            at += shown ? 1 : 0;
            now[row - first] = accepts(row) ? 1 : 0;
            changes += (now.at(row - first) != 0) != shown ? 1 : 0;
        }
    }
    if (changes > rowByRowLimit) {
        QList<int> rows = m_rows.mid(0, lowerBound(first));
        for (int row = first; row <= last; ++row) {
            if (now.at(row - first))
                rows.append(row);
        }
        rows.append(m_rows.mid(lowerBound(last + 1)));
        showRows(std::move(rows));
    } else if (changes > 0) {
        int at = lowerBound(first);
        for (int row = first; row <= last; ++row) {
            const bool shown = at < m_rows.size() && m_rows.at(at) == row;
            const bool show = now.at(row - first) != 0;
            if (shown && !show) {
                beginRemoveRows({}, at, at);
                m_rows.remove(at);
                endRemoveRows();
            } else if (!shown && show) {
                beginInsertRows({}, at, at);
                m_rows.insert(at, row);
                endInsertRows();
                ++at;
            } else if (shown) {
                ++at;
            }
        }
    }
    const int begin = lowerBound(first);
    const int end = lowerBound(last + 1);
    if (end > begin)
        emit dataChanged(index(begin, topLeft.column()), index(end - 1, bottomRight.column()), roles);
}

void CalendarFilterModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
    } else if (!m_rows.isEmpty()) {
        const int begin = lowerBound(first);
        const int end = lowerBound(last + 1);
        if (end > begin)
            emit headerDataChanged(orientation, begin, end - 1);
    }
}
