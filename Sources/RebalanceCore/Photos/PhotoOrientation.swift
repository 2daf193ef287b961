/// How a camera says its picture should be turned to stand upright (EXIF tag 0x0112, values 1–8).
public enum PhotoOrientation: Int, Sendable, CaseIterable {
    case upright = 1
    case mirrored = 2
    case upsideDown = 3
    case upsideDownMirrored = 4
    case quarterTurnMirrored = 5
    case quarterTurnClockwise = 6
    case quarterTurnClockwiseMirrored = 7
    case quarterTurnCounterclockwise = 8

    /// Whether the upright picture is the stored one turned on its side, so its width is the stored height.
    public var swapsSides: Bool { rawValue >= 5 }
}
