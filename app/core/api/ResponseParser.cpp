#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace ResponseParser {

namespace {

using RP = ApiError::ResponseProblem;

constexpr qint64 kMaxRetryAfterSeconds = 24 * 60 * 60;
// Enough for any real 422 and small enough that a hostile body cannot make a sentence of megabytes.
constexpr int kMaxErrorFields = 50;
constexpr int kMaxMessagesPerField = 10;
constexpr int kMaxMessageChars = 300;

bool fail(Problem *problem, RP kind, const QString &field = {})
{
    if (problem && problem->kind == RP::None) {
        problem->kind = kind;
        problem->field = field;
    }
    return false;
}

// The body as a JSON document: as it is, or else without trailing commas (the docs' own examples have one).
std::optional<QJsonDocument> parseDocument(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    const QByteArray repaired = withoutTrailingCommas(body);
    if (repaired.size() == body.size())
        return std::nullopt;
    doc = QJsonDocument::fromJson(repaired, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    return std::nullopt;
}

std::optional<QJsonObject> parseRoot(const QByteArray &body, Problem *problem)
{
    const std::optional<QJsonDocument> doc = parseDocument(body);
    if (!doc) {
        fail(problem, RP::NotJson);
        return std::nullopt;
    }
    if (!doc->isObject()) {
        fail(problem, RP::WrongShape);
        return std::nullopt;
    }
    return doc->object();
}

// Reads typed fields of one JSON object and records the first problem with its dotted field name.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &prefix, Problem *problem)
        : m_object(object)
        , m_prefix(prefix)
        , m_problem(problem)
    { }

    bool ok() const { return m_ok; }
    QString name(const QString &key) const
    {
        return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
    }

    // Absent or null is fine (empty string); any other type is a problem.
    QString optionalString(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return wrongType(key), QString();
        return v.toString();
    }

    // Absent, null or empty is a problem.
    QString requiredString(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return missing(key), QString();
        if (!v.isString())
            return wrongType(key), QString();
        const QString s = v.toString();
        if (s.isEmpty())
            missing(key);
        return s;
    }

    bool optionalBool(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            return wrongType(key), false;
        return v.toBool();
    }

    // A whole number within [min, max]; a fraction, NaN or a value outside the range is a wrong type.
    qint64 optionalInteger(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble())
            return wrongType(key), 0;
        const double d = v.toDouble();
        // Range check on the double before converting: converting an out-of-range double is undefined.
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return wrongType(key), 0;
        return static_cast<qint64>(d);
    }

    std::optional<QJsonObject> object(const char *key, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isObject())
            return wrongType(key), std::nullopt;
        return v.toObject();
    }

    std::optional<QJsonArray> array(const char *key, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isArray())
            return wrongType(key), std::nullopt;
        return v.toArray();
    }

    // For nested readers: a problem found there counts here too.
    void merge(const Reader &child) { m_ok = m_ok && child.m_ok; }
    void wrongTypeAt(const QString &field) { m_ok = fail(m_problem, RP::WrongType, field); }

private:
    void missing(const char *key) { m_ok = fail(m_problem, RP::MissingField, name(QLatin1String(key))); }
    void wrongType(const char *key) { m_ok = fail(m_problem, RP::WrongType, name(QLatin1String(key))); }

    QJsonObject m_object;
    QString m_prefix;
    Problem *m_problem;
    bool m_ok = true;
};

constexpr qint64 kMaxExpiresIn = std::numeric_limits<qint32>::max(); // the docs' own upper bound

LinkingProfile readProfile(Reader &r)
{
    LinkingProfile p;
    p.providerName = r.optionalString("provider_name");
    p.profileId = r.optionalString("profile_id");
    p.profileName = r.optionalString("profile_name");
    return p;
}

