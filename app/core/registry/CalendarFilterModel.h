#pragma once

#include "registry/RegistryTypes.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

class CalendarsModel;

// What the calendar list shows: a search box, one application, one status. Built for 100,000 rows: the
// source model keeps a lowercase search key per row (CalendarsModel::SearchKeyRole) and filterAcceptsRow
// does one search on it, with no QVariant per row when the source is a CalendarsModel. Application names
// are matched once per keystroke (a few applications), not once per row.
//
// Sorting is forwarded to the source model (CalendarsModel::sort, on the raw SortRole values), so a
// keystroke never re-sorts 100,000 rows; the proxy keeps the source's order.
class CalendarFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CalendarFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QPointer<CalendarsModel> m_calendars;
    QString m_search;
    QString m_needle; // m_search, trimmed and lowercased
    QStringMatcher m_matcher; // for m_needle: its skip table is built once per keystroke, not once per row
    // The client_ids whose application name contains m_needle, and the names generation they were made for.
    mutable QList<QString> m_namedClients;
    mutable quint64 m_namedFor = ~quint64(0);
    QString m_clientId;
    std::optional<CalendarRecord::Status> m_status;
};
