#pragma once

#include "list/PagedListModel.h"
#include "registry/RegistryTypes.h"

#include <QHash>
#include <QPointer>

#include <optional>

class Registry;

// The calendars of the kept list as a table of any size: a PagedListModel over ListSources::calendars()
// (docs/kept-list.md). It holds a few pages, never the whole list; search, filters and sort are its query,
// answered by the list's worker thread from the store's indexes.
//
// It reads its own connection to the registry's file, so rows written by another process (cronofyctl)
// appear by themselves; rows this process writes (Registry's signals) appear at once.
// Nothing is read until start() (the Calendars page calls it when it is first shown).
class CalendarsModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column {
        ApplicationColumn,
        CalendarIdColumn,
        SubColumn,
        ProfileColumn,
        ProviderColumn,
        ProvisionedColumn,
        LastSeenColumn,
        StatusColumn,
        LastErrorColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole; // raw value: QString, QDateTime or int (Status)
    static constexpr int IdRole = Qt::UserRole + 1; // qint64, the record's row id
    static constexpr int ClientIdRole = Qt::UserRole + 2; // QString
    static constexpr int ApplicationCalendarIdRole = Qt::UserRole + 3; // QString
    static constexpr int StatusRole = Qt::UserRole + 5; // int, CalendarRecord::Status

    explicit CalendarsModel(Registry *registry, QObject *parent = nullptr);
    ~CalendarsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The calendar of a row whose page is in memory (an empty record otherwise).
    CalendarRecord record(int row) const;
    // The row of a calendar among the rows in memory; -1 when it is not there.
    int rowOf(const QString &clientId, const QString &applicationCalendarId) const;
    // The query the model shows, for an export of the rows shown.
    ListQuery shownQuery() const { return query(); }

    // A calendar's record from its values (in ListSources::calendars() column order).
    static CalendarRecord recordOf(const ListRow &row);

public slots:
    // Reads the application names and the shown pages again (changes are followed by themselves; for the
    // window's activation and a shared list once connected, or after a write too large to name its rows).
    void reload();

private:
    void updateQuery();
    void onApplicationChanged(const QString &clientId);
    QString applicationName(const QString &clientId) const;

    QPointer<Registry> m_registry;
    QHash<QString, QString> m_applicationNames; // client_id -> name
    QString m_search;
    QString m_clientId;
    std::optional<CalendarRecord::Status> m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
