#!/usr/bin/env python3
"""Checks the man page made at build time: every command that `entente
--help` lists has its section, and groff renders the page without a warning,
with each command's usage line.

usage: check_man_page.py ENTENTE MAN_PAGE_GZ GROFF
"""
import gzip
import re
import subprocess
import sys


def commands(entente):
    """The subcommands `entente --help` lists."""
    help_text = subprocess.run([entente, "--help"], capture_output=True, check=True, text=True).stdout
    listing = help_text.split("\nSubcommands:\n", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in listing.splitlines()]


def main():
    entente, man_page, groff = sys.argv[1:4]
    with gzip.open(man_page, "rt", encoding="utf-8") as f:
        roff = f.read()
    # As man renders it on an 80-column terminal: not a warning, which man would print with the page.
    rendered = subprocess.run([groff, "-man", "-Tutf8", "-P-cbou"], input=roff, capture_output=True, text=True)
    assert rendered.returncode == 0 and not rendered.stderr, rendered.stderr
    names = commands(entente)
    assert len(names) >= 10, f"too few commands in entente --help: {names}"
    failures = []
    for name in names:
        if not re.search(rf"^\.SS {name}$", roff, re.MULTILINE):
            failures.append(f"no section for {name}")
        if f"entente {name} [OPTIONS]" not in rendered.stdout:
            failures.append(f"no usage line for {name}")
    assert not failures, "\n".join(failures)
    print(f"man page: {len(names)} commands")


if __name__ == "__main__":
    main()
