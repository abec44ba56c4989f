#include "FaultInjector.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QByteArray reasonText(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("bad_request");
    case 401:
        return QByteArrayLiteral("unauthorized");
    case 402:
        return QByteArrayLiteral("payment_required");
    case 403:
        return QByteArrayLiteral("forbidden");
    case 404:
        return QByteArrayLiteral("not_found");
    case 422:
        return QByteArrayLiteral("unprocessable_entity");
    case 423:
        return QByteArrayLiteral("locked");
    case 429:
        return QByteArrayLiteral("too_many_requests");
    case 500:
        return QByteArrayLiteral("internal_server_error");
    case 502:
        return QByteArrayLiteral("bad_gateway");
    case 503:
        return QByteArrayLiteral("service_unavailable");
    case 504:
        return QByteArrayLiteral("gateway_timeout");
    default:
        return QByteArrayLiteral("injected_fault");
    }
}

// Strings become numbers and numbers/bools become strings, keys kept, recursively.
QJsonValue wrongTypes(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = wrongTypes(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = wrongTypes(a.at(i));
        return a;
    }
    if (value.isString())
        return 12345;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value;
}

// Removes every string-valued key (ids, tokens, names), recursively: what a client needs is gone.
QJsonValue missingFields(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end();) {
            if (it.value().isString()) {
                it = o.erase(it);
            } else {
                it.value() = missingFields(it.value());
                ++it;
            }
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = missingFields(a.at(i));
        return a;
    }
    return value;
}

} // namespace

QList<FaultSpec> FaultInjector::faults() const
{
    QList<FaultSpec> out;
    for (const Active &a : m_faults)
        out.append(a.spec);
    return out;
}

std::optional<FaultSpec> FaultInjector::take(const QString &method, const QString &path)
{
    for (Active &a : m_faults) {
        if (!a.spec.matches(method, path))
            continue;
        if (a.spec.count > 0 && a.fired >= a.spec.count)
            continue; // spent
        ++a.matched;
        if (a.spec.every > 1 && a.matched % a.spec.every != 0)
            continue;
        ++a.fired;
        return a.spec;
    }
    return std::nullopt;
}

SandboxReply FaultInjector::shortCircuit(const FaultSpec &f)
{
    SandboxReply reply;
    reply.delayMs = f.delayMs;
    reply.reset = f.reset;
    reply.trickleBytesPerSecond = f.trickleBytesPerSecond;
    SandboxResponse &r = reply.response;
    if (f.redirect.isValid()) {
        r = SandboxResponse::empty(f.status ? f.status : 307);
        r.headers.append({QByteArrayLiteral("Location"), f.redirect.toEncoded()});
        return reply;
    }
    if (f.size >= 0 && !f.hasBody && !f.html) {
        r.status = f.status ? f.status : 200;
        reply.streamedBodySize = f.size;
        return reply;
    }
    r.status = f.status ? f.status : (f.reset ? 200 : 500);
    if (f.hasBody) {
        r.body = f.body;
        r.contentType = f.html ? QByteArrayLiteral("text/html; charset=utf-8")
                               : QByteArrayLiteral("application/json; charset=utf-8");
    } else if (f.html) {
        r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        r.body = QByteArrayLiteral("<html>\r\n<head><title>") + QByteArray::number(r.status)
            + QByteArrayLiteral(" Bad Gateway</title></head>\r\n<body>\r\n<center><h1>")
            + QByteArray::number(r.status)
            + QByteArrayLiteral(
                " Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    } else if (f.malformed) {
        r.body = QByteArrayLiteral("{\"error\": \"injected_fault\", \"status\": ");
    } else {
        r.body = QJsonDocument(
            QJsonObject {{QStringLiteral("error"), QString::fromLatin1(reasonText(r.status))},
                {QStringLiteral("error_description"), QStringLiteral("Injected by cronofy-sandbox.")}})
                     .toJson(QJsonDocument::Compact);
    }
    if (f.retryAfter >= 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(f.retryAfter)});
    return reply;
}

SandboxReply FaultInjector::corrupt(const FaultSpec &f, SandboxResponse response)
{
    SandboxReply reply;
    reply.delayMs = f.delayMs;
    reply.trickleBytesPerSecond = f.trickleBytesPerSecond;
    if (f.malformed || f.wrongTypes || f.missingFields) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        response.status = 200;
        response.contentType = QByteArrayLiteral("application/json; charset=utf-8");
        response.headers.clear();
        if (f.malformed) {
            // A truncated copy of the real answer: it starts like JSON and then breaks off.
            const QByteArray real
                = response.body.isEmpty() ? QByteArrayLiteral("{\"sub\": \"apc_") : response.body;
            response.body
                = real.left(qMax<qsizetype>(real.size() / 2, 5)) + QByteArrayLiteral("\x01<<truncated");
        } else {
            value = f.wrongTypes ? wrongTypes(value) : missingFields(value);
            response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        }
    }
    reply.response = std::move(response);
    return reply;
}
