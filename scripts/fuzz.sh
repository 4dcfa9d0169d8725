#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) in build-fuzz
# (or FUZZ_BUILD_DIR) and runs each for FUZZ_SECONDS seconds (default 60) from its seed corpus in tests/fuzz/corpus.
# What the fuzzer adds to the corpus goes to a temporary directory, never into the tree. Fails on
# any crash, leak, time-out (-timeout=5) or out-of-memory (-rss_limit_mb=1024); the input that did
# it is kept in build-fuzz/artifacts/TARGET/.
#   ./scripts/fuzz.sh                    every target (FUZZ_JOBS of them at a time: the cores)
#   ./scripts/fuzz.sh outbox adapters    some of them (names without "fuzz_")
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${FUZZ_SECONDS:-60}

# clang, its compiler-rt (libFuzzer and the sanitizers' runtimes) and llvm-symbolizer for stacks.
./scripts/install-deps.sh --clang

all=$(sed -n '/^set(BENCHCONNECT_FUZZ_TARGETS$/,/)/p' tests/fuzz/CMakeLists.txt | tr -d '()' | tr ' ' '\n' \
    | grep -v -e '^$' -e BENCHCONNECT_FUZZ_TARGETS -e '^set$')
targets=("$@")
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<<"$(echo $all)"

build=${FUZZ_BUILD_DIR:-build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
# A build with the fuzz targets already configured (./scripts/test.sh --sanitize makes build-asan
# one) is used as it is; else a build of the targets alone is configured here.
if ! grep -q '^BENCHCONNECT_FUZZ:BOOL=ON$' "$build/CMakeCache.txt" 2>/dev/null; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBENCHCONNECT_FUZZ=ON \
        -DBUILD_TESTING=OFF -DBENCHCONNECT_BUILD_GUI=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
echo "built in $(($(date +%s) - start)) s"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
jobs=${FUZZ_JOBS:-$(nproc)}
# One target: its summary line in $work/TARGET.summary, and its log when it failed.
fuzz_one() {
    local t=$1
    local seeds=$root/tests/fuzz/corpus/$t dict=$root/tests/fuzz/dict/$t.dict
    local artifacts=$root/$build/artifacts/$t
    mkdir -p "$work/$t" "$artifacts"
    local args=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    [ -f "$dict" ] && args+=(-dict="$dict")
    local status=0
    "$build/tests/fuzz/fuzz_$t" "${args[@]}" "$work/$t" "$seeds" >"$work/$t.log" 2>&1 || status=$?
    local runs grown seeded line
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log" | tail -1)
    grown=$(find "$work/$t" -type f | wc -l)
    seeded=$(find "$seeds" -type f | wc -l)
    line="fuzz_$t: ${runs:-?} executions in $seconds s, corpus $seeded seeds + $grown new inputs"
    if [ "$status" -ne 0 ]; then
        line+=", FAILED (status $status; the input is in $artifacts/)"
        echo "$status" >"$work/$t.failed"
    fi
    echo "$line" >"$work/$t.summary"
    echo "$line"
}
echo "== fuzzing ${#targets[@]} targets, $seconds s each, $jobs at a time"
for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    fuzz_one "$t" &
done
wait
failed=()
for t in "${targets[@]}"; do
    if [ -f "$work/$t.failed" ]; then
        echo "== fuzz_$t failed:"
        tail -n 60 "$work/$t.log"
        failed+=("$t")
    fi
done
echo "== fuzzing: $(($(date +%s) - start)) s in all"
for t in "${targets[@]}"; do cat "$work/$t.summary"; done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]}. Fix the cause, then keep the input as a regression test:"
    echo "  cp $build/artifacts/TARGET/crash-* tests/fuzz/regressions/TARGET/"
    exit 1
fi
