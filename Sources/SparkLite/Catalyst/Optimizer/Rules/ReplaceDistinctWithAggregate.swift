/// Spark's `ReplaceDistinctWithAggregate`: `DISTINCT` is an aggregate grouped by every column, from the
/// start of optimization, so the other rules treat it as one (a rename above it merges into it).
enum ReplaceDistinctWithAggregate {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .distinct(let child) = p else { return nil }
            let keys = child.output.map { Expression.attribute($0) }
            return .aggregate(grouping: keys, aggregates: keys, child)
        }
    }
}
