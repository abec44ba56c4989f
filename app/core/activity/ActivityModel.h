#pragma once

#include "list/PagedListModel.h"
#include "registry/RegistryTypes.h"

#include <QHash>
#include <QPointer>

#include <optional>

class Registry;

// The operation log as a table of any size, newest first: a PagedListModel over ListSources::operations(),
// read by the list's worker thread (the GUI thread never waits on SQL). It shows one level at a time: the
// runs and single operations, or, once a run is opened (setRun), that run's failed calendars.
// Search, the outcome and the application filters are its query. Nothing is read until start().
class ActivityModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column {
        AtColumn,
        ActionColumn,
        ApplicationColumn,
        CalendarColumn,
        AccountColumn,
        DataCenterColumn,
        OutcomeColumn,
        HttpStatusColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64, the entry's id
    static constexpr int RunIdRole = Qt::UserRole + 2; // QString, non-empty for a bulk run's entry

    explicit ActivityModel(Registry *registry, QObject *parent = nullptr);
    ~ActivityModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Case-insensitive substring of the action, what it was on, the account, the message or the
    // application's name.
    void setSearchText(const QString &text);
    // Only one outcome; std::nullopt shows both.
    void setOutcomeFilter(std::optional<OperationRecord::Outcome> outcome);
    // Only one application's entries; empty shows every application.
    void setApplicationFilter(const QString &clientId);
    // The failures of one bulk run (its runId); empty: the runs and single operations.
    void setRun(const QString &runId);
    QString run() const { return m_runId; }

    // The entry of a row whose page is in memory (an empty record otherwise).
    OperationRecord record(int row) const;
    // The query of an export of what is shown: the same filters and search, a run's failures with it,
    // newest first by id (the order the entries were written).
    ListQuery exportQuery() const;

    static OperationRecord recordOf(const ListRow &row);
    // The query of the entries of every level, newest first, optionally of one application and outcome.
    static ListQuery everyEntry(const QString &clientId, std::optional<OperationRecord::Outcome> outcome);
    // What an entry was on, as a person reads it: the calendar, else the application's client_id, else its
    // target.
    static QString subjectOf(const OperationRecord &operation);

public slots:
    // Reads the application names and the shown pages again.
    void reload();

private:
    void updateQuery();
    QString applicationName(const QString &clientId) const;

    QPointer<Registry> m_registry;
    QHash<QString, QString> m_applicationNames;
    QString m_search;
    QString m_clientId;
    QString m_runId;
    std::optional<OperationRecord::Outcome> m_outcome;
};
