/// Why a painful area may hurt: the patterns that load it and the mechanisms, in plain language.
public struct PainLink: Codable, Sendable, Equatable {
    public let region: Region
    public let side: Side
    public let nprs: Int?
    public let patterns: [PatternID]
    public let mechanisms: [PainMechanism]
    public let explanation: String
}

/// Links each reported pain area to the reported patterns that load that region on that side.
struct PainLinker {
    let knowledge: KnowledgeBase

    func links(_ input: Case, _ patterns: [PatternResult]) -> [PainLink] {
        let areas = input.painAreas.sorted {
            (Region.allCases.firstIndex(of: $0.region) ?? 0, $0.side) < (
                Region.allCases.firstIndex(of: $1.region) ?? 0, $1.side
            )
        }
        return areas.map { area in
            var ids: [PatternID] = []
            var mechanisms = Set<PainMechanism>()
            var sentences: [String] = []
            for pattern in patterns where pattern.side.overlaps(area.side) {
                guard let load = knowledge.patternsByID[pattern.id]?.loads.first(where: { $0.region == area.region })
                else { continue }
                ids.append(pattern.id)
                mechanisms.formUnion(load.mechanisms)
                sentences.append(load.explanation)
            }
            let explanation =
                sentences.isEmpty
                ? "Nothing in these results points to a pattern that loads the \(area.region.plainName). "
                    + "Pain here may have another cause; if it persists or worsens, check with a clinician."
                : sentences.joined(separator: " ")
            return PainLink(
                region: area.region, side: area.side, nprs: area.nprs, patterns: ids,
                mechanisms: PainMechanism.allCases.filter(mechanisms.contains), explanation: explanation)
        }
    }
}

extension Region {
    /// The region in a client's words.
    public var plainName: String {
        switch self {
        case .neck: "neck"
        case .upperBack: "upper back"
        case .shoulder: "shoulder"
        case .elbow: "elbow"
        case .wrist: "wrist"
        case .lowBack: "low back"
        case .hip: "hip"
        case .knee: "knee"
        case .ankle: "ankle"
        case .foot: "foot"
        }
    }
}
