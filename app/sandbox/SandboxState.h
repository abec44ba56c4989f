#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// What the sandbox knows: applications, application calendars and the tokens handed out. Every secret
// (client secret, admin key, access and refresh token) is held only as its SHA-256, in memory and in the
// state file, so neither can leak one. Lookups are hash maps; nothing here touches the disk.
class SandboxState
{
public:
    struct Application
    {
        QString clientId;
        QByteArray secretHash;
        QString name;
        QString url;
        bool verificationSubmitted = false;
    };

    struct Calendar
    {
        QString clientId;
        QString applicationCalendarId;
        QString sub;
        QString profileId;
        QString calendarId;
        bool active = true;
        int provisionCount = 0;
        QList<QByteArray> accessHashes; // newest last, a few kept so concurrent callers stay valid
        QList<QByteArray> refreshHashes; // newest last
    };

    // A token pair in clear, returned once to the caller and never stored.
    struct IssuedTokens
    {
        QString accessToken;
        QString refreshToken;
    };

    static QByteArray hash(const QString &secret);
    // count ASCII letters and digits from a cryptographically secure generator.
    static QString randomAlphanumeric(int count);
    static QString randomHex(int count);

    // Admin keys given at start; persisted admin key hashes are accepted as well.
    void addAdminKey(const QString &key) { m_adminKeyHashes.insert(hash(key)); }
    bool isAdminKey(const QString &key) const { return m_adminKeyHashes.contains(hash(key)); }

    // POST /v1/applications: a new client; secret returned in clear once.
    Application createApplication(const QString &name, const QString &url, QString *clientSecret);
    // The application whose id and secret match, or nullptr.
    const Application *authenticate(const QString &clientId, const QString &clientSecret) const;
    // The application whose secret is this Bearer value, or nullptr.
    Application *applicationBySecret(const QString &clientSecret);

    // POST /v1/application_calendars: upsert; *created tells whether it is a first-time creation.
    const Calendar &provisionCalendar(
        const QString &clientId, const QString &applicationCalendarId, IssuedTokens *tokens, bool *created);
    // POST /oauth/token: rotates the pair; nullptr when the refresh token is unknown, revoked or not the
    // client's.
    const Calendar *refresh(const QString &clientId, const QString &refreshToken, IssuedTokens *tokens);
    // POST /oauth/token/revoke: by token (access or refresh) or sub of this client; false if unknown.
    bool revokeByToken(const QString &clientId, const QString &token);
    bool revokeBySub(const QString &clientId, const QString &sub);
    // The active calendar an access token belongs to, or nullptr.
    const Calendar *calendarByAccessToken(const QString &accessToken) const;

    QList<const Calendar *> calendarsOf(const QString &clientId) const;
    int applicationCount() const { return int(m_applications.size()); }
    int calendarCount() const { return int(m_calendars.size()); }
    qint64 calendarCreations() const { return m_calendarCreations; }

    QJsonObject toJson() const;
    // Replaces everything with what toJson() wrote; false if the object is not a sandbox state.
    bool fromJson(const QJsonObject &object);

private:
    static QString calendarKey(const QString &clientId, const QString &applicationCalendarId)
    {
        return clientId + QLatin1Char('\n') + applicationCalendarId;
    }
    IssuedTokens issueTokens(const QString &key, Calendar &calendar);
    void forgetTokens(Calendar &calendar);

    QSet<QByteArray> m_adminKeyHashes;
    QHash<QString, Application> m_applications; // by client_id
    QHash<QByteArray, QString> m_clientBySecret; // secret hash -> client_id
    QHash<QString, Calendar> m_calendars; // by calendarKey
    QHash<QString, QString> m_calendarBySub; // sub -> calendarKey
    QHash<QByteArray, QString> m_accessTokens; // token hash -> calendarKey
    QHash<QByteArray, QString> m_refreshTokens; // token hash -> calendarKey
    qint64 m_calendarCreations = 0;
};
