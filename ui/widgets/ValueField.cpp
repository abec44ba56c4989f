#include "ValueField.h"

#include <QTextDocument>

#include <cmath>
#include <memory>

ValueField::ValueField(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus); // reachable by Tab, as a read-only line edit is
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(1);
    // Drawn on the window's background, like the label beside it.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ValueField::setValue(const QString &text)
{
    setPlainText(text);
    setToolTip(QString()); // nothing is hidden: no tool tip needed
    updateGeometry();
}

int ValueField::heightForWidth(int width) const
{
    const std::unique_ptr<QTextDocument> document(this->document()->clone());
    const QString shown = toPlainText().isEmpty() ? placeholderText() : toPlainText();
    document->setPlainText(shown.isEmpty() ? QStringLiteral(" ") : shown);
    document->setDefaultFont(font());
    const QMargins margins = contentsMargins() + viewportMargins();
    document->setTextWidth(std::max(1, width - margins.left() - margins.right()));
    return static_cast<int>(std::ceil(document->size().height())) + margins.top() + margins.bottom();
}

QSize ValueField::sizeHint() const
{
    // As wide as a line edit would like; as high as the text needs at that width.
    const int width = fontMetrics().averageCharWidth() * 17;
    return {width, heightForWidth(width)};
}

QSize ValueField::minimumSizeHint() const
{
    // Narrow, and a line high: the layout asks heightForWidth for the lines at the width it gives.
    return {fontMetrics().averageCharWidth() * 4, heightForWidth(QWIDGETSIZE_MAX)};
}
