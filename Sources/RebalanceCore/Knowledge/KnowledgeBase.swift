import Foundation
import Yams

/// The typed, validated knowledge base: muscles, tests and norms, patterns, compensations, safety, exercises.
public struct KnowledgeBase: Sendable {
    public let meta: KnowledgeMeta
    public let muscles: [Muscle]
    public let signs: [SignDefinition]
    public let compensations: [CompensationDefinition]
    public let tests: [TestDefinition]
    public let ratios: [RatioDefinition]
    public let patterns: [PatternDefinition]
    public let safety: SafetyDefinitions
    public let exercises: [ExerciseDefinition]
    /// The body positions the exercise pictures are drawn from.
    public let poses: [BodyPose]
    /// The posture-photo measures with their norms.
    public let posture: [PostureNorm]

    public let musclesByID: [MuscleID: Muscle]
    public let signsByID: [SignID: SignDefinition]
    public let testsByID: [TestID: TestDefinition]
    public let patternsByID: [PatternID: PatternDefinition]
    public let redFlagsByID: [RedFlagID: RedFlagDefinition]
    public let exercisesByID: [ExerciseID: ExerciseDefinition]
    public let posesByID: [PoseID: BodyPose]
    public let postureByKind: [PostureMeasure.Kind: PostureNorm]
    /// Exercises by the muscles they target, in library order.
    public let exercisesByMuscle: [MuscleID: [ExerciseDefinition]]
    public let compensationsByID: [OverheadSquatCompensation: CompensationDefinition]
    /// Catalogue position of each test and ratio, for a stable output order.
    public let catalogueOrder: [TestID: Int]

    /// The version every assessment names.
    public var version: String { meta.version }

    /// Builds and validates a knowledge base from decoded parts.
    public init(
        meta: KnowledgeMeta, muscles: [Muscle], signs: [SignDefinition],
        compensations: [CompensationDefinition], tests: [TestDefinition], ratios: [RatioDefinition],
        patterns: [PatternDefinition], safety: SafetyDefinitions, exercises: [ExerciseDefinition],
        poses: [BodyPose], posture: [PostureNorm]
    ) throws(KnowledgeBaseError) {
        self.meta = meta
        self.muscles = muscles
        self.signs = signs
        self.compensations = compensations
        self.tests = tests
        self.ratios = ratios
        self.patterns = patterns
        self.safety = safety
        self.exercises = exercises
        self.poses = poses
        self.posture = posture
        // Duplicates are reported by the validator; the first entry wins in the indexes.
        musclesByID = Dictionary(muscles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        signsByID = Dictionary(signs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        testsByID = Dictionary(tests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        patternsByID = Dictionary(patterns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        redFlagsByID = Dictionary(safety.redFlags.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        exercisesByID = Dictionary(exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        postureByKind = Dictionary(posture.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        posesByID = Dictionary(poses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        compensationsByID = Dictionary(compensations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byMuscle: [MuscleID: [ExerciseDefinition]] = [:]
        for exercise in exercises {
            for muscle in Set(exercise.targets.map(\.muscle)) { byMuscle[muscle, default: []].append(exercise) }
        }
        exercisesByMuscle = byMuscle
        var order: [TestID: Int] = [:]
        for (index, id) in (tests.map(\.id) + ratios.map(\.id)).enumerated() where order[id] == nil {
            order[id] = index
        }
        catalogueOrder = order
        let issues = KnowledgeValidator(knowledge: self).issues()
        if !issues.isEmpty { throw .invalid(issues) }
    }

    /// Loads every knowledge-base file from a directory.
    public static func load(from directory: URL) throws(KnowledgeBaseError) -> KnowledgeBase {
        let files = KnowledgeFiles(directory: directory)
        return try KnowledgeBase(
            meta: files.decode(KnowledgeMeta.self, "meta.yaml"),
            muscles: files.decode([Muscle].self, "muscles.yaml"),
            signs: files.decode([SignDefinition].self, "signs.yaml"),
            compensations: files.decode([CompensationDefinition].self, "compensations.yaml"),
            tests: files.decode([TestDefinition].self, "tests.yaml"),
            ratios: files.decode([RatioDefinition].self, "ratios.yaml"),
            patterns: files.decode([PatternDefinition].self, "patterns.yaml"),
            safety: files.decode(SafetyDefinitions.self, "safety.yaml"),
            exercises: files.decode([ExerciseDefinition].self, "exercises.yaml"),
            poses: files.decode([BodyPose].self, "poses.yaml"),
            posture: files.decode([PostureNorm].self, "posture.yaml")
        )
    }

    /// The knowledge base shipped with the product, loaded once per process.
    public static func bundled() throws(KnowledgeBaseError) -> KnowledgeBase {
        try bundledResult.get()
    }

    /// The folder of the shipped knowledge-base files.
    public static var bundledDirectory: URL? { Bundle.module.url(forResource: "knowledge", withExtension: nil) }

    private static let bundledResult: Result<KnowledgeBase, KnowledgeBaseError> = {
        guard let directory = bundledDirectory else {
            return .failure(.missingResources)
        }
        return Result { () throws(KnowledgeBaseError) in try load(from: directory) }
    }()

    /// The start and end pictures of an exercise, or nil when the library has none for it.
    public func drawing(of exercise: ExerciseDefinition) -> ExerciseDrawing? {
        guard let figure = exercise.figure, let start = posesByID[figure.start] else { return nil }
        return ExerciseDrawing(start: start, end: figure.end.flatMap { posesByID[$0] })
    }

    /// The test or ratio name for an id, falling back to the id.
    public func displayName(of test: TestID) -> String {
        testsByID[test]?.name ?? ratios.first { $0.id == test }?.name ?? test.rawValue
    }
}

/// Reads and decodes the YAML files of one knowledge-base folder, naming the file on failure.
private struct KnowledgeFiles {
    let directory: URL

    func decode<T: Decodable>(_ type: T.Type, _ name: String) throws(KnowledgeBaseError) -> T {
        let url = directory.appendingPathComponent(name)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: name, reason: "missing or not UTF-8 text")
        }
        do {
            // Read as `YAMLDecoder.decode(_:from:)` reads a text (only merge keys resolved), keeping the parser,
            // which holds the anchors, alive while decoding; then each list's "{a|b}" choices are spelled out.
            let decoder = YAMLDecoder()
            let parser = try Parser(yaml: text, resolver: .basic.appending(.merge), encoding: decoder.options.encoding)
            return try withExtendedLifetime(parser) {
                try decoder.decode(T.self, from: SpelledOutTerms.node(parser.singleRoot() ?? ""))
            }
        } catch let error as DecodingError {
            throw .unreadable(file: name, reason: DecodingErrorText.describe(error))
        } catch {
            throw .unreadable(file: name, reason: String(describing: error))
        }
    }
}
