#include "registry/OperationsModel.h"

#include "registry/RecordText.h"
#include "registry/Registry.h"

OperationsModel::OperationsModel(Registry *registry, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_limit(limit)
{
    if (registry)
        connect(registry, &Registry::operationLogged, this, &OperationsModel::onOperationLogged);
    reload();
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationRecord &o = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AtColumn:
            return RecordText::dateTime(o.at);
        case ActionColumn:
            return o.action;
        case TargetColumn:
            return o.target;
        case OutcomeColumn:
            return RecordText::outcome(o.outcome);
        case HttpStatusColumn:
            return o.httpStatus > 0 ? QString::number(o.httpStatus) : QString();
        case MessageColumn:
            return o.message;
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case AtColumn:
            return o.at;
        case ActionColumn:
            return o.action;
        case TargetColumn:
            return o.target;
        case OutcomeColumn:
            return int(o.outcome);
        case HttpStatusColumn:
            return o.httpStatus;
        case MessageColumn:
            return o.message;
        }
        return {};
    }
    if (role == IdRole)
        return o.id;
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title is its own tooltip: a narrowed column (or a long translation) cuts it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP status");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

OperationRecord OperationsModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : OperationRecord {};
}

void OperationsModel::reload()
{
    beginResetModel();
    m_rows = m_registry ? m_registry->operations(m_limit) : QList<OperationRecord> {};
    endResetModel();
}

void OperationsModel::onOperationLogged()
{
    if (!m_registry)
        return;
    const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
    // The few newest entries: one signal is one entry, but be robust to several between two signals.
    const QList<OperationRecord> latest = m_registry->operations(16);
    QList<OperationRecord> fresh;
    for (const OperationRecord &o : latest) {
        if (o.id > newest)
            fresh.append(o);
    }
    if (fresh.size() == latest.size() && !m_rows.isEmpty()) {
        reload(); // more than we fetched happened in between
        return;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
    if (m_rows.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_rows.size()) - 1);
        m_rows.resize(m_limit);
        endRemoveRows();
    }
}
