/// Spark's `PushDownLocalSort`, run right after exchanges and sorts are in place: when a partition-local sort
/// sits over order-preserving operators (projections, filters, windows) and below them another local sort
/// whose order is a prefix of its own, the lower sort takes the wider order and the upper one goes. One sort
/// then serves both (`lag() OVER (PARTITION BY u ORDER BY t)` under `sum() OVER (PARTITION BY u ORDER BY t, p)`
/// sorts once by `u, t, p`). The wider order is carried down through plain renames of projections; a
/// column computed on the way (a window's result) keeps both sorts.
enum PushDownLocalSort {
    static func apply(_ plan: SparkPlan) -> SparkPlan {
        let rewritten = plan.withNewChildren(plan.children.map(apply))
        guard let upper = rewritten as? SortExec, !upper.global, let pushed = pushDown(upper.orders, into: upper.children[0]) else {
            return rewritten
        }
        return pushed
    }

    /// The operators below an upper sort rebuilt over a widened lower sort, or nil when there is none to widen.
    private static func pushDown(_ orders: [SortOrder], into node: SparkPlan) -> SparkPlan? {
        if let lower = node as? SortExec {
            guard !lower.global, orders.count > lower.orders.count,
                  EnsureRequirements.orderingSatisfied(orders, lower.orders) else { return nil }
            let available = Set(lower.children[0].output.map(\.exprId))
            guard orders.flatMap({ Expression.sortOrder($0).references }).allSatisfy({ available.contains($0.exprId) }) else { return nil }
            return SortExec(orders, global: false, child: lower.children[0])
        }
        var below = orders
        switch node {
        case let project as ProjectExec:
            guard let renamed = throughRenames(orders, project.projectList) else { return nil }
            below = renamed
        case is FilterExec, is WindowExec:
            break
        default:
            return nil
        }
        guard let child = pushDown(below, into: node.children[0]) else { return nil }
        return node.withNewChildren([child])
    }

    /// The sort keys in terms of a projection's input: an alias of a column is that column; a key the
    /// projection computes cannot move below it.
    private static func throughRenames(_ orders: [SortOrder], _ list: [Expression]) -> [SortOrder]? {
        var sources: [ExprId: Expression] = [:]
        for item in list {
            switch item {
            case .attribute(let a): sources[a.exprId] = item
            case .alias(.attribute(let a), _, let id): sources[id] = .attribute(a)
            default: continue
            }
        }
        var out: [SortOrder] = []
        for order in orders {
            var failed = false
            let child = order.child.transformUp { e -> Expression? in
                guard case .attribute(let a) = e else { return nil }
                guard let source = sources[a.exprId] else { failed = true; return nil }
                return source
            }
            if failed { return nil }
            var copy = order
            copy.child = child
            out.append(copy)
        }
        return out
    }
}
