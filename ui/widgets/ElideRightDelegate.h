#pragma once

#include <QStyledItemDelegate>

// Cuts a cell's text at its end ("Field Service…") whatever the view's elide mode: for names and dates in a
// table whose ids are elided in the middle (where ids differ least).
class ElideRightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
