import Vapor

/// Registers every route collection.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: AssessmentAPIController())
    try app.register(collection: ProgramAPIController())
    try app.register(collection: OpenAPIController())
    try app.register(collection: HomeController())
    try app.register(collection: SelfScreenController())
    try app.register(collection: StaffAccountController())
    try app.register(collection: LeadsController())
    try app.register(collection: TeamController())
    try app.register(collection: BookingAPIController())
    try app.register(collection: BookingPagesController())
    try app.register(collection: ManageBookingController())
    try app.register(collection: AgendaController())
    try app.register(collection: StaffBookingController())
    try app.register(collection: AvailabilityController())
    try app.register(collection: SessionTypesController())
    try app.register(collection: CalendarFeedController())
    try app.register(collection: ClientsController())
    try app.register(collection: HealthScreenController())
    try app.register(collection: ClientAssessmentController())
    try app.register(collection: ProgramBuilderController())
    try app.register(collection: SessionLogController())
}
