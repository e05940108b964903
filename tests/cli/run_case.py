#!/usr/bin/env python3
"""Runs one CLI case file and compares what the command did with what the
case expects, exactly.

A case file:

    # what the case shows (comment lines start with '#')
    args: validate @DATA@/faulty
    exit: 1
    --- stdout
    <exact expected stdout, may be empty>
    --- stderr
    <exact expected stderr>

`args` is split like a shell would (shlex); @DATA@ is tests/data, @SRC@ the
source tree and @TMP@ a fresh temporary folder. A missing `--- stdout` or
`--- stderr` section means that stream is not checked; a `--- stderr-tail`
(or `--- stdout-tail`) section checks only how the stream ends. `stdin: FILE` feeds
a file on standard input. `files: PATH` lines list files that must exist
after the run (relative to @TMP@), `nofiles: PATH` ones that must not.
`copy: FROM TO` lines copy a file or folder to TO (relative to @TMP@) before
the run: a case that tries to write over its inputs works on copies, so that a
broken build cannot damage the fixtures.

With ENTENTE_BLESS=1 in the environment, a case whose output differs is
rewritten with what the command printed (review the change with git diff).
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def parse(path):
    case = {"args": None, "exit": 0, "files": [], "nofiles": [], "generate": [], "copy": [], "stdin": None}
    sections = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("--- "):
                current = line[4:].strip()
                sections[current] = []
                continue
            if current is not None:
                sections[current].append(line)
                continue
            if line.startswith("#") or not line.strip():
                continue
            key, _, value = line.partition(":")
            value = value.strip()
            if key in ("files", "nofiles", "generate", "copy"):
                case[key].append(value)
            else:
                case[key] = value
    case["sections"] = {k: "".join(v) for k, v in sections.items()}
    return case


def bless(case_path, outputs, subst):
    """Rewrites the checked output sections of a case with what was printed
    (a `-tail` section is kept as written: which end to check is a choice)."""
    with open(case_path, encoding="utf-8") as f:
        text = f.read()
    head, sep, _ = text.partition("\n--- ")
    sections = parse(case_path)["sections"]
    parts = [head + "\n"] if sep else [text if text.endswith("\n") else text + "\n"]
    for name, written in sections.items():
        if name in ("stdout", "stderr"):
            got = outputs[name].decode("utf-8", "replace")
            for k, v in subst.items():
                got = got.replace(v, k)
            parts.append(f"--- {name}\n{got}")
        else:
            parts.append(f"--- {name}\n{written}")
    with open(case_path, "w", encoding="utf-8") as f:
        f.write("".join(parts))


def check(binary, source_dir, case, case_path, subst, outputs=None, prefix=()):
    """Runs the case with `subst` (placeholder -> text) applied to its args and
    expected output; returns the list of failures (empty when it passed).
    `outputs`, when given, receives what the command printed (stdout, stderr);
    `prefix` goes before the command (another user's identity)."""

    def expand(text):
        for k, v in subst.items():
            text = text.replace(k, v)
        return text

    args = [expand(a) for a in shlex.split(case["args"])]
    stdin = open(expand(case["stdin"]), "rb") if case["stdin"] else subprocess.DEVNULL
    run = subprocess.run(list(prefix) + [binary] + args, cwd=source_dir, stdin=stdin, capture_output=True, timeout=300)
    if outputs is not None:
        outputs.update(stdout=run.stdout, stderr=run.stderr)
    failures = []
    if run.returncode != int(case["exit"]):
        failures.append(f"exit status {run.returncode}, expected {case['exit']}")
    for stream, got in (("stdout", run.stdout), ("stderr", run.stderr)):
        text = got.decode("utf-8", "replace")
        if stream in case["sections"]:
            expected = expand(case["sections"][stream])
            if text != expected:
                failures.append(f"{stream} differs.\n--- expected\n{expected}--- got\n{text}")
        tail = stream + "-tail"
        if tail in case["sections"]:
            expected = expand(case["sections"][tail])
            if not text.endswith(expected):
                failures.append(f"{stream} does not end as expected.\n--- expected end\n{expected}--- got\n{text[-2000:]}")
    for f in case["files"]:
        if not os.path.exists(os.path.join(subst["@TMP@"], expand(f))):
            failures.append(f"expected file {f} was not written")
    for f in case["nofiles"]:
        if os.path.exists(os.path.join(subst["@TMP@"], expand(f))):
            failures.append(f"file {f} should not exist")
    if failures:
        failures.insert(0, f"{case_path}: entente {' '.join(args)}")
    return failures


def main():
    binary, source_dir, case_path = sys.argv[1:4]
    case = parse(case_path)
    with tempfile.TemporaryDirectory(prefix="entente-case-") as tmp:
        subst = {"@DATA@": os.path.join(source_dir, "tests", "data"), "@SRC@": source_dir, "@TMP@": tmp}
        for line in case["copy"]:
            origin, target = (part.replace("@DATA@", subst["@DATA@"]) for part in shlex.split(line))
            copy = shutil.copytree if os.path.isdir(origin) else shutil.copy2
            os.makedirs(os.path.dirname(os.path.join(tmp, target)), exist_ok=True)
            copy(origin, os.path.join(tmp, target))
        outputs = {}
        failures = check(binary, source_dir, case, case_path, subst, outputs)
        if failures and os.environ.get("ENTENTE_BLESS") == "1":
            bless(case_path, outputs, subst)
            return
        if failures:
            print("\n".join(failures))
            sys.exit(1)


if __name__ == "__main__":
    main()
