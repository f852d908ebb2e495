/// Spark's `CollapseRepartition`: of two adjacent repartitions only the outer one matters, except a
/// `coalesce` over a `repartition`, which keeps whichever gives fewer partitions.
enum CollapseRepartition {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .repartition(let n, let shuffle, let child):
                switch child {
                case .repartition(let m, let childShuffle, let grandchild):
                    if !shuffle && childShuffle { return n >= m ? child : nil }
                    return .repartition(numPartitions: n, shuffle: shuffle, grandchild)
                case .repartitionByExpression(_, let m, let grandchild):
                    if !shuffle { return n >= (m ?? Int.max) ? child : nil }
                    return .repartition(numPartitions: n, shuffle: shuffle, grandchild)
                default: return nil
                }
            case .repartitionByExpression(let exprs, let n, let child):
                switch child {
                case .repartition(_, _, let grandchild), .repartitionByExpression(_, _, let grandchild), .sort(_, true, let grandchild):
                    return .repartitionByExpression(exprs, numPartitions: n, grandchild)
                default: return nil
                }
            default:
                return nil
            }
        }
    }
}
