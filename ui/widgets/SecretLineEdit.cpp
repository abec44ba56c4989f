#include "SecretLineEdit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

// An eye (open, or struck through) drawn in the palette's text colour, so it exists without an icon theme and
// follows light and dark palettes.
QIcon eyeIcon(const QPalette &palette, bool struck)
{
    QIcon icon;
    for (const int size : {16, 22, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = palette.color(QPalette::Text);
        QPen pen(colour, qMax(1.0, size / 12.0));
        p.setPen(pen);
        const qreal m = size * 0.1;
        const qreal w = size - 2 * m;
        QPainterPath outline;
        outline.moveTo(m, size / 2.0);
        outline.quadTo(size / 2.0, size / 2.0 - w * 0.55, size - m, size / 2.0);
        outline.quadTo(size / 2.0, size / 2.0 + w * 0.55, m, size / 2.0);
        p.drawPath(outline);
        p.setBrush(colour);
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), w * 0.14, w * 0.14);
        if (struck)
            p.drawLine(QPointF(m, size - m), QPointF(size - m, m));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setClearButtonEnabled(false);

    m_reveal->setObjectName(QStringLiteral("revealAction"));
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, [this](bool on) {
        setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        updateRevealAction();
        emit revealedChanged(on);
    });
    updateRevealAction();
}

SecretLineEdit::~SecretLineEdit()
{
    wipe();
}

bool SecretLineEdit::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void SecretLineEdit::wipe()
{
    // setText() (unlike clear()) resets the undo history, which would otherwise keep the old value.
    setText(QString());
    setModified(false);
}

void SecretLineEdit::updateRevealAction()
{
    const bool on = m_reveal->isChecked();
    m_reveal->setText(on ? tr("Hide") : tr("Show"));
    m_reveal->setIcon(eyeIcon(palette(), on));
    m_reveal->setToolTip(on ? tr("Hide the secret (Ctrl+R)") : tr("Show the secret (Ctrl+R)"));
    // QAction has no accessible name of its own; its text is what assistive tools read.
    m_reveal->setIconText(on ? tr("Hide the secret") : tr("Show the secret"));
}

void SecretLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_reveal->setIcon(eyeIcon(palette(), m_reveal->isChecked()));
    QLineEdit::changeEvent(event);
}
