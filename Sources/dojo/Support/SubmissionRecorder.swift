import Foundation
import Judge
import Practice
import ProblemBank

/// Stores a judged submission in the progress database: the file, the verdict, per-test results,
/// metrics and time.
enum SubmissionRecorder {
    static func record(_ report: JudgeReport, problem: Problem, file: SolutionFile, home: String?) {
        do {
            let context = try PracticeContext.open(home: home)
            let first = report.tests.first
            var metrics: [(key: String, value: JSONValue)] = [
                ("plan_rules", .array(report.planRules.map(\.json))),
            ]
            if let shuffled = first?.rowsShuffled { metrics.append(("shuffle_records_written", .int(Int64(shuffled)))) }
            if let reference = first?.referenceShuffles { metrics.append(("reference_shuffles", .int(Int64(reference)))) }
            if let error = report.error { metrics.append(("error", ResultEncoding.errorBody(error))) }
            let record = SubmissionRecord(
                problemSlug: problem.slug, fileName: file.fileName, content: file.source, language: file.language,
                verdict: report.verdict.rawValue, testsJSON: JSONValue.array(report.tests.map(\.json)).jsonText,
                shuffles: first?.shuffles, metricsJSON: JSONValue.object(metrics).jsonText, engine: report.engine,
                seconds: report.seconds, createdAt: context.clock.now())
            try context.store.recordSubmission(record, topic: problem.topics.first)
        } catch {
            Console.note("warning: the submission was judged but could not be saved: \(error)")
        }
    }
}
