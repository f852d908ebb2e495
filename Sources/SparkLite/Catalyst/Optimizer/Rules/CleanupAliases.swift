/// Spark's `CleanupAliases` for projections, filters and sorts: an alias names a column only at the top of
/// a select list. One inside an expression (a struct field read `s.a AS a`, an aliased `struct(...)`
/// argument) only served to name it, so it goes: `struct(c, info.color AS color AS c)` computes
/// `struct(c, info.color)`, and `orderBy((age > 30).alias("older"))` sorts (and range-partitions) by
/// `(age > 30)`.
enum CleanupAliases {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .project(let list, let child):
                let cleaned = list.map { e -> Expression in
                    if case .alias(let inner, let name, let id) = e { return .alias(trimmed(inner), name: name, exprId: id) }
                    return trimmed(e)
                }
                return .project(cleaned, child)
            case .filter(let condition, let child):
                return .filter(trimmed(condition), child)
            case .sort(let orders, let global, let child):
                return .sort(orders.map { o in
                    var copy = o
                    copy.child = trimmed(o.child)
                    return copy
                }, global: global, child)
            default:
                return nil
            }
        }
    }

    /// The expression without any alias inside it.
    static func trimmed(_ e: Expression) -> Expression {
        e.transformUp { if case .alias(let inner, _, _) = $0 { inner } else { nil } }
    }
}
