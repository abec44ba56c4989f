// bench_bulk: how fast BulkProvisioner provisions application calendars against cronofy-sandbox on loopback.
//
// (a) Unpaced: N calendars (default 2,000) with no client-side limits at each concurrency (default 4 and 16),
//     compared with the raw capacity of a fresh sandbox for the same request (POST /v1/application_calendars
//     with a JSON body, a new id each time) measured by wrk at the same number of connections.
//     Goal: >= 80 % of wrk's rate. For comparison, the same requests also go through a plain
//     QNetworkAccessManager and through raw QTcpSockets (no provisioner, no list), with the CPU time each
//     client spends per request: that shows where the time goes.
// (b) Paced: a sandbox with rate limits on (default 20/s,200/min: Cronofy's 50/s,500/min shape scaled down
//     so the run lasts about two minutes) and the provisioner paced to the same limits. Goals: >= 95 % of the
//     rate the limits allow for that many requests, < 1 % answered 429, 0 failed.
//
// A benchmark, not a test: it prints its figures and the command that reproduces them. Like the tests, it
// drives the sandbox through tests/support/SandboxProcess and keeps the client secret in a MemorySecretStore,
// and it waits for each run with a local event loop (a measuring harness, not product code).
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "bulk/BulkProvisioner.h"
#include "registry/Registry.h"
#include "secrets/SecretStore.h"
#include "service/ProvisioningService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

const QString kAdminKey = QStringLiteral("bench-bulk-admin-key");

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The wrk script: a POST of the provisioner's body with an id no other request used (every request creates a
// calendar, as in the bulk run). The credentials come from the environment, never from a file.
const char *kWrkScript = R"lua(
local nextThread = 0
function setup(thread)
   thread:set("tid", nextThread)
   nextThread = nextThread + 1
end
local counter = 0
local clientId = os.getenv("BENCH_CLIENT_ID")
local clientSecret = os.getenv("BENCH_CLIENT_SECRET")
local headers = { ["Content-Type"] = "application/json; charset=utf-8" }
function request()
   counter = counter + 1
   local body = string.format(
      '{"client_id":"%s","client_secret":"%s","application_calendar_id":"wrk-%d-%d"}',
      clientId, clientSecret, tid, counter)
   return wrk.format("POST", "/v1/application_calendars", headers, body)
end
)lua";

struct WrkResult
{
    double requestsPerSecond = 0;
    qint64 requests = 0;
    qint64 non2xx = 0;
    QString error;
};

WrkResult runWrk(const QString &wrk, const QString &scriptPath, const QUrl &base,
    const SandboxProcess::Application &app, int connections, int threads, int seconds)
{
    WrkResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_CLIENT_ID"), app.clientId);
    env.insert(QStringLiteral("BENCH_CLIENT_SECRET"), app.clientSecret);
    process.setProcessEnvironment(env);
    process.start(wrk,
        {QStringLiteral("-t%1").arg(std::min(threads, connections)), QStringLiteral("-c%1").arg(connections),
            QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), scriptPath, base.toString()});
    if (!process.waitForStarted(10000) || !process.waitForFinished((seconds + 30) * 1000)) {
        result.error = QStringLiteral("wrk did not run: %1").arg(process.errorString());
        return result;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    const auto total = QRegularExpression(QStringLiteral("(\\d+) requests in")).match(out);
    const auto non2xx = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)")).match(out);
    if (!rps.hasMatch()) {
        result.error = QStringLiteral("could not read wrk's output: %1 %2")
                           .arg(out, QString::fromUtf8(process.readAllStandardError()));
        return result;
    }
    result.requestsPerSecond = rps.captured(1).toDouble();
    result.requests = total.captured(1).toLongLong();
    result.non2xx = non2xx.hasMatch() ? non2xx.captured(1).toLongLong() : 0;
    return result;
}

struct Limits
{
    int perSecond = 0;
    int perMinute = 0;
};

