#include "LayoutAudit.h"

#include "widgets/CutColumns.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QTreeView>

namespace {

struct Seen
{
    QWidget *widget = nullptr;
    QRect rect; // in the window's coordinates
    QRect visible; // rect, clipped by every ancestor up to the window (or the scroll area's viewport)
    QRect bounds; // what it must stay inside: the window, or the content of the scroll area it is in
};

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *box = qobject_cast<const QGroupBox *>(w))
        text = box->title();
    else if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        text = edit->toPlainText();
    text = text.left(40);
    const QString name
        = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text);
}

// Qt's own parts of a scroll area or a splitter (its viewport, scroll bar containers, handles); the rest of
// what Qt names qt_* (a tab widget's pages, a message box's labels and buttons) is laid out like ours.
bool isInternal(const QWidget *w)
{
    const QString name = w->objectName();
    return name.startsWith(QLatin1String("qt_scrollarea"))
        || name.startsWith(QLatin1String("qt_splithandle"));
}

// Widgets whose children are Qt's own business, not a layout of ours.
bool isCompound(const QWidget *w)
{
    return qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTabBar *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QProgressBar *>(w) || qobject_cast<const QAbstractButton *>(w);
}

// Something a person reads or operates; containers (plain widgets, frames, group boxes, stacks) are not.
bool isControl(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().isEmpty() || !label->pixmap().isNull();
    return isCompound(w);
}

// Buttons, fields and boxes: what a screen reader must be able to name.
bool needsName(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QGroupBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QProgressBar *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractSlider *>(w);
}

class Walker
{
public:
    explicit Walker(QWidget *window)
        : m_window(window)
    { }

    QList<Seen> seen;
    QStringList nameProblems;

    void walk() { walk(m_window, m_window->rect(), m_window->rect()); }

private:
    void walk(QWidget *parent, const QRect &clip, const QRect &bounds)
    {
        const auto children = parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (child->isWindow() || !child->isVisible())
                continue;
            const QRect rect(child->mapTo(m_window, QPoint(0, 0)), child->size());
            const QRect visible = rect.intersected(clip);
            if (auto *area = qobject_cast<QScrollArea *>(child)) {
                seen.append({child, rect, visible, bounds});
                checkName(child);
                // What is in the area may be scrolled to: it is bounded by the content, clipped by the view.
                if (QWidget *content = area->widget(); content && content->isVisible()) {
                    const QRect viewport(
                        area->viewport()->mapTo(m_window, QPoint(0, 0)), area->viewport()->size());
                    const QRect contentRect(content->mapTo(m_window, QPoint(0, 0)), content->size());
                    walk(content, visible.intersected(viewport), contentRect);
                }
                continue;
            }
            if (isInternal(child))
                continue;
            seen.append({child, rect, visible, bounds});
            checkName(child);
            if (auto *edit = qobject_cast<QLineEdit *>(child)) {
                // A line edit's own buttons (the clear button) are read out as buttons.
                for (QAbstractButton *button : edit->findChildren<QAbstractButton *>()) {
                    if (button->isVisible())
                        checkName(button);
                }
            }
            if (!isCompound(child))
                walk(child, visible, bounds);
        }
    }

    void checkName(QWidget *w)
    {
        if (!needsName(w))
            return;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            nameProblems << QStringLiteral("no accessible name: %1").arg(describe(w));
    }

    QWidget *m_window;
};

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

bool wordWraps(const QAbstractItemView *view)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->wordWrap();
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->wordWrap();
    if (const auto *list = qobject_cast<const QListView *>(view))
        return list->wordWrap();
    return false;
}

// Cells of an item view whose text is cut short ("The calendar ID is too…"): the text does not fit its
// rectangle on one line, or, in a view that wraps, in its row's height. A column that allows it (CutColumns)
// may cut a cell whose tool tip has the text. Rows scrolled away count (a person scrolls to them); rows
// under a collapsed parent do not (they have no rectangle), nor more than kMaxCells cells of a view.
void checkCells(const QAbstractItemView *view, const QString &name, QStringList &out)
{
    constexpr int kMaxCells = 2000;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int looked = 0;
    // A row's place: "4", or "2.4" for the fifth row under the third.
    const auto place = [](QModelIndex index) {
        QStringList rows;
        for (; index.isValid(); index = index.parent())
            rows.prepend(QString::number(index.row()));
        return rows.join(QLatin1Char('.'));
    };
    QList<QModelIndex> parents {view->rootIndex()};
    while (!parents.isEmpty() && looked < kMaxCells) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < model->rowCount(parent) && looked < kMaxCells; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column, ++looked) {
                const QModelIndex index = model->index(row, column, parent);
                const QString text = index.data(Qt::DisplayRole).toString();
                const QRect rect = view->visualRect(index);
                if (text.isEmpty() || rect.isEmpty())
                    continue;
                const QVariant fontData = index.data(Qt::FontRole);
                const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : view->font());
                int room = rect.width() - 2 * margin;
                if (!index.data(Qt::DecorationRole).isNull())
                    room -= view->iconSize().width() + 2 * margin;
                const QRect needed = wordWraps(view)
                    ? metrics.boundingRect(QRect(0, 0, std::max(room, 1), 1 << 20), Qt::TextWordWrap, text)
                    : metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), 0, text);
                const bool cut = needed.width() > room + 1 || needed.height() > rect.height();
                if (!cut)
                    continue;
                if (CutColumns::allowed(view, column) && !index.data(Qt::ToolTipRole).toString().isEmpty())
                    continue;
                out << QStringLiteral("%1: the text of row %2, column %3 is cut (%4 in %5): \"%6\"")
                           .arg(name)
                           .arg(place(index))
                           .arg(column)
                           .arg(sizeText(needed.size()), sizeText(QSize(room, rect.height())), text.left(60));
            }
            if (model->hasChildren(model->index(row, 0, parent)))
                parents.append(model->index(row, 0, parent));
        }
    }
}