int monthNumber(const QString &name)
{
    static const char *const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> httpDate(const QString &text)
{
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" and RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT".
    static const QRegularExpression fixOr850(QStringLiteral(
        "^[A-Za-z]{3,9}, (\\d{1,2})[ -]([A-Za-z]{3})[ -](\\d{2}|\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // asctime "Sun Nov  6 08:49:37 1994" (white space already simplified).
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0;
    if (const auto match = fixOr850.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = monthNumber(match.captured(2));
        year = match.captured(3).toInt();
        if (match.capturedLength(3) == 2)
            year += year < 70 ? 2000 : 1900;
        h = match.captured(4).toInt();
        m = match.captured(5).toInt();
        s = match.captured(6).toInt();
    } else if (const auto match2 = asctime.match(text); match2.hasMatch()) {
        month = monthNumber(match2.captured(1));
        day = match2.captured(2).toInt();
        h = match2.captured(3).toInt();
        m = match2.captured(4).toInt();
        s = match2.captured(5).toInt();
        year = match2.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QString clipped(QString text)
{
    text = text.trimmed();
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars - 1) + QChar(0x2026);
    return text;
}

} // namespace

QByteArray withoutTrailingCommas(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            out.append(c);
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == ',') {
            qsizetype j = i + 1;
            while (j < json.size()
                && (json.at(j) == ' ' || json.at(j) == '\t' || json.at(j) == '\n' || json.at(j) == '\r'))
                ++j;
            if (j < json.size() && (json.at(j) == '}' || json.at(j) == ']'))
                continue; // drop the trailing comma
        }
        out.append(c);
    }
    return out;
}

std::optional<ApplicationCredentials> applicationCredentials(const QByteArray &body, Problem *problem)
{
    const auto root = parseRoot(body, problem);
    if (!root)
        return std::nullopt;
    Reader r(*root, {}, problem);
    const auto client = r.object("oauth_client", true);
    if (!client)
        return std::nullopt;
    Reader c(*client, QStringLiteral("oauth_client"), problem);
    ApplicationCredentials result;
    result.clientId = c.requiredString("client_id");
    result.clientSecret = c.requiredString("client_secret");
    if (!c.ok())
        return std::nullopt;
    return result;
}

std::optional<CalendarCredentials> calendarCredentials(const QByteArray &body, Problem *problem)
{
    const auto root = parseRoot(body, problem);
    if (!root)
        return std::nullopt;
    Reader r(*root, {}, problem);
    CalendarCredentials result;
    result.accessToken = r.requiredString("access_token");
    result.refreshToken = r.requiredString("refresh_token");
    result.sub = r.requiredString("sub");
    result.tokenType = r.optionalString("token_type");
    result.expiresIn = r.optionalInteger("expires_in", 0, kMaxExpiresIn);
    result.scope = r.optionalString("scope");
    result.applicationCalendarId = r.optionalString("application_calendar_id");
    if (const auto profile = r.object("linking_profile", false)) {
        Reader p(*profile, QStringLiteral("linking_profile"), problem);
        result.profile = readProfile(p);
        r.merge(p);
    }
    if (!r.ok())
        return std::nullopt;
    return result;
}

std::optional<TokenRefresh> tokenRefresh(const QByteArray &body, Problem *problem)
{
    const auto root = parseRoot(body, problem);
    if (!root)
        return std::nullopt;
    Reader r(*root, {}, problem);
    TokenRefresh result;
    result.accessToken = r.requiredString("access_token");
    result.refreshToken = r.requiredString("refresh_token");
    result.expiresIn = r.optionalInteger("expires_in", 0, kMaxExpiresIn);
    result.scope = r.optionalString("scope");
    r.optionalString("token_type"); // type-checked only
    if (!r.ok())
        return std::nullopt;
    return result;
}

std::optional<UserInfo> userInfo(const QByteArray &body, Problem *problem)
{
    const auto root = parseRoot(body, problem);
    if (!root)
        return std::nullopt;
    Reader r(*root, {}, problem);
    UserInfo result;
    result.sub = r.requiredString("sub");
    result.type = r.optionalString("cronofy.type");
    result.email = r.optionalString("email");
    result.name = r.optionalString("name");
    if (const auto data = r.object("cronofy.data", false)) {
        Reader d(*data, QStringLiteral("cronofy.data"), problem);
        if (const auto auth = d.object("authorization", false)) {
            Reader a(*auth, d.name(QStringLiteral("authorization")), problem);
            result.authorizationStatus = a.optionalString("status");
            result.scope = a.optionalString("scope");
            d.merge(a);
        }
        if (const auto profiles = d.array("profiles", false)) {
            for (qsizetype i = 0; i < profiles->size(); ++i) {
                const QString where = d.name(QStringLiteral("profiles[%1]").arg(i));
                const QJsonValue v = profiles->at(i);
                if (!v.isObject()) {
                    d.wrongTypeAt(where);
                    break;
                }
                Reader p(v.toObject(), where, problem);
                result.profiles.append(readProfile(p));
                if (p.optionalBool("profile_connected"))
                    ++result.profilesConnected;
                d.merge(p);
                if (!d.ok())
                    break;
            }
        }
        r.merge(d);
    }
    if (!r.ok())
        return std::nullopt;
    return result;
}

std::optional<QList<CalendarInfo>> calendars(const QByteArray &body, Problem *problem)
{
    const auto root = parseRoot(body, problem);
    if (!root)
        return std::nullopt;
    Reader r(*root, {}, problem);
    r.optionalString("sub"); // type-checked only; older copies of the docs lack it
    const auto list = r.array("calendars", true);
    if (!list || !r.ok())
        return std::nullopt;
    QList<CalendarInfo> result;
    result.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString where = QStringLiteral("calendars[%1]").arg(i);
        const QJsonValue v = list->at(i);
        if (!v.isObject()) {
            fail(problem, RP::WrongType, where);
            return std::nullopt;
        }
        Reader c(v.toObject(), where, problem);
        CalendarInfo info;
        info.calendarId = c.requiredString("calendar_id");
        info.calendarName = c.optionalString("calendar_name");
        info.providerName = c.optionalString("provider_name");
        info.profileId = c.optionalString("profile_id");
        info.profileName = c.optionalString("profile_name");
        info.readOnly = c.optionalBool("calendar_readonly");
        info.deleted = c.optionalBool("calendar_deleted");
        info.primary = c.optionalBool("calendar_primary");
        if (!c.ok())
            return std::nullopt;
        result.append(info);
    }
    return result;
}

