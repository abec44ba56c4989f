#pragma once

#include <QString>

class ConsoleSession;
class MainWindow;

// cronofy-console --screenshot-dir DIR: renders the main screens of the real window with the offline sandbox
// (welcome, applications with a few rows, create application, the once-shown secret, calendars, the bulk
// dialog's summary, settings) into DIR as PNGs, then quits. Run it in a fresh home with a throwaway keyring:
// tools/render-screenshots.sh does.
namespace ScreenshotTour {
int run(ConsoleSession *session, MainWindow *window, const QString &directory);
}
