// The one place where a failed Cronofy call becomes a sentence for a person: what happened, and what to do
// next. The reader is an administrator who has never read an API document; the HTTP status only ever
// appears in parentheses, for whoever they forward the message to.
#include "api/ApiError.h"

#include "api/DataCenter.h"

#include <QLocale>

namespace {

// Field names of Cronofy's 422 bodies in words; unknown names are shown as they are.
QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return ApiError::tr("Name");
    if (field == QLatin1String("url"))
        return ApiError::tr("Home page URL");
    if (field == QLatin1String("application_calendar_id"))
        return ApiError::tr("Calendar ID");
    if (field == QLatin1String("client_id"))
        return ApiError::tr("Client ID");
    if (field == QLatin1String("client_secret"))
        return ApiError::tr("Client secret");
    if (field == QLatin1String("redirect_uris"))
        return ApiError::tr("Redirect URIs");
    if (field == QLatin1String("contact") || field == QLatin1String("contact.email"))
        return ApiError::tr("Contact email");
    if (field == QLatin1String("contact.display_name"))
        return ApiError::tr("Contact name");
    if (field == QLatin1String("refresh_token"))
        return ApiError::tr("Refresh token");
    if (field == QLatin1String("token") || field == QLatin1String("sub"))
        return ApiError::tr("Calendar to revoke");
    return field;
}

bool changesSomething(ApiOperation op)
{
    return op == ApiOperation::CreateApplication || op == ApiOperation::SubmitVerification;
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::ConnectionRefused: // a server restarting, or the sandbox not started yet: worth a later retry
    case Kind::Timeout:
    case Kind::Network:
    case Kind::HttpServerError:
        return true;
    case Kind::HttpClientError:
        return httpStatus == 429 || httpStatus == 408;
    default:
        return false;
    }
}

QString ApiError::code() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::HttpClientError:
    case Kind::HttpServerError:
        return QStringLiteral("http-%1").arg(httpStatus);
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("unknown");
}

QString ApiError::fieldMessage(const QString &field) const
{
    QStringList messages = fieldErrors.value(field);
    if (messages.isEmpty())
        return {};
    for (QString &m : messages) {
        m = m.trimmed();
        if (!m.isEmpty())
            m[0] = m.at(0).toUpper();
    }
    //: How the messages Cronofy gave for one form field are joined, e.g. "Required; Too long"
    return tr("%1.").arg(messages.join(tr("; ")));
}

