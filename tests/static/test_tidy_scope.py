#!/usr/bin/env python3
"""What tidy-scope.py selects, on a throwaway source tree with a made-up compile database."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

SCOPE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tidy-scope.py")


class TidyScope(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.src = os.path.join(self.tmp.name, "src")
        self.build = os.path.join(self.tmp.name, "build")
        os.makedirs(self.build)
        self.write("app/core/api/signer.h", "#pragma once\nint sign();\n")
        self.write("app/core/api/signer.cpp", '#include "signer.h"\nint sign() { return 1; }\n')
        self.write("app/core/api/client.h", '#pragma once\n#include "api/signer.h"\n')
        self.write("app/core/api/client.cpp", '#include "api/client.h"\n')
        self.write("app/core/common/only.h", "#pragma once\n")  # included by a header only
        self.write("app/core/common/wrap.h", '#pragma once\n#include "common/only.h"\n')
        self.write("app/gui/window.cpp", '#include "common/wrap.h"\n')
        self.write("tests/unit/testsigner.cpp", '#include "api/signer.h"\n')
        self.write(".clang-tidy", "Checks: '-*'\n")
        self.write("README.md", "readme\n")
        units = ["app/core/api/signer.cpp", "app/core/api/client.cpp", "app/gui/window.cpp",
                 "tests/unit/testsigner.cpp"]
        with open(os.path.join(self.build, "compile_commands.json"), "w", encoding="utf-8") as f:
            json.dump([{"directory": self.build, "file": os.path.join(self.src, u), "command": "c++ -c"}
                       for u in units] +
                      [{"directory": self.build, "file": os.path.join(self.build, "moc_window.cpp"),
                        "command": "c++ -c"}], f)
        self.record()

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, rel, text):
        path = os.path.join(self.src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def record(self):
        """The baseline of the tree as it is now (what a clean full run records)."""
        subprocess.run([sys.executable, SCOPE, self.src, self.build, "--write-baseline", "test"], check=True,
                       capture_output=True)

    def scope(self, *extra):
        done = subprocess.run([sys.executable, SCOPE, self.src, self.build, *extra], check=True,
                              capture_output=True, text=True)
        chosen = [os.path.relpath(p, self.src) for p in done.stdout.split()]
        return sorted(chosen), done.stderr

    def test_nothing_changed_checks_nothing(self):
        chosen, why = self.scope()
        self.assertEqual(chosen, [])
        self.assertIn("0 of 4", why)

    def test_changed_source_is_checked(self):
        self.write("app/core/api/client.cpp", '#include "api/client.h"\nint x;\n')
        self.assertEqual(self.scope()[0], ["app/core/api/client.cpp"])

    def test_new_files_count_as_changed(self):
        self.write("tests/unit/testnew.cpp", "int z;\n")  # new, but not compiled: not a unit
        self.write("app/gui/panel.h", "#pragma once\n")  # new header: its includer is checked
        self.write("app/gui/window.cpp", '#include "common/wrap.h"\n#include "gui/panel.h"\n')
        self.assertEqual(self.scope()[0], ["app/gui/window.cpp"])

    def test_changed_back_checks_nothing(self):
        self.write("app/core/api/client.cpp", "int changed;\n")
        self.write("app/core/api/client.cpp", '#include "api/client.h"\n')
        self.assertEqual(self.scope()[0], [])

    def test_recording_again_moves_the_baseline(self):
        self.write("app/core/api/client.cpp", '#include "api/client.h"\nint x;\n')
        self.record()
        self.assertEqual(self.scope()[0], [])

    def test_changed_header_is_checked_through_its_own_source(self):
        self.write("app/core/api/signer.h", "#pragma once\nint sign();\nint more();\n")
        self.assertEqual(self.scope()[0], ["app/core/api/signer.cpp"])

    def test_header_included_only_by_headers_is_checked_through_an_includer(self):
        self.write("app/core/common/only.h", "#pragma once\nint only();\n")
        self.assertEqual(self.scope()[0], ["app/gui/window.cpp"])

    def test_other_files_check_nothing(self):
        self.write("README.md", "changed\n")
        self.assertEqual(self.scope()[0], [])

    def test_changed_configuration_checks_everything(self):
        self.write(".clang-tidy", "Checks: 'bugprone-*'\n")
        chosen, why = self.scope()
        self.assertEqual(len(chosen), 4)
        self.assertIn(".clang-tidy changed", why)
        self.assertNotIn("moc_window.cpp", " ".join(chosen))

    def test_no_baseline_checks_everything(self):
        os.remove(os.path.join(self.src, "tests/static/clang-tidy-baseline"))
        chosen, why = self.scope()
        self.assertEqual(len(chosen), 4)
        self.assertIn("no baseline", why)

    def test_full_run_checks_everything(self):
        self.assertEqual(len(self.scope("--all")[0]), 4)


if __name__ == "__main__":
    unittest.main()
