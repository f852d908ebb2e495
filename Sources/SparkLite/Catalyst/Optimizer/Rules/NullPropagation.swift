/// The cases of Spark's `NullPropagation` that explain shows: a comparison or arithmetic with a null
/// literal operand is null (`(k = null)` is `null`), a null-safe equality with null is `isnull(k)`, and
/// `x IN ()` is false (Spark 4 answers false even for a null `x`), and a null test of an aggregate that
/// cannot be null is a constant (`collect_list(x) IS NOT NULL` is true, so that aggregate is not computed).
enum NullPropagation {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformAllExpressionsUp(propagate).transformUp(foldingNullTestsOfWindows)
    }

    /// A null test, just above a window, of a window column that is never null (row_number, rank, count ...)
    /// is a constant, so `row_number() OVER w IS NOT NULL` needs no window at all.
    private static func foldingNullTestsOfWindows(_ plan: LogicalPlan) -> LogicalPlan? {
        // The columns of the stack of windows right below.
        func neverNullIds(_ child: LogicalPlan) -> Set<ExprId> {
            guard case .window(let exprs, _, _, let below) = child else { return [] }
            return neverNullIds(below).union(exprs.compactMap { e -> ExprId? in
                guard case .alias(let w, _, let id) = e, case .window = w, !w.nullable else { return nil }
                return id
            })
        }
        func fold(_ e: Expression, _ ids: Set<ExprId>) -> (Expression, Bool) {
            var changed = false
            let out = e.transformUp { x -> Expression? in
                switch x {
                case .isNotNull(.attribute(let a)) where ids.contains(a.exprId): changed = true; return .literal(.bool(true), .boolean)
                case .isNull(.attribute(let a)) where ids.contains(a.exprId): changed = true; return .literal(.bool(false), .boolean)
                default: return nil
                }
            }
            return (out, changed)
        }
        switch plan {
        case .project(let list, let child):
            let ids = neverNullIds(child)
            guard !ids.isEmpty else { return nil }
            let folded = list.map { fold($0, ids) }
            return folded.contains(where: \.1) ? .project(folded.map(\.0), child) : nil
        case .filter(let condition, let child):
            let ids = neverNullIds(child)
            guard !ids.isEmpty else { return nil }
            let (folded, changed) = fold(condition, ids)
            return changed ? .filter(folded, child) : nil
        default:
            return nil
        }
    }

    private static func propagate(_ e: Expression) -> Expression? {
        switch e {
        case .comparison(.equalNullSafe, let a, let b):
            if isNullLiteral(b) && !isNullLiteral(a) { return .isNull(a) }
            if isNullLiteral(a) && !isNullLiteral(b) { return .isNull(b) }
            return nil
        case .comparison(_, let a, let b) where isNullLiteral(a) || isNullLiteral(b):
            return .literal(.null, .boolean)
        case .arithmetic(_, let a, let b, _) where isNullLiteral(a) || isNullLiteral(b):
            return .literal(.null, e.dataType)
        case .inList(_, let list) where list.isEmpty:
            return .literal(.bool(false), .boolean)
        case .isNull(let c) where neverNull(c) || failsWithoutNull(c):
            return .literal(.bool(false), .boolean)
        case .isNotNull(let c) where neverNull(c) || failsWithoutNull(c):
            return .literal(.bool(true), .boolean)
        default:
            return nil
        }
    }

    /// An aggregate that is never null (count, collect_list...). Only aggregates are trusted: an attribute's
    /// nullability is not updated when an outer join above its source makes it nullable.
    private static func neverNull(_ e: Expression) -> Bool {
        if case .aggregate = e { return !e.nullable }
        return false
    }

    /// A constant that cannot be null yet raises when evaluated (`unbase64('bad!')`): Spark answers its null
    /// test from the nullability alone and never evaluates it. Other constants are left to constant folding.
    private static func failsWithoutNull(_ e: Expression) -> Bool {
        guard !e.nullable, ConstantFolding.isFoldable(e), case .function = e else { return false }
        do { _ = try e.eval([]); return false } catch { return true }
    }

    private static func isNullLiteral(_ e: Expression) -> Bool {
        if case .literal(.null, _) = e { return true }
        return false
    }
}
