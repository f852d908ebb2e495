import Foundation
import ProblemBank
import Testing
@testable import Practice

/// Runs the built `dojo` binary (beside the test bundle) with piped input, as a script would.
@Suite(.serialized) struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL? {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0?.deletingLastPathComponent().appendingPathComponent("dojo") }
            + [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dojo")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var output: String
        var errors: String
    }

    static func environment(home: URL, now: String = "2026-01-05T09:00:00Z") -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DOJO_HOME"] = home.path
        environment["DOJO_PROBLEMS"] = repository.appendingPathComponent("Problems").path
        environment["DOJO_NOW"] = now
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        return environment
    }

    static func run(_ arguments: [String], input: String = "", environment: [String: String]) throws -> Outcome {
        let binary = try #require(binary, "the dojo executable must be built next to the tests (swift build --product dojo)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, reason: process.terminationReason,
            output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    @Test func pipedQuizStoresEveryAnswerAndSavesAtEndOfInput() throws {
        let home = try TemporaryDirectory()
        let environment = Self.environment(home: home.url)
        // The plan the command will follow: the same planner on the same bank and an empty history.
        let catalog = try PracticeCatalog.load(home: DataHome(directory: home.url), environment: environment)
        let plan = try QuizPlanner.plan(
            catalog: catalog, cards: [], openItems: [], options: QuizOptions(count: 3, newLimit: 3),
            now: instant("2026-01-05T09:00:00Z"))
        try #require(plan.count == 3, "the bank needs at least 3 questions the quiz can grade")
        let questions = plan.map(\.question)
        // Right (keep the suggested rating), wrong (rate it Good anyway), an invalid answer then a
        // right one, and the input ends before the last rating.
        // (Any text answers a short-answer question, so the invalid line is only sent to the others.)
        var invalid: [String] = ["zzz-not-an-answer-zzz"]
        if case .text = questions[2].answer { invalid = [] }
        let input = ([questions[0].answerText, "", Fixtures.wrongAnswer(questions[1]), "3"] + invalid
                     + [questions[2].answerText]).joined(separator: "\n") + "\n"
        let outcome = try Self.run(["quiz", "--count", "3", "--new", "3"], input: input, environment: environment)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Question 1/3"))
        #expect(outcome.output.contains("✗ Wrong — the answer is \(questions[1].answerText)."))
        #expect(outcome.output.contains("End of input."))
        #expect(outcome.output.contains("Saved 3 answers (2 right); the last one with its suggested rating."))
        #expect(!outcome.output.contains("\u{1B}["))
        // Code snippets are shown as written; everything else fits 80 columns.
        #expect(outcome.output.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("    ") })

        let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let reviews = try store.reviews()
        #expect(reviews.map(\.questionID) == questions.map(\.id))
        #expect(reviews.map(\.correct) == [true, false, true])
        #expect(reviews[1].rating == Rating.good.rawValue)
        #expect(reviews.map(\.answer) == [questions[0].answerText, Fixtures.wrongAnswer(questions[1]), questions[2].answerText])
        #expect(try store.openReviewItems().map(\.reference) == [questions[1].id])
        #expect(try store.cards().count == 3)
    }

    @Test func progressJSONHasTheContractKeysOnAnEmptyHistory() throws {
        let home = try TemporaryDirectory()
        let outcome = try Self.run(["progress", "--format", "json"], environment: Self.environment(home: home.url))
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let problems = try #require(object["problems"] as? [String: Any])
        #expect(problems["total"] is Int)
        #expect(problems["solved"] as? Int == 0)
        #expect(problems["attempted"] as? Int == 0)
        #expect(object["submissions"] as? Int == 0)
        #expect(object["reviews"] as? Int == 0)
        #expect((object["streak"] as? [String: Any])?["current"] as? Int == 0)
        #expect(object["due_today"] as? Int == 0)
        #expect(object["topics"] is [[String: Any]])
    }

    @Test func historyShowsAndComparesPastSolutions() throws {
        let home = try TemporaryDirectory()
        let environment = Self.environment(home: home.url)
        do {
            let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
            try store.recordSubmission(submission("top-salaries-per-country", "wrong_answer", content: "a\nb\n"))
            try store.recordSubmission(submission("top-salaries-per-country", "accepted", content: "a\nc\n"))
        }
        let list = try Self.run(["history"], environment: environment)
        #expect(list.status == 0)
        #expect(list.output.contains("wrong_answer"))
        #expect(list.output.contains("accepted"))
        #expect(list.output.hasPrefix("#   when             problem                 verdict            shuffles seconds"))
        #expect(list.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let show = try Self.run(["history", "top-salaries-per-country", "--show", "1"], environment: environment)
        #expect(show.output.hasSuffix("a\nb\n"))
        let diff = try Self.run(["history", "top-salaries-per-country", "--diff", "1", "2"], environment: environment)
        #expect(diff.output.contains("- b\n+ c"))
        let missing = try Self.run(["history", "top-salaries-per-country", "--show", "9"], environment: environment)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("there is no number 9"))
        let json = try Self.run(["history", "--format", "json"], environment: environment)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["number"] as? Int } == [1, 2])
    }

    @Test func damagedDatabaseGivesTheWayOutAndResetKeepsABackup() throws {
        let home = try TemporaryDirectory()
        let environment = Self.environment(home: home.url)
        try Data(repeating: 7, count: 4096).write(to: home.progressURL)
        let progress = try Self.run(["progress"], environment: environment)
        #expect(progress.reason == .exit)
        #expect(progress.status == 1)
        #expect(progress.errors.contains(home.progressURL.path))
        #expect(progress.errors.contains("dojo reset --yes"))
        let refused = try Self.run(["reset"], environment: environment)
        #expect(refused.status != 0)
        #expect(FileManager.default.fileExists(atPath: home.progressURL.path))
        let reset = try Self.run(["reset", "--yes"], environment: environment)
        #expect(reset.status == 0)
        #expect(reset.output.contains("progress-backup-20260105-090000.sqlite"))
        let after = try Self.run(["progress", "--format", "json"], environment: environment)
        #expect(after.status == 0)
    }

    @Test func exportThenImportRoundTrips() throws {
        let home = try TemporaryDirectory()
        let environment = Self.environment(home: home.url)
        do {
            let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
            try store.recordSubmission(submission("top-salaries-per-country", "accepted"))
            try store.recordHint(problem: "top-salaries-per-country")
        }
        let exportURL = home.url.appendingPathComponent("export.json")
        let export = try Self.run(["progress", "export", "--output", exportURL.path], environment: environment)
        #expect(export.status == 0, "\(export.errors)")
        let other = try TemporaryDirectory()
        let imported = try Self.run(["progress", "import", exportURL.path], environment: Self.environment(home: other.url))
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 1 submissions"))
        let csv = try Self.run(["progress", "export", "--format", "csv"], environment: environment)
        #expect(csv.output.hasPrefix("kind,at,reference,topic,result,detail\n"))
    }

    @Test func pipedMockExamIsScoredByDomainAndStored() throws {
        let home = try TemporaryDirectory()
        let environment = Self.environment(home: home.url)
        let outcome = try Self.run(
            ["quiz", "--exam", "--size", "2", "--minutes", "30", "--pass-mark", "50", "--seed", "7"],
            input: "a\na\n", environment: environment)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Mock exam: 2 questions, 30:00, pass mark 50%."))
        #expect(outcome.output.contains("Score by domain"))
        #expect(outcome.output.contains("Exam saved."))
        #expect(!outcome.output.contains("✓ Right"))
        let store = try ProgressStore.open(at: home.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let exams = try store.exams()
        #expect(exams.count == 1)
        #expect(exams.first?.total == 2)
        #expect(exams.first?.completed == true)
        #expect(exams.first?.configJSON.contains("\"pass_mark\":0.5") == true)
        #expect(outcome.output.contains(exams.first?.passed == true ? "PASS" : "FAIL"))
    }

    @Test func daysOfPracticeAreCountedInTheUsersTimeZone() throws {
        let home = try TemporaryDirectory()
        // A morning and a late evening in New York on January 5, then a morning on January 7:
        // in UTC the evening falls on January 6 and the three sessions make a streak.
        let sessions = ["2026-01-05T15:00:00Z", "2026-01-06T03:30:00Z", "2026-01-07T15:00:00Z"]
        for now in sessions {
            var environment = Self.environment(home: home.url, now: now)
            environment["TZ"] = "America/New_York"
            let outcome = try Self.run(["quiz", "--count", "1", "--new", "1"], input: "a\n\n", environment: environment)
            #expect(outcome.status == 0, "\(outcome.errors)")
        }
        var environment = Self.environment(home: home.url, now: "2026-01-07T16:00:00Z")
        environment["TZ"] = "America/New_York"
        func streak(_ arguments: [String]) throws -> (current: Int?, longest: Int?, zone: String?, reviews: Int?) {
            let progress = try Self.run(["progress", "--format", "json"] + arguments, environment: environment)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(progress.output.utf8)) as? [String: Any])
            let streak = object["streak"] as? [String: Any]
            return (streak?["current"] as? Int, streak?["longest"] as? Int, object["time_zone"] as? String,
                    object["reviews"] as? Int)
        }
        let newYork = try streak([])
        #expect(newYork.current == 1)
        #expect(newYork.longest == 1)
        #expect(newYork.zone == "America/New_York")
        #expect(newYork.reviews == 3)
        let inUTC = try streak(["--time-zone", "UTC"])
        #expect(inUTC.current == 3)
        #expect(inUTC.longest == 3)
        let text = try Self.run(["progress"], environment: environment)
        #expect(text.output.contains("Streak           1 day (longest 1)"))
        #expect(text.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let today = try Self.run(["today"], environment: environment)
        #expect(today.status == 0)
        #expect(today.output.contains("Learning path, Day"))
    }
}
