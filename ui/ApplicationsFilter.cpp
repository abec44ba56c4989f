#include "ApplicationsFilter.h"

#include "registry/ApplicationsModel.h"

void ApplicationsFilter::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    invalidateRowsFilter();
}

bool ApplicationsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_account.isEmpty()) {
        const QString rowAccount = sourceModel()
                                       ->index(sourceRow, 0, sourceParent)
                                       .data(ApplicationsModel::AccountRole)
                                       .toString();
        if (rowAccount.compare(m_account, Qt::CaseInsensitive) != 0)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
