#!/usr/bin/env bash
# The project's speed and memory figures in one run, with the machine they were measured on:
# start-up of both programs, augment of 10,000 files and of 100,000 NDJSON lines, submission against
# the bare QNetworkAccessManager loop, automatic concurrency against the test server's three set-ups,
# and the window at 100,000 results; each with its peak memory. Prints figures and asserts nothing:
# not part of ctest. The README's "Performance" section quotes its output.
#   ./scripts/benchmarks.sh            (BUILD_DIR, default build; built first when missing)
#   ROUNDS=1 ./scripts/benchmarks.sh   fewer rounds of the sending benchmarks (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
rounds=${ROUNDS:-3}
if [ ! -x "$build/tests/bench/bench_window" ] || [ ! -x "$build/cli/benchconnect" ]; then
    ./scripts/install-deps.sh
    BUILD_DIR=$build ./scripts/build.sh -DBENCHCONNECT_BENCH=ON
fi
cli=$build/cli/benchconnect
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# peak KIB_FILE COMMAND...: runs the command, its output to the terminal, its peak memory (KiB) to KIB_FILE.
peak() {
    local out=$1
    shift
    /usr/bin/time -f %M -o "$out" "$@"
}
mib() { echo "$(($(cat "$1") / 1024)) MiB"; }
now_ns() { date +%s%N; }

echo "== the machine"
. /etc/os-release
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $PRETTY_NAME; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%d GiB", $2 / 1048576}' /proc/meminfo); Qt $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null | cut -d+ -f1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== start-up"
runs=20
start=$(now_ns)
for _ in $(seq $runs); do "$cli" --help >/dev/null; done
help_ms=$((($(now_ns) - start) / runs / 1000000))
peak "$work/kib" "$cli" --help >/dev/null
echo "benchconnect --help: $help_ms ms (mean of $runs), peak memory $(mib "$work/kib")"
gui_runs=5
total=0
for _ in $(seq $gui_runs); do
    start=$(now_ns)
    if command -v xvfb-run >/dev/null; then
        painted=$(xvfb-run -a "$build/tests/bench/bench_window" --startup 2>/dev/null | sed -n 's/^first paint at \([0-9]*\) ns$/\1/p')
    else
        painted=$(QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_window" --startup 2>/dev/null | sed -n 's/^first paint at \([0-9]*\) ns$/\1/p')
    fi
    total=$((total + painted - start))
done
echo "the window, from exec to first paint (bench_window --startup$(command -v xvfb-run >/dev/null && echo ', Xvfb; includes starting Xvfb')): $((total / gui_runs / 1000000)) ms (mean of $gui_runs)"

echo "== augment result"
mkdir -p "$work/files"
for i in $(seq -w 0 9999); do
    printf '{"run_reason": "commit", "tags": {"name": "bench-%s", "size": "%d"}, "stats": {"data": [1.5, 2.5, 3.5], "unit": "s"}}\n' \
        "$i" "$((10#$i % 7))" >"$work/files/r$i.json"
done
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\"run_reason\": \"commit\", \"tags\": {\"name\": \"bench-%d\", \"size\": \"%d\"}, \"stats\": {\"data\": [1.5, 2.5, 3.5], \"unit\": \"s\"}}\n", i, i % 7 }' >"$work/results.ndjson"
start=$(now_ns)
peak "$work/kib" "$cli" augment result --path "$work/files" >/dev/null
echo "10,000 files: $((($(now_ns) - start) / 1000000)) ms, peak memory $(mib "$work/kib")"
start=$(now_ns)
peak "$work/kib" "$cli" augment result - <"$work/results.ndjson" >/dev/null
echo "100,000 NDJSON lines: $((($(now_ns) - start) / 1000000)) ms, peak memory $(mib "$work/kib")"

echo "== submission against the bare loop (bench_submit 10000 N $rounds)"
for n in 4 16; do
    peak "$work/kib" "$build/tests/bench/bench_submit" 10000 "$n" "$rounds"
    echo "peak memory $(mib "$work/kib")"
done

echo "== automatic concurrency against the test server (bench_concurrency $rounds)"
peak "$work/kib" "$build/tests/bench/bench_concurrency" "$rounds"
echo "peak memory $(mib "$work/kib")"

echo "== the window at 100,000 results (bench_window 100000, offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_window" 100000 2>/dev/null

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
