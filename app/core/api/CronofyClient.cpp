#include "api/CronofyClient.h"

#include "api/ResponseParser.h"
#include "api/TransportErrors.h"
#include "common/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>

namespace {
// What Qt may hold of a response that we have not read yet (see ApiCall::start). Cronofy's answers are a
// few kilobytes; a larger one just takes a few more reads.
constexpr qint64 readBufferBytes = 256 * 1024;
} // namespace

// ---------------------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
    , m_stop(StopReason::None)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(StopReason::TimedOut); });
}

ApiCall::~ApiCall()
{
    releaseReply();
}

void ApiCall::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiCall::cancel()
{
    if (m_finished || m_stop != StopReason::None)
        return;
    m_cancelled = true;
    stop(StopReason::Cancelled);
}

void ApiCall::start(QNetworkReply *reply, const QByteArray &method, QObject *context, Deliver deliver)
{
    m_reply = reply;
    m_method = method;
    m_path = reply->url().path();
    m_deliver = std::move(deliver);
    m_hasContext = context != nullptr;
    m_context = context;
    m_maxBytes = m_error.sizeLimit;
    m_clock.start();
    // A bounded read buffer: QNAM reads the socket in its own thread, and with the default (unlimited)
    // buffer a slow main thread would let it pull a whole oversized body into memory before onReadyRead
    // counts it. With this, the network thread waits until we have read, so at most this much sits in Qt.
    reply->setReadBufferSize(readBufferBytes);
    if (context)
        connect(context, &QObject::destroyed, this, [this] { stop(StopReason::ContextGone); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBytes)
            stop(StopReason::TooLarge);
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply finishes with a TLS error.
        m_sslError = true;
        for (const QSslError &e : errors)
            qCWarning(lcApi).noquote() << "TLS error for" << m_path << ':' << e.errorString();
    });
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &url) {
        qCInfo(lcApi).noquote() << m_method << m_path << "redirected within the same origin to" << url.path();
    });
    m_deadline->start(m_error.timeout);
}

bool ApiCall::withinLimit(qint64 bytes)
{
    if (bytes <= m_maxBytes)
        return true;
    stop(StopReason::TooLarge);
    return false;
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Refuse early when the server announces more than we accept (compressed size; the decompressed bytes
    // are counted again in onReadyRead).
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok)
        withinLimit(length);
}

void ApiCall::onReadyRead()
{
    // Read as it arrives: with the bounded read buffer (start()), Qt never holds more than that beyond
    // the limit.
    if (!m_reply || !withinLimit(m_body.size() + m_reply->bytesAvailable()))
        return;
    m_body += m_reply->readAll();
}

void ApiCall::onFinished()
{
    if (!m_reply || m_stop != StopReason::None || m_finished)
        return;
    if (!withinLimit(m_body.size() + m_reply->bytesAvailable()))
        return;
    m_body += m_reply->readAll();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replyError = m_reply->error();
    m_replyErrorString = m_reply->errorString();
    m_retryAfter = m_reply->rawHeader("Retry-After");
#if QT_CONFIG(ssl)
    // https, no HTTP answer, and no certificate from the peer: the TLS handshake never completed (e.g. a
    // plain-HTTP server that just closes the connection on our hello). Qt reports that as a closed
    // connection.
    if (m_reply->url().scheme() == QLatin1String("https") && m_status == 0
        && m_replyError != QNetworkReply::NoError && m_reply->sslConfiguration().peerCertificate().isNull()
        && (m_replyError == QNetworkReply::RemoteHostClosedError
            || m_replyError == QNetworkReply::UnknownNetworkError))
        m_sslError = true;
#endif
    releaseReply();
    complete();
}

void ApiCall::stop(StopReason reason)
{
    if (m_finished || m_stop != StopReason::None)
        return;
    m_stop = reason;
    m_deadline->stop();
    if (m_reply)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body.clear();
    m_body.squeeze();
    releaseReply();
    // Later, from the event loop: never call back from inside cancel() or a reply's signal.
    QMetaObject::invokeMethod(this, &ApiCall::complete, Qt::QueuedConnection);
}

