#!/usr/bin/env python3
"""Kills a command with SIGKILL while it writes its output, and checks that
the output it was replacing is intact and that no temporary is left.

    kill_midway.py [--name FILE] [--allow-new-files] -- COMMAND ARGS...

@OUT@ in the arguments is the output path: FILE (default `out`) in a fresh
folder, which first holds known content. The harness:

1. runs the command to completion once, and checks that it did replace the
   output (otherwise killing it would prove nothing), timing the run;
2. restores the known content and runs the command again; once the command
   holds a file open in the output's folder (it is writing) and half the time
   of a full run has passed, kills it with SIGKILL;
3. checks the output holds exactly the known content and the folder holds
   nothing new (no temporary, no partial file). --allow-new-files lets other
   files appear (complete ones, for a command that writes several, such as
   `report`), but never a name holding `.tmp-`.

Point it at export or report like this:
    kill_midway.py --name out.svg -- build/entente export graphs/ecuador --format svg -o @OUT@
    kill_midway.py --name index.html --allow-new-files -- build/entente report graphs/ecuador -o @DIR@
(@DIR@ is the output's folder.)
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time

KNOWN = b"previous output: it must survive a killed run\n" * 1000


def folder_listing(folder):
    return sorted(os.listdir(folder))


def writing_in(pid, folder):
    """Whether process `pid` holds a file open in `folder` (an unnamed one
    shows as `folder/#1234 (deleted)`)."""
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if os.path.dirname(target) == folder:
                return True
    except OSError:
        pass
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", default="out")
    parser.add_argument("--allow-new-files", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command

    with tempfile.TemporaryDirectory(prefix="entente-kill-") as tmp:
        folder = os.path.realpath(tmp)
        output = os.path.join(folder, options.name)
        argv = [a.replace("@OUT@", output).replace("@DIR@", folder) for a in command]

        def restore():
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))
            with open(output, "wb") as f:
                f.write(KNOWN)

        restore()
        start = time.monotonic()
        full = subprocess.run(argv, capture_output=True)
        full_time = time.monotonic() - start
        if full.returncode != 0:
            sys.exit(f"the command failed when not killed ({full.returncode}): {full.stderr.decode(errors='replace')}")
        with open(output, "rb") as f:
            if f.read() == KNOWN:
                sys.exit("the command did not replace the output: killing it would prove nothing")

        restore()
        before = folder_listing(folder)
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.monotonic()
        began = None
        while process.poll() is None:
            now = time.monotonic() - start
            if began is None and writing_in(process.pid, folder):
                began = now
            if began is not None and now >= full_time / 2:
                break
            time.sleep(0.001)
        if process.poll() is not None:
            sys.exit(f"the command ended (in {time.monotonic() - start:.3f} s) before it could be killed while "
                     f"writing; give it more to write")
        killed_at = time.monotonic() - start
        process.send_signal(signal.SIGKILL)
        process.wait()

        failures = []
        with open(output, "rb") as f:
            if f.read() != KNOWN:
                failures.append("the output changed: the previous content was lost")
        after = folder_listing(folder)
        temporaries = [n for n in after if ".tmp-" in n]
        if temporaries:
            failures.append(f"temporaries left behind: {temporaries}")
        if not options.allow_new_files and after != before:
            failures.append(f"the folder changed: {before} -> {after}")
        print(f"killed after {killed_at:.3f} s of a {full_time:.3f} s run, writing since {began:.3f} s")
        if failures:
            print("\n".join(failures))
            sys.exit(1)
        print("the previous output is intact and nothing was left behind")


if __name__ == "__main__":
    main()
