import Foundation
import ProblemBank
import PySparkBridge
import SparkLite

/// Judges a solution file on a problem's tests: visible tests first, then hidden ones; each result
/// compared with real Spark's expected output, then the plan rules checked on the executed plan.
///
/// ```swift
/// let judge = Judge(executor: EmbeddedExecutor())
/// let report = try judge.judge(problem: problem, tests: bank.tests(slug: problem.slug),
///                              source: text, fileName: "solution.py", mode: .submit)
/// ```
public struct Judge: Sendable {
    public var executor: any SolutionExecutor
    public var engine: String

    public init(executor: any SolutionExecutor, engine: String = "embedded") {
        self.executor = executor
        self.engine = engine
    }

    /// Progress while tests run: (index 0-based, count, the test about to run).
    public typealias Progress = (Int, Int, TestCase) -> Void

    public func judge(problem: Problem, tests: [TestCase], source: String, fileName: String, mode: JudgeReport.Mode,
                      progress: Progress? = nil) throws(JudgeError) -> JudgeReport {
        let selected = (mode == .check ? tests.filter { !$0.hidden } : tests)
        let ordered = selected.filter { !$0.hidden } + selected.filter(\.hidden)
        guard !ordered.isEmpty else { throw .noTests(problem: problem.slug) }
        if let untested = ordered.first(where: { $0.expected == nil }) {
            throw .missingExpectedOutput(problem: problem.slug, test: untested.name)
        }
        guard let language = PySparkBridge.SolutionLanguage(fileName: fileName) else {
            throw .unknownLanguage(fileName: fileName)
        }
        let started = ContinuousClock.now
        var reports: [TestReport] = []
        for (index, test) in ordered.enumerated() {
            progress?(index, ordered.count, test)
            let report = try judgeTest(test, problem: problem, source: source, fileName: fileName, language: language)
            reports.append(report)
            // A file that does not compile fails every test the same way.
            if report.verdict == .compileError { break }
        }
        let rules = Self.mergedRules(reports)
        let verdict = Self.overallVerdict(reports)
        let error = reports.first { $0.verdict == verdict && $0.error != nil }?.error
        return JudgeReport(problem: problem.slug, mode: mode, verdict: verdict, tests: reports, planRules: rules,
                           error: error, seconds: Self.seconds(since: started), engine: engine)
    }

    func judgeTest(_ test: TestCase, problem: Problem, source: String, fileName: String,
                   language: PySparkBridge.SolutionLanguage) throws(JudgeError) -> TestReport {
        let dataset: Dataset
        do {
            dataset = try Dataset(test: test.data, name: test.name, path: "\(problem.slug)/\(test.name)")
        } catch {
            throw .badTestData(problem: problem.slug, test: test.name, error)
        }
        let expected = test.expected ?? ExpectedOutput(columns: [], rows: [], shuffles: nil, inputHash: "", sparkVersion: nil)
        var report = TestReport(
            name: test.name, description: test.description, hidden: test.hidden, verdict: .accepted, rows: nil,
            expectedRows: expected.rows.count, seconds: 0, shuffles: nil, rowsShuffled: nil, referenceShuffles: expected.shuffles,
            comparison: nil, planRules: [], error: nil, printed: "")
        let started = ContinuousClock.now
        let outcome = executor.execute(source: source, fileName: fileName, dataset: dataset)
        report.seconds = Self.seconds(since: started)
        switch outcome.mapError(UnsupportedFeature.classify) {
        case .failure(let error):
            report.verdict = Self.verdict(for: error)
            report.error = error
            report.printed = error.printed
        case .success(let run):
            report.rows = run.rows.count
            report.shuffles = run.shuffles
            report.rowsShuffled = run.metrics.shuffleRecordsWritten
            report.printed = run.printed
            let actualColumns = run.columns.map { OutputColumn(name: $0.name, type: $0.dataType.simpleString) }
            let actualRows = run.rows.map { ResultEncoding.encode(row: $0, columns: run.columns) }
            let comparison = ResultComparator(settings: problem.comparison).compare(
                expectedColumns: expected.columns, expectedRows: expected.rows, actualColumns: actualColumns, actualRows: actualRows)
            report.comparison = comparison
            var rules = PlanRuleChecker(rules: problem.planRules, tables: dataset.tables)
                .check(run, source: source, language: language)
            for index in rules.indices { rules[index].test = test.name }
            report.planRules = rules
            if !comparison.matches {
                report.verdict = .wrongAnswer
            } else if rules.contains(where: { $0.status == .violated }) {
                report.verdict = .planRuleViolated
            }
        }
        return report
    }

    /// The verdict of an error from the runner.
    public static func verdict(for error: SolutionError) -> Verdict {
        switch error.kind {
        case .compile: .compileError
        case .runtime, .sandbox: .runtimeError
        case .unsupported: .unsupported
        case .timeLimit: .timeLimitExceeded
        case .memoryLimit: .memoryLimitExceeded
        }
    }

    /// The first failing test decides, in run order (visible first); a wrong answer anywhere outranks
    /// a plan rule violation, because a plan only matters for a correct result.
    static func overallVerdict(_ reports: [TestReport]) -> Verdict {
        let failing = reports.filter { $0.verdict != .accepted }
        guard let first = failing.first else { return .accepted }
        if first.verdict == .planRuleViolated, let other = failing.first(where: { $0.verdict != .planRuleViolated }) {
            return other.verdict
        }
        return first.verdict
    }

    /// Each rule (each forbidden operation) once: the first violation, else the first measurement.
    static func mergedRules(_ reports: [TestReport]) -> [PlanRuleResult] {
        var merged: [PlanRuleResult] = []
        func sameRule(_ a: PlanRuleResult, _ b: PlanRuleResult) -> Bool { a.rule == b.rule && a.limit == b.limit }
        for report in reports {
            for rule in report.planRules {
                if let index = merged.firstIndex(where: { sameRule($0, rule) }) {
                    if merged[index].status != .violated, rule.status == .violated { merged[index] = rule }
                    else if merged[index].status == .notCheckable, rule.status == .ok { merged[index] = rule }
                } else {
                    merged.append(rule)
                }
            }
        }
        return merged
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// Why a problem could not be judged at all (not the solution's fault).
public enum JudgeError: Error, Sendable, CustomStringConvertible {
    case noTests(problem: String)
    case missingExpectedOutput(problem: String, test: String)
    case unknownLanguage(fileName: String)
    case badTestData(problem: String, test: String, DatasetError)

    public var description: String {
        switch self {
        case .noTests(let problem):
            "Problem '\(problem)' has no tests to run."
        case .missingExpectedOutput(let problem, let test):
            "Test '\(test)' of '\(problem)' has no expected output from real Spark yet; "
                + "run `python3 tools/spark-oracle/problems.py` to produce it, then `dojo bank build`."
        case .unknownLanguage(let fileName):
            "\(fileName) is neither a PySpark file (.py) nor a Spark SQL file (.sql)."
        case .badTestData(let problem, let test, let error):
            "Test '\(test)' of '\(problem)' has data the engine cannot load: \(error)"
        }
    }
}
