/// Merges a projection into the projection below it when the upper one only renames or reorders columns.
enum CollapseProject {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .project(let upper, .project(let lower, let child)) = p else { return nil }
            let lowerById = Dictionary(lower.compactMap { e in e.toAttribute.map { ($0.exprId, e) } }, uniquingKeysWith: { a, _ in a })
            guard upper.allSatisfy({ e in e.references.allSatisfy { lowerById[$0.exprId] != nil } }),
                  lower.allSatisfy({ $0.deterministic && !$0.containsWindow }) else { return nil }
            let merged = upper.map { e -> Expression in
                let replaced = e.transformUp { x -> Expression? in
                    guard case .attribute(let a) = x, let source = lowerById[a.exprId] else { return nil }
                    return source.unaliased
                }
                if case .attribute(let a) = e, let source = lowerById[a.exprId] { return source }
                if case .alias(_, let name, let id) = e { return .alias(replaced.unaliased, name: name, exprId: id) }
                return replaced
            }
            return .project(merged, child)
        }
    }
}
