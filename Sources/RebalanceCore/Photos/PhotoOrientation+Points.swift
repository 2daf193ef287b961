extension PhotoOrientation {
    /// Where a point of the stored picture (`width` × `height` as stored) appears once the picture is shown upright,
    /// for a detector that read the stored pixels. Coordinates are continuous (0…width), y down.
    public func upright(x: Double, y: Double, storedWidth w: Double, storedHeight h: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: (x, y)
        case .mirrored: (w - x, y)
        case .upsideDown: (w - x, h - y)
        case .upsideDownMirrored: (x, h - y)
        case .quarterTurnMirrored: (y, x)
        case .quarterTurnClockwise: (h - y, x)
        case .quarterTurnClockwiseMirrored: (h - y, w - x)
        case .quarterTurnCounterclockwise: (y, w - x)
        }
    }

    /// The inverse: where a point of the upright picture lies in the stored pixels.
    public func stored(x: Double, y: Double, storedWidth w: Double, storedHeight h: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: (x, y)
        case .mirrored: (w - x, y)
        case .upsideDown: (w - x, h - y)
        case .upsideDownMirrored: (x, h - y)
        case .quarterTurnMirrored: (y, x)
        case .quarterTurnClockwise: (y, h - x)
        case .quarterTurnClockwiseMirrored: (w - y, h - x)
        case .quarterTurnCounterclockwise: (w - y, x)
        }
    }
}
