#!/usr/bin/env python3
"""Tables printed on a terminal fit its width; --wide and a pipe show every
cell whole.

Usage: tables_fit_the_terminal.py ENTENTE SOURCE_DIR

Runs `entente ruptures --actor ECU` on the bundled dataset (its causes run to
hundreds of characters) with standard output a pseudo-terminal 160 columns
wide: every line fits, a cut cell ends in '…', and what is kept of each row
is the start of the same row printed to a pipe. Then with --wide on the same
terminal, and to a pipe: no line is cut, and both print the same text.
"""

import fcntl
import os
import pty
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_reading import read_until_closed  # noqa: E402
import termios

COLUMNS = 160


def on_terminal(args):
    controller, terminal_end = pty.openpty()
    fcntl.ioctl(terminal_end, termios.TIOCSWINSZ, struct.pack("HHHH", 40, COLUMNS, 0, 0))
    process = subprocess.Popen(args, stdout=terminal_end, stderr=subprocess.PIPE)
    os.close(terminal_end)
    seen = read_until_closed(controller)
    if process.wait() != 0:
        sys.exit(f"entente failed on a terminal: {process.stderr.read()!r}")
    return seen.decode().replace("\r\n", "\n")


def main():
    entente, source_dir = sys.argv[1], sys.argv[2]
    args = [entente, "ruptures", os.path.join(source_dir, "graphs", "ecuador"), "--actor", "ECU", "--quiet"]
    fitted = on_terminal(args)
    wide = on_terminal(args + ["--wide"])
    piped = subprocess.run(args, capture_output=True, check=True).stdout.decode()
    failures = []
    lines = fitted.splitlines()
    too_long = [line for line in lines if len(line) > COLUMNS]
    if too_long:
        failures.append(f"{len(too_long)} lines wider than {COLUMNS}: {too_long[0]!r}")
    if not any(line.endswith("…") or "… " in line for line in lines):
        failures.append("no cell was cut, though the causes are longer than the terminal")
    if len(lines) != len(piped.splitlines()):
        failures.append("the terminal shows another number of rows than the pipe")
    if wide != piped:
        failures.append("--wide on a terminal prints other text than a pipe")
    if max(len(line) for line in piped.splitlines()) <= COLUMNS:
        failures.append("the piped table was cut")
    # What a cut row keeps is its first columns as the pipe prints them.
    first_fitted, first_piped = lines[1], piped.splitlines()[1]
    if first_fitted.split()[:3] != first_piped.split()[:3]:
        failures.append(f"a cut row lost its start: {first_fitted!r} against {first_piped!r}")
    if failures:
        sys.exit("\n".join(failures))


if __name__ == "__main__":
    main()