// "20/s,200/min" -> {20, 200}.
bool parseLimits(const QString &text, Limits *limits)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.trimmed().split(QLatin1Char('/'));
        bool ok = false;
        const int n = pieces.value(0).toInt(&ok);
        if (!ok || n <= 0 || pieces.size() != 2)
            return false;
        if (pieces.at(1) == QLatin1String("s"))
            limits->perSecond = n;
        else if (pieces.at(1) == QLatin1String("min"))
            limits->perMinute = n;
        else
            return false;
    }
    return limits->perSecond > 0 || limits->perMinute > 0;
}

// The least time `count` requests can take under sliding-window limits: bursts of perMinute requests (each
// spread at perSecond) one minute apart. The first request goes at 0, so count requests span this long.
double optimalSeconds(int count, const Limits &limits)
{
    if (count <= 1)
        return 0;
    const int perMinute = limits.perMinute > 0 ? limits.perMinute : count;
    const int perSecond = limits.perSecond > 0 ? limits.perSecond : count;
    const int gaps = count - 1;
    const int fullMinutes = gaps / perMinute;
    const int inLastBurst = gaps % perMinute;
    // Inside a burst, perSecond requests go per second; the last burst needs floor(inLastBurst/perSecond)
    // more seconds to reach its last request.
    return fullMinutes * 60.0 + static_cast<double>(inLastBurst / perSecond);
}

// CPU time of this process (every thread: QNAM's HTTP thread too) since `before`, in microseconds.
double cpuMicros(std::clock_t before)
{
    return static_cast<double>(std::clock() - before) * 1e6 / CLOCKS_PER_SEC;
}

struct Run
{
    BulkSummary summary;
    int sandbox429 = 0;
    int sandboxCreations = 0;
    double firstToLastSeconds = 0; // from the first request sent to the last answer
    double cpuMicrosPerRequest = 0; // this process's CPU time (all threads) per request
};

class Bench
{
public:
    explicit Bench(const QString &folder)
        : m_folder(folder)
    { }

    // One bulk run of `count` fresh ids against a fresh sandbox started with `sandboxArgs`.
    bool provision(const QStringList &sandboxArgs, const BulkOptions &options, int count, const QString &tag,
        Run *run, QString *error)
    {
        SandboxProcess sandbox(
            QStringList {QStringLiteral("--admin-key"), kAdminKey, QStringLiteral("--quiet")} + sandboxArgs);
        if (!sandbox.start()) {
            *error = sandbox.errorString();
            return false;
        }
        const SandboxProcess::Application app = sandbox.provisionApplication();
        if (!app.isValid()) {
            *error = QStringLiteral("the sandbox did not create an application");
            return false;
        }
        Registry::OpenResult opened
            = Registry::open(m_folder + QStringLiteral("/registry-%1.sqlite").arg(tag));
        if (!opened.registry) {
            *error = opened.error.message();
            return false;
        }
        MemorySecretStore secrets;
        secrets.insert(SecretKeys::clientSecret(app.clientId), app.clientSecret);
        QNetworkAccessManager nam;
        ProvisioningService service(opened.registry.get(), &secrets, &nam);
        ApplicationRecord record;
        record.clientId = app.clientId;
        record.name = QStringLiteral("bench");
        record.dataCenter = sandbox.dataCenter().storageKey();
        record.origin = ApplicationRecord::Origin::Imported;
        record.createdAt = QDateTime::currentDateTimeUtc();
        if (const RegistryError written = opened.registry->upsertApplication(record); !written.ok()) {
            *error = written.detail;
            return false;
        }
        QStringList ids;
        ids.reserve(count);
        for (int i = 0; i < count; ++i)
            ids.append(QStringLiteral("%1-%2").arg(tag).arg(i, 5, 10, QLatin1Char('0')));

        BulkProvisioner bulk(&service);
        bulk.setOptions(options);
        QEventLoop loop;
        QObject::connect(&bulk, &BulkProvisioner::finished, &loop, [&](const BulkSummary &summary) {
            run->summary = summary;
            loop.quit();
        });
        const std::clock_t cpuBefore = std::clock();
        bulk.start(app.clientId, ids);
        loop.exec();
        run->cpuMicrosPerRequest = cpuMicros(cpuBefore) / std::max(1, run->summary.requests);

        const QJsonObject stats = sandbox.stats();
        run->sandbox429
            = stats.value(QStringLiteral("responses")).toObject().value(QStringLiteral("429")).toInt();
        run->sandboxCreations = stats.value(QStringLiteral("calendar_creations")).toInt();
        return true;
    }

