#!/bin/sh
# Runs every libFuzzer target for N seconds (default 60) and prints one line per target with its
# executions per second, coverage and the result.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run-fuzzers.sh 300
#
# Builds the `fuzz` preset (clang, ASan + UBSan, libFuzzer) into build-fuzz/ first. New corpus
# entries are kept in build-fuzz/corpus/<target>/ (the seeds in tests/fuzz/corpus/ stay as they are);
# a crash, leak or timeout leaves its reproducer in build-fuzz/artifacts/<target>/: copy it into
# tests/fuzz/corpus/<target>/ once fixed, and the fuzzreplay_<target> CTest test keeps it fixed.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
seconds=${1:-60}
[ $# -gt 0 ] && shift
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
targets=${*:-$(find build-fuzz/tests/fuzz -maxdepth 1 -type f -perm -u+x -name 'fuzz_*' | sed 's|.*/fuzz_||' | sort)}
status=0
printf '%-18s %10s %8s %8s  %s\n' target exec/s cov ft result
for t in $targets; do
    work=build-fuzz/corpus/$t artifacts=build-fuzz/artifacts/$t
    mkdir -p "$work" "$artifacts"
    dict=""
    [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
    log=build-fuzz/fuzz-$t.log
    # shellcheck disable=SC2086
    if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$top/tests/sanitizers/lsan.supp" \
        QT_QPA_PLATFORM=offscreen build-fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" $dict "$work" "tests/fuzz/corpus/$t" \
        >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
    fi
    execs=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    printf '%-18s %10s %8s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status
