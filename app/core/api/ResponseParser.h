#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// Pure parsing of Cronofy's reply bodies and headers: no network, no Qt event loop, so the fuzzers in
// tests/fuzz and the unit tests call exactly what CronofyClient calls.
//
// Lenient where the docs ask for it: unknown keys are ignored, a trailing comma before } or ] (a typo in
// the docs' examples) is accepted. Strict where the console depends on a value: a field it needs that is
// absent, null or empty, or any known field with another type, makes the reply malformed.
namespace ResponseParser {

// Why a success body could not be used. Names the field, never its value (the body may hold tokens).
struct Problem
{
    ApiError::ResponseProblem kind = ApiError::ResponseProblem::None;
    QString field;
};

// POST /v1/applications: {"oauth_client":{"client_id","client_secret"}}
std::optional<ApplicationCredentials> applicationCredentials(const QByteArray &body, Problem *problem);
// POST /v1/application_calendars. receivedAt is left for the caller to set.
std::optional<CalendarCredentials> calendarCredentials(const QByteArray &body, Problem *problem);
// POST /oauth/token
std::optional<TokenRefresh> tokenRefresh(const QByteArray &body, Problem *problem);
// GET /v1/userinfo
std::optional<UserInfo> userInfo(const QByteArray &body, Problem *problem);
// GET /v1/calendars
std::optional<QList<CalendarInfo>> calendars(const QByteArray &body, Problem *problem);
// Revoke (200, empty) and verification (202, {}): an empty body or any JSON value is fine.
bool emptyOrJson(const QByteArray &body, Problem *problem);

// A 4xx/5xx body, whatever it is: a 422's {"errors":{"field":[{"key","description"}]}} becomes
// field -> descriptions; a 400's {"error":"invalid_grant"} the OAuth error. Anything else gives nothing.
struct ErrorBody
{
    QMap<QString, QStringList> fieldErrors;
    QString oauthError;
};
ErrorBody errorBody(const QByteArray &body);

// Retry-After: delta-seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime), relative to nowUtc.
// A date in the past gives 0 s; values are capped at one day. nullopt when absent or unreadable.
std::optional<std::chrono::seconds> retryAfter(const QByteArray &value, const QDateTime &nowUtc);

// Drops every comma that is followed (after white space) by } or ], outside strings. Used only when a body
// does not parse as it is.
QByteArray withoutTrailingCommas(const QByteArray &json);

// The body's first maxBytes as readable text for ApiError::detail: valid UTF-8, control characters replaced.
QString excerpt(const QByteArray &body, int maxBytes = 2048);

} // namespace ResponseParser
