import Foundation
import RebalanceCore
import Vapor

/// `POST /api/v1/programs/generate`: a case and program options in, the phased corrective program out.
struct ProgramAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, "api", "v1", "programs", "generate", body: .stream, use: generate)
    }

    @Sendable func generate(req: Request) async throws -> Response {
        let knowledge = req.application.shared.knowledge
        let request: ProgramRequest
        do {
            let data = try await RequestBody.collect(req, limit: CaseReader.maximumBytes)
            request = try ProgramRequest.read(data, knowledge: knowledge)
        } catch let error as CaseError {
            return try APIError.invalidRequest(error).response(for: req)
        }
        let program: CorrectiveProgram
        do {
            program = try ProgramGenerator(engine: req.application.shared.engine)
                .generate(for: request.case, options: request.options)
        } catch {
            return try APIError.programRefused(error).response(for: req)
        }
        return try JSONResponse.make(program, status: .ok)
    }
}
