import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing

@testable import RebalanceApp

/// `LOG_FORMAT=json`: one parseable object per line with the request's fields, and nothing private at any level.
struct JSONLogTests {
    /// A handler that keeps its lines, wrapped as the server wraps every handler.
    static func logger(_ lines: NIOLockedValueBox<[String]>) -> Logger {
        var handler = JSONLogHandler(label: "test", logLevel: .trace)
        handler.write = { line in lines.withLockedValue { $0.append(line) } }
        return Logger(label: "test", factory: { _ in PrivateLogData(handler) })
    }

    @Test func aRequestLineIsOneJSONObjectWithNumbersWhereTheyAreNumbers() throws {
        let lines = NIOLockedValueBox<[String]>([])
        var logger = Self.logger(lines)
        logger[metadataKey: "request-id"] = "5E1F"
        logger.info(
            "request",
            metadata: [
                "route": "/staff/clients/:clientID", "status": "200", "duration_ms": "3.25",
                "member": "0b1c2d3e-0000-4000-8000-000000000001", "method": "GET",
            ])
        let line = try #require(lines.withLockedValue { $0 }.first)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["request_id"] as? String == "5E1F")
        #expect(object["route"] as? String == "/staff/clients/:clientID")
        #expect(object["status"] as? Int == 200)
        #expect(object["duration_ms"] as? Double == 3.25)
        #expect(object["level"] as? String == "info" && object["message"] as? String == "request")
        #expect((object["time"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func boundValuesNeverReachALineAtAnyLevel() throws {
        let lines = NIOLockedValueBox<[String]>([])
        let logger = Self.logger(lines)
        // What the database drivers log for every statement at debug level.
        logger.trace(
            "Executing query",
            metadata: ["sql": "INSERT INTO clients (name) VALUES ($1)", "binds": ["Anneliese Quarterfield"]])
        // What Fluent logs for every query at debug level.
        logger.debug(
            "Running query",
            metadata: [
                "action": "create", "schema": "clients", "input": [["name": "Anneliese Quarterfield"]],
                "filters": ["email = anneliese@example.com"], "joins": [["filters": ["Anneliese"]]],
            ])
        let text = lines.withLockedValue { $0.joined(separator: "\n") }
        #expect(text.contains("INSERT INTO clients") && text.contains(#""schema":"clients""#))
        #expect(!text.contains("Anneliese"))
    }

    @Test func messagesWithQuotesAndLineBreaksStayOneLine() throws {
        let lines = NIOLockedValueBox<[String]>([])
        Self.logger(lines).warning("outbox worker: \"refused\"\nsecond line")
        let line = try #require(lines.withLockedValue { $0 }.first)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "outbox worker: \"refused\"\nsecond line")
    }
}
