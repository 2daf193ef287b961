import Fluent
import Foundation
import RebalanceCore

/// Links a session type to a trainer who offers it, when the type is not offered by everyone.
final class SessionTypeTrainer: Model, @unchecked Sendable {
    static let schema = "session_type_trainers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_type_id") var sessionType: SessionType
    @Parent(key: "staff_id") var trainer: StaffMember

    init() {}

    init(sessionTypeID: UUID, trainerID: UUID) {
        $sessionType.id = sessionTypeID
        $trainer.id = trainerID
    }
}
