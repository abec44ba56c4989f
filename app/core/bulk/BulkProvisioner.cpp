#include "bulk/BulkProvisioner.h"

#include "api/CronofyClient.h"
#include "common/LogCategories.h"
#include "registry/Registry.h"

#include <QUuid>

#include <algorithm>
#include <utility>

using std::chrono::milliseconds;

namespace {
// The rate shown is measured over this many recent milliseconds.
constexpr qint64 kRateWindowMs = 10000;
// A Retry-After longer than this is treated as this: the person can cancel, and we try again sooner.
constexpr milliseconds kMaxRetryAfter {5 * 60 * 1000};
} // namespace

BulkProvisioner::BulkProvisioner(ProvisioningService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<BulkProgress>();
    qRegisterMetaType<BulkSummary>();
    m_wakeTimer.setSingleShot(true);
    // Pacing works in milliseconds; a coarse timer may fire 5 % late, which costs throughput.
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &BulkProvisioner::pump);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &BulkProvisioner::emitProgress);
    setOptions(BulkOptions());
}

BulkProvisioner::~BulkProvisioner()
{
    // Abort whatever is still in flight without callbacks (the client owns its calls).
    delete m_client;
}

void BulkProvisioner::setOptions(const BulkOptions &options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
    m_options.maxRetries = std::max(0, m_options.maxRetries);
    m_options.maxRateLimitedRetries = std::max(0, m_options.maxRateLimitedRetries);
    m_pacer.setLimits(std::max(0, m_options.perSecond), std::max(0, m_options.perMinute));
}

void BulkProvisioner::start(const QString &clientId, const QStringList &applicationCalendarIds)
{
    if (isRunning())
        return;
    delete m_client;
    m_client = nullptr;
    m_summary = BulkSummary();
    m_clientId = clientId;
    m_summary.clientId = clientId;
    m_summary.total = static_cast<int>(applicationCalendarIds.size());
    m_queue.clear();
    m_inFlight.clear();
    m_unwritten.clear();
    m_writeQueued = false;
    m_completions.clear();
    m_consecutiveRateLimited = 0;
    m_stopping = false;
    m_credentials = {};
    m_clock.start();
    m_state = State::Starting;
    m_progressTimer.start();

    ServiceError problem;
    m_dataCenter = m_service->dataCenterOf(clientId, &problem);
    if (!problem.ok()) {
        m_summary.notStarted = m_summary.total;
        QMetaObject::invokeMethod(
            this, [this, problem] { stopRun(problem, false); }, Qt::QueuedConnection);
        return;
    }

    // Resume: what the list already holds as Active is not sent again. What the person revoked is not
    // brought back unless they asked for it.
    Registry *registry = m_service->registry();
    const QSet<QString> active = m_options.refresh ? QSet<QString>() : registry->activeCalendarIds(clientId);
    const QSet<QString> revoked = m_options.includeRevoked
        ? QSet<QString>()
        : registry->calendarIds(clientId, CalendarRecord::Status::Revoked);
    QSet<QString> seen;
    for (const QString &raw : applicationCalendarIds) {
        const QString id = raw.trimmed();
        if (seen.contains(id) || active.contains(id)) {
            ++m_summary.skipped; // a duplicate the caller did not remove is provisioned once
            continue;
        }
        seen.insert(id);
        if (revoked.contains(id)) {
            m_summary.revokedSkipped.append(id);
            continue;
        }
        const ServiceError invalid = ProvisioningService::validateCalendarId(id);
        if (!invalid.ok()) {
            ++m_summary.failed;
            m_summary.failures.append({id, invalid.message(), 0});
            continue;
        }
        m_queue.push_back(Item {id});
    }
    qCInfo(lcBulk) << "bulk run for" << clientId << ":" << m_queue.size() << "to provision,"
                   << m_summary.skipped << "skipped," << m_summary.revokedSkipped.size() << "revoked skipped,"
                   << m_summary.failed << "invalid; concurrency" << m_options.concurrency << "limits"
                   << m_options.perSecond << "/s" << m_options.perMinute << "/min";

    if (m_queue.empty()) {
        // Nothing to send: no need to touch the keychain.
        m_state = State::Running;
        QMetaObject::invokeMethod(this, &BulkProvisioner::pump, Qt::QueuedConnection);
        emitProgress();
        return;
    }
    // The client_secret is read once for the whole run.
    m_service->clientCredentials(
        clientId, this, [this](const ClientCredentials &credentials, const ServiceError &error) {
            if (m_state != State::Starting)
                return; // cancelled meanwhile
            if (!error.ok()) {
                stopRun(error, false);
                return;
            }
            begin(credentials);
        });
    emitProgress();
}

