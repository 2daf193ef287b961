#!/usr/bin/env python3
"""Regenerates the photo-cleaner test corpus and manifest.json in this folder.

Needs: python3, cjpeg/djpeg/jpegtran (libjpeg-turbo-progs), exiftool,
ImageMagick's /usr/bin/convert, cwebp (webp), heif-enc (libheif-examples),
/usr/share/color/icc/*.icc (icc-profiles-free).

    python3 make-corpus.py          # writes the files and manifest.json here
    python3 verify-corpus.py        # checks the manifest against the files

Every picture is drawn here (a gradient with a dark "F" in the top-left
corner, so a wrong rotation or mirror is visible), encoded with the real
tools, and then given the metadata real phones, cameras and editors write.
Segments the tools cannot write (MPF, extended XMP, JFXX, C2PA, APNG, ...)
are assembled byte by byte below, following their specifications.
"""
import base64
import hashlib
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="photo-corpus-")
CONVERT = "/usr/bin/convert"  # ImageMagick itself (a stand-in may shadow it on PATH)
ICC_DIR = "/usr/share/color/icc"

sys.dont_write_bytecode = True  # keep the fixture folder free of __pycache__
_spec = importlib.util.spec_from_file_location("check_pixels", os.path.join(HERE, "check-pixels.py"))
check_pixels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_pixels)

MANIFEST = []

# The made-up person and place every metadata block talks about.
NAME = "Morgan Avery"
STREET = "42 Sunset Blvd"
CITY = "West Hollywood"
LAT, LON = 34.0900, -118.3617   # Sunset Strip, West Hollywood


# ---------------------------------------------------------------- helpers

def run(args, data=None):
    r = subprocess.run(args, input=data, capture_output=True)
    if r.returncode != 0:
        raise SystemExit("%s failed: %s" % (" ".join(args), r.stderr.decode(errors="replace")))
    return r.stdout


def tmp(name):
    return os.path.join(TMP, name)


def noise(seed, n):
    """Deterministic pseudo-random bytes."""
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(b"%s-%d" % (seed.encode(), counter)).digest()
        counter += 1
    return bytes(out[:n])


def in_glyph(x, y, w, h):
    """A capital F in the top-left quarter: shows rotation and mirroring."""
    u = x * 8 // w
    v = y * 8 // h
    return (u == 1 and 1 <= v <= 6) or (v == 1 and 1 <= u <= 3) or (v == 3 and 1 <= u <= 2)


def picture(w, h, seed=0):
    """RGB bytes: smooth gradient plus the glyph."""
    px = bytearray()
    for y in range(h):
        for x in range(w):
            if in_glyph(x, y, w, h):
                px += bytes((24, 20, 40))
            else:
                px += bytes(((x * 255) // max(1, w - 1),
                             (y * 255) // max(1, h - 1),
                             (seed * 53 + (x + y) * 5) % 256))
    return bytes(px)


def ppm(w, h, seed=0):
    return b"P6\n%d %d\n255\n" % (w, h) + picture(w, h, seed)


def pgm(w, h, seed=0):
    rgb = picture(w, h, seed)
    grey = bytes((rgb[i] * 3 + rgb[i + 1] * 6 + rgb[i + 2]) // 10 for i in range(0, len(rgb), 3))
    return b"P5\n%d %d\n255\n" % (w, h) + grey


def cjpeg(w, h, *opts, seed=0, grey=False, quality=80):
    src = pgm(w, h, seed) if grey else ppm(w, h, seed)
    return run(["cjpeg", "-quality", str(quality)] + list(opts), src)


def exiftool(data, *args, suffix=".jpg"):
    """Runs exiftool on a copy of data, returns the rewritten bytes."""
    path = tmp("et" + suffix)
    with open(path, "wb") as f:
        f.write(data)
    r = subprocess.run(["exiftool", "-overwrite_original"] + list(args) + [path], capture_output=True)
    if r.returncode != 0 or r.stderr or b"1 image files updated" not in r.stdout:
        raise SystemExit("exiftool %s: %s %s" % (args, r.stdout.decode(), r.stderr.decode()))
    with open(path, "rb") as f:
        return f.read()


def gps_args(lat=LAT, lon=LON, date="2024:06:15", time="21:32:10"):
    return ["-GPSLatitude=%f" % abs(lat), "-GPSLatitudeRef=" + ("N" if lat >= 0 else "S"),
            "-GPSLongitude=%f" % abs(lon), "-GPSLongitudeRef=" + ("E" if lon >= 0 else "W"),
            "-GPSAltitude=81.4", "-GPSAltitudeRef=0",
            "-GPSDateStamp=" + date, "-GPSTimeStamp=" + time]


def exif_blob(*args, order="MM"):
    """A bare TIFF/EXIF structure (no 'Exif\\0\\0'), as exiftool writes it."""
    jpg = exiftool(cjpeg(8, 8), "-ExifByteOrder=" + order, *args)
    path = tmp("blob.jpg")
    with open(path, "wb") as f:
        f.write(jpg)
    blob = run(["exiftool", "-b", "-EXIF", path])
    assert blob[:2] == order.encode(), blob[:8]
    return blob


# ------------------------------------------------------------ JPEG bytes

def segment(marker, payload):
    assert len(payload) + 2 <= 0xFFFF
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def header_segments(jpg):
    """[(marker, start, end)] for the segments between SOI and the first SOS (inclusive)."""
    assert jpg[:2] == b"\xff\xd8"
    out = []
    pos = 2
    while True:
        while jpg[pos] == 0xFF and jpg[pos + 1] == 0xFF:
            pos += 1
        assert jpg[pos] == 0xFF, pos
        marker = jpg[pos + 1]
        (length,) = struct.unpack(">H", jpg[pos + 2:pos + 4])
        out.append((marker, pos, pos + 2 + length))
        pos += 2 + length
        if marker == 0xDA:
            return out


def insert_after(jpg, segs, after=(0xE0,)):
    """Inserts segs after the leading run of segments whose marker is in `after`."""
    pos = 2
    for marker, start, end in header_segments(jpg):
        if marker not in after:
            break
        pos = end
    return jpg[:pos] + segs + jpg[pos:]


def insert_before_marker(jpg, marker, segs, occurrence=1):
    seen = 0
    for m, start, _end in header_segments(jpg):
        if m == marker:
            seen += 1
            if seen == occurrence:
                return jpg[:start] + segs + jpg[start:]
    raise ValueError("marker %02x not found" % marker)


def drop_segments(jpg, markers):
    out = jpg[:2]
    last = 2
    for m, start, end in header_segments(jpg):
        if m in markers:
            out += jpg[last:start]
            last = end
    return out + jpg[last:]


def xmp_segment(body_rdf):
    packet = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
              '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 6.0.0">\n'
              '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
              + body_rdf +
              '\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>')
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8"))


def icc_segments(profile, chunks=1):
    size = (len(profile) + chunks - 1) // chunks
    parts = [profile[i:i + size] for i in range(0, len(profile), size)]
    return b"".join(segment(0xE2, b"ICC_PROFILE\x00" + bytes((i + 1, len(parts))) + p)
                    for i, p in enumerate(parts))


def read_icc(name):
    with open(os.path.join(ICC_DIR, name), "rb") as f:
        return f.read()


def mpf_segment(order, entries):
    """APP2 MPF with an MP Index IFD. entries: [(attribute, size, offset)]."""
    e = "<" if order == "II" else ">"
    tiff = (b"II*\x00" if order == "II" else b"MM\x00*") + struct.pack(e + "I", 8)
    n_tags = 3
    ifd_size = 2 + n_tags * 12 + 4
    entry_offset = 8 + ifd_size
    ifd = struct.pack(e + "H", n_tags)
    ifd += struct.pack(e + "HHI", 0xB000, 7, 4) + b"0100"
    ifd += struct.pack(e + "HHII", 0xB001, 4, 1, len(entries))
    ifd += struct.pack(e + "HHII", 0xB002, 7, 16 * len(entries), entry_offset)
    ifd += struct.pack(e + "I", 0)
    values = b"".join(struct.pack(e + "IIIHH", attr, size, off, 0, 0) for attr, size, off in entries)
    return segment(0xE2, b"MPF\x00" + tiff + ifd + values)