void ApiCall::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();

    ApiError error = m_error;
    error.httpStatus = m_stop == StopReason::None ? m_status : 0;
    error.kind = classifyReply(m_stop, m_replyError, error.httpStatus);
    // Plain HTTP answering a TLS hello, or a failed certificate check: Qt may report those as a generic
    // network error or a closed connection; sslErrors() or the missing peer certificate says what it was.
    if (error.kind == ApiError::Kind::Network && m_sslError)
        error.kind = ApiError::Kind::Tls;

    // A status line means the server answered and the body was still coming: a trickle, not a hang.
    if (error.kind == ApiError::Kind::Timeout)
        error.answerStarted = m_status > 0;

    switch (m_stop) {
    case StopReason::TimedOut:
        error.detail = QStringLiteral("No complete answer within %1 ms").arg(error.timeout.count());
        break;
    case StopReason::TooLarge:
        error.detail = QStringLiteral("Answer larger than %1 bytes; refused").arg(m_maxBytes);
        break;
    case StopReason::Cancelled:
    case StopReason::ContextGone:
        error.detail = QStringLiteral("Cancelled");
        break;
    case StopReason::None:
        if (error.httpStatus >= 400) {
            const ResponseParser::ErrorBody parsed = ResponseParser::errorBody(m_body);
            error.fieldErrors = parsed.fieldErrors;
            error.oauthError = parsed.oauthError;
            error.retryAfter = ResponseParser::retryAfter(m_retryAfter, QDateTime::currentDateTimeUtc());
            // Error bodies only: a success body may hold tokens.
            error.detail = m_replyErrorString + QLatin1Char('\n') + ResponseParser::excerpt(m_body, 2048);
        } else if (!error.ok()) {
            error.detail = m_replyErrorString;
        }
        break;
    }

    const bool callBack = m_stop != StopReason::ContextGone && (!m_hasContext || m_context);
    QPointer<ApiCall> self(this);
    if (m_deliver)
        m_deliver(m_body, error, callBack); // may turn error into MalformedResponse
    if (!self)
        return; // the callback deleted us (or our client)
    m_body.clear();

    qCInfo(lcApi).noquote().nospace()
        << m_method << ' ' << m_path << " -> "
        << (error.httpStatus ? QString::number(error.httpStatus) : QStringLiteral("-")) << ' ' << error.code()
        << " in " << m_clock.elapsed() << " ms";
    m_error = error;
    m_deliver = nullptr;
    emit finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------
// CronofyClient

struct CronofyClient::RequestSpec
{
    ApiOperation operation;
    QByteArray method; // "GET" or "POST"
    QString path;
    std::optional<QString> bearer; // SECRET: only ever goes into the Authorization header
    std::optional<QJsonObject> json;
};

namespace {

using Problem = ResponseParser::Problem;

// Wraps a parser and the caller's callback into the call's deliver function.
template<typename T, typename Parse>
std::function<void(const QByteArray &, ApiError &, bool)> deliverer(
    CronofyClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse](const QByteArray &body, ApiError &error, bool callBack) {
        std::optional<T> result;
        if (error.ok()) {
            Problem problem;
            result = parse(body, &problem);
            if (!result) {
                error.kind = ApiError::Kind::MalformedResponse;
                error.responseProblem = problem.kind;
                error.responseField = problem.field;
                error.detail = problem.field.isEmpty()
                    ? QStringLiteral("Unexpected success body (%1 bytes)").arg(body.size())
                    : QStringLiteral("Unexpected success body: %1").arg(problem.field);
            }
        }
        if (callBack && done)
            done(result && error.ok() ? *result : T {}, error);
    };
}

// The credential as a header value: tokens and keys are printable ASCII, so anything else (a pasted line
// break above all) is dropped rather than allowed to split the header.
QByteArray bearerHeader(const QString &credential)
{
    QByteArray value = "Bearer ";
    for (const QChar c : credential) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f)
            value += char(c.unicode());
    }
    return value;
}

QJsonObject clientBody(const ClientCredentials &client)
{
    return QJsonObject {{QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("client_secret"), client.clientSecret}};
}

} // namespace