void BulkProvisioner::begin(const ClientCredentials &credentials)
{
    m_credentials = credentials;
    m_client = m_service->createClient(m_dataCenter, this);
    m_state = State::Running;
    pump();
}

void BulkProvisioner::cancel()
{
    if (!isRunning())
        return;
    qCInfo(lcBulk) << "bulk run for" << m_clientId << "cancelled with" << m_inFlight.size() << "in flight";
    stopRun(ServiceError(), true);
}

void BulkProvisioner::stopStarting()
{
    if (!isRunning() || m_stopping)
        return;
    if (m_state == State::Starting) { // nothing sent yet: nothing to wait for
        cancel();
        return;
    }
    qCInfo(lcBulk) << "bulk run for" << m_clientId << "stops starting requests;" << m_inFlight.size()
                   << "in flight finish first";
    m_stopping = true;
    m_wakeTimer.stop();
    // pump() ends the run once nothing is in flight; later, so that finished() never comes from inside here.
    QMetaObject::invokeMethod(this, &BulkProvisioner::pump, Qt::QueuedConnection);
}

void BulkProvisioner::pump()
{
    if (m_state != State::Running)
        return;
    // A reply may arrive while sending (never from inside provisionCalendar(), but be safe): no re-entry.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (m_state == State::Running && !m_stopping && m_inFlight.size() < m_options.concurrency
            && !m_queue.empty()) {
            const milliseconds wait = m_pacer.delayUntilNext();
            if (wait.count() > 0) {
                m_wakeTimer.start(wait);
                break;
            }
            const milliseconds now = m_pacer.now();
            auto ready = std::find_if(
                m_queue.begin(), m_queue.end(), [now](const Item &item) { return item.notBefore <= now; });
            if (ready == m_queue.end()) {
                milliseconds soonest = m_queue.front().notBefore;
                for (const Item &item : m_queue)
                    soonest = std::min(soonest, item.notBefore);
                m_wakeTimer.start(std::max(milliseconds(1), soonest - now));
                break;
            }
            const Item item = *ready;
            m_queue.erase(ready);
            send(item);
        }
    } while (m_pumpAgain && m_state == State::Running);
    m_pumping = false;
    if (m_state != State::Running || !m_inFlight.isEmpty() || (!m_queue.empty() && !m_stopping))
        return;
    if (!writeProvisioned())
        return;
    if (m_stopping) {
        // Every answer is in and written; what was never sent (or waits for a retry) is not started.
        m_summary.cancelled = true;
        m_summary.notStarted += static_cast<int>(m_queue.size());
        m_queue.clear();
    }
    finish();
}

void BulkProvisioner::send(const Item &item)
{
    const RequestPacer::Ticket ticket = m_pacer.recordSent();
    ++m_summary.requests;
    m_inFlight.insert(item.id, InFlight {nullptr, ticket});
    ApiCall *call = m_client->provisionCalendar(m_credentials, item.id, this,
        [this, item](const CalendarCredentials &credentials, const ApiError &error) {
            onReply(item, credentials, error);
        });
    if (const auto it = m_inFlight.find(item.id); it != m_inFlight.end())
        it->call = call;
}

