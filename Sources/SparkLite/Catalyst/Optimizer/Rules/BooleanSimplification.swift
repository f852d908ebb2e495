/// Spark's `BooleanSimplification`, its literal and negation cases: `x AND true` is `x`, `x AND false` is
/// `false`, `x OR true` is `true`, `x OR false` is `x`; `NOT` of a literal is its opposite, `NOT (a > b)` is
/// `(a <= b)` (and so on for the other orderings), `NOT` moves inside AND and OR (De Morgan), `NOT NOT x`
/// is `x` and `NOT isnull(x)` is `isnotnull(x)`. Each holds under SQL's three-valued logic (`null AND
/// false` is false, `NOT (a > b)` is null exactly when `a <= b` is). `NOT (a = b)` stays, as in Spark.
enum BooleanSimplification {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformAllExpressionsUp(simplify)
    }

    private static func simplify(_ e: Expression) -> Expression? {
        let t = Expression.literal(.bool(true), .boolean), f = Expression.literal(.bool(false), .boolean)
        switch e {
        case .and(let l, let r):
            if value(l) == false || value(r) == false { return f }
            if value(l) == true { return r }
            if value(r) == true { return l }
        case .or(let l, let r):
            if value(l) == true || value(r) == true { return t }
            if value(l) == false { return r }
            if value(r) == false { return l }
        case .not(let c):
            if let v = value(c) { return v ? f : t }
            switch c {
            case .comparison(.greaterThan, let a, let b): return .comparison(.lessThanOrEqual, a, b)
            case .comparison(.greaterThanOrEqual, let a, let b): return .comparison(.lessThan, a, b)
            case .comparison(.lessThan, let a, let b): return .comparison(.greaterThanOrEqual, a, b)
            case .comparison(.lessThanOrEqual, let a, let b): return .comparison(.greaterThan, a, b)
            case .or(let a, let b): return .and(simplify(.not(a)) ?? .not(a), simplify(.not(b)) ?? .not(b))
            case .and(let a, let b): return .or(simplify(.not(a)) ?? .not(a), simplify(.not(b)) ?? .not(b))
            case .not(let inner): return inner
            case .isNull(let inner): return .isNotNull(inner)
            case .isNotNull(let inner): return .isNull(inner)
            default: break
            }
        default:
            break
        }
        return nil
    }

    /// The value of a boolean literal (not of a null one).
    private static func value(_ e: Expression) -> Bool? {
        if case .literal(.bool(let b), _) = e { return b }
        return nil
    }
}
