import Foundation
import RebalanceCore
import Vapor

/// Runs the optional pose detector (`POSE_DETECTOR`) on a posture photo, off the event loop and within a time
/// limit, and reads its points. What it cannot place stays for the trainer; nothing it says is trusted unchecked.
enum PoseDetector {
    /// A photo takes a few seconds; a stuck detector must not hold the trainer's page.
    static let timeLimit: TimeInterval = 120

    /// What went wrong, in the trainer's words.
    enum Failure: Error, CustomStringConvertible {
        case notConfigured
        case failed(String)

        var description: String {
            switch self {
            case .notConfigured: "Automatic points are not set up on this server."
            case .failed(let why): "Automatic points did not work: \(why). Place the points by hand."
            }
        }
    }

    /// The detector's points for `bytes`, as landmarks of `view`.
    static func landmarks(
        for bytes: Data, view: PostureView, on app: Application
    ) async throws -> PostureLandmarks {
        guard let executable = app.shared.settings.poseDetector else { throw Failure.notConfigured }
        let output = try await app.threadPool.runIfActive { try run(executable, photo: bytes) }
        do {
            return try KeypointImport.landmarks(from: output, view: view)
        } catch {
            throw Failure.failed("its output could not be read (\(error))")
        }
    }

    /// Writes the photo to a private temporary file and runs the detector on it; blocking, so only on a pool thread.
    private static func run(_ executable: String, photo: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-pose-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("photo")
        try photo.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure.failed("the detector could not be started")
        }
        let stop = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: stop)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        stop.cancel()
        guard process.terminationReason == .exit else { throw Failure.failed("it took too long") }
        guard process.terminationStatus == 0 else {
            throw Failure.failed(process.terminationStatus == 1 ? "no person was found in the photo" : "it failed")
        }
        return data
    }
}
