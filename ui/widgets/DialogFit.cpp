#include "DialogFit.h"

#include "ScrollFollowsFocus.h"

#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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
    ScrollFollowsFocus::install(m_area);
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
    else if (watched == m_dialog && event->type() == QEvent::Show) {
        // The first time, the height is Qt's guess from the content's size hint (wrapped text measured at
        // another width): set it to what the content needs. Later, only grow.
        m_exact = !std::exchange(m_shown, true);
        fit();
        m_exact = false;
    } else if (watched == m_dialog && event->type() == QEvent::WindowTitleChange)
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

void DialogFit::setPreferredWidth(std::function<int()> preferredWidth)
{
    m_preferredWidth = std::move(preferredWidth);
}

int DialogFit::titleWidth() const
{
    // The title as the platform shows it ("Create Application — Cronofy Console"), in a bold font as most
    // window managers draw it, centred between the window icon on one side and three buttons on the other
    // (openbox: about four lines' height on each side). An estimate: the window manager's font is not Qt's
    // to know.
    QString title = m_dialog->windowTitle();
    const QString name = QGuiApplication::applicationDisplayName();
    if (!name.isEmpty() && !title.contains(name))
        title += QStringLiteral(" \u2014 ") + name;
    QFont font = m_dialog->font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    return metrics.horizontalAdvance(title) + metrics.height() * 8;
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
    const int bar = m_area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_area);

    const QSize current = m_dialog->size();
    // What the dialog must have (its content's minimum, its buttons), then what it would like (its title
    // whole, its preferred width), where the screen has room.
    const int needed = std::max({m_dialog->minimumWidth(), m_content->minimumSizeHint().width() + chromeWidth,
        footer ? m_footer->sizeHint().width() + chromeWidth : 0});
    const int wanted = std::max(titleWidth(), m_preferredWidth ? m_preferredWidth() : 0);
    int width = std::min(std::max({current.width(), needed, wanted}), room.width());
    // The content's height at a dialog width; with the scroll bar in view (it takes its width from the
    // content), the content is laid out narrower and may need more lines.
    const auto neededHeight = [&](int dialogWidth, bool scrollBar) {
        const int contentWidth = dialogWidth - chromeWidth - (scrollBar ? bar : 0);
        const int height = m_content->hasHeightForWidth() ? m_content->heightForWidth(contentWidth)
                                                          : m_content->sizeHint().height();
        return std::max(height, m_content->minimumSizeHint().height()) + chromeHeight;
    };
    // A scroll bar in view stays until the content fits at the narrower width (QScrollArea asks the content
    // its height at the viewport's width), so that is the height to grow to.
    const bool barShown = m_area->verticalScrollBar()->isVisible();
    int height = neededHeight(width, barShown);
    if (height > room.height() && width < room.width()) {
        // Too tall for the screen: a wider dialog wraps its text into fewer lines. The narrowest width at
        // which it fits (heightForWidth only falls as the width grows); where nothing fits, the narrowest
        // at which it is within a line of its lowest, so that it widens only as far as that helps.
        int low = width;
        int high = room.width();
        const int lowest = neededHeight(high, barShown);
        const int enough
            = lowest <= room.height() ? room.height() : lowest + m_dialog->fontMetrics().height();
        while (high - low > 8) {
            const int middle = (low + high) / 2;
            (neededHeight(middle, barShown) <= enough ? high : low) = middle;
        }
        width = high;
        height = neededHeight(width, barShown);
    }
    if (height > room.height())
        height = neededHeight(width, true); // it scrolls: laid out beside the scroll bar
    height = std::min(m_exact ? height : std::max(height, current.height()), room.height());
    if (width == current.width() && height == current.height())
        return;
    m_dialog->resize(width, height);

    // Grown past the screen's edge: move it back onto the screen.
    QRect placed = m_dialog->frameGeometry();
    placed.setSize(QSize(width, height) + frame);
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    if (placed.topLeft() != m_dialog->frameGeometry().topLeft())
        m_dialog->move(placed.topLeft());
}
