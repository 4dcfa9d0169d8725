#!/usr/bin/env bash
# Builds the two Debian packages from a build folder (default: build), checks them (lintian,
# desktop-file-validate, appstreamcli), installs them with apt-get, uses the installed programs,
# removes them and checks that nothing is left behind. Run as root (or with sudo), after
# ./scripts/build.sh. Used by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(realpath "${BUILD_DIR:-build}")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
fail() { echo "check-packages: $*" >&2; exit 1; }

echo "== cpack -G DEB"
rm -f "$build_dir"/benchconnect_*.deb "$build_dir"/benchconnect-gui_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
cli_deb=$(ls "$build_dir"/benchconnect_*_*.deb)
gui_deb=$(ls "$build_dir"/benchconnect-gui_*_*.deb)
echo "$cli_deb"; echo "$gui_deb"

echo "== the command-line package needs no GUI library"
depends=$(dpkg-deb -f "$cli_deb" Depends)
echo "benchconnect Depends: $depends"
if grep -Eiq 'widgets|qt6gui|libx11|libxcb|libgl|wayland|keychain' <<<"$depends"; then
    fail "benchconnect depends on a GUI library: $depends"
fi
dpkg-deb -f "$gui_deb" Depends | grep -q "benchconnect (= $(dpkg-deb -f "$cli_deb" Version))" \
    || fail "benchconnect-gui does not depend on the exact version of benchconnect"

echo "== desktop-file-validate, appstreamcli validate --no-net, lintian"
desktop-file-validate packaging/benchconnect-gui.desktop
appstreamcli validate --no-net "$build_dir"/packaging/*.metainfo.xml
lintian_out=$(lintian --tag-display-limit 0 "$cli_deb" "$gui_deb" 2>&1 | grep -v 'running with root privileges' || true)
[ -z "$lintian_out" ] || echo "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then fail "lintian reports errors"; fi

echo "== apt-get install"
$sudo apt-get install -y -qq --no-install-recommends "$cli_deb" "$gui_deb" >/dev/null
installed=$(dpkg -L benchconnect benchconnect-gui)

echo "== the watch service"
grep -qx '/usr/lib/systemd/user/benchconnect-watch@.service' <<<"$installed" \
    || fail "the systemd user unit benchconnect-watch@.service is not installed"
grep -qx '/usr/share/doc/benchconnect/examples/benchconnect-watch.env' <<<"$installed" \
    || fail "the example environment file of the watch service is not installed"
grep -q '^ExecStart=/usr/bin/benchconnect watch .*%f$' '/usr/lib/systemd/user/benchconnect-watch@.service' \
    || fail "the watch service does not run benchconnect watch on its instance's directory"
if command -v systemd-analyze >/dev/null && [ -n "${XDG_RUNTIME_DIR:-}" ]; then
    systemd-analyze verify --user '/usr/lib/systemd/user/benchconnect-watch@.service' 2>&1 | grep -v '^$' || true
fi
echo "benchconnect-watch@.service and its environment file example are installed"

echo "== the installed programs"
/usr/bin/benchconnect --version
man -w benchconnect
man -w benchconnect-gui
completed=$(bash -c 'source /usr/share/bash-completion/completions/benchconnect; COMP_WORDS=(benchconnect sub);
    COMP_CWORD=1; _benchconnect; echo "${COMPREPLY[@]}"')
[ "$completed" = "submit" ] || fail "bash completes \"benchconnect sub\" to \"$completed\""
echo "bash completes \"benchconnect sub\" to \"$completed\""
german=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u BENCHCONNECT_LANGUAGE LANG=de_DE.UTF-8 /usr/bin/benchconnect --help)
grep -qx "Unterbefehle:" <<<"$german" || fail "LANG=de_DE.UTF-8 benchconnect --help is not in German: $(head -1 <<<"$german")"
echo "LANG=de_DE.UTF-8 benchconnect --help: $(head -1 <<<"$german")"
/usr/bin/benchconnect-gui augment --help >/dev/null
status=0
QT_QPA_PLATFORM=offscreen HOME=$(mktemp -d) timeout 5 /usr/bin/benchconnect-gui >/tmp/benchconnect-gui.log 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat /tmp/benchconnect-gui.log; fail "the installed window did not stay open (status $status)"; }
echo "the installed window ran offscreen until it was stopped"

echo "== apt-get remove"
$sudo apt-get remove -y -qq benchconnect benchconnect-gui >/dev/null
left=""
while IFS= read -r path; do
    case "$path" in /usr/*) [ -f "$path" ] && left+="$path"$'\n' ;; esac
done <<<"$installed"
[ -z "$left" ] || fail "left behind after removal: $left"
echo "nothing is left under /usr"
echo "check-packages: the packages are fine"
