#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// Which call failed: the same status means different things to a person depending on the call
// (a 401 on create application is the admin key; on provision calendar it is the client secret).
enum class ApiOperation {
    CreateApplication,
    ProvisionCalendar,
    RefreshToken,
    Revoke,
    UserInfo,
    ListCalendars,
    SubmitVerification,
};

// The one error type of every Cronofy call. ApiError.cpp is the one place where a transport failure or an
// HTTP status becomes a sentence for a person.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // success
        Offline, // host not found (DNS) or network unreachable: no internet connection
        ConnectionRefused, // nothing listens at that address
        Timeout, // our transfer timeout fired (not the user)
        Cancelled, // the user or the program cancelled
        Tls, // certificate or TLS handshake failure; never ignored
        Redirect, // a redirect that was refused (another origin, or too many)
        HttpClientError, // HTTP 4xx; see httpStatus
        HttpServerError, // HTTP 5xx; see httpStatus
        MalformedResponse, // a success status whose body is not the documented JSON
        TooLarge, // the body is over the size limit
        Network, // any other transport failure
    };

    ApiError() = default;
    ApiError(Kind kind, ApiOperation operation)
        : kind(kind)
        , operation(operation)
    { }

    Kind kind = Kind::None;
    ApiOperation operation = ApiOperation::CreateApplication;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QMap<QString, QStringList>
        fieldErrors; // a 422's {"errors":{"field":[{"key","description"}]}}: field -> descriptions
    std::optional<std::chrono::seconds> retryAfter; // from Retry-After (seconds or HTTP date), when present
    QString oauthError; // a 400's {"error":"invalid_grant"}
    QString detail; // technical text for "Details" (Qt's error string, body excerpt); no secrets

    // What exactly was wrong with a success reply (Kind::MalformedResponse): the sentence differs for each.
    enum class ResponseProblem {
        None,
        NotJson, // not JSON at all (an HTML page, a cut-off body)
        WrongShape, // JSON, but not the documented object (an array, a string, a number)
        MissingField, // a field the console needs is absent, null or empty; see responseField
        WrongType, // a field has another type than documented; see responseField
    };
    ResponseProblem responseProblem = ResponseProblem::None;
    QString responseField; // "oauth_client.client_secret": the name of the field, never its value

    // Where and under which limits the call ran, set by CronofyClient so message() can name them.
    QString dataCenterName; // DataCenter::displayName(): "Germany", "http://127.0.0.1:8080"
    // CreateApplication: the account (AccountList) whose admin API key was sent, set by ProvisioningService,
    // so a refused key names whose it was.
    QString accountName;
    QString host; // the API host, to mention the sandbox when it is a loopback address
    bool builtInSandbox = false; // the window's own offline sandbox (restarting the window restarts it)
    std::chrono::milliseconds timeout {0}; // the call's timeout (Kind::Timeout)
    // Kind::Timeout only: the answer had begun (its status line arrived) but did not finish in time, i.e.
    // a trickling connection rather than a server that never answered. The advice differs.
    bool answerStarted = false;
    qint64 sizeLimit = 0; // the response size limit in bytes (Kind::TooLarge)

    bool ok() const { return kind == Kind::None; }
    // Worth trying again later without changing anything: timeouts, offline, refused (a server that is
    // restarting, or the sandbox not started yet), a broken connection, 408, 429 and 5xx.
    bool isTransient() const;
    bool isRateLimited() const { return httpStatus == 429; }
    // What happened and what to do next, in words for someone who has never read an API document.
    QString message() const;
    // The 422 messages for one field, joined into a sentence; empty when that field had none.
    QString fieldMessage(const QString &field) const;
    // A short name of the kind for logs and the CLI's --json ("timeout", "http-401", ...).
    QString code() const;
};
