#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Whether the window has a display to open on, decided before QApplication exists: without one, Qt's xcb or
// Wayland plugin aborts the process ("Could not load the Qt platform plugin", exit 134). Platforms that need
// no display (offscreen, minimal, vnc, eglfs, linuxfb...), chosen with -platform or QT_QPA_PLATFORM, pass.
// Only Linux and the other X11/Wayland systems can lack one; elsewhere there is always a display.
namespace DisplayCheck {

using Environment = std::function<QString(const char *name)>;

// args: the command line without the program's name. environment: reads a variable (empty when unset).
bool hasDisplay(const QStringList &args, const Environment &environment);

// The one sentence that says what to do instead; cronofyctlPath names the command-line program for this
// installation ("cronofyctl" when it is on the PATH next to the window).
QString missingDisplaySentence(const QString &cronofyctlPath);

// For main(): when there is no display, prints missingDisplaySentence() in the person's language to stderr
// and returns 1; otherwise returns 0 and main() goes on to build the QApplication.
int refuseWithoutDisplay(int argc, char *argv[]);

} // namespace DisplayCheck
