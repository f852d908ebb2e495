/// Spark's `RemoveRedundantAggregates` (the case explain shows most): an aggregate that only groups, over
/// rows already distinct on a subset of its keys, changes nothing and becomes a projection. The common
/// source is `groupBy(a, b).agg(...).select("a", "b").distinct()`: the rows of the inner aggregate are
/// distinct on (a, b), so the DISTINCT needs neither its aggregate nor an exchange.
enum RemoveRedundantAggregates {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .aggregate(let grouping, let aggregates, let child) = p, !grouping.isEmpty,
                  aggregates.allSatisfy({ !$0.containsAggregate && $0.deterministic }) else { return nil }
            var keys: Set<ExprId> = []
            for g in grouping {
                guard case .attribute(let a) = g else { return nil }
                keys.insert(a.exprId)
            }
            // Every output must be a grouping column: the projection then yields the same rows.
            guard aggregates.allSatisfy({ $0.references.allSatisfy { keys.contains($0.exprId) } }) else { return nil }
            guard distinctKeys(child).contains(where: { $0.isSubset(of: keys) }) else { return nil }
            return .project(aggregates, child)
        }
    }

    /// Sets of output columns on which the plan's rows are known to be distinct (Spark's `distinctKeys`):
    /// an aggregate's grouping columns, kept through projections that pass them on and through filters,
    /// sorts and limits.
    static func distinctKeys(_ plan: LogicalPlan) -> [Set<ExprId>] {
        switch plan {
        case .aggregate(let grouping, let aggregates, _):
            guard !grouping.isEmpty else { return [] }
            let groupingText = Set(grouping.map(\.explainString))
            var keys: Set<ExprId> = []
            for item in aggregates {
                guard groupingText.contains(item.unaliased.explainString), let a = item.toAttribute else { continue }
                keys.insert(a.exprId)
            }
            // The output identifies a group only when every grouping expression is an output column.
            return keys.count >= grouping.count ? [keys] : []
        case .project(let list, let child):
            var renamed: [ExprId: ExprId] = [:]
            for item in list {
                guard let out = item.toAttribute else { continue }
                if case .attribute(let a) = item.unaliased { renamed[a.exprId] = out.exprId }
            }
            return distinctKeys(child).compactMap { set in
                let mapped = set.compactMap { renamed[$0] }
                return mapped.count == set.count ? Set(mapped) : nil
            }
        case .filter(_, let child), .sort(_, _, let child), .limit(_, let child):
            return distinctKeys(child)
        default:
            return []
        }
    }
}
