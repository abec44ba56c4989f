#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// How the sandbox limits requests per application. Zero means "no limit" for that window.
// The windows slide (a log of admitted requests per application): a request is admitted when fewer than
// perSecond requests were admitted in the last 1000 ms and fewer than perMinute in the last 60 s, so a
// client paced at exactly the limit gets every request through. Refused (429) requests use no slot.
struct RateLimit
{
    Q_DECLARE_TR_FUNCTIONS(RateLimit)

public:
    int perSecond = 0;
    int perMinute = 0;

    bool isEnabled() const { return perSecond > 0 || perMinute > 0; }
    // "50/s,500/min", "5/s", "100/min" (also "off"). nullopt and a sentence in *error when malformed.
    static std::optional<RateLimit> parse(const QString &text, QString *error = nullptr);
};

// One injected fault. Which requests it hits: `path` (exact, or "*" for every API path; the /_sandbox/
// control API is never hit), `method` (empty = any), then `every` (only every Nth matching request) and
// `count` (only the first N times it fires, then it is spent).
//
// What it does:
// - status / body / html / redirect / size / retry-after: the request never reaches the API (no state
//   changes); the sandbox answers with that status (a JSON error body, or `body`, or an HTML page), a 307
//   to `redirect`, or a 200 whose body is `size` bytes, streamed in chunks.
// - malformed / wrong-types / missing-fields: the API handles the request (state changes happen), then
//   the answer is replaced by a 200 that is invalid JSON, has wrong JSON types, or lacks required keys.
// - delay: answer (or apply the other effects) this many ms late; a huge delay is a hanging server.
// - reset: close the connection abruptly (TCP RST) without answering.
// - trickle: send the answer at this many bytes per second.
// reset, trickle and streaming need socket access, which QtHttpServer gives only up to Qt 6.4 (see
// SandboxHttpFrontend.cpp for what newer Qt versions do instead).
struct FaultSpec
{
    Q_DECLARE_TR_FUNCTIONS(FaultSpec)

public:
    QString path = QStringLiteral("*");
    QString method; // upper case, empty = any
    int status = 0; // 0 = keep the API's own status
    QByteArray body;
    bool hasBody = false;
    bool html = false;
    bool malformed = false;
    bool wrongTypes = false;
    bool missingFields = false;
    int retryAfter = -1; // seconds; < 0 = no Retry-After header
    int delayMs = 0;
    bool reset = false;
    int trickleBytesPerSecond = 0;
    qint64 size = -1;
    QUrl redirect;
    int every = 0;
    int count = 0;

    // "path=/v1/application_calendars,status=500,every=3". nullopt and a sentence in *error when malformed.
    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    // The same keys as a JSON object: {"path":"/v1/calendars","status":502,"html":true}.
    static std::optional<FaultSpec> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    bool matches(const QString &requestMethod, const QString &requestPath) const;
    // True when the API must not see the request at all.
    bool shortCircuits() const;
};

struct SandboxOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    // Accepted admin API keys (Bearer for POST /v1/applications). Empty = start() generates one.
    QStringList adminKeys;
    RateLimit rateLimit;
    QList<FaultSpec> faults;
    // Where applications and calendars persist (hashes only, never a secret). Empty = memory only.
    QString stateFile;
    // Log one line per request (method, path, status, client_id) to the cronofy.sandbox category.
    bool logRequests = true;
};
