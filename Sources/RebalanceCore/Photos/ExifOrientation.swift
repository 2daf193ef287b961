/// Reads the orientation from an EXIF block and writes the smallest EXIF block that says only that, so a cleaned
/// photo keeps standing upright and nothing else the camera recorded (place, time, device, names).
enum ExifOrientation {
    /// The orientation in a TIFF-structured EXIF block (after any "Exif\0\0" header); upright when absent.
    static func read(tiff bytes: ArraySlice<UInt8>) -> PhotoOrientation {
        let base = bytes.startIndex
        guard bytes.count >= 8 else { return .upright }
        let bigEndian: Bool
        switch (bytes[base], bytes[base + 1]) {
        case (0x4D, 0x4D): bigEndian = true
        case (0x49, 0x49): bigEndian = false
        default: return .upright
        }
        func value(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            let field = bytes[(base + offset)..<(base + offset + size)]
            return (bigEndian ? Array(field) : field.reversed()).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let directory = value(4, 4), let count = value(directory, 2) else { return .upright }
        for index in 0..<count {
            let entry = directory + 2 + index * 12
            guard let tag = value(entry, 2) else { break }
            // Orientation is a SHORT (type 3) with one value, stored left-aligned in the entry's value field.
            if tag == 0x0112, value(entry + 2, 2) == 3, let raw = value(entry + 8, 2) {
                return PhotoOrientation(rawValue: raw) ?? .upright
            }
        }
        return .upright
    }

    /// A big-endian TIFF block with one directory holding one entry: the orientation.
    static func tiff(_ orientation: PhotoOrientation) -> [UInt8] {
        [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]  // "MM", 42, first directory at 8
            + [0x00, 0x01]  // one entry
            + [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, UInt8(orientation.rawValue), 0x00, 0x00]
            + [0x00, 0x00, 0x00, 0x00]  // no next directory
    }
}
