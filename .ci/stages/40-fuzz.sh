#!/usr/bin/env bash
# Stage 40 (issue 8): the libFuzzer targets of tests/fuzz, built with clang in a tree of their own and run
# from the seed corpus committed in tests/fuzz/corpus/<name>/. A crash, a sanitizer report or a broken promise
# (the targets abort) fails the stage; the crashing input is kept in the build tree.
# The CI run is reproducible: a fixed seed and a fixed number of inputs (FUZZ_RUNS, about 20 s each here),
# capped in time, so a red stage can be replayed exactly. Open-ended fuzzing is run by hand (below); what it
# finds is fixed and its input added to the seed corpus, so CI keeps checking it.
# Env from .ci/test: JOBS, ROOT.
#
# To run one longer by hand:
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCONSOLE_BUILD_FUZZERS=ON \
#         -DCONSOLE_BUILD_TESTS=OFF -DCONSOLE_BUILD_BENCH=OFF
#   cmake --build build-fuzz --target fuzz_response_parser
#   mkdir -p /tmp/corpus && build-fuzz/tests/fuzz/fuzz_response_parser -max_total_time=3600 /tmp/corpus \
#         tests/fuzz/corpus/fuzz_response_parser
set -euo pipefail
cd "${ROOT:-$(dirname "$0")/../..}"
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
RUNS_EACH=${FUZZ_RUNS:-500000}
SECONDS_CAP=${FUZZ_SECONDS:-90}
SEED=${FUZZ_SEED:-1}

# -Werror stays with the main (gcc) build; clang's different warnings must not stop the fuzzing.
cmake -S . -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCONSOLE_BUILD_FUZZERS=ON -DCONSOLE_BUILD_TESTS=OFF -DCONSOLE_BUILD_BENCH=OFF -DCONSOLE_WERROR=OFF
list=$FUZZ_BUILD/tests/fuzz/fuzzers.txt
[[ -s $list ]] || { echo "40-fuzz: no fuzzers configured ($list)" >&2; exit 1; }
mapfile -t fuzzers < <(grep -v '^$' "$list")
echo "Fuzzers: ${fuzzers[*]}"
cmake --build "$FUZZ_BUILD" --parallel "$JOBS" --target "${fuzzers[@]}"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for name in "${fuzzers[@]}"; do
  seeds=$ROOT/tests/fuzz/corpus/$name
  [[ -d $seeds ]] || { echo "40-fuzz: $name has no seed corpus in tests/fuzz/corpus/$name" >&2; exit 1; }
  # New inputs go to the build tree; the committed seeds are only read.
  work=$FUZZ_BUILD/tests/fuzz/corpus-$name
  artifacts=$FUZZ_BUILD/tests/fuzz/artifacts-$name/
  mkdir -p "$work" "$artifacts"
  rm -rf "$work" && mkdir -p "$work"
  echo "--- $name: $RUNS_EACH inputs (seed $SEED, at most ${SECONDS_CAP}s) from $(ls "$seeds" | wc -l) seeds"
  if ! "$FUZZ_BUILD/tests/fuzz/$name" -seed="$SEED" -runs="$RUNS_EACH" -max_total_time="$SECONDS_CAP" \
      -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$seeds" 2>"$FUZZ_BUILD/tests/fuzz/$name.log"; then
    tail -60 "$FUZZ_BUILD/tests/fuzz/$name.log" >&2
    echo "40-fuzz: $name failed; the input is in $artifacts" >&2
    exit 1
  fi
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+.*DONE)' \
    "$FUZZ_BUILD/tests/fuzz/$name.log" || true
done
echo "40-fuzz: every fuzzer ran $RUNS_EACH inputs (seed $SEED) without a crash."
