/// Spark's `PushExtraPredicateThroughJoin`: a join condition's conjunct that reads both sides may still imply
/// a filter on one side. From `(a1 AND b1) OR (a2 AND b2)`, where the `a`s read the left side only, the
/// left side can be filtered by `a1 OR a2` before the join; the condition itself stays. Each join is
/// processed once (Spark tags it so), and only on the sides whose rows the join type lets a filter drop.
enum PushExtraPredicateThroughJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .join(let l, let r, let type, let condition?, let hint) = p else { return nil }
            let pushLeft: Bool, pushRight: Bool
            switch type {
            case .inner, .cross, .leftSemi: (pushLeft, pushRight) = (true, true)
            case .rightOuter: (pushLeft, pushRight) = (true, false)
            case .leftOuter, .leftAnti, .existence: (pushLeft, pushRight) = (false, true)
            case .fullOuter, .leftSingle: return nil
            }
            let leftIds = Set(l.output.map(\.exprId)), rightIds = Set(r.output.map(\.exprId))
            let bothSides = JoinKeys.conjuncts(condition).filter { c in
                let ids = c.referenceIds
                return c.deterministic && !ids.isEmpty && !ids.isSubset(of: leftIds) && !ids.isSubset(of: rightIds)
            }
            let leftExtra = pushLeft ? bothSides.compactMap { within($0, leftIds) } : []
            let rightExtra = pushRight ? bothSides.compactMap { within($0, rightIds) } : []
            guard !leftExtra.isEmpty || !rightExtra.isEmpty else { return nil }
            func filtered(_ side: LogicalPlan, _ extra: [Expression]) -> LogicalPlan {
                RewritePredicateSubquery.conjunction(extra).map { .filter($0, side) } ?? side
            }
            return .join(filtered(l, leftExtra), filtered(r, rightExtra), type, condition: condition, hint: hint)
        }
    }

    /// The weakest predicate implied by `condition` that reads only the columns `ids` (Spark's
    /// `extractPredicatesWithinOutputSet`): an AND keeps the parts that qualify, an OR qualifies when both
    /// of its sides do.
    private static func within(_ condition: Expression, _ ids: Set<ExprId>) -> Expression? {
        switch condition {
        case .and(let a, let b):
            switch (within(a, ids), within(b, ids)) {
            case let (x?, y?): return .and(x, y)
            case let (x?, nil): return x
            case let (nil, y?): return y
            default: return nil
            }
        case .or(let a, let b):
            guard let x = within(a, ids), let y = within(b, ids) else { return nil }
            return .or(x, y)
        default:
            return condition.referenceIds.isSubset(of: ids) && condition.deterministic ? condition : nil
        }
    }
}
