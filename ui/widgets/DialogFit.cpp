#include "DialogFit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

DialogFit::DialogFit(QDialog *dialog, QWidget *content, QWidget *footer)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_content(content)
    , m_footer(footer)
    , m_area(new QScrollArea(dialog))
{
    m_area->setObjectName(QStringLiteral("dialogContentArea"));
    m_area->setFrameShape(QFrame::NoFrame);
    m_area->setWidgetResizable(true);
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the content always fits the width
    m_area->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls; the area follows the focus
    m_area->setAccessibleName(dialog->windowTitle());
    if (QLayout *inner = content->layout())
        inner->setContentsMargins(0, 0, 0, 0);
    m_area->setWidget(content);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(m_area, 1);
    if (footer)
        layout->addWidget(footer);

    content->installEventFilter(this);
    dialog->installEventFilter(this);
}

DialogFit *DialogFit::install(QDialog *dialog, QWidget *content, QWidget *footer)
{
    Q_ASSERT(!dialog->layout());
    return new DialogFit(dialog, content, footer);
}

bool DialogFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        fitLater(); // after the content's layout has taken the change in
    else if (watched == m_dialog && event->type() == QEvent::Show)
        fit();
    else if (watched == m_dialog && event->type() == QEvent::WindowTitleChange)
        m_area->setAccessibleName(m_dialog->windowTitle());
    return QObject::eventFilter(watched, event);
}

void DialogFit::fitLater()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_queued = false;
            fit();
        },
        Qt::QueuedConnection);
}

void DialogFit::fit()
{
    if (!m_dialog->isVisible())
        return;
    QLayout *layout = m_dialog->layout();
    layout->activate();
    const QScreen *screen = m_dialog->screen();
    if (!screen)
        return;
    // The room on the screen for the dialog's own area: the window manager's frame is outside it.
    const QRect available = screen->availableGeometry();
    const QSize frame = m_dialog->frameGeometry().size() - m_dialog->size();
    const QSize room = (available.size() - frame).expandedTo(QSize(1, 1));

    // What surrounds the content: the dialog's margins, the footer and the spacing above it.
    const QMargins margins = layout->contentsMargins();
    const bool footer = m_footer && !m_footer->isHidden();
    const int chromeWidth = margins.left() + margins.right();
    const int chromeHeight = margins.top() + margins.bottom()
        + (footer ? m_footer->sizeHint().height() + std::max(0, layout->spacing()) : 0);

    const QSize current = m_dialog->size();
    int width = std::max(
        {current.width(), m_dialog->minimumWidth(), m_content->minimumSizeHint().width() + chromeWidth,
            footer ? m_footer->sizeHint().width() + chromeWidth : 0});
    width = std::min(width, room.width());
    const auto neededHeight = [&](int contentWidth) {
        const int height = m_content->hasHeightForWidth() ? m_content->heightForWidth(contentWidth)
                                                          : m_content->sizeHint().height();
        return std::max(height, m_content->minimumSizeHint().height()) + chromeHeight;
    };
    int height = neededHeight(width - chromeWidth);
    if (height > room.height()) {
        // It will scroll: the scroll bar takes its width from the content, which may then need more lines.
        const int bar = m_area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_area);
        width = std::min(width + bar, room.width());
        height = neededHeight(width - chromeWidth - bar);
    }
    height = std::min(std::max(height, current.height()), room.height());
    if (width == current.width() && height == current.height())
        return;
    m_dialog->resize(width, height);

    // Grown past the screen's edge: move it back onto the screen.
    QRect placed = m_dialog->frameGeometry();
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    if (placed.topLeft() != m_dialog->frameGeometry().topLeft())
        m_dialog->move(placed.topLeft());
}
