#!/bin/sh
# clang-tidy (the repository's .clang-tidy) over TriCheck's own sources, in parallel; any warning
# fails.
#
# Usage: run-clang-tidy.sh [--full [--record]] SOURCE_DIR BUILD_DIR
#   (default)  the translation units changed since the last clean full run (tidy-scope.py says
#              which; all of them without a baseline or after .clang-tidy changed): what the
#              suite and CI run
#   --full     every translation unit of app/ and tests/ (about 45 CPU-minutes)
#   --record   after a clean full run of a committed tree, write the checked files' content
#              hashes to tests/static/clang-tidy-baseline (commit that file)
# BUILD_DIR needs compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS, on by default here) and
# generated sources (moc, uic): build first.
set -eu
scope=""
record=""
while [ $# -gt 2 ]; do
    case "$1" in
        --full) scope=--all ;;
        --record) record=1 ;;
        *) echo "usage: $0 [--full [--record]] SOURCE_DIR BUILD_DIR" >&2; exit 2 ;;
    esac
    shift
done
[ $# -eq 2 ] || { echo "usage: $0 [--full [--record]] SOURCE_DIR BUILD_DIR" >&2; exit 2; }
[ -z "$record" ] || [ -n "$scope" ] || { echo "--record needs --full" >&2; exit 2; }
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
here=$(dirname "$0")
command -v run-clang-tidy >/dev/null || { echo "clang-tidy is not installed (installer/quickstart.sh test installs it)"; exit 1; }

units=$(mktemp)
log=$(mktemp)
trap 'rm -f "$units" "$log"' EXIT
python3 "$here/tidy-scope.py" "$src" "$build" $scope > "$units"
files=$(grep -c . "$units" || true)
if [ "$files" -eq 0 ]; then
    echo "clang-tidy: no translation unit to check"
    exit 0
fi
# run-clang-tidy takes regular expressions: each path anchored and escaped, so it selects itself only.
# (run-clang-tidy 14 always asks for colours: they are stripped before matching.)
sed -e 's/[][\.*^$+?(){}|]/\\&/g' -e 's/^/^/' -e 's/$/$/' "$units" |
    xargs run-clang-tidy -p "$build" -j "$(nproc)" -quiet 2>&1 | sed 's/\x1b\[[0-9;]*m//g' > "$log" || true
checked=$(grep -c '^clang-tidy' "$log" || true)
warnings=$(grep -E ': (warning|error): ' "$log" | sort -u || true)
if [ -n "$warnings" ]; then
    echo "$warnings"
    echo "clang-tidy: $(echo "$warnings" | wc -l) warning(s) in $checked files"
    exit 1
fi
if [ "$checked" -ne "$files" ]; then
    tail -n 20 "$log"
    echo "clang-tidy: checked $checked of $files translation units"
    exit 1
fi
echo "clang-tidy: $checked files, no warnings"

if [ -n "$record" ]; then
    # The baseline names the files' contents; the commit in its first line is for people.
    if [ -n "$(git -C "$src" status --porcelain -- app tests .clang-tidy 2>/dev/null)" ]; then
        echo "Not recorded: app/, tests/ or .clang-tidy has uncommitted changes; commit them and run again." >&2
        exit 1
    fi
    commit=$(git -C "$src" rev-parse --short=12 HEAD 2>/dev/null || echo "not a git checkout")
    python3 "$here/tidy-scope.py" "$src" "$build" --write-baseline "commit $commit, $(date -u +%Y-%m-%d)"
    echo "Baseline recorded in tests/static/clang-tidy-baseline (commit it)"
fi
