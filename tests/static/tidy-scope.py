#!/usr/bin/env python3
"""Which of TriCheck's translation units clang-tidy has to look at.

Usage: tidy-scope.py SOURCE_DIR BUILD_DIR [--all]

Prints one absolute source path per line, and on stderr one line saying why.

With --all: every translation unit of app/ and tests/ in BUILD_DIR/compile_commands.json.

Otherwise only what changed since the baseline, the last commit over which a full run found no
warning (tests/static/clang-tidy-baseline, written by run-clang-tidy.sh --full --record). A full
run costs about 30 CPU-minutes on Qt's headers, which a two-core CI machine cannot add to its
budget; what a change can break is in the files it touches:
  - each changed or new source file that is compiled;
  - for each changed header, one source file that includes it (its own .cpp when there is one),
    so that the header's own code is checked (the configuration's HeaderFilterRegex reports it).
Everything is checked when the baseline cannot be used: no git checkout, a shallow clone without
the baseline commit, or a changed .clang-tidy or gate script.
"""

import json
import os
import re
import subprocess
import sys

# Changing any of these changes what a run reports: the whole project is checked again.
GATE_FILES = (".clang-tidy", "tests/static/run-clang-tidy.sh", "tests/static/tidy-scope.py")
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


def git(source_dir, *args):
    return subprocess.run(["git", "-C", source_dir, *args], capture_output=True, text=True, check=False)


def baseline_commit(source_dir):
    try:
        with open(os.path.join(source_dir, BASELINE), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    return line
    except FileNotFoundError:
        pass
    return None


def changed_files(source_dir, base):
    """Paths (relative to SOURCE_DIR) changed since `base`: commits, uncommitted edits, new files."""
    diff = git(source_dir, "diff", "--name-only", base, "--")
    new = git(source_dir, "ls-files", "--others", "--exclude-standard")
    if diff.returncode != 0 or new.returncode != 0:
        return None
    return set(diff.stdout.split()) | set(new.stdout.split())


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
    base = baseline_commit(source_dir)
    if not base:
        return everything(f"no baseline in {BASELINE}")
    if git(source_dir, "cat-file", "-e", base + "^{commit}").returncode != 0:
        return everything(f"baseline {base[:12]} is not in this clone")
    changed = changed_files(source_dir, base)
    if changed is None:
        return everything("git cannot compare with the baseline")
    touched_gate = sorted(changed.intersection(GATE_FILES))
    if touched_gate:
        return everything(f"{', '.join(touched_gate)} changed since the baseline {base[:12]}")

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
        header_text = {}
        for top in ("app", "tests"):
            for root, _, files in os.walk(os.path.join(source_dir, top)):
                for name in files:
                    if name.endswith(HEADER_SUFFIXES):
                        header_text[os.path.join(root, name)] = read(os.path.join(root, name))
        for header in changed_headers:
            # A header already included by a chosen source is checked with it.
            candidates = includers(header, unit_text, header_text)
            if any(candidate in chosen for candidate in candidates):
                continue
            unit = pick_includer(header, candidates)
            if unit:
                chosen.add(unit)
    print(f"clang-tidy scope: {len(chosen)} of {len(units)} translation units, for {len(changed)} files "
          f"changed since the baseline {base[:12]}", file=sys.stderr)
    if chosen:
        print("\n".join(sorted(chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
