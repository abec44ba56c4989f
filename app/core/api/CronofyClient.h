#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/DataCenter.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QTimer;
enum class StopReason; // api/TransportErrors.h

// One request in flight. Deletes itself after finished(). cancel() ends it with ApiError::Kind::Cancelled;
// the callback then runs later from the event loop (never inside cancel()), and cancel() from inside the
// callback, or twice, does nothing. Deleting the call (or its CronofyClient) aborts the request without a
// callback, like a destroyed context.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }

signals:
    // Emitted once, after the result callback ran.
    void finished();

private:
    friend class CronofyClient;
    explicit ApiCall(QObject *parent);
    // Parses a success body into the typed result (turning m_error into MalformedResponse if it does not
    // fit) and, when callBack is true, runs the caller's callback.
    using Deliver = std::function<void(const QByteArray &body, ApiError &error, bool callBack)>;
    void start(QNetworkReply *reply, const QByteArray &method, QObject *context, Deliver deliver);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool withinLimit(qint64 bytes);
    // Ends the call early for a reason of ours; Qt reports all of them as OperationCanceledError.
    void stop(StopReason reason);
    void complete();
    void releaseReply();

    QPointer<QNetworkReply> m_reply;
    ApiError m_error; // before complete(): the template with operation, data center, limits
    bool m_finished = false;
    bool m_cancelled = false;

    Deliver m_deliver;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    qint64 m_maxBytes = 0;
    StopReason m_stop {};
    int m_status = 0;
    QNetworkReply::NetworkError m_replyError = QNetworkReply::NoError;
    QString m_replyErrorString;
    bool m_sslError = false;
    QByteArray m_retryAfter;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
};

// Builds every Cronofy request: URL from the DataCenter, headers, JSON body, timeout, redirect policy.
// Given a QNetworkAccessManager; owns nothing but its settings. No nested event loops: every call returns at
// once and later invokes its callback exactly once (success or error), unless `context` was destroyed (a null
// context means: always call back). On error the result is default-constructed.
class CronofyClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const T &result, const ApiError &error)>;

    CronofyClient(QNetworkAccessManager *nam, const DataCenter &dataCenter, QObject *parent = nullptr);

    const DataCenter &dataCenter() const { return m_dataCenter; }
    void setDataCenter(const DataCenter &dataCenter) { m_dataCenter = dataCenter; }
    // The timeout of every request: default 30 s. Qt's own default is none. It bounds both the silence
    // between two packets (QNetworkRequest::setTransferTimeout) and the whole call, so a server that trickles
    // one byte at a time still ends as ApiError::Kind::Timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Bodies larger than this are refused (ApiError::Kind::TooLarge) without being held in memory.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    static QByteArray userAgent();

    // POST /v1/applications, admin API key as Bearer.
    ApiCall *createApplication(const QString &adminApiKey, const NewApplication &application,
        QObject *context, Callback<ApplicationCredentials> done);
    // POST /v1/application_calendars, credentials in the JSON body. An idempotent upsert.
    ApiCall *provisionCalendar(const ClientCredentials &client, const QString &applicationCalendarId,
        QObject *context, Callback<CalendarCredentials> done);
    // POST /oauth/token, grant_type=refresh_token.
    ApiCall *refreshToken(const ClientCredentials &client, const QString &refreshToken, QObject *context,
        Callback<TokenRefresh> done);
    // POST /oauth/token/revoke with {sub} or {token}.
    ApiCall *revokeBySub(
        const ClientCredentials &client, const QString &sub, QObject *context, Callback<Done> done);
    ApiCall *revokeToken(
        const ClientCredentials &client, const QString &token, QObject *context, Callback<Done> done);
    // GET /v1/userinfo and GET /v1/calendars with an application calendar's access token.
    ApiCall *userInfo(const QString &accessToken, QObject *context, Callback<UserInfo> done);
    ApiCall *listCalendars(const QString &accessToken, QObject *context, Callback<QList<CalendarInfo>> done);
    // POST /v1/application_verification, the application's client_secret as Bearer.
    ApiCall *submitVerification(const ClientCredentials &client, const VerificationRequest &request,
        QObject *context, Callback<Done> done);

private:
    struct RequestSpec;
    // The one place that builds a request: URL, headers, body, timeout, redirect policy.
    ApiCall *send(const RequestSpec &spec, QObject *context, ApiCall::Deliver deliver);

    QNetworkAccessManager *m_nam;
    DataCenter m_dataCenter;
    std::chrono::milliseconds m_timeout {30000};
    qint64 m_maxResponseBytes = 1024 * 1024;
};
