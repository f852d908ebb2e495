/// Spark's `PruneFilters`: a filter that is always true disappears; one that is always false or null
/// becomes an empty `LocalRelation`, which `PropagateEmptyRelation` then carries upwards.
enum PruneFilters {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .filter(.literal(let v, _), let child) = p else { return nil }
            if v == .bool(true) { return child }
            return PropagateEmptyRelation.empty(child.output)
        }
    }
}
