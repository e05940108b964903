"""Reading what a command wrote to a pseudo-terminal, for the CLI tests that
need a terminal (progress on stderr, tables fitted to stdout)."""

import os


def read_until_closed(controller):
    """Everything written to the terminal whose controlling end is `controller`, which is then closed."""
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes with the last writer
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    return seen
