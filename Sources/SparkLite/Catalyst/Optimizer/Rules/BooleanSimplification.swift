/// The literal cases of Spark's `BooleanSimplification`: `x AND true` is `x`, `x AND false` is `false`,
/// `x OR true` is `true`, `x OR false` is `x`, and `NOT` of a boolean literal is its opposite. Each holds
/// under SQL's three-valued logic (`null AND false` is false, `null OR true` is true).
enum BooleanSimplification {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            var changed = false
            let simplified = p.mapExpressions { e in
                e.transformUp { x -> Expression? in
                    let result = simplify(x)
                    if result != nil { changed = true }
                    return result
                }
            }
            return changed ? simplified : nil
        }
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