bool BulkProvisioner::stopsTheRun(const ApiError &error)
{
    // The same answer would come for every id: say it once.
    switch (error.kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Network:
        return true;
    default:
        break;
    }
    return error.httpStatus == 401 || error.httpStatus == 402 || error.httpStatus == 403
        || error.httpStatus == 404;
}

void BulkProvisioner::onReply(Item item, const CalendarCredentials &credentials, const ApiError &error)
{
    if (const auto it = m_inFlight.constFind(item.id); it != m_inFlight.cend()) {
        // Whatever the answer, the server has seen the request by now: its slot is dated from here.
        m_pacer.recordAnswered(it->ticket);
        m_inFlight.erase(it);
    }
    if (m_state != State::Running || error.kind == ApiError::Kind::Cancelled)
        return;

    if (error.ok()) {
        m_consecutiveRateLimited = 0;
        CalendarRecord record;
        record.clientId = m_clientId;
        record.applicationCalendarId = item.id;
        record.sub = credentials.sub;
        record.profileId = credentials.profile.profileId;
        record.profileName = credentials.profile.profileName;
        record.providerName = credentials.profile.providerName;
        record.scope = credentials.scope;
        record.provisionedAt
            = credentials.receivedAt.isValid() ? credentials.receivedAt : QDateTime::currentDateTimeUtc();
        record.lastSeenAt = record.provisionedAt;
        record.status = CalendarRecord::Status::Active;
        m_unwritten.append(record);
        if (m_unwritten.size() >= m_options.concurrency) {
            // Never more than one window of answers unwritten.
            if (!writeProvisioned())
                return;
        } else if (!m_writeQueued) {
            // Written at the next turn of the event loop, with every answer that arrives until then.
            m_writeQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_writeQueued = false;
                    if (m_state == State::Running && writeProvisioned())
                        pump();
                },
                Qt::QueuedConnection);
        }
    } else if (error.isRateLimited() && item.rateLimited < m_options.maxRateLimitedRetries) {
        ++m_summary.rateLimited;
        ++item.rateLimited;
        ++m_consecutiveRateLimited;
        milliseconds delay = error.retryAfter ? std::min<milliseconds>(
                                 std::chrono::duration_cast<milliseconds>(*error.retryAfter), kMaxRetryAfter)
                                              : m_options.backoff.randomDelay(m_consecutiveRateLimited);
        // Retry-After: 0 would retry at once and be refused again.
        delay = std::max(delay, milliseconds(100));
        qCInfo(lcBulk) << "429 for" << item.id << "- pausing the run for" << delay.count() << "ms"
                       << (error.retryAfter ? "(Retry-After)" : "(backoff)");
        m_pacer.pauseFor(delay);
        m_queue.push_front(item);
    } else if (error.isTransient() && !error.isRateLimited()
        && item.transientFailures < m_options.maxRetries) {
        ++item.transientFailures;
        ++m_summary.retries;
        const milliseconds delay = m_options.backoff.randomDelay(item.transientFailures);
        qCInfo(lcBulk) << "transient failure" << error.code() << "for" << item.id << "- retry"
                       << item.transientFailures << "in" << delay.count() << "ms";
        item.notBefore = m_pacer.now() + delay;
        m_queue.push_back(item);
    } else if (stopsTheRun(error)) {
        qCWarning(lcBulk) << "bulk run for" << m_clientId << "stopped:" << error.code() << "on" << item.id;
        m_queue.push_front(item); // not failed on its own account: counted as not started
        stopRun(ServiceError::fromApi(error), false);
        return;
    } else {
        failItem(item, ServiceError::fromApi(error));
        if (m_state != State::Running)
            return;
    }
    emitProgress();
    pump();
}

