/// Spark's `PushPredicateThroughJoin`. A filter above a join is split into its conjuncts: those that
/// read one side only move below the join to that side (where the join type keeps that side's rows
/// as they are), and for inner joins the rest joins the join condition, so `FROM a, b WHERE a.k = b.k`
/// becomes an equi-join instead of a cartesian product (the filter's conjuncts come first, as in Spark, so
/// they lead the join keys). One-sided conjuncts of a join condition move
/// to the side whose rows they only filter. A conjunct with a scalar subquery moves like any other (its
/// correlated columns count as columns it reads); EXISTS and IN stay for RewritePredicateSubquery.
enum PushPredicateThroughJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .filter(let condition, .join(let l, let r, let type, let joinCondition, let hint)):
                return pushFilter(condition, l, r, type, joinCondition, hint)
            case .join(let l, let r, let type, let joinCondition?, let hint):
                return pushJoinCondition(joinCondition, l, r, type, hint)
            default:
                return nil
            }
        }
    }

    private struct Split {
        var left: [Expression] = []
        var right: [Expression] = []
        var both: [Expression] = []
        /// Conjuncts that must stay where they are (non-deterministic, or holding a subquery).
        var fixed: [Expression] = []
    }

    private static func split(_ condition: Expression, _ l: LogicalPlan, _ r: LogicalPlan) -> Split {
        let leftIds = Set(l.output.map(\.exprId)), rightIds = Set(r.output.map(\.exprId))
        var result = Split()
        for c in JoinKeys.conjuncts(condition) {
            let ids = c.referenceIds.union(c.outerReferenceIds)
            if !c.deterministic || c.containsPredicateSubquery {
                result.fixed.append(c)
            } else if c.containsSubquery && !ids.isSubset(of: leftIds) && !ids.isSubset(of: rightIds) {
                // A scalar subquery moves to the side its columns (and its correlated ones) come from, never into
                // the join condition.
                result.fixed.append(c)
            } else if ids.isSubset(of: leftIds) {
                result.left.append(c)
            } else if ids.isSubset(of: rightIds) {
                result.right.append(c)
            } else {
                result.both.append(c)
            }
        }
        return result
    }

    /// Whether a filter conjunct over this join will be pushed below it, to the side it reads.
    static func willPush(_ c: Expression, below type: JoinType, _ l: LogicalPlan, _ r: LogicalPlan) -> Bool {
        let s = split(c, l, r)
        switch type {
        case .inner, .cross: return !s.left.isEmpty || !s.right.isEmpty
        case .leftOuter, .leftSingle, .leftSemi, .leftAnti, .existence: return !s.left.isEmpty
        case .rightOuter: return !s.right.isEmpty
        case .fullOuter: return false
        }
    }

    /// `plan` under a filter of the conjuncts, or `plan` itself when there are none.
    private static func filtered(_ plan: LogicalPlan, _ conjuncts: [Expression]) -> LogicalPlan {
        RewritePredicateSubquery.conjunction(conjuncts).map { .filter($0, plan) } ?? plan
    }

    private static func pushFilter(_ condition: Expression, _ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType,
                                   _ joinCondition: Expression?, _ hint: JoinHint) -> LogicalPlan? {
        let s = split(condition, l, r)
        switch type {
        case .inner, .cross:
            let existing = joinCondition.map(JoinKeys.conjuncts) ?? []
            let join = LogicalPlan.join(filtered(l, s.left), filtered(r, s.right), type,
                                        condition: RewritePredicateSubquery.conjunction(s.both + existing), hint: hint)
            return filtered(join, s.fixed)
        case .leftOuter, .leftSingle, .leftSemi, .leftAnti, .existence:
            let join = LogicalPlan.join(filtered(l, s.left), r, type, condition: joinCondition, hint: hint)
            return filtered(join, s.right + s.both + s.fixed)
        case .rightOuter:
            let join = LogicalPlan.join(l, filtered(r, s.right), type, condition: joinCondition, hint: hint)
            return filtered(join, s.left + s.both + s.fixed)
        case .fullOuter:
            return nil
        }
    }

    private static func pushJoinCondition(_ condition: Expression, _ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType,
                                          _ hint: JoinHint) -> LogicalPlan? {
        let s = split(condition, l, r)
        let (toLeft, toRight): ([Expression], [Expression]) = switch type {
        case .inner, .cross, .leftSemi: (s.left, s.right)
        case .rightOuter: (s.left, [])
        case .leftOuter, .leftSingle, .leftAnti, .existence: ([], s.right)
        case .fullOuter: ([], [])
        }
        guard !toLeft.isEmpty || !toRight.isEmpty else { return nil }
        let kept = JoinKeys.conjuncts(condition).filter { c in
            !toLeft.contains { $0.explainString == c.explainString } && !toRight.contains { $0.explainString == c.explainString }
        }
        return .join(filtered(l, toLeft), filtered(r, toRight), type, condition: RewritePredicateSubquery.conjunction(kept), hint: hint)
    }
}
