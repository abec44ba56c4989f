#include "api/TransportErrors.h"

ApiError::Kind classifyReply(StopReason stop, QNetworkReply::NetworkError error, int httpStatus)
{
    using K = ApiError::Kind;
    using E = QNetworkReply::NetworkError;
    switch (stop) {
    case StopReason::Cancelled:
    case StopReason::ContextGone:
        return K::Cancelled;
    case StopReason::TimedOut:
        return K::Timeout;
    case StopReason::TooLarge:
        return K::TooLarge;
    case StopReason::None:
        break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return K::HttpServerError;
    if (httpStatus >= 400 && httpStatus <= 499)
        return K::HttpClientError;
    switch (error) {
    case E::NoError:
        break;
    case E::HostNotFoundError:
    case E::NetworkSessionFailedError:
    case E::TemporaryNetworkFailureError:
        return K::Offline;
    case E::ConnectionRefusedError:
        return K::ConnectionRefused;
    // Qt's own transfer timeout ends the reply as OperationCanceledError; we never abort without a reason,
    // so an unexplained cancel is that timeout (ownCloud's _aborted trick).
    case E::OperationCanceledError:
    case E::TimeoutError:
    case E::ProxyTimeoutError:
        return K::Timeout;
    case E::SslHandshakeFailedError:
        return K::Tls;
    case E::InsecureRedirectError:
    case E::TooManyRedirectsError:
        return K::Redirect;
    // Some TLS failures arrive as a closed connection or an unknown error; ApiCall turns those into Tls
    // when the handshake never completed.
    case E::RemoteHostClosedError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyAuthenticationRequiredError:
    case E::BackgroundRequestNotAllowedError:
    default:
        return K::Network;
    }
    if (httpStatus >= 300 && httpStatus <= 399)
        return K::Redirect; // a redirect Qt did not follow (no Location, or not a redirect code)
    if (httpStatus >= 200 && httpStatus <= 299)
        return K::None;
    return K::Network; // no status at all, or 1xx: not an HTTP answer we understand
}
