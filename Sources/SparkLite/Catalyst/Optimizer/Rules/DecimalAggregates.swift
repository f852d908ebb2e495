/// Spark's `DecimalAggregates`: `sum` and `avg` of a small decimal aggregate its unscaled value as a long,
/// which is cheaper, and turn the result back into a decimal: `sum(d)` of a decimal(p, s) with p + 10 <= 18
/// becomes `MakeDecimal(sum(UnscaledValue(d)), p + 10, s)`, and `avg(d)` with p + 4 <= 15 becomes
/// `cast(avg(UnscaledValue(d)) / 10^s as decimal(p + 4, s + 4))`, so the average goes through a double as
/// in Spark. Window aggregates are left alone.
enum DecimalAggregates {
    static let maxLongDigits = 18
    static let maxDoubleDigits = 15

    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .aggregate(let grouping, let list, let child) = p else { return nil }
            var changed = false
            let rewritten = list.map { item in
                item.transformUp { e -> Expression? in
                    guard case .aggregate(let a) = e, let replacement = rewrite(a) else { return nil }
                    changed = true
                    return replacement
                }
            }
            return changed ? .aggregate(grouping: grouping, aggregates: rewritten, child) : nil
        }
    }

    static func rewrite(_ a: AggregateExpression) -> Expression? {
        guard a.kind == .sum || a.kind == .avg, a.arguments.count == 1,
              case .decimal(let precision, let scale) = a.arguments[0].dataType else { return nil }
        var unscaled = a
        unscaled.arguments = [.function(unscaledValue, [a.arguments[0]])]
        unscaled.resultId = .next()
        if a.kind == .sum, precision + 10 <= maxLongDigits {
            unscaled.resultType = .long
            return .function(makeDecimal(precision: precision + 10, scale: scale), [.aggregate(unscaled)])
        }
        if a.kind == .avg, precision + 4 <= maxDoubleDigits {
            unscaled.resultType = .double
            var factor = 1.0
            for _ in 0..<scale { factor *= 10 }
            let divided = Expression.arithmetic(.divide, .aggregate(unscaled), .literal(.double(factor), .double), .ansi)
            return .cast(divided, .decimal(precision: precision + 4, scale: scale + 4), .ansi)
        }
        return nil
    }

    /// `UnscaledValue(d)`: a decimal's digits as a long.
    static let unscaledValue = ScalarFunction(name: "UnscaledValue", dataType: .long) { v in
        guard case .decimal(let digits, _) = v[0] else { return .null }
        return .int(Int64(digits))
    }

    /// `MakeDecimal(n, p, s)`: a long's digits as a decimal(p, s).
    static func makeDecimal(precision: Int, scale: Int) -> ScalarFunction {
        ScalarFunction(name: "MakeDecimal", dataType: .decimal(precision: precision, scale: scale)) { v in
            guard case .int(let digits) = v[0] else { return .null }
            return .decimal(Int128(digits), scale: scale)
        }
    }
}
