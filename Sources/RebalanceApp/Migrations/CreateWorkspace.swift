import Fluent
import SQLKit

/// Creates the trainer's workspace: clients, health screens and clearances, assessments, programs and their
/// versions, session logs, function scores and the audit log.
struct CreateWorkspace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Client.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("lead_id", .uuid, .references(Lead.schema, "id", onDelete: .setNull))
            .field("self_screen_id", .uuid, .references(SelfCheckRecord.schema, "id", onDelete: .setNull))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string)
            .field("date_of_birth", .string, .required)
            .field("sex", .string)
            .field("goals", .string, .required)
            .field("pain_areas", .string, .required)
            .field("equipment", .string, .required)
            .field("sessions_per_week", .int, .required)
            .field("minutes_per_session", .int, .required)
            .field("setting", .string, .required)
            .field("level", .int, .required)
            .field("referral", .string, .required)
            .field("recheck_due", .string, .required)
            .field("notes", .string, .required)
            .field("current_phase", .string, .required)
            .field("search_text", .string, .required)
            .field("archived_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(HealthScreenRecord.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("answers", .string, .required)
            .field("clearance", .string, .required)
            .field("reasons", .string, .required)
            .field("performed_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(ClearanceRecord.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("cleared_on", .string, .required)
            .field("clinician", .string, .required)
            .field("note", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(AssessmentRecord.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("compared_with", .uuid)
            .field("performed_on", .string, .required)
            .field("findings", .string, .required)
            .field("notes", .string, .required)
            .field("result", .string, .required)
            .field("knowledge_version", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ProgramRecord.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, "id", onDelete: .cascade))
            .field("phase", .string, .required)
            .field("phase_started_on", .string, .required)
            .field("active", .bool, .required)
            .field("share_token", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "share_token")
            .create()
        try await database.schema(ProgramVersion.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramRecord.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("content", .string, .required)
            .field("change", .string, .required)
            .field("changed_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "program_id", "number")
            .create()
        try await database.schema(SessionRecord.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("program_id", .uuid, .references(ProgramRecord.schema, "id", onDelete: .setNull))
            .field("day", .string, .required)
            .field("log", .string, .required)
            .field("recorded_by", .string, .required)
            .field("flare", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(FunctionScore.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("items", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(AuditEntry.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("staff_id", .uuid)
            .field("staff_name", .string, .required)
            .field("client_ref", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for statement in [
            "CREATE INDEX clients_studio_name ON clients (studio_id, name)",
            "CREATE INDEX clients_studio_email ON clients (studio_id, email)",
            "CREATE INDEX health_screens_client ON health_screens (client_id, created_at)",
            "CREATE INDEX clearances_client ON clearances (client_id)",
            "CREATE INDEX assessments_client ON assessments (client_id, performed_on)",
            "CREATE INDEX programs_client ON programs (client_id, active)",
            "CREATE INDEX session_logs_client ON session_logs (client_id, day)",
            "CREATE INDEX function_scores_client ON function_scores (client_id, day)",
            "CREATE INDEX audit_log_client ON audit_log (client_ref, created_at)",
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            AuditEntry.schema, FunctionScore.schema, SessionRecord.schema, ProgramVersion.schema, ProgramRecord.schema,
            AssessmentRecord.schema, ClearanceRecord.schema, HealthScreenRecord.schema, Client.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
