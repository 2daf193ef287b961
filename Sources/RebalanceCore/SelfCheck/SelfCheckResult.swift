/// What a prospective client sees after the self-check: possible patterns, why it may hurt, what to try at
/// home this week, and what an in-studio assessment would check — or, with a red flag, only the referral.
public struct SelfCheckResult: Sendable, Equatable, Encodable {
    /// A pattern the signs point to, in plain words.
    public struct PossiblePattern: Sendable, Equatable, Encodable {
        public let name: String
        public let plainName: String
        public let side: String?
        public let explanation: String
        /// The client's own answers that point to it.
        public let because: [String]
        /// "Because you said: …", or `nil` when no single answer does.
        public let becauseText: String?

        init(name: String, plainName: String, side: String?, explanation: String, because: [String]) {
            (self.name, self.plainName, self.side, self.explanation, self.because) =
                (name, plainName, side, explanation, because)
            becauseText = because.isEmpty ? nil : "Because you said: " + because.joined(separator: " · ")
        }
    }

    /// Why one painful area may hurt.
    public struct PainReason: Sendable, Equatable, Encodable {
        public let area: String
        public let nprs: Int?
        public let mechanisms: [String]
        public let explanation: String
        /// The mechanisms as one line ("In short: compensation; restricted range of motion."), or `nil` with none.
        public let inShort: String?

        init(area: String, nprs: Int?, mechanisms: [String], explanation: String) {
            (self.area, self.nprs, self.mechanisms, self.explanation) = (area, nprs, mechanisms, explanation)
            inShort = mechanisms.isEmpty ? nil : "In short: " + mechanisms.joined(separator: "; ") + "."
        }
    }

    /// A gentle drill from the library, safe for the client's pain and needing no kit.
    public struct HomeTip: Sendable, Equatable, Encodable {
        public let name: String
        public let setup: String
        public let cues: [String]
        public let dose: String
        /// What the drill works on ("Activates your glutes"); `nil` when the library names no target muscle.
        public let why: String?
    }

    public let referral: Referral
    /// Never `confirmFirst` once the health step is done: the visitor's own answers settle every question.
    public let clearance: Clearance
    public let cautions: [Caution]
    public let patterns: [PossiblePattern]
    public let painReasons: [PainReason]
    public let homeTips: [HomeTip]
    /// Tests a trainer would run in the studio, by name.
    public let studioChecks: [String]
    public let disclaimer: String

    /// At most this many home drills: a first week should be simple.
    public static let maximumTips = 3

    public init(answers: SelfCheckAnswers, engine: AssessmentEngine) {
        let knowledge = engine.knowledge
        var input = answers.asCase
        // The visitor answers every warning-sign question themselves: once the health step is done, their own
        // "no" settles a sign their words mention in a way the reading is unsure about (nothing left to ask).
        if answers.isComplete {
            input.confirmations = knowledge.safety.redFlags.filter { !answers.redFlags.contains($0.id) }
                .map { Confirmation(flag: $0.id, current: false) }
        }
        let assessment = engine.assess(input)
        referral = assessment.referral
        clearance = assessment.clearance
        cautions = assessment.cautions
        disclaimer = assessment.disclaimer
        guard !assessment.referral.required else {
            // A red flag shows the referral and nothing else: no patterns, no exercises, no sales pitch.
            (patterns, painReasons, homeTips, studioChecks) = ([], [], [], [])
            return
        }
        let signNames = Dictionary(knowledge.signs.map { ($0.id, $0.statement) }, uniquingKeysWith: { a, _ in a })
        let candidates = assessment.possiblePatterns + assessment.patterns
        patterns = candidates.map { pattern in
            PossiblePattern(
                name: pattern.name, plainName: pattern.plainName,
                side: pattern.side == .both ? nil : pattern.side.rawValue, explanation: pattern.explanation,
                because: pattern.evidence.compactMap { evidence in
                    if let sign = evidence.sign { return signNames[sign] }
                    return evidence.pain.map { "Pain in your \($0.plainName)" }
                })
        }
        let reported = Set(answers.signs.map(\.sign))
        // The patterns that often load each painful area, worked out once for the reasons, drills and checks.
        let leadsOf = Dictionary(
            input.painAreas.map { ($0.region, Self.patterns(loading: $0.region, signs: reported, knowledge)) },
            uniquingKeysWith: { first, _ in first })
        painReasons = assessment.painLinks.map { link in
            let area = link.side == .both ? link.region.plainName : "\(link.side.rawValue) \(link.region.plainName)"
            // A painful area no pattern explains yet: name the patterns that often load it, as possibilities.
            let leads = link.patterns.isEmpty ? leadsOf[link.region] ?? [] : []
            guard let first = leads.first else {
                return PainReason(
                    area: area, nprs: link.nprs, mechanisms: link.mechanisms.map(\.plainName),
                    explanation: link.explanation)
            }
            let names = leads.map(\.pattern.plainName.lowercasedFirst).joined(separator: " or ")
            let tests = Self.testNames(of: leads.map(\.pattern), knowledge)
            let check = tests.isEmpty ? "" : " A studio assessment tells these apart with " + tests.joinedAsList + "."
            return PainReason(
                area: area, nprs: link.nprs,
                mechanisms: PainMechanism.allCases.filter { first.load.mechanisms.contains($0) }.map(\.plainName),
                explanation: "Pain in the \(link.region.plainName) often goes with \(names). \(first.load.explanation)"
                    + check)
        }
        // What hurts comes first: the named patterns that load a painful area, then the patterns that often load
        // it, then the other named patterns. Drills and studio checks follow that order.
        let painful = Set(input.painAreas.map(\.region))
        let loadsPain = { (id: PatternID) in
            knowledge.patternsByID[id]?.loads.contains { painful.contains($0.region) } ?? false
        }
        let leads = input.painAreas.flatMap { leadsOf[$0.region] ?? [] }
        let order = (candidates.map(\.id).filter(loadsPain) + leads.map(\.pattern.id) + candidates.map(\.id)).uniqued
        homeTips = Self.tips(for: order, painAreas: input.painAreas, knowledge: knowledge)
        let tests = order.flatMap { id in
            candidates.first { $0.id == id }?.testsToConfirm
                ?? knowledge.patternsByID[id]?.evidence.compactMap(\.test) ?? []
        }
        studioChecks = tests.uniqued.prefix(6).map {
            knowledge.testsByID[$0]?.name ?? $0.rawValue
        }
    }

