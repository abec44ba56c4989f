#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal delivered by the event loop, for as long as it lives.
// The signal handler only writes one byte to a socketpair (async-signal-safe); a QSocketNotifier reads it.
// The first signal emits interrupted(); a second one ends the process at once with 128 + its number, as a
// shell reports it (whatever was written to the list is already committed).
// Unix only: elsewhere it does nothing, and Ctrl-C ends the program as usual.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // puts the default handlers back

    // False where signals cannot be watched (not Unix, or the socketpair failed).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // exitCode: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
    void interrupted(int exitCode);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};