CronofyClient::CronofyClient(QNetworkAccessManager *nam, const DataCenter &dataCenter, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_dataCenter(dataCenter)
{ }

QByteArray CronofyClient::userAgent()
{
    return QByteArrayLiteral("CronofyConsole/" CONSOLE_VERSION " Qt/") + QByteArray(qVersion());
}

ApiCall *CronofyClient::send(const RequestSpec &spec, QObject *context, ApiCall::Deliver deliver)
{
    QNetworkRequest request(m_dataCenter.endpoint(spec.path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(
        int(std::clamp<qint64>(m_timeout.count(), 1, std::numeric_limits<int>::max())));
    // Same-origin only: a redirect elsewhere would carry the Authorization header (and body) with it. Qt
    // refuses it before connecting and the reply ends with InsecureRedirectError (Kind::Redirect).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // HTTP/1.1 everywhere: the sandbox every test runs against speaks HTTP/1.1, so this keeps the tested
    // code path (timeouts, aborts, size limits) the one that runs against Cronofy.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Replies may hold tokens: never cached, and no cookies kept or sent.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (spec.bearer)
        request.setRawHeader("Authorization", bearerHeader(*spec.bearer));
    QByteArray body;
    if (spec.json) {
        body = QJsonDocument(*spec.json).toJson(QJsonDocument::Compact);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    }

    auto *call = new ApiCall(this);
    call->m_error.operation = spec.operation;
    call->m_error.dataCenterName = m_dataCenter.displayName();
    call->m_error.builtInSandbox = m_dataCenter.isSandbox();
    call->m_error.host = m_dataCenter.apiBaseUrl().host();
    call->m_error.timeout = m_timeout;
    call->m_error.sizeLimit = m_maxResponseBytes;

    QNetworkReply *reply = spec.method == "GET" ? m_nam->get(request) : m_nam->post(request, body);
    call->start(reply, spec.method, context, std::move(deliver));
    return call;
}

ApiCall *CronofyClient::createApplication(const QString &adminApiKey, const NewApplication &application,
    QObject *context, Callback<ApplicationCredentials> done)
{
    RequestSpec spec {ApiOperation::CreateApplication, "POST", QStringLiteral("/v1/applications"),
        adminApiKey,
        QJsonObject {{QStringLiteral("name"), application.name}, {QStringLiteral("url"), application.url}}};
    return send(spec, context,
        deliverer<ApplicationCredentials>(std::move(done), &ResponseParser::applicationCredentials));
}

ApiCall *CronofyClient::provisionCalendar(const ClientCredentials &client,
    const QString &applicationCalendarId, QObject *context, Callback<CalendarCredentials> done)
{
    QJsonObject json = clientBody(client);
    json.insert(QStringLiteral("application_calendar_id"), applicationCalendarId);
    RequestSpec spec {
        ApiOperation::ProvisionCalendar, "POST", QStringLiteral("/v1/application_calendars"), {}, json};
    auto parse = [](const QByteArray &body, Problem *problem) {
        auto result = ResponseParser::calendarCredentials(body, problem);
        if (result)
            result->receivedAt = QDateTime::currentDateTimeUtc();
        return result;
    };
    return send(spec, context, deliverer<CalendarCredentials>(std::move(done), parse));
}

ApiCall *CronofyClient::refreshToken(const ClientCredentials &client, const QString &refreshToken,
    QObject *context, Callback<TokenRefresh> done)
{
    QJsonObject json = clientBody(client);
    json.insert(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    json.insert(QStringLiteral("refresh_token"), refreshToken);
    RequestSpec spec {ApiOperation::RefreshToken, "POST", QStringLiteral("/oauth/token"), {}, json};
    return send(spec, context, deliverer<TokenRefresh>(std::move(done), &ResponseParser::tokenRefresh));
}

namespace {
std::optional<Done> parseDone(const QByteArray &body, Problem *problem)
{
    if (!ResponseParser::emptyOrJson(body, problem))
        return std::nullopt;
    return Done {};
}
} // namespace

ApiCall *CronofyClient::revokeBySub(
    const ClientCredentials &client, const QString &sub, QObject *context, Callback<Done> done)
{
    QJsonObject json = clientBody(client);
    json.insert(QStringLiteral("sub"), sub);
    RequestSpec spec {ApiOperation::Revoke, "POST", QStringLiteral("/oauth/token/revoke"), {}, json};
    return send(spec, context, deliverer<Done>(std::move(done), &parseDone));
}

ApiCall *CronofyClient::revokeToken(
    const ClientCredentials &client, const QString &token, QObject *context, Callback<Done> done)
{
    QJsonObject json = clientBody(client);
    json.insert(QStringLiteral("token"), token);
    RequestSpec spec {ApiOperation::Revoke, "POST", QStringLiteral("/oauth/token/revoke"), {}, json};
    return send(spec, context, deliverer<Done>(std::move(done), &parseDone));
}

ApiCall *CronofyClient::userInfo(const QString &accessToken, QObject *context, Callback<UserInfo> done)
{
    RequestSpec spec {
        ApiOperation::UserInfo, "GET", QStringLiteral("/v1/userinfo"), accessToken, std::nullopt};
    return send(spec, context, deliverer<UserInfo>(std::move(done), &ResponseParser::userInfo));
}

ApiCall *CronofyClient::listCalendars(
    const QString &accessToken, QObject *context, Callback<QList<CalendarInfo>> done)
{
    RequestSpec spec {
        ApiOperation::ListCalendars, "GET", QStringLiteral("/v1/calendars"), accessToken, std::nullopt};
    return send(spec, context, deliverer<QList<CalendarInfo>>(std::move(done), &ResponseParser::calendars));
}

ApiCall *CronofyClient::submitVerification(const ClientCredentials &client,
    const VerificationRequest &request, QObject *context, Callback<Done> done)
{
    QJsonObject contact {{QStringLiteral("email"), request.contactEmail}};
    if (!request.contactName.isEmpty())
        contact.insert(QStringLiteral("display_name"), request.contactName);
    QJsonObject json {{QStringLiteral("redirect_uris"), QJsonArray::fromStringList(request.redirectUris)},
        {QStringLiteral("contact"), contact}};
    RequestSpec spec {ApiOperation::SubmitVerification, "POST",
        QStringLiteral("/v1/application_verification"), client.clientSecret, json};
    return send(spec, context, deliverer<Done>(std::move(done), &parseDone));
}
