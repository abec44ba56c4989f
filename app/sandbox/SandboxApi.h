#pragma once

#include "SandboxHttp.h"

class RateLimiter;
class SandboxState;

// The Cronofy endpoints, with Cronofy's documented shapes and status codes, over SandboxState.
// Pure request -> response logic: no sockets, no disk, no faults.
class SandboxApi
{
public:
    SandboxApi(SandboxState &state, RateLimiter &limiter)
        : m_state(state)
        , m_limiter(limiter)
    { }

    // True for the paths this API serves (whatever the method).
    static bool isApiPath(const QString &path);
    // Handles one request. *changed tells whether the state changed (so it must be saved).
    SandboxResponse handle(const SandboxRequest &request, bool *changed);

private:
    SandboxResponse createApplication(const SandboxRequest &request, bool *changed);
    SandboxResponse applicationCalendar(const SandboxRequest &request, bool *changed);
    SandboxResponse token(const SandboxRequest &request, bool *changed);
    SandboxResponse revoke(const SandboxRequest &request, bool *changed);
    SandboxResponse userInfo(const SandboxRequest &request);
    SandboxResponse calendars(const SandboxRequest &request);
    SandboxResponse verification(const SandboxRequest &request, bool *changed);

    // Counts the request against key's limits; a 429 response when over, nullopt when admitted.
    std::optional<SandboxResponse> limit(const QString &key);

    SandboxState &m_state;
    RateLimiter &m_limiter;
};
