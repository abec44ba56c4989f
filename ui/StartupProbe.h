#pragma once

#include <QObject>

class QWidget;

// For the start-up benchmark (bench/startup): once `window` has painted for the first time and the event
// queue is idle, prints "startup_ms=<since process start> idle_rss_kb=<VmRSS> peak_rss_kb=<VmHWM>" on stdout
// and quits the application. Shared by cronofy-console --bench-startup and the bare QMainWindow it is
// compared to.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static void attach(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void report();
    bool m_done = false;
};
