/// The outcome of judging a submission or one of its tests.
/// Raw values are the machine-readable names of DESIGN.md's contracts.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case accepted
    case wrongAnswer = "wrong_answer"
    case planRuleViolated = "plan_rule_violated"
    case compileError = "compile_error"
    case runtimeError = "runtime_error"
    case timeLimitExceeded = "time_limit_exceeded"
    case memoryLimitExceeded = "memory_limit_exceeded"
    case unsupported

    /// The banner a person reads.
    public var title: String {
        switch self {
        case .accepted: "Accepted"
        case .wrongAnswer: "Wrong Answer"
        case .planRuleViolated: "Plan Rule Violated"
        case .compileError: "Compile Error"
        case .runtimeError: "Runtime Error"
        case .timeLimitExceeded: "Time Limit Exceeded"
        case .memoryLimitExceeded: "Memory Limit Exceeded"
        case .unsupported: "Unsupported"
        }
    }
}