bool BulkProvisioner::writeProvisioned()
{
    if (m_unwritten.isEmpty())
        return true;
    const QList<CalendarRecord> batch = std::exchange(m_unwritten, {});
    // Not waiting for the disk sync: a kill -9 loses nothing, and a power cut at worst the last answers,
    // which the next run provisions again (idempotent).
    const RegistryError written
        = m_service->registry()->upsertCalendars(batch, Registry::Sync::ProcessCrashSafe);
    if (!written.ok()) {
        // Provisioned at Cronofy but not kept here: stop, and a later run provisions them again (idempotent).
        m_summary.notStarted += static_cast<int>(batch.size());
        stopRun(ServiceError::fromRegistry(written), false);
        return false;
    }
    for (const CalendarRecord &record : batch) {
        ++m_summary.done;
        noteCompletion();
        emit calendarProvisioned(record.applicationCalendarId);
    }
    return true;
}

void BulkProvisioner::failItem(const Item &item, const ServiceError &error)
{
    const QString message = error.message();
    qCInfo(lcBulk) << "failed for good:" << item.id
                   << (error.source == ServiceError::Source::Api ? error.api.code() : QString());
    const RegistryError written = m_service->registry()->recordCalendarFailure(m_clientId, item.id, message);
    if (!written.ok()) {
        stopRun(ServiceError::fromRegistry(written), false);
        return;
    }
    ++m_summary.failed;
    m_summary.failures.append(
        {item.id, message, error.source == ServiceError::Source::Api ? error.api.httpStatus : 0});
    noteCompletion();
    emit calendarFailed(item.id, message);
}

void BulkProvisioner::stopRun(const ServiceError &error, bool cancelled)
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    m_state = State::Finished; // first, so that replies to the calls aborted below are ignored
    m_summary.cancelled = cancelled;
    m_summary.error = error;
    // What was provisioned before the stop is kept (unless the list itself is what failed).
    if (!m_unwritten.isEmpty()) {
        const QList<CalendarRecord> batch = std::exchange(m_unwritten, {});
        if (error.source != ServiceError::Source::Registry
            && m_service->registry()->upsertCalendars(batch, Registry::Sync::ProcessCrashSafe).ok()) {
            m_summary.done += static_cast<int>(batch.size());
            for (const CalendarRecord &record : batch)
                emit calendarProvisioned(record.applicationCalendarId);
        } else {
            m_summary.notStarted += static_cast<int>(batch.size());
        }
    }
    // Those in flight may or may not have been provisioned at Cronofy; a later run finds out (idempotent).
    m_summary.notStarted += static_cast<int>(m_queue.size() + m_inFlight.size());
    for (const InFlight &inFlight : std::as_const(m_inFlight)) {
        // An aborted request may still have reached the server: it keeps its slot, dated now.
        m_pacer.recordAnswered(inFlight.ticket);
        if (inFlight.call)
            inFlight.call->cancel();
    }
    m_inFlight.clear();
    m_queue.clear();
    finish();
}

void BulkProvisioner::finish()
{
    m_state = State::Finished;
    m_wakeTimer.stop();
    m_progressTimer.stop();
    m_credentials = {};
    m_summary.elapsedMs = m_clock.elapsed();
    qCInfo(lcBulk) << "bulk run for" << m_clientId << "ended:" << m_summary.done << "provisioned,"
                   << m_summary.failed << "failed," << m_summary.skipped << "skipped,"
                   << m_summary.revokedSkipped.size() << "revoked skipped," << m_summary.notStarted
                   << "not started," << m_summary.rateLimited << "answered 429," << m_summary.requests
                   << "requests in" << m_summary.elapsedMs << "ms"
                   << (m_summary.cancelled ? "(cancelled)" : "");

    if (!m_summary.error.ok() || m_summary.total > 0) {
        const RegistryError logged = m_service->logOperations(runEntries());
        if (!logged.ok())
            qCWarning(lcBulk) << "could not log the bulk run:" << logged.detail;
    }
    emit progressChanged(progress());
    // Callers may start another run or delete us from their slot: emit last.
    emit finished(m_summary);
}

