#include "MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_details(nullptr)
    , m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));

    m_icon->setObjectName(QStringLiteral("messageBannerIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton->setObjectName(QStringLiteral("messageBannerDetailsButton"));
    // No mnemonic: the banner sits above every page, whose buttons own the letters; Tab reaches it.
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    m_detailsButton->setToolTip(tr("Show the technical details, for example to send them to support"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_closeButton->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the message"));
    m_closeButton->setToolTip(tr("Close the message"));
    m_closeButton->setAutoRaise(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });

    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        if (underMouse() || isAncestorOf(QApplication::focusWidget()))
            m_expiry->start(3000); // still being read
        else if (m_level == Level::Info)
            clear();
    });

    setVisible(false);
}

void MessageBanner::showError(const QString &sentence, const QString &details)
{
    showMessage(Level::Error, sentence, details);
}

void MessageBanner::showWarning(const QString &sentence, const QString &details)
{
    showMessage(Level::Warning, sentence, details);
}

void MessageBanner::showInfo(const QString &sentence)
{
    showMessage(Level::Info, sentence, {});
}

QPlainTextEdit *MessageBanner::detailsView()
{
    // Made with the first details: most banners never have any, and a text view is costly to start.
    if (!m_details) {
        m_details = new QPlainTextEdit(this);
        m_details->setObjectName(QStringLiteral("messageBannerDetails"));
        m_details->setAccessibleName(tr("Technical details"));
        m_details->setReadOnly(true);
        m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_details->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        m_details->setVisible(m_detailsButton->isChecked());
        layout()->addWidget(m_details);
        connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    }
    return m_details;
}

void MessageBanner::clear()
{
    m_level = Level::None;
    m_expiry->stop();
    m_text->clear();
    if (m_details)
        m_details->clear();
    m_detailsButton->setChecked(false);
    setVisible(false);
}

QString MessageBanner::text() const
{
    return m_level == Level::None ? QString() : m_text->text();
}

QString MessageBanner::details() const
{
    return m_details ? m_details->toPlainText() : QString();
}

void MessageBanner::showMessage(Level level, const QString &sentence, const QString &details)
{
    m_level = level;
    m_text->setText(sentence);
    if (m_details || !details.isEmpty())
        detailsView()->setPlainText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.trimmed().isEmpty());
    applyLevelStyle();
    setVisible(true);
    // Long enough to read twice: 6 s, and a second for every 15 characters beyond the first 60.
    if (level == Level::Info)
        m_expiry->start(6000 + std::max<qsizetype>(0, sentence.size() - 60) * 1000 / 15);
    else
        m_expiry->stop();

    // Screen readers announce the sentence the moment it appears.
    setAccessibleDescription(sentence);
    QAccessibleEvent event(
        this, level == Level::Error ? QAccessible::Alert : QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::applyLevelStyle()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_level == Level::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (m_level == Level::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));

    update();
}

QColor MessageBanner::tint(const QPalette &palette, Level level)
{
    // A tint of the palette's own highlight over the window colour: visible in light and dark themes alike,
    // with no colour of our own.
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = palette.color(QPalette::Highlight);
    const float amount = level == Level::Error ? 0.28f : level == Level::Warning ? 0.20f : 0.12f;
    return QColor::fromRgbF(window.redF() + (accent.redF() - window.redF()) * amount,
        window.greenF() + (accent.greenF() - window.greenF()) * amount,
        window.blueF() + (accent.blueF() - window.blueF()) * amount);
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), tint(palette(), m_level));
    painter.end();
    QFrame::paintEvent(event);
}

void MessageBanner::changeEvent(QEvent *event)
{
    // Follow the system when it switches between light and dark: the icon comes from the style.
    if (event->type() == QEvent::StyleChange && m_level != Level::None)
        applyLevelStyle();
    QFrame::changeEvent(event);
}