bool emptyOrJson(const QByteArray &body, Problem *problem)
{
    if (body.trimmed().isEmpty())
        return true;
    if (!parseDocument(body))
        return fail(problem, RP::NotJson);
    return true;
}

ErrorBody errorBody(const QByteArray &body)
{
    ErrorBody result;
    const std::optional<QJsonDocument> doc = parseDocument(body);
    if (!doc || !doc->isObject())
        return result;
    const QJsonObject root = doc->object();
    if (const QJsonValue error = root.value(QLatin1String("error")); error.isString())
        result.oauthError = clipped(error.toString());
    const QJsonObject errors = root.value(QLatin1String("errors")).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (result.fieldErrors.size() >= kMaxErrorFields)
            break;
        const QString field = clipped(it.key());
        if (field.isEmpty())
            continue;
        QStringList messages;
        // Cronofy sends an array of {key, description}; accept a lone object or plain strings as well.
        QJsonArray entries = it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()};
        for (const QJsonValue entry : std::as_const(entries)) {
            if (messages.size() >= kMaxMessagesPerField)
                break;
            QString text;
            if (entry.isString()) {
                text = entry.toString();
            } else if (entry.isObject()) {
                const QJsonObject o = entry.toObject();
                text = o.value(QLatin1String("description")).toString();
                if (text.trimmed().isEmpty())
                    text = o.value(QLatin1String("key")).toString();
            }
            text = clipped(text);
            if (!text.isEmpty())
                messages.append(text);
        }
        if (!messages.isEmpty())
            result.fieldErrors.insert(field, messages);
    }
    return result;
}

std::optional<std::chrono::seconds> retryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool digits = true;
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        if (trimmed.size() > 9) // more than 31 years: cap without risking overflow
            return std::chrono::seconds(kMaxRetryAfterSeconds);
        return std::chrono::seconds(qMin(trimmed.toLongLong(), kMaxRetryAfterSeconds));
    }
    const auto date = httpDate(QString::fromLatin1(trimmed).simplified());
    if (!date || !nowUtc.isValid())
        return std::nullopt;
    return std::chrono::seconds(qBound<qint64>(0, nowUtc.secsTo(*date), kMaxRetryAfterSeconds));
}

QString excerpt(const QByteArray &body, int maxBytes)
{
    const bool cut = body.size() > maxBytes;
    QString text = QString::fromUtf8(body.left(qMax(0, maxBytes)));
    for (QChar &c : text) {
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    if (cut)
        text += QChar(0x2026);
    return text;
}

} // namespace ResponseParser
