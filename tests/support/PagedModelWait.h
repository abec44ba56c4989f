#pragma once

#include "list/PagedListModel.h"

#include <QTest>

// Waiting for a PagedListModel as a view would see it, for tests on either store (the file, PostgreSQL).
namespace PagedModelWait {

// Waits until the model shows its query and has read every row (scrolling to the end as a view would).
inline bool loadAll(PagedListModel &model)
{
    if (!QTest::qWaitFor([&] { return !model.isFetching(); }, 10000))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return !model.isFetching(); }, 10000))
            return false;
    }
    // Every page in memory again (pages scrolled past may have been evicted).
    for (int row = 0; row < model.rowCount(); row += PagedListModel::pageSize) {
        if (!QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, 10000))
            return false;
    }
    return true;
}

// The ids of the rows shown, in the model's order.
inline QList<qint64> ids(PagedListModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, 10000))
            return {};
        out.append(model.rowAt(row)->id());
    }
    return out;
}

} // namespace PagedModelWait
