#!/bin/sh
# Every C++ source and header of TriCheck is formatted with the repository's .clang-format.
# Usage: check-format.sh SOURCE_DIR   (fix with: clang-format -i FILE…)
set -eu
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is not installed (installer/quickstart.sh test installs it)"; exit 1; }
git ls-files -co --exclude-standard 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null > /tmp/tricheck-format-files.$$ ||
    find app tests \( -name '*.cpp' -o -name '*.h' \) > /tmp/tricheck-format-files.$$
count=$(wc -l < /tmp/tricheck-format-files.$$)
xargs clang-format --dry-run --Werror < /tmp/tricheck-format-files.$$
status=$?
rm -f /tmp/tricheck-format-files.$$
[ $status -eq 0 ] && echo "clang-format: $count files, all formatted"
exit $status
