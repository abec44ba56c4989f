#pragma once

#include <QStyledItemDelegate>
#include <QTimer>

class QTreeView;

// Cells a person must read whole (why a line of a file is skipped, what went wrong): their text wraps at
// their column's width and each row is as high as its text needs. Qt's tree view measures a row without
// its column's width, so a wrapped cell would keep one line; this delegate gives it that width, and lays
// the rows out again when a column's width changes.
//
//   WordWrapDelegate::install(view); // the view gets word wrap, rows of their own heights, this delegate
class WordWrapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static WordWrapDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width of the view's viewport that shows every cell on one line: the other columns as they are, the
    // last (stretched) one as wide as its longest text. Looks at up to `rows` rows, expanded or not.
    static int oneLineWidth(const QTreeView *view, int rows = 2000);

private:
    explicit WordWrapDelegate(QTreeView *view);

    QTreeView *m_view;
    QTimer m_relayout;
};
