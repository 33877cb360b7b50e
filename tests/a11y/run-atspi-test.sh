#!/bin/sh
# Runs atspi_check.py for one language inside its own D-Bus session (dbus-run-session), with its
# own XDG_RUNTIME_DIR, so that the accessibility bus it starts (at-spi-bus-launcher, activated on
# that session bus) is this run's alone and goes away with it. The session bus can start the
# accessibility bus and nothing else: no keychain is found (quickly), as in the other GUI tests.
# Usage: run-atspi-test.sh APP CATALOGUE LANG
set -eu
here=$(cd "$(dirname "$0")" && pwd)
missing=""
for tool in dbus-run-session Xvfb xdotool /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing="$missing python3-pyatspi"
if [ -n "$missing" ]; then
    echo "missing:$missing (installer/quickstart.sh test installs them)" >&2
    # CI must run this test: there a missing package is a failure, elsewhere a skip.
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
# Only this run's buses: no display, no accessibility bus of the desktop this runs in.
unset DISPLAY WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS
runtime=$(mktemp -d "${TMPDIR:-/tmp}/tricheck-a11y-runtime.XXXXXX")
trap 'rm -rf "$runtime"' EXIT INT TERM
chmod 700 "$runtime"
mkdir "$runtime/services"
cp /usr/share/dbus-1/services/org.a11y.Bus.service "$runtime/services/"
cat >"$runtime/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$runtime</listen>
  <servicedir>$runtime/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
XDG_RUNTIME_DIR=$runtime dbus-run-session --config-file="$runtime/session.conf" -- /usr/bin/python3 "$here/atspi_check.py" --app "$1" --catalogue "$2" --lang "$3"
