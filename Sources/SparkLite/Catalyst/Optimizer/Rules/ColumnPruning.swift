/// Part of Spark's `ColumnPruning`: window functions whose results no projection above uses are
/// dropped, and a `Window` left with none disappears with its shuffle.
enum ColumnPruning {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .project(let list, .window(let exprs, let partitionSpec, let orderSpec, let child)) = p else { return nil }
            let used = Set(list.flatMap(\.references).map(\.exprId))
            let kept = exprs.filter { e in e.toAttribute.map { used.contains($0.exprId) } ?? true }
            guard kept.count < exprs.count else { return nil }
            if kept.isEmpty { return .project(list, child) }
            return .project(list, .window(windowExpressions: kept, partitionSpec: partitionSpec, orderSpec: orderSpec, child))
        }
    }
}