    enum class Reference { PlainQnam, RawSocket };

    // The same requests as the bulk run (a new id each, the same JSON body) without the provisioner and
    // without the list, against a fresh sandbox: through a plain QNetworkAccessManager (what any QNAM-based
    // client can reach), or through raw keep-alive QTcpSocket connections with HTTP/1.1 written by hand (what
    // Qt's event loop itself allows). Requests per second in *rate.
    bool reference(
        Reference kind, int concurrency, int count, double *rate, double *cpuPerRequest, QString *error)
    {
        SandboxProcess sandbox({QStringLiteral("--admin-key"), kAdminKey, QStringLiteral("--quiet")});
        if (!sandbox.start()) {
            *error = sandbox.errorString();
            return false;
        }
        const SandboxProcess::Application app = sandbox.provisionApplication();
        if (!app.isValid()) {
            *error = QStringLiteral("the sandbox did not create an application");
            return false;
        }
        auto body = [&app](int i) {
            return QJsonDocument(QJsonObject {{QStringLiteral("client_id"), app.clientId},
                                     {QStringLiteral("client_secret"), app.clientSecret},
                                     {QStringLiteral("application_calendar_id"),
                                         QStringLiteral("ref-%1").arg(i, 5, 10, QLatin1Char('0'))}})
                .toJson(QJsonDocument::Compact);
        };
        int sent = 0;
        int answered = 0;
        int failed = 0;
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuBefore = std::clock();
        auto answer = [&](bool ok) {
            failed += ok ? 0 : 1;
            if (++answered == count)
                loop.quit();
        };
        // Everything the callbacks use lives until loop.exec() returns.
        QNetworkAccessManager nam;
        QList<QTcpSocket *> sockets;
        const QUrl url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/application_calendars")));
        const QByteArray head
            = "POST /v1/application_calendars HTTP/1.1\r\nHost: " + sandbox.baseUrl().authority().toLatin1()
            + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ";
        std::function<void()> next;
        if (kind == Reference::PlainQnam) {
            next = [&] {
                if (sent >= count)
                    return;
                QNetworkRequest request(url);
                request.setHeader(
                    QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
                request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
                QNetworkReply *reply = nam.post(request, body(sent++));
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    reply->readAll();
                    reply->deleteLater();
                    answer(reply->error() == QNetworkReply::NoError);
                    next();
                });
            };
            for (int c = 0; c < concurrency; ++c)
                next();
        } else {
            for (int c = 0; c < concurrency; ++c) {
                auto *socket = new QTcpSocket;
                sockets.append(socket);
                auto buffer = std::make_shared<QByteArray>();
                auto sendOne = [&, socket] {
                    if (sent >= count)
                        return;
                    const QByteArray b = body(sent++);
                    socket->write(head + QByteArray::number(b.size()) + "\r\n\r\n" + b);
                };
                QObject::connect(socket, &QTcpSocket::connected, &loop, sendOne);
                QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket, buffer, sendOne] {
                    *buffer += socket->readAll();
                    for (;;) { // one complete answer (headers + Content-Length bytes) at a time
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const qsizetype at = buffer->indexOf("Content-Length: ");
                        const qsizetype length
                            = buffer->mid(at + 16, buffer->indexOf('\r', at) - at - 16).toLongLong();
                        if (at < 0 || buffer->size() < end + 4 + length)
                            return;
                        answer(buffer->startsWith("HTTP/1.1 200"));
                        buffer->remove(0, end + 4 + length);
                        sendOne();
                    }
                });
                socket->connectToHost(
                    QHostAddress(sandbox.baseUrl().host()), quint16(sandbox.baseUrl().port()));
            }
        }
        loop.exec();
        const qint64 ms = std::max<qint64>(1, clock.elapsed());
        qDeleteAll(sockets);
        if (failed > 0) {
            *error = QStringLiteral("%1 of %2 reference requests failed").arg(failed).arg(count);
            return false;
        }
        *rate = count * 1000.0 / static_cast<double>(ms);
        *cpuPerRequest = cpuMicros(cpuBefore) / count;
        return true;
    }

    // wrk against a fresh sandbox with no limits.
    bool raw(const QString &wrk, int connections, int threads, int seconds, WrkResult *result, QString *error)
    {
        SandboxProcess sandbox({QStringLiteral("--admin-key"), kAdminKey, QStringLiteral("--quiet")});
        if (!sandbox.start()) {
            *error = sandbox.errorString();
            return false;
        }
        const SandboxProcess::Application app = sandbox.provisionApplication();
        if (!app.isValid()) {
            *error = QStringLiteral("the sandbox did not create an application");
            return false;
        }
        const QString script = m_folder + QStringLiteral("/post.lua");
        QFile file(script);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly)) {
                *error = file.errorString();
                return false;
            }
            file.write(kWrkScript);
            file.close();
        }
        *result = runWrk(wrk, script, sandbox.baseUrl(), app, connections, threads, seconds);
        if (!result->error.isEmpty()) {
            *error = result->error;
            return false;
        }
        return true;
    }