    /// Up to two patterns that load `region`, those the visitor's signs point to first.
    static func patterns(loading region: Region, signs: Set<SignID>, _ knowledge: KnowledgeBase)
        -> [(pattern: PatternDefinition, load: PainLoad)]
    {
        let loading = knowledge.patterns.compactMap { pattern in
            pattern.loads.first { $0.region == region }.map { (pattern: pattern, load: $0) }
        }
        let signed = loading.filter { lead in lead.pattern.evidence.contains { $0.sign.map(signs.contains) ?? false } }
        let rest = loading.filter { lead in !signed.contains { $0.pattern.id == lead.pattern.id } }
        return Array((signed + rest).prefix(2))
    }

    /// The names of up to three tests the patterns' evidence uses.
    static func testNames(of patterns: [PatternDefinition], _ knowledge: KnowledgeBase) -> [String] {
        patterns.flatMap { $0.evidence.compactMap(\.test) }.uniqued.prefix(3)
            .compactMap { knowledge.testsByID[$0]?.name }
    }

    /// Level-1 reposition drills with no kit, for the patterns' muscles, safe for the reported pain.
    static func tips(for patterns: [PatternID], painAreas: [PainArea], knowledge: KnowledgeBase) -> [HomeTip] {
        let safety = ExerciseSafety(painAreas: painAreas, conditions: [], rules: knowledge.safety.positionRules)
        var muscles: [MuscleID] = []
        for pattern in patterns {
            guard let definition = knowledge.patternsByID[pattern] else { continue }
            for muscle in definition.underactive + definition.overactive where !muscles.contains(muscle) {
                muscles.append(muscle)
            }
        }
        var chosen: [ExerciseDefinition] = []
        // Always start with breathing: it is safe for everyone and the first step of the method.
        let breathing = knowledge.exercises.first {
            $0.movement == .breathing && $0.level == 1 && $0.equipment.allSatisfy(Equipment.everywhere.contains)
                && safety.reasonToAvoid($0) == nil
        }
        if let breathing { chosen.append(breathing) }
        for muscle in muscles where chosen.count < maximumTips {
            let drill = (knowledge.exercisesByMuscle[muscle] ?? []).first { exercise in
                exercise.phases.contains(.reposition) && exercise.level == 1
                    && exercise.equipment.allSatisfy(Equipment.everywhere.contains)
                    && safety.reasonToAvoid(exercise) == nil
                    && !chosen.contains { $0 === exercise }
            }
            if let drill { chosen.append(drill) }
        }
        return chosen.map { exercise in
            // "Activates your glutes and your deep belly muscle": one verb for the muscles that share it.
            var phrases: [(verb: String, muscles: [String])] = []
            for target in exercise.targets.prefix(2) {
                guard let muscle = knowledge.musclesByID[target.muscle] else { continue }
                if let index = phrases.firstIndex(where: { $0.verb == target.role.verb }) {
                    phrases[index].muscles.append("your \(muscle.plainName)")
                } else {
                    phrases.append((target.role.verb, ["your \(muscle.plainName)"]))
                }
            }
            let why = phrases.map { "\($0.verb) \($0.muscles.joinedAsList)" }.joinedAsList
            return HomeTip(
                name: exercise.name, setup: exercise.setup, cues: exercise.cues,
                dose: SideDosing.dosage(of: exercise, leadSide: nil).summary,
                why: why.isEmpty ? nil : why.capitalizedFirst + ".")
        }
    }
}

extension String {
    /// The string with its first letter upper-cased.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The string with its first letter lower-cased ("Stiff ankles" → "stiff ankles" inside a sentence).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

extension [String] {
    /// "a", "a and b", "a, b and c".
    var joinedAsList: String {
        count <= 2 ? joined(separator: " and ") : dropLast().joined(separator: ", ") + " and " + (last ?? "")
    }
}
