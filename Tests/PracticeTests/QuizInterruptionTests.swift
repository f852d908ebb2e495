import Foundation
import GRDB
import ProblemBank
import Testing
@testable import Practice

/// `dojo quiz` stopped in the middle: Ctrl-C saves what was answered and says so; `kill -9`
/// loses at most the answer in flight and leaves the database intact.
@Suite(.serialized) struct QuizInterruptionTests {
    /// A running `dojo quiz` whose input is written a line at a time.
    final class RunningQuiz: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        private let output = Pipe()
        private let lock = NSLock()
        private var text = ""

        init(environment: [String: String]) throws {
            let binary = try #require(CommandLineTests.binary, "the dojo executable must be built next to the tests")
            process.executableURL = binary
            process.arguments = ["quiz", "--count", "3", "--new", "3"]
            process.environment = environment
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.text += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        var printed: String { lock.withLock { text } }

        func send(_ line: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// Waits until the output contains `needle` `count` times (up to 30 s).
        func wait(for needle: String, count: Int = 1) -> Bool {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if printed.components(separatedBy: needle).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }

        func finish() -> (status: Int32, reason: Process.TerminationReason) {
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            // What the handler had not collected yet.
            let rest = output.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { text += String(decoding: rest, as: UTF8.self) }
            return (process.terminationStatus, process.terminationReason)
        }
    }

    static func plannedQuestions(home: URL, environment: [String: String]) throws -> [QuizQuestion] {
        let catalog = try PracticeCatalog.load(home: DataHome(directory: home), environment: environment)
        let plan = try QuizPlanner.plan(
            catalog: catalog, cards: [], openItems: [], options: QuizOptions(count: 3, newLimit: 3),
            now: instant("2026-01-05T09:00:00Z"))
        try #require(plan.count >= 2, "the bank needs at least 2 questions the quiz can grade")
        return plan.map(\.question)
    }

    @Test func interruptSavesTheAnswerInHandAndSaysSo() throws {
        let home = try TemporaryDirectory()
        let environment = CommandLineTests.environment(home: home.url)
        let questions = try Self.plannedQuestions(home: home.url, environment: environment)
        let quiz = try RunningQuiz(environment: environment)
        #expect(quiz.wait(for: "Answer ("))
        quiz.send(questions[0].answerText)
        quiz.send("")
        #expect(quiz.wait(for: "Answer (", count: 2))
        quiz.send(questions[1].answerText)
        #expect(quiz.wait(for: "Rating:", count: 2))
        kill(quiz.process.processIdentifier, SIGINT)
        let end = quiz.finish()
        #expect(end.reason == .exit)
        #expect(end.status == 130)
        #expect(quiz.printed.contains("Interrupted."))
        #expect(quiz.printed.contains("Saved 2 answers (2 right); the last one with its suggested rating."))
        let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        #expect(try store.reviews().map(\.questionID) == Array(questions.prefix(2).map(\.id)))
    }

    @Test func killNineLosesOnlyTheAnswerInFlight() throws {
        let home = try TemporaryDirectory()
        let environment = CommandLineTests.environment(home: home.url)
        let questions = try Self.plannedQuestions(home: home.url, environment: environment)
        let quiz = try RunningQuiz(environment: environment)
        #expect(quiz.wait(for: "Answer ("))
        quiz.send(questions[0].answerText)
        quiz.send("3")
        #expect(quiz.wait(for: "Saved as Good."))
        quiz.send(questions[1].answerText)
        #expect(quiz.wait(for: "Rating:", count: 2))
        kill(quiz.process.processIdentifier, SIGKILL)
        let end = quiz.finish()
        #expect(end.reason == .uncaughtSignal)
        let queue = try DatabaseQueue(path: home.progressURL.path)
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let reviews = try store.reviews()
        #expect(reviews.map(\.questionID) == [questions[0].id])
        #expect(reviews.first?.rating == Rating.good.rawValue)
    }
}
