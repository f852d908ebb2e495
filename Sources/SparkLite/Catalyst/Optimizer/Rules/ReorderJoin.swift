/// Spark's `ReorderJoin`: a chain of inner and cross joins (with the filters over them) is rebuilt left
/// to right so that each join has a condition when one can: starting from the first table, the next one
/// joined is the first that a condition links to what is joined so far, and tables no condition reaches
/// are joined last, as cartesian products. `(d CROSS JOIN t) JOIN p ON p.k = d.k` becomes
/// `(d JOIN p ON p.k = d.k) CROSS JOIN t`. A projection restores the column order when it changed.
enum ReorderJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard let (items, conditions) = chain(p), items.count > 2, !conditions.isEmpty else { return nil }
            let reordered = orderedJoin(items, conditions)
            guard ExplainFormatter.logicalTree(reordered) != ExplainFormatter.logicalTree(p) else { return nil }
            if reordered.output.map(\.exprId) == p.output.map(\.exprId) { return reordered }
            return .project(p.output.map { .attribute($0) }, reordered)
        }
    }

    /// The tables of a join chain with the join type that brought each in, and every condition on them.
    private static func chain(_ plan: LogicalPlan) -> ([(LogicalPlan, JoinType)], [Expression])? {
        switch plan {
        case .filter(let condition, let join) where isInnerJoin(join) && condition.deterministic:
            let (items, conditions) = flatten(join, .inner)
            return (items, conditions + JoinKeys.conjuncts(condition))
        case .join(_, _, _, _, let hint) where hint == .none:
            return flatten(plan, .inner)
        default:
            return nil
        }
    }

    private static func flatten(_ plan: LogicalPlan, _ parentType: JoinType) -> ([(LogicalPlan, JoinType)], [Expression]) {
        switch plan {
        case .join(let l, let r, let type, let condition, _) where isInnerJoin(plan):
            let (items, conditions) = flatten(l, type)
            return (items + [(r, type)], conditions + (condition.map(JoinKeys.conjuncts) ?? []))
        case .filter(let condition, let join) where isInnerJoin(join) && condition.deterministic:
            let (items, conditions) = flatten(join, parentType)
            return (items, conditions + JoinKeys.conjuncts(condition))
        default:
            return ([(plan, parentType)], [])
        }
    }

    private static func isInnerJoin(_ plan: LogicalPlan) -> Bool {
        guard case .join(_, _, let type, _, let hint) = plan else { return false }
        return (type == .inner || type == .cross) && hint == .none
    }

    private static func orderedJoin(_ items: [(LogicalPlan, JoinType)], _ conditions: [Expression]) -> LogicalPlan {
        if items.count == 2 {
            let (left, leftType) = items[0], (right, rightType) = items[1]
            let inJoin = conditions.filter(canEvaluateWithinJoin), others = conditions.filter { !canEvaluateWithinJoin($0) }
            let type: JoinType = leftType == .inner && rightType == .inner ? .inner : .cross
            let join = LogicalPlan.join(left, right, type, condition: RewritePredicateSubquery.conjunction(inJoin), hint: .none)
            return RewritePredicateSubquery.conjunction(others).map { .filter($0, join) } ?? join
        }
        let left = items[0].0
        let rest = Array(items.dropFirst())
        let leftIds = ids(left)
        // The first table a condition links to the left side (a condition on either side alone does not).
        let linked = rest.firstIndex { item in
            let itemIds = ids(item.0)
            return conditions.contains { c in
                let refs = c.referenceIds
                if !refs.isEmpty && refs.isSubset(of: leftIds) { return false }
                if !refs.isEmpty && refs.isSubset(of: itemIds) { return false }
                return refs.isSubset(of: leftIds.union(itemIds))
            }
        } ?? 0
        let (right, type) = rest[linked]
        let joinedIds = leftIds.union(ids(right))
        let inJoin = conditions.filter { $0.referenceIds.isSubset(of: joinedIds) && canEvaluateWithinJoin($0) }
        let others = conditions.filter { !($0.referenceIds.isSubset(of: joinedIds) && canEvaluateWithinJoin($0)) }
        let joined = LogicalPlan.join(left, right, type, condition: RewritePredicateSubquery.conjunction(inJoin), hint: .none)
        var remaining = rest
        remaining.remove(at: linked)
        return orderedJoin([(joined, .inner)] + remaining, others)
    }

    /// Subqueries and nondeterministic expressions stay in a filter above the joins.
    private static func canEvaluateWithinJoin(_ e: Expression) -> Bool {
        e.deterministic && !e.containsSubquery
    }

    private static func ids(_ plan: LogicalPlan) -> Set<ExprId> {
        Set(plan.output.map(\.exprId))
    }
}
