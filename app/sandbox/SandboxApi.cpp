#include "SandboxApi.h"

#include "RateLimiter.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace {

const QString kApplications = QStringLiteral("/v1/applications");
const QString kApplicationCalendars = QStringLiteral("/v1/application_calendars");
const QString kToken = QStringLiteral("/oauth/token");
const QString kRevoke = QStringLiteral("/oauth/token/revoke");
const QString kUserInfo = QStringLiteral("/v1/userinfo");
const QString kCalendars = QStringLiteral("/v1/calendars");
const QString kVerification = QStringLiteral("/v1/application_verification");

constexpr int kExpiresIn = 3600;

QJsonObject fieldError(const char *key, const char *description)
{
    return QJsonObject {{QStringLiteral("key"), QLatin1String(key)},
        {QStringLiteral("description"), QLatin1String(description)}};
}

// Cronofy's 422 shape: {"errors":{"<field>":[{"key","description"}]}}.
class FieldErrors
{
public:
    void add(const QString &field, const char *key, const char *description)
    {
        QJsonArray list = m_errors.value(field).toArray();
        list.append(fieldError(key, description));
        m_errors.insert(field, list);
    }
    void required(const QString &field) { add(field, "errors.required", "required"); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    SandboxResponse response() const
    {
        return SandboxResponse::json(422, QJsonDocument(QJsonObject {{QStringLiteral("errors"), m_errors}}));
    }

private:
    QJsonObject m_errors;
};

SandboxResponse oauthError(int status, const char *error, const char *description = nullptr)
{
    QJsonObject o {{QStringLiteral("error"), QLatin1String(error)}};
    if (description)
        o.insert(QStringLiteral("error_description"), QLatin1String(description));
    return SandboxResponse::json(status, QJsonDocument(o));
}

SandboxResponse unauthorized(const char *error, const char *description)
{
    SandboxResponse r = oauthError(401, error, description);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
        QByteArrayLiteral("Bearer realm=\"cronofy-sandbox\", error=\"") + QByteArray(error)
            + QByteArrayLiteral("\"")});
    return r;
}

// The body as a JSON object: JSON, or form-encoded (both are accepted by Cronofy). nullopt if unreadable.
std::optional<QJsonObject> bodyObject(const SandboxRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    const QByteArray body = request.body.trimmed();
    if (type.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject o;
        // '+' is a space in forms; it must be replaced before percent-decoding ("%2B" is a real '+').
        const QList<QByteArray> pairs = request.body.split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray name = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            o.insert(QUrl::fromPercentEncoding(name.replace('+', ' ')),
                QUrl::fromPercentEncoding(value.replace('+', ' ')));
        }
        return o;
    }
    if (body.isEmpty())
        return QJsonObject();
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SandboxResponse unreadableBody()
{
    return oauthError(400, "invalid_request", "The request body is not a JSON object or form-encoded.");
}

// A non-blank string field, or empty.
QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

QJsonObject linkingProfile(const SandboxState::Calendar &c)
{
    return QJsonObject {{QStringLiteral("provider_name"), QStringLiteral("cronofy")},
        {QStringLiteral("profile_id"), c.profileId},
        {QStringLiteral("profile_name"), c.applicationCalendarId}};
}

QJsonObject calendarObject(const SandboxState::Calendar &c, bool withProfile)
{
    QJsonObject o;
    if (withProfile) {
        o.insert(QStringLiteral("provider_name"), QStringLiteral("cronofy"));
        o.insert(QStringLiteral("profile_id"), c.profileId);
        o.insert(QStringLiteral("profile_name"), c.applicationCalendarId);
    }
    o.insert(QStringLiteral("calendar_id"), c.calendarId);
    o.insert(QStringLiteral("calendar_name"), c.applicationCalendarId);
    o.insert(QStringLiteral("calendar_readonly"), false);
    o.insert(QStringLiteral("calendar_deleted"), false);
    o.insert(QStringLiteral("calendar_primary"), true);
    o.insert(QStringLiteral("calendar_integrated_conferencing_available"), false);
    o.insert(QStringLiteral("calendar_attachments_available"), false);
    o.insert(QStringLiteral("permission_level"), QStringLiteral("sandbox"));
    return o;
}

QJsonObject tokenObject(const SandboxState::IssuedTokens &t)
{
    return QJsonObject {{QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("access_token"), t.accessToken}, {QStringLiteral("expires_in"), kExpiresIn},
        {QStringLiteral("refresh_token"), t.refreshToken},
        {QStringLiteral("scope"), QStringLiteral("read_write")}};
}

bool isWebUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

bool SandboxApi::isApiPath(const QString &path)
{
    return path == kApplications || path == kApplicationCalendars || path == kToken || path == kRevoke
        || path == kUserInfo || path == kCalendars || path == kVerification;
}

