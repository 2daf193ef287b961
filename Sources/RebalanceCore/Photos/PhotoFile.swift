/// An uploaded photo made safe to keep: its type checked from its bytes (never its name), its metadata removed
/// (location, time, device, names, thumbnails) and only its orientation kept, so it still stands upright.
public struct PhotoFile: Sendable, Equatable {
    /// The two formats a phone camera or photo library hands a browser.
    public enum Kind: String, Sendable {
        case jpeg, png

        public var mediaType: String { self == .jpeg ? "image/jpeg" : "image/png" }
    }

    public let kind: Kind
    /// The cleaned file, to store and serve.
    public let bytes: [UInt8]
    /// Size as stored, before the orientation is applied.
    public let storedWidth: Int
    public let storedHeight: Int
    public let orientation: PhotoOrientation

    /// Size as seen upright.
    public var width: Int { orientation.swapsSides ? storedHeight : storedWidth }
    public var height: Int { orientation.swapsSides ? storedWidth : storedHeight }

    /// Checks and cleans `upload`: at most `limitBytes`, JPEG or PNG by content, at least `minimumSide` pixels
    /// each way.
    public init(cleaning upload: [UInt8], limitBytes: Int, minimumSide: Int = 1) throws(PhotoProblem) {
        guard !upload.isEmpty else { throw .empty }
        guard upload.count <= limitBytes else { throw .tooLarge(limitMegabytes: limitBytes / 1_000_000) }
        let result: CleanedImage
        if upload.starts(with: [0xFF, 0xD8, 0xFF]) {
            kind = .jpeg
            result = try JPEGCleaner.clean(upload)
        } else if upload.starts(with: PNGCleaner.signature) {
            kind = .png
            result = try PNGCleaner.clean(upload)
        } else {
            throw .notAPhoto
        }
        guard result.width > 0, result.height > 0 else { throw .damaged }
        guard min(result.width, result.height) >= minimumSide else { throw .tooSmall(minimumPixels: minimumSide) }
        bytes = result.bytes
        storedWidth = result.width
        storedHeight = result.height
        orientation = result.orientation
    }
}

/// What a cleaner hands back: the file without its metadata, its stored size and the orientation it keeps.
struct CleanedImage {
    var bytes: [UInt8]
    var width: Int
    var height: Int
    var orientation: PhotoOrientation
}
