#!/usr/bin/env python3
"""Checks the documentation against the tree and the CLI, without the network.

  check-docs.py links SOURCE_DIR
      Every relative link and image in README.md, CONTRIBUTING.md and docs/*.md points at a file or
      directory that exists, and every #anchor at a heading of the target Markdown file (GitHub's
      heading slugs). Links to http(s)://, mailto: and the like are not followed.

  check-docs.py cli-flags SOURCE_DIR TRICHECK_CLI
      Every --flag that docs/cli.md names in a command's section is one that command shows in its
      --help (or one of its subcommands' --help); and every flag the CLI's --help texts show is
      named in docs/cli.md.

Exit status 0 when all is well, 1 with one line per problem on stderr otherwise.
"""

import os
import re
import subprocess
import sys
import unicodedata

LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]")


def documents(source):
    docs = [os.path.join(source, "README.md"), os.path.join(source, "CONTRIBUTING.md")]
    docs_dir = os.path.join(source, "docs")
    docs += sorted(os.path.join(docs_dir, n) for n in os.listdir(docs_dir) if n.endswith(".md"))
    return [d for d in docs if os.path.isfile(d)]


def prose_lines(path):
    """(line number, text) of the lines outside fenced code blocks, inline code spans removed."""
    in_fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if not in_fence:
                yield number, line.rstrip("\n")


def slug(heading):
    """GitHub's anchor for a heading: the rendered text, lower case, punctuation dropped, spaces
    turned into hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links and images: their text
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML
    text = text.replace("`", "").replace("*", "")
    text = re.sub(r"(?<!\w)_|_(?!\w)", "", text)  # _emphasis_, not snake_case
    text = text.strip().lower()
    kept = []
    for ch in text:
        if ch in (" ", "-", "_") or unicodedata.category(ch)[0] in ("L", "N", "M"):
            kept.append("-" if ch == " " else ch)
    return "".join(kept)


_anchor_cache = {}


def anchors(path):
    if path not in _anchor_cache:
        seen = {}
        found = set()
        for _, line in prose_lines(path):
            m = HEADING.match(line)
            if not m:
                continue
            base = slug(m.group(2))
            n = seen.get(base, 0)
            found.add(base if n == 0 else f"{base}-{n}")
            seen[base] = n + 1
        _anchor_cache[path] = found
    return _anchor_cache[path]


def check_links(source):
    problems = []
    checked = 0
    for doc in documents(source):
        rel_doc = os.path.relpath(doc, source)
        for number, line in prose_lines(doc):
            line = re.sub(r"`[^`]*`", "", line)  # code spans hold no links
            for m in LINK.finditer(line):
                target = m.group(1)
                if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):  # http:, https:, mailto: …
                    continue
                checked += 1
                path_part, _, anchor = target.partition("#")
                where = f"{rel_doc}:{number}: {target}"
                if path_part:
                    resolved = os.path.normpath(os.path.join(os.path.dirname(doc), path_part))
                    if not os.path.exists(resolved):
                        problems.append(f"{where}: no such file")
                        continue
                    if not os.path.realpath(resolved).startswith(os.path.realpath(source) + os.sep):
                        problems.append(f"{where}: points outside the source tree")
                        continue
                else:
                    resolved = doc
                if anchor:
                    if not resolved.endswith(".md") or os.path.isdir(resolved):
                        problems.append(f"{where}: an anchor into a file that is not Markdown")
                    elif anchor not in anchors(resolved):
                        problems.append(f"{where}: no heading #{anchor} in {os.path.relpath(resolved, source)}")
    return checked, problems


# The commands of tricheck-cli and their subcommands (each has its own --help).
COMMANDS = {
    "check": [],
    "verify": [],
    "profile": ["list", "add", "remove", "import-aliyun"],
    "sandbox": [],
    "history": ["list", "export", "stats", "purge", "audit", "check", "receipt"],
    "batch": [],
    "report": [],
    "config": ["show"],
    "key": ["status", "export", "import"],
}


def help_text(cli, args):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([cli, *args, "--help"], capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"tricheck-cli {' '.join(args)} --help exited with {done.returncode}: {done.stderr}")
    return done.stdout


def check_cli_flags(source, cli):
    problems = []
    top = set(FLAG.findall(help_text(cli, [])))
    shown = {}
    for command, subcommands in COMMANDS.items():
        flags = set(FLAG.findall(help_text(cli, [command])))
        for sub in subcommands:
            flags |= set(FLAG.findall(help_text(cli, [command, sub])))
        shown[command] = flags
    every = top.union(*shown.values())

    doc = os.path.join(source, "docs", "cli.md")
    named = set()
    section = None
    in_fence = False
    with open(doc, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            m = None if in_fence else re.match(r"^##\s+(.*)$", line)
            if m:  # a level-2 heading starts a command's section ("## verify", "## config show")
                word = m.group(1).replace("`", "").split()[0].lower() if m.group(1).split() else ""
                section = word if word in COMMANDS else None
                continue
            for flag in FLAG.findall(line):
                named.add(flag)
                allowed = shown[section] | top if section else every
                if flag not in allowed:
                    where = f"tricheck-cli {section}" if section else "tricheck-cli"
                    problems.append(f"docs/cli.md:{number}: {flag} is not in the --help of {where}")
    for flag in sorted(every - named):
        problems.append(f"docs/cli.md: {flag} (shown by tricheck-cli's --help) is not documented")
    return len(named), problems


def main(argv):
    if len(argv) >= 3 and argv[1] == "links":
        checked, problems = check_links(argv[2])
        what = f"{checked} relative links"
    elif len(argv) >= 4 and argv[1] == "cli-flags":
        checked, problems = check_cli_flags(argv[2], argv[3])
        what = f"{checked} flags of docs/cli.md"
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{what} checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