private:
    QString m_folder;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CronofyConsoleBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_bulk"));
    QStandardPaths::setTestModeEnabled(true); // never the real data folder
    // As cronofyctl: no line per request (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("cronofy.*.info=false"));
    if (qEnvironmentVariableIsEmpty("CRONOFY_SANDBOX_BIN"))
        qputenv("CRONOFY_SANDBOX_BIN", QByteArray(BENCH_SANDBOX_BIN));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk provisioning throughput against cronofy-sandbox."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"),
        QStringLiteral("Calendars per unpaced run (2000)."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption concurrencies(QStringLiteral("concurrency"),
        QStringLiteral("Comma-separated concurrencies for the unpaced runs (4,16)."), QStringLiteral("LIST"),
        QStringLiteral("4,16"));
    const QCommandLineOption wrkSeconds(QStringLiteral("wrk-seconds"),
        QStringLiteral("How long each wrk measurement lasts (10)."), QStringLiteral("S"),
        QStringLiteral("10"));
    const QCommandLineOption wrkThreads(QStringLiteral("wrk-threads"),
        QStringLiteral("wrk threads (1: the provisioner is one thread too)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption pacedLimits(QStringLiteral("paced-limits"),
        QStringLiteral("The sandbox's and the provisioner's limits for the paced run (20/s,200/min)."),
        QStringLiteral("LIMITS"), QStringLiteral("20/s,200/min"));
    const QCommandLineOption pacedCount(QStringLiteral("paced-count"),
        QStringLiteral("Calendars in the paced run (600)."), QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption pacedConcurrency(QStringLiteral("paced-concurrency"),
        QStringLiteral("Concurrency of the paced run (4, the default of cronofyctl)."), QStringLiteral("N"),
        QStringLiteral("4"));
    const QCommandLineOption skipUnpaced(
        QStringLiteral("skip-unpaced"), QStringLiteral("Only the paced run."));
    const QCommandLineOption skipPaced(
        QStringLiteral("skip-paced"), QStringLiteral("Only the unpaced runs."));
    parser.addOptions({count, concurrencies, wrkSeconds, wrkThreads, pacedLimits, pacedCount,
        pacedConcurrency, skipUnpaced, skipPaced});
    parser.process(app);

    QTemporaryDir folder;
    if (!folder.isValid()) {
        print(QStringLiteral("cannot make a temporary folder"));
        return 1;
    }
    Bench bench(folder.path());
    bool allGoalsMet = true;
    print(QStringLiteral("bench_bulk: BulkProvisioner against cronofy-sandbox on 127.0.0.1 (%1 CPU core(s))")
              .arg(QThread::idealThreadCount()));
    print(QStringLiteral("reproduce: %1").arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    if (!parser.isSet(skipUnpaced)) {
        const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
        const int n = parser.value(count).toInt();
        print(QString());
        print(QStringLiteral(
            "(a) unpaced: %1 calendars, no client-side limits, vs wrk (%2 thread(s), %3 s) on a "
            "fresh sandbox, same POST /v1/application_calendars with a new id per request")
                  .arg(n)
                  .arg(parser.value(wrkThreads), parser.value(wrkSeconds)));
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                  .arg(QStringLiteral("concurrency"), 11)
                  .arg(QStringLiteral("bulk/s"), 8)
                  .arg(QStringLiteral("bulk s"), 7)
                  .arg(QStringLiteral("QNAM/s"), 8)
                  .arg(QStringLiteral("socket/s"), 9)
                  .arg(QStringLiteral("wrk/s"), 8)
                  .arg(QStringLiteral("bulk/wrk"), 9)
                  .arg(QStringLiteral("bulk/QNAM"), 10)
                  .arg(QStringLiteral("goal>=80%"), 10));
        QStringList cpuLines;
        for (const QString &text : parser.value(concurrencies).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = text.toInt();
            BulkOptions options;
            options.concurrency = c;
            options.perSecond = 0;
            options.perMinute = 0;
            Run run;
            QString error;
            if (!bench.provision({}, options, n, QStringLiteral("c%1").arg(c), &run, &error)) {
                print(QStringLiteral("bulk run failed to start: %1").arg(error));
                return 1;
            }
            const double bulkRate = run.summary.done * 1000.0 / std::max<qint64>(1, run.summary.elapsedMs);
            double qnamRate = 0;
            double socketRate = 0;
            double qnamCpu = 0;
            double socketCpu = 0;
            if (!bench.reference(Bench::Reference::PlainQnam, c, n, &qnamRate, &qnamCpu, &error))
                print(QStringLiteral("  plain QNAM: %1").arg(error));
            if (!bench.reference(Bench::Reference::RawSocket, c, n, &socketRate, &socketCpu, &error))
                print(QStringLiteral("  raw socket: %1").arg(error));
            cpuLines.append(QStringLiteral("%1 %2 %3 %4")
                                .arg(c, 11)
                                .arg(run.cpuMicrosPerRequest, 8, 'f', 0)
                                .arg(qnamCpu, 8, 'f', 0)
                                .arg(socketCpu, 9, 'f', 0));
            WrkResult raw;
            if (wrk.isEmpty()) {
                raw.error = QStringLiteral("wrk is not installed (apt-get install wrk)");
            } else if (!bench.raw(wrk, c, parser.value(wrkThreads).toInt(), parser.value(wrkSeconds).toInt(),
                           &raw, &error)) {
                raw.error = error;
            }
            const double ratio = raw.requestsPerSecond > 0 ? bulkRate / raw.requestsPerSecond : 0;
            const double ofQnam = qnamRate > 0 ? bulkRate / qnamRate : 0;
            const bool met = run.summary.ok() && run.summary.done == n && ratio >= 0.8;
            allGoalsMet = allGoalsMet && met;
            print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                      .arg(c, 11)
                      .arg(bulkRate, 8, 'f', 0)
                      .arg(run.summary.elapsedMs / 1000.0, 7, 'f', 2)
                      .arg(qnamRate, 8, 'f', 0)
                      .arg(socketRate, 9, 'f', 0)
                      .arg(raw.requestsPerSecond, 8, 'f', 0)
                      .arg(QStringLiteral("%1%").arg(ratio * 100, 0, 'f', 0), 9)
                      .arg(QStringLiteral("%1%").arg(ofQnam * 100, 0, 'f', 0), 10)
                      .arg(met ? QStringLiteral("yes") : QStringLiteral("NO"), 10));
            if (!raw.error.isEmpty())
                print(QStringLiteral("  wrk: %1").arg(raw.error));
            if (raw.non2xx > 0)
                print(
                    QStringLiteral("  wrk: %1 of %2 answers were not 2xx").arg(raw.non2xx).arg(raw.requests));
            if (!run.summary.ok() || run.sandboxCreations != n)
                print(QStringLiteral(
                    "  bulk: %1 done, %2 failed, %3 not started, %4 created at the sandbox: %5")
                          .arg(run.summary.done)
                          .arg(run.summary.failed)
                          .arg(run.summary.notStarted)
                          .arg(run.sandboxCreations)
                          .arg(run.summary.error.message()));
        }
        print(QStringLiteral(
            "  QNAM/s: the same requests through a plain QNetworkAccessManager (no provisioner, "
            "no list); socket/s: through raw keep-alive QTcpSockets (HTTP/1.1 by hand)"));
        print(QStringLiteral("client CPU time per request, microseconds (all threads of this process):"));
        print(QStringLiteral("%1 %2 %3 %4")
                  .arg(QStringLiteral("concurrency"), 11)
                  .arg(QStringLiteral("bulk"), 8)
                  .arg(QStringLiteral("QNAM"), 8)
                  .arg(QStringLiteral("socket"), 9));
        for (const QString &line : std::as_const(cpuLines))
            print(line);
    }

    if (!parser.isSet(skipPaced)) {
        Limits limits;
        if (!parseLimits(parser.value(pacedLimits), &limits)) {
            print(QStringLiteral("--paced-limits takes e.g. 20/s,200/min"));
            return 1;
        }
        const int n = parser.value(pacedCount).toInt();
        BulkOptions options;
        options.concurrency = parser.value(pacedConcurrency).toInt();
        options.perSecond = limits.perSecond;
        options.perMinute = limits.perMinute;
        print(QString());
        print(
            QStringLiteral("(b) paced: %1 calendars, sandbox --rate-limit %2, provisioner paced to the same "
                           "limits, concurrency %3")
                .arg(n)
                .arg(parser.value(pacedLimits))
                .arg(options.concurrency));
        Run run;
        QString error;
        if (!bench.provision({QStringLiteral("--rate-limit"), parser.value(pacedLimits)}, options, n,
                QStringLiteral("paced"), &run, &error)) {
            print(QStringLiteral("paced run failed to start: %1").arg(error));
            return 1;
        }
        const BulkSummary &s = run.summary;
        const double seconds = s.elapsedMs / 1000.0;
        const double best = optimalSeconds(s.requests, limits);
        // The requests of the run span at least `best` seconds under the limits; the run took `seconds`.
        const double efficiency = seconds > 0 ? std::min(1.0, best / seconds) : 0;
        const double achievedPerMinute
            = s.requests > 1 && seconds > 0 ? (s.requests - 1) * 60.0 / seconds : 0;
        const double allowedPerMinute = best > 0 ? (s.requests - 1) * 60.0 / best : 0;
        const double share429 = s.requests > 0 ? 100.0 * s.rateLimited / s.requests : 0;
        const bool met = efficiency >= 0.95 && share429 < 1.0 && s.failed == 0 && s.ok();
        allGoalsMet = allGoalsMet && met;
        print(QStringLiteral("  %1 provisioned, %2 failed, %3 requests, %4 answered 429 (%5%; the sandbox "
                             "counted %6), took %7 s")
                  .arg(s.done)
                  .arg(s.failed)
                  .arg(s.requests)
                  .arg(s.rateLimited)
                  .arg(share429, 0, 'f', 2)
                  .arg(run.sandbox429)
                  .arg(seconds, 0, 'f', 1));
        print(QStringLiteral("  achieved %1 requests/min; the limits allow at most %2/min for %3 requests "
                             "(%4 s at best): %5% of the limit")
                  .arg(achievedPerMinute, 0, 'f', 1)
                  .arg(allowedPerMinute, 0, 'f', 1)
                  .arg(s.requests)
                  .arg(best, 0, 'f', 1)
                  .arg(efficiency * 100, 0, 'f', 1));
        print(QStringLiteral("  goals (>= 95% of the limit, < 1% 429, 0 failed): %1")
                  .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));
    }
    return allGoalsMet ? 0 : 2;
}