bool isAncestor(const QWidget *ancestor, const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p == ancestor)
            return true;
    }
    return false;
}

} // namespace

namespace LayoutAudit {

QStringList problems(QWidget *window)
{
    QStringList out;
    Walker walker(window);
    walker.walk();

    // The window on its screen.
    if (const QScreen *screen = window->screen()) {
        const QRect available = screen->availableGeometry();
        const QRect frame = window->frameGeometry();
        if (frame.width() > available.width() || frame.height() > available.height())
            out << QStringLiteral("the window (%1) is larger than the screen's available area (%2)")
                       .arg(sizeText(frame.size()), sizeText(available.size()));
    }

    // A dialog that scrolls what it says while the screen has room for more of it.
    if (qobject_cast<const QDialog *>(window) && window->screen()) {
        const int room = window->screen()->availableGeometry().height();
        const int height = window->frameGeometry().height();
        for (const Seen &s : std::as_const(walker.seen)) {
            const auto *area = qobject_cast<const QScrollArea *>(s.widget);
            if (area && area->verticalScrollBar()->isVisible() && area->verticalScrollBar()->maximum() > 0
                && height < room - 8)
                out << QStringLiteral("%1 scrolls, but the dialog is %2 px high of the screen's %3")
                           .arg(describe(area))
                           .arg(height)
                           .arg(room);
        }
    }

    for (const Seen &s : std::as_const(walker.seen)) {
        QWidget *w = s.widget;
        const QSizePolicy policy = w->sizePolicy();
        QSize minimum = w->minimumSizeHint();
        if (w->minimumWidth() > 0)
            minimum.setWidth(w->minimumWidth());
        if (w->minimumHeight() > 0)
            minimum.setHeight(w->minimumHeight());
        const bool narrow = policy.horizontalPolicy() != QSizePolicy::Ignored && w->width() < minimum.width();
        const bool low = policy.verticalPolicy() != QSizePolicy::Ignored && w->height() < minimum.height();
        if (minimum.isValid() && (narrow || low))
            out << QStringLiteral("%1 is %2, smaller than its minimum %3")
                       .arg(describe(w), sizeText(w->size()), sizeText(minimum));
        // A word-wrapped label, or a text control that wraps its value (ui/widgets/ValueField).
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool wraps
            = label ? label->wordWrap() : qobject_cast<const QTextEdit *>(w) && w->hasHeightForWidth();
        if (wraps) {
            const int needed = w->heightForWidth(w->width());
            if (needed > w->height())
                out << QStringLiteral("%1 is %2 px high, its text needs %3 px at %4 px wide")
                           .arg(describe(w))
                           .arg(w->height())
                           .arg(needed)
                           .arg(w->width());
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
            checkCells(view, describe(w), out);
        if (isControl(w) && !s.bounds.contains(s.rect))
            out << QStringLiteral("%1 at %2,%3 %4 is outside its window (%5)")
                       .arg(describe(w))
                       .arg(s.rect.x())
                       .arg(s.rect.y())
                       .arg(sizeText(s.rect.size()), sizeText(s.bounds.size()));
    }

    // Controls on top of each other. Only what is on screen counts (a scrolled-away part is not drawn).
    QList<const Seen *> controls;
    for (const Seen &s : std::as_const(walker.seen)) {
        if (isControl(s.widget) && !s.visible.isEmpty())
            controls << &s;
    }
    for (qsizetype i = 0; i < controls.size(); ++i) {
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            const Seen &a = *controls.at(i);
            const Seen &b = *controls.at(j);
            if (isAncestor(a.widget, b.widget) || isAncestor(b.widget, a.widget))
                continue;
            const QRect both = a.visible.intersected(b.visible);
            if (both.width() > 0 && both.height() > 0)
                out << QStringLiteral("%1 and %2 overlap (%3 px)")
                           .arg(describe(a.widget), describe(b.widget), sizeText(both.size()));
        }
    }
    out << walker.nameProblems;
    return out;
}

int widgetsIn(QWidget *window)
{
    Walker walker(window);
    walker.walk();
    return static_cast<int>(walker.seen.size());
}

} // namespace LayoutAudit
