#pragma once

#include "SandboxOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

struct SandboxReply;
struct SandboxRequest;
class SandboxHttpFrontend;

// A local Cronofy-compatible server (cronofy-sandbox), embeddable: the window's "Try it offline" runs one
// in-process, the cronofy-sandbox executable wraps one for tests and benchmarks.
//
//   SandboxServer server(options);
//   QString error;
//   if (!server.start(&error)) ...;          // listens; error is a sentence for a person
//   server.baseUrl();                        // http://127.0.0.1:<port>
//   server.adminKeys();                      // the accepted admin API keys (generated if none given)
//
// Serves /v1/applications, /v1/application_calendars, /oauth/token, /oauth/token/revoke, /v1/userinfo,
// /v1/calendars and /v1/application_verification with Cronofy's shapes; optional per-application rate
// limits and fault injection (SandboxOptions.h). A test-only control API under /_sandbox/ (loopback
// clients only) adds and clears faults and reports statistics:
//   POST /_sandbox/faults {FaultSpec keys}   DELETE /_sandbox/faults   GET /_sandbox/stats
//   GET /_sandbox/requests (last 500, no header values; a Bearer only as its SHA-256)
//   GET /_sandbox/calendars?client_id=X
// Log lines (cronofy.sandbox) carry method, path, status and client_id only: never a body or a secret.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override; // saves the state file, closes the port

    // Loads the state file and listens. A non-loopback host is refused unless allowRemote is set.
    bool start(QString *error = nullptr);
    bool isListening() const;
    QUrl baseUrl() const;
    QStringList adminKeys() const { return m_options.adminKeys; }
    void setAllowRemote(bool allow) { m_allowRemote = allow; }

    void addFault(const FaultSpec &fault);
    void clearFaults();
    // {"requests":N, "responses":{"200":n,...}, "applications":n, "calendars":n, "calendar_creations":n}
    QJsonObject stats() const;
    // The last 500 API requests: [{method, path, authorization_present, bearer_sha256, content_type, accept,
    // user_agent}]; bearer_sha256 is the SHA-256 (hex) of the Bearer value, never the value.
    QJsonArray recentRequests() const;
    // [{application_calendar_id, sub, status, provision_count}] of one application.
    QJsonArray calendarsOf(const QString &clientId) const;
    // Writes the state file now (it is otherwise written at most every 200 ms after a change).
    void saveState();

private:
    friend class SandboxHttpFrontend;
    // Decides the answer to one request (the frontend delivers it).
    SandboxReply dispatch(const SandboxRequest &request);
    SandboxReply control(const SandboxRequest &request);
    void record(const SandboxRequest &request);
    void count(const SandboxRequest &request, const SandboxReply &reply);

    struct Private;
    std::unique_ptr<Private> d;
    SandboxOptions m_options;
    bool m_allowRemote = false;
};
