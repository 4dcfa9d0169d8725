#!/usr/bin/env bash
# Shows the real window under Xvfb (composed run, results loaded and sent) and captures the screen
# into docs/screenshot.png with ImageMagick. The password goes to a gnome-keyring unlocked in a
# private D-Bus session (as in keychain-test.sh), so that the window shows a working keychain.
# Usage: tests/app/screenshot.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$root/docs"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- bash -c "
    printf benchconnect-screenshot | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    BENCHCONNECT_SHOW_SECONDS=10 '$build/tests/app/tst_window' >/dev/null 2>&1 &
    sleep 8
    import -window root -crop 1280x800+0+0 +repage PNG8:'$root/docs/screenshot.png'
    wait
" 2> >(grep -v "Failed to set fd limit" >&2)
ls -l "$root/docs/screenshot.png"
