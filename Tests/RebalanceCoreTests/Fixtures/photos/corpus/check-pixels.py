#!/usr/bin/env python3
"""Checks that cleaned photos kept the original pixels, byte for byte.

Usage: check-pixels.py CLEANED_DIR [--manifest manifest.json] [--metadata]

For every manifest entry with "expect": "photo", the file of the same name in
CLEANED_DIR is decoded and the sha256 of the decoded pixels is compared with
the manifest's "pixelDigest" (which was taken from the ORIGINAL file).

  JPEG: sha256 of the whole output of `djpeg -pnm FILE` (header included;
        libjpeg-turbo's djpeg, default settings: islow IDCT, fancy upsampling).
        If the digest differs but the cleaned file decodes exactly like the
        original corpus file on this machine, the line says so: that means
        the local djpeg decodes differently from the one that made the
        manifest, not that the cleaner changed pixels.
  PNG:  sha256 of the raw pixel rows decoded by the pure-Python decoder below
        (zlib only): every filter type, Adam7 interlace, bit depths 1/2/4/8/16,
        colour types 0/2/3/4/6.  Pixels are emitted as RGBA, top row first,
        in the PNG's stored order (no orientation applied):
          - bit depth 16: 8 bytes per pixel, each channel big-endian 16-bit;
          - bit depth <= 8: 4 bytes per pixel; grey samples of depth 1/2/4 are
            scaled to 0..255 (v * 255 / (2^depth - 1)); palette indices are
            looked up in PLTE, alpha from tRNS (255 where tRNS has no entry);
          - grey/RGB with tRNS: alpha 0 where the raw sample(s) equal the
            tRNS key, otherwise the maximum (255 or 65535).
        gAMA/cHRM/sRGB/iCCP are NOT applied.  Only the IDAT image counts (an
        APNG's extra frames are ignored).

With --metadata, each cleaned photo is also searched for the manifest's
"mustNotContain" strings (as UTF-8 bytes).

Prints one line per file; exits 1 if any photo is missing or differs.
"""
import hashlib
import json
import os
import struct
import subprocess
import sys
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PNGError(Exception):
    pass


def png_chunks(data):
    """Yields (type, payload) for every chunk up to IEND; checks CRCs."""
    if not data.startswith(PNG_SIGNATURE):
        raise PNGError("no PNG signature")
    pos = len(PNG_SIGNATURE)
    while True:
        if pos + 8 > len(data):
            raise PNGError("truncated chunk header")
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise PNGError("truncated chunk %r" % ctype)
        payload = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:end])
        if zlib.crc32(ctype + payload) != crc:
            raise PNGError("bad CRC in %r" % ctype)
        yield ctype, payload
        pos = end
        if ctype == b"IEND":
            return


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    if pb <= pc:
        return b
    return c


def _unfilter(raw, pos, width, height, bits_per_pixel):
    """Unfilters one (sub)image starting at raw[pos]; returns (rows, new_pos)."""
    stride = (width * bits_per_pixel + 7) // 8
    bpp = max(1, bits_per_pixel // 8)
    rows = []
    prev = bytearray(stride)
    for _ in range(height):
        if pos + 1 + stride > len(raw):
            raise PNGError("not enough image data")
        ftype = raw[pos]
        line = bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if ftype == 0:
            pass
        elif ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                upleft = prev[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, prev[i], upleft)) & 0xFF
        else:
            raise PNGError("bad filter type %d" % ftype)
        rows.append(bytes(line))
        prev = line
    return rows, pos


