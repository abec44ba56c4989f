#pragma once

#include "registry/RegistryTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class Registry;

// The operation log, newest first, at most `limit` rows. New entries (Registry::operationLogged) are
// inserted at the top; reload() re-reads for entries written by another process (cronofyctl).
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AtColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        HttpStatusColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole; // raw value: QDateTime, QString or int
    static constexpr int IdRole = Qt::UserRole + 1; // qint64, the entry's id

    explicit OperationsModel(Registry *registry, int limit = 1000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    OperationRecord record(int row) const;

public slots:
    void reload();

private:
    void onOperationLogged();

    QPointer<Registry> m_registry;
    int m_limit;
    QList<OperationRecord> m_rows; // newest first
};
