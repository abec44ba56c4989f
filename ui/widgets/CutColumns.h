#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QVariant>

// The columns of an item view whose cells may be cut short ("room-4…1234") because the full text is one
// hover away, in the cell's tool tip (and usually in a details pane too): ids in a fitted table, a
// 255-character invalid id. Every other cell of every view is meant to be read whole, and the layout audit
// (tests/gui/LayoutAudit) fails on any that is cut.
namespace CutColumns {
inline constexpr char property[] = "cutColumns";

inline void allow(QAbstractItemView *view, const QList<int> &columns)
{
    QVariantList list;
    for (int column : columns)
        list.append(column);
    view->setProperty(property, list);
}

// Every column (a table whose columns are narrowed to fit its width).
inline void allowAll(QAbstractItemView *view)
{
    allow(view, {-1});
}

inline bool allowed(const QAbstractItemView *view, int column)
{
    const QVariantList columns = view->property(property).toList();
    return columns.contains(QVariant(column)) || columns.contains(QVariant(-1));
}
} // namespace CutColumns
