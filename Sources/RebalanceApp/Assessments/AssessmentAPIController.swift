import Foundation
import RebalanceCore
import Vapor

/// `POST /api/v1/assessments/evaluate`: the same Case → Assessment contract as `rebalance assess`.
struct AssessmentAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Streamed so an oversized body gets the contract's 400 with a message, not a bare 413.
        routes.on(.POST, "api", "v1", "assessments", "evaluate", body: .stream, use: evaluate)
    }

    @Sendable func evaluate(req: Request) async throws -> Response {
        let knowledge = req.application.shared.knowledge
        let data: Data
        do {
            data = try await RequestBody.collect(req, limit: CaseReader.maximumBytes)
        } catch let error as CaseError {
            return try APIError.invalidCase(error).response(for: req)
        }
        let input: Case
        do {
            input = try CaseReader(knowledge: knowledge).read(data)
        } catch {
            return try APIError.invalidCase(error).response(for: req)
        }
        let assessment = req.application.shared.engine.assess(input)
        return try JSONResponse.make(assessment, status: .ok)
    }
}

/// Collects a streamed request body up to a limit, failing with a case error past it.
enum RequestBody {
    static func collect(_ req: Request, limit: Int) async throws -> Data {
        var buffer = ByteBuffer()
        for try await chunk in req.body {
            var chunk = chunk
            guard buffer.readableBytes + chunk.readableBytes <= limit else {
                throw CaseError("(body)", "the request body is larger than \(limit / 1024) KB; a case is at most 1 MB")
            }
            buffer.writeBuffer(&chunk)
        }
        return Data(buffer.readableBytesView)
    }
}

/// Encodes JSON responses with sorted keys so identical results are byte-identical.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponseStatus) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}

/// A JSON error body: what went wrong, and for invalid input every field path with its message.
enum APIError {
    case invalidCase(CaseError)
    case invalidRequest(CaseError)
    case programRefused(ProgramError)

    struct Body: Encodable {
        let error: String
        let issues: [CaseIssue]
    }

    /// A refused program: no issues with the input, but a clinician must be seen first.
    struct Refusal: Encodable {
        let error: String
        let referral: Referral
    }

    /// A program refused until the confirming questions are answered (send them back as `confirmations`).
    struct Unconfirmed: Encodable {
        let error: String
        let questions: [ConfirmingQuestion]
    }

    func response(for req: Request) throws -> Response {
        switch self {
        case .invalidCase(let error):
            return try JSONResponse.make(Body(error: "invalid case", issues: error.issues), status: .badRequest)
        case .invalidRequest(let error):
            return try JSONResponse.make(Body(error: "invalid request", issues: error.issues), status: .badRequest)
        case .programRefused(.referralRequired(let reasons)):
            let body = Refusal(
                error: "no program: the client should see a clinician first", referral: Referral(reasons: reasons))
            return try JSONResponse.make(body, status: .unprocessableEntity)
        case .programRefused(.confirmFirst(let questions)):
            let body = Unconfirmed(
                error:
                    "no program yet: answer the confirming questions about the notes (send them as \"confirmations\")",
                questions: questions)
            return try JSONResponse.make(body, status: .unprocessableEntity)
        case .programRefused(.invalidOptions(let issues)):
            return try JSONResponse.make(Body(error: "invalid request", issues: issues), status: .badRequest)
        }
    }
}
