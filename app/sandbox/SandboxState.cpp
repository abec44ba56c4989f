#include "SandboxState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {

// How many older tokens of one calendar stay valid: enough for a few concurrent provisions of the same id.
constexpr int kTokensKept = 5;

QJsonArray hexList(const QList<QByteArray> &hashes)
{
    QJsonArray a;
    for (const QByteArray &h : hashes)
        a.append(QString::fromLatin1(h.toHex()));
    return a;
}

QList<QByteArray> fromHexList(const QJsonValue &value)
{
    QList<QByteArray> out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a)
        out.append(QByteArray::fromHex(v.toString().toLatin1()));
    return out;
}

} // namespace

QByteArray SandboxState::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

QString SandboxState::randomAlphanumeric(int count)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = QLatin1Char(alphabet[gen->bounded(62)]);
    return out;
}

QString SandboxState::randomHex(int count)
{
    static const char digits[] = "0123456789abcdef";
    QString out(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = QLatin1Char(digits[gen->bounded(16)]);
    return out;
}

SandboxState::Application SandboxState::createApplication(
    const QString &name, const QString &url, QString *clientSecret)
{
    Application app;
    do {
        app.clientId = randomAlphanumeric(20);
    } while (m_applications.contains(app.clientId));
    *clientSecret = randomAlphanumeric(32);
    app.secretHash = hash(*clientSecret);
    app.name = name;
    app.url = url;
    m_clientBySecret.insert(app.secretHash, app.clientId);
    m_applications.insert(app.clientId, app);
    return app;
}

const SandboxState::Application *SandboxState::authenticate(
    const QString &clientId, const QString &clientSecret) const
{
    const auto it = m_applications.constFind(clientId);
    if (it == m_applications.constEnd() || it->secretHash != hash(clientSecret))
        return nullptr;
    return &*it;
}

SandboxState::Application *SandboxState::applicationBySecret(const QString &clientSecret)
{
    const QString clientId = m_clientBySecret.value(hash(clientSecret));
    if (clientId.isEmpty())
        return nullptr;
    const auto it = m_applications.find(clientId);
    return it == m_applications.end() ? nullptr : &*it;
}

SandboxState::IssuedTokens SandboxState::issueTokens(const QString &key, Calendar &calendar)
{
    IssuedTokens t {randomAlphanumeric(32), randomAlphanumeric(32)};
    const QByteArray a = hash(t.accessToken);
    const QByteArray r = hash(t.refreshToken);
    calendar.accessHashes.append(a);
    calendar.refreshHashes.append(r);
    m_accessTokens.insert(a, key);
    m_refreshTokens.insert(r, key);
    while (calendar.accessHashes.size() > kTokensKept)
        m_accessTokens.remove(calendar.accessHashes.takeFirst());
    while (calendar.refreshHashes.size() > kTokensKept)
        m_refreshTokens.remove(calendar.refreshHashes.takeFirst());
    return t;
}

void SandboxState::forgetTokens(Calendar &calendar)
{
    for (const QByteArray &h : std::as_const(calendar.accessHashes))
        m_accessTokens.remove(h);
    for (const QByteArray &h : std::as_const(calendar.refreshHashes))
        m_refreshTokens.remove(h);
    calendar.accessHashes.clear();
    calendar.refreshHashes.clear();
}

const SandboxState::Calendar &SandboxState::provisionCalendar(
    const QString &clientId, const QString &applicationCalendarId, IssuedTokens *tokens, bool *created)
{
    const QString key = calendarKey(clientId, applicationCalendarId);
    auto it = m_calendars.find(key);
    *created = it == m_calendars.end();
    if (*created) {
        Calendar c;
        c.clientId = clientId;
        c.applicationCalendarId = applicationCalendarId;
        do {
            c.sub = QStringLiteral("apc_") + randomHex(24);
        } while (m_calendarBySub.contains(c.sub));
        const QString profile = randomAlphanumeric(10).toLower();
        c.profileId = QStringLiteral("pro_") + profile;
        c.calendarId = QStringLiteral("cal_") + profile + QLatin1Char('_') + randomAlphanumeric(12).toLower();
        m_calendarBySub.insert(c.sub, key);
        it = m_calendars.insert(key, c);
        ++m_calendarCreations;
    }
    it->active = true; // provisioning a revoked calendar re-activates it
    ++it->provisionCount;
    *tokens = issueTokens(key, *it);
    return *it;
}

const SandboxState::Calendar *SandboxState::refresh(
    const QString &clientId, const QString &refreshToken, IssuedTokens *tokens)
{
    const QByteArray h = hash(refreshToken);
    const QString key = m_refreshTokens.value(h);
    auto it = m_calendars.find(key);
    if (key.isEmpty() || it == m_calendars.end() || !it->active || it->clientId != clientId)
        return nullptr;
    // Rotation: the refresh token used is spent.
    m_refreshTokens.remove(h);
    it->refreshHashes.removeAll(h);
    *tokens = issueTokens(key, *it);
    return &*it;
}

bool SandboxState::revokeByToken(const QString &clientId, const QString &token)
{
    const QByteArray h = hash(token);
    QString key = m_accessTokens.value(h);
    if (key.isEmpty())
        key = m_refreshTokens.value(h);
    auto it = m_calendars.find(key);
    if (key.isEmpty() || it == m_calendars.end() || it->clientId != clientId)
        return false;
    it->active = false;
    forgetTokens(*it);
    return true;
}

bool SandboxState::revokeBySub(const QString &clientId, const QString &sub)
{
    auto it = m_calendars.find(m_calendarBySub.value(sub));
    if (it == m_calendars.end() || it->clientId != clientId)
        return false;
    it->active = false;
    forgetTokens(*it);
    return true;
}

const SandboxState::Calendar *SandboxState::calendarByAccessToken(const QString &accessToken) const
{
    const auto it = m_calendars.constFind(m_accessTokens.value(hash(accessToken)));
    if (it == m_calendars.constEnd() || !it->active)
        return nullptr;
    return &*it;
}

QList<const SandboxState::Calendar *> SandboxState::calendarsOf(const QString &clientId) const
{
    QList<const Calendar *> out;
    for (auto it = m_calendars.constBegin(); it != m_calendars.constEnd(); ++it) {
        if (it->clientId == clientId)
            out.append(&*it);
    }
    std::sort(out.begin(), out.end(), [](const Calendar *a, const Calendar *b) {
        return a->applicationCalendarId < b->applicationCalendarId;
    });
    return out;
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("cronofy-sandbox-state"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("calendar_creations"), double(m_calendarCreations));
    QList<QByteArray> adminHashes(m_adminKeyHashes.cbegin(), m_adminKeyHashes.cend());
    std::sort(adminHashes.begin(), adminHashes.end());
    root.insert(QStringLiteral("admin_key_sha256"), hexList(adminHashes));
    QJsonArray apps;
    for (const Application &a : m_applications) {
        QJsonObject o;
        o.insert(QStringLiteral("client_id"), a.clientId);
        o.insert(QStringLiteral("client_secret_sha256"), QString::fromLatin1(a.secretHash.toHex()));
        o.insert(QStringLiteral("name"), a.name);
        o.insert(QStringLiteral("url"), a.url);
        o.insert(QStringLiteral("verification_submitted"), a.verificationSubmitted);
        apps.append(o);
    }
    root.insert(QStringLiteral("applications"), apps);
    QJsonArray cals;
    for (const Calendar &c : m_calendars) {
        QJsonObject o;
        o.insert(QStringLiteral("client_id"), c.clientId);
        o.insert(QStringLiteral("application_calendar_id"), c.applicationCalendarId);
        o.insert(QStringLiteral("sub"), c.sub);
        o.insert(QStringLiteral("profile_id"), c.profileId);
        o.insert(QStringLiteral("calendar_id"), c.calendarId);
        o.insert(QStringLiteral("active"), c.active);
        o.insert(QStringLiteral("provision_count"), c.provisionCount);
        o.insert(QStringLiteral("access_token_sha256"), hexList(c.accessHashes));
        o.insert(QStringLiteral("refresh_token_sha256"), hexList(c.refreshHashes));
        cals.append(o);
    }
    root.insert(QStringLiteral("calendars"), cals);
    return root;
}

bool SandboxState::fromJson(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("cronofy-sandbox-state"))
        return false;
    *this = SandboxState();
    m_calendarCreations = qint64(root.value(QStringLiteral("calendar_creations")).toDouble());
    for (const QByteArray &h : fromHexList(root.value(QStringLiteral("admin_key_sha256"))))
        m_adminKeyHashes.insert(h);
    const QJsonArray apps = root.value(QStringLiteral("applications")).toArray();
    for (const QJsonValue &v : apps) {
        const QJsonObject o = v.toObject();
        Application a;
        a.clientId = o.value(QStringLiteral("client_id")).toString();
        a.secretHash
            = QByteArray::fromHex(o.value(QStringLiteral("client_secret_sha256")).toString().toLatin1());
        a.name = o.value(QStringLiteral("name")).toString();
        a.url = o.value(QStringLiteral("url")).toString();
        a.verificationSubmitted = o.value(QStringLiteral("verification_submitted")).toBool();
        if (a.clientId.isEmpty() || a.secretHash.size() != 32)
            continue;
        m_clientBySecret.insert(a.secretHash, a.clientId);
        m_applications.insert(a.clientId, a);
    }
    const QJsonArray cals = root.value(QStringLiteral("calendars")).toArray();
    for (const QJsonValue &v : cals) {
        const QJsonObject o = v.toObject();
        Calendar c;
        c.clientId = o.value(QStringLiteral("client_id")).toString();
        c.applicationCalendarId = o.value(QStringLiteral("application_calendar_id")).toString();
        c.sub = o.value(QStringLiteral("sub")).toString();
        c.profileId = o.value(QStringLiteral("profile_id")).toString();
        c.calendarId = o.value(QStringLiteral("calendar_id")).toString();
        c.active = o.value(QStringLiteral("active")).toBool();
        c.provisionCount = o.value(QStringLiteral("provision_count")).toInt();
        c.accessHashes = fromHexList(o.value(QStringLiteral("access_token_sha256")));
        c.refreshHashes = fromHexList(o.value(QStringLiteral("refresh_token_sha256")));
        if (c.clientId.isEmpty() || c.sub.isEmpty())
            continue;
        const QString key = calendarKey(c.clientId, c.applicationCalendarId);
        for (const QByteArray &h : std::as_const(c.accessHashes))
            m_accessTokens.insert(h, key);
        for (const QByteArray &h : std::as_const(c.refreshHashes))
            m_refreshTokens.insert(h, key);
        m_calendarBySub.insert(c.sub, key);
        m_calendars.insert(key, c);
    }
    return true;
}
