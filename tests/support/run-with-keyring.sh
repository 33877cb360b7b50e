#!/bin/sh
# Runs a test inside the private D-Bus session that dbus-run-session created, with a fresh
# gnome-keyring whose login collection is unlocked, so QtKeychain talks to a real Secret Service.
set -eu
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password makes gnome-keyring create the login collection without a GUI prompt.
eval "$(printf 'tricheck-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
exec "$@"
