#include "SandboxOptions.h"

#include <QJsonValue>

namespace {

bool parseInt(const QString &text, qint64 min, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min)
        return false;
    *out = value;
    return true;
}

bool isFlag(const QString &key)
{
    return key == QLatin1String("html") || key == QLatin1String("malformed")
        || key == QLatin1String("wrong-types") || key == QLatin1String("missing-fields")
        || key == QLatin1String("reset");
}

// Applies one key/value to the spec. The value of a flag may be "true"/"false" (JSON) or absent (SPEC).
bool applyKey(FaultSpec &f, const QString &key, const QString &value, QString *error)
{
    qint64 n = 0;
    auto number = [&](qint64 min) {
        if (parseInt(value, min, &n))
            return true;
        if (error)
            *error = FaultSpec::tr("The fault key \"%1\" needs a whole number of at least %2, not \"%3\".")
                         .arg(key)
                         .arg(min)
                         .arg(value);
        return false;
    };
    if (isFlag(key)) {
        const bool on = value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
        if (key == QLatin1String("html"))
            f.html = on;
        else if (key == QLatin1String("malformed"))
            f.malformed = on;
        else if (key == QLatin1String("wrong-types"))
            f.wrongTypes = on;
        else if (key == QLatin1String("missing-fields"))
            f.missingFields = on;
        else
            f.reset = on;
        return true;
    }
    if (key == QLatin1String("path")) {
        if (value != QLatin1String("*") && !value.startsWith(QLatin1Char('/'))) {
            if (error)
                *error = FaultSpec::tr("The fault path must start with \"/\" or be \"*\", not \"%1\".")
                             .arg(value);
            return false;
        }
        f.path = value;
    } else if (key == QLatin1String("method")) {
        f.method = value.toUpper();
    } else if (key == QLatin1String("status")) {
        if (!number(100))
            return false;
        if (n > 599) {
            if (error)
                *error = FaultSpec::tr("The fault status must be an HTTP status between 100 and 599.");
            return false;
        }
        f.status = int(n);
    } else if (key == QLatin1String("body")) {
        f.body = value.toUtf8();
        f.hasBody = true;
    } else if (key == QLatin1String("retry-after")) {
        if (!number(0))
            return false;
        f.retryAfter = int(n);
    } else if (key == QLatin1String("delay")) {
        if (!number(0))
            return false;
        f.delayMs = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    } else if (key == QLatin1String("trickle")) {
        if (!number(1))
            return false;
        f.trickleBytesPerSecond = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    } else if (key == QLatin1String("size")) {
        if (!number(0))
            return false;
        f.size = n;
    } else if (key == QLatin1String("redirect")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            if (error)
                *error = FaultSpec::tr("The fault redirect needs an absolute URL such as "
                                       "http://127.0.0.2:8080/v1/calendars, not \"%1\".")
                             .arg(value);
            return false;
        }
        f.redirect = url;
    } else if (key == QLatin1String("every")) {
        if (!number(1))
            return false;
        f.every = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    } else if (key == QLatin1String("count")) {
        if (!number(1))
            return false;
        f.count = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    } else {
        if (error)
            *error = FaultSpec::tr("Unknown fault key \"%1\". Known keys: path, method, status, body, html, "
                                   "malformed, wrong-types, missing-fields, retry-after, delay, reset, "
                                   "trickle, size, redirect, every, count.")
                         .arg(key);
        return false;
    }
    return true;
}

bool finish(FaultSpec &f, QString *error)
{
    if (f.retryAfter >= 0 && f.status == 0)
        f.status = 429;
    const bool acts = f.status || f.hasBody || f.html || f.malformed || f.wrongTypes || f.missingFields
        || f.delayMs || f.reset || f.trickleBytesPerSecond || f.size >= 0 || f.redirect.isValid();
    if (!acts) {
        if (error)
            *error = FaultSpec::tr("The fault does nothing: give at least one of status, body, html, "
                                   "malformed, wrong-types, missing-fields, retry-after, delay, reset, "
                                   "trickle, size or redirect.");
        return false;
    }
    return true;
}

} // namespace

