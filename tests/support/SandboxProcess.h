#pragma once

#include "api/DataCenter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Test-only: runs the cronofy-sandbox executable (env CRONOFY_SANDBOX_BIN, set by ctest) on a free
// loopback port and talks to its control API. It blocks (waitFor*, QSignalSpy::wait), which only test
// code may do. The process is terminated when this object goes.
//
//   SandboxProcess sandbox;                    // or SandboxProcess sandbox({"--rate-limit", "5/s"});
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   const auto app = sandbox.provisionApplication();
//   client.setDataCenter(sandbox.dataCenter());
class SandboxProcess
{
public:
    struct Application
    {
        QString clientId;
        QString clientSecret;
        bool isValid() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    };

    // extraArgs are added after "--port 0"; pass "--admin-key", KEY to choose the key.
    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts it and reads the base URL (and the generated admin key). False + errorString() on failure.
    bool start(int timeoutMs = 10000);
    QString errorString() const { return m_error; }
    static QString binary();

    QUrl baseUrl() const { return m_baseUrl; }
    DataCenter dataCenter() const;
    QString adminKey() const { return m_adminKey; }
    // The first stdout lines as printed.
    QStringList startupLines() const { return m_startupLines; }

    // Control API (synchronous). A failed call fails the calling test through QTest's warning + empty value.
    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    QJsonObject stats();
    QJsonArray requests();
    QJsonArray calendars(const QString &clientId);
    // POST /v1/applications with the admin key.
    Application provisionApplication(const QString &name = QStringLiteral("Test application"),
        const QString &url = QStringLiteral("https://example.com/app"));

    // One synchronous request to the sandbox: method, path (with query), body, headers. Returns status.
    int request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, QByteArray *replyBody = nullptr,
        QList<QPair<QByteArray, QByteArray>> *replyHeaders = nullptr);

    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // SIGKILL, for crash tests; waits for it to be gone.
    void kill();
    // SIGTERM and wait: the sandbox saves its state file on the way out.
    bool terminate(int timeoutMs = 10000);
    // Everything the sandbox wrote to stderr so far (its log).
    QByteArray standardError();

private:
    QStringList m_args;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_adminKey;
    QStringList m_startupLines;
    QString m_error;
    QByteArray m_stderr;
};
