// cronofy-sandbox: wires the command line to a SandboxServer and prints where it listens.
#include "SandboxCommandLine.h"
#include "SandboxServer.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};
// Only async-signal-safe work here: the event loop reads the pipe and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cronofy-sandbox"));
    QCoreApplication::setApplicationVersion(QLatin1String(CONSOLE_VERSION));

    SandboxOptions options;
    SandboxCommandLine commandLine;
    QString message;
    switch (commandLine.parse(QCoreApplication::arguments(), &options, &message)) {
    case SandboxCommandLine::Outcome::Exit:
        std::fprintf(stdout, "%s\n", qPrintable(message));
        return 0;
    case SandboxCommandLine::Outcome::Error:
        std::fprintf(stderr, "cronofy-sandbox: %s\n", qPrintable(message));
        return 2;
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    const bool generatedKey = options.adminKeys.isEmpty();
    SandboxServer server(options);
    server.setAllowRemote(commandLine.allowRemote());
    if (!server.start(&message)) {
        std::fprintf(stderr, "cronofy-sandbox: %s\n", qPrintable(message));
        return 1;
    }
    std::fprintf(stdout, "%s\n", server.baseUrl().toString().toUtf8().constData());
    if (generatedKey)
        std::fprintf(stdout, "admin-key: %s\n", server.adminKeys().constFirst().toLatin1().constData());
    std::fflush(stdout);

#ifdef Q_OS_UNIX
    // SIGTERM / SIGINT end the event loop normally, so the server is destroyed and saves its state file.
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
#endif
    return QCoreApplication::exec();
}
