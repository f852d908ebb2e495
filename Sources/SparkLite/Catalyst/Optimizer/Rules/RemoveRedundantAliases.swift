/// Spark's `RemoveRedundantAliases` where it shows in plans: the projection below an `Expand` (the grouping
/// columns of ROLLUP, CUBE and GROUPING SETS) renames a column to its own name, `region#1 AS region#7`; when
/// the column is not also passed through under its own id, the alias is dropped and the Expand reads the
/// column itself. The Expand's output keeps its own attributes, so nothing above changes.
enum RemoveRedundantAliases {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .expand(let projections, let output, .project(let list, let child)) = p else { return nil }
            let passedThrough = Set(list.compactMap { e -> ExprId? in if case .attribute(let a) = e { a.exprId } else { nil } })
            var replaced: [ExprId: AttributeReference] = [:]
            let newList = list.map { e -> Expression in
                guard case .alias(.attribute(let a), let name, let id) = e, name == a.name, !passedThrough.contains(a.exprId),
                      !replaced.values.contains(where: { $0.exprId == a.exprId }) else { return e }
                replaced[id] = a
                return .attribute(a)
            }
            guard !replaced.isEmpty else { return nil }
            let newProjections = projections.map { row in
                row.map { e in
                    e.transformUp { x -> Expression? in
                        guard case .attribute(let a) = x, let original = replaced[a.exprId] else { return nil }
                        return .attribute(original)
                    }
                }
            }
            return .expand(projections: newProjections, output: output, .project(newList, child))
        }
    }
}
