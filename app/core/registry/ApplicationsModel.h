#pragma once

#include "registry/RegistryTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

class Registry;

// The applications of the kept list. Follows Registry::applicationChanged row by row; reload() re-reads
// everything (for changes made by another process, e.g. cronofyctl: call it when the window is activated).
// Sort with a QSortFilterProxyModel on SortRole (raw values).
class ApplicationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ClientIdColumn,
        DataCenterColumn,
        AccountColumn,
        OriginColumn,
        CreatedColumn,
        SecretColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole; // raw value: QString, QDateTime or int (enum)
    static constexpr int IdRole = Qt::UserRole + 1; // QString, the client_id
    static constexpr int AccountRole = Qt::UserRole + 2; // QString, the account's name as the row keeps it

    explicit ApplicationsModel(Registry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ApplicationRecord record(int row) const;
    int rowOf(const QString &clientId) const;
    // Whether the account that created `application` was removed since (its row stays listed). The offline
    // sandbox's key is not an account the person keeps (the sandbox makes it), so it is never "removed".
    bool accountRemoved(const ApplicationRecord &application) const;

public slots:
    void reload();

private:
    void onApplicationChanged(const QString &clientId);
    void readAccounts();

    QPointer<Registry> m_registry;
    QList<ApplicationRecord> m_rows;
    QHash<QString, int> m_rowOf;
    QStringList m_accounts; // AccountList's names at the last reload(): the others were removed
};
