// BulkProvisioner against a real cronofy-sandbox over loopback: every result is written as it arrives, resume
// skips what is Active, revoked ids are skipped and named unless included, 429s (the sandbox's own rate
// limit) are waited out, transient 500s are retried, a permanent 422 is recorded for its id, refused
// credentials stop the run once, and cancel leaves a consistent list.
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "bulk/BulkProvisioner.h"
#include "bulk/BulkText.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {
QStringList makeIds(const QString &prefix, int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids.append(QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')));
    return ids;
}
} // namespace

class TestBulkProvisioner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Registry> m_registry;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ProvisioningService *m_service = nullptr;

    // A new application on `sandbox`, known to the list and the secret store.
    QString addApplication(SandboxProcess &sandbox, const QString &secretOverride = {})
    {
        const SandboxProcess::Application app = sandbox.provisionApplication();
        if (!app.isValid())
            return {};
        ApplicationRecord record;
        record.clientId = app.clientId;
        record.name = QStringLiteral("Bulk test");
        record.url = QStringLiteral("https://example.com");
        record.dataCenter = sandbox.dataCenter().storageKey();
        record.createdAt = QDateTime::currentDateTimeUtc();
        if (!m_registry->upsertApplication(record).ok())
            return {};
        m_secrets->insert(SecretKeys::clientSecret(app.clientId),
            secretOverride.isEmpty() ? app.clientSecret : secretOverride);
        return app.clientId;
    }

    // Runs to the end and returns the summary.
    BulkSummary run(
        BulkProvisioner &bulk, const QString &clientId, const QStringList &ids, int timeoutMs = 60000)
    {
        QSignalSpy finished(&bulk, &BulkProvisioner::finished);
        bulk.start(clientId, ids);
        if (!finished.wait(timeoutMs) && finished.isEmpty())
            qWarning("the bulk run did not finish in time");
        return finished.isEmpty() ? BulkSummary() : finished.constFirst().constFirst().value<BulkSummary>();
    }

    static QHash<QString, int> provisionCounts(SandboxProcess &sandbox, const QString &clientId)
    {
        QHash<QString, int> counts;
        for (const QJsonValue &value : sandbox.calendars(clientId)) {
            const QJsonObject o = value.toObject();
            counts[o.value(QStringLiteral("application_calendar_id")).toString()]
                += o.value(QStringLiteral("provision_count")).toInt();
        }
        return counts;
    }

    static int responses(SandboxProcess &sandbox, int status)
    {
        return sandbox.stats()
            .value(QStringLiteral("responses"))
            .toObject()
            .value(QString::number(status))
            .toInt();
    }

    BulkOptions fastOptions() const
    {
        BulkOptions options;
        options.perSecond = 0;
        options.perMinute = 0;
        options.backoff.initial = 50ms; // keep retries quick in tests
        options.backoff.cap = 400ms;
        return options;
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        Registry::OpenResult opened
            = Registry::open(TestEnvironment::home() + QStringLiteral("/data/registry.sqlite"));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = new MemorySecretStore(this);
        m_nam = new QNetworkAccessManager(this);
        m_service = new ProvisioningService(m_registry.get(), m_secrets, m_nam, this);
        m_service->setTimeout(10s);
    }

    void provisionsEveryIdAndWritesEachResultAsItArrives()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        const QStringList ids = makeIds(QStringLiteral("room"), 60);
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        int seenInListWhenSignalled = 0;
        connect(&bulk, &BulkProvisioner::calendarProvisioned, this, [&](const QString &id) {
            // The row is already committed when the success is announced.
            const auto row = m_registry->calendar(clientId, id);
            if (row && row->status == CalendarRecord::Status::Active
                && row->sub.startsWith(QLatin1String("apc_")))
                ++seenInListWhenSignalled;
        });
        QList<BulkProgress> progress;
        connect(&bulk, &BulkProvisioner::progressChanged, this,
            [&](const BulkProgress &p) { progress.append(p); });
        const int readsBefore = m_secrets->readCount();

        const BulkSummary summary = run(bulk, clientId, ids);
        QVERIFY2(summary.ok(), qPrintable(summary.error.message()));
        QCOMPARE(summary.done, 60);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.requests, 60);
        QCOMPARE(seenInListWhenSignalled, 60);
        QCOMPARE(m_secrets->readCount() - readsBefore, 1); // the client_secret is read once per run
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), 60);
        const QHash<QString, int> counts = provisionCounts(*m_sandbox, clientId);
        QCOMPARE(counts.size(), 60);
        for (const QString &id : ids)
            QCOMPARE(counts.value(id), 1);
        QVERIFY(m_registry->integrityOk());

        // Progress went from all remaining to none, never backwards.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().remaining, 0);
        QCOMPARE(progress.constLast().done, 60);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).done >= progress.at(i - 1).done);
        QVERIFY(!BulkText::summary(summary).isEmpty());
    }

    void resumeSkipsWhatIsActiveAndRefreshSendsAgain()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        const QStringList ids = makeIds(QStringLiteral("desk"), 30);
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        BulkSummary first = run(bulk, clientId, ids.mid(0, 12));
        QCOMPARE(first.done, 12);

        const BulkSummary resumed = run(bulk, clientId, ids);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.skipped, 12);
        QCOMPARE(resumed.done, 18);
        QCOMPARE(resumed.requests, 18);
        QHash<QString, int> counts = provisionCounts(*m_sandbox, clientId);
        for (const QString &id : ids)
            QCOMPARE(counts.value(id), 1);

        BulkOptions refresh = fastOptions();
        refresh.refresh = true;
        bulk.setOptions(refresh);
        const BulkSummary refreshed = run(bulk, clientId, ids.mid(0, 5));
        QCOMPARE(refreshed.skipped, 0);
        QCOMPARE(refreshed.done, 5);
        counts = provisionCounts(*m_sandbox, clientId);
        QCOMPARE(counts.value(ids.at(0)), 2);
        QCOMPARE(counts.value(ids.at(5)), 1);
        QCOMPARE(m_registry->calendars(clientId).size(), 30); // still one row per id
    }

    // A revoke is deliberate: running the same ids again skips and names the revoked ones, and sends them
    // only when asked (includeRevoked), which makes them Active again.
    void revokedCalendarsAreSkippedUnlessIncluded()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        const QStringList ids = makeIds(QStringLiteral("hall"), 6);
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        QCOMPARE(run(bulk, clientId, ids).done, 6);
        for (const QString &id : {ids.at(1), ids.at(4)})
            QVERIFY(m_registry->markRevoked(clientId, m_registry->calendar(clientId, id)->sub).ok());
        QCOMPARE(m_registry->calendarIds(clientId, CalendarRecord::Status::Revoked),
            QSet<QString>({ids.at(1), ids.at(4)}));

        BulkOptions refresh = fastOptions();
        refresh.refresh = true; // even "provision again" leaves revoked ones alone
        bulk.setOptions(refresh);
        const BulkSummary skipping = run(bulk, clientId, ids + QStringList {ids.at(1)});
        QVERIFY(skipping.ok());
        QCOMPARE(skipping.done, 4);
        QCOMPARE(skipping.requests, 4);
        QCOMPARE(skipping.revokedSkipped, QStringList({ids.at(1), ids.at(4)}));
        QCOMPARE(skipping.skipped, 1); // the repeated id
        QCOMPARE(m_registry->calendar(clientId, ids.at(1))->status, CalendarRecord::Status::Revoked);
        QCOMPARE(provisionCounts(*m_sandbox, clientId).value(ids.at(1)), 1);
        const QString said = BulkText::summary(skipping);
        QVERIFY2(said.contains(QLatin1String("2 revoked calendars skipped")), qPrintable(said));
        QVERIFY2(said.contains(ids.at(1)) && said.contains(ids.at(4)), qPrintable(said));
        QVERIFY(BulkText::counts(bulk.progress()).contains(QLatin1String("2 revoked")));

        BulkOptions include = fastOptions();
        include.includeRevoked = true;
        bulk.setOptions(include);
        const BulkSummary including = run(bulk, clientId, ids);
        QVERIFY(including.ok());
        QVERIFY(including.revokedSkipped.isEmpty());
        QCOMPARE(including.done, 2);
        QCOMPARE(including.skipped, 4);
        QCOMPARE(m_registry->calendar(clientId, ids.at(4))->status, CalendarRecord::Status::Active);
        QVERIFY(m_registry->calendarIds(clientId, CalendarRecord::Status::Revoked).isEmpty());
    }

    void pacedToTheSandboxLimitIsNotRefused()
    {
        SandboxProcess limited({QStringLiteral("--rate-limit"), QStringLiteral("20/s")});
        QVERIFY2(limited.start(), qPrintable(limited.errorString()));
        const QString clientId = addApplication(limited);
        QVERIFY(!clientId.isEmpty());
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions();
        options.perSecond = 20;
        options.perMinute = 0;
        options.concurrency = 8;
        bulk.setOptions(options);
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("paced"), 90));
        QVERIFY2(summary.ok(), qPrintable(summary.error.message()));
        QCOMPARE(summary.done, 90);
        // 90 requests at 20/s: four full windows to wait, so at least ~4 s, and not much more.
        QVERIFY2(summary.elapsedMs >= 4000, qPrintable(QString::number(summary.elapsedMs)));
        QVERIFY2(summary.elapsedMs < 12000, qPrintable(QString::number(summary.elapsedMs)));
        QVERIFY2(summary.rateLimited <= 1, qPrintable(QString::number(summary.rateLimited)));
        QVERIFY(responses(limited, 429) <= 1);
    }

    void unpacedRunWaitsOut429s()
    {
        SandboxProcess limited({QStringLiteral("--rate-limit"), QStringLiteral("10/s")});
        QVERIFY2(limited.start(), qPrintable(limited.errorString()));
        const QString clientId = addApplication(limited);
        QVERIFY(!clientId.isEmpty());
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions(); // no client-side pacing at all: the sandbox answers 429
        options.concurrency = 4;
        bulk.setOptions(options);
        const QStringList ids = makeIds(QStringLiteral("burst"), 50);
        const BulkSummary summary = run(bulk, clientId, ids);
        QVERIFY2(summary.ok(), qPrintable(summary.error.message()));
        QCOMPARE(summary.done, 50);
        QCOMPARE(summary.failed, 0);
        QVERIFY2(summary.rateLimited > 0, "the sandbox's limit was expected to refuse some requests");
        // Each 429 pauses the whole run for Retry-After, so only what was already in flight is refused with
        // it.
        QVERIFY2(summary.rateLimited <= 25, qPrintable(QString::number(summary.rateLimited)));
        QCOMPARE(responses(limited, 429), summary.rateLimited);
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), 50);
        const QHash<QString, int> counts = provisionCounts(limited, clientId);
        QCOMPARE(counts.size(), 50);
    }

    void transient500sAreRetried()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("status"), 500}, {QStringLiteral("count"), 6}}));
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("retry"), 10));
        QVERIFY(m_sandbox->clearFaults());
        QVERIFY2(summary.ok(), qPrintable(summary.error.message()));
        QCOMPARE(summary.done, 10);
        QCOMPARE(summary.retries, 6);
        QCOMPARE(summary.requests, 16);
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), 10);
    }

    void transientFailuresAreRetriedABoundedNumberOfTimes()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("status"), 503}}));
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions();
        options.maxRetries = 3;
        options.concurrency = 1;
        bulk.setOptions(options);
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("down"), 2));
        QVERIFY(m_sandbox->clearFaults());
        QCOMPARE(summary.done, 0);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.requests, 8); // 1 + 3 retries each
        QCOMPARE(summary.failures.size(), 2);
        QCOMPARE(summary.failures.at(0).httpStatus, 503);
        const auto row = m_registry->calendar(clientId, summary.failures.at(0).applicationCalendarId);
        QVERIFY(row);
        QCOMPARE(row->status, CalendarRecord::Status::Failed);
        QVERIFY(!row->lastError.isEmpty());
    }

    void permanent422IsRecordedForItsId()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(m_sandbox->addFault(QJsonObject {
            {QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
            {QStringLiteral("status"), 422}, {QStringLiteral("count"), 1},
            {QStringLiteral("body"),
                QStringLiteral(
                    "{\"errors\":{\"application_calendar_id\":[{\"key\":\"errors.invalid\",\"description\":"
                    "\"is invalid\"}]}}")}}));
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions();
        options.concurrency = 1; // so the first id is the one refused
        bulk.setOptions(options);
        QSignalSpy failedSpy(&bulk, &BulkProvisioner::calendarFailed);
        const QStringList ids = makeIds(QStringLiteral("strict"), 5);
        const BulkSummary summary = run(bulk, clientId, ids);
        QVERIFY(m_sandbox->clearFaults());
        QVERIFY(summary.error.ok());
        QCOMPARE(summary.done, 4);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.requests, 5); // a 422 is not retried
        QCOMPARE(summary.failures.constFirst().applicationCalendarId, ids.constFirst());
        QCOMPARE(summary.failures.constFirst().httpStatus, 422);
        QCOMPARE(failedSpy.size(), 1);
        const auto row = m_registry->calendar(clientId, ids.constFirst());
        QVERIFY(row);
        QCOMPARE(row->status, CalendarRecord::Status::Failed);
        QCOMPARE(row->lastError, summary.failures.constFirst().message);
        QVERIFY(!summary.ok());

        // The failed id is not Active, so running the list again retries exactly that one.
        const BulkSummary again = run(bulk, clientId, ids);
        QCOMPARE(again.skipped, 4);
        QCOMPARE(again.done, 1);
        QCOMPARE(m_registry->calendar(clientId, ids.constFirst())->status, CalendarRecord::Status::Active);
    }

    void refusedCredentialsStopTheRunOnce()
    {
        const QString clientId = addApplication(*m_sandbox, QStringLiteral("not-the-secret"));
        QVERIFY(!clientId.isEmpty());
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        QSignalSpy failedSpy(&bulk, &BulkProvisioner::calendarFailed);
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("nope"), 40));
        QCOMPARE(summary.error.source, ServiceError::Source::Api);
        QCOMPARE(summary.error.api.httpStatus, 401);
        QVERIFY(!summary.error.message().isEmpty());
        QCOMPARE(summary.done, 0);
        QCOMPARE(failedSpy.size(), 0); // not 40 times the same sentence
        QCOMPARE(summary.notStarted, 40);
        QVERIFY(summary.requests <= 4); // at most what was in flight
        QVERIFY(m_registry->calendars(clientId).isEmpty());
    }

    void missingSecretStopsBeforeSending()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        m_secrets->setFailure(SecretError::Kind::Unavailable, MemorySecretStore::Read);
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("locked"), 3));
        m_secrets->clearFailure();
        QCOMPARE(summary.error.source, ServiceError::Source::Secrets);
        QCOMPARE(summary.requests, 0);
        QCOMPARE(summary.notStarted, 3);
    }

    void cancelStopsAtOnceAndTheRestResumes()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        const QStringList ids = makeIds(QStringLiteral("cancel"), 100);
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions();
        options.perSecond = 25; // slow enough to cancel in the middle
        bulk.setOptions(options);
        QSignalSpy finished(&bulk, &BulkProvisioner::finished);
        bulk.start(clientId, ids);
        QTRY_VERIFY_WITH_TIMEOUT(bulk.progress().done >= 20, 20000);
        bulk.cancel();
        QCOMPARE(finished.size(), 1); // at once, not when the aborted requests come back
        const BulkSummary summary = finished.constFirst().constFirst().value<BulkSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.done >= 20 && summary.done < 100);
        QCOMPARE(summary.done + summary.notStarted, 100);
        QVERIFY(!bulk.isRunning());
        // Whatever the aborted requests did at the sandbox, the list holds exactly the announced successes.
        // The aborted requests call back from the event loop: let them arrive, and be ignored.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), summary.done);
        QVERIFY(m_registry->integrityOk());

        const BulkSummary resumed = run(bulk, clientId, ids);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.skipped, summary.done);
        QCOMPARE(resumed.done, 100 - summary.done);
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), 100);
    }

    void stopStartingLetsTheRequestsInFlightFinish()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        const QStringList ids = makeIds(QStringLiteral("stop"), 60);
        // Every answer comes 300 ms late: when the run is told to stop, 4 requests are at the sandbox.
        QVERIFY(m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("delay"), 300}}));
        BulkProvisioner bulk(m_service);
        bulk.setOptions(fastOptions());
        QSignalSpy finished(&bulk, &BulkProvisioner::finished);
        bulk.start(clientId, ids);
        QTRY_VERIFY_WITH_TIMEOUT(bulk.progress().done >= 8, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(bulk.progress().inFlight, 4, 5000);
        const int sentBeforeStop = bulk.summary().requests;
        bulk.stopStarting();
        QVERIFY(bulk.isStopping());
        QVERIFY(finished.isEmpty()); // not at once: the 4 in flight are waited for
        QVERIFY(finished.wait(10000));
        QVERIFY(m_sandbox->clearFaults());
        const BulkSummary summary = finished.constFirst().constFirst().value<BulkSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.requests, sentBeforeStop); // nothing new was sent
        QCOMPARE(summary.done, sentBeforeStop); // and every request sent was answered and written
        QCOMPARE(summary.done + summary.notStarted, 60);
        QVERIFY(summary.notStarted > 0);
        // The list and the sandbox agree: each calendar created there is Active here, none more.
        const QHash<QString, int> counts = provisionCounts(*m_sandbox, clientId);
        const QSet<QString> active = m_registry->activeCalendarIds(clientId);
        QCOMPARE(active.size(), counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QVERIFY2(active.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), 1);
        }

        const BulkSummary resumed = run(bulk, clientId, ids);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.skipped, summary.done);
        QCOMPARE(resumed.done, 60 - summary.done);
        for (const int count : provisionCounts(*m_sandbox, clientId))
            QCOMPARE(count, 1); // nothing was sent twice
        QCOMPARE(m_registry->activeCalendarIds(clientId).size(), 60);
    }

    void progressReportsRateAndTimeLeft()
    {
        const QString clientId = addApplication(*m_sandbox);
        QVERIFY(!clientId.isEmpty());
        BulkProvisioner bulk(m_service);
        BulkOptions options = fastOptions();
        options.perSecond = 20;
        bulk.setOptions(options);
        BulkProgress middle;
        connect(&bulk, &BulkProvisioner::progressChanged, this, [&](const BulkProgress &p) {
            // Results are committed in groups (at most the concurrency), so "done" may step over 30.
            if (middle.done == 0 && p.done >= 30)
                middle = p;
        });
        const BulkSummary summary = run(bulk, clientId, makeIds(QStringLiteral("eta"), 60));
        QVERIFY(summary.ok());
        QVERIFY2(middle.done >= 30 && middle.done < 30 + options.concurrency,
            qPrintable(QString::number(middle.done)));
        QCOMPARE(middle.total, 60);
        QCOMPARE(middle.remaining, 60 - middle.done);
        QVERIFY2(middle.ratePerSecond > 10 && middle.ratePerSecond <= 40,
            qPrintable(QString::number(middle.ratePerSecond)));
        QVERIFY2(
            middle.etaSeconds >= 1 && middle.etaSeconds <= 4, qPrintable(QString::number(middle.etaSeconds)));
        QVERIFY(BulkText::progressLine(middle).contains(QStringLiteral("%1 done").arg(middle.done)));
    }
};

QTEST_GUILESS_MAIN(TestBulkProvisioner)
#include "tst_bulkprovisioner.moc"
