#!/usr/bin/env python3
"""export --format png and --format pdf: Graphviz's cairo renderer draws the
same laid-out picture as the SVG, so its size follows from the SVG's.

For a few views of graphs/ecuador and of a fixture, checks:
- PNG: the signature, an IHDR of the SVG's size in points at 96 pixels an
  inch (4/3 pixel a point, within a pixel), a picture that is not blank, and
  the same bytes on a second run and through standard output redirected to a file;
- PDF: a `%PDF-1.` header, `%%EOF` at the end, exactly one page, whose
  MediaBox is the SVG's size plus the half-inch margin on each side that
  Graphviz's PDF device adds (within a point);
- on a terminal, without -o, both are refused with exit 2 and a message
  naming -o, before anything is written.

Usage: check_images.py ENTENTE SOURCE_DIR WORKDIR
"""
import os
import pty
import re
import shutil
import struct
import subprocess
import sys
import zlib


def fail(message):
    print("check_images: " + message)
    sys.exit(1)


def export(entente, source_dir, args, out=None, stdout=None):
    done = subprocess.run([entente, "export", *args] + (["-o", out] if out else []), cwd=source_dir,
                          stdout=stdout if stdout is not None else subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        fail(f"export {' '.join(args)} failed ({done.returncode}): {done.stderr.decode()}")
    return done


def svg_points(path):
    """The SVG's width and height in points, from its viewBox."""
    box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', open(path, encoding="utf-8").read())
    return float(box.group(3)), float(box.group(4))


def png_facts(data):
    """(width, height, distinct byte values of the decoded rows) of a PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG signature")
    pos, idat, size = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            size = struct.unpack(">II", data[pos + 8:pos + 16])
        elif kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return size[0], size[1], len(set(zlib.decompress(idat)))


def check_view(entente, source_dir, work, name, args):
    svg, png, pdf = (os.path.join(work, f"{name}.{ext}") for ext in ("svg", "png", "pdf"))
    export(entente, source_dir, args + ["--format", "svg"], svg)
    export(entente, source_dir, args + ["--format", "png"], png)
    export(entente, source_dir, args, pdf)  # the format from the extension
    width, height = svg_points(svg)

    data = open(png, "rb").read()
    w, h, distinct = png_facts(data)
    if abs(w - width * 4 / 3) > 1 or abs(h - height * 4 / 3) > 1:
        fail(f"{name}.png is {w}x{h} pixels; the SVG's {width}x{height} points make {width * 4 / 3:.1f}x"
             f"{height * 4 / 3:.1f}")
    if distinct < 16:
        fail(f"{name}.png is blank")
    again = os.path.join(work, f"{name}-again.png")
    with open(again, "wb") as f:
        export(entente, source_dir, args + ["--format", "png"], stdout=f)
    if open(again, "rb").read() != data:
        fail(f"{name}.png: a second run, to standard output, wrote other bytes")

    text = open(pdf, "rb").read().decode("latin-1")
    if not text.startswith("%PDF-1.") or not text.rstrip().endswith("%%EOF"):
        fail(f"{name}.pdf does not start with %PDF-1. and end with %%EOF")
    pages = re.findall(r"/Type\s*/Page(?![s\w])", text)
    if len(pages) != 1:
        fail(f"{name}.pdf has {len(pages)} pages, not 1")
    box = [float(v) for v in re.search(r"/MediaBox\s*\[\s*([-\d.\s]+)\]", text).group(1).split()]
    if abs(box[2] - box[0] - (width + 72)) > 1 or abs(box[3] - box[1] - (height + 72)) > 1:
        fail(f"{name}.pdf's page is {box}; the SVG's {width}x{height} points and the margins make "
             f"{width + 72}x{height + 72}")
    return f"{name} {w}x{h} px, {box[2] - box[0]:.0f}x{box[3] - box[1]:.0f} pt"


def check_terminal(entente, source_dir, work, fmt):
    """On a terminal, without -o: exit 2, the message, no bytes on the terminal."""
    main, side = pty.openpty()
    done = subprocess.run([entente, "export", "--era", "correa", "--format", fmt], cwd=source_dir, stdout=side,
                          stderr=subprocess.PIPE)
    os.close(side)
    os.set_blocking(main, False)
    try:
        written = os.read(main, 4096)
    except (BlockingIOError, OSError):
        written = b""
    os.close(main)
    expected = (f"entente: --format {fmt} is binary and standard output is a terminal: give -o FILE, or redirect "
                "standard output to a file\n")
    if done.returncode != 2 or done.stderr.decode() != expected or written:
        fail(f"--format {fmt} on a terminal: exit {done.returncode}, stderr {done.stderr.decode()!r}, "
             f"{len(written)} bytes on the terminal")


def main():
    entente, source_dir, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    said = [check_view(entente, source_dir, work, "correa", ["graphs/ecuador", "--era", "correa"]),
            check_view(entente, source_dir, work, "ecuador-blocs", ["graphs/ecuador", "--era", "moreno", "--blocs"]),
            check_view(entente, source_dir, work, "fixture", ["tests/data/ruptures", "--era", "first"])]
    for fmt in ("png", "pdf"):
        check_terminal(entente, source_dir, work, fmt)
    print("images: " + "; ".join(said) + "; refused on a terminal without -o")


if __name__ == "__main__":
    main()
