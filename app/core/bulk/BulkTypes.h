#pragma once

#include "bulk/Backoff.h"
#include "service/ProvisioningService.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The settings of a bulk run. The defaults follow Cronofy's documented limits per application.
struct BulkOptions
{
    int concurrency = 4; // requests in flight at once
    int perSecond = 50; // pacing; 0 = no limit
    int perMinute = 500; // pacing; 0 = no limit
    bool refresh = false; // provision again ids that are already Active in the list
    // Provision again ids the person revoked. Off, they are skipped and named: a revoke is never undone
    // silently.
    bool includeRevoked = false;
    int maxRetries = 5; // per id, after a transient failure (timeout, connection, 5xx)
    int maxRateLimitedRetries
        = 20; // per id, after 429s (the run pauses each time, so this is rarely reached)
    BackoffPolicy backoff; // for 429 without Retry-After and for transient failures
};

// Where a run stands, for a progress bar and a status line.
struct BulkProgress
{
    int total = 0; // ids given to the run
    int skipped = 0; // already Active in the list (resume), not sent
    int revokedSkipped = 0; // revoked in the list and not included, not sent
    int done = 0; // provisioned in this run
    int failed = 0; // failed for good in this run
    int remaining = 0; // still to do (in flight included)
    int inFlight = 0;
    double ratePerSecond = 0; // completions per second over the last few seconds
    qint64 etaSeconds = -1; // -1 while unknown
    qint64 elapsedMs = 0;
    int rateLimited = 0; // answers 429 so far
    int retries = 0; // requests sent again after a transient failure
    bool waitingForRateLimit = false; // paused after a 429
    int finishedCount() const { return skipped + revokedSkipped + done + failed; }
};

struct BulkFailure
{
    QString applicationCalendarId;
    QString message; // the sentence for a person
    int httpStatus = 0;
};

// How a run ended.
struct BulkSummary
{
    QString clientId;
    int total = 0;
    int skipped = 0; // already Active, or a duplicate
    QStringList revokedSkipped; // revoked in the list and not included: not sent, named to the person
    int done = 0;
    int failed = 0;
    int notStarted = 0; // left over after a cancel or a stop
    bool cancelled = false;
    ServiceError error; // why the whole run stopped (keychain, credentials refused, network down, disk full)
    QList<BulkFailure> failures;
    qint64 elapsedMs = 0;
    int requests = 0;
    int rateLimited = 0;
    int retries = 0;
    double averageRate() const { return elapsedMs > 0 ? (done + failed) * 1000.0 / elapsedMs : 0.0; }
    // Everything provisioned (or skipped because it already was, or was revoked and not included).
    bool ok() const { return !cancelled && error.ok() && failed == 0 && notStarted == 0; }
};

Q_DECLARE_METATYPE(BulkProgress)
Q_DECLARE_METATYPE(BulkSummary)
