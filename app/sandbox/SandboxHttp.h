#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request as the sandbox sees it, copied out of QtHttpServer so it can outlive the socket's parser
// (QtHttpServer reuses one request object per connection).
struct SandboxRequest
{
    QString method; // "GET", "POST", ...
    QString path; // decoded path without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const char *lowerCaseName) const { return headers.value(QByteArray(lowerCaseName)); }
    // The Bearer credential of the Authorization header, or empty.
    QString bearer() const
    {
        const QByteArray value = header("authorization").trimmed();
        if (value.size() > 7 && value.left(7).toLower() == "bearer ")
            return QString::fromUtf8(value.mid(7).trimmed());
        return {};
    }
};

// An answer before delivery.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body;
    QString clientId; // for the log line only

    static SandboxResponse json(int status, const QJsonDocument &document)
    {
        SandboxResponse r;
        r.status = status;
        r.body = document.toJson(QJsonDocument::Compact);
        return r;
    }
    static SandboxResponse empty(int status)
    {
        SandboxResponse r;
        r.status = status;
        r.contentType.clear();
        return r;
    }
};

// How to deliver the answer: on time, late, slowly, streamed, or not at all (reset).
struct SandboxReply
{
    SandboxResponse response;
    int delayMs = 0;
    bool reset = false;
    int trickleBytesPerSecond = 0;
    qint64 streamedBodySize = -1; // >= 0: the body is generated while sending ({"padding":"xxx..."})
};
