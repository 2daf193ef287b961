/// Rewrites a PNG with only the chunks that draw it (header, palette, transparency, colour and pixel data, pixel
/// density): text, time stamps and EXIF go. Every chunk's checksum is checked, so a damaged file is refused.
enum PNGCleaner {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    private static let kept: Set<String> = [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs",
    ]

    static func clean(_ b: [UInt8]) throws(PhotoProblem) -> CleanedImage {
        guard b.starts(with: signature) else { throw .notAPhoto }
        var out = signature
        // Some editors write eXIf after the pixel data; its orientation must still go before it in the copy.
        let orientation = try orientationChunk(b)
        var size: (width: Int, height: Int)?
        var i = signature.count
        var wroteOrientation = false
        while i + 12 <= b.count {
            let length = b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            guard length <= b.count - i - 12 else { throw .damaged }
            let typeBytes = b[(i + 4)..<(i + 8)]
            let type = String(decoding: typeBytes, as: UTF8.self)
            let data = b[(i + 8)..<(i + 8 + length)]
            let stored = b[(i + 8 + length)..<(i + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            guard CRC32.checksum(b[(i + 4)..<(i + 8 + length)]) == stored else { throw .damaged }
            let whole = b[i..<(i + 12 + length)]
            i += 12 + length
            if size == nil {
                guard type == "IHDR", length == 13 else { throw .damaged }
                let start = data.startIndex
                size = (
                    width: data[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) },
                    height: data[(start + 4)..<(start + 8)].reduce(0) { $0 << 8 | Int($1) }
                )
            }
            // The orientation, alone, goes before the pixel data, where the PNG specification wants eXIf.
            if type == "IDAT", !wroteOrientation {
                wroteOrientation = true
                if orientation != .upright { out += chunk("eXIf", ExifOrientation.tiff(orientation)) }
            }
            if kept.contains(type) { out += whole }
            if type == "IEND" {
                guard let size, wroteOrientation else { throw .damaged }
                return CleanedImage(bytes: out, width: size.width, height: size.height, orientation: orientation)
            }
        }
        throw .damaged
    }

    /// The orientation in the file's eXIf chunk, wherever it sits; upright without one.
    private static func orientationChunk(_ b: [UInt8]) throws(PhotoProblem) -> PhotoOrientation {
        var i = signature.count
        while i + 12 <= b.count {
            let length = b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            guard length <= b.count - i - 12 else { throw .damaged }
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            if type == "eXIf" { return ExifOrientation.read(tiff: b[(i + 8)..<(i + 8 + length)]) }
            if type == "IEND" { break }
            i += 12 + length
        }
        return .upright
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        let crc = CRC32.checksum(body)
        let length = UInt32(data.count)
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: length >> $0) } + body
            + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: crc >> $0) }
    }
}
