#!/bin/sh
# Builds the macOS disk image of TriCheck: installer/macos/build-dmg.sh
# CONFIGURED ONLY: this script follows the CMake, CPack and macdeployqt documentation but has not
# been run by the project's CI, which is Debian-only. Report what breaks.
#
# Needs: Xcode command line tools, CMake >= 3.25, Ninja, and Qt >= 6.4, QtKeychain and OpenSSL 3,
# e.g. from Homebrew:  brew install cmake ninja qt qtkeychain openssl@3
# Optional: TRICHECK_CODESIGN_IDENTITY="Developer ID Application: ..." to sign for distribution.
#
# Result: build-macos/packages/tricheck-<version>-Darwin-<arch>.dmg
set -eu
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build-macos}
prefix_path=${CMAKE_PREFIX_PATH:-$(brew --prefix qt 2>/dev/null || true);$(brew --prefix qtkeychain 2>/dev/null || true)}
openssl=${OPENSSL_ROOT_DIR:-$(brew --prefix openssl@3 2>/dev/null || true)}

# Tests need Linux tools (dbus-run-session, gnome-keyring); the package needs none of them.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix_path" -DOPENSSL_ROOT_DIR="$openssl" \
    -DTRICHECK_BUILD_TESTS=OFF -DTRICHECK_BUILD_BENCH=OFF
cmake --build "$build"
# CPack installs into a staging tree; the install step runs macdeployqt there (deploy-macos.cmake.in).
cpack --config "$build/CPackConfig.cmake" -G DragNDrop -B "$build/packages"

# Smoke test of the staged bundle: starts, loads its plugins and catalogues, reports on one line.
app=$(find "$build/packages/_CPack_Packages" -name tricheck.app -type d | head -n 1)
if [ -n "$app" ]; then
    "$app/Contents/MacOS/tricheck" --selftest
    "$app/Contents/MacOS/tricheck-cli" --version
fi
ls -l "$build"/packages/tricheck-*.dmg
