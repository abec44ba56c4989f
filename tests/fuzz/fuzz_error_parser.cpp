// libFuzzer target: error bodies (422 field map, 400 OAuth error), Retry-After values and the body excerpt
// kept for "Details", then the sentence ApiError::message() builds from them. Checks the bounds the parser
// promises, so a hostile 4xx body cannot make a sentence of megabytes.
#include "api/ApiError.h"
#include "api/ResponseParser.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const ResponseParser::ErrorBody parsed = ResponseParser::errorBody(body);
    check(parsed.fieldErrors.size() <= 50);
    check(parsed.oauthError.size() <= 300);
    for (auto it = parsed.fieldErrors.constBegin(); it != parsed.fieldErrors.constEnd(); ++it) {
        check(!it.key().isEmpty() && it.key().size() <= 300);
        check(!it.value().isEmpty() && it.value().size() <= 10);
        for (const QString &m : it.value())
            check(!m.isEmpty() && m.size() <= 300);
    }

    static const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    const auto wait = ResponseParser::retryAfter(body, now);
    if (wait)
        check(wait->count() >= 0 && wait->count() <= 24 * 60 * 60);

    check(ResponseParser::excerpt(body).size() <= 2049);

    for (int status : {400, 422, 429, 503}) {
        ApiError error(status >= 500 ? ApiError::Kind::HttpServerError : ApiError::Kind::HttpClientError,
            ApiOperation::ProvisionCalendar);
        error.httpStatus = status;
        error.fieldErrors = parsed.fieldErrors;
        error.oauthError = parsed.oauthError;
        error.retryAfter = wait;
        const QString sentence = error.message();
        check(!sentence.isEmpty());
        for (auto it = parsed.fieldErrors.constBegin(); it != parsed.fieldErrors.constEnd(); ++it)
            error.fieldMessage(it.key());
    }
    return 0;
}
