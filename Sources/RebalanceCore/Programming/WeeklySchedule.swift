/// What a phase asks of each day of a typical week.
public struct WeeklySchedule: Codable, Sendable, Equatable {
    /// What happens on one day.
    public enum Activity: String, Vocabulary {
        /// A full 1:1 session at the studio.
        case studioSession
        /// The full session, done at home.
        case homeSession
        /// The short home routine between sessions.
        case homePractice
        case rest
        public static let noun = "day activity"
    }

    /// One day of the week and its plan.
    public struct Day: Codable, Sendable, Equatable {
        public let weekday: Weekday
        public let activity: Activity
        public let minutes: Int
    }

    public let days: [Day]

    /// Main sessions spread through the week with rest between them; home practice on the days between.
    static func make(
        sessions: Int, setting: TrainingSetting, practiceDays: Int, sessionMinutes: Int, practiceMinutes: Int
    ) -> WeeklySchedule {
        let sessionDays = spread(sessions)
        let main: Activity = setting == .studio ? .studioSession : .homeSession
        // Free days in week order, so Sunday is the last one given to practice.
        let free = (0..<7).filter { !sessionDays.contains($0) }
        let practice = practiceMinutes > 0 ? Set(free.prefix(practiceDays)) : []
        let days = Weekday.allCases.enumerated().map { index, weekday in
            if sessionDays.contains(index) { return Day(weekday: weekday, activity: main, minutes: sessionMinutes) }
            if practice.contains(index) {
                return Day(weekday: weekday, activity: .homePractice, minutes: practiceMinutes)
            }
            return Day(weekday: weekday, activity: .rest, minutes: 0)
        }
        return WeeklySchedule(days: days)
    }

    /// Day indexes (Monday = 0) for n sessions, as evenly spaced as a week allows.
    static func spread(_ sessions: Int) -> Set<Int> {
        switch sessions {
        case ...1: [0]
        case 2: [0, 3]
        case 3: [0, 2, 4]
        case 4: [0, 1, 3, 4]
        case 5: [0, 1, 2, 3, 4]
        case 6: [0, 1, 2, 3, 4, 5]
        default: [0, 1, 2, 3, 4, 5, 6]
        }
    }

    /// Days with any training in a week.
    public var trainingDays: Int { days.filter { $0.activity != .rest }.count }
}