def with_mpf(first, second, order, second_attr):
    """first + second as an MPF file; the MPF APP2 goes after the APP1 segments."""
    placeholder = mpf_segment(order, [(0, 0, 0), (0, 0, 0)])
    trial = insert_after(first, placeholder, after=(0xE0, 0xE1))
    tiff_pos = trial.index(b"MPF\x00") + 4
    entries = [(0x20030000, len(trial), 0), (second_attr, len(second), len(trial) - tiff_pos)]
    final = insert_after(first, mpf_segment(order, entries), after=(0xE0, 0xE1))
    assert len(final) == len(trial)
    return final + second


def jumbf_c2pa(claim):
    """A small C2PA manifest store as a JUMBF superbox (what Content Credentials write)."""
    def box(kind, payload):
        return struct.pack(">I", 8 + len(payload)) + kind + payload
    c2pa_uuid = b"c2pa" + bytes.fromhex("0011001080000" + "0aa00389b71")
    json_uuid = b"json" + bytes.fromhex("0011001080000" + "0aa00389b71")
    desc = box(b"jumd", c2pa_uuid + b"\x03" + b"c2pa\x00")
    inner_desc = box(b"jumd", json_uuid + b"\x03" + b"c2pa.claim\x00")
    inner = box(b"jumb", inner_desc + box(b"json", json.dumps(claim).encode()))
    return box(b"jumb", desc + inner)


def app11_c2pa(claim):
    return segment(0xEB, b"JP" + struct.pack(">HI", 1, 1) + jumbf_c2pa(claim))


# ------------------------------------------------------------- PNG bytes

def chunk(ctype, payload):
    return struct.pack(">I", len(payload)) + ctype + payload + struct.pack(">I", zlib.crc32(ctype + payload))


def pack_row(samples, depth):
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    per_byte = 8 // depth
    out = bytearray()
    for i in range(0, len(samples), per_byte):
        byte = 0
        for j, s in enumerate(samples[i:i + per_byte]):
            byte |= s << (8 - depth * (j + 1))
        out.append(byte)
    return bytes(out)


def filter_rows(rows, bits_pp):
    """Filters rows, cycling through all five filter types."""
    bpp = max(1, bits_pp // 8)
    out = bytearray()
    prev = bytes(len(rows[0])) if rows else b""
    for n, row in enumerate(rows):
        ftype = n % 5
        line = bytearray(len(row))
        for i in range(len(row)):
            left = row[i - bpp] if i >= bpp else 0
            up = prev[i]
            upleft = prev[i - bpp] if i >= bpp else 0
            pred = (0, left, up, (left + up) >> 1, check_pixels._paeth(left, up, upleft))[ftype]
            line[i] = (row[i] - pred) & 0xFF
        out.append(ftype)
        out += line
        prev = row
    return bytes(out)


def png_image_data(pixels, w, h, depth, channels, interlace=False):
    """pixels: list of rows, each a list of per-pixel sample tuples."""
    bits_pp = depth * channels
    if not interlace:
        rows = [pack_row([s for px in pixels[y] for s in px], depth) for y in range(h)]
        return filter_rows(rows, bits_pp)
    out = b""
    for x0, y0, dx, dy in check_pixels.ADAM7:
        sub = []
        for y in range(y0, h, dy):
            sub.append(pack_row([s for x in range(x0, w, dx) for s in pixels[y][x]], depth))
        if sub and sub[0]:
            out += filter_rows(sub, bits_pp)
    return out


def png(w, h, depth, colour, pixels, before_idat=b"", after_ihdr=b"", after_idat=b"",
        interlace=False, idat_parts=1, plte=None, trns=None, after_iend=b""):
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = png_image_data(pixels, w, h, depth, channels, interlace)
    z = zlib.compress(raw, 9)
    size = (len(z) + idat_parts - 1) // idat_parts
    idats = b"".join(chunk(b"IDAT", z[i:i + size]) for i in range(0, len(z), size))
    out = check_pixels.PNG_SIGNATURE
    out += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 1 if interlace else 0))
    out += after_ihdr
    if plte is not None:
        out += chunk(b"PLTE", plte)
    if trns is not None:
        out += chunk(b"tRNS", trns)
    out += before_idat + idats + after_idat + chunk(b"IEND", b"") + after_iend
    return out


def rgb_pixels(w, h, seed=0, alpha=None):
    rgb = picture(w, h, seed)
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            i = 3 * (y * w + x)
            px = tuple(rgb[i:i + 3])
            if alpha is not None:
                px += (alpha(x, y),)
            row.append(px)
        rows.append(row)
    return rows


def text(keyword, value):
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\x00" + value.encode("latin-1"))


def ztext(keyword, value):
    return chunk(b"zTXt", keyword.encode("latin-1") + b"\x00\x00" + zlib.compress(value.encode("latin-1")))


def itext(keyword, value, lang="", translated="", compressed=False):
    body = value.encode("utf-8")
    if compressed:
        body = zlib.compress(body)
    return chunk(b"iTXt", keyword.encode("latin-1") + b"\x00" + bytes((1 if compressed else 0, 0))
                 + lang.encode() + b"\x00" + translated.encode("utf-8") + b"\x00" + body)


def time_chunk(y, mo, d, h, mi, s):
    return chunk(b"tIME", struct.pack(">HBBBBB", y, mo, d, h, mi, s))


def phys(ppm_x, ppm_y=None):
    return chunk(b"pHYs", struct.pack(">IIB", ppm_x, ppm_y or ppm_x, 1))


def iccp(name, profile):
    return chunk(b"iCCP", name.encode("latin-1") + b"\x00\x00" + zlib.compress(profile, 9))


GAMA = chunk(b"gAMA", struct.pack(">I", 45455))
CHRM = chunk(b"cHRM", struct.pack(">8I", 31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000))
SRGB = chunk(b"sRGB", b"\x00")


def xmp_packet(rdf):
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 6.0.0">\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            + rdf + '\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>')


# ------------------------------------------------------------- the corpus

