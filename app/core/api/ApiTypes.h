#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The typed results and inputs of every Cronofy call (shapes in ../shared/reference/cronofy-api.md).
// Values that are secrets are marked; never log them, never put them in a URL.

struct NewApplication
{
    QString name; // shown to people during authorization
    QString url; // the application's home page (not a redirect URI)
};

// POST /v1/applications -> {"oauth_client":{"client_id","client_secret"}}
struct ApplicationCredentials
{
    QString clientId;
    QString clientSecret; // SECRET, returned once
};

// What authenticates an application's own calls (application calendars, refresh, revoke, verification).
struct ClientCredentials
{
    QString clientId;
    QString clientSecret; // SECRET
};

struct LinkingProfile
{
    QString providerName; // "cronofy" for application calendars; accept any value
    QString profileId;
    QString profileName;
};

// POST /v1/application_calendars
struct CalendarCredentials
{
    QString tokenType; // "bearer"
    QString accessToken; // SECRET, never kept at rest
    QString refreshToken; // SECRET, never kept at rest
    qint64 expiresIn = 0; // seconds
    QString scope; // "read_write"
    QString applicationCalendarId;
    QString sub; // "apc_..."
    LinkingProfile profile;
    QDateTime receivedAt; // UTC, set by the client when the reply arrived
};

// POST /oauth/token (grant_type=refresh_token)
struct TokenRefresh
{
    QString accessToken; // SECRET
    QString refreshToken; // SECRET
    qint64 expiresIn = 0;
    QString scope;
};

// GET /v1/calendars, one entry
struct CalendarInfo
{
    QString calendarId;
    QString calendarName;
    QString providerName;
    QString profileId;
    QString profileName;
    bool readOnly = false;
    bool deleted = false;
    bool primary = false;
};

// GET /v1/userinfo
struct UserInfo
{
    QString sub;
    QString type; // "cronofy.type"
    QString email; // optional
    QString name; // optional
    QString authorizationStatus; // cronofy.data.authorization.status, "active" when healthy
    QString scope; // cronofy.data.authorization.scope
    QList<LinkingProfile> profiles;
    int profilesConnected = 0; // profiles with profile_connected == true
};

// POST /v1/application_verification
struct VerificationRequest
{
    QStringList redirectUris; // http(s) URIs
    QString contactEmail;
    QString contactName; // optional
};

// An empty successful result (revoke, verification).
struct Done
{
};
