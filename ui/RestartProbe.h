#pragma once

#include <QObject>
#include <QString>

class MainWindow;
class SingleInstance;

// For tests/gui/tst_restart: Restart Now, run for real by the real program (hidden options
// --test-restart-into LANG --test-report FILE). Attached to the running instance's window once it is shown:
// - in another language than LANG, it chooses LANG in Settings and presses Restart Now, through the widgets,
//   and appends "restarting pid=<pid> language=<now>" to FILE;
// - in LANG (the process Restart Now started), it appends "running pid=<pid> language=<LANG> tabs=<the tab
//   titles>", and quits once a later launch has asked it to come to the front ("raised pid=<pid>"), which
//   shows that it holds the single-instance lock and answers on its socket.
class RestartProbe : public QObject
{
    Q_OBJECT

public:
    static void attach(
        MainWindow *window, SingleInstance *instance, const QString &language, const QString &reportPath);

private:
    RestartProbe(MainWindow *window, const QString &language, const QString &reportPath);
    void act();
    void report(const QString &line);

    MainWindow *m_window;
    QString m_language;
    QString m_reportPath;
};
