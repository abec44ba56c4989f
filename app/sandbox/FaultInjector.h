#pragma once

#include "SandboxHttp.h"
#include "SandboxOptions.h"

#include <QList>

#include <optional>

// The active faults (see FaultSpec) and what they do to an answer. The first fault that matches a
// request and is due (every/count) applies; the others do not see that request.
class FaultInjector
{
public:
    void add(const FaultSpec &fault) { m_faults.append({fault, 0, 0}); }
    void clear() { m_faults.clear(); }
    int size() const { return int(m_faults.size()); }
    QList<FaultSpec> faults() const;

    // The fault that applies to this request, if any; counts it.
    std::optional<FaultSpec> take(const QString &method, const QString &path);

    // The answer a short-circuiting fault gives instead of the API's.
    static SandboxReply shortCircuit(const FaultSpec &fault);
    // Applies the body faults (malformed, wrong-types, missing-fields) and the delivery faults
    // (delay, trickle) to the API's own answer.
    static SandboxReply corrupt(const FaultSpec &fault, SandboxResponse response);

private:
    struct Active
    {
        FaultSpec spec;
        qint64 matched = 0;
        qint64 fired = 0;
    };
    QList<Active> m_faults;
};
