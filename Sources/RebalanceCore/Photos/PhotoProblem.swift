/// Why an uploaded photo was refused, in words for the person who chose the file.
public enum PhotoProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLarge(limitMegabytes: Int)
    case notAPhoto
    case damaged
    case tooSmall(minimumPixels: Int)

    public var description: String {
        switch self {
        case .empty: "Choose a photo first."
        case .tooLarge(let limit):
            "That photo is larger than \(limit) MB. Choose a smaller one, or a copy at a lower size."
        case .notAPhoto: "That file is not a JPEG or PNG photo. Choose a photo from the camera or the photo library."
        case .damaged: "That photo could not be read; it may be damaged or only partly copied. Try another copy."
        case .tooSmall(let minimum): "That photo is too small. Choose one at least \(minimum) pixels on each side."
        }
    }
}
