/// Spark's `RemoveRedundantAggregates`, for aggregates that only group:
/// - over another aggregate whose columns it reads (`groupBy(a, b).agg(...).select("a").distinct()`), the
///   lower aggregate only removes duplicates the upper one removes too: the upper one groups its input;
/// - over rows already distinct on a subset of its keys (`groupBy(a, b).agg(...).select("a", "b").distinct()`),
///   it changes nothing and becomes a projection.
/// Either way a DISTINCT after a groupBy needs no exchange of its own.
enum RemoveRedundantAggregates {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .aggregate(let grouping, let aggregates, let child) = p, !grouping.isEmpty,
                  aggregates.allSatisfy({ !$0.containsAggregate && $0.deterministic }) else { return nil }
            if let merged = mergedWithLower(grouping, aggregates, child) { return merged }
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

    /// The upper group-only aggregate over the lower one's input, when it reads only the lower one's
    /// grouping columns (their expressions substituted).
    private static func mergedWithLower(_ grouping: [Expression], _ aggregates: [Expression], _ child: LogicalPlan) -> LogicalPlan? {
        guard case .aggregate(let lowerGrouping, let lowerAggregates, let lowerChild) = child, !lowerGrouping.isEmpty else { return nil }
        var source: [ExprId: Expression] = [:]
        for item in lowerAggregates where !item.containsAggregate && item.deterministic {
            if let a = item.toAttribute { source[a.exprId] = item.unaliased }
        }
        let read = (grouping + aggregates).flatMap(\.references)
        guard !read.isEmpty, read.allSatisfy({ source[$0.exprId] != nil }) else { return nil }
        func substituted(_ e: Expression) -> Expression {
            e.transformUp { x -> Expression? in
                guard case .attribute(let a) = x else { return nil }
                return source[a.exprId]
            }
        }
        let newAggregates = aggregates.map { item -> Expression in
            // An output column keeps its name and id.
            if case .attribute(let a) = item, let e = source[a.exprId] {
                if case .attribute(let b) = e, b.exprId == a.exprId { return e }
                return .alias(e, name: a.name, exprId: a.exprId)
            }
            return substituted(item)
        }
        return .aggregate(grouping: grouping.map(substituted), aggregates: newAggregates, lowerChild)
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
        case .join(let left, _, let type, _, _) where type == .leftSemi || type == .leftAnti:
            // A semi or anti join only drops left rows.
            return distinctKeys(left)
        default:
            return []
        }
    }
}
