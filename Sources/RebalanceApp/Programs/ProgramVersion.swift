import Fluent
import Foundation
import RebalanceCore

/// One version of a program: the whole program as it stood, what changed, who changed it and why.
final class ProgramVersion: Model, @unchecked Sendable {
    static let schema = "program_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramRecord
    @Field(key: "number") var number: Int
    /// `CorrectiveProgram` as JSON.
    @Field(key: "content") var contentJSON: String
    @Field(key: "change") var change: String
    @Field(key: "changed_by") var changedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(programID: UUID, number: Int, content: CorrectiveProgram, change: String, changedBy: String) throws {
        $program.id = programID
        self.number = number
        contentJSON = try JSONColumn.encode(content)
        self.change = change
        self.changedBy = changedBy
    }

    var content: CorrectiveProgram {
        get throws { try JSONColumn.decode(CorrectiveProgram.self, contentJSON) }
    }
}
