/// Spark's `CleanupAliases` for sort orders: `orderBy((age > 30).alias("older"))` sorts by `(age > 30)`;
/// the alias names nothing there, so the sort (and the range exchange it needs) shows no `AS older`.
enum TrimSortAliases {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .sort(let orders, let global, let child) = p,
                  orders.contains(where: { if case .alias = $0.child { true } else { false } }) else { return nil }
            let trimmed = orders.map { o -> SortOrder in
                var copy = o
                copy.child = o.child.unaliased
                return copy
            }
            return .sort(trimmed, global: global, child)
        }
    }
}
