/// Posture readings in a client's words, for the portal: what sits higher or further forward, by how much, and
/// whether that is within the usual range — no landmark names, no norms' notation.
extension PostureReading {
    /// "Your right shoulder sits higher (2.3 cm): outside the usual range."
    public var plainLine: String {
        let value = measure.valueText
        let side = measure.side.flatMap { $0 == .both ? nil : $0.rawValue }
        let sentence: String =
            switch (measure.kind, side) {
            case (.headTilt, let side?): "Your head tilts: your \(side) ear sits higher (\(value))"
            case (.shoulderTilt, let side?), (.shoulderHeightDifference, let side?):
                "Your \(side) shoulder sits higher (\(value))"
            case (.ribTilt, let side?): "Your rib cage tilts, higher on your \(side) (\(value))"
            case (.pelvicTilt, let side?), (.pelvicObliquity, let side?): "Your \(side) hip sits higher (\(value))"
            case (.kneeTilt, let side?): "Your \(side) knee sits higher (\(value))"
            case (.scapularHeightDifference, let side?): "Your \(side) shoulder blade sits higher (\(value))"
            case (.headShift, let side?): "Your head sits \(value) toward your \(side), over your shoulders"
            case (.trunkShift, let side?): "Your upper body sits \(value) toward your \(side), over your hips"
            case (.pelvisShift, let side?): "Your hips sit \(value) toward your \(side), over your feet"
            case (.craniovertebralAngle, _):
                "Neck angle \(value) (the smaller it is, the further forward your head sits)"
            case (.forwardHeadOffset, _): "Your ear sits \(value) in front of your shoulder"
            case (.shoulderForwardOffset, _): "Your shoulder sits \(value) in front of your hip"
            case (.headTilt, nil): "Your head is level (\(value))"
            case (.shoulderTilt, nil), (.shoulderHeightDifference, nil): "Your shoulders are level (\(value))"
            case (.ribTilt, nil): "Your rib cage is level (\(value))"
            case (.pelvicTilt, nil), (.pelvicObliquity, nil): "Your hips are level (\(value))"
            case (.kneeTilt, nil): "Your knees are level (\(value))"
            case (.scapularHeightDifference, nil): "Your shoulder blades are level (\(value))"
            case (.headShift, nil): "Your head sits centered over your shoulders"
            case (.trunkShift, nil): "Your upper body sits centered over your hips"
            case (.pelvisShift, nil): "Your hips sit centered over your feet"
            }
        let verdict =
            switch verdict {
            case .normal: "within the usual range"
            case .borderline: "at the edge of the usual range"
            case .impaired: "outside the usual range"
            }
        return "\(sentence): \(verdict)."
    }
}
