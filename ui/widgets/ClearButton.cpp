#include "ClearButton.h"

#include <QAction>
#include <QLineEdit>

namespace {
void install(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt names the action it adds so; its button takes the action's text as its own, and so its name.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(ClearButton::tr("Clear"));
        clear->setToolTip(ClearButton::tr("Clear the field"));
    }
}
} // namespace

void ClearButton::enable(QLineEdit *edit)
{
    // Qt shows the button only while the field has text, so it is made then: its icon is an image decoded
    // from Qt's resources, a few milliseconds of the window's start for each empty field.
    if (!edit->text().isEmpty()) {
        install(edit);
        return;
    }
    auto *pending = new QObject(edit);
    QObject::connect(edit, &QLineEdit::textChanged, pending, [edit, pending](const QString &text) {
        if (text.isEmpty())
            return;
        install(edit);
        pending->deleteLater();
    });
}
