#!/bin/sh
# TriCheck quick start for Debian 12 (bookworm).
#
#   installer/quickstart.sh run    install missing packages, build, start the desktop app
#   installer/quickstart.sh test   install missing packages, build, run the whole test suite
#   installer/quickstart.sh packages   only install what `test` needs (CI starts its sanitizer build
#                                      beside the suite once they are there: .ci/run)
#
# Works as root, or as a normal user with sudo (apt-get runs through sudo; the build and the app run
# as you, so the build tree stays yours). Re-running is fast: installed packages are skipped and the
# build is incremental. Set TRICHECK_WERROR=ON to turn compiler warnings into errors (CI does).
set -eu

mode=${1:-}
case "$mode" in
    run|test|packages) shift ;;
    *) echo "usage: $0 run|test|packages [extra ctest arguments]" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# What building, running and testing need, all from Debian 12's own archive. Excel workbooks are read
# with QuaZip and written with libxlsxwriter; the tests check them with an independent implementation,
# openpyxl.
packages_build="cmake ninja-build g++ pkgconf libssl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev
    libquazip1-qt6-dev libxlsxwriter-dev qt6-charts-dev libqt6opengl6-dev"
packages_run="ca-certificates qt6-qpa-plugins qt6-translations-l10n libqt6svg6 fonts-noto-cjk gnome-keyring libqt6sql6-psql"
# The screen-reader test (tests/a11y) needs dbus-run-session (dbus-daemon), the AT-SPI bus
# (at-spi2-core), pyatspi for /usr/bin/python3 (python3-pyatspi, gir1.2-atspi-2.0), Xvfb and xdotool.
packages_test="dbus dbus-daemon dbus-x11 xvfb xauth xdotool at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi openssl
    dpkg-dev lintian desktop-file-utils appstream help2man file tinyproxy clang-format clang-tidy postgresql
    python3-openpyxl poppler-utils"
packages="$packages_build $packages_run"
[ "$mode" != run ] && packages="$packages $packages_test"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
    echo "== Installing Debian packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then
        as_root=""
    elif command -v sudo >/dev/null 2>&1; then
        as_root="sudo"
    else
        echo "Missing packages:$missing" >&2
        echo "Run this script as root, or install sudo, to install them." >&2
        exit 1
    fi
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

[ "$mode" = packages ] && exit 0

# Started with sudo by a normal user: build and run as that user, not as root, so the build tree,
# settings, history and keychain entries belong to the person who will use them.
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "${SUDO_USER}" != root ]; then
    exec sudo -u "$SUDO_USER" --preserve-env=DISPLAY,XAUTHORITY,WAYLAND_DISPLAY,XDG_RUNTIME_DIR,TRICHECK_WERROR \
        "$0" "$mode" "$@"
fi

werror=${TRICHECK_WERROR:-OFF}
if [ ! -f build/CMakeCache.txt ] || ! grep -q "^TRICHECK_WERROR:BOOL=$werror\$" build/CMakeCache.txt; then
    echo "== Configuring (build/)"
    cmake --preset default -DTRICHECK_WERROR="$werror"
fi
echo "== Building"
cmake --build --preset default

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: DISPLAY and WAYLAND_DISPLAY are unset. Start TriCheck from a desktop session," >&2
        echo "or on a virtual display: xvfb-run -a build/app/tricheck" >&2
        exit 1
    fi
    echo "== Starting TriCheck"
    exec build/app/tricheck
fi

echo "== Running the test suite"
exec ctest --preset default "$@"
