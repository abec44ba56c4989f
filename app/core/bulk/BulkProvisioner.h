#pragma once

#include "bulk/BulkTypes.h"
#include "bulk/RequestPacer.h"
#include "registry/RegistryTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

class ApiCall;
class CronofyClient;

// Provisions many application calendars of one application.
//
// - Reads the client_secret once from the keychain, then sends POST /v1/application_calendars for each id
// with
//   at most `concurrency` requests in flight, paced by a RequestPacer to the per-application limits.
// - A 429 pauses the whole run for Retry-After, or an exponential backoff with jitter when there is none, and
//   sends the id again. Transient failures (timeouts, connection problems, 5xx) are retried a bounded number
//   of times with backoff; other failures are recorded for that id in the list
//   (Registry::recordCalendarFailure).
// - Each success is written to the list as it arrives: the answers that came in while the previous write was
//   syncing the disk are committed together in the next transaction (group commit, at the next turn of the
//   event loop, at most `concurrency` at a time), so the disk's sync rate does not cap the run. A crash or
//   kill loses at most the answers in flight and those waiting for that next write (2 x concurrency), and
//   provisioning is idempotent, so running the same ids again resumes: ids already Active are skipped unless
//   refresh is set.
// - Failures that concern every id (the credentials refused, the network or server unreachable, the list
//   cannot be written) stop the run with one sentence instead of failing every id the same way.
// - cancel() aborts the requests in flight; nothing is half-written because every write is one transaction.
// No nested event loops; logs (lcBulk) carry ids and counts only.
class BulkProvisioner : public QObject
{
    Q_OBJECT

public:
    explicit BulkProvisioner(ProvisioningService *service, QObject *parent = nullptr);
    ~BulkProvisioner() override;

    void setOptions(const BulkOptions &options);
    const BulkOptions &options() const { return m_options; }

    // Starts a run (ids as read by CalendarIdListReader: trimmed, unique, valid; anything else is reported as
    // a failure without being sent). Emits finished() later in every case. Does nothing while running.
    void start(const QString &clientId, const QStringList &applicationCalendarIds);
    // Stops at once: requests in flight are aborted, finished() follows with cancelled set.
    void cancel();
    // Stops starting requests: those in flight finish and their results are written (nothing is left half
    // known), the rest is counted as not started, then finished() follows with cancelled set. For an
    // interrupted command line (Ctrl-C). cancel() still stops at once meanwhile.
    void stopStarting();
    bool isStopping() const { return m_stopping; }

    bool isRunning() const { return m_state == State::Starting || m_state == State::Running; }
    BulkProgress progress() const;
    const BulkSummary &summary() const { return m_summary; }

signals:
    void progressChanged(const BulkProgress &progress);
    void calendarProvisioned(const QString &applicationCalendarId);
    void calendarFailed(const QString &applicationCalendarId, const QString &message);
    void finished(const BulkSummary &summary);

private:
    enum class State { Idle, Starting, Running, Finished };
    struct Item
    {
        QString id;
        int transientFailures = 0;
        int rateLimited = 0;
        std::chrono::milliseconds notBefore {0};
    };

    void begin(const ClientCredentials &credentials);
    // The run's log entries: its failed calendars, then the run with its counts.
    QList<OperationRecord> runEntries() const;
    void pump();
    void send(const Item &item);
    void onReply(Item item, const CalendarCredentials &credentials, const ApiError &error);
    void failItem(const Item &item, const ServiceError &error);
    // Commits the successes waiting in m_unwritten in one transaction. False when the run stopped.
    bool writeProvisioned();
    void stopRun(const ServiceError &error, bool cancelled);
    void finish();
    void noteCompletion();
    void emitProgress();
    static bool stopsTheRun(const ApiError &error);

    ProvisioningService *m_service;
    BulkOptions m_options;
    State m_state = State::Idle;
    QString m_clientId;
    DataCenter m_dataCenter;
    ClientCredentials m_credentials; // SECRET: held only while the run lasts
    CronofyClient *m_client = nullptr;
    RequestPacer m_pacer;
    struct InFlight
    {
        QPointer<ApiCall> call;
        RequestPacer::Ticket ticket = 0;
    };
    std::deque<Item> m_queue;
    QHash<QString, InFlight> m_inFlight;
    QTimer m_wakeTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    QList<CalendarRecord> m_unwritten; // provisioned, not yet in the list (the next write takes them)
    bool m_writeQueued = false;
    std::deque<qint64> m_completions; // ms since start, the last few seconds, for the rate
    int m_consecutiveRateLimited = 0;
    bool m_stopping = false; // stopStarting(): no new requests, waiting for those in flight
    bool m_pumping = false;
    bool m_pumpAgain = false;
    BulkSummary m_summary;
};
