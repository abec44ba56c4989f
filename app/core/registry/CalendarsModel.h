#pragma once

#include "registry/CalendarSearchIndex.h"
#include "registry/Registry.h"
#include "registry/RegistryTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <array>

class Registry;

// The calendars of the kept list as a table. Loads every calendar once (reload()), then follows the
// Registry's signals row by row: calendarChanged inserts one row or updates one row, never a reset.
//
// Each row is kept compact (Registry::packedCalendars(): two strings per row), and found again by its row id:
// the registry gives every (client_id, application_calendar_id) one id for good.
//
// Changes made by another process (cronofyctl on the same file) send no signal here: call reload() for
// them, e.g. when the window becomes active again (QGuiApplication::applicationStateChanged).
//
// Sorting happens here, on the raw values SortRole gives (dates, enum ints, text), not in the proxy: a
// QSortFilterProxyModel that sorts re-sorts every accepted row on each filter change, which at 100,000
// calendars costs more than the 20 ms a keystroke may take. CalendarFilterModel::sort() forwards here.
class CalendarsModel : public QAbstractTableModel
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
    static constexpr int SearchKeyRole = Qt::UserRole + 4; // QString, lowercase, what the search box matches
    static constexpr int StatusRole = Qt::UserRole + 5; // int, CalendarRecord::Status

    explicit CalendarsModel(Registry *registry, QObject *parent = nullptr);
    ~CalendarsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    CalendarRecord record(int row) const;
    // -1 when the calendar is not in the list.
    int rowOf(const QString &clientId, const QString &applicationCalendarId) const;

    // Direct access for CalendarFilterModel (no QVariant per row and keystroke). A row's slot is where its
    // calendar is stored; slots stay put while rows move (sorting, insertions) until reload().
    // The search index holds each slot's key: client_id, application_calendar_id, sub and profile name,
    // lowercased, separated by U+001F (which nobody types, so a search never matches across two fields).
    int slotAt(int row) const { return m_order.at(row); }
    const CalendarSearchIndex &searchIndex() const { return m_search; }
    QStringView clientIdOfSlot(int slot) const { return field(m_entries.at(slot), ClientIdField); }
    CalendarRecord::Status statusOfSlot(int slot) const { return m_entries.at(slot).status; }
    // The client_ids of the applications whose name contains `lowercaseNeedle` (names are matched once per
    // keystroke, not once per row).
    QList<QString> applicationsNamed(const QString &lowercaseNeedle) const;
    // Changes whenever an application's name may have changed (for caches of applicationsNamed()).
    quint64 namesGeneration() const { return m_namesGeneration; }

public slots:
    // Reads every calendar again (a model reset). For changes made by another process.
    void reload();

private:
    // Registry::PackedCalendar's field order.
    enum Field {
        ClientIdField,
        CalendarIdField,
        SubField,
        ProfileNameField,
        ProfileIdField,
        ProviderField,
        ScopeField,
        LastErrorField,
        FieldCount
    };
    // One calendar in about 300 bytes: two strings instead of ten (100,000 rows stay far under the RSS
    // budget).
    struct Entry
    {
        qint64 id = 0;
        qint64 provisionedAtMs = 0;
        qint64 lastSeenAtMs = 0;
        CalendarRecord::Status status = CalendarRecord::Status::Active;
        std::array<quint32, FieldCount> start {}; // where each field begins in `fields`
        QString fields; // Registry::PackedCalendar::fields
    };
    static Entry entryFrom(Registry::PackedCalendar &&packed);
    static Entry entryFrom(const CalendarRecord &record);
    static QStringView field(const Entry &entry, Field f);
    // What the search box matches: client_id .. profile name (the separators stay).
    static QStringView searchedText(const Entry &entry);
    // The slot of a row id, -1 if none (m_entries is ordered by id: loaded so, and new rows have higher ids).
    int slotOfId(qint64 id) const;
    CalendarRecord recordOf(const Entry &entry) const;
    QString applicationNameOf(const Entry &entry) const;
    // Orders m_order by m_sortColumn / m_sortOrder (the same order as slotLess, computed faster).
    void sortSlots();
    void onCalendarChanged(const QString &clientId, const QString &applicationCalendarId);
    void onApplicationChanged(const QString &clientId);
    bool slotLess(int a, int b) const;
    int sortedPosition(int slot) const;
    void renumber(int fromRow, int toRow);

    QPointer<Registry> m_registry;
    QList<Entry>
        m_entries; // storage, ordered by id; an entry's index (its slot) never changes until reload()
    QList<int> m_order; // row -> slot
    QList<int> m_rowOfSlot; // slot -> row
    CalendarSearchIndex m_search; // slot -> lowercase search key
    QHash<QString, QString> m_applicationNames; // client_id -> name
    quint64 m_namesGeneration = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
