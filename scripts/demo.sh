#!/usr/bin/env bash
# Installs what is needed, builds, and runs the main job: fill in the defaults of the example
# results shipped in examples/results and print them as NDJSON.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh >/dev/null
export CONBENCH_PROJECT_REPOSITORY=${CONBENCH_PROJECT_REPOSITORY:-example/project}
export CONBENCH_PROJECT_COMMIT=${CONBENCH_PROJECT_COMMIT:-0123456789abcdef0123456789abcdef01234567}
"${BUILD_DIR:-build}/cli/benchconnect" augment result --path examples/results
