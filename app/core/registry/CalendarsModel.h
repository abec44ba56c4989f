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
// Each row is kept compact (see Entry), and found again by its row id: the registry gives every
// (client_id, application_calendar_id) one id for good.
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
    // The search index holds each slot's key: application_calendar_id, sub and profile name, lowercased,
    // separated by U+001F (which nobody types, so a search never matches across two fields). The client_id
    // and the application's name are matched once per application, not once per row
    // (applicationsMatching()).
    int slotAt(int row) const { return m_order.at(row); }
    const CalendarSearchIndex &searchIndex() const { return m_search; }
    // Applications are numbered in the order their first calendar appears (until reload()).
    int applicationOfSlot(int slot) const { return m_entries.at(slot).application; }
    int applicationIndexOf(const QString &clientId) const
    {
        return m_applicationIndex.value(clientId.toUtf8(), -1);
    }
    CalendarRecord::Status statusOfSlot(int slot) const { return m_entries.at(slot).status; }
    // One flag per application index: 1 when its client_id or its name contains `lowercaseNeedle`.
    QList<char> applicationsMatching(const QString &lowercaseNeedle) const;
    // Changes whenever applicationsMatching() may answer differently: a name changed, or an application got
    // its first calendar (for caches).
    quint64 namesGeneration() const { return m_namesGeneration; }

public slots:
    // Reads every calendar again (a model reset). For changes made by another process.
    void reload();

private:
    // The texts of a Registry::CalendarRow after its client_id, in that order.
    enum Field {
        CalendarIdField,
        SubField,
        ProfileNameField,
        ProfileIdField,
        ProviderField,
        ScopeField,
        LastErrorField,
        FieldCount
    };
    // One calendar in 64 bytes plus its text in m_text (UTF-8): the row's client_id is an application
    // index, dates are numbers, and the texts of all rows share one buffer instead of a string each (fewer
    // pages to fault in when 100,000 rows load).
    struct Entry
    {
        qint64 id = 0;
        qint64 provisionedAtMs = 0;
        qint64 lastSeenAtMs = 0;
        // Field f is m_text[start[f], start[f + 1] - 1): the fields are separated by one byte
        // (Registry::rowSeparator), and start[FieldCount] is one past the row's end.
        std::array<quint32, FieldCount + 1> start {};
        quint32 application = 0; // index in m_clientIds
        CalendarRecord::Status status = CalendarRecord::Status::Active;
    };
    // Appends a calendar's text to m_text and returns its entry (the caller stores it and its search key).
    Entry entryFrom(const Registry::CalendarRow &row);
    Entry entryFrom(const CalendarRecord &record);
    // The index of a client_id, numbering it when it is new.
    int applicationIndex(QByteArrayView clientId);
    QByteArrayView field(const Entry &entry, Field f) const;
    QString fieldText(const Entry &entry, Field f) const { return QString::fromUtf8(field(entry, f)); }
    // What the search box matches per row: application_calendar_id .. profile name (the separators stay).
    QByteArrayView searchedText(const Entry &entry) const;
    // Once more than half of m_text belongs to replaced rows, keeps only the live text.
    void compactText();
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
    QByteArray m_text; // every row's fields (UTF-8), see Entry::start
    qsizetype m_replacedText = 0; // bytes of m_text that belong to rows since replaced
    CalendarSearchIndex m_search; // slot -> lowercase search key
    QList<QString> m_clientIds; // application index -> client_id
    QHash<QByteArray, int> m_applicationIndex; // client_id (UTF-8) -> application index
    QHash<QString, QString> m_applicationNames; // client_id -> name
    quint64 m_namesGeneration = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
