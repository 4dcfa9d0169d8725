#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test. With --sanitize: an AddressSanitizer and
# UndefinedBehaviorSanitizer build with clang in build-asan, which also builds the libFuzzer targets
# (scripts/fuzz.sh runs them from there: FUZZ_BUILD_DIR=build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake_args=(-DBENCHCONNECT_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
    ./scripts/install-deps.sh --clang
    export BUILD_DIR=${BUILD_DIR:-build-asan} BUILD_TYPE=Debug CC=clang CXX=clang++
    # The benchmarks print figures and are no tests: left out. Line tables are enough for the
    # sanitizers' stacks, and much cheaper to build than full debug information.
    cmake_args+=(-DBENCHCONNECT_SANITIZE=ON -DBENCHCONNECT_FUZZ=ON -DBENCHCONNECT_BENCH=OFF
        -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only)
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0}
else
    ./scripts/install-deps.sh
    # The benchmarks (scripts/benchmarks.sh builds them) are no tests.
    cmake_args+=(-DBENCHCONNECT_BENCH=OFF)
fi
./scripts/build.sh "${cmake_args[@]}"
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j2 --timeout 600
