#pragma once

#include <chrono>

// How long to wait before trying again after a 429 without Retry-After or a transient failure: exponential,
// with "equal jitter" (half of the step fixed, half random) so that several clients that were refused at the
// same moment do not all come back at the same moment, and never longer than the cap.
struct BackoffPolicy
{
    std::chrono::milliseconds initial {1000};
    std::chrono::milliseconds cap {30000};

    // The step of attempt n (1-based): min(cap, initial * 2^(n-1)).
    std::chrono::milliseconds step(int attempt) const;
    // A delay in [step/2, step]: unitRandom is a number in [0, 1) (QRandomGenerator in the program, fixed in
    // tests).
    std::chrono::milliseconds delay(int attempt, double unitRandom) const;
    // delay() with QRandomGenerator::global().
    std::chrono::milliseconds randomDelay(int attempt) const;
};
