import DojoTestSupport
import Foundation
import ProblemBank
import PyLite
import PySparkBridge
import SparkLite
import Testing
@testable import Judge

/// Runs every case of `Tests/Fidelity/` (expected outputs written by real Spark) on SparkLite.
///
/// A case passes when the rows and column names match under the judge's comparison rules and the shuffle
/// count is Spark's, or, for a case that raises, when the error class and message are Spark's. Cases SparkLite does not
/// match yet are listed in `Tests/Fidelity/KNOWN_GAPS.txt`; any other failure is a regression. Set
/// `FIDELITY_WRITE_GAPS=1` to rewrite that list after improving the engine, and `FIDELITY_PLAN_REPORT=1` to
/// print the cases whose physical operators differ from Spark's (a report, never a failure);
/// `FIDELITY_EXPLAIN_REPORT=1` prints the lines of the physical plan text that differ from Spark's, ids
/// written as `#x` on both sides (a report too); `FIDELITY_ERROR_REPORT=1` prints the raising cases whose
/// message or SQL position differs from Spark's (a report too).
@Test func fidelityCorpusMatchesRealSpark() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fidelity")
    let gapsURL = root.appendingPathComponent("KNOWN_GAPS.txt")
    let known = Set((try? String(contentsOf: gapsURL, encoding: .utf8))?
        .split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }.filter { !$0.isEmpty } ?? [])
    let cases = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        .filter { ($0.hasSuffix(".py") || $0.hasSuffix(".sql")) && !$0.hasPrefix("data/") }
        .filter { $0.hasPrefix(ProcessInfo.processInfo.environment["FIDELITY_ONLY"] ?? "") }
        .sorted()
    let verbose = ProcessInfo.processInfo.environment["FIDELITY_VERBOSE"] == "1"
    var failures: [(String, String)] = []
    var plans = PlanOperatorReport()
    var explains = ExplainTextReport()
    var errors = ErrorTextReport()
    for path in cases {
        if verbose { FileHandle.standardError.write(Data("fidelity case \(path)\n".utf8)) }
        let outcome = try FidelityCase.run(root: root, path: path)
        if let reason = outcome.mismatch { failures.append((path, reason)) }
        plans.add(path: path, outcome: outcome)
        explains.add(path: path, outcome: outcome)
        errors.add(path: path, outcome: outcome)
    }
    if ProcessInfo.processInfo.environment["FIDELITY_PLAN_REPORT"] == "1" {
        print(plans.text)
    }
    let failed = Set(failures.map(\.0))
    if ProcessInfo.processInfo.environment["FIDELITY_EXPLAIN_REPORT"] == "1" {
        print(explains.text)
    }
    if ProcessInfo.processInfo.environment["FIDELITY_ERROR_REPORT"] == "1" {
        print(errors.text)
    }
    if ProcessInfo.processInfo.environment["FIDELITY_WRITE_GAPS"] == "1" {
        let text = failures.map { "\($0.0) \($0.1.prefix(160).replacingOccurrences(of: "\n", with: " "))" }.joined(separator: "\n") + "\n"
        try text.write(to: gapsURL, atomically: true, encoding: .utf8)
    }
    let regressions = failures.filter { !known.contains($0.0) }
    for (path, reason) in regressions {
        Issue.record("\(path): \(reason)")
    }
    let fixed = known.subtracting(failed)
    print("fidelity: \(cases.count - failures.count) of \(cases.count) cases match real Spark; \(fixed.count) listed gaps now pass")
}

/// What running one case gave: whether it matches, and the physical operators on both sides.
struct FidelityOutcome {
    /// Nil when the case matches real Spark, else why not.
    var mismatch: String?
    /// Spark's and SparkLite's physical operator names (explain order), when both ran a DataFrame query.
    var expectedOperators: [String]? = nil
    var actualOperators: [String]? = nil
    /// Spark's and SparkLite's physical plan text, likewise.
    var expectedPhysical: String? = nil
    var actualPhysical: String? = nil
    /// Spark's error (from the expected file) and SparkLite's, when both raised.
    var expectedError: JSONValue? = nil
    var actualError: SolutionError? = nil
}

/// The cases whose physical plan text differs from Spark's, line by line, with expression and plan ids
/// written as `x` on both sides (as the expected files have them).
struct ExplainTextReport {
    private var compared = 0
    private var lines: [String] = []
    private var differing = 0

    mutating func add(path: String, outcome: FidelityOutcome) {
        guard let expected = outcome.expectedPhysical, let actual = outcome.actualPhysical else { return }
        compared += 1
        let spark = expected.split(separator: "\n").map(String.init)
        let lite = Self.normalized(actual).split(separator: "\n").map(String.init)
        guard spark != lite else { return }
        differing += 1
        lines.append("explain differs: \(path)")
        for i in 0..<max(spark.count, lite.count) {
            let s = i < spark.count ? spark[i] : "", l = i < lite.count ? lite[i] : ""
            if s != l { lines.append("  spark:     \(s)\n  sparklite: \(l)") }
        }
    }

    var text: String {
        (lines + ["explain text: \(compared - differing) of \(compared) cases match Spark's"]).joined(separator: "\n")
    }

