#!/usr/bin/env bash
# Shows the real window under Xvfb (composed run, results loaded and sent) and captures the screen
# into docs/screenshot.png with ImageMagick. Usage: tests/app/screenshot.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$root/docs"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    BENCHCONNECT_SHOW_SECONDS=8 '$build/tests/app/tst_window' >/dev/null 2>&1 &
    sleep 6
    import -window root -resize 1280x800 PNG8:'$root/docs/screenshot.png'
    wait
"
ls -l "$root/docs/screenshot.png"