QList<OperationRecord> BulkProvisioner::runEntries() const
{
    // The run is one entry with its counts; each calendar that failed is an entry under it (parent_run), with
    // its HTTP status and the error's sentence. The run's id is a word of its own, not a row id, so the tie
    // survives a copy to the shared list.
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QString dataCenter;
    if (const auto application = m_service->registry()->application(m_clientId))
        dataCenter = application->dataCenter;
    QList<OperationRecord> entries;
    entries.reserve(m_summary.failures.size() + 1);
    for (const BulkFailure &failure : m_summary.failures) {
        OperationRecord entry;
        entry.at = at;
        entry.action = QStringLiteral("provision-calendar");
        entry.target = failure.applicationCalendarId;
        entry.clientId = m_clientId;
        entry.calendar = failure.applicationCalendarId;
        entry.dataCenter = dataCenter;
        entry.parentRun = runId;
        entry.outcome = OperationRecord::Outcome::Failed;
        entry.httpStatus = failure.httpStatus;
        entry.message = failure.message;
        entries.append(entry);
    }
    OperationRecord run;
    run.at = at;
    run.action = QStringLiteral("bulk-provision");
    run.target = m_clientId;
    run.clientId = m_clientId;
    run.dataCenter = dataCenter;
    run.runId = runId;
    run.outcome = m_summary.ok() ? OperationRecord::Outcome::Succeeded : OperationRecord::Outcome::Failed;
    if (m_summary.error.source == ServiceError::Source::Api)
        run.httpStatus = m_summary.error.api.httpStatus;
    run.succeededCount = m_summary.done;
    run.failedCount = m_summary.failed;
    run.skippedCount = m_summary.skipped + int(m_summary.revokedSkipped.size());
    run.notStartedCount = m_summary.notStarted;
    run.message = !m_summary.error.ok() ? m_summary.error.message()
                                        : tr("%1 provisioned, %2 failed, %3 skipped, %4 not started.")
                                              .arg(m_summary.done)
                                              .arg(m_summary.failed)
                                              .arg(run.skippedCount)
                                              .arg(m_summary.notStarted);
    // Written last, so that the run's entry is the newest of its level when its failures are there.
    entries.append(run);
    return entries;
}

void BulkProvisioner::noteCompletion()
{
    const qint64 now = m_clock.elapsed();
    m_completions.push_back(now);
    while (!m_completions.empty() && m_completions.front() < now - kRateWindowMs)
        m_completions.pop_front();
}

BulkProgress BulkProvisioner::progress() const
{
    BulkProgress p;
    p.total = m_summary.total;
    p.skipped = m_summary.skipped;
    p.revokedSkipped = static_cast<int>(m_summary.revokedSkipped.size());
    p.done = m_summary.done;
    p.failed = m_summary.failed;
    p.inFlight = static_cast<int>(m_inFlight.size());
    p.remaining = m_state == State::Finished ? 0 : std::max(0, p.total - p.finishedCount());
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.rateLimited = m_summary.rateLimited;
    p.retries = m_summary.retries;
    p.waitingForRateLimit = m_state == State::Running && m_pacer.isPaused();
    if (p.elapsedMs > 0 && !m_completions.empty()) {
        const qint64 window = std::min(kRateWindowMs, p.elapsedMs);
        const auto recent = std::count_if(
            m_completions.begin(), m_completions.end(), [&](qint64 t) { return t >= p.elapsedMs - window; });
        p.ratePerSecond = window > 0 ? static_cast<double>(recent) * 1000.0 / static_cast<double>(window) : 0;
    }
    if (p.remaining == 0) {
        p.etaSeconds = 0;
    } else if (p.ratePerSecond > 0) {
        // What the pace so far says, but never sooner than the rate limits allow.
        const double byRate = p.remaining / p.ratePerSecond;
        const double byLimits
            = static_cast<double>(m_pacer.estimate(p.remaining - p.inFlight).count()) / 1000.0;
        p.etaSeconds = static_cast<qint64>(std::ceil(std::max(byRate, byLimits)));
    }
    return p;
}

void BulkProvisioner::emitProgress()
{
    emit progressChanged(progress());
}
