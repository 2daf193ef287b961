import Foundation
import Testing

@testable import RebalanceCore

/// Uploaded photos keep their pixels and their orientation, and lose everything else a camera recorded.
@Suite("Photo cleaning")
struct PhotoFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/photos")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Words and numbers the fixtures' metadata holds: the person's name, address, device, note and GPS tag.
    static let personal = ["Dana Reyes", "Elm St", "Model X", "taken at home", "MPF-TRAILER", "tEXt", "tIME", "XMP"]

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        return bytes.indices.contains { bytes[$0...].starts(with: needle) }
    }

    @Test func aRotatedCameraJPEGLosesItsLocationAndKeepsStandingUpright() throws {
        let original = try Self.fixture("rotated-with-location.jpg")
        #expect(Self.contains(original, "Dana Reyes"), "the fixture carries the metadata under test")
        let photo = try PhotoFile(cleaning: original, limitBytes: 1_000_000)
        #expect(photo.kind == .jpeg && photo.storedWidth == 16 && photo.storedHeight == 8)
        #expect(photo.orientation == .quarterTurnClockwise && photo.width == 8 && photo.height == 16)
        for text in Self.personal { #expect(!Self.contains(photo.bytes, text), "\(text)") }
        // The GPS directory's tag (0x8825) and the camera maker are gone; only the orientation entry is left.
        #expect(!Self.contains(photo.bytes, "Phone"))
        #expect(photo.bytes.count < original.count)
        #expect(Array(photo.bytes.suffix(2)) == [0xFF, 0xD9])
        // Cleaning a cleaned photo changes nothing.
        #expect(try PhotoFile(cleaning: photo.bytes, limitBytes: 1_000_000) == photo)
    }

    @Test func aProgressiveJPEGKeepsEveryScanAndDropsWhatFollowsTheEnd() throws {
        let original = try Self.fixture("progressive-with-trailer.jpg")
        let photo = try PhotoFile(cleaning: original, limitBytes: 1_000_000)
        #expect(photo.orientation == .upsideDown && photo.width == 16 && photo.height == 8)
        #expect(!Self.contains(photo.bytes, "MPF-TRAILER") && Array(photo.bytes.suffix(2)) == [0xFF, 0xD9])
        // Every start-of-scan marker survives: a progressive file draws in several passes.
        func scans(_ bytes: [UInt8]) -> Int { zip(bytes, bytes.dropFirst()).filter { $0 == (0xFF, 0xDA) }.count }
        #expect(scans(photo.bytes) == scans(original) && scans(original) > 1)
    }

    @Test func aPNGLosesItsTextAndKeepsItsOrientation() throws {
        let original = try Self.fixture("text-and-orientation.png")
        let photo = try PhotoFile(cleaning: original, limitBytes: 1_000_000)
        #expect(photo.kind == .png && photo.storedWidth == 16 && photo.storedHeight == 8)
        #expect(photo.orientation == .quarterTurnCounterclockwise)
        for text in Self.personal { #expect(!Self.contains(photo.bytes, text), "\(text)") }
        #expect(Self.contains(photo.bytes, "eXIf") && Self.contains(photo.bytes, "IDAT"))
        #expect(try PhotoFile(cleaning: photo.bytes, limitBytes: 1_000_000) == photo)
    }

    @Test func refusalsSayWhatToDo() throws {
        let jpeg = try Self.fixture("rotated-with-location.jpg")
        #expect(throws: PhotoProblem.empty) { try PhotoFile(cleaning: [], limitBytes: 10) }
        #expect(throws: PhotoProblem.tooLarge(limitMegabytes: 0)) { try PhotoFile(cleaning: jpeg, limitBytes: 100) }
        #expect(throws: PhotoProblem.notAPhoto) {
            try PhotoFile(cleaning: Array("GIF89a not really".utf8), limitBytes: 1_000)
        }
        #expect(throws: PhotoProblem.damaged) {
            try PhotoFile(cleaning: Array(jpeg.prefix(jpeg.count / 2)), limitBytes: 1_000_000)
        }
        var png = try Self.fixture("text-and-orientation.png")
        png[png.count - 20] ^= 0xFF  // inside the pixel data: its checksum no longer matches
        #expect(throws: PhotoProblem.damaged) { try PhotoFile(cleaning: png, limitBytes: 1_000_000) }
        #expect(throws: PhotoProblem.tooSmall(minimumPixels: 200)) {
            try PhotoFile(cleaning: jpeg, limitBytes: 1_000_000, minimumSide: 200)
        }
        #expect(PhotoProblem.notAPhoto.description.contains("JPEG or PNG"))
    }

    /// Whatever bytes arrive, cleaning answers with a photo or a refusal; it never reads past the end.
    @Test func damagedFilesAreRefusedNeverMisread() throws {
        var random = SplitMix(seed: 2026)
        for name in ["rotated-with-location.jpg", "progressive-with-trailer.jpg", "text-and-orientation.png"] {
            let original = try Self.fixture(name)
            for _ in 0..<300 {
                var bytes = original
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
                case 1:
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                default:
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    bytes.insert(contentsOf: [0xFF, UInt8.random(in: 0...255, using: &random)], at: at)
                }
                if let photo = try? PhotoFile(cleaning: bytes, limitBytes: 1_000_000) {
                    #expect(photo.width > 0 && photo.height > 0)
                }
            }
        }
    }
}

