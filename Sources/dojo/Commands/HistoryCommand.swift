import ArgumentParser
import Foundation
import Practice

/// `dojo history [PROBLEM] [--show N] [--diff N M]`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Past submissions with verdict, time and shuffles; show or compare past solutions.",
        discussion: """
            Submissions of a problem are numbered 1, 2, … in the order they were made.
            `dojo history PROBLEM --show 2` prints the second solution;
            `dojo history PROBLEM --diff 1 3` compares the first and the third.
            """)

    @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
    var home: String?

    @Argument(help: "Only this problem's submissions.")
    var problem: String?

    @Option(help: "Print the solution of submission N of PROBLEM.")
    var show: Int?

    @Option(parsing: .upToNextOption, help: "Compare submissions N and M of PROBLEM.")
    var diff: [Int] = []

    @Option(help: "text or json.")
    var format: ProgressCommand.Format = .text

    @Option(name: .customLong("time-zone"), help: "Show times in this time zone (default: TZ, else the system's).")
    var timeZone: String?

    func validate() throws {
        if show != nil || !diff.isEmpty {
            guard problem != nil else { throw ValidationError("--show and --diff need a PROBLEM.") }
        }
        if !diff.isEmpty, diff.count != 2 { throw ValidationError("--diff takes two submission numbers, e.g. --diff 1 3.") }
        if show != nil, !diff.isEmpty { throw ValidationError("Use either --show or --diff.") }
    }

    func run() throws {
        let context = try ProgressCommand.openContext(home: home, timeZone: timeZone)
        let submissions: [SubmissionRecord]
        do {
            submissions = try context.store.submissions(problem: problem)
        } catch {
            ProgressCommand.fail("\(error)")
            throw ExitCode.failure
        }
        let style = TextStyle.forStandardOutput()
        if let problem, submissions.isEmpty {
            print("No submissions of \(problem) yet. Submit one with `dojo submit \(problem) FILE`.")
            return
        }
        func submission(_ number: Int) throws -> SubmissionRecord {
            guard number >= 1, number <= submissions.count else {
                ProgressCommand.fail("\(problem ?? "") has \(submissions.count) submission(s); there is no number \(number).")
                throw ExitCode.failure
            }
            return submissions[number - 1]
        }
        if let show {
            let record = try submission(show)
            if format == .json {
                try printJSON(HistoryEntry(number: show, record: record, includeContent: true).json)
            } else {
                print(style.dim("# \(record.problemSlug) #\(show), \(record.fileName), \(record.verdict), "
                    + Self.time(record.createdAt, context.timeZone)))
                print(record.content, terminator: record.content.hasSuffix("\n") ? "" : "\n")
            }
            return
        }
        if diff.count == 2 {
            let old = try submission(diff[0])
            let new = try submission(diff[1])
            print(LineDiff.render(
                old.content, new.content, oldName: "\(old.problemSlug) #\(diff[0]) (\(old.verdict))",
                newName: "\(new.problemSlug) #\(diff[1]) (\(new.verdict))", style: style))
            return
        }
        var numbers: [String: Int] = [:]
        let entries = submissions.map { record -> HistoryEntry in
            numbers[record.problemSlug, default: 0] += 1
            return HistoryEntry(number: numbers[record.problemSlug] ?? 1, record: record, includeContent: false)
        }
        if format == .json {
            try printJSON(entries.map(\.json))
            return
        }
        guard !entries.isEmpty else {
            print("No submissions yet. Try `dojo list`, then `dojo submit PROBLEM FILE`.")
            return
        }
        print(style.bold(TextWrap.pad("#", 4) + TextWrap.pad("when", 17) + TextWrap.pad("problem", 24)
            + TextWrap.pad("verdict", 19) + TextWrap.pad("shuffles", 9) + "seconds"))
        for entry in entries {
            let verdict = entry.verdict == "accepted" ? style.green(TextWrap.pad(entry.verdict, 19))
                : style.red(TextWrap.pad(entry.verdict, 19))
            let seconds = entry.record.seconds.map { String(format: "%.2f", $0) } ?? "-"
            print(TextWrap.pad("\(entry.number)", 4) + TextWrap.pad(Self.time(entry.createdAt, context.timeZone), 17)
                + TextWrap.pad(entry.problem, 24) + verdict + TextWrap.pad(entry.shuffles.map(String.init) ?? "-", 9)
                + seconds)
        }
    }

    /// One submission as `--format json` prints it.
    struct HistoryEntry {
        var number: Int
        var record: SubmissionRecord
        var includeContent: Bool

        var verdict: String { record.verdict }
        var problem: String { record.problemSlug }
        var shuffles: Int? { record.shuffles }
        var createdAt: Date { record.createdAt }

        var json: [String: Any] {
            var object: [String: Any] = [
                "number": number, "problem": record.problemSlug, "file_name": record.fileName,
                "language": record.language, "verdict": record.verdict, "engine": record.engine,
                "created_at": ISO8601DateFormatter().string(from: record.createdAt),
                "shuffles": record.shuffles.map { $0 as Any } ?? NSNull(),
                "seconds": record.seconds.map { $0 as Any } ?? NSNull(),
                // The judge's per-test results, as it wrote them.
                "tests": (try? JSONSerialization.jsonObject(with: Data(record.testsJSON.utf8))) ?? [Any](),
            ]
            if includeContent { object["content"] = record.content }
            return object
        }
    }

    private func printJSON(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    static func time(_ date: Date, _ zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
