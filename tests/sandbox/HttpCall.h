#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// One plain QNetworkAccessManager request, waited for with QSignalSpy (test code only). Deliberately not
// the project's CronofyClient: these tests check the sandbox itself.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

inline HttpResult httpCall(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method,
    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
    int timeoutMs = 20000)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool typed = false;
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
        typed = typed || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !typed)
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 15000);
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

inline QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QPair<QByteArray, QByteArray> bearer(const QString &credential)
{
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + credential.toUtf8()};
}
