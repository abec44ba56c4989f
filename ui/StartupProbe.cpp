#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#ifdef Q_OS_LINUX
#include <unistd.h> // sysconf; the probe reads /proc, so the figures exist on Linux only
#endif

namespace {

// Milliseconds since the kernel started this process (not since main()), so dynamic loading counts too.
double millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Field 22 (starttime, in clock ticks since boot) comes after the ")" that ends the command name.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 19) {
            const double startTicks = fields.at(19).toDouble();
            timespec now {};
            clock_gettime(CLOCK_BOOTTIME, &now);
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
        }
    }
#endif
    return -1;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(field);
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void StartupProbe::attach(QWidget *window)
{
    new StartupProbe(window);
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        watched->removeEventFilter(this);
        // After this paint, once every queued event (deferred layouts, timers at 0) has run.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("startup_ms=%.1f idle_rss_kb=%lld peak_rss_kb=%lld\n", millisecondsSinceProcessStart(),
        static_cast<long long>(statusKb("VmRSS:")), static_cast<long long>(statusKb("VmHWM:")));
    std::fflush(stdout);
    QCoreApplication::quit();
}
