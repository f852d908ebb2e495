/// Spark's `ReplaceNullWithFalseInPredicate`: where a filter or join condition only keeps rows that are
/// true, null and false drop a row alike, so a null literal there becomes `false`, and so does
/// `NOT v IN (..., null, ...)`, which is never true (false when `v` is listed, null otherwise). It looks
/// through AND and OR only, where the swap cannot change the outcome; `BooleanSimplification` then
/// folds the `false` away, and `PruneFilters` empties a filter left with `false`.
enum ReplaceNullWithFalseInPredicate {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .filter(let condition, let child):
                let replaced = replace(condition)
                return replaced.explainString == condition.explainString ? nil : .filter(replaced, child)
            case .join(let l, let r, let type, let condition?, let hint):
                let replaced = replace(condition)
                return replaced.explainString == condition.explainString ? nil : .join(l, r, type, condition: replaced, hint: hint)
            default:
                return nil
            }
        }
    }

    private static func replace(_ e: Expression) -> Expression {
        switch e {
        case .literal(.null, _): return .literal(.bool(false), .boolean)
        case .and(let l, let r): return .and(replace(l), replace(r))
        case .or(let l, let r): return .or(replace(l), replace(r))
        case .not(.inList(_, let list)) where list.contains(where: { if case .literal(.null, _) = $0 { true } else { false } }):
            return .literal(.bool(false), .boolean)
        default: return e
        }
    }
}
