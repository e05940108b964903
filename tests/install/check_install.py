#!/usr/bin/env python3
"""Installs entente into a temporary prefix, moves the installed tree
elsewhere and runs it there from an unrelated folder: the bundled dataset
must be found beside the executable, through no path of the build machine.

usage: check_install.py CMAKE BUILD_DIR SOURCE_DIR [--sanitized]

--sanitized skips the search of the executable for the build's paths:
AddressSanitizer and UndefinedBehaviorSanitizer compile source file names
into their reports.
"""
import os
import shutil
import subprocess
import sys
import tempfile

INSTALLED = [
    "bin/entente",
    "share/entente/graphs/ecuador/actors.csv",
    "share/entente/graphs/ecuador/events.csv",
    "share/entente/graphs/ecuador/eras.csv",
    "share/man/man1/entente.1.gz",
    "share/bash-completion/completions/entente",
]


def run(args, cwd, expect):
    done = subprocess.run(args, cwd=cwd, capture_output=True, timeout=600)
    if done.returncode != expect:
        raise AssertionError(f"{' '.join(args)} (in {cwd}) exited {done.returncode}, not {expect}:\n"
                             f"{done.stderr.decode()}")
    return done


def main():
    cmake, build, source = sys.argv[1:4]
    sanitized = "--sanitized" in sys.argv[4:]
    tmp = tempfile.mkdtemp(prefix="entente-install-")
    try:
        prefix = os.path.join(tmp, "prefix")
        run([cmake, "--install", build, "--prefix", prefix], tmp, 0)
        missing = [p for p in INSTALLED if not os.path.isfile(os.path.join(prefix, p))]
        assert not missing, f"not installed: {missing}"

        # The installed tree, moved: nothing may depend on where it was installed.
        moved = os.path.join(tmp, "moved", "usr")
        os.makedirs(os.path.dirname(moved))
        os.rename(prefix, moved)
        entente = os.path.join(moved, "bin", "entente")
        if not sanitized:
            with open(entente, "rb") as f:
                binary = f.read()
            for path in {source, build, os.path.realpath(source), os.path.realpath(build)}:
                assert path.encode() not in binary, f"the executable holds the build machine's path {path}"

        elsewhere = os.path.join(tmp, "elsewhere")
        os.mkdir(elsewhere)
        run([entente, "report", "-o", "out", "--quiet"], elsewhere, 0)
        with open(os.path.join(elsewhere, "out", "index.html"), encoding="utf-8") as f:
            page = f.read()
        assert "Made by: entente report -o out." in page, "the report's footer does not give the command run"
        summary = run([entente, "summary", "--format", "csv"], elsewhere, 0).stdout.decode()
        assert summary.startswith("# dataset\n") and "\necuador," in summary, summary[:200]

        # Without the installed dataset: a usage error that says where it looked.
        shutil.rmtree(os.path.join(moved, "share", "entente"))
        stderr = run([entente, "summary"], elsewhere, 2).stderr.decode()
        expected = (f"entente: no DATASET given and no bundled dataset found: looked in "
                    f"{os.path.realpath(moved)}/share/entente/graphs/ecuador (beside the executable) and in "
                    f"{os.path.realpath(elsewhere)}/graphs/ecuador (in the working folder); name a dataset folder "
                    f"or an events file\n")
        assert stderr == expected, f"got:\n{stderr}expected:\n{expected}"
    finally:
        shutil.rmtree(tmp)
    print("install: installed, moved and run from another folder")


if __name__ == "__main__":
    main()
