/// Spark's `EliminateSorts`: a sort whose order an aggregate discards is removed
/// (`orderBy(...).groupBy(...)` shuffles once, not twice).
enum EliminateSorts {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .aggregate(let g, let a, let child) = p else { return nil }
            let orderFree = a.allSatisfy { e in
                !e.exists { x in
                    if case .aggregate(let agg) = x { return [.first, .last, .collectList, .maxBy, .minBy].contains(agg.kind) }
                    return false
                }
            }
            guard orderFree else { return nil }
            var inner = child
            var changed = false
            while case .sort(_, _, let c) = inner {
                inner = c
                changed = true
            }
            if case .project(let l, .sort(_, _, let c)) = inner {
                inner = .project(l, c)
                changed = true
            }
            return changed ? .aggregate(grouping: g, aggregates: a, inner) : nil
        }
    }
}
