#!/bin/sh
# clang-tidy (the repository's .clang-tidy) over TriCheck's own sources, in parallel; any warning
# fails. Usage: run-clang-tidy.sh SOURCE_DIR BUILD_DIR [PATH_REGEX]
# BUILD_DIR needs compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS, on by default here) and
# generated sources (moc, uic): build first.
set -eu
src=$1
build=$2
filter=${3:-"$src/(app|tests)/"}
command -v run-clang-tidy >/dev/null || { echo "clang-tidy is not installed (installer/quickstart.sh test installs it)"; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Fuzz targets are built by clang with other flags (tests/fuzz); they are checked in that build.
# (run-clang-tidy 14 always asks for colours: they are stripped before matching.)
run-clang-tidy -p "$build" -j "$(nproc)" -quiet "$filter" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' > "$log" || true
files=$(grep -c '^clang-tidy' "$log" || true)
warnings=$(grep -E ': (warning|error): ' "$log" | sort -u || true)
if [ -n "$warnings" ]; then
    echo "$warnings"
    echo "clang-tidy: $(echo "$warnings" | wc -l) warning(s) in $files files"
    exit 1
fi
echo "clang-tidy: $files files, no warnings"
