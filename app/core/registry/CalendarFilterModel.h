#pragma once

#include "registry/RegistryTypes.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

#include <optional>

class CalendarsModel;

// What the calendar list shows: a search box, one application, one status. Built for 100,000 rows.
//
// A proxy that only filters: it keeps the source's order (sorting is forwarded to the source,
// CalendarsModel::sort on the raw SortRole values) and holds the source rows it shows as one ascending list.
// QSortFilterProxyModel rebuilt its whole mapping on every keystroke (about 20 ms at 100,000 rows, most of
// it spent on rows that stay); here a keystroke is one scan of CalendarsModel's search index
// (CalendarSearchIndex), or only a check of the rows shown when the new text extends the old one, and a
// keystroke that shows the same rows changes nothing. Views keep their current row through the
// layoutChanged a new filter emits.
//
// With another source model (tests) it filters through the roles instead (ClientIdRole, StatusRole,
// SearchKeyRole).
class CalendarFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CalendarFilterModel(QObject *parent = nullptr);
    ~CalendarFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Case-insensitive substring of application_calendar_id, sub, profile name, application name or
    // client_id.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Only one application's calendars; an empty client_id shows every application.
    void setApplicationFilter(const QString &clientId);
    QString applicationFilter() const { return m_clientId; }
    // Only one status; std::nullopt shows every status.
    void setStatusFilter(std::optional<CalendarRecord::Status> status);
    std::optional<CalendarRecord::Status> statusFilter() const { return m_status; }

    // The row ids (CalendarsModel::IdRole) of the rows shown, in the order shown: for "export shown rows".
    QList<qint64> visibleIds() const;

private:
    // Whether the source row passes every filter.
    bool accepts(int sourceRow) const;
    // The source rows that pass, ascending: every row, or only `candidates` (ascending source rows that are
    // known to be a superset of the answer).
    QList<int> acceptedRows(const QList<int> *candidates = nullptr) const;
    // Shows `rows` instead of m_rows: one layout change that carries persistent indexes (the view's current
    // row and selection) over; nothing at all when the rows are the same.
    void showRows(QList<int> rows);
    // Recomputes m_rows; `narrowing`: every row that passes now passed before.
    void refilter(bool narrowing = false);
    // The proxy row of a source row, or -1 when it is hidden.
    int proxyRowOf(int sourceRow) const;
    int lowerBound(int sourceRow) const;
    const QList<char> &matchingApplications() const;

    void sourceAboutToBeReset();
    void sourceReset();
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeMoved(
        const QModelIndex &from, int first, int last, const QModelIndex &to, int dest);
    void sourceRowsMoved(const QModelIndex &from, int first, int last, const QModelIndex &to, int dest);
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QList<int> m_rows; // proxy row -> source row, ascending
    QPointer<CalendarsModel> m_calendars;
    QList<QMetaObject::Connection> m_connections;
    // Between a source's layoutAboutToBeChanged and layoutChanged: our persistent indexes and their sources.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSources;
    // Between a source's rowsAboutToBeMoved and rowsMoved: whether we began a move of our own.
    bool m_moving = false;
    int m_moveFirst = 0; // our rows [m_moveFirst, m_moveEnd) move before our row m_moveTo
    int m_moveEnd = 0;
    int m_moveTo = 0;

    QString m_search;
    QString m_needle; // m_search, trimmed and lowercased
    QByteArray m_indexNeedle; // m_needle as CalendarSearchIndex compares it
    // Per application index, whether its client_id or name contains m_needle
    // (CalendarsModel::applicationsMatching), and the names generation it was made for.
    mutable QList<char> m_matchingApplications;
    mutable quint64 m_namedFor = ~quint64(0);
    QString m_clientId;
    std::optional<CalendarRecord::Status> m_status;
};