def save(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def photo(name, data, kind, w, h, orientation, describes, must_not_contain):
    save(name, data)
    MANIFEST.append({"file": name, "describes": describes, "expect": "photo", "kind": kind,
                     "storedWidth": w, "storedHeight": h, "orientation": orientation,
                     "mustNotContain": must_not_contain,
                     "pixelDigest": check_pixels.pixel_digest(os.path.join(HERE, name), kind)})


def refusal(name, data, expect, describes):
    save(name, data)
    MANIFEST.append({"file": name, "describes": describes, "expect": expect})


def pixel_exif(order="II", orientation=1, extra=()):
    """EXIF the way a Pixel 9 writes it (byte order II on Android)."""
    return ["-ExifByteOrder=" + order, "-EXIF:Make=Google", "-EXIF:Model=Pixel 9",
            "-EXIF:Software=HDR+ 1.0.641377693zd", "-EXIF:Orientation#=%d" % orientation,
            "-DateTimeOriginal=2024:06:15 14:32:10", "-CreateDate=2024:06:15 14:32:10",
            "-ModifyDate=2024:06:15 14:32:10", "-OffsetTimeOriginal=-07:00",
            "-SubSecTimeOriginal=512", "-LensModel=Pixel 9 back camera 6.9mm f/1.68",
            "-ExifImageWidth=4080", "-ExifImageHeight=3072", "-FNumber=1.68",
            "-ExposureTime=1/120", "-ISO=45"] + gps_args() + list(extra)


def iphone_exif(order="MM", orientation=1, extra=()):
    """EXIF the way an iPhone 16 writes it (byte order MM)."""
    return ["-ExifByteOrder=" + order, "-EXIF:Make=Apple", "-EXIF:Model=iPhone 16",
            "-EXIF:Software=18.1", "-EXIF:HostComputer=iPhone 16",
            "-EXIF:Orientation#=%d" % orientation,
            "-DateTimeOriginal=2024:11:02 09:15:44", "-CreateDate=2024:11:02 09:15:44",
            "-OffsetTimeOriginal=-08:00", "-LensMake=Apple",
            "-LensModel=iPhone 16 back dual wide camera 5.96mm f/1.6",
            "-ExifImageWidth=5712", "-ExifImageHeight=4284",
            "-GPSImgDirection=211.5", "-GPSImgDirectionRef=T"] + gps_args(34.0901, -118.3852, "2024:11:02", "17:15:44") + list(extra)


PIXEL_STRINGS = ["Google", "Pixel 9", "HDR+", "2024:06:15"]
IPHONE_STRINGS = ["Apple", "iPhone 16", "2024:11:02"]


def jpegs():
    # --- phones and cameras ---------------------------------------------
    j = exiftool(cjpeg(48, 36, seed=1),
                 *pixel_exif("II", 1, ["-Artist=" + NAME, "-ImageDescription=Morning run on " + STREET,
                                       "-GPSAreaInformation=%s, CA" % CITY]))
    photo("pixel9-exif-ii-gps.jpg", j, "jpeg", 48, 36, 1,
          "Baseline 4:2:0 JPEG with a Pixel 9 style little-endian (II) EXIF: make/model, dates, "
          "artist, description, GPS near West Hollywood, orientation 1 (so no EXIF may remain); "
          "ExifImageWidth says 4080x3072 but the frame is 48x36",
          PIXEL_STRINGS + [NAME, STREET, CITY, "Exif"])

    # iPhone 16: EXIF (MM) + XMP + ICC + MPF with an HDR gain map appended after EOI
    main = exiftool(cjpeg(40, 30, seed=2, quality=85),
                    *iphone_exif("MM", 6, ["-XMP-dc:Creator=" + NAME]),
                    "-ICC_Profile<=" + os.path.join(ICC_DIR, "compatibleWithAdobeRGB1998.icc"))
    gain = cjpeg(20, 15, "-grayscale", seed=3)
    gain = insert_after(gain, xmp_segment(
        '<rdf:Description rdf:about="" xmlns:HDRGainMap="http://ns.apple.com/HDRGainMap/1.0/" '
        'HDRGainMap:HDRGainMapVersion="131072"/>'))
    j = with_mpf(main, gain, "MM", 0x00000000)
    photo("iphone16-orientation6-mpf-gainmap.jpg", j, "jpeg", 40, 30, 6,
          "iPhone 16 style JPEG: big-endian (MM) EXIF with orientation 6 (stored landscape, shown "
          "portrait), GPS, XMP creator, ICC profile (kept), an MPF APP2 and an HDR gain-map JPEG "
          "appended after EOI (MPF and the gain map must go; only a minimal EXIF with orientation 6 stays)",
          IPHONE_STRINGS + [NAME, "MPF", "HDRGainMap", "http://ns.adobe.com/xap/1.0/"])

    # every orientation 1-8, alternating byte order and phone
    for o in range(1, 9):
        order = "II" if o % 2 else "MM"
        args = (pixel_exif if order == "II" else iphone_exif)(order, o)
        j = exiftool(cjpeg(32, 24, seed=10 + o), *args)
        strings = PIXEL_STRINGS if order == "II" else IPHONE_STRINGS
        if o == 1:
            strings = strings + ["Exif"]
        photo("orientation-%d-%s.jpg" % (o, order.lower()), j, "jpeg", 32, 24, o,
              "32x24 JPEG whose %s EXIF has Orientation=%d (the F glyph shows the transform); "
              "from a %s" % (order, o, "Pixel 9" if order == "II" else "iPhone 16")
              + ("; orientation 1 means no EXIF at all in the cleaned file" if o == 1 else ""),
              strings)

    # --- encoder variants --------------------------------------------------
    j = exiftool(cjpeg(37, 23, "-progressive", "-optimize", "-sample", "1x1", seed=4),
                 "-ExifByteOrder=MM", "-EXIF:Make=FUJIFILM", "-EXIF:Model=X-T5", "-EXIF:Orientation#=3",
                 "-DateTimeOriginal=2023:08:19 19:02:11", "-Artist=" + NAME,
                 "-XMP-dc:Creator=" + NAME, "-XMP-photoshop:City=" + CITY,
                 "-XMP-iptcCore:Location=" + STREET, "-XMP-xmp:CreatorTool=Adobe Lightroom Classic 13.4",
                 *gps_args())
    photo("progressive-optimized-4x4x4-xmp.jpg", j, "jpeg", 37, 23, 3,
          "Progressive JPEG (cjpeg -progressive -optimize: a DHT before most scans, 10 scans), 4:4:4, "
          "odd size 37x23; camera EXIF (MM) with orientation 3 and GPS, plus Lightroom-style XMP",
          ["FUJIFILM", "X-T5", "2023:08:19", NAME, CITY, STREET, "Lightroom", "http://ns.adobe.com/xap/1.0/"])

    j = exiftool(cjpeg(45, 33, "-restart", "1", seed=5), *pixel_exif("II", 1))
    photo("baseline-restart-every-row.jpg", j, "jpeg", 45, 33, 1,
          "Baseline JPEG with a DRI segment and a restart marker after every MCU row (cjpeg -restart 1), "
          "as some cameras and scanners write; Pixel EXIF with GPS, orientation 1",
          PIXEL_STRINGS + ["Exif"])

    j = exiftool(cjpeg(40, 24, "-progressive", "-restart", "2B", seed=6), *iphone_exif("MM", 8))
    photo("progressive-restart-2-blocks.jpg", j, "jpeg", 40, 24, 8,
          "Progressive JPEG with restart markers every 2 MCUs (cjpeg -progressive -restart 2B); "
          "iPhone EXIF with orientation 8", IPHONE_STRINGS)

    j = cjpeg(36, 28, "-arithmetic", seed=7)
    j = insert_after(j, segment(0xFE, ("Shot by %s" % NAME).encode()))
    j = exiftool(j, "-ExifByteOrder=II", "-EXIF:Make=Panasonic", "-EXIF:Model=DMC-GX8",
                 "-EXIF:Orientation#=1", "-DateTimeOriginal=2022:05:01 10:00:00")
    photo("arithmetic-baseline.jpg", j, "jpeg", 36, 28, 1,
          "Arithmetic-coded sequential JPEG (SOF9 + DAC table, cjpeg -arithmetic); rare in the wild "
          "(browsers cannot show it) but a valid JPEG frame/scan, so it must be accepted; COM + EXIF",
          ["Shot by " + NAME, "Panasonic", "DMC-GX8", "Exif"])

    j = cjpeg(30, 30, "-arithmetic", "-progressive", seed=8)
    j = exiftool(j, *pixel_exif("II", 3))
    photo("arithmetic-progressive.jpg", j, "jpeg", 30, 30, 3,
          "Arithmetic-coded progressive JPEG (SOF10, DAC); Pixel EXIF with orientation 3",
          PIXEL_STRINGS)

    j = exiftool(cjpeg(40, 30, seed=9, grey=True), "-ExifByteOrder=II", "-EXIF:Make=FUJIFILM",
                 "-EXIF:Model=X100VI", "-EXIF:Orientation#=1", "-Artist=" + NAME,
                 "-DateTimeOriginal=2024:02:29 17:45:00", "-ICC_Profile<=" + os.path.join(ICC_DIR, "Gray.icc"))
    photo("grayscale-gray-icc.jpg", j, "jpeg", 40, 30, 1,
          "Single-component greyscale JPEG (camera monochrome mode) with a grey ICC profile (kept) and EXIF",
          ["FUJIFILM", "X100VI", NAME, "2024:02:29", "Exif"])

    # Photoshop: CMYK with Adobe APP14, IPTC in APP13, XMP, Ducky APP12, EXIF
    src = tmp("cmyk.ppm")
    with open(src, "wb") as f:
        f.write(ppm(32, 32, seed=11))
    run([CONVERT, src, "-strip", "-colorspace", "CMYK", "-quality", "80", tmp("cmyk.jpg")])
    with open(tmp("cmyk.jpg"), "rb") as f:
        j = f.read()
    j = exiftool(j, "-EXIF:Software=Adobe Photoshop 25.0 (Macintosh)", "-EXIF:Orientation#=1",
                 "-Artist=" + NAME, "-IPTC:By-line=" + NAME, "-IPTC:City=" + CITY,
                 "-IPTC:Sub-location=" + STREET, "-IPTC:Caption-Abstract=Portrait for the studio website",
                 "-XMP-photoshop:AuthorsPosition=Trainer")
    ducky = segment(0xEC, b"Ducky" + b"\x00\x01\x00\x04\x00\x00\x00\x50\x00\x00")
    j = insert_before_marker(j, 0xEE, ducky)
    photo("photoshop-cmyk-adobe-iptc.jpg", j, "jpeg", 32, 32, 1,
          "4-component CMYK/YCCK JPEG with an Adobe APP14 (kept: it decides the colour transform), "
          "Photoshop IPTC in APP13, XMP, a 'Ducky' APP12 from Save for Web, and EXIF",
          ["Photoshop 3.0", "8BIM", "Ducky", NAME, CITY, STREET, "Adobe Photoshop 25.0",
           "Portrait for the studio website", "Exif", "http://ns.adobe.com/xap/1.0/"])

    j = cjpeg(34, 26, seed=12)
    j = insert_after(j, icc_segments(read_icc("sRGB.icc"), chunks=2))
    j = exiftool(j, *iphone_exif("MM", 1))
    photo("icc-profile-in-two-chunks.jpg", j, "jpeg", 34, 26, 1,
          "JPEG whose 6922-byte sRGB ICC profile is split over two APP2 ICC_PROFILE segments (1/2, 2/2) "
          "as large print/scanner profiles are; both must be kept, in order; iPhone EXIF, orientation 1",
          IPHONE_STRINGS + ["Exif"])

    thumb = insert_after(cjpeg(16, 12, seed=13, quality=60),
                         segment(0xFE, ("thumbnail of %s at %s" % (NAME, STREET)).encode()))
    with open(tmp("thumb.jpg"), "wb") as f:
        f.write(thumb)
    j = exiftool(cjpeg(48, 36, seed=13), "-ExifByteOrder=MM", "-EXIF:Make=Canon",
                 "-EXIF:Model=Canon EOS R6m2", "-EXIF:Orientation#=8", "-ExifIFD:SerialNumber=082021004242",
                 "-OwnerName=" + NAME, "-DateTimeOriginal=2024:03:10 08:08:08",
                 "-ThumbnailImage<=" + tmp("thumb.jpg"))
    j = exiftool(j, "-IFD1:Orientation#=1")
    photo("camera-exif-thumbnail.jpg", j, "jpeg", 48, 36, 8,
          "Camera JPEG (Canon style, MM) whose EXIF carries a JPEG thumbnail in IFD1 (with its own SOI/EOI "
          "inside APP1); IFD0 Orientation=8 while IFD1 Orientation=1 - the image's orientation is IFD0's",
          ["Canon", "EOS R6m2", "082021004242", NAME, "thumbnail of " + NAME, "2024:03:10"])

    j = insert_after(cjpeg(30, 40, seed=14), xmp_segment(
        '<rdf:Description rdf:about="" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'tiff:Orientation="6" exif:GPSLatitude="34,5.4N" exif:GPSLongitude="118,21.702W">\n'
        '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n'
        '</rdf:Description>' % NAME))
    photo("xmp-only-orientation.jpg", j, "jpeg", 30, 40, 1,
          "JPEG with XMP only (no EXIF): XMP says tiff:Orientation=6 and has GPS and a creator. "
          "The contract keeps only the EXIF tag 0x0112, so the reported orientation is 1 and nothing is kept",
          ["http://ns.adobe.com/xap/1.0/", "tiff:Orientation", NAME, "34,5.4N"])

    # Pixel portrait: main XMP + extended XMP (GDepth depth map) in two chunks
    depth_png = png(8, 6, 8, 0, [[((x + y) * 20,) for x in range(8)] for y in range(6)])
    extended = xmp_packet(
        '<rdf:Description rdf:about="" xmlns:GDepth="http://ns.google.com/photos/1.0/depthmap/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" GDepth:Data="%s">\n'
        '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">(c) %s</rdf:li></rdf:Alt></dc:rights>\n'
        '</rdf:Description>' % (base64.b64encode(depth_png).decode() * 12, NAME)).encode()
    guid = hashlib.md5(extended).hexdigest().upper().encode()
    main_xmp = xmp_segment(
        '<rdf:Description rdf:about="" xmlns:GDepth="http://ns.google.com/photos/1.0/depthmap/" '
        'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" GDepth:Format="RangeInverse" GDepth:Near="0.5" '
        'GDepth:Far="4.2" GDepth:Mime="image/png" xmpNote:HasExtendedXMP="%s"/>' % guid.decode())
    half = (len(extended) + 1) // 2
    ext_segs = b"".join(segment(0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + guid
                                + struct.pack(">II", len(extended), off) + extended[off:off + half])
                        for off in (0, half))
    j = exiftool(cjpeg(40, 30, seed=15), *pixel_exif("II", 8))
    j = insert_after(j, main_xmp + ext_segs, after=(0xE0, 0xE1))
    photo("pixel-portrait-extended-xmp.jpg", j, "jpeg", 40, 30, 8,
          "Pixel portrait-mode style JPEG: Pixel EXIF (orientation 8), standard XMP with "
          "xmpNote:HasExtendedXMP, and the extended XMP (GDepth depth map) split over two "
          "'http://ns.adobe.com/xmp/extension/' APP1 segments",
          PIXEL_STRINGS + ["http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/xmp/extension/",
                           "GDepth", guid.decode(), "(c) " + NAME])

    j = exiftool(cjpeg(36, 24, seed=16), "-IPTC:By-line=" + NAME, "-IPTC:City=" + CITY,
                 "-IPTC:Sub-location=" + STREET, "-IPTC:Province-State=CA",
                 "-IPTC:Caption-Abstract=%s outside the gym" % NAME, "-IPTC:Keywords=trainer",
                 "-IPTC:Keywords=headshot", "-IPTC:DateCreated=2024:06:15")
    photo("iptc-photoshop-app13.jpg", j, "jpeg", 36, 24, 1,
          "JPEG with only IPTC-IIM in a Photoshop 3.0 APP13 (8BIM resource 0x0404): byline, city, "
          "sub-location, caption, keywords - what newsroom and stock tools write",
          ["Photoshop 3.0", "8BIM", NAME, CITY, STREET, "outside the gym"])

    j = cjpeg(32, 32, "-progressive", seed=17)
    j = insert_after(j, segment(0xFE, b"CREATOR: gd-jpeg v1.0 (using IJG JPEG v80), quality = 90\n"))
    j = insert_before_marker(j, 0xC2, segment(0xFE, ("%s, %s" % (NAME, STREET)).encode()))
    j = insert_before_marker(j, 0xDA, segment(0xFE, b"edited on the train"), occurrence=1)
    # one more COM between the first and second progressive scans
    sos = [i for i in range(len(j) - 1) if j[i] == 0xFF and j[i + 1] in (0xDA, 0xC4)]
    first_scan_end = [p for p in sos if p > j.index(b"\xff\xda")][0]
    j = j[:first_scan_end] + segment(0xFE, b"second pass by " + NAME.encode()) + j[first_scan_end:]
    photo("several-comments-progressive.jpg", j, "jpeg", 32, 32, 1,
          "Progressive JPEG with four COM segments: after JFIF (PHP gd style), before SOF, before the first "
          "SOS and one BETWEEN two scans; all comments go, every scan stays",
          ["CREATOR: gd-jpeg", NAME, STREET, "edited on the train", "second pass by"])

    jfxx_thumb = insert_after(cjpeg(8, 8, seed=18, quality=50),
                              segment(0xFE, ("JFXX thumbnail of %s" % NAME).encode()))
    j = insert_after(cjpeg(32, 24, seed=18), segment(0xE0, b"JFXX\x00\x10" + jfxx_thumb))
    photo("jfxx-jpeg-thumbnail.jpg", j, "jpeg", 32, 24, 1,
          "JFIF APP0 followed by a JFXX extension APP0 (code 0x10) holding a complete JPEG thumbnail "
          "(older scanner/editor output); the JFXX segment must go",
          ["JFXX", "JFXX thumbnail of " + NAME])

    thumb_rgb = (NAME + " " + STREET)[:24].encode()  # 4x2 RGB thumbnail whose bytes spell text
    jfif = b"JFIF\x00\x01\x02\x01\x00\x48\x00\x48\x04\x02" + thumb_rgb
    j = cjpeg(32, 24, seed=19)
    j = drop_segments(j, {0xE0})
    j = j[:2] + segment(0xE0, jfif) + j[2:]
    photo("jfif-rgb-thumbnail.jpg", j, "jpeg", 32, 24, 1,
          "JFIF 1.02 APP0 carrying an uncompressed 4x2 RGB thumbnail (Xthumbnail=4, Ythumbnail=2) whose "
          "bytes happen to spell text; a JFIF APP0 may stay only without its thumbnail",
          [thumb_rgb.decode()])

    base = exiftool(cjpeg(40, 24, "-restart", "2", seed=20), *pixel_exif("II", 3))
    out = bytearray(base[:2])
    last = 2
    for m, start, end in header_segments(base):
        out += base[last:start] + b"\xff\xff\xff" + base[start:end]
        last = end
    rest = base[last:]
    assert rest.endswith(b"\xff\xd9")
    out += rest[:-2] + b"\xff\xff\xff\xd9"
    photo("fill-bytes-before-markers.jpg", bytes(out), "jpeg", 40, 24, 3,
          "JPEG with three 0xFF fill bytes before every marker after SOI (APP0, APP1, DQT, SOF, DHT, DRI, "
          "SOS) and before EOI (allowed by T.81 B.1.1.2, written by some old encoders); Pixel EXIF, orientation 3",
          PIXEL_STRINGS)

    # Pixel motion photo: XMP container directory + MP4 appended after EOI
    mp4 = (struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 0x200) + b"isomiso2"
           + struct.pack(">I", 8 + 300) + b"mdat" + noise("motion", 300))
    motion_xmp = xmp_segment(
        '<rdf:Description rdf:about="" xmlns:GCamera="http://ns.google.com/photos/1.0/camera/" '
        'xmlns:Container="http://ns.google.com/photos/1.0/container/" '
        'xmlns:Item="http://ns.google.com/photos/1.0/container/item/" '
        'GCamera:MotionPhoto="1" GCamera:MotionPhotoVersion="1" '
        'GCamera:MotionPhotoPresentationTimestampUs="968644">\n'
        '<Container:Directory><rdf:Seq>\n'
        '<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="image/jpeg" Item:Semantic="Primary" '
        'Item:Length="0" Item:Padding="0"/></rdf:li>\n'
        '<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="video/mp4" Item:Semantic="MotionPhoto" '
        'Item:Length="%d" Item:Padding="0"/></rdf:li>\n'
        '</rdf:Seq></Container:Directory>\n</rdf:Description>' % len(mp4))
    j = exiftool(cjpeg(40, 30, seed=21), *pixel_exif("II", 1))
    j = insert_after(j, motion_xmp, after=(0xE0, 0xE1))
    photo("pixel-motion-photo.jpg", j + mp4, "jpeg", 40, 30, 1,
          "Pixel 'Motion Photo': EXIF + XMP container directory, and a short MP4 (ftyp/mdat) appended "
          "after the JPEG's EOI; the video and everything else after EOI must be dropped",
          PIXEL_STRINGS + ["MotionPhoto", "ftypisom", "mdat", "Exif", "http://ns.adobe.com/xap/1.0/"])

    trailer = (b"\x00\x00" + b"Image_UTC_Data" + b"1718487130000" + b"MCC_Data" + b"310"
               + b"SEFH" + struct.pack("<II", 107, 2) + b"SEFT")
    j = exiftool(cjpeg(32, 24, seed=22), "-ExifByteOrder=II", "-EXIF:Make=samsung",
                 "-EXIF:Model=Galaxy S24", "-EXIF:Orientation#=6", "-DateTimeOriginal=2024:06:15 14:32:10",
                 *gps_args())
    photo("samsung-sef-trailer.jpg", j + trailer, "jpeg", 32, 24, 6,
          "Samsung Galaxy style JPEG: EXIF (II, orientation 6, GPS) and a Samsung SEF trailer "
          "(Image_UTC_Data, MCC_Data, SEFH/SEFT) after EOI; trailer must go",
          ["samsung", "Galaxy S24", "Image_UTC_Data", "MCC_Data", "SEFT", "2024:06:15"])

    j = exiftool(cjpeg(32, 24, seed=23), *iphone_exif("MM", 1))
    junk = b"\x00" * 200 + ("uploaded by %s from %s\n" % (NAME, STREET)).encode() + noise("junk", 300)
    photo("trailing-garbage-after-eoi.jpg", j + junk, "jpeg", 32, 24, 1,
          "Valid JPEG followed by 500 bytes of zero padding, text and random bytes after EOI (broken "
          "uploaders, card recovery tools); per the contract this is a valid photo whose trailer is dropped",
          IPHONE_STRINGS + ["uploaded by " + NAME, "Exif"])

    j = drop_segments(cjpeg(33, 21, seed=24), {0xE0})
    photo("bare-no-app-segments.jpg", j, "jpeg", 33, 21, 1,
          "Minimal JPEG with no APPn at all (SOI DQT SOF0 DHT SOS ... EOI), as embedded encoders and "
          "some thumbnailers write", [])

    j = exiftool(cjpeg(33, 17, "-sample", "2x1", seed=25), "-ExifByteOrder=II", "-EXIF:Make=Google",
                 "-EXIF:Model=Pixel 9", "-DateTimeOriginal=2024:06:15 14:32:10", *gps_args())
    photo("exif-without-orientation-422.jpg", j, "jpeg", 33, 17, 1,
          "4:2:2 JPEG, odd size 33x17, whose EXIF has make/model/date/GPS but no Orientation tag "
          "(so orientation 1 and no EXIF kept)", PIXEL_STRINGS[:2] + ["2024:06:15", "Exif"])

    claim = {"claim_generator": "Google Pixel Camera/1.0 c2pa-rs/0.35", "author": NAME,
             "assertions": ["c2pa.actions", "stds.schema-org.CreativeWork"]}
    j = exiftool(cjpeg(40, 30, seed=26), *pixel_exif("II", 6))
    j = insert_after(j, app11_c2pa(claim), after=(0xE0, 0xE1))
    photo("pixel-c2pa-app11.jpg", j, "jpeg", 40, 30, 6,
          "Pixel 10 style JPEG with Content Credentials: a C2PA manifest in a JUMBF box in APP11, plus "
          "EXIF with orientation 6; APP11 is not on the keep list",
          PIXEL_STRINGS + ["c2pa", "jumb", "Google Pixel Camera", NAME])

    # a JPEG that was named .png
    j = exiftool(cjpeg(30, 20, seed=27), *iphone_exif("MM", 1))
    photo("jpeg-bytes-named.png", j, "jpeg", 30, 20, 1,
          "A JPEG saved with a .png name (phone share sheets, renaming users): type comes from the bytes",
          IPHONE_STRINGS + ["Exif"])


