#include "Relaunch.h"

#include "common/LogCategories.h"

#include <QApplication>
#include <QProcess>

namespace {
bool requested = false;
}

namespace Relaunch {

void request()
{
    requested = true;
    // Later, so that the button that asked for it finishes its click first.
    QMetaObject::invokeMethod(
        qApp,
        [] {
            QApplication::closeAllWindows();
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

bool isRequested()
{
    return requested;
}

bool startAgain()
{
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments.removeFirst();
    const bool started = QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    if (!started)
        qCWarning(lcUi) << "could not start the console again";
    return started;
}

} // namespace Relaunch
