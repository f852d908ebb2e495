/// Spark's `ColumnPruning`: operators read only the columns something above them uses. Unused window
/// functions, aggregate outputs and projection items are dropped, and a projection of the needed columns
/// is put under aggregates, expands, the sides of joins, unions, windows, sorts and filters, so explain
/// shows `Project [dept_id#1, salary#3]` between a partial aggregate and its scan as Spark's does. A
/// Generate under a projection reads only the needed columns and passes on only those used above it.
/// Projections that turn out to keep every column are removed again by `RemoveNoopOperators`.
enum ColumnPruning {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        removeProjectBeforeFilter(plan.transformDown(prune))
    }

    private static func prune(_ p: LogicalPlan) -> LogicalPlan? {
        // Columns a subquery reads from the enclosing query are not visible as references: leave such nodes
        // alone. An uncorrelated subquery in a select list (`(SELECT max(x) FROM t) AS m`) reads none.
        guard !p.expressions.contains(where: Self.blocksPruning(in: p)) else { return nil }
        switch p {
        case .project(let list, .project(let lower, let grandChild)):
            let used = ids(list)
            let kept = lower.filter { e in e.toAttribute.map { used.contains($0.exprId) } ?? true }
            guard kept.count < lower.count, !lower.contains(where: \.containsSubquery) else { return nil }
            return .project(list, .project(kept, grandChild))
        case .project(let list, .aggregate(let grouping, let aggregates, let grandChild)):
            let used = ids(list)
            let kept = aggregates.filter { e in e.toAttribute.map { used.contains($0.exprId) } ?? true }
            guard kept.count < aggregates.count, !kept.isEmpty else { return pruneChildren(of: p) }
            return .project(list, .aggregate(grouping: grouping, aggregates: kept, grandChild))
        case .project(let list, .expand(let projections, let output, let grandChild)):
            let used = ids(list)
            let keep = output.map { used.contains($0.exprId) }
            guard keep.contains(false) else { return pruneChildren(of: p) }
            let pruned = projections.map { row in zip(row, keep).filter(\.1).map(\.0) }
            return .project(list, .expand(projections: pruned, output: zip(output, keep).filter(\.1).map(\.0), grandChild))
        case .project(let list, .generate(let generator, let outer, let output, let unrequired, let child)):
            // The Generate's input keeps what the projection and the generator read, and the generator's input
            // columns nothing above reads leave its output (Spark's `unrequiredChildIndex`).
            let used = ids(list), generatorReads = ids(generator.arguments)
            let required = used.subtracting(output.map(\.exprId)).union(generatorReads)
            let newChild = pruned(child, keeping: required)
            let input = newChild ?? child
            let newUnrequired = generatorReads.subtracting(used).intersection(input.output.map(\.exprId))
            guard newChild != nil || newUnrequired != unrequired else { return nil }
            return .project(list, .generate(generator, outer: outer, output: output, unrequiredChild: newUnrequired, input))
        case .aggregate(let grouping, let aggregates, let child):
            return pruned(child, keeping: ids(grouping + aggregates)).map { .aggregate(grouping: grouping, aggregates: aggregates, $0) }
        case .expand(let projections, let output, let child):
            return pruned(child, keeping: ids(projections.flatMap { $0 })).map { .expand(projections: projections, output: output, $0) }
        case .join(let left, let right, let type, let condition, let hint) where type == .leftSemi || type == .leftAnti:
            // The right side of a semi or anti join only feeds the condition.
            return pruned(right, keeping: ids(condition.map { [$0] } ?? [])).map { .join(left, $0, type, condition: condition, hint: hint) }
        case .project(let list, .union(let children, let byName, let allowMissing)):
            guard let first = children.first else { return nil }
            let used = ids(list)
            let keep = first.output.map { used.contains($0.exprId) }
            guard keep.contains(false) else { return nil }
            let narrowed = children.map { c in LogicalPlan.project(zip(c.output, keep).filter(\.1).map { .attribute($0.0) }, c) }
            return .project(list, .union(narrowed, byName: byName, allowMissingColumns: allowMissing))
        case .project(let list, .window(let exprs, let partitionSpec, let orderSpec, let grandChild)):
            let used = ids(list)
            let kept = exprs.filter { e in e.toAttribute.map { used.contains($0.exprId) } ?? true }
            guard kept.count < exprs.count else { return pruneChildren(of: p) }
            if kept.isEmpty { return .project(list, grandChild) }
            return .project(list, .window(windowExpressions: kept, partitionSpec: partitionSpec, orderSpec: orderSpec, grandChild))
        default:
            return pruneChildren(of: p)
        }
    }

    /// A projection over an operator that passes its input's columns through: that operator's inputs keep
    /// only what the projection and the operator itself read.
    private static func pruneChildren(of p: LogicalPlan) -> LogicalPlan? {
        guard case .project(let list, let child) = p, !list.contains(where: Self.blocksPruning(in: p)),
              !child.expressions.contains(where: \.containsSubquery) else { return nil }
        switch child {
        case .filter, .sort, .join, .window, .repartition, .repartitionByExpression, .sample, .batchEvalPython:
            break
        default:
            // Leaves, operators that compare whole rows (distinct, set operations), limits (a projection
            // moves below them instead) and the operators with cases of their own above.
            return nil
        }
        let required = ids(list).union(ids(child.expressions))
        var changed = false
        let kids = child.children.map { c -> LogicalPlan in
            guard let narrowed = pruned(c, keeping: required) else { return c }
            changed = true
            return narrowed
        }
        return changed ? .project(list, child.withNewChildren(kids)) : nil
    }

    /// `child` under a projection of the columns in `keep`, or nil when it produces nothing else. A cached
    /// relation is read whole: its scan is not narrowed.
    private static func pruned(_ child: LogicalPlan, keeping keep: Set<ExprId>) -> LogicalPlan? {
        if case .inMemoryRelation = child { return nil }
        let output = child.output
        guard output.contains(where: { !keep.contains($0.exprId) }) else { return nil }
        return .project(output.filter { keep.contains($0.exprId) }.map { .attribute($0) }, child)
    }

    /// The projection pruning puts between a projection and a filter is not needed, and would stop the
    /// filter from moving down: it goes (when it only selects columns).
    private static func removeProjectBeforeFilter(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .project(let list, .filter(let condition, .project(let lower, let grandChild))) = p,
                  !condition.containsSubquery,
                  lower.allSatisfy({ if case .attribute = $0 { true } else { false } }) else { return nil }
            let available = Set(grandChild.output.map(\.exprId))
            guard lower.allSatisfy({ $0.toAttribute.map { available.contains($0.exprId) } ?? false }) else { return nil }
            return .project(list, .filter(condition, grandChild))
        }
    }

    /// Whether an expression of `node` keeps pruning away from it: any subquery, except an uncorrelated one
    /// in a select list or an aggregate's results.
    private static func blocksPruning(in node: LogicalPlan) -> (Expression) -> Bool {
        switch node {
        case .project, .aggregate: return { $0.containsCorrelatedSubquery }
        default: return { $0.containsSubquery }
        }
    }

    private static func ids(_ exprs: [Expression]) -> Set<ExprId> {
        Set(exprs.flatMap(\.references).map(\.exprId))
    }
}
