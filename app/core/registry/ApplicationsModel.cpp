#include "registry/ApplicationsModel.h"

#include "accounts/AccountList.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"

ApplicationsModel::ApplicationsModel(Registry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    if (registry)
        connect(registry, &Registry::applicationChanged, this, &ApplicationsModel::onApplicationChanged);
    reload();
}

int ApplicationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationRecord &a = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case ClientIdColumn:
            return a.clientId;
        case DataCenterColumn:
            return RecordText::dataCenter(a.dataCenter);
        case AccountColumn:
            return accountRemoved(a) ? tr("%1 (removed)").arg(a.account) : a.account;
        case OriginColumn:
            return RecordText::origin(a.origin);
        case CreatedColumn:
            return RecordText::dateTime(a.createdAt);
        case SecretColumn:
            return RecordText::secretState(a.secretState);
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case ClientIdColumn:
            return a.clientId;
        case DataCenterColumn:
            return a.dataCenter;
        case AccountColumn:
            return a.account;
        case OriginColumn:
            return int(a.origin);
        case CreatedColumn:
            return a.createdAt;
        case SecretColumn:
            return int(a.secretState);
        }
        return {};
    }
    if (role == IdRole)
        return a.clientId;
    if (role == AccountRole)
        return a.account;
    return {};
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title is its own tooltip: a narrowed column (or a long translation) cuts it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClientIdColumn:
        return tr("Client ID");
    case DataCenterColumn:
        return tr("Data center");
    case AccountColumn:
        return tr("Account");
    case OriginColumn:
        return tr("Origin");
    case CreatedColumn:
        return tr("Added");
    case SecretColumn:
        return tr("Client secret");
    }
    return {};
}

ApplicationRecord ApplicationsModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ApplicationRecord {};
}

int ApplicationsModel::rowOf(const QString &clientId) const
{
    return m_rowOf.value(clientId, -1);
}

void ApplicationsModel::reload()
{
    beginResetModel();
    m_rows = m_registry ? m_registry->applications() : QList<ApplicationRecord> {};
    readAccounts();
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).clientId, row);
    endResetModel();
}

bool ApplicationsModel::accountRemoved(const ApplicationRecord &application) const
{
    return !application.account.isEmpty() && application.dataCenter != QLatin1String("sandbox")
        && !m_accounts.contains(application.account, Qt::CaseInsensitive);
}

void ApplicationsModel::readAccounts()
{
    m_accounts.clear();
    for (const Account &account : AccountList::all())
        m_accounts.append(account.name);
}

void ApplicationsModel::onApplicationChanged(const QString &clientId)
{
    if (!m_registry)
        return;
    const std::optional<ApplicationRecord> fresh = m_registry->application(clientId);
    if (fresh && !fresh->account.isEmpty() && !m_accounts.contains(fresh->account, Qt::CaseInsensitive))
        readAccounts(); // an account added since the last reload()
    const int row = rowOf(clientId);
    if (!fresh) {
        if (row >= 0)
            reload();
        return;
    }
    if (row >= 0) {
        m_rows[row] = *fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(*fresh);
    m_rowOf.insert(clientId, at);
    endInsertRows();
}
