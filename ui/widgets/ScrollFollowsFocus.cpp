#include "ScrollFollowsFocus.h"

#include <QApplication>
#include <QScrollArea>

namespace ScrollFollowsFocus {

void install(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        QWidget *content = area->widget();
        if (now && content && content->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}

} // namespace ScrollFollowsFocus
