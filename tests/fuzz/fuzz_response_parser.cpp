// libFuzzer target: every success-body parser of ResponseParser on the same input. Besides the sanitizers,
// it checks the parsers' promises: a result only with no problem, a problem only with no result, and no
// result whose required fields are empty.
#include "api/ResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

template<typename Result>
void agree(const Result &result, const ResponseParser::Problem &problem)
{
    check(result.has_value() == (problem.kind == ApiError::ResponseProblem::None));
    const bool namesField = problem.kind == ApiError::ResponseProblem::MissingField
        || problem.kind == ApiError::ResponseProblem::WrongType;
    check(namesField == !problem.field.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    ResponseParser::Problem p1;
    const auto app = ResponseParser::applicationCredentials(body, &p1);
    agree(app, p1);
    if (app)
        check(!app->clientId.isEmpty() && !app->clientSecret.isEmpty());

    ResponseParser::Problem p2;
    const auto cal = ResponseParser::calendarCredentials(body, &p2);
    agree(cal, p2);
    if (cal)
        check(!cal->accessToken.isEmpty() && !cal->refreshToken.isEmpty() && !cal->sub.isEmpty()
            && cal->expiresIn >= 0);

    ResponseParser::Problem p3;
    const auto refresh = ResponseParser::tokenRefresh(body, &p3);
    agree(refresh, p3);
    if (refresh)
        check(!refresh->accessToken.isEmpty() && !refresh->refreshToken.isEmpty() && refresh->expiresIn >= 0);

    ResponseParser::Problem p4;
    const auto user = ResponseParser::userInfo(body, &p4);
    agree(user, p4);
    if (user)
        check(!user->sub.isEmpty() && user->profilesConnected <= user->profiles.size());

    ResponseParser::Problem p5;
    const auto calendars = ResponseParser::calendars(body, &p5);
    agree(calendars, p5);
    if (calendars) {
        for (const CalendarInfo &c : *calendars)
            check(!c.calendarId.isEmpty());
    }

    ResponseParser::Problem p6;
    const bool done = ResponseParser::emptyOrJson(body, &p6);
    check(done == (p6.kind == ApiError::ResponseProblem::None));

    check(ResponseParser::withoutTrailingCommas(body).size() <= body.size());
    return 0;
}
