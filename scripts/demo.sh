#!/usr/bin/env bash
# Installs what is needed, builds, and runs the main job: a whole run against the project's
# Conbench-compatible test server on loopback (start run, submit the example results, finish run).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh >/dev/null
build=$(cd "${BUILD_DIR:-build}" && pwd)
examples=$(pwd)/examples/results
work=$(mktemp -d)
server_log="$work/server.log"
mode=${CONBENCH_DEMO_MODE:-2023}

"$build/tests/server/benchconnect-testserver" --mode "$mode" >"$work/server.out" 2>"$server_log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
    grep -q '^listening on ' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
export CONBENCH_URL=$(sed -n 's/^listening on //p' "$work/server.out")
export CONBENCH_PROJECT_REPOSITORY=${CONBENCH_PROJECT_REPOSITORY:-example/project}
export CONBENCH_PROJECT_COMMIT=${CONBENCH_PROJECT_COMMIT:-0123456789abcdef0123456789abcdef01234567}
echo "Test server ($mode generation) at $CONBENCH_URL"

cd "$work"
set -x
"$build/cli/benchconnect" start run --json '{"reason": "commit", "info": {"runner": "demo"}}'
"$build/cli/benchconnect" submit result --path "$examples"
"$build/cli/benchconnect" finish run
{ set +x; } 2>/dev/null
echo "What the server answered:"
sed 's/^/  /' "$server_log"
