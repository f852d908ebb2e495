/// The verdict a listed solution must get. Raw values are the judge's machine-readable verdicts.
public enum ExpectedVerdict: String, Sendable, Codable, CaseIterable {
    case accepted
    case wrongAnswer = "wrong_answer"
    case planRuleViolated = "plan_rule_violated"
    case compileError = "compile_error"
    case runtimeError = "runtime_error"
    case timeLimitExceeded = "time_limit_exceeded"
    case memoryLimitExceeded = "memory_limit_exceeded"
    case unsupported
}

/// The language of a solution file, from its extension.
public enum SolutionLanguage: String, Sendable, Codable, CaseIterable {
    case python
    case sql

    init?(path: String) {
        if path.hasSuffix(".py") { self = .python }
        else if path.hasSuffix(".sql") { self = .sql }
        else { return nil }
    }
}

/// One solution listed by a problem: the reference, an alternative, or a known-wrong or
/// inefficient variant with the verdict it must get.
public struct SolutionEntry: Sendable, Hashable {
    /// Relative to the directory that holds `Problems/`, e.g. `Solutions/x/solution.py`.
    public var path: String
    public var language: SolutionLanguage
    public var verdict: ExpectedVerdict
    /// The solution that produced the expected outputs on real Spark.
    public var isReference: Bool
    /// For `plan_rule_violated`: the rule the variant breaks.
    public var violatedRule: String?
    /// Why this variant gets its verdict; shown in the editorial.
    public var note: String?
    /// The file's text.
    public var source: String

    public init(path: String, language: SolutionLanguage, verdict: ExpectedVerdict, isReference: Bool,
                violatedRule: String? = nil, note: String? = nil, source: String) {
        self.path = path
        self.language = language
        self.verdict = verdict
        self.isReference = isReference
        self.violatedRule = violatedRule
        self.note = note
        self.source = source
    }
}
