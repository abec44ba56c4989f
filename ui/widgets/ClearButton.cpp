#include "ClearButton.h"

#include <QAction>
#include <QLineEdit>

void ClearButton::enable(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt names the action it adds so; its button takes the action's text as its own, and so its name.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Clear the field"));
    }
}
