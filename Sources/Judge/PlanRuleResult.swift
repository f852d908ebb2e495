import ProblemBank

/// One plan rule evaluated on one run: the measured value next to the limit, and the part of the
/// plan (or the solution) that caused it.
public struct PlanRuleResult: Sendable, Equatable {
    public enum Status: String, Sendable {
        case ok
        case violated
        /// The engine did not measure what the rule needs; the rule is neither passed nor failed.
        case notCheckable = "not_checkable"
    }

    /// The rule's name as written in `problem.yaml` (`max_shuffles`, `forbid`, …).
    public var rule: String
    public var limit: JSONValue
    /// The measured value; null when not measured.
    public var actual: JSONValue
    public var status: Status
    /// "shuffles: 3, allowed 1"; "join strategy: SortMergeJoin, expected BroadcastHashJoin".
    public var message: String
    /// Lines of the physical plan (or the solution) that caused a violation.
    public var excerpt: [String]
    /// The test the values were measured on.
    public var test: String?

    public var ok: Bool { status != .violated }

    /// `{"rule":…,"limit":…,"actual":…,"ok":…}` plus the message, the excerpt and the test.
    /// `ok` is null for a rule that could not be checked.
    public var json: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("rule", .string(rule)), ("limit", limit), ("actual", actual),
            ("ok", status == .notCheckable ? .null : .bool(status == .ok)),
        ]
        if status == .notCheckable { pairs.append(("status", .string(status.rawValue))) }
        pairs.append(("message", .string(message)))
        if !excerpt.isEmpty { pairs.append(("excerpt", .array(excerpt.map(JSONValue.string)))) }
        if let test { pairs.append(("test", .string(test))) }
        return .object(pairs)
    }
}
