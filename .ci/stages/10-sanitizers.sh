#!/usr/bin/env bash
# Issue 8: the whole test suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer.
# Env from .ci/test: BUILD, JOBS, ROOT.
set -euo pipefail
cd "$ROOT"
ASAN_BUILD=${ASAN_BUILD:-build-asan}
cmake -S . -B "$ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCONSOLE_SANITIZERS="address;undefined" -DCONSOLE_BUILD_BENCH=OFF
cmake --build "$ASAN_BUILD" --parallel "$JOBS"

# Leaks inside system libraries we do not own (fontconfig, D-Bus, libsecret/GLib type registration) are
# suppressed by name in tests/support/lsan.supp; every other leak fails the test.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
echo "=== ctest under ASan+UBSan ($ASAN_BUILD)"
timeout 2400 ctest --test-dir "$ASAN_BUILD" --output-on-failure --parallel "$JOBS" --timeout 600
