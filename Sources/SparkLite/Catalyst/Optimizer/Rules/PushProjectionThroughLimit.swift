/// Spark's `PushProjectionThroughLimitAndOffset`: a deterministic projection over a limit or an offset moves
/// below it, so `limit(5).select("a")` plans as `CollectLimit 5` over `Project [a]`, and a projection over
/// `orderBy(...).limit(n)` becomes `TakeOrderedAndProject`'s output list.
enum PushProjectionThroughLimit {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .project(let list, let child) = p, list.allSatisfy(\.deterministic) else { return nil }
            switch child {
            case .limit(let n, let grandChild): return .limit(n, .project(list, grandChild))
            case .offset(let n, let grandChild): return .offset(n, .project(list, grandChild))
            default: return nil
            }
        }
    }
}
