/// Rewrites a JPEG without its metadata: EXIF (place, time, device), XMP, IPTC, comments, thumbnails and any
/// second picture after the first ends. Kept: what decoding needs (tables, frame, scans), the colour profile and
/// Adobe's colour marker, and a JFIF header without its thumbnail. Pixels are copied byte for byte, never
/// re-encoded.
enum JPEGCleaner {
    static func clean(_ b: [UInt8]) throws(PhotoProblem) -> CleanedImage {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8, b[2] == 0xFF else { throw .notAPhoto }
        var header: [UInt8] = []  // the JFIF segment, which must stay first
        var body: [UInt8] = []
        var orientation = PhotoOrientation.upright
        var size: (width: Int, height: Int)?
        var scanned = false
        var i = 2
        while true {
            guard i < b.count, b[i] == 0xFF else { throw .damaged }
            while i < b.count, b[i] == 0xFF { i += 1 }  // fill bytes before a marker
            guard i < b.count else { throw .damaged }
            let marker = b[i]
            i += 1
            switch marker {
            case 0xD9:  // end of image: anything after it (a second picture, a vendor trailer) is dropped
                guard let size, scanned else { throw .damaged }
                let exif =
                    orientation == .upright
                    ? [] : segment(0xE1, Array("Exif\0\0".utf8) + ExifOrientation.tiff(orientation))
                return CleanedImage(
                    bytes: [0xFF, 0xD8] + header + exif + body + [0xFF, 0xD9], width: size.width, height: size.height,
                    orientation: orientation)
            case 0xD8: throw .damaged
            case 0x01, 0xD0...0xD7:
                body += [0xFF, marker]
                continue
            default: break
            }
            guard i + 1 < b.count else { throw .damaged }
            let length = Int(b[i]) << 8 | Int(b[i + 1])
            guard length >= 2, i + length <= b.count else { throw .damaged }
            let payload = b[(i + 2)..<(i + length)]
            let whole = [0xFF, marker] + b[i..<(i + length)]
            i += length
            switch marker {
            case 0xE0:
                // JFIF: version, units and density stay; the thumbnail goes (its size bytes set to 0 × 0).
                if payload.starts(with: Array("JFIF\0".utf8)), payload.count >= 14, header.isEmpty {
                    header = segment(0xE0, Array(payload.prefix(12)) + [0, 0])
                }
            case 0xE1:
                if payload.starts(with: Array("Exif\0\0".utf8)) {
                    orientation = ExifOrientation.read(tiff: payload.dropFirst(6))
                }
            case 0xE2:
                if payload.starts(with: Array("ICC_PROFILE\0".utf8)) { body += whole }
            case 0xEE:
                if payload.starts(with: Array("Adobe".utf8)) { body += whole }
            case 0xE3...0xED, 0xEF, 0xFE: break  // other application data and comments
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                guard payload.count >= 5 else { throw .damaged }
                let start = payload.startIndex
                size = (
                    width: Int(payload[start + 3]) << 8 | Int(payload[start + 4]),
                    height: Int(payload[start + 1]) << 8 | Int(payload[start + 2])
                )
                body += whole
            case 0xDA:
                body += whole
                // The scan's coded data runs to the next marker that is neither a stuffed 0xFF nor a restart.
                let start = i
                while i + 1 < b.count, !(b[i] == 0xFF && b[i + 1] != 0x00 && !(0xD0...0xD7).contains(b[i + 1])) {
                    i += 1
                }
                guard i + 1 < b.count else { throw .damaged }
                body += b[start..<i]
                scanned = true
            default:
                body += whole
            }
        }
    }

    private static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }
}
