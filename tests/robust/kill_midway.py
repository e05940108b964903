#!/usr/bin/env python3
"""Kills a command with SIGKILL while it writes its output, at a chosen
system call, and checks that the output it was replacing is intact and that
no temporary or partial file is left.

    kill_midway.py --at write|link|rename [--name FILE] [--allow-new-files] -- COMMAND ARGS...

@OUT@ in the arguments is the output path: FILE (default `out`) in a fresh
folder, which first holds known content; @DIR@ is that folder. The harness:

1. runs the command to completion under strace, and checks that it did
   replace the output (otherwise killing it would prove nothing); the trace
   tells which system calls wrote the output: the writes to an unnamed file
   (AtomicFile's O_TMPFILE), the linkat that names it `FILE.tmp-PID` and the
   rename over FILE;
2. restores the known content and runs the command again under strace, which
   sends SIGKILL at one of those calls (strace -e inject=...:signal=SIGKILL):
   `write` the middle write of the output's content, `link` the naming of the
   complete file, `rename` the rename (the file is named but not in place);
3. checks the output holds exactly the known content, every other file in
   the folder is complete (byte for byte what the full run wrote) and, with
   `write` and `link`, that no temporary is left; with `rename` the named
   temporary of the killed run is there, and the next run must remove it.

Without --allow-new-files the folder may not change at all; with it, other
complete files may appear (`report` writes several, the output last).
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile

KNOWN = b"previous output: it must survive a killed run\n" * 1000
TRACED = "write,linkat,rename,renameat,renameat2"
CALL = re.compile(r"^(\d+) +(\w+)\((.*)$")


def snapshot(folder):
    """Every file under `folder` (relative path -> bytes)."""
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


def calls(log):
    """The traced calls, in order: (thread id, system call, its arguments)."""
    with open(log, encoding="utf-8", errors="replace") as f:
        return [m.groups() for m in map(CALL.match, f) if m]


def output_calls(trace, output):
    """The calls that wrote `output`: {"write": [...], "link": call, "rename": call},
    each call as (thread id, system call, index among that thread's calls of it, from 1)."""
    seen = {}
    writes = {}  # unnamed file -> the writes to it
    unnamed_of_fd = {}  # (thread id, descriptor) -> the unnamed file it last wrote
    found = {}
    for tid, name, args in trace:
        index = seen[(tid, name)] = seen.get((tid, name), 0) + 1
        if name == "write":
            unnamed = re.match(r"(\d+)<([^>]*/#\d+)>", args)
            if unnamed:
                unnamed_of_fd[(tid, unnamed.group(1))] = unnamed.group(2)
                writes.setdefault(unnamed.group(2), []).append((tid, name, index))
        elif name == "linkat" and f'"{output}.tmp-' in args:
            fd = re.search(r'"/proc/self/fd/(\d+)"', args).group(1)
            found["write"] = writes.pop(unnamed_of_fd.get((tid, fd)), [])
            found["link"] = (tid, name, index)
        elif name.startswith("rename") and f'"{output}.tmp-' in args:
            found["rename"] = (tid, name, index)
    return found


def strace(argv, log, extra):
    # LeakSanitizer cannot work under ptrace: the sanitizer build checks leaks in every other test.
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    return subprocess.run(["strace", "-f", "-qq", "-y", "-o", log] + extra + ["--"] + argv, capture_output=True,
                          env=env)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--at", choices=["write", "link", "rename"], required=True)
    parser.add_argument("--name", default="out")
    parser.add_argument("--allow-new-files", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command

    with tempfile.TemporaryDirectory(prefix="entente-kill-") as tmp:
        folder = os.path.realpath(tmp)
        output = os.path.join(folder, options.name)
        argv = [a.replace("@OUT@", output).replace("@DIR@", folder) for a in command]
        log = os.path.join(os.path.dirname(folder), os.path.basename(folder) + ".strace")

        def restore():
            subprocess.run(["rm", "-rf", "--", folder], check=True)
            os.mkdir(folder)
            with open(output, "wb") as f:
                f.write(KNOWN)

        try:
            restore()
            full = strace(argv, log, ["-e", f"trace={TRACED}"])
            if full.returncode != 0:
                sys.exit(f"the command failed when not killed ({full.returncode}): "
                         f"{full.stderr.decode(errors='replace')}")
            complete = snapshot(folder)
            if complete.get(options.name) == KNOWN:
                sys.exit("the command did not replace the output: killing it would prove nothing")
            found = output_calls(calls(log), output)
            if options.at == "write":
                writes = found.get("write", [])
                if len(writes) < 2:
                    sys.exit(f"the output was written in {len(writes)} write(s): give it more to write")
                target = writes[len(writes) // 2]
                where = f"write {len(writes) // 2 + 1} of {len(writes)} to the output's unnamed file"
            else:
                target = found.get(options.at)
                if target is None:
                    sys.exit(f"no {options.at} of {output}.tmp-PID in the trace: is the output written through "
                             f"AtomicFile?")
                where = {"link": "linkat, naming the complete file", "rename": "rename over the output"}[options.at]
            tid_calls = target[2]

            restore()
            before = snapshot(folder)
            killed = strace(argv, log, ["-e", f"trace={target[1]}",
                                        "-e", f"inject={target[1]}:signal=SIGKILL:when={tid_calls}"])
            if killed.returncode not in (-signal.SIGKILL, 128 + signal.SIGKILL):
                sys.exit(f"the command was not killed (exit {killed.returncode}): the calls differ from the full run")
            # The last call traced is the one the kill interrupted (`= ?`): it must be the chosen one.
            last = calls(log)[-1]
            hit = last[1] == target[1] and last[2].rstrip().endswith("= ?") and (
                re.match(rf"\d+<{re.escape(folder)}/#\d+>", last[2]) if options.at == "write"
                else f'"{output}.tmp-' in last[2])
            after = snapshot(folder)
        finally:
            if os.path.exists(log):
                os.remove(log)

        failures = [] if hit else [f"the kill interrupted another call: {last[1]}({last[2][:200]}"]
        if after.get(options.name) != KNOWN:
            failures.append("the output changed: the previous content was lost")
        temporaries = [n for n in after if ".tmp-" in n]
        for name, content in after.items():
            if name == options.name or name in temporaries:
                continue
            if not options.allow_new_files and name not in before:
                failures.append(f"a new file appeared: {name}")
            elif complete.get(name) != content:
                failures.append(f"{name} is not what a complete run writes (a partial file)")
        if options.at == "rename":
            if not temporaries:
                failures.append("killed before the rename, yet no named temporary: the kill came elsewhere")
            rerun = subprocess.run(argv, capture_output=True)
            again = snapshot(folder)
            if rerun.returncode != 0 or again.get(options.name) != complete[options.name]:
                failures.append("the run after the killed one did not write the output")
            left = [n for n in again if ".tmp-" in n]
            if left:
                failures.append(f"the run after the killed one left the dead run's temporaries: {left}")
        elif temporaries:
            failures.append(f"temporaries left behind: {temporaries}")

        print(f"killed by SIGKILL at the {where} (call {tid_calls} to {target[1]} of its thread)")
        if failures:
            print("\n".join(failures))
            sys.exit(1)
        print("the previous output is intact, every other file is complete"
              + (", and the next run removed the dead run's temporary" if options.at == "rename" else
                 ", and no temporary is left"))


if __name__ == "__main__":
    main()
