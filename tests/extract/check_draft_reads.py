#!/usr/bin/env python3
"""A draft of `entente extract` is an events file like a hand-made one:
validate finds nothing to say about it, and the commands read it.

    check_draft_reads.py ENTENTE SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def main():
    entente, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        draft = os.path.join(tmp, "draft.csv")
        made = run(entente, "extract", os.path.join(source, "tests/data/extract/article.txt"), "--focus", "ECU",
                   "-o", draft)
        assert made.returncode == 0, made.stderr
        checked = run(entente, "validate", draft)
        assert checked.returncode == 0 and checked.stderr == "", checked.stderr
        assert checked.stdout == f"{draft}: valid (8 actors, 13 events, 0 eras)\n", checked.stdout
        for command in (["summary"], ["metrics"], ["balance"], ["export", "--format", "dot"]):
            done = run(entente, *command, draft)
            assert done.returncode == 0, (command, done.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
