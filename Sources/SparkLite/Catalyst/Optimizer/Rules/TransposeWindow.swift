/// Spark's `TransposeWindow`: when a window sits on another window whose partition keys include all of its
/// own (and more), and it does not read the lower window's results, the two swap places. The window with
/// fewer keys (often none: one partition) then runs first, and the one above needs no new shuffle because
/// its input is already clustered enough (`rank() OVER (ORDER BY x)` with `lag() OVER (PARTITION BY d ...)`
/// shuffles once).
enum TransposeWindow {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .window(let upperExprs, let upperPartition, let upperOrder, let child) = p else { return nil }
            switch child {
            case .window(let lowerExprs, let lowerPartition, let lowerOrder, let grandChild):
                guard canTranspose(upperExprs, upperPartition, upperOrder, below: lowerExprs, lowerPartition, lowerOrder) else { return nil }
                let upperBelow = LogicalPlan.window(windowExpressions: upperExprs, partitionSpec: upperPartition, orderSpec: upperOrder, grandChild)
                let swapped = LogicalPlan.window(windowExpressions: lowerExprs, partitionSpec: lowerPartition, orderSpec: lowerOrder, upperBelow)
                return .project(p.output.map { .attribute($0) }, swapped)
            case .project(let list, .window(let lowerExprs, let lowerPartition, let lowerOrder, let grandChild)):
                guard canTranspose(upperExprs, upperPartition, upperOrder, below: lowerExprs, lowerPartition, lowerOrder) else { return nil }
                let available = Set(grandChild.output.map(\.exprId))
                let upperReads = (upperExprs + upperPartition + upperOrder.map { .sortOrder($0) }).flatMap(\.references)
                guard upperReads.allSatisfy({ available.contains($0.exprId) }) else { return nil }
                // As Spark: the upper window goes straight onto the grandchild (the projection may have dropped
                // columns the lower window still reads), and the projection, widened by the upper window's
                // results, goes on top.
                let upperBelow = LogicalPlan.window(windowExpressions: upperExprs, partitionSpec: upperPartition, orderSpec: upperOrder, grandChild)
                let swapped = LogicalPlan.window(windowExpressions: lowerExprs, partitionSpec: lowerPartition, orderSpec: lowerOrder, upperBelow)
                let upperResults = upperExprs.compactMap(\.toAttribute)
                return .project(list + upperResults.map { .attribute($0) }, swapped)
            default:
                return nil
            }
        }
    }

    private static func canTranspose(
        _ upperExprs: [Expression], _ upperPartition: [Expression], _ upperOrder: [SortOrder],
        below lowerExprs: [Expression], _ lowerPartition: [Expression], _ lowerOrder: [SortOrder]
    ) -> Bool {
        guard upperPartition.count < lowerPartition.count else { return false }
        let lowerKeys = Set(lowerPartition.map(\.explainString))
        guard upperPartition.allSatisfy({ lowerKeys.contains($0.explainString) }) else { return false }
        let lowerResults = Set(lowerExprs.compactMap(\.toAttribute).map(\.exprId))
        let upperReads = (upperExprs + upperPartition + upperOrder.map { .sortOrder($0) }).flatMap(\.references)
        guard !upperReads.contains(where: { lowerResults.contains($0.exprId) }) else { return false }
        return (upperExprs + lowerExprs).allSatisfy(\.deterministic)
    }
}
