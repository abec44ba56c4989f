#include "InterruptWatcher.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_fds[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler
std::atomic<int> g_received {0};
static_assert(std::atomic<int>::is_always_lock_free, "the handler needs a lock-free counter");

// Async-signal-safe only: an atomic, write() and _exit().
void onSignal(int signalNumber)
{
    if (g_received.fetch_add(1) >= 1) {
        // The second time: end now. The progress line may be half drawn: end it first.
        [[maybe_unused]] const auto ignored = ::write(STDERR_FILENO, "\n", 1);
        ::_exit(128 + signalNumber);
    }
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_fds[1], &byte, 1);
}

void setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action
    {
    };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_fds[0] >= 0)
        return; // one watcher at a time
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_fds) != 0) {
        g_fds[0] = g_fds[1] = -1;
        return;
    }
    g_received = 0;
    m_notifier = new QSocketNotifier(g_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onActivated);
    setHandler(SIGINT, onSignal);
    setHandler(SIGTERM, onSignal);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    setHandler(SIGINT, SIG_DFL);
    setHandler(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void InterruptWatcher::onActivated()
{
    char byte = 0;
    if (::read(g_fds[0], &byte, 1) != 1)
        return;
    emit interrupted(128 + static_cast<unsigned char>(byte));
}

#else

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{ }

InterruptWatcher::~InterruptWatcher() = default;

void InterruptWatcher::onActivated() { }

#endif
