#include "SandboxServer.h"

#include "FaultInjector.h"
#include "RateLimiter.h"
#include "SandboxApi.h"
#include "SandboxHttp.h"
#include "SandboxHttpFrontend.h"
#include "SandboxState.h"
#include "StateFile.h"
#include "common/LogCategories.h"

#include <QMap>
#include <QTcpServer>

#include <deque>

namespace {
constexpr qsizetype kMaxBody = 1024 * 1024;
constexpr size_t kRequestsKept = 500;

SandboxReply replyOf(SandboxResponse response)
{
    SandboxReply reply;
    reply.response = std::move(response);
    return reply;
}

SandboxResponse controlError(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}));
}
} // namespace

struct SandboxServer::Private
{
    SandboxState state;
    RateLimiter limiter;
    FaultInjector faults;
    SandboxApi api {state, limiter};
    std::unique_ptr<StateFile> stateFile;
    SandboxHttpFrontend *frontend = nullptr;
    QTcpServer *tcp = nullptr;

    qint64 requests = 0;
    QMap<int, qint64> responses;
    std::deque<QJsonObject> recent;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_options(std::move(options))
{
    d->limiter.setLimit(m_options.rateLimit);
    for (const FaultSpec &f : std::as_const(m_options.faults))
        d->faults.add(f);
}

SandboxServer::~SandboxServer()
{
    saveState();
}

bool SandboxServer::start(QString *error)
{
    if (isListening())
        return true;
    const bool loopback = m_options.host.isLoopback();
    if (!loopback && !m_allowRemote) {
        if (error)
            *error = tr("The sandbox listens only on this computer (127.0.0.1 or ::1); %1 was refused. "
                        "Add --allow-remote if you really want other machines to reach it.")
                         .arg(m_options.host.toString());
        return false;
    }
    if (!m_options.stateFile.isEmpty()) {
        d->stateFile = std::make_unique<StateFile>(m_options.stateFile, d->state);
        if (!d->stateFile->load(error))
            return false;
    }
    if (m_options.adminKeys.isEmpty())
        m_options.adminKeys.append(SandboxState::randomAlphanumeric(32));
    for (const QString &key : std::as_const(m_options.adminKeys))
        d->state.addAdminKey(key);

    d->frontend = new SandboxHttpFrontend(this);
    d->tcp = new QTcpServer(d->frontend);
    if (!d->tcp->listen(m_options.host, m_options.port)) {
        if (error)
            *error = tr(
                "The sandbox cannot listen on %1 port %2: %3. Pick another --port, or 0 for any free port.")
                         .arg(m_options.host.toString())
                         .arg(m_options.port)
                         .arg(d->tcp->errorString());
        delete d->frontend;
        d->frontend = nullptr;
        d->tcp = nullptr;
        return false;
    }
    // Qt 6.4: bind() returns void; from 6.8 it returns bool (always true for a listening server).
    d->frontend->bind(d->tcp);
    if (d->stateFile)
        d->stateFile->changed(); // records the admin key hashes
    return true;
}

bool SandboxServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = d->tcp->serverAddress();
    url.setHost(address.isEqual(QHostAddress(QHostAddress::Any)) || address.isEqual(QHostAddress::AnyIPv6)
            ? QStringLiteral("127.0.0.1")
            : address.toString());
    url.setPort(d->tcp->serverPort());
    return url;
}

void SandboxServer::addFault(const FaultSpec &fault)
{
    d->faults.add(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject responses;
    for (auto it = d->responses.constBegin(); it != d->responses.constEnd(); ++it)
        responses.insert(QString::number(it.key()), double(it.value()));
    return QJsonObject {{QStringLiteral("requests"), double(d->requests)},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("applications"), d->state.applicationCount()},
        {QStringLiteral("calendars"), d->state.calendarCount()},
        {QStringLiteral("calendar_creations"), double(d->state.calendarCreations())},
        {QStringLiteral("faults"), d->faults.size()}};
}

QJsonArray SandboxServer::recentRequests() const
{
    QJsonArray out;
    for (const QJsonObject &o : d->recent)
        out.append(o);
    return out;
}

QJsonArray SandboxServer::calendarsOf(const QString &clientId) const
{
    QJsonArray out;
    const auto list = d->state.calendarsOf(clientId);
    for (const SandboxState::Calendar *c : list) {
        out.append(QJsonObject {{QStringLiteral("application_calendar_id"), c->applicationCalendarId},
            {QStringLiteral("sub"), c->sub},
            {QStringLiteral("status"), c->active ? QStringLiteral("active") : QStringLiteral("revoked")},
            {QStringLiteral("provision_count"), c->provisionCount}});
    }
    return out;
}

void SandboxServer::saveState()
{
    if (d->stateFile)
        d->stateFile->flush();
}

