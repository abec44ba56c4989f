#include "WordWrapDelegate.h"

#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

WordWrapDelegate::WordWrapDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    // Once per turn of the event loop however many sections moved (a dialog resize moves them all).
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, &m_relayout, qOverload<>(&QTimer::start));
}

WordWrapDelegate *WordWrapDelegate::install(QTreeView *view)
{
    auto *delegate = new WordWrapDelegate(view);
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    return delegate;
}

QSize WordWrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem sized = option;
    const QModelIndex parent = index.parent();
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0 && m_view->isFirstColumnSpanned(index.row(), parent))
        width = m_view->viewport()->width(); // a group's title spans the row
    if (index.column() == m_view->treePosition()) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = parent; up.isValid(); up = up.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    sized.rect = QRect(0, 0, std::max(1, width), std::max(1, option.fontMetrics.height()));
    return QStyledItemDelegate::sizeHint(sized, index);
}

int WordWrapDelegate::oneLineWidth(const QTreeView *view, int rows)
{
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = view->header();
    if (!model || header->count() == 0)
        return 0;
    const int last = header->logicalIndex(header->count() - 1);
    int others = 0;
    for (int visual = 0; visual < header->count() - 1; ++visual)
        others += header->sectionSize(header->logicalIndex(visual));
    // The one-line width of the last column's cells, as the style measures them (margins included): a
    // plain delegate, with no word wrap in its option.
    const QStyledItemDelegate plain;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.decorationSize = view->iconSize();
    int widest = header->sectionSizeHint(last);
    int seen = 0;
    QList<QModelIndex> parents {QModelIndex()};
    while (!parents.isEmpty() && seen < rows) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < model->rowCount(parent) && seen < rows; ++row, ++seen) {
            if (!view->isFirstColumnSpanned(row, parent))
                widest = std::max(widest, plain.sizeHint(option, model->index(row, last, parent)).width());
            if (model->hasChildren(model->index(row, 0, parent)))
                parents.append(model->index(row, 0, parent));
        }
    }
    return others + widest;
}
