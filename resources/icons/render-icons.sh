#!/bin/sh
# Renders the raster icons from tricheck.svg, the one source of the TriCheck icon:
#   png/tricheck-N.png   N = 16 22 24 32 48 64 128 256 (hicolor theme sizes installed on Linux)
#   tricheck.ico         Windows: executable resource and NSIS installer icon
#   tricheck.icns        macOS: application bundle and disk image icon
#   png/SOURCE.sha256    checksum of the SVG they were rendered from
# The outputs are committed rather than rendered at build time, so that building needs no SVG
# renderer on any platform (Windows and macOS builders have no librsvg); installer/check-package.sh
# fails when tricheck.svg changes without re-running this script (SOURCE.sha256 no longer matches).
#
# Needs (Debian 12): apt-get install librsvg2-bin imagemagick icnsutils
# Run from anywhere: resources/icons/render-icons.sh
set -eu
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "render-icons.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    }
done

sizes="16 22 24 32 48 64 128 256"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p png
for size in $sizes 512; do
    rsvg-convert --width "$size" --height "$size" --format png tricheck.svg --output "$tmp/$size.png"
done
for size in $sizes; do
    cp "$tmp/$size.png" "png/tricheck-$size.png"
done
# ICO: the sizes Windows asks for (Explorer views, taskbar, title bar); PNG-compressed at 256.
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" \
    -strip tricheck.ico
# ICNS: the sizes png2icns can store (16, 32, 48, 128, 256, 512).
png2icns tricheck.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" \
    "$tmp/512.png" >/dev/null
sha256sum tricheck.svg >png/SOURCE.sha256
echo "render-icons.sh: rendered $(echo $sizes | wc -w) PNG sizes, tricheck.ico and tricheck.icns"
