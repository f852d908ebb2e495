/// Spark's `CombineUnions`: a union of unions is one union of all their inputs (a union built in a loop
/// plans as one `Union` with every branch under it), and a deterministic projection over an inner union
/// moves into that union's branches first (a by-name union adds its missing columns that way).
enum CombineUnions {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan { flatten(plan) }

    /// Under a DISTINCT, a union branch identical to an earlier one adds no rows: Spark keeps one copy
    /// (`df.union(df).distinct()` reads the table once).
    static func dedupDistinctUnionChildren(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .distinct(.union(let children, let byName, let allowMissing)) = p, children.count > 1 else { return nil }
            var seen = Set<String>()
            let kept = children.filter { seen.insert(ExplainFormatter.logicalTree($0)).inserted }
            guard kept.count < children.count else { return nil }
            return .distinct(kept.count == 1 ? kept[0] : .union(kept, byName: byName, allowMissingColumns: allowMissing))
        }
    }

    static func flatten(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .union(let children, let byName, let allowMissing) = p else { return nil }
            var flattened: [LogicalPlan] = []
            var changed = false
            var stack = Array(children.reversed())
            while let next = stack.popLast() {
                switch next {
                case .union(let inner, byName, allowMissing):
                    stack.append(contentsOf: inner.reversed())
                    changed = true
                case .project(let list, .union(let inner, byName, allowMissing))
                    where !inner.isEmpty && list.allSatisfy({ $0.deterministic && !$0.containsSubquery }):
                    stack.append(contentsOf: projectBranches(list, inner).reversed())
                    changed = true
                default:
                    flattened.append(next)
                }
            }
            return changed ? .union(flattened, byName: byName, allowMissingColumns: allowMissing) : nil
        }
    }

    /// The projection over each branch of a union: the first branch's columns are the union's, the other
    /// branches read their own columns in the same positions.
    static func projectBranches(_ list: [Expression], _ branches: [LogicalPlan]) -> [LogicalPlan] {
        guard let first = branches.first else { return [] }
        return [.project(list, first)] + branches.dropFirst().map { branch in
            .project(list.map { rewrite($0, from: first, to: branch) }, branch)
        }
    }

    /// `e` reading `to`'s columns where it read `from`'s, position for position.
    static func rewrite(_ e: Expression, from: LogicalPlan, to: LogicalPlan) -> Expression {
        var positions: [ExprId: AttributeReference] = [:]
        for (a, b) in zip(from.output, to.output) { positions[a.exprId] = b }
        return e.transformUp { x -> Expression? in
            guard case .attribute(let a) = x, let b = positions[a.exprId] else { return nil }
            return .attribute(b)
        }
    }
}
