#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_args(std::move(extraArgs))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning && !terminate(5000))
        kill();
}

QString SandboxProcess::binary()
{
    return QString::fromLocal8Bit(qgetenv("CRONOFY_SANDBOX_BIN"));
}

bool SandboxProcess::start(int timeoutMs)
{
    const QString program = binary();
    if (program.isEmpty()) {
        m_error = QStringLiteral("CRONOFY_SANDBOX_BIN is not set; run the test through ctest.");
        return false;
    }
    m_process.start(program, QStringList {QStringLiteral("--port"), QStringLiteral("0")} + m_args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cronofy-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    const bool expectKey = !m_args.contains(QStringLiteral("--admin-key"));
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (m_startupLines.size() < (expectKey ? 2 : 1)) {
        while (m_process.canReadLine()) {
            m_startupLines.append(QString::fromUtf8(m_process.readLine()).trimmed());
            if (m_startupLines.size() >= (expectKey ? 2 : 1))
                break;
        }
        if (m_startupLines.size() >= (expectKey ? 2 : 1))
            break;
        if (m_process.state() != QProcess::Running || timer.elapsed() > timeoutMs) {
            m_stderr += m_process.readAllStandardError();
            m_error = QStringLiteral("cronofy-sandbox printed no base URL: ") + QString::fromUtf8(m_stderr);
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    m_baseUrl = QUrl(m_startupLines.constFirst(), QUrl::StrictMode);
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = QStringLiteral("cronofy-sandbox printed no base URL but: ") + m_startupLines.constFirst();
        return false;
    }
    if (expectKey) {
        const QString line = m_startupLines.value(1);
        if (!line.startsWith(QLatin1String("admin-key: "))) {
            m_error = QStringLiteral("cronofy-sandbox printed no admin-key line");
            return false;
        }
        m_adminKey = line.mid(11).trimmed();
    } else {
        m_adminKey = m_args.value(m_args.indexOf(QStringLiteral("--admin-key")) + 1);
    }
    return true;
}

DataCenter SandboxProcess::dataCenter() const
{
    return DataCenter::fromBaseUrl(m_baseUrl.toString()).value_or(DataCenter());
}

int SandboxProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray *replyBody,
    QList<QPair<QByteArray, QByteArray>> *replyHeaders)
{
    QNetworkRequest req(m_baseUrl.resolved(QUrl(path)));
    req.setTransferTimeout(30000);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(35000))
        qWarning("SandboxProcess: no answer to %s %s", method.constData(), qPrintable(path));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (replyBody && reply->isOpen())
        *replyBody = reply->readAll();
    if (replyHeaders)
        *replyHeaders = reply->rawHeaderPairs();
    reply->deleteLater();
    return status;
}

bool SandboxProcess::addFault(const QJsonObject &fault)
{
    return request("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault).toJson()) == 200;
}

bool SandboxProcess::clearFaults()
{
    return request("DELETE", QStringLiteral("/_sandbox/faults")) == 200;
}

QJsonObject SandboxProcess::stats()
{
    QByteArray body;
    request("GET", QStringLiteral("/_sandbox/stats"), {}, {}, &body);
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SandboxProcess::requests()
{
    QByteArray body;
    request("GET", QStringLiteral("/_sandbox/requests"), {}, {}, &body);
    return QJsonDocument::fromJson(body).array();
}

QJsonArray SandboxProcess::calendars(const QString &clientId)
{
    QByteArray body;
    request("GET",
        QStringLiteral("/_sandbox/calendars?client_id=")
            + QString::fromLatin1(QUrl::toPercentEncoding(clientId)),
        {}, {}, &body);
    return QJsonDocument::fromJson(body).array();
}

SandboxProcess::Application SandboxProcess::provisionApplication(const QString &name, const QString &url)
{
    QByteArray body;
    const int status = request("POST", QStringLiteral("/v1/applications"),
        QJsonDocument(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("url"), url}}).toJson(),
        {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_adminKey.toUtf8()}}, &body);
    if (status != 200)
        return {};
    const QJsonObject client
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("oauth_client")).toObject();
    return {client.value(QStringLiteral("client_id")).toString(),
        client.value(QStringLiteral("client_secret")).toString()};
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool SandboxProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    return m_process.waitForFinished(timeoutMs);
}

QByteArray SandboxProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}