    /// `#12` as `#x`, `[plan_id=7]` as `[plan_id=x]`, without the `== Physical Plan ==` heading.
    static func normalized(_ text: String) -> String {
        var t = text.replacing(/#\d+/, with: "#x").replacing(/plan_id=\d+/, with: "plan_id=x")
        if t.hasPrefix("== Physical Plan ==\n") { t = String(t.dropFirst("== Physical Plan ==\n".count)) }
        return t.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The cases whose physical operator list differs from Spark's, with both lists, and which operators
/// are most often missing or extra.
struct PlanOperatorReport {
    private var compared = 0
    private var differing: [(path: String, expected: [String], actual: [String])] = []

    mutating func add(path: String, outcome: FidelityOutcome) {
        guard let expected = outcome.expectedOperators, let actual = outcome.actualOperators else { return }
        compared += 1
        if expected != actual { differing.append((path, expected, actual)) }
    }

    var text: String {
        var missing: [String: Int] = [:], extra: [String: Int] = [:]
        var lines: [String] = []
        for (path, expected, actual) in differing {
            lines.append("plan differs: \(path)\n  spark:     \(expected.joined(separator: ", "))\n  sparklite: \(actual.joined(separator: ", "))")
            let spark = Self.counts(expected), lite = Self.counts(actual)
            for (name, count) in spark where count > lite[name, default: 0] { missing[name, default: 0] += 1 }
            for (name, count) in lite where count > spark[name, default: 0] { extra[name, default: 0] += 1 }
        }
        func ranked(_ m: [String: Int]) -> String {
            m.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        lines.append("plan operators: \(compared - differing.count) of \(compared) cases match Spark's")
        lines.append("cases missing an operator Spark has: \(ranked(missing))")
        lines.append("cases with an operator Spark lacks: \(ranked(extra))")
        return lines.joined(separator: "\n")
    }

    private static func counts(_ names: [String]) -> [String: Int] {
        names.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

enum FidelityCase {
    static func run(root: URL, path: String) throws -> FidelityOutcome {
        var outcome = FidelityOutcome()
        outcome.mismatch = try compare(root: root, path: path, outcome: &outcome)
        return outcome
    }

    /// Nil when the case matches real Spark, else why not; fills in the operator lists on the way.
    private static func compare(root: URL, path: String, outcome: inout FidelityOutcome) throws -> String? {
        let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let header = CaseHeader(source: source)
        let stem = path.replacingOccurrences(of: ".py", with: "").replacingOccurrences(of: ".sql", with: "")
        let expectedText = try String(contentsOf: root.appendingPathComponent(stem + ".expected.json"), encoding: .utf8)
        let expected = try JSONValue.parse(expectedText)
        var dataset = Dataset(tables: [])
        if let data = header.data {
            dataset = try Dataset.load(from: root.appendingPathComponent("data").appendingPathComponent(data))
        }
        let conf = dataset.conf.merging(header.conf) { $1 }
        let runner = SolutionRunner(limits: Limits(wallClockSeconds: 10), allowFileReads: false, maxRows: 1_000_000)
        let run: SolutionRun
        do {
            run = try runner.run(source: source, fileName: (path as NSString).lastPathComponent, tables: dataset.tables, conf: conf)
        } catch {
            guard let expectedError = expected["error"] else { return "raised \(error)" }
            let expectedClass = expectedError["class"]?.stringValue ?? ""
            outcome.expectedError = expectedError
            outcome.actualError = error
            guard expectedClass == error.errorClass else { return "raised \(error.errorClass), Spark raised \(expectedClass)" }
            return ErrorTextReport.messageDifference(expected: expectedError, actual: error).map { "message differs: \($0)" }
        }
        if let expectedError = expected["error"] {
            return "returned rows, Spark raised \(expectedError["class"]?.stringValue ?? "?")"
        }
        let expectedColumns = (expected["columns"]?.arrayValue ?? []).map {
            OutputColumn(name: $0["name"]?.stringValue ?? "", type: $0["type"]?.stringValue ?? "")
        }
        let expectedRows = (expected["rows"]?.arrayValue ?? []).map { $0.arrayValue ?? [] }
        let actualColumns = run.columns.map { OutputColumn(name: $0.name, type: $0.dataType.simpleString) }
        let actualRows = run.rows.map { ResultEncoding.encode(row: $0, columns: run.columns) }
        if !run.isRDD, let operators = expected["plan"]?["operators"]?.arrayValue {
            outcome.expectedOperators = operators.compactMap(\.stringValue)
            outcome.actualOperators = run.operators
            outcome.expectedPhysical = expected["plan"]?["physical"]?.stringValue
            outcome.actualPhysical = run.physicalPlan
        }
        let comparison = ResultComparator(settings: ComparisonSettings(ordered: header.ordered))
            .compare(expectedColumns: expectedColumns, expectedRows: expectedRows, actualColumns: actualColumns, actualRows: actualRows)
        if !comparison.matches {
            return "rows differ: " + comparison.reasons.joined(separator: " ")
        }
        let shuffles = expected["plan"]?["shuffles"]?.intValue.map(Int.init) ?? 0
        if run.shuffles != shuffles {
            return "shuffles \(run.shuffles), Spark \(shuffles)"
        }
        // RDD results: the partition count and the shuffle records Spark's status store reported.
        if let rdd = run.rddMetrics {
            if let partitions = expected["plan"]?["partitions"]?.intValue.map(Int.init), partitions != rdd.outputPartitions {
                return "partitions \(rdd.outputPartitions), Spark \(partitions)"
            }
            if let records = expected["metrics"]?["shuffle_records_written"]?.intValue.map(Int.init), records != rdd.shuffleRecordsWritten {
                return "shuffle records written \(rdd.shuffleRecordsWritten), Spark \(records)"
            }
        }
        return nil
    }
}
