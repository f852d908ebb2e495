/// Spark's `CollapseWindow`: a window over another window with the same partitioning and ordering (two
/// `withColumn(..., f().over(w))` calls, say) becomes one window computing both, when the upper one does not
/// read the lower one's results. A projection between them stays above the merged window if the upper
/// window reads only the lower one's input.
enum CollapseWindow {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .window(let upperExprs, let partition, let order, let child) = p else { return nil }
            switch child {
            case .window(let lowerExprs, let lowerPartition, let lowerOrder, let grandChild):
                guard compatible(upperExprs, partition, order, lowerExprs, lowerPartition, lowerOrder) else { return nil }
                return .window(windowExpressions: lowerExprs + upperExprs, partitionSpec: partition, orderSpec: order, grandChild)
            case .project(let list, .window(let lowerExprs, let lowerPartition, let lowerOrder, let grandChild)):
                guard compatible(upperExprs, partition, order, lowerExprs, lowerPartition, lowerOrder) else { return nil }
                let available = Set(grandChild.output.map(\.exprId))
                guard reads(upperExprs, partition, order).allSatisfy(available.contains) else { return nil }
                let merged = LogicalPlan.window(windowExpressions: lowerExprs + upperExprs, partitionSpec: partition, orderSpec: order, grandChild)
                return .project(list + upperExprs.compactMap(\.toAttribute).map { .attribute($0) }, merged)
            default:
                return nil
            }
        }
    }

    private static func reads(_ exprs: [Expression], _ partition: [Expression], _ order: [SortOrder]) -> [ExprId] {
        (exprs + partition + order.map { .sortOrder($0) }).flatMap(\.references).map(\.exprId)
    }

    private static func compatible(_ upperExprs: [Expression], _ partition: [Expression], _ order: [SortOrder],
                                   _ lowerExprs: [Expression], _ lowerPartition: [Expression], _ lowerOrder: [SortOrder]) -> Bool {
        guard !upperExprs.isEmpty, !lowerExprs.isEmpty,
              partition.map(\.explainString) == lowerPartition.map(\.explainString),
              order.map({ Expression.sortOrder($0).explainString }) == lowerOrder.map({ Expression.sortOrder($0).explainString })
        else { return false }
        let lowerResults = Set(lowerExprs.compactMap(\.toAttribute).map(\.exprId))
        return !reads(upperExprs, partition, order).contains(where: lowerResults.contains)
    }
}
