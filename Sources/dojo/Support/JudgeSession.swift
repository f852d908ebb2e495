import ArgumentParser
import Foundation
import Judge
import ProblemBank

/// What `submit` and `check` share: load the problem and its tests, judge with progress on a
/// terminal, print the report in the chosen format, and end with the verdict's exit code.
struct JudgeSession {
    var problemSlug: String
    var file: SolutionFile
    var home: String?
    var format: OutputFormat
    var mode: JudgeReport.Mode

    func load() throws -> (problem: Problem, tests: [TestCase]) {
        let bank = try BankAccess.open(home: home)
        let problem = try BankAccess.problem(problemSlug, in: bank)
        let tests = try BankAccess.tests(problem.slug, in: bank, includeHidden: mode == .submit)
        return (problem, tests)
    }

    func judge(_ judge: Judge, problem: Problem, tests: [TestCase]) throws -> JudgeReport {
        do {
            let report = try judge.judge(problem: problem, tests: tests, source: file.source, fileName: file.fileName, mode: mode) { index, count, test in
                Console.progress("Running test \(index + 1)/\(count): \(test.name)\(test.hidden ? " (hidden)" : "")…")
            }
            Console.clearProgress()
            return report
        } catch {
            Console.clearProgress()
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }

    func finish(_ report: JudgeReport, problem: Problem, embeddedShuffles: [String: Int] = [:]) throws {
        switch format {
        case .json:
            JSONOutput.print(report.json)
        case .table:
            print(JudgeReportRenderer(report: report, problem: problem, file: file, style: Console.style,
                                      embeddedShuffles: embeddedShuffles).render())
        }
        if report.verdict != .accepted { throw ExitCode.failure }
    }
}
