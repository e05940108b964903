#!/usr/bin/env python3
"""Progress shows on a terminal only, says what the command is doing, and
never changes what the command prints.

Usage: progress_on_a_terminal.py ENTENTE SOURCE_DIR

Runs `entente ruptures --actor ECU --format csv` on the bundled dataset
three ways, with ENTENTE_PROGRESS_DELAY_MS=0 (progress from the first
moment): stderr a pipe (no progress), stderr a pseudo-terminal (the
stages), and stderr a pseudo-terminal with --quiet (no progress). Standard
output, a pipe each time, must be the same bytes in all three.
"""

import os
import pty
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_reading import read_until_closed  # noqa: E402


def run(entente, source_dir, terminal, quiet):
    args = [entente, "ruptures", "--actor", "ECU", "--format", "csv"] + (["--quiet"] if quiet else [])
    env = dict(os.environ, ENTENTE_PROGRESS_DELAY_MS="0")
    if not terminal:
        done = subprocess.run(args, cwd=source_dir, env=env, capture_output=True, check=True)
        return done.stdout, done.stderr.decode()
    controller, terminal_end = pty.openpty()
    process = subprocess.Popen(args, cwd=source_dir, env=env, stdout=subprocess.PIPE, stderr=terminal_end)
    os.close(terminal_end)
    stdout = process.stdout.read()
    seen = read_until_closed(controller)
    if process.wait() != 0:
        sys.exit(f"entente failed on a terminal: {seen!r}")
    return stdout, seen.decode()


def main():
    entente, source_dir = sys.argv[1], sys.argv[2]
    plain_out, plain_err = run(entente, source_dir, terminal=False, quiet=False)
    shown_out, shown_err = run(entente, source_dir, terminal=True, quiet=False)
    quiet_out, quiet_err = run(entente, source_dir, terminal=True, quiet=True)
    failures = []
    if plain_err:
        failures.append(f"progress on a pipe: {plain_err!r}")
    if quiet_err:
        failures.append(f"progress with --quiet: {quiet_err!r}")
    for stage in ("entente ruptures: loading the dataset", "entente ruptures: reading the events",
                  "entente ruptures: finding ruptures: batches of dyads read and searched 1 of 1"):
        if stage not in shown_err:
            failures.append(f"no '{stage}' on the terminal: {shown_err!r}")
    if not shown_err.endswith("\r\n") and not shown_err.endswith("\n"):
        failures.append(f"the progress line is left open: {shown_err!r}")
    if not plain_out or shown_out != plain_out or quiet_out != plain_out:
        failures.append("standard output differs with progress shown")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
