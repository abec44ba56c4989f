// Start-up of cronofy-console against a bare Qt QMainWindow program (bench_startup_bare), the budget of
// issue 5: median wall time to an idle main window <= 1.3x the bare program's, idle RSS <= 1.5x.
//
// Each program runs --runs times (default 20), alternately, after one discarded warm-up run each, with the
// given platform plugin (offscreen, or xcb under xvfb-run). Both print one line from StartupProbe when their
// window has painted once and the event loop has come round again; the wall time is measured here, from
// QProcess::start to that line. The console starts with a configured profile: a real data center ("de") in
// its settings and its kept list, in a private XDG home: empty (created by the warm-up run) or, with
// --calendars N, N calendars of 20 applications written beforehand. The offline sandbox is not started and
// nothing is sent over the network.
//
// Not a test: prints figures, PASS/FAIL per budget and the command that reproduces them. Exit code 0 unless a
// program fails to start or to report (a loaded machine must not turn timing noise into a red build).
#include "RegistryFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

constexpr double timeBudget = 1.3;
constexpr double rssBudget = 1.5;

struct Sample
{
    double wallMs = 0; // QProcess::start to the probe's line
    double probeMs = 0; // the probe's own figure: since the kernel started the process (10 ms ticks)
    double idleRssMb = 0;
    double cpuMs = 0; // user + system CPU time of the program up to the probe's line (10 ms ticks)
};

// utime + stime of a process that has not been reaped yet, in ms.
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields 14 and 15 (utime, stime) come after the ")" that ends the command name, as fields 12 and 13.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

// One run: start, wait for the probe's line, wait for the exit. A benchmark driver may block: it has no UI.
std::optional<Sample> runOnce(const QString &program, const QProcessEnvironment &env, QString *error)
{
    static const QRegularExpression line(
        QStringLiteral("startup_ms=([0-9.]+) idle_rss_kb=([0-9]+) peak_rss_kb=([0-9]+)"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {QStringLiteral("--bench-startup")});
    QByteArray out;
    double wallMs = -1;
    double cpuMs = -1;
    while (wallMs < 0 && process.waitForReadyRead(30000)) {
        out += process.readAllStandardOutput();
        if (out.contains('\n')) {
            wallMs = double(timer.nsecsElapsed()) / 1e6;
            cpuMs = processCpuMs(process.processId());
        }
    }
    if (!process.waitForFinished(30000))
        process.kill();
    out += process.readAllStandardOutput();
    const QString text = QString::fromLocal8Bit(out);
    const QRegularExpressionMatch match = line.match(text);
    if (wallMs < 0 || !match.hasMatch() || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 did not report an idle window (exit code %2).\nstdout: %3\nstderr: %4")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(text.trimmed(), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    Sample sample;
    sample.wallMs = wallMs;
    sample.probeMs = match.captured(1).toDouble();
    sample.idleRssMb = match.captured(2).toDouble() / 1024.0;
    sample.cpuMs = cpuMs;
    return sample;
}

struct Figures
{
    double wallMs, wallMin, wallMax, probeMs, rssMb, cpuMs;
};

Figures summarize(const QList<Sample> &samples)
{
    QList<double> wall, probe, rss, cpu;
    for (const Sample &s : samples) {
        cpu.append(s.cpuMs);
        wall.append(s.wallMs);
        probe.append(s.probeMs);
        rss.append(s.idleRssMb);
    }
    return {median(wall), *std::min_element(wall.cbegin(), wall.cend()),
        *std::max_element(wall.cbegin(), wall.cend()), median(probe), median(rss), median(cpu)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    int calendars = 0;
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"));
    QString console = QStringLiteral(BENCH_CONSOLE_PATH);
    QString bare = QStringLiteral(BENCH_BARE_PATH);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--calendars"))
            calendars = std::max(0, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--platform"))
            platform = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--console"))
            console = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--bare"))
            bare = args.at(i + 1);
    }
    if (platform == QLatin1String("xcb") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "--platform xcb needs an X server: run me under xvfb-run -a.\n");
        return 2;
    }

    // A private home with a configured profile: QSettings (IniFormat on Linux) names a real data center.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    QDir root(home.path());
    for (const char *sub : {"config/CronofyConsole", "data", "cache"})
        root.mkpath(QString::fromLatin1(sub));
    root.mkdir(QStringLiteral("run"));
    QFile::setPermissions(root.filePath(QStringLiteral("run")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile settings(root.filePath(QStringLiteral("config/CronofyConsole/cronofy-console.conf")));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[connection]\ndataCenter=de\n") < 0)
        return 1;
    settings.close();

    // --calendars N: the kept list already holds N calendars of 20 applications (the console loads them all
    // at start). The path is where the console's QStandardPaths::AppDataLocation points in this home.
    if (calendars > 0) {
        root.mkpath(QStringLiteral("data/CronofyConsole/cronofy-console"));
        if (!populateRegistry(
                root.filePath(QStringLiteral("data/CronofyConsole/cronofy-console/registry.sqlite")),
                calendars, 20)) {
            std::fprintf(stderr, "could not write the kept list for --calendars\n");
            return 1;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);

    QString error;
    QList<Sample> consoleSamples, bareSamples;
    // Warm-up: the console's first run creates the kept list; both get their libraries into the page cache.
    for (const QString &program : {console, bare}) {
        if (!runOnce(program, env, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    for (int run = 0; run < runs; ++run) {
        for (const QString &program : {console, bare}) {
            const std::optional<Sample> sample = runOnce(program, env, &error);
            if (!sample) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            (program == console ? consoleSamples : bareSamples).append(*sample);
        }
    }

    const Figures c = summarize(consoleSamples);
    const Figures b = summarize(bareSamples);
    const double timeRatio = c.wallMs / b.wallMs;
    const double rssRatio = c.rssMb / b.rssMb;
    std::printf("bench_startup: start-up to an idle main window, platform %s, %d runs each (medians); the "
                "console's kept list holds %d calendars\n",
        qPrintable(platform), runs, calendars);
    std::printf("  machine: load average %.2f on %d cores\n", loadAverage(), QThread::idealThreadCount());
    const char *row
        = "  %-16s wall %.1f ms (min %.1f, max %.1f; since exec %.0f ms; CPU %.0f ms)  idle RSS %.1f MB\n";
    std::printf(row, "cronofy-console", c.wallMs, c.wallMin, c.wallMax, c.probeMs, c.cpuMs, c.rssMb);
    std::printf(row, "bare QMainWindow", b.wallMs, b.wallMin, b.wallMax, b.probeMs, b.cpuMs, b.rssMb);
    std::printf("  time ratio %.2fx  budget <= %.1fx  %s  (CPU time ratio %.2fx, for a loaded machine)\n",
        timeRatio, timeBudget, timeRatio <= timeBudget ? "PASS" : "FAIL", c.cpuMs / b.cpuMs);
    std::printf("  idle RSS ratio %.2fx  budget <= %.1fx  %s\n", rssRatio, rssBudget,
        rssRatio <= rssBudget ? "PASS" : "FAIL");
    std::printf("  reproduce (from the source folder): cmake --build build --target bench_startup && "
                "tests/support/with-keyring.sh %sbuild/bench/startup/bench_startup --platform %s --runs %d "
                "--calendars %d\n",
        platform == QLatin1String("xcb") ? "xvfb-run -a -s '-screen 0 1280x1024x24' " : "",
        qPrintable(platform), runs, calendars);
    return 0;
}