std::optional<SandboxResponse> SandboxApi::limit(const QString &key)
{
    int retryAfter = 0;
    if (key.isEmpty() || m_limiter.admit(key, &retryAfter))
        return std::nullopt;
    SandboxResponse r = oauthError(429, "too_many_requests", "Rate limit exceeded for this application.");
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return r;
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request, bool *changed)
{
    *changed = false;
    const QString &path = request.path;
    const bool get = request.method == QLatin1String("GET");
    const bool post = request.method == QLatin1String("POST");
    if (!isApiPath(path)) {
        return SandboxResponse::json(404,
            QJsonDocument(QJsonObject {
                {QStringLiteral("error"), QStringLiteral("not_found")}, {QStringLiteral("path"), path}}));
    }
    const bool isGetPath = path == kUserInfo || path == kCalendars;
    if ((isGetPath && !get) || (!isGetPath && !post)) {
        SandboxResponse r = SandboxResponse::json(405,
            QJsonDocument(QJsonObject {{QStringLiteral("error"), QStringLiteral("method_not_allowed")}}));
        r.headers.append(
            {QByteArrayLiteral("Allow"), isGetPath ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST")});
        return r;
    }
    if (path == kApplications)
        return createApplication(request, changed);
    if (path == kApplicationCalendars)
        return applicationCalendar(request, changed);
    if (path == kToken)
        return token(request, changed);
    if (path == kRevoke)
        return revoke(request, changed);
    if (path == kUserInfo)
        return userInfo(request);
    if (path == kCalendars)
        return calendars(request);
    return verification(request, changed);
}

SandboxResponse SandboxApi::createApplication(const SandboxRequest &request, bool *changed)
{
    const QString key = request.bearer();
    if (key.isEmpty() || !m_state.isAdminKey(key))
        return unauthorized("invalid_token", "The admin API key is missing or not recognised.");
    // Per admin key: the hash names it without keeping it.
    if (auto limited = limit(QStringLiteral("admin:") + QString::fromLatin1(SandboxState::hash(key).toHex())))
        return *limited;
    const auto body = bodyObject(request);
    if (!body)
        return unreadableBody();
    const QString name = text(*body, QStringLiteral("name"));
    const QString url = text(*body, QStringLiteral("url"));
    FieldErrors errors;
    if (name.isEmpty())
        errors.required(QStringLiteral("name"));
    if (url.isEmpty())
        errors.required(QStringLiteral("url"));
    if (!errors.isEmpty())
        return errors.response();
    QString secret;
    const SandboxState::Application app = m_state.createApplication(name, url, &secret);
    *changed = true;
    SandboxResponse r = SandboxResponse::json(200,
        QJsonDocument(QJsonObject {{QStringLiteral("oauth_client"),
            QJsonObject {
                {QStringLiteral("client_id"), app.clientId}, {QStringLiteral("client_secret"), secret}}}}));
    r.clientId = app.clientId;
    return r;
}

SandboxResponse SandboxApi::applicationCalendar(const SandboxRequest &request, bool *changed)
{
    const auto body = bodyObject(request);
    if (!body)
        return unreadableBody();
    const QString clientId = text(*body, QStringLiteral("client_id"));
    const QString secret = text(*body, QStringLiteral("client_secret"));
    const QString calendarId = text(*body, QStringLiteral("application_calendar_id"));
    if (auto limited = limit(clientId))
        return *limited;
    FieldErrors errors;
    if (clientId.isEmpty())
        errors.required(QStringLiteral("client_id"));
    if (secret.isEmpty())
        errors.required(QStringLiteral("client_secret"));
    if (calendarId.isEmpty())
        errors.required(QStringLiteral("application_calendar_id"));
    if (!errors.isEmpty())
        return errors.response();
    if (!m_state.authenticate(clientId, secret))
        return unauthorized("invalid_client", "The client_id and client_secret do not match an application.");

    SandboxState::IssuedTokens tokens;
    bool created = false;
    const SandboxState::Calendar &c = m_state.provisionCalendar(clientId, calendarId, &tokens, &created);
    *changed = true;
    QJsonObject o = tokenObject(tokens);
    o.insert(QStringLiteral("application_calendar_id"), c.applicationCalendarId);
    o.insert(QStringLiteral("sub"), c.sub);
    o.insert(QStringLiteral("linking_profile"), linkingProfile(c));
    SandboxResponse r = SandboxResponse::json(200, QJsonDocument(o));
    r.clientId = clientId;
    return r;
}

SandboxResponse SandboxApi::token(const SandboxRequest &request, bool *changed)
{
    const auto body = bodyObject(request);
    if (!body)
        return unreadableBody();
    const QString clientId = text(*body, QStringLiteral("client_id"));
    if (auto limited = limit(clientId))
        return *limited;
    if (!m_state.authenticate(clientId, text(*body, QStringLiteral("client_secret"))))
        return unauthorized("invalid_client", "The client_id and client_secret do not match an application.");
    const QString grantType = text(*body, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", "grant_type is required.");
    if (grantType != QLatin1String("refresh_token"))
        return oauthError(400, "unsupported_grant_type");
    const QString refreshToken = text(*body, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return oauthError(400, "invalid_request", "refresh_token is required.");
    SandboxState::IssuedTokens tokens;
    if (!m_state.refresh(clientId, refreshToken, &tokens))
        return oauthError(400, "invalid_grant");
    *changed = true;
    SandboxResponse r = SandboxResponse::json(200, QJsonDocument(tokenObject(tokens)));
    r.clientId = clientId;
    return r;
}

SandboxResponse SandboxApi::revoke(const SandboxRequest &request, bool *changed)
{
    const auto body = bodyObject(request);
    if (!body)
        return unreadableBody();
    const QString clientId = text(*body, QStringLiteral("client_id"));
    if (auto limited = limit(clientId))
        return *limited;
    if (!m_state.authenticate(clientId, text(*body, QStringLiteral("client_secret"))))
        return unauthorized("invalid_client", "The client_id and client_secret do not match an application.");
    const QString token = text(*body, QStringLiteral("token"));
    const QString sub = text(*body, QStringLiteral("sub"));
    if (token.isEmpty() && sub.isEmpty()) {
        FieldErrors errors;
        errors.required(QStringLiteral("token"));
        return errors.response();
    }
    // The token wins over the sub; an unknown one is still a success (RFC 7009).
    const bool revoked
        = token.isEmpty() ? m_state.revokeBySub(clientId, sub) : m_state.revokeByToken(clientId, token);
    *changed = revoked;
    SandboxResponse r = SandboxResponse::empty(200);
    r.clientId = clientId;
    return r;
}

SandboxResponse SandboxApi::userInfo(const SandboxRequest &request)
{
    const SandboxState::Calendar *c = m_state.calendarByAccessToken(request.bearer());
    if (!c)
        return unauthorized("invalid_token", "The access token is missing, unknown or revoked.");
    if (auto limited = limit(c->clientId))
        return *limited;
    QJsonObject profile = linkingProfile(*c);
    profile.insert(QStringLiteral("profile_connected"), true);
    profile.insert(QStringLiteral("profile_calendars"), QJsonArray {calendarObject(*c, false)});
    const QJsonObject data {{QStringLiteral("authorization"),
                                QJsonObject {{QStringLiteral("scope"), QStringLiteral("read_write")},
                                    {QStringLiteral("status"), QStringLiteral("active")}}},
        {QStringLiteral("profiles"), QJsonArray {profile}}};
    SandboxResponse r = SandboxResponse::json(200,
        QJsonDocument(QJsonObject {{QStringLiteral("sub"), c->sub},
            {QStringLiteral("cronofy.type"), QStringLiteral("account")},
            {QStringLiteral("cronofy.data"), data}}));
    r.clientId = c->clientId;
    return r;
}

SandboxResponse SandboxApi::calendars(const SandboxRequest &request)
{
    const SandboxState::Calendar *c = m_state.calendarByAccessToken(request.bearer());
    if (!c)
        return unauthorized("invalid_token", "The access token is missing, unknown or revoked.");
    if (auto limited = limit(c->clientId))
        return *limited;
    SandboxResponse r = SandboxResponse::json(200,
        QJsonDocument(QJsonObject {{QStringLiteral("sub"), c->sub},
            {QStringLiteral("calendars"), QJsonArray {calendarObject(*c, true)}}}));
    r.clientId = c->clientId;
    return r;
}

SandboxResponse SandboxApi::verification(const SandboxRequest &request, bool *changed)
{
    SandboxState::Application *app = m_state.applicationBySecret(request.bearer());
    if (!app)
        return unauthorized("invalid_token", "The client_secret is missing or not recognised.");
    if (auto limited = limit(app->clientId))
        return *limited;
    const auto body = bodyObject(request);
    if (!body)
        return unreadableBody();
    FieldErrors errors;
    const QJsonValue uris = body->value(QStringLiteral("redirect_uris"));
    if (!uris.isArray() || uris.toArray().isEmpty()) {
        errors.required(QStringLiteral("redirect_uris"));
    } else {
        const QJsonArray list = uris.toArray();
        for (const QJsonValue &v : list) {
            if (!v.isString() || !isWebUrl(v.toString())) {
                errors.add(QStringLiteral("redirect_uris"), "errors.invalid_uri",
                    "must be absolute http or https URIs");
                break;
            }
        }
    }
    const QJsonValue contact = body->value(QStringLiteral("contact"));
    if (!contact.isObject()) {
        errors.required(QStringLiteral("contact"));
    } else {
        const QJsonObject c = contact.toObject();
        const QString email = text(c, QStringLiteral("email"));
        if (email.isEmpty())
            errors.required(QStringLiteral("contact.email"));
        else if (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@'))
            || email.endsWith(QLatin1Char('@')) || email.contains(QLatin1Char(' ')))
            errors.add(QStringLiteral("contact.email"), "errors.invalid_email", "is not an email address");
        const QJsonValue name = c.value(QStringLiteral("display_name"));
        if (!name.isUndefined() && !name.isNull() && !name.isString())
            errors.add(QStringLiteral("contact.display_name"), "errors.invalid", "must be a string");
    }
    if (!errors.isEmpty())
        return errors.response();
    if (!app->verificationSubmitted) {
        app->verificationSubmitted = true;
        *changed = true;
    }
    SandboxResponse r = SandboxResponse::json(202, QJsonDocument(QJsonObject()));
    r.clientId = app->clientId;
    return r;
}
