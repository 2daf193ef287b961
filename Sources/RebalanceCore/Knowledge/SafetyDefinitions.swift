/// How soon a client with a red flag should see a clinician.
public enum Urgency: String, Vocabulary, Comparable {
    case emergency, sameDay, soon, beforeTraining
    public static let noun = "urgency"

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .emergency: 0
        case .sameDay: 1
        case .soon: 2
        case .beforeTraining: 3
        }
    }

    /// How soon, in a client's words.
    public var plain: String {
        switch self {
        case .emergency: "immediately"
        case .sameDay: "today"
        case .soon: "within the next few days"
        case .beforeTraining: "before training starts"
        }
    }
}

/// A red flag: a sign that needs a clinician before any training, with the words that reveal it in notes.
public struct RedFlagDefinition: Codable, Sendable, Identifiable {
    public let id: RedFlagID
    public let name: String
    /// The yes/no question asked on screens.
    public let question: String
    /// What we tell the client, kindly and clearly.
    public let message: String
    public let seeWhom: String
    public let urgency: Urgency
    public let source: String
    /// Phrases in free text that reveal the flag: each is a list of term groups that must all occur
    /// in one clause; a group matches when a word starts with any of its terms.
    public let phrases: [[[String]]]
    /// Tests whose positive result raises this flag (Ottawa rules).
    public let positiveTests: [TestID]?
    /// Term groups that must also occur somewhere in the same note (a past cancer counts only with new pain).
    public let alsoNeeds: [[String]]?
    /// Phrases that, in the same sentence, explain the words away (numbness from a bike saddle that passes).
    public let unless: [[[String]]]?
    /// Phrases that, in the same sentence, explain away only an occurrence that shares words with their first
    /// group: "this weather is giving me chills" sets the chills aside, not a fever told beside them.
    public let unlessSharing: [[[String]]]?
    /// Words that, affirmed anywhere in the note, give the pain a cause of its own ("twisted", "DOMS"), so a
    /// past cancer is not the likely reason for it.
    public let explainedBy: [String]?
    /// Whether a past or resolved mention still counts (a history of cancer is itself the flag).
    public let historyCounts: Bool?
    /// Whether easing still counts (chest pain on exertion that eases with rest is the warning sign itself).
    public let improvementCounts: Bool?
    /// Whether the flag applies only to a client who is pregnant.
    public let pregnancyOnly: Bool?
    /// From this age, `alsoNeeds` is met without its words (older age is itself the risk factor).
    public let riskAgeFrom: Int?
    /// Phrases that count only from a week of pregnancy on (no kick felt yet means nothing before kicks are due).
    public let fromWeek: GestationPhrases?
    /// Words that elsewhere name someone else but here are the client's own sign: the unborn baby of "the baby's
    /// movements have slowed".
    public let clientsOwn: [String]?
    /// Phrases that name the sign without saying when it comes (a bare "chest pain"): asked about, never cleared.
    public let askWhenUnsaid: UnsaidTiming?
    /// Remedies tried and failed, read across a sentence: the sign when the flag's `alsoNeeds` hold too.
    public let reliefDenied: ReliefDenied?
    /// Signs that count told after their cause, in a later clause or sentence, when the cause counts too.
    public let toldApart: ToldApart?
}

/// Signs told after their cause ("banged my head yesterday, felt fine at first but now I've been sick twice"): each
/// counts in a later clause or sentence than the cause, where both read as the client's own and current.
public struct ToldApart: Codable, Sendable {
    /// Why a sign away from its cause still counts, with its source.
    public let source: String
    /// The cause, one group of terms (a knock to the head).
    public let cause: [String]
    public let phrases: [[[String]]]
}

/// Phrases that name a sign but not when it comes; where they read as the client's own, current words, the note
/// asks the trainer rather than clearing or referring, unless a flag in `unlessFound` already refers for it.
public struct UnsaidTiming: Codable, Sendable {
    /// Why a bare mention is not cleared, with its source.
    public let source: String
    /// Flags that, found in the same note, already say when it comes (chest pain at rest).
    public let unlessFound: [RedFlagID]
    public let phrases: [[[String]]]
}

