#!/usr/bin/env bash
# Configures and builds benchconnect into BUILD_DIR (default: build). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
# One job more than the cores: the compiler keeps them busy while another job links.
cmake --build "$build_dir" -j"$(($(nproc) + 1))"
