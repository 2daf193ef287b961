#!/usr/bin/env python3
"""Checks that manifest.json tells the truth about the files in this folder.

    python3 verify-corpus.py [--keep DIR]

1. Every file is in the manifest and every manifest entry has a file.
2. exiftool (-a -G1 -n -j) agrees on each photo's type, stored width/height
   and IFD0 Orientation (1 where there is none); djpeg decodes every JPEG photo
   without a warning; ImageMagick decodes every PNG photo to the same pixels
   as check-pixels.py's decoder; every "mustNotContain" string really is in
   the original file.
3. A small reference cleaner written from the contract alone (below) processes
   every file: refusals must come out as the manifest says; photos are cleaned
   into a temporary folder (or DIR), where kind/size/orientation are compared,
   check-pixels.py --metadata is run over them, and exiftool lists what is left.
   This proves the manifest can be met; it is not the project's cleaner.

Exits 1 on any disagreement.
"""
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = {"make-corpus.py", "check-pixels.py", "verify-corpus.py", "README.md", "manifest.json", "__pycache__"}
LIMIT = 15 * 1024 * 1024
PNG_SIG = b"\x89PNG\r\n\x1a\n"
KEEP_PNG = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs"}

sys.dont_write_bytecode = True  # keep the fixture folder free of __pycache__
_spec = importlib.util.spec_from_file_location("check_pixels", os.path.join(HERE, "check-pixels.py"))
check_pixels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_pixels)


class Refused(Exception):
    def __init__(self, reason, detail=""):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


# ------------------------------------------------------- reference cleaner

def tiff_orientation(tiff):
    """IFD0 tag 0x0112 from a TIFF structure; 1 when absent or unreadable."""
    try:
        if tiff[:4] == b"II*\x00":
            e = "<"
        elif tiff[:4] == b"MM\x00*":
            e = ">"
        else:
            return 1
        (ifd,) = struct.unpack(e + "I", tiff[4:8])
        (count,) = struct.unpack(e + "H", tiff[ifd:ifd + 2])
        for i in range(count):
            p = ifd + 2 + 12 * i
            tag, typ, n = struct.unpack(e + "HHI", tiff[p:p + 8])
            if tag == 0x0112 and typ == 3 and n == 1:
                (value,) = struct.unpack(e + "H", tiff[p + 8:p + 10])
                return value if 1 <= value <= 8 else 1
    except struct.error:
        return 1
    return 1