void SandboxServer::record(const SandboxRequest &request)
{
    ++d->requests;
    d->recent.push_back(QJsonObject {{QStringLiteral("method"), request.method},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("authorization_present"),
            request.headers.contains(QByteArrayLiteral("authorization"))},
        // Which credential a request carried, without keeping it: the SHA-256 (hex) of its Bearer value,
        // so a test can tell which admin key created an application. Empty without a Bearer.
        {QStringLiteral("bearer_sha256"),
            request.bearer().isEmpty() ? QString()
                                       : QString::fromLatin1(SandboxState::hash(request.bearer()).toHex())},
        {QStringLiteral("content_type"), QString::fromUtf8(request.header("content-type"))},
        {QStringLiteral("accept"), QString::fromUtf8(request.header("accept"))},
        {QStringLiteral("user_agent"), QString::fromUtf8(request.header("user-agent"))}});
    while (d->recent.size() > kRequestsKept)
        d->recent.pop_front();
}

void SandboxServer::count(const SandboxRequest &request, const SandboxReply &reply)
{
    if (!reply.reset)
        ++d->responses[reply.response.status];
    if (!m_options.logRequests)
        return;
    // Never a body, a query, a header value or a token: method, path, status and client_id only.
    const QString status = reply.reset ? QStringLiteral("reset") : QString::number(reply.response.status);
    if (reply.response.clientId.isEmpty())
        qCInfo(lcSandbox).noquote() << request.method << request.path << status;
    else
        qCInfo(lcSandbox).noquote() << request.method << request.path << status
                                    << QStringLiteral("client_id=") + reply.response.clientId;
}

SandboxReply SandboxServer::dispatch(const SandboxRequest &request)
{
    if (request.path.startsWith(QLatin1String("/_sandbox/")))
        return control(request);

    record(request);
    SandboxReply reply;
    const std::optional<FaultSpec> fault = d->faults.take(request.method, request.path);
    if (fault && fault->shortCircuits()) {
        reply = FaultInjector::shortCircuit(*fault);
    } else if (request.body.size() > kMaxBody) {
        reply = replyOf(SandboxResponse::json(413,
            QJsonDocument(QJsonObject {{QStringLiteral("error"), QStringLiteral("payload_too_large")},
                {QStringLiteral("error_description"),
                    QStringLiteral("The request body is larger than 1 MiB.")}})));
    } else {
        bool changed = false;
        SandboxResponse response = d->api.handle(request, &changed);
        if (changed && d->stateFile)
            d->stateFile->changed();
        reply = fault ? FaultInjector::corrupt(*fault, std::move(response)) : replyOf(std::move(response));
    }
    count(request, reply);
    return reply;
}

SandboxReply SandboxServer::control(const SandboxRequest &request)
{
    // Test-only: never reachable from another machine, even with --allow-remote.
    if (!request.peer.isLoopback())
        return replyOf(controlError(403, QStringLiteral("The control API answers loopback clients only.")));
    const QString &path = request.path;
    const QString &method = request.method;
    if (path == QLatin1String("/_sandbox/faults")) {
        if (method == QLatin1String("DELETE")) {
            d->faults.clear();
            return replyOf(
                SandboxResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("faults"), 0}})));
        }
        if (method == QLatin1String("POST")) {
            QJsonParseError parseError {};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (!doc.isObject())
                return replyOf(controlError(400, QStringLiteral("Send one fault as a JSON object.")));
            QString error;
            const auto fault = FaultSpec::fromJson(doc.object(), &error);
            if (!fault)
                return replyOf(controlError(422, error));
            d->faults.add(*fault);
            return replyOf(SandboxResponse::json(
                200, QJsonDocument(QJsonObject {{QStringLiteral("faults"), d->faults.size()}})));
        }
        if (method == QLatin1String("GET")) {
            QJsonArray list;
            const auto faults = d->faults.faults();
            for (const FaultSpec &f : faults)
                list.append(f.toJson());
            return replyOf(SandboxResponse::json(200, QJsonDocument(list)));
        }
    } else if (path == QLatin1String("/_sandbox/stats") && method == QLatin1String("GET")) {
        return replyOf(SandboxResponse::json(200, QJsonDocument(stats())));
    } else if (path == QLatin1String("/_sandbox/requests") && method == QLatin1String("GET")) {
        return replyOf(SandboxResponse::json(200, QJsonDocument(recentRequests())));
    } else if (path == QLatin1String("/_sandbox/calendars") && method == QLatin1String("GET")) {
        return replyOf(SandboxResponse::json(200,
            QJsonDocument(
                calendarsOf(request.query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)))));
    } else if (path == QLatin1String("/_sandbox/faults") || path == QLatin1String("/_sandbox/stats")
        || path == QLatin1String("/_sandbox/requests") || path == QLatin1String("/_sandbox/calendars")) {
        // falls through to 405 below
    } else {
        return replyOf(controlError(404, QStringLiteral("Unknown control path.")));
    }
    return replyOf(controlError(405, QStringLiteral("Method not allowed on this control path.")));
}
