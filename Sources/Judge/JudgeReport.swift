import ProblemBank
import PySparkBridge

/// The whole judgement of a submission: verdict, tests, plan rules, and the error if any.
public struct JudgeReport: Sendable {
    public enum Mode: String, Sendable {
        /// Every test, visible and hidden; recorded.
        case submit
        /// Visible tests only; not recorded.
        case check
    }

    public var problem: String
    public var mode: Mode
    public var verdict: Verdict
    public var tests: [TestReport]
    /// Each rule once: from the first test that violates it, else from the first test.
    public var planRules: [PlanRuleResult]
    /// The error that decided a compile, runtime, limit or unsupported verdict.
    public var error: SolutionError?
    public var seconds: Double
    /// The engine that judged (`embedded` or `spark`).
    public var engine: String

    /// The test that decided a failing verdict.
    public var decidingTest: TestReport? {
        tests.first { $0.verdict == verdict && verdict != .accepted }
    }

    /// Shuffles of the solution and of real Spark's reference, on the first test both ran.
    public var shuffleComparison: (solution: Int, reference: Int)? {
        for test in tests {
            if let solution = test.shuffles, let reference = test.referenceShuffles { return (solution, reference) }
        }
        return nil
    }

    /// DESIGN.md's `dojo submit --format json`: `{"problem","verdict","tests","plan_rules","error"}`.
    public var json: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("problem", .string(problem)), ("verdict", .string(verdict.rawValue)),
            ("tests", .array(tests.map(\.json))),
            ("plan_rules", .array(planRules.map(\.json))),
            ("error", error.map(ResultEncoding.errorBody) ?? .null),
        ]
        pairs.append(("engine", .string(engine)))
        pairs.append(("mode", .string(mode.rawValue)))
        pairs.append(("seconds", .double((seconds * 10_000).rounded() / 10_000)))
        return .object(pairs)
    }
}