def pngs():
    w, h = 40, 30
    p = png(w, h, 8, 2, rgb_pixels(w, h, 31), idat_parts=3,
            after_ihdr=GAMA + CHRM + SRGB + phys(2835),
            before_idat=text("Author", NAME) + text("Description", "Sunset at " + STREET)
            + ztext("Comment", "Shot by %s in %s" % (NAME, CITY))
            + itext("Title", "Abendlauf %s" % NAME, lang="de", translated="Titel"),
            after_idat=time_chunk(2024, 6, 15, 21, 32, 10) + text("Creation Time", "2024:06:15 14:32:10"))
    photo("rgb8-text-chunks.png", p, "png", w, h, 1,
          "8-bit RGB PNG (libpng style) with gAMA, cHRM, sRGB, pHYs (kept), tEXt/zTXt/iTXt before IDAT, "
          "three IDAT chunks, and tIME + tEXt after IDAT (all text/time must go)",
          ["tEXt", "zTXt", "iTXt", "tIME", NAME, STREET, "Abendlauf", "Creation Time", "2024:06:15"])

    w, h = 36, 36
    xmp = xmp_packet('<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                     'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="34,5.4N" '
                     'exif:GPSLongitude="118,21.702W">\n<dc:creator><rdf:Seq><rdf:li>%s</rdf:li>'
                     '</rdf:Seq></dc:creator>\n</rdf:Description>' % NAME)
    p = png(w, h, 8, 6, rgb_pixels(w, h, 32, alpha=lambda x, y: 255 if x < w // 2 else (x * 7 + y) % 256),
            after_ihdr=iccp("Adobe RGB (1998)", read_icc("compatibleWithAdobeRGB1998.icc")) + phys(2835),
            before_idat=itext("XML:com.adobe.xmp", xmp) + text("Software", "Adobe Photoshop 25.0 (Macintosh)"))
    photo("rgba8-iccp-xmp.png", p, "png", w, h, 1,
          "8-bit RGBA PNG exported from Photoshop: iCCP (kept), pHYs (kept), XMP in iTXt "
          "'XML:com.adobe.xmp' with creator and GPS, Software tEXt",
          ["iTXt", "XML:com.adobe.xmp", "x:xmpmeta", NAME, "34,5.4N", "Adobe Photoshop"])

    w, h = 30, 20
    palette = bytes(c for i in range(16) for c in (i * 16, 255 - i * 12, (i * 40) % 256))
    idx = [[((x // 4) + (y // 5) * 3) % 16 for x in range(w)] for y in range(h)]
    p = png(w, h, 4, 3, [[(i,) for i in row] for row in idx], plte=palette,
            trns=bytes([0, 64, 128, 200] + [255] * 8),
            after_ihdr=chunk(b"sBIT", b"\x05\x06\x05"),
            before_idat=text("Software", "pngquant 2.17") + text("Author", NAME))
    photo("palette4-trns-sbit.png", p, "png", w, h, 1,
          "4-bit palette PNG (pngquant style) with 16-entry PLTE, a 12-entry tRNS (entries 12-15 opaque) "
          "and sBIT (all kept), plus tEXt to remove",
          ["tEXt", "pngquant", NAME])

    w, h = 20, 14
    px16 = [[(x * 3000, y * 4500, (x * y * 997) % 65536) for x in range(w)] for y in range(h)]
    for y in range(0, h, 3):
        px16[y][y % w] = (1000, 2000, 3000)
    p = png(w, h, 16, 2, px16, trns=struct.pack(">3H", 1000, 2000, 3000),
            after_ihdr=chunk(b"sBIT", b"\x0a\x0a\x0a") + GAMA,
            after_idat=time_chunk(2024, 6, 15, 21, 32, 10) + text("Author", NAME))
    photo("rgb16-trns-key.png", p, "png", w, h, 1,
          "16-bit RGB PNG (raw-developer / scientific export) with a tRNS colour key (5 pixels "
          "transparent), sBIT 10-bit and gAMA (kept); tIME and tEXt after IDAT",
          ["tIME", "tEXt", NAME])

    w, h = 14, 10
    p = png(w, h, 16, 6, [[(x * 4000, y * 6000, 30000, 65535 - x * 2000) for x in range(w)] for y in range(h)],
            before_idat=text("Software", "GIMP 2.10.36") + text("Comment", "Created by %s with GIMP" % NAME))
    photo("rgba16-gimp.png", p, "png", w, h, 1,
          "16-bit RGBA PNG from GIMP with Software/Comment tEXt",
          ["tEXt", "GIMP", NAME])

    w, h = 24, 16
    p = png(w, h, 16, 0, [[((x * 2731 + y * 409) % 65536,) for x in range(w)] for y in range(h)],
            after_ihdr=GAMA, before_idat=text("Author", NAME))
    photo("gray16.png", p, "png", w, h, 1,
          "16-bit greyscale PNG (medical/astro style) with gAMA and an Author tEXt",
          ["tEXt", NAME])

    w, h = 40, 24
    p = png(w, h, 8, 0, [[((x * 6 + y * 3) % 256,) for x in range(w)] for y in range(h)],
            after_ihdr=phys(11811), before_idat=text("Source", "Scanned by %s, %s" % (NAME, STREET)))
    photo("gray8-scan-300dpi.png", p, "png", w, h, 1,
          "8-bit greyscale PNG from a scanner at 300 dpi (pHYs 11811 px/m, kept) with a Source tEXt",
          ["tEXt", NAME, STREET])

    w, h = 43, 20
    p = png(w, h, 1, 0, [[(1 if (x // 3 + y // 4) % 2 else 0,) for x in range(w)] for y in range(h)],
            after_ihdr=phys(7874), before_idat=ztext("Comment", "fax from " + NAME))
    photo("gray1-bilevel.png", p, "png", w, h, 1,
          "1-bit bilevel PNG (fax/document), width 43 not a multiple of 8, 200 dpi pHYs, zTXt comment",
          ["zTXt"])

    w, h = 24, 24
    p = png(w, h, 8, 4, [[((x * 10) % 256, 255 if (x - 12) ** 2 + (y - 12) ** 2 < 100 else 0)
                          for x in range(w)] for y in range(h)],
            before_idat=text("Author", NAME))
    photo("gray-alpha8.png", p, "png", w, h, 1,
          "8-bit grey+alpha PNG (cut-out avatar) with Author tEXt", ["tEXt", NAME])

    w, h = 37, 23
    p = png(w, h, 8, 2, rgb_pixels(w, h, 33), interlace=True,
            after_ihdr=SRGB, before_idat=text("Author", NAME))
    photo("interlaced-adam7-rgb.png", p, "png", w, h, 1,
          "Adam7-interlaced 8-bit RGB PNG, odd size 37x23 (web 'progressive' PNG); interlace must be "
          "kept as is (IDAT copied, not re-encoded)", ["tEXt", NAME])

    w, h = 3, 2
    p = png(w, h, 2, 3, [[(0,), (1,), (2,)], [(3,), (2,), (1,)]], interlace=True,
            plte=bytes((255, 0, 0, 0, 255, 0, 0, 0, 255, 250, 250, 250)), trns=b"\x00\x80")
    photo("interlaced-tiny-palette2.png", p, "png", w, h, 1,
          "3x2 Adam7-interlaced 2-bit palette PNG with tRNS: several Adam7 passes are empty", [])

    # eXIf chunks (EXIF made by exiftool, placed by hand)
    w, h = 32, 24
    blob = exif_blob(*pixel_exif("MM", 6)[1:], order="MM")
    p = png(w, h, 8, 2, rgb_pixels(w, h, 34), after_ihdr=chunk(b"eXIf", blob),
            before_idat=text("Author", NAME))
    photo("exif-orientation6-mm.png", p, "png", w, h, 6,
          "PNG with a big-endian eXIf chunk before IDAT (Make Google, Pixel 9, dates, GPS, Orientation=6); "
          "the cleaned file must carry a minimal eXIf (orientation 6 only) before IDAT",
          PIXEL_STRINGS + ["tEXt", NAME])

    blob = exif_blob(*iphone_exif("II", 8)[1:], order="II")
    p = png(w, h, 8, 6, rgb_pixels(w, h, 35, alpha=lambda x, y: 255), after_ihdr=chunk(b"eXIf", blob))
    photo("exif-orientation8-ii.png", p, "png", w, h, 8,
          "RGBA PNG with a little-endian eXIf (iPhone 16 make/model, GPS, Orientation=8) right after IHDR",
          IPHONE_STRINGS)

    blob = exif_blob(*pixel_exif("II", 3)[1:], order="II")
    p = png(w, h, 8, 2, rgb_pixels(w, h, 36), after_idat=chunk(b"eXIf", blob))
    photo("exif-after-idat-orientation3.png", p, "png", w, h, 3,
          "PNG whose eXIf (Orientation=3, Pixel EXIF, GPS) comes AFTER IDAT, which libpng can write and "
          "PNG 1.2 extensions allowed; the original has orientation 3, so the cleaned file should report 3 "
          "and carry a minimal eXIf before IDAT (edge case: a cleaner reading only pre-IDAT chunks fails here)",
          PIXEL_STRINGS)

    w, h = 30, 40
    blob = exif_blob("-EXIF:Orientation#=1", "-ExifImageWidth=1179", "-ExifImageHeight=2556",
                     "-UserComment=Screenshot", "-DateTimeOriginal=2024:11:02 09:15:44", order="MM")
    xmp = xmp_packet('<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
                     'exif:PixelXDimension="1179" exif:PixelYDimension="2556" '
                     'exif:UserComment="Screenshot"/>')
    idot = chunk(b"iDOT", struct.pack(">7I", 2, 0, 20, 20, 20, 0x40, 0))
    p = png(w, h, 8, 6, rgb_pixels(w, h, 37, alpha=lambda x, y: 255), idat_parts=2,
            after_ihdr=iccp("Display P3", read_icc("compatibleWithAdobeRGB1998.icc")) + chunk(b"eXIf", blob)
            + phys(5669), before_idat=itext("XML:com.adobe.xmp", xmp) + idot)
    photo("iphone-screenshot-idot.png", p, "png", w, h, 1,
          "iOS screenshot style PNG: iCCP (kept), eXIf with Orientation=1 and UserComment 'Screenshot', "
          "pHYs 144 dpi, XMP iTXt, Apple's private iDOT chunk, two IDATs; orientation 1 so no eXIf stays",
          ["eXIf", "iDOT", "iTXt", "Screenshot", "2024:11:02"])

    # APNG: default image is the first frame
    w, h = 24, 24
    frame0 = rgb_pixels(w, h, 38, alpha=lambda x, y: 255)
    def fdat_payload(seed):
        raw = png_image_data(rgb_pixels(w, h, seed, alpha=lambda x, y: 200), w, h, 8, 4)
        return zlib.compress(raw, 9)
    def fctl(seq):
        return chunk(b"fcTL", struct.pack(">IIIIIHHBB", seq, w, h, 0, 0, 1, 10, 0, 0))
    seq_chunks = (chunk(b"fdAT", struct.pack(">I", 2) + fdat_payload(39)) + fctl(3)
                  + chunk(b"fdAT", struct.pack(">I", 4) + fdat_payload(40)))
    p = png(w, h, 8, 6, frame0,
            after_ihdr=chunk(b"acTL", struct.pack(">II", 3, 0)) + text("Author", NAME) + fctl(0),
            after_idat=fctl(1) + seq_chunks)
    photo("apng-three-frames.png", p, "png", w, h, 1,
          "Animated PNG (APNG) with acTL, fcTL and fdAT chunks (3 frames, the first is the IDAT image). "
          "APNG chunks are ancillary and not on the keep list, so the cleaned file is the still first frame",
          ["acTL", "fcTL", "fdAT", "tEXt", NAME])

    w, h = 32, 24
    raw_exif = exif_blob("-EXIF:Make=Google", "-EXIF:Model=Pixel 9", *gps_args(), order="MM")
    hexed = "\n".join(raw_exif.hex()[i:i + 72] for i in range(0, len(raw_exif.hex()), 72))
    raw_profile = "\nexif\n%8d\n%s\n" % (len(raw_exif), hexed)
    p = png(w, h, 8, 2, rgb_pixels(w, h, 41),
            after_ihdr=CHRM + chunk(b"bKGD", struct.pack(">3H", 255, 255, 255)),
            before_idat=chunk(b"orNT", b"\x06") + chunk(b"vpAg", struct.pack(">IIB", w, h, 0))
            + ztext("Raw profile type exif", raw_profile)
            + text("date:create", "2024-06-15T21:32:10+00:00") + text("date:modify", "2024-06-15T21:32:10+00:00")
            + text("comment", "Photo of " + NAME))
    photo("imagemagick-ornt-bkgd.png", p, "png", w, h, 1,
          "ImageMagick style PNG: bKGD (standard but not on the keep list), private orNT (=6) and vpAg "
          "chunks, EXIF as hex in zTXt 'Raw profile type exif' (no orientation tag), date:create tEXt. "
          "Orientation is taken only from EXIF tag 0x0112 (eXIf), so the expected orientation is 1",
          ["bKGD", "orNT", "vpAg", "zTXt", "Raw profile type exif", "date:create", "Photo of " + NAME])

    w, h = 28, 21
    claim = {"claim_generator": "Adobe Photoshop 25.0 c2pa-rs/0.35", "author": NAME}
    p = png(w, h, 8, 2, rgb_pixels(w, h, 42), after_ihdr=SRGB,
            before_idat=chunk(b"caBX", jumbf_c2pa(claim)) + chunk(b"prVt", b"private-data:" + NAME.encode()))
    photo("c2pa-cabx-private-chunk.png", p, "png", w, h, 1,
          "PNG with a C2PA manifest in a caBX chunk and an unknown private ancillary chunk 'prVt'",
          ["caBX", "prVt", "jumb", "c2pa", NAME])

    w, h = 26, 18
    appended = (b"PK\x03\x04" + b"\x14\x00\x00\x00\x00\x00" + b"\x00" * 16 + b"notes.txt"
                + ("address: %s" % STREET).encode())
    p = png(w, h, 8, 2, rgb_pixels(w, h, 43), before_idat=text("Author", NAME), after_iend=appended)
    photo("trailing-data-after-iend.png", p, "png", w, h, 1,
          "PNG with a zip-like blob appended after IEND (the PNG+ZIP trick, or sloppy tools); "
          "like JPEG data after EOI, it must be dropped",
          ["tEXt", NAME, "notes.txt", STREET])

    w, h = 34, 22
    p = png(w, h, 8, 2, rgb_pixels(w, h, 44),
            before_idat=text("Software", "gnome-screenshot") + text("Author", NAME))
    photo("png-bytes-named.jpg", p, "png", w, h, 1,
          "A PNG screenshot saved with a .jpg name: the type must come from the bytes, so kind png",
          ["tEXt", "gnome-screenshot", NAME])


def refusals():
    refusal("empty.jpg", b"", "empty", "Zero-byte upload (an aborted picker or a failed copy)")

    good = exiftool(cjpeg(48, 36, seed=50), *pixel_exif("II", 6))
    sos = good.index(b"\xff\xda")
    refusal("truncated-mid-scan.jpg", good[:sos + (len(good) - sos) // 2], "damaged",
            "Pixel JPEG cut off half-way through the scan data (interrupted upload); no EOI")
    app1 = good.index(b"Exif\x00\x00")
    refusal("truncated-inside-exif.jpg", good[:app1 + 60], "damaged",
            "JPEG cut off inside its EXIF APP1 segment, before any frame header")
    refusal("missing-eoi.jpg", good[:-2], "damaged",
            "JPEG whose scan data is complete but whose EOI marker is missing; per the contract "
            "('cut off before the end marker') this is damaged, although many viewers show it")
    refusal("no-frame-header.jpg", drop_segments(good, {0xC0}), "damaged",
            "JPEG with SOI, APPn, DQT, DHT, SOS and EOI but no SOF frame header")
    (app1_len,) = struct.unpack(">H", good[app1 - 2:app1])
    bad = good[:app1 - 2] + struct.pack(">H", 0xFFF0) + good[app1:]
    assert len(bad) < 0xFFF0
    refusal("segment-length-past-end.jpg", bad, "damaged",
            "JPEG whose APP1 length field (0xFFF0) runs past the end of the file")
    refusal("jpeg-magic-then-garbage.jpg", b"\xff\xd8\xff\xe0" + noise("garbage", 900), "damaged",
            "Starts with the JPEG signature FF D8 FF E0 but is random bytes after it; recognised as JPEG "
            "from its bytes, so 'damaged' rather than 'notAPhoto'")

    w, h = 32, 24
    good = png(w, h, 8, 2, rgb_pixels(w, h, 51), before_idat=text("Author", NAME), idat_parts=2)
    idat = good.index(b"IDAT")
    refusal("truncated-mid-idat.png", good[:idat + 40], "damaged",
            "PNG cut off in the middle of its first IDAT chunk")
    refusal("missing-iend.png", good[:-12], "damaged",
            "PNG whose chunks are all complete but the IEND chunk is missing")
    crc_pos = idat + 4 + struct.unpack(">I", good[idat - 4:idat])[0]
    refusal("bad-crc-idat.png", good[:crc_pos] + bytes([good[crc_pos] ^ 0x5A]) + good[crc_pos + 1:],
            "damaged", "PNG whose first IDAT chunk's CRC does not match its data")
    text_pos = good.index(b"tEXt")
    crc_pos = text_pos + 4 + struct.unpack(">I", good[text_pos - 4:text_pos])[0]
    refusal("bad-crc-text-chunk.png", good[:crc_pos] + bytes([good[crc_pos] ^ 0x01]) + good[crc_pos + 1:],
            "damaged", "PNG whose only bad CRC is in an ancillary tEXt chunk that a cleaner drops anyway; "
            "the contract says any chunk whose CRC does not match means damaged")
    refusal("png-magic-then-garbage.png", check_pixels.PNG_SIGNATURE + noise("pnggarbage", 700), "damaged",
            "Starts with the 8-byte PNG signature followed by random bytes (no valid IHDR)")

    # other formats
    frames = []
    for i in range(2):
        path = tmp("gif%d.ppm" % i)
        with open(path, "wb") as f:
            f.write(ppm(24, 24, seed=60 + i))
        frames.append(path)
    run([CONVERT, "-delay", "20", "-loop", "0"] + frames + ["-colors", "16", tmp("anim.gif")])
    with open(tmp("anim.gif"), "rb") as f:
        refusal("animated.gif", f.read(), "notAPhoto", "Two-frame animated GIF89a (ImageMagick)")

    src = tmp("webp.jpg")
    with open(src, "wb") as f:
        f.write(exiftool(cjpeg(32, 24, seed=61), *pixel_exif("II", 1)))
    run(["cwebp", "-quiet", "-q", "60", "-metadata", "exif", src, "-o", tmp("a.webp")])
    with open(tmp("a.webp"), "rb") as f:
        webp = f.read()
    refusal("photo.webp", webp, "notAPhoto", "Lossy WebP with EXIF (cwebp -metadata exif)")
    refusal("download.jpg", webp, "notAPhoto",
            "The same WebP saved as download.jpg (browsers save WebP images under .jpg names)")

    run(["heif-enc", "-q", "40", "-o", tmp("a.heic"), src])
    with open(tmp("a.heic"), "rb") as f:
        refusal("IMG_0042.heic", f.read(), "notAPhoto",
                "HEIC (HEVC in HEIF, what iPhones shoot by default), made with heif-enc; has EXIF")
    run(["heif-enc", "-A", "-q", "40", "-o", tmp("a.avif"), src])
    with open(tmp("a.avif"), "rb") as f:
        refusal("photo.avif", f.read(), "notAPhoto", "AVIF (AV1 in HEIF), made with heif-enc -A")

    refusal("scan.pdf", minimal_pdf(), "notAPhoto", "One-page PDF (a scanned form) uploaded as a photo")
    refusal("notes.txt", ("Session notes for %s\nGoals: squat form, mobility\n" % NAME).encode(),
            "notAPhoto", "Plain UTF-8 text file")
    refusal("photo.jpg", b"<!DOCTYPE html>\n<html><head><title>Photo</title></head><body>"
            b"<img src=\"https://example.com/photo.jpg\"></body></html>\n", "notAPhoto",
            "An HTML page saved as photo.jpg ('Save link as' on an image link)")
    path = tmp("tif.ppm")
    with open(path, "wb") as f:
        f.write(ppm(16, 12, seed=62))
    run([CONVERT, path, "-compress", "none", "+set", "date:create", "+set", "date:modify",
         "-define", "tiff:write-properties=false", "tiff:" + tmp("a.tif")])
    with open(tmp("a.tif"), "rb") as f:
        refusal("scan.tif", f.read(), "notAPhoto",
                "Uncompressed little-endian TIFF (starts 'II*\\0' like an EXIF block; not a JPEG/PNG)")
    run([CONVERT, path, "bmp3:" + tmp("a.bmp")])
    with open(tmp("a.bmp"), "rb") as f:
        refusal("screenshot.bmp", f.read(), "notAPhoto", "Windows BMP (BM header)")
    refusal("logo.png", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="16" '
            b'height="16"><circle cx="8" cy="8" r="7" fill="teal"/></svg>\n', "notAPhoto",
            "An SVG (XML text) named logo.png")


def minimal_pdf():
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = ("BT /F1 12 Tf 10 50 Td (Intake form - %s) Tj ET" % NAME).encode()
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def main():
    keep = {"make-corpus.py", "check-pixels.py", "verify-corpus.py", "README.md", "manifest.json", "__pycache__"}
    for name in os.listdir(HERE):
        if name not in keep:
            os.remove(os.path.join(HERE, name))
    jpegs()
    pngs()
    refusals()
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(MANIFEST, f, indent=2, ensure_ascii=False)
        f.write("\n")
    shutil.rmtree(TMP)
    total = sum(os.path.getsize(os.path.join(HERE, e["file"])) for e in MANIFEST)
    print("%d files, %d bytes" % (len(MANIFEST), total))


if __name__ == "__main__":
    main()
