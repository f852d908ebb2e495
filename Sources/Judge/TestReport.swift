import ProblemBank
import PySparkBridge

/// How a solution did on one test.
public struct TestReport: Sendable {
    public var name: String
    /// What the test is about: all that is shown of a failing hidden test.
    public var description: String?
    public var hidden: Bool
    public var verdict: Verdict
    /// Rows the solution returned (nil when it returned none).
    public var rows: Int?
    public var expectedRows: Int
    public var seconds: Double
    public var shuffles: Int?
    /// Rows written to shuffles, when the engine measured it.
    public var rowsShuffled: Int?
    /// Real Spark's shuffle count for the reference solution on this test.
    public var referenceShuffles: Int?
    public var comparison: ResultComparison?
    public var planRules: [PlanRuleResult]
    public var error: SolutionError?
    public var printed: String

    /// The test's line of `--format json`: `{"name","hidden","verdict","rows","seconds","shuffles"}`,
    /// extended with the description (hidden tests) and the counts of a wrong answer.
    public var json: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("name", .string(name)), ("hidden", .bool(hidden)), ("verdict", .string(verdict.rawValue)),
            ("rows", rows.map { .int(Int64($0)) } ?? .null),
            ("seconds", .double((seconds * 10_000).rounded() / 10_000)),
            ("shuffles", shuffles.map { .int(Int64($0)) } ?? .null),
        ]
        if let description { pairs.append(("description", .string(description))) }
        pairs.append(("expected_rows", .int(Int64(expectedRows))))
        if let comparison, !comparison.matches {
            pairs.append(("missing_rows", .int(Int64(comparison.missingCount))))
            pairs.append(("extra_rows", .int(Int64(comparison.extraCount))))
            pairs.append(("changed_rows", .int(Int64(comparison.changedCount))))
        }
        return .object(pairs)
    }
}