QString ApiError::message() const
{
    const QString where = dataCenterName.isEmpty() ? tr("Cronofy") : dataCenterName;
    const bool local = isLoopbackHost(host);
    const int waitSeconds = retryAfter ? int(qMin<qint64>(retryAfter->count(), 24 * 3600)) : -1;

    switch (kind) {
    case Kind::None:
        return {};

    case Kind::Offline:
        return tr(
            "Cannot reach Cronofy (%1): this computer seems to be offline, or the server's name cannot "
            "be found. Check the internet connection, and the base URL if you entered one, then try again.")
            .arg(where);

    case Kind::ConnectionRefused:
        if (builtInSandbox)
            return tr("The offline sandbox is not answering. Restart Cronofy Console to start it again.");
        if (local)
            return tr("Nothing is answering at %1. If it is a server on this computer, such as "
                      "cronofy-sandbox, start it again; otherwise correct the base URL in Settings.")
                .arg(where);
        return tr("The server at %1 refused the connection. A firewall or proxy may be blocking it, or the "
                  "service is restarting. Try again in a few minutes.")
            .arg(where);

    case Kind::Timeout: {
        const int seconds = int(qMax<qint64>(1, (timeout.count() + 999) / 1000));
        if (answerStarted && changesSomething(operation))
            return tr("Cronofy began to answer but the answer arrived too slowly to finish within %n "
                      "second(s). The request has probably arrived: check the Cronofy dashboard before "
                      "trying again, so that nothing is created twice.",
                nullptr, seconds);
        if (answerStarted)
            return tr("Cronofy began to answer but the answer arrived too slowly to finish within %n "
                      "second(s). The connection is very slow or overloaded: try again later, or from "
                      "another network.",
                nullptr, seconds);
        if (changesSomething(operation))
            return tr("Cronofy did not answer within %n second(s). The request may still have arrived: check "
                      "the Cronofy dashboard before trying again, so that nothing is created twice.",
                nullptr, seconds);
        if (operation == ApiOperation::ProvisionCalendar)
            return tr("Cronofy did not answer within %n second(s). Check the internet connection and try "
                      "again; trying again is safe and returns the same calendar.",
                nullptr, seconds);
        return tr("Cronofy did not answer within %n second(s). Check the internet connection and try again.",
            nullptr, seconds);
    }

    case Kind::Cancelled:
        if (changesSomething(operation))
            return tr("The request was cancelled. It may already have reached Cronofy: check the Cronofy "
                      "dashboard before starting it again.");
        return tr("The request was cancelled. Nothing else will happen.");

    case Kind::Tls:
        return tr("The secure connection to %1 could not be established: its certificate is not trusted, or "
                  "it does not speak HTTPS. The console never ignores this, because keys would be exposed. "
                  "Check the computer's date and time and any proxy or antivirus that inspects HTTPS; if you "
                  "entered a base URL, check that it is right.")
            .arg(where);

    case Kind::Redirect:
        return tr("%1 tried to send the request on to another address. The console did not follow, so no "
                  "key or secret went there. Check the data center or base URL in Settings.")
            .arg(where);

    case Kind::TooLarge:
        return tr(
            "The answer from %1 was larger than %2 and was refused. Cronofy's answers are much smaller, "
            "so the base URL probably points at something else: check it in Settings.")
            .arg(where, QLocale().formattedDataSize(sizeLimit > 0 ? sizeLimit : 1024 * 1024));

    case Kind::Network:
        return tr("The connection to %1 broke off before the answer was complete. Check the internet "
                  "connection and try again.")
            .arg(where);

    case Kind::MalformedResponse: {
        QString what;
        switch (responseProblem) {
        case ResponseProblem::MissingField:
            what = tr("Cronofy's answer is missing \"%1\".").arg(responseField);
            break;
        case ResponseProblem::WrongType:
            what = tr("In Cronofy's answer, \"%1\" is not what the Cronofy documentation describes.")
                       .arg(responseField);
            break;
        case ResponseProblem::WrongShape:
            what = tr("Cronofy's answer is data, but not in the documented shape.");
            break;
        case ResponseProblem::NotJson:
        case ResponseProblem::None:
            what = tr("Cronofy's answer could not be read (it is not JSON data).");
            break;
        }
        if (operation == ApiOperation::CreateApplication)
            return tr("%1 The application may have been created anyway: check the Cronofy dashboard before "
                      "trying again. If this keeps happening, check the data center or base URL in Settings.")
                .arg(what);
        return tr("%1 The base URL may point at something other than Cronofy's API, or a proxy changed the "
                  "answer: check the data center or base URL in Settings, then try again.")
            .arg(what);
    }

    case Kind::HttpServerError:
        if (httpStatus == 503 && waitSeconds >= 0)
            return tr("Cronofy is temporarily unavailable (HTTP 503). Wait %n second(s) and try again.",
                nullptr, waitSeconds);
        if (httpStatus == 503)
            return tr(
                "Cronofy is temporarily unavailable, probably for maintenance (HTTP 503). Try again in a "
                "few minutes.");
        if (httpStatus == 502 || httpStatus == 504)
            return tr("A gateway in front of Cronofy got no good answer from it (HTTP %1). Cronofy or the "
                      "network is having trouble; try again in a few minutes.")
                .arg(httpStatus);
        return tr(
            "Cronofy is having trouble (HTTP %1). This is not caused by what you entered; try again in a "
            "few minutes, and check status.cronofy.com if it keeps happening.")
            .arg(httpStatus);

    case Kind::HttpClientError:
        break;
    }

    // HTTP 4xx: what it means depends on the call.
    switch (httpStatus) {
    case 400:
        if (oauthError == QLatin1String("invalid_grant"))
            return tr(
                "The calendar's refresh token is no longer valid (it was revoked or replaced). Provision "
                "the calendar again to get fresh tokens.");
        if (oauthError == QLatin1String("invalid_client"))
            return tr(
                "Cronofy did not accept the application's client ID and client secret. The secret may "
                "have been replaced in the Cronofy dashboard: enter the current one for this application, "
                "then try again.");
        if (!oauthError.isEmpty())
            return tr("Cronofy refused the request as invalid (%1). Check what you entered and try again.")
                .arg(oauthError);
        return tr("Cronofy refused the request as invalid (HTTP 400). Check what you entered and try again.");

    case 401:
        switch (operation) {
        case ApiOperation::CreateApplication:
            if (!accountName.isEmpty())
                return tr("Cronofy refused the admin API key of the account “%1” (%2). Check that "
                          "the key belongs to this data center and has not been revoked in the Cronofy "
                          "dashboard, then replace the key in Settings (or with \"cronofyctl account "
                          "replace-key\"), or add the right account with \"cronofyctl account add\".")
                    .arg(accountName, where);
            return tr(
                "Cronofy refused the admin API key. Check that the key belongs to this data center (%1) "
                "and has not been revoked in the Cronofy dashboard, then enter it again in Settings.")
                .arg(where);
        case ApiOperation::ProvisionCalendar:
        case ApiOperation::RefreshToken:
        case ApiOperation::Revoke:
        case ApiOperation::SubmitVerification:
            return tr("Cronofy refused the application's client secret. It may have been replaced in the "
                      "Cronofy dashboard: copy the current secret from there and replace it in the console, "
                      "then try again.");
        case ApiOperation::UserInfo:
        case ApiOperation::ListCalendars:
            return tr("Cronofy refused the calendar's access token: it has expired or the calendar was "
                      "revoked. Refresh the tokens, or provision the calendar again.");
        }
        break;

    case 402:
        if (operation == ApiOperation::CreateApplication)
            return tr("Your Cronofy plan does not include creating applications through the Admin API. Ask "
                      "Cronofy support to enable it, or create the application in the Cronofy dashboard.");
        if (operation == ApiOperation::ProvisionCalendar)
            return tr("Your Cronofy plan does not include application calendars. Upgrade the plan in the "
                      "Cronofy dashboard, then try again.");
        return tr(
            "Your Cronofy plan does not include this feature (HTTP 402). Upgrade the plan in the Cronofy "
            "dashboard, then try again.");

    case 403:
        if (operation == ApiOperation::CreateApplication && !accountName.isEmpty())
            return tr("Cronofy recognised the admin API key of the account “%1” (%2) but it may "
                      "not create applications here (HTTP 403). Check in the Cronofy dashboard which "
                      "organizational unit and data center the key belongs to, then replace the key in "
                      "Settings (or with \"cronofyctl account replace-key\").")
                .arg(accountName, where);
        if (operation == ApiOperation::CreateApplication)
            return tr(
                "Cronofy recognised the admin API key but it may not create applications here. Check in "
                "the Cronofy dashboard which organizational unit the key belongs to.");
        return tr("Cronofy recognised the credentials but they are not allowed to do this (HTTP 403). Check "
                  "the application's permissions in the Cronofy dashboard.");

    case 404:
        return tr(
            "Cronofy does not know this address (HTTP 404). Check the data center (%1), or the base URL "
            "if you entered one, in Settings.")
            .arg(where);

    case 408:
        return tr("Cronofy gave up waiting for the request (HTTP 408). Check the internet connection and try "
                  "again.");

    case 422: {
        if (fieldErrors.isEmpty())
            return tr("Cronofy did not accept what was sent (HTTP 422) but did not say which field. Check "
                      "every field and try again.");
        QStringList parts;
        for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
            //: One field of a 422 error: "<field label>: <Cronofy's descriptions>"
            parts << tr("%1: %2").arg(fieldLabel(it.key()), it.value().join(tr(", ")));
        return tr("Cronofy did not accept some fields: %1. Correct them and try again.")
            .arg(parts.join(tr("; ")));
    }

    case 423:
        if (changesSomething(operation))
            return tr(
                "Cronofy reports the account as locked (HTTP 423). Look for a notice about the account in "
                "the Cronofy dashboard, or contact Cronofy support, then try again.");
        return tr("Cronofy reports this calendar's account as locked: it has no working connection to its "
                  "calendar provider. Provision the calendar again; if that does not help, contact Cronofy "
                  "support.");

    case 429:
        if (waitSeconds >= 0)
            return tr("Cronofy is limiting requests. Wait %n second(s) and try again.", nullptr, waitSeconds);
        return tr(
            "Cronofy is limiting requests because too many were sent in a short time. Wait a minute and "
            "try again, or send fewer at once.");

    default:
        break;
    }
    return tr("Cronofy refused the request (HTTP %1). Check what you entered and try again; if it keeps "
              "happening, send the details to whoever supports your Cronofy account.")
        .arg(httpStatus);
}
