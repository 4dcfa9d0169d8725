#!/usr/bin/env bash
# Installs the Debian 12 packages benchconnect needs to build, test and package. With --clang, also
# clang, its runtimes (libFuzzer, the sanitizers) and llvm-symbolizer, for the sanitizer and fuzz build;
# with --static, also clang-format, clang-tidy and cppcheck, for scripts/static-checks.sh.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev
    libqt6svg6
    xvfb xauth imagemagick dbus gnome-keyring libsecret-tools
    openssl ca-certificates file time
    groff-base zsh fish man-db fonts-ipafont-gothic
    dpkg-dev librsvg2-bin lintian appstream desktop-file-utils
)
for option in "$@"; do
    case $option in
    --clang) packages+=(clang libclang-rt-dev llvm) ;;
    --static) packages+=(clang-format clang-tidy cppcheck) ;;
    *) echo "install-deps.sh: unknown option $option (--clang, --static)" >&2; exit 2 ;;
    esac
done
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
