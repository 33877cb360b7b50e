#!/usr/bin/env python3
"""Which of TriCheck's translation units clang-tidy has to look at.

Usage: tidy-scope.py SOURCE_DIR BUILD_DIR [--all | --write-baseline NOTE]

Prints one absolute source path per line, and on stderr one line saying why.

With --all: every translation unit of app/ and tests/ in BUILD_DIR/compile_commands.json.
With --write-baseline: writes tests/static/clang-tidy-baseline for the files as they are now (after
a full run found no warning in them; NOTE, e.g. the commit, goes in its first line) and prints nothing.

Otherwise only what changed since the baseline. The baseline lists each C++ file of app/ and tests/
and the .clang-tidy configuration with its content hash (git's blob SHA-1, computed here, so that a
shallow clone or a tarball works the same), as they were when a full run found no warning. A full
run costs about 45 CPU-minutes on Qt's headers, which a two-core CI machine cannot add to its
budget; what a change can break is in the files it touches:
  - each changed or new source file that is compiled;
  - for each changed or new header, one source file that includes it (its own .cpp when there is
    one), so that the header's own code is checked (the configuration's HeaderFilterRegex reports it).
Everything is checked when there is no baseline or .clang-tidy changed. Not seen: a change of
compiler flags alone (CMakeLists.txt), and what a changed header does to other files that include
it; a periodic full run catches both.
"""

import hashlib
import json
import os
import re
import sys

# Changing it changes what a run reports: the whole project is checked again.
CONFIG = ".clang-tidy"
BASELINE = "tests/static/clang-tidy-baseline"
SOURCE_SUFFIXES = (".cpp", ".cc", ".cxx")
HEADER_SUFFIXES = (".h", ".hpp")


def own_units(source_dir, build_dir):
    """Absolute paths of the compiled sources under app/ and tests/ (generated moc and uic files,
    which live in the build directory, are Qt's code, not ours)."""
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    roots = tuple(os.path.join(source_dir, top) + os.sep for top in ("app", "tests"))
    units = set()
    for entry in entries:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if path.startswith(roots):
            units.add(path)
    return sorted(units)


def blob_hash(path):
    """git's blob SHA-1 of a file: the same value `git hash-object` gives."""
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def tracked_files(source_dir):
    """Relative paths the baseline covers: our C++ files and the configuration."""
    files = [CONFIG] if os.path.exists(os.path.join(source_dir, CONFIG)) else []
    for top in ("app", "tests"):
        for root, dirs, names in os.walk(os.path.join(source_dir, top)):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(SOURCE_SUFFIXES + HEADER_SUFFIXES):
                    files.append(os.path.relpath(os.path.join(root, name), source_dir))
    return files


def read_baseline(source_dir):
    """{relative path: blob hash}, or None when there is no baseline."""
    try:
        with open(os.path.join(source_dir, BASELINE), encoding="utf-8") as f:
            lines = [line.split(maxsplit=1) for line in f if line.strip() and not line.startswith("#")]
    except FileNotFoundError:
        return None
    return {path.strip(): digest for digest, path in lines}


def write_baseline(source_dir, note):
    os.makedirs(os.path.dirname(os.path.join(source_dir, BASELINE)), exist_ok=True)
    with open(os.path.join(source_dir, BASELINE), "w", encoding="utf-8") as f:
        f.write(f"# Files as they were when run-clang-tidy.sh --full last found no warning: {note}\n")
        f.write("# (git blob SHA-1, path). The suite's clang_tidy test checks what differs; see tidy-scope.py.\n")
        for rel in tracked_files(source_dir):
            f.write(f"{blob_hash(os.path.join(source_dir, rel))} {rel}\n")


def include_pattern(header):
    """`#include "…/name.h"` or `<…/name.h>` for the header's file name (paths differ by include root)."""
    name = re.escape(os.path.basename(header))
    return re.compile(r'^\s*#\s*include\s*[<"](?:[^">]*/)?' + name + r'[">]', re.MULTILINE)


def includers(header, units, headers_text):
    """Source files that include `header`: directly, else through the nearest of our headers."""
    seen, frontier = {header}, [header]
    while frontier:
        wanted = [include_pattern(h) for h in frontier]
        found = [unit for unit, text in units.items() if any(p.search(text) for p in wanted)]
        if found:
            return found
        frontier = [h for h, text in headers_text.items() if h not in seen and any(p.search(text) for p in wanted)]
        seen.update(frontier)
    return []


def pick_includer(header, candidates):
    """The header's own .cpp when it has one, else the first includer in path order."""
    stem = os.path.splitext(header)[0]
    for candidate in candidates:
        if os.path.splitext(candidate)[0] == stem:
            return candidate
    return sorted(candidates)[0] if candidates else None


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    source_dir = os.path.realpath(argv[1])
    build_dir = os.path.realpath(argv[2])
    units = own_units(source_dir, build_dir)

    def everything(reason):
        print(f"clang-tidy scope: all {len(units)} translation units ({reason})", file=sys.stderr)
        print("\n".join(units))
        return 0

    if "--all" in argv[3:]:
        return everything("full run")
    if "--write-baseline" in argv[3:]:
        note = argv[argv.index("--write-baseline") + 1] if len(argv) > argv.index("--write-baseline") + 1 else ""
        write_baseline(source_dir, note)
        return 0
    baseline = read_baseline(source_dir)
    if baseline is None:
        return everything(f"no baseline in {BASELINE}")
    changed = {rel for rel in tracked_files(source_dir)
               if baseline.get(rel) != blob_hash(os.path.join(source_dir, rel))}
    if CONFIG in changed:
        return everything(f"{CONFIG} changed since the baseline")

    unit_set = set(units)
    chosen = set()
    changed_headers = []
    for rel in sorted(changed):
        path = os.path.join(source_dir, rel)
        if not os.path.exists(path):
            continue  # deleted: nothing left to check
        if rel.endswith(SOURCE_SUFFIXES) and path in unit_set:
            chosen.add(path)
        elif rel.endswith(HEADER_SUFFIXES) and rel.startswith(("app/", "tests/")):
            changed_headers.append(path)
    if changed_headers:
        unit_text = {unit: read(unit) for unit in units}
        header_text = {os.path.join(source_dir, rel): read(os.path.join(source_dir, rel))
                       for rel in tracked_files(source_dir) if rel.endswith(HEADER_SUFFIXES)}
        for header in changed_headers:
            # A header already included by a chosen source is checked with it.
            candidates = includers(header, unit_text, header_text)
            if any(candidate in chosen for candidate in candidates):
                continue
            unit = pick_includer(header, candidates)
            if unit:
                chosen.add(unit)
    print(f"clang-tidy scope: {len(chosen)} of {len(units)} translation units, for {len(changed)} C++ files "
          f"changed since the baseline", file=sys.stderr)
    if chosen:
        print("\n".join(sorted(chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