def minimal_tiff(orientation):
    return b"MM\x00*" + struct.pack(">IH", 8, 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + b"\x00" * 4


SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
TABLE_MARKERS = {0xC4, 0xDB, 0xDD, 0xCC, 0xDC, 0xDF}


def seg(marker, payload):
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def clean_jpeg(d):
    pos = 2
    jfif = None
    orientation = None
    body = b""
    size = None
    scans = 0
    while True:
        if pos >= len(d) or d[pos] != 0xFF:
            raise Refused("damaged", "expected a marker at %d" % pos)
        while pos < len(d) and d[pos] == 0xFF:
            pos += 1
        if pos >= len(d):
            raise Refused("damaged", "ends in fill bytes")
        m = d[pos]
        pos += 1
        if m == 0xD9:
            if scans == 0:
                raise Refused("damaged", "EOI before any scan")
            break
        if m in (0x00, 0x01, 0xD8) or 0xD0 <= m <= 0xD7:
            raise Refused("damaged", "unexpected marker %02X" % m)
        if pos + 2 > len(d):
            raise Refused("damaged", "truncated segment length")
        (length,) = struct.unpack(">H", d[pos:pos + 2])
        if length < 2 or pos + length > len(d):
            raise Refused("damaged", "segment %02X runs past the end" % m)
        payload = d[pos + 2:pos + length]
        pos += length
        if m == 0xE0:
            if payload.startswith(b"JFIF\x00") and len(payload) >= 14 and jfif is None:
                jfif = seg(0xE0, payload[:12] + b"\x00\x00")
        elif m == 0xE1:
            if payload.startswith(b"Exif\x00\x00") and orientation is None:
                orientation = tiff_orientation(payload[6:])
        elif m == 0xE2:
            if payload.startswith(b"ICC_PROFILE\x00"):
                body += seg(m, payload)
        elif m == 0xEE:
            if payload.startswith(b"Adobe"):
                body += seg(m, payload)
        elif 0xE0 <= m <= 0xEF or m == 0xFE:
            pass
        elif m in SOF_MARKERS:
            if size is not None or len(payload) < 6:
                raise Refused("damaged", "second or short SOF")
            height, width = struct.unpack(">HH", payload[1:5])
            size = (width, height)
            body += seg(m, payload)
        elif m in TABLE_MARKERS:
            body += seg(m, payload)
        elif m == 0xDA:
            if size is None:
                raise Refused("damaged", "scan before frame header")
            body += seg(m, payload)
            start = pos
            while True:
                i = d.find(b"\xff", pos)
                if i < 0 or i + 1 >= len(d):
                    raise Refused("damaged", "scan data runs to the end of the file")
                nxt = d[i + 1]
                if nxt == 0x00 or 0xD0 <= nxt <= 0xD7:
                    pos = i + 2
                    continue
                break
            body += d[start:i]
            pos = i
            scans += 1
        else:
            raise Refused("damaged", "unknown marker %02X" % m)
    if size is None:
        raise Refused("damaged", "no frame header")
    orientation = orientation or 1
    out = b"\xff\xd8" + (jfif or b"")
    if orientation != 1:
        out += seg(0xE1, b"Exif\x00\x00" + minimal_tiff(orientation))
    return out + body + b"\xff\xd9", size, orientation


def png_chunk(ctype, payload):
    return struct.pack(">I", len(payload)) + ctype + payload + struct.pack(">I", zlib.crc32(ctype + payload))


def clean_png(d):
    pos = 8
    kept = []
    orientation = 1
    size = None
    while True:
        if pos + 8 > len(d):
            raise Refused("damaged", "truncated before IEND")
        (length,) = struct.unpack(">I", d[pos:pos + 4])
        ctype = d[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(d):
            raise Refused("damaged", "chunk %r runs past the end" % ctype)
        payload = d[pos + 8:pos + 8 + length]
        if zlib.crc32(ctype + payload) != struct.unpack(">I", d[end - 4:end])[0]:
            raise Refused("damaged", "bad CRC in %r" % ctype)
        if size is None:
            if ctype != b"IHDR" or length != 13:
                raise Refused("damaged", "IHDR is not first")
            size = struct.unpack(">II", payload[:8])
        if ctype == b"eXIf":
            orientation = tiff_orientation(payload)
        elif ctype in KEEP_PNG:
            kept.append((ctype, d[pos:end]))
        elif not (ctype[0] & 0x20):
            raise Refused("damaged", "unknown critical chunk %r" % ctype)
        pos = end
        if ctype == b"IEND":
            break
    if not any(c == b"IDAT" for c, _ in kept):
        raise Refused("damaged", "no IDAT")
    out = PNG_SIG
    inserted = orientation == 1
    for ctype, raw in kept:
        if ctype == b"IDAT" and not inserted:
            out += png_chunk(b"eXIf", minimal_tiff(orientation))
            inserted = True
        out += raw
    return out, size, orientation


def reference_clean(d):
    if len(d) == 0:
        raise Refused("empty")
    if len(d) > LIMIT:
        raise Refused("tooLarge")
    if d[:3] == b"\xff\xd8\xff":
        return ("jpeg",) + clean_jpeg(d)
    if d[:8] == PNG_SIG:
        return ("png",) + clean_png(d)
    raise Refused("notAPhoto")


# ------------------------------------------------------------------ checks

def main(argv):
    keep_dir = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    with open(os.path.join(HERE, "manifest.json")) as f:
        manifest = json.load(f)
    problems = []

    def bad(msg):
        problems.append(msg)
        print("PROBLEM  " + msg)

    names = [e["file"] for e in manifest]
    on_disk = sorted(n for n in os.listdir(HERE) if n not in SCRIPTS)
    if sorted(names) != on_disk or len(set(names)) != len(names):
        bad("manifest and folder differ: %s" % sorted(set(names) ^ set(on_disk)))

    photos = [e for e in manifest if e["expect"] == "photo"]
    meta = json.loads(subprocess.run(["exiftool", "-a", "-G1", "-n", "-j"]
                                     + [os.path.join(HERE, e["file"]) for e in photos],
                                     capture_output=True, check=True).stdout)
    meta = {os.path.basename(m["SourceFile"]): m for m in meta}
    for e in photos:
        m = meta[e["file"]]
        path = os.path.join(HERE, e["file"])
        with open(path, "rb") as f:
            data = f.read()
        want_type = {"jpeg": "JPEG", "png": "PNG"}[e["kind"]]
        if m.get("File:FileType") not in (want_type, "APNG" if want_type == "PNG" else None):
            bad("%s: exiftool FileType %s" % (e["file"], m.get("File:FileType")))
        group = "File" if e["kind"] == "jpeg" else "PNG"
        got = (m.get(group + ":ImageWidth"), m.get(group + ":ImageHeight"))
        if got != (e["storedWidth"], e["storedHeight"]):
            bad("%s: exiftool size %s" % (e["file"], got))
        if m.get("IFD0:Orientation", 1) != e["orientation"]:
            bad("%s: exiftool IFD0:Orientation %s" % (e["file"], m.get("IFD0:Orientation")))
        for s in e["mustNotContain"]:
            if s.encode() not in data:
                bad("%s: mustNotContain %r is not in the original" % (e["file"], s))
        if e["kind"] == "jpeg":
            r = subprocess.run(["djpeg", "-pnm", path], capture_output=True)
            if r.returncode or r.stderr:
                bad("%s: djpeg says %s" % (e["file"], r.stderr.decode().strip()))
        else:
            w, h, depth, pixels = check_pixels.decode_png(data)
            im = subprocess.run(["/usr/bin/convert", "png:" + path, "-depth", str(depth), "-endian", "MSB",
                                 "rgba:-"], capture_output=True, check=True).stdout
            if im != pixels:
                bad("%s: ImageMagick decodes different pixels from check-pixels.py" % e["file"])

    out_dir = keep_dir or tempfile.mkdtemp(prefix="cleaned-")
    os.makedirs(out_dir, exist_ok=True)
    for e in manifest:
        with open(os.path.join(HERE, e["file"]), "rb") as f:
            data = f.read()
        try:
            kind, cleaned, size, orientation = reference_clean(data)
        except Refused as r:
            verdict = r.reason
            detail = r.detail
        else:
            verdict = "photo"
            detail = "%s %dx%d orientation %d" % (kind, size[0], size[1], orientation)
            with open(os.path.join(out_dir, e["file"]), "wb") as f:
                f.write(cleaned)
            if e["expect"] == "photo" and (kind, size[0], size[1], orientation) != (
                    e["kind"], e["storedWidth"], e["storedHeight"], e["orientation"]):
                bad("%s: reference cleaner says %s" % (e["file"], detail))
        if verdict != e["expect"]:
            bad("%s: reference cleaner says %s (%s), manifest says %s" % (e["file"], verdict, detail, e["expect"]))
        print("%-9s %-40s %s" % (verdict, e["file"], detail))

    print("\n--- check-pixels.py --metadata on the reference cleaner's output")
    r = subprocess.run([sys.executable, os.path.join(HERE, "check-pixels.py"), out_dir, "--metadata"],
                       capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1])
    if r.returncode:
        bad("check-pixels failed on reference output:\n" + r.stdout)

    print("\n--- what exiftool still finds in the reference cleaner's output (beyond File/System/Composite)")
    left = json.loads(subprocess.run(["exiftool", "-a", "-G1", "-j"]
                                     + [os.path.join(out_dir, e["file"]) for e in photos],
                                     capture_output=True, check=True).stdout)
    allowed_prefix = ("ExifTool:", "System:", "File:", "Composite:", "ICC", "JFIF:", "Adobe:")
    allowed_exact = {"IFD0:Orientation", "PNG:ImageWidth", "PNG:ImageHeight", "PNG:BitDepth", "PNG:ColorType",
                     "PNG:Compression", "PNG:Filter", "PNG:Interlace", "PNG:Gamma", "PNG:SRGBRendering",
                     "PNG:PixelsPerUnitX", "PNG:PixelsPerUnitY", "PNG:PixelUnits", "PNG:WhitePointX",
                     "PNG:WhitePointY", "PNG:RedX", "PNG:RedY", "PNG:GreenX", "PNG:GreenY", "PNG:BlueX",
                     "PNG:BlueY", "PNG:ProfileName", "PNG:SignificantBits", "PNG:Palette", "PNG:Transparency",
                     "SourceFile", "PNG-pHYs:PixelsPerUnitX", "PNG-pHYs:PixelsPerUnitY", "PNG-pHYs:PixelUnits"}
    for m in left:
        extra = sorted(k for k in m if k not in allowed_exact and not k.startswith(allowed_prefix))
        if extra:
            bad("%s: exiftool still sees %s" % (os.path.basename(m["SourceFile"]), extra))
    print("(nothing unexpected)" if not any("still sees" in p for p in problems) else "")

    print("\n%d files, %d problems" % (len(manifest), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