/// Phrases of a pregnancy flag that count only once the pregnancy has reached `week`, or when its week is unknown.
public struct GestationPhrases: Codable, Sendable {
    public let week: Int
    /// Why the week is where it is, with its source.
    public let source: String
    public let phrases: [[[String]]]
}

/// The cue words that decide whether a red-flag phrase in a note is the client's own, current symptom.
///
/// Modeled on NegEx and ConText (negation, experiencer, temporality and hypothetical triggers around a term,
/// limited to its clause), kept here as reviewed data instead of code.
public struct NoteReadingCues: Codable, Sendable {
    public let source: String
    /// Before a term: "no", "not" — stopped by a comma unless the terms form an "A, B or C" list.
    public let negations: [String]
    /// Before a term and over the whole list that follows: "denies", "screen neg for", "no hx of".
    public let listNegations: [String]
    /// After a term or its label: "– nil", ": none", "? no".
    public let negationsAfter: [String]
    /// Words after a negation that make it a hedge ("not sure").
    public let hedges: [String]
    /// Words that deny only the word right after them: "nothing hurts", but not "nothing helps the pain".
    public let denialsOfTheNextWord: [String]
    /// Denials of a thing rather than of what happened ("no plaster on the blister"), read past in an exception.
    public let thingDenials: [String]
    /// Words after "no" or "not" that make a saying, not a denial: "no worries it passed", "not long after".
    public let sayingsAfterNegation: [String]
    /// Words that say an exception is not the cause: "nothing to do with leg day", "not down to the new shoes".
    public let notTheCause: [String]
    /// Before "be", words that deny what follows: "can't be the new boots".
    public let cannotBe: [String]
    /// Words that start a new item of a list, where a denial reaching back stops.
    public let itemStarts: [String]
    /// Words a note opens with when a son or daughter writes about the client ("Mum's lost 10 kg").
    public let openingRelations: [String]
    /// Words that make a week of pregnancy in their sentence someone else's, a past one, or a course's length
    /// ("lost her last baby at 18 weeks", "booked 10/40", "an 8 week preg pilates course").
    public let otherPregnancyWeeks: [String]
    /// Someone other than the client having or having had it: "father had", "family history", "works on".
    public let otherPeople: [String]
    /// Anywhere in the clause, a sign that it is about something other than the client's body: a fundraiser, a
    /// patient they treated, a course they took.
    public let elsewhere: [String]
    /// A past, finished episode: "years ago", "fully recovered".
    public let historic: [String]
    /// In a list item of its own, words that start a new event, so a time named earlier in the sentence does not
    /// date it ("broke my wrist 3 years ago, sudden back pain lifting shopping").
    public let freshOnset: [String]
    /// Before a term whose history counts, words that make it something looked for rather than found ("tested for
    /// bowel cancer"): "all clear" after it is then a "no", not the outcome of a treated illness.
    public let lookedFor: [String]
    /// How a symptom behaves rather than that it is over: after "resolved" or "settled", "on stopping", "with
    /// rest" describe exertional chest pain, not a past episode.
    public let settlesWith: [String]
    /// Getting better: "easing", "improving".
    public let improving: [String]
    /// Words that keep a symptom current despite improvement: "still", "but".
    public let stillCurrent: [String]
    /// Plans, warnings and questions: "if she gets", "watch for", "what if".
    public let hypothetical: [String]
    /// After a term, the plan it would set off: "would mean we stop".
    public let hypotheticalAfter: [String]
    /// Words by which the client answers what the trainer asked ("Describing the thing you asked about: a tight vest
    /// over the sternum …") or tells news ahead of a session ("I ought to mention before our next session that …"): a
    /// plan's or question's words inside them do not make what follows hypothetical.
    public let notAPlan: [String]
    /// After a term, a question asked in general ("is chest pain on the stairs a bad sign?"); a question after the
    /// writer's own words ("I get chest pain on the stairs, is that a bad sign?") asks about their own sign.
    public let generalQuestions: [String]
    /// Besides the first-person words, words before a general question's sign that tell of the writer's own ("my",
    /// "been getting").
    public let ownSignWords: [String]
    /// After a question or plan, words that claim the sign it asked about as the client's own ("Should I stop if I
    /// get chest pain on the stairs? I've had it since Friday").
    public let claimsTheLast: [String]
    /// After a plan or a safety briefing, words by which the client says they have had none of it ("Pt currently
    /// asymptomatic", "Got it. Haven't had anything like that"): the briefing then clears instead of asking.
    public let allClearAfterPlan: [String]
    /// Words that deny a list or briefing just before a contrast ("none of it except …", "no to everything but her
    /// calf …"): the sign after the contrast is the client's own, and the list's words before it do not reach it.
    public let exceptionsToAList: [String]
    /// Words with "or" that join no list ("for a week or so"), so the clause's denials reach no further than usual.
    public let notLists: [String]
    /// Someone writing for the client ("Caller says …"): words about another person then mean the client.
    public let onBehalf: [String]
    /// The writer speaking as the client ("I am fine", "I'll miss class"), which overrides `onBehalf`.
    public let writerIsClient: [String]
    /// Relations a writer names themselves by ("I'm Priya's daughter"), which makes the note written for the client.
    public let writersRelations: [String]
    /// Words that end one clause and start another: "but", "however".
    public let contrasts: [String]
    /// Contrasts that may also close their clause as an afterthought ("not my legs though, like a band across my
    /// chest"): before a comma, a segment break (a dash, colon or question mark) or the end of a sentence they break
    /// nothing.
    public let afterthoughts: [String]
    /// Words after which a new person's story starts but the same event goes on ("Dad had a heart attack and now I
    /// get chest pain", "a coughing fit and now a pain in my ribs"): whose it is stops there, the phrase does not.
    public let scopeBreaks: [String]
    /// Words that a shorter term never matches as their start: "number" is not "numb…", "restart" not "rest".
    public let wholeWords: [String]
    /// Words that open a greeting, after which "my friend" is the reader, not someone else ("Hello my friend, …").
    public let greetings: [String]
    /// Words that are still the greeting right after one ("Hi there"), when finding the word a note opens with.
    public let greetingFollowers: [String]
    /// After a note's opening relation, words by which it names who writes ("Dad here", "Mum says", "Mum and I").
    public let writerAfterOpening: [String]
    /// Relatives who, named with the client's own age ("My mom (72)", "Dad, 81,"), are the client.
    public let relativesNamedWithAge: [String]
    /// Pronouns done to someone ("walking with him"), which do not make a sign told after another person the client's.
    public let objectPronouns: [String]
    /// Words before someone else that make them a companion, not the one it happened to ("hiked with my buddy").
    public let companions: [String]
    /// Words before someone else that make them what the client fell over, not the one it happened to ("tripped over
    /// the dog").
    public let fellOver: [String]
    /// Things after someone else's name that the client may be using ("on my wife's old walker"): the clause stays
    /// the client's.
    public let belongings: [String]
    /// Words a line cannot end on, so a line break after one is a wrap and the sentence goes on.
    public let carryOverWords: [String]
    /// Words a line may end on, after which a line break is a wrap only when the next line starts in lower case.
    public let carryOverBeforeLowerCase: [String]
    /// Words that report an answer ("Any numbness? She says no"); the answer is what follows them.
    public let answerReporters: [String]
    /// Words that tell who asked, between a question and its answer ("Chest tightness? Asked him straight - no.").
    public let questionAskers: [String]
    /// Words in a reported answer that take its "no" back ("Says no, then admits it's been numb").
    public let answerRetractions: [String]
    /// Words after a several-word denial that tell when it does happen ("Not really, just when I rush").
    public let denialExceptions: [String]
    /// Words that make an answer cover the whole list asked about ("No to all", "dizziness, diplopia all neg").
    public let answersForAll: [String]
    /// Words that may follow a one-word answer without changing it ("No lah", "No ma'am", "Nope, mate").
    public let answerTails: [String]
    /// Denials that are not a status word right after a phrase ("numbness no better" is not answered no).
    public let notAStatus: [String]
    /// Words before a whole-list answer that make it news ("got the all clear" answers nothing).
    public let newsBeforeAnswerForAll: [String]
    /// Words with which a writer introduces themselves by the client ("I'm Priya's daughter").
    public let writerIntroductions: [String]
    /// Words after "no difference" or "no change" that make it a measurement compared ("no change in resting HR").
    public let measurementCompared: [String]
    /// A form's one-word "yes" answers after a label ("Chest discomfort: Y").
    public let yesAnswers: [String]
    /// A form's one-word "no" answers after a label ("Smoker Y/N: N").
    public let noAnswers: [String]
    /// Right before a historic cue, words that say it is not over or tell when it began ("never used to").
    public let notOverBefore: [String]
    /// Words that name someone of the client's other sex ("he" in a woman's note): keyed `female` and `male`.
    public let otherSexWords: [String: [String]]
    /// Pronouns and relatives of the client's other sex ("he", "my son" in a woman's note): a note written for someone
    /// so named is not written for the client. Keyed `female` and `male`.
    public let otherSexRelations: [String: [String]]
    /// The writer speaking as themselves after naming someone else ("My wife says I walk strange").
    public let firstPerson: [String]
    /// Around a blood pressure in its sentence, a reading taken in or straight after effort, or with a cuff the
    /// writer says was wrong, which is not a resting blood pressure ("post-exercise 172/88").
    public let exerciseReadings: [String]
    /// Everyday sayings that name a body part or symptom without meaning one ("my boss is a pain in the neck"),
    /// each read as one neutral word.
    public let idioms: [String]
    /// Clinical shorthand written with a slash, read as the words it stands for ("c/o" is "complains of").
    public let shorthand: [String: String]
    /// Movements and tests whose degrees are an angle, not a temperature ("SLR 40 degrees", "hip flexion 105°").
    public let angleWords: [String]
    /// Before a temperature, words that say it was taken ("took my temp"), so it is not the weather's.
    public let temperatureTaken: [String]
    /// Words that make a temperature with a unit the weather's ("110F forecast Saturday"), not the client's.
    public let weatherWords: [String]
    /// Temperature in °C from which a written temperature counts as a fever.
    public let feverFromCelsius: Double
    /// Weeks after an operation within which it counts as recent.
    public let recentSurgeryWeeks: Int
}

