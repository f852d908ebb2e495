/// Spark's `BooleanSimplification`:
/// - literals: `x AND true` is `x`, `x AND false` is `false`, `x OR true` is `true`, `x OR false` is `x`;
/// - repeats: `a AND a` and `a OR a` are `a`;
/// - absorption, for a non-nullable `a`: `a AND (NOT a OR c)` is `a AND c`, `a OR (NOT a AND c)` is `a OR c`;
/// - common factors: `(a AND b) OR (a AND c)` is `a AND (b OR c)` and `(a OR b) AND (a OR c)` is
///   `a OR (b AND c)`, so a join key repeated in every branch of an OR becomes a join key;
/// - negation: `NOT` of a literal is its opposite, `NOT (a > b)` is `(a <= b)` (and so on for the other
///   orderings), `NOT` moves inside AND and OR (De Morgan), `NOT NOT x` is `x` and `NOT isnull(x)` is
///   `isnotnull(x)`. `NOT (a = b)` stays, as in Spark.
/// Each holds under SQL's three-valued logic. Operands compare with `semanticallyEquals`.
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
            if l.semanticallyEquals(r) { return l }
            if let absorbed = absorb(l, r, outer: .and) { return absorbed }
            return factorOut(l, r, outer: .and)
        case .or(let l, let r):
            if value(l) == true || value(r) == true { return t }
            if value(l) == false { return r }
            if value(r) == false { return l }
            if l.semanticallyEquals(r) { return l }
            if let absorbed = absorb(l, r, outer: .or) { return absorbed }
            return factorOut(l, r, outer: .or)
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

    private enum Connective { case and, or }

    private static func join(_ a: Expression, _ b: Expression, _ c: Connective) -> Expression {
        c == .and ? .and(a, b) : .or(a, b)
    }

    /// The operands of a chain of `c`: `a AND (b AND c)` is `[a, b, c]`.
    private static func split(_ e: Expression, _ c: Connective) -> [Expression] {
        switch (e, c) {
        case (.and(let a, let b), .and), (.or(let a, let b), .or): split(a, c) + split(b, c)
        default: [e]
        }
    }

    /// `a AND (NOT a OR c)` is `a AND c`, and the mirrored forms (`outer` is the connective of `l` and `r`,
    /// the inner one is the other). Only for a non-nullable `a`: with a null `a` the two sides differ.
    private static func absorb(_ l: Expression, _ r: Expression, outer: Connective) -> Expression? {
        let inner: Connective = outer == .and ? .or : .and
        func pair(_ e: Expression) -> (Expression, Expression)? {
            switch (e, inner) {
            case (.or(let a, let b), .or), (.and(let a, let b), .and): (a, b)
            default: nil
            }
        }
        if !l.nullable, let (b, c) = pair(r) {
            if Expression.not(l).semanticallyEquals(b) { return join(l, c, outer) }
            if Expression.not(l).semanticallyEquals(c) { return join(l, b, outer) }
        }
        if !r.nullable, let (a, b) = pair(l) {
            if a.semanticallyEquals(.not(r)) { return join(b, r, outer) }
            if b.semanticallyEquals(.not(r)) { return join(a, r, outer) }
        }
        return nil
    }

    /// Common factor elimination. For `outer` OR, the conjuncts both sides share are taken out:
    /// `(a AND b) OR (a AND c)` is `a AND (b OR c)`, the common factors first as in Spark, and just the
    /// common factors when one side has nothing else (`a OR (a AND c)` is `a`). Dually for AND.
    private static func factorOut(_ l: Expression, _ r: Expression, outer: Connective) -> Expression? {
        let inner: Connective = outer == .and ? .or : .and
        let lhs = split(l, inner), rhs = split(r, inner)
        let common = lhs.filter { e in rhs.contains { e.semanticallyEquals($0) } }
        guard let first = common.first else { return nil }
        let isCommon = { (e: Expression) in common.contains { e.semanticallyEquals($0) } }
        let ldiff = lhs.filter { !isCommon($0) }, rdiff = rhs.filter { !isCommon($0) }
        let reduceInner = { (list: [Expression]) in list.dropFirst().reduce(list[0]) { join($0, $1, inner) } }
        guard !ldiff.isEmpty, !rdiff.isEmpty else { return reduceInner(common) }
        return (common.dropFirst() + [join(reduceInner(ldiff), reduceInner(rdiff), outer)]).reduce(first) { join($0, $1, inner) }
    }

    /// The value of a boolean literal (not of a null one).
    private static func value(_ e: Expression) -> Bool? {
        if case .literal(.bool(let b), _) = e { return b }
        return nil
    }
}