/// Files made by someone who never read the cleaner (`Fixtures/photos/corpus`, see its README): what phones,
/// cameras and editors produce, and what people upload by mistake. Each must end as its manifest says.
@Suite("Photo cleaning: outside corpus")
struct PhotoCorpusTests {
    struct Entry: Decodable, Sendable, CustomTestStringConvertible {
        let file: String
        let expect: String
        let kind: String?
        let storedWidth: Int?
        let storedHeight: Int?
        let orientation: Int?
        let mustNotContain: [String]?
        var testDescription: String { file }
    }

    static let folder = PhotoFileTests.folder.appendingPathComponent("corpus")
    static let entries: [Entry] =
        (try? JSONDecoder().decode(
            [Entry].self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))) ?? []

    @Test func theCorpusIsThere() {
        #expect(Self.entries.count >= 70)
    }

    @Test(arguments: entries)
    func eachFileEndsAsItsManifestSays(_ entry: Entry) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(entry.file)))
        let outcome = Result { () throws(PhotoProblem) -> PhotoFile in
            try PhotoFile(cleaning: bytes, limitBytes: 15_000_000)
        }
        switch (entry.expect, outcome) {
        case ("photo", .success(let photo)):
            #expect(photo.kind.rawValue == entry.kind)
            #expect(photo.storedWidth == entry.storedWidth && photo.storedHeight == entry.storedHeight)
            #expect(photo.orientation.rawValue == entry.orientation)
            for text in entry.mustNotContain ?? [] { #expect(!PhotoFileTests.contains(photo.bytes, text), "\(text)") }
            #expect(try PhotoFile(cleaning: photo.bytes, limitBytes: 15_000_000) == photo, "cleaning twice")
        case ("notAPhoto", .failure(.notAPhoto)), ("damaged", .failure(.damaged)), ("empty", .failure(.empty)):
            break
        default:
            Issue.record("expected \(entry.expect), got \(outcome)")
        }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let photo = Array(
            try Data(contentsOf: PhotoFileTests.folder.appendingPathComponent("headshot-with-location.jpg")))
        let padded = photo + [UInt8](repeating: 0, count: 15_000_001 - photo.count)
        #expect(throws: PhotoProblem.tooLarge(limitMegabytes: 15)) {
            try PhotoFile(cleaning: padded, limitBytes: 15_000_000)
        }
    }
}