std::optional<RateLimit> RateLimit::parse(const QString &text, QString *error)
{
    RateLimit limit;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("off"))
        return limit;
    const QStringList parts = trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        qint64 n = 0;
        const QString unit = slash < 0 ? QString() : part.mid(slash + 1).trimmed();
        if (slash < 0 || !parseInt(part.left(slash), 1, &n) || n > 1000000
            || (unit != QLatin1String("s") && unit != QLatin1String("min"))) {
            if (error)
                *error = tr("The rate limit \"%1\" is not understood: write it like 50/s,500/min "
                            "(either part may be left out).")
                             .arg(text);
            return std::nullopt;
        }
        if (unit == QLatin1String("s"))
            limit.perSecond = int(n);
        else
            limit.perMinute = int(n);
    }
    return limit;
}

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec f;
    // A comma inside a value (body=..., redirect=...) is kept by joining pieces that are not key=value
    // and not a known flag onto the previous value.
    QStringList items;
    for (const QString &piece : spec.split(QLatin1Char(','))) {
        const bool looksLikeKey = piece.contains(QLatin1Char('=')) || isFlag(piece.trimmed().toLower());
        if (!looksLikeKey && !items.isEmpty())
            items.last() += QLatin1Char(',') + piece;
        else
            items.append(piece);
    }
    for (const QString &item : std::as_const(items)) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        if (eq < 0 && !isFlag(key)) {
            if (error)
                *error = tr("The fault item \"%1\" needs a value (key=value).").arg(item);
            return std::nullopt;
        }
        if (!applyKey(f, key, key == QLatin1String("body") ? value : value.trimmed(), error))
            return std::nullopt;
    }
    if (!finish(f, error))
        return std::nullopt;
    return f;
}

std::optional<FaultSpec> FaultSpec::fromJson(const QJsonObject &object, QString *error)
{
    FaultSpec f;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key().toLower();
        const QJsonValue v = it.value();
        QString text;
        if (v.isBool()) {
            if (!isFlag(key)) {
                if (error)
                    *error = tr("The fault key \"%1\" does not take true/false.").arg(it.key());
                return std::nullopt;
            }
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble(), 'f', 0);
        } else if (v.isString()) {
            text = v.toString();
        } else {
            if (error)
                *error = tr("The fault key \"%1\" needs a string, a number or true/false.").arg(it.key());
            return std::nullopt;
        }
        if (!applyKey(f, key, text, error))
            return std::nullopt;
    }
    if (!finish(f, error))
        return std::nullopt;
    return f;
}

QJsonObject FaultSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), method);
    if (status)
        o.insert(QStringLiteral("status"), status);
    if (hasBody)
        o.insert(QStringLiteral("body"), QString::fromUtf8(body));
    if (html)
        o.insert(QStringLiteral("html"), true);
    if (malformed)
        o.insert(QStringLiteral("malformed"), true);
    if (wrongTypes)
        o.insert(QStringLiteral("wrong-types"), true);
    if (missingFields)
        o.insert(QStringLiteral("missing-fields"), true);
    if (retryAfter >= 0)
        o.insert(QStringLiteral("retry-after"), retryAfter);
    if (delayMs)
        o.insert(QStringLiteral("delay"), delayMs);
    if (reset)
        o.insert(QStringLiteral("reset"), true);
    if (trickleBytesPerSecond)
        o.insert(QStringLiteral("trickle"), trickleBytesPerSecond);
    if (size >= 0)
        o.insert(QStringLiteral("size"), double(size));
    if (redirect.isValid())
        o.insert(QStringLiteral("redirect"), redirect.toString());
    if (every)
        o.insert(QStringLiteral("every"), every);
    if (count)
        o.insert(QStringLiteral("count"), count);
    return o;
}

bool FaultSpec::matches(const QString &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return path == QLatin1String("*") || path == requestPath;
}

bool FaultSpec::shortCircuits() const
{
    return status || hasBody || html || reset || size >= 0 || redirect.isValid();
}
