#pragma once

#include <QSortFilterProxyModel>

// The Applications page's list as filtered: the search text in any column, and one account (or all).
class ApplicationsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Empty: every account.
    void setAccount(const QString &account);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_account;
};
