#!/usr/bin/env bash
# Runs the window's keychain round trip (tst_window with BENCHCONNECT_KEYCHAIN_TEST set) inside a
# private D-Bus session with a gnome-keyring unlocked for the test, its keyring in a temporary
# directory. Usage: keychain-test.sh PATH/TO/tst_window
set -euo pipefail
exe=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    printf benchconnect-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    BENCHCONNECT_KEYCHAIN_TEST=1 QT_QPA_PLATFORM=offscreen "$0"
' "$exe" 2> >(grep -v "Failed to set fd limit" >&2)
