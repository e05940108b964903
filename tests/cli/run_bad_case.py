#!/usr/bin/env python3
"""Runs one case of the bad-input corpus (tests/data/bad/<case>/).

A case is a folder holding the input files and an `expected` file in the
format of run_case.py, where @CASE@ is the case's dataset folder and `args`
defaults to `validate @CASE@`. Inputs too big to commit, or that git cannot
hold, are made at test time by `generate:` lines, applied in order to a copy
of the folder under @TMP@ (then @CASE@ is that copy):

    generate: repeat FILE TEXT COUNT     append TEXT (Python escapes allowed) COUNT times
    generate: lines FILE TEMPLATE COUNT  append COUNT lines; {i} is the line index,
                                         {j} the next index modulo COUNT, {day} the
                                         date i days after 1900-01-01, {next_day} the day after
    generate: mkdir PATH                 create a folder
    generate: chmod PATH MODE            change a file's mode (octal)

`root: drop` marks a case about file permissions, which do not stop root:
run as root, the runner runs the command as user nobody (setpriv), or
exits with 77, which CTest reports as skipped, when it cannot.
"""
import datetime
import os
import shlex
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_case import check, parse  # noqa: E402

SKIP = 77
NOBODY = 65534


def generate(folder, line):
    words = shlex.split(line)
    kind, target = words[0], os.path.join(folder, words[1])
    if kind == "repeat":
        text = words[2].encode("latin-1").decode("unicode_escape").encode("utf-8")
        with open(target, "ab") as f:
            for _ in range(int(words[3])):
                f.write(text)
    elif kind == "lines":
        count = int(words[3])
        epoch = datetime.date(1900, 1, 1)
        with open(target, "a", encoding="utf-8", newline="\n") as f:
            for i in range(count):
                day = epoch + datetime.timedelta(days=i)
                f.write(words[2].format(i=i, j=(i + 1) % count, day=day.isoformat(),
                                        next_day=(day + datetime.timedelta(days=1)).isoformat()) + "\n")
    elif kind == "mkdir":
        os.makedirs(target)
    elif kind == "chmod":
        os.chmod(target, int(words[2], 8))
    else:
        raise SystemExit(f"unknown generator '{kind}'")


def main():
    binary, source_dir, case_dir = sys.argv[1:4]
    expected = os.path.join(case_dir, "expected")
    case = parse(expected)
    prefix = []
    if case.get("root") == "drop" and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            print(f"{case_dir}: skipped: running as root, whom file permissions do not stop, without setpriv")
            sys.exit(SKIP)
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
    if case["args"] is None:
        case["args"] = "validate @CASE@"
    with tempfile.TemporaryDirectory(prefix="entente-bad-") as tmp:
        os.chmod(tmp, 0o755)  # for nobody
        dataset = os.path.relpath(case_dir, source_dir)
        if case["generate"]:
            dataset = os.path.join(tmp, os.path.basename(case_dir))
            shutil.copytree(case_dir, dataset, ignore=shutil.ignore_patterns("expected"))
            for line in case["generate"]:
                generate(dataset, line)
        subst = {"@CASE@": dataset, "@DATA@": os.path.join(source_dir, "tests", "data"), "@SRC@": source_dir,
                 "@TMP@": tmp}
        failures = check(binary, source_dir, case, expected, subst, prefix=prefix)
        # A generated file may be unreadable; the folder must still be removable.
        for root, dirs, files in os.walk(tmp):
            for name in dirs + files:
                os.chmod(os.path.join(root, name), 0o700)
    if failures:
        print("\n".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
