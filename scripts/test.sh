#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test. With --sanitize: an AddressSanitizer and
# UndefinedBehaviorSanitizer build in build-asan.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake_args=(-DBENCHCONNECT_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
    export BUILD_DIR=${BUILD_DIR:-build-asan} BUILD_TYPE=Debug
    # The benchmarks print figures and are no tests: the sanitizer build leaves them out.
    cmake_args+=(-DBENCHCONNECT_SANITIZE=ON -DBENCHCONNECT_BENCH=OFF)
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0}
fi
./scripts/build.sh "${cmake_args[@]}"
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j2 --timeout 600
