/// Spark's `LikeSimplification`: a LIKE pattern whose only wildcards are a leading and/or trailing `%`
/// becomes a plain string test: `'abc%'` StartsWith, `'%abc'` EndsWith, `'%abc%'` Contains, `'abc'`
/// equality, `'ab%yz'` a length check with both. An ILIKE is `lower(x) LIKE lower(pattern)` (Spark's
/// replacement), simplified the same way. Other patterns (with `_`, several `%` or the escape character)
/// stay LIKE.
enum LikeSimplification {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformAllExpressionsUp(simplify)
    }

    private static func simplify(_ e: Expression) -> Expression? {
        // A LIKE with an ESCAPE clause keeps its escape character in the call's name only.
        guard case .function(let f, let args) = e, f.name == "like" || f.name == "ilike", args.count == 2,
              !e.prettyName.contains(" ESCAPE '"), case .literal(.string(let written), _) = args[1] else { return nil }
        let caseInsensitive = f.name == "ilike"
        var input = args[0]
        let pattern = caseInsensitive ? written.lowercased() : written
        if caseInsensitive {
            guard let lowered = call("lower", [input]) else { return nil }
            input = lowered
        }
        // The escape character (a backslash unless ESCAPE says otherwise, and then it is a third argument) and
        // `_` keep the pattern a pattern.
        let kept = caseInsensitive ? call("like", [input, .literal(.string(pattern), .string)]) : nil
        guard !pattern.contains("\\"), !pattern.contains("_") else { return kept }
        let starts = pattern.hasPrefix("%"), ends = pattern.hasSuffix("%") && pattern.count > 1
        let core = String(pattern.dropFirst(starts ? 1 : 0).dropLast(ends ? 1 : 0))
        let parts = core.split(separator: "%", omittingEmptySubsequences: false).map(String.init)
        if !starts && !ends && parts.count == 2 && parts.allSatisfy({ !$0.isEmpty }) {
            // `'ab%yz'`: long enough for both ends, and both ends as written.
            guard let length = call("length", [input]), let prefix = call("startswith", [input, .literal(.string(parts[0]), .string)]),
                  let suffix = call("endswith", [input, .literal(.string(parts[1]), .string)]) else { return kept }
            let minimum = Expression.literal(.int(Int64(parts[0].count + parts[1].count)), .int)
            return .and(.comparison(.greaterThanOrEqual, length, minimum), .and(prefix, suffix))
        }
        guard parts.count == 1 else { return kept }
        let literal = Expression.literal(.string(core), .string)
        switch (starts, ends) {
        case (false, false): return .comparison(.equal, input, literal)
        case (false, true): return core.isEmpty ? kept : call("startswith", [input, literal])
        case (true, false): return core.isEmpty ? kept : call("endswith", [input, literal])
        case (true, true): return core.isEmpty ? kept : call("contains", [input, literal])
        }
    }

    private static func call(_ name: String, _ args: [Expression]) -> Expression? {
        try? FunctionRegistry.builtin.lookup(name)?.build(args, FunctionContext())
    }
}