/// What a "yes" to a health question leads to.
public enum HealthAnswerOutcome: String, Vocabulary {
    /// Noted, no change to clearance (a joint problem is why clients come).
    case noted
    /// Cleared with caution and follow-up questions.
    case caution
    /// Refer to a clinician before training.
    case refer
    public static let noun = "health-answer outcome"
}

/// One PAR-Q+-style general health question.
public struct HealthQuestion: Codable, Sendable, Identifiable {
    public let id: String
    public let question: String
    public let ifYes: HealthAnswerOutcome
    /// The follow-up a trainer asks, or the message for a referral.
    public let followUp: String
    /// For a referring "yes": how soon and whom to see (before training and "your doctor" when not given). A question
    /// that asks about a red flag carries that flag's urgency, so the same symptom never gets two urgencies.
    public let urgency: Urgency?
    public let seeWhom: String?
    public let source: String
}

/// The blood-pressure rule: refer at or above stage-2 values, caution above normal.
public struct BloodPressureRule: Codable, Sendable {
    public let referSystolic: Int
    public let referDiastolic: Int
    public let cautionSystolic: Int
    public let cautionDiastolic: Int
    public let message: String
    public let cautionMessage: String
    public let source: String
}

/// The health screen and red flags as loaded from `safety.yaml`.
public struct SafetyDefinitions: Codable, Sendable {
    public let healthQuestions: [HealthQuestion]
    public let bloodPressure: BloodPressureRule
    public let pregnancyCaution: String
    public let redFlags: [RedFlagDefinition]
    public let noteReading: NoteReadingCues
    /// Positions and demands to leave out for a condition or a painful area.
    public let positionRules: [PositionRule]
}

/// Leaves out exercises done in some positions, or with some demands, for a condition or a painful area.
public struct PositionRule: Codable, Sendable {
    /// When it applies: a condition, or pain in a region at or above a rating (an unrated pain counts).
    public struct When: Codable, Sendable {
        public let condition: TrainingCondition?
        public let pain: Region?
        public let minNprs: Int?
    }

    public let id: String
    public let when: When
    public let avoidPositions: [BodyPosition]?
    public let avoidDemands: [ExerciseDemand]?
    /// Why, as the program shows it after "not with".
    public let reason: String
    public let source: String
}