def _samples(row, width, depth, channels):
    """Unpacks one unfiltered row into a flat list of integer samples."""
    count = width * channels
    if depth == 8:
        return list(row[:count])
    if depth == 16:
        return [(row[2 * i] << 8) | row[2 * i + 1] for i in range(count)]
    per_byte = 8 // depth
    mask = (1 << depth) - 1
    out = []
    for i in range(count):
        byte = row[i // per_byte]
        shift = 8 - depth * (i % per_byte + 1)
        out.append((byte >> shift) & mask)
    return out


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4),
         (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def decode_png(data):
    """Returns (width, height, depth_out, pixel_bytes) as described above."""
    ihdr = None
    plte = None
    trns = None
    idat = []
    for ctype, payload in png_chunks(data):
        if ihdr is None and ctype != b"IHDR":
            raise PNGError("IHDR is not first")
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", payload)
        elif ctype == b"PLTE":
            plte = payload
        elif ctype == b"tRNS":
            trns = payload
        elif ctype == b"IDAT":
            idat.append(payload)
    width, height, depth, ctype_, _comp, _filt, interlace = ihdr
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype_]
    bits_pp = depth * channels
    raw = zlib.decompress(b"".join(idat))

    # grid of sample lists, one per pixel
    grid = [[None] * width for _ in range(height)]
    if interlace == 0:
        rows, _ = _unfilter(raw, 0, width, height, bits_pp)
        for y, row in enumerate(rows):
            s = _samples(row, width, depth, channels)
            for x in range(width):
                grid[y][x] = s[x * channels:(x + 1) * channels]
    else:
        pos = 0
        for x0, y0, dx, dy in ADAM7:
            pw = (width - x0 + dx - 1) // dx if width > x0 else 0
            ph = (height - y0 + dy - 1) // dy if height > y0 else 0
            if pw == 0 or ph == 0:
                continue
            rows, pos = _unfilter(raw, pos, pw, ph, bits_pp)
            for j, row in enumerate(rows):
                s = _samples(row, pw, depth, channels)
                for i in range(pw):
                    grid[y0 + j * dy][x0 + i * dx] = s[i * channels:(i + 1) * channels]

    wide = depth == 16
    top = 65535 if wide else 255
    out = bytearray()

    def put(vals):
        if wide:
            for v in vals:
                out.extend(struct.pack(">H", v))
        else:
            out.extend(vals)

    scale = 255 // ((1 << depth) - 1) if depth < 8 else 1
    key = None
    if trns is not None and ctype_ in (0, 2):
        key = list(struct.unpack(">%dH" % (len(trns) // 2), trns))
    for y in range(height):
        for x in range(width):
            s = grid[y][x]
            if ctype_ == 3:
                idx = s[0]
                r, g, b = plte[3 * idx:3 * idx + 3]
                a = trns[idx] if trns is not None and idx < len(trns) else 255
                put((r, g, b, a))
            elif ctype_ == 0:
                a = 0 if key is not None and s[0] == key[0] else top
                v = s[0] * scale
                put((v, v, v, a))
            elif ctype_ == 4:
                put((s[0], s[0], s[0], s[1]))
            elif ctype_ == 2:
                a = 0 if key is not None and s == key else top
                put((s[0], s[1], s[2], a))
            else:
                put(tuple(s))
    return width, height, (16 if wide else 8), bytes(out)


def djpeg_pnm(path):
    r = subprocess.run(["djpeg", "-pnm", path], capture_output=True)
    if r.returncode != 0 or not r.stdout:
        raise RuntimeError("djpeg failed: " + r.stderr.decode(errors="replace").strip())
    return r.stdout


def pixel_digest(path, kind):
    if kind == "jpeg":
        return hashlib.sha256(djpeg_pnm(path)).hexdigest()
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.sha256(decode_png(data)[3]).hexdigest()


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    manifest_path = os.path.join(here, "manifest.json")
    if "--manifest" in argv:
        manifest_path = argv[argv.index("--manifest") + 1]
        args.remove(manifest_path)
    check_metadata = "--metadata" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    cleaned_dir = args[0]
    corpus_dir = os.path.dirname(os.path.abspath(manifest_path))
    with open(manifest_path) as f:
        manifest = json.load(f)
    failures = 0
    checked = 0
    for entry in manifest:
        if entry["expect"] != "photo":
            continue
        name = entry["file"]
        path = os.path.join(cleaned_dir, name)
        if not os.path.isfile(path):
            print("MISSING  %s" % name)
            failures += 1
            continue
        checked += 1
        try:
            got = pixel_digest(path, entry["kind"])
        except Exception as e:  # noqa: BLE001 - report and go on
            print("FAIL     %s: cannot decode cleaned file (%s)" % (name, e))
            failures += 1
            continue
        problems = []
        if got != entry["pixelDigest"]:
            note = ""
            original = os.path.join(corpus_dir, name)
            if os.path.isfile(original):
                try:
                    if pixel_digest(original, entry["kind"]) == got:
                        note = " (but equal to this machine's decode of the original: local decoder differs)"
                except Exception:  # noqa: BLE001
                    pass
            problems.append("pixels differ%s: got %s want %s" % (note, got[:16], entry["pixelDigest"][:16]))
        if check_metadata:
            with open(path, "rb") as f:
                data = f.read()
            left = [s for s in entry.get("mustNotContain", []) if s.encode("utf-8") in data]
            if left:
                problems.append("still contains %s" % json.dumps(left))
        if problems:
            failures += 1
            print("FAIL     %s: %s" % (name, "; ".join(problems)))
        else:
            print("ok       %s" % name)
    print("%d checked, %d failed" % (checked, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
