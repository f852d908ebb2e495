/// Spark's `PushPredicateThroughNonJoin`. A filter above a deterministic projection moves below it, with
/// the projection's aliases replaced by what they stand for, so it can reach a join underneath
/// (`a.join(b, "k").where(a.x == b.y)` then joins on both keys, as in Spark). The conjuncts of a filter
/// above an aggregate that read only grouping columns, and those above a window that read only its
/// partition columns, move below it: they keep or drop whole groups. Conjuncts above a Generate that read
/// only its input's columns move below it: they keep or drop all the rows one input row generates. So do
/// those above a Python UDF evaluation that do not read its results, and a filter over a union moves into
/// every branch; and filters above a repartition, a distinct or a sort move below them.
enum PushPredicateThroughNonJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .filter(let condition, .project(let list, let child)):
                guard list.allSatisfy({ $0.deterministic && !$0.containsSubquery }),
                      condition.deterministic, !condition.containsSubquery else { return nil }
                return .project(list, .filter(replacingAliases(condition, list), child))
            case .filter(let condition, .aggregate(let grouping, let list, let child)):
                guard !grouping.isEmpty, list.allSatisfy(\.deterministic) else { return nil }
                // Only aliases of grouping expressions: an aggregate's result does not exist below it.
                let groupingAliases = list.filter { !$0.containsAggregate }
                let childIds = Set(child.output.map(\.exprId))
                return split(condition) { c in
                    let replaced = replacingAliases(c, groupingAliases)
                    return replaced.referenceIds.isSubset(of: childIds) ? replaced : nil
                }.map { pushed, kept in wrap(kept, .aggregate(grouping: grouping, aggregates: list, .filter(pushed, child))) }
            case .filter(let condition, .window(let exprs, let partitionSpec, let orderSpec, let child)):
                let partitionIds = Set(partitionSpec.compactMap { e -> ExprId? in
                    if case .attribute(let a) = e { return a.exprId } else { return nil }
                })
                guard partitionIds.count == partitionSpec.count else { return nil }
                return split(condition) { c in c.referenceIds.isSubset(of: partitionIds) ? c : nil }.map { pushed, kept in
                    wrap(kept, .window(windowExpressions: exprs, partitionSpec: partitionSpec, orderSpec: orderSpec, .filter(pushed, child)))
                }
            case .filter(let condition, .generate(let generator, let outer, let output, let unrequired, let child)):
                let childIds = Set(child.output.map(\.exprId))
                return split(condition) { c in c.referenceIds.isSubset(of: childIds) ? c : nil }.map { pushed, kept in
                    wrap(kept, .generate(generator, outer: outer, output: output, unrequiredChild: unrequired, .filter(pushed, child)))
                }
            case .filter(let condition, let through) where movesBelow(through):
                // Operators that keep or reorder rows without looking at them: conjuncts on their input's
                // columns go below them.
                guard let child = through.children.first else { return nil }
                let childIds = Set(child.output.map(\.exprId))
                return split(condition) { c in c.referenceIds.isSubset(of: childIds) ? c : nil }.map { pushed, kept in
                    wrap(kept, through.withNewChildren([.filter(pushed, child)]))
                }
            case .filter(let condition, .batchEvalPython(let udfs, let results, let child)):
                let childIds = Set(child.output.map(\.exprId))
                return split(condition) { c in c.referenceIds.isSubset(of: childIds) ? c : nil }.map { pushed, kept in
                    wrap(kept, .batchEvalPython(udfs: udfs, results: results, .filter(pushed, child)))
                }
            case .filter(let condition, .union(let branches, let byName, let allowMissing)):
                guard let first = branches.first else { return nil }
                return split(condition) { $0 }.map { pushed, kept in
                    let filtered = branches.map { LogicalPlan.filter(CombineUnions.rewrite(pushed, from: first, to: $0), $0) }
                    return wrap(kept, .union(filtered, byName: byName, allowMissingColumns: allowMissing))
                }
            default:
                return nil
            }
        }
    }

    /// Spark's `canPushThrough` operators not handled by a case of their own.
    private static func movesBelow(_ p: LogicalPlan) -> Bool {
        switch p {
        case .repartition, .repartitionByExpression, .distinct, .sort: true
        default: false
        }
    }

    /// The condition with the projection's aliases replaced by their expressions.
    private static func replacingAliases(_ condition: Expression, _ list: [Expression]) -> Expression {
        var definitions: [ExprId: Expression] = [:]
        for case .alias(let e, _, let id) in list { definitions[id] = e }
        return condition.transformUp { e -> Expression? in
            guard case .attribute(let a) = e else { return nil }
            return definitions[a.exprId]
        }
    }

    /// The conjuncts `push` accepts (rewritten as it returns them) and the rest; nil when none moves.
    private static func split(_ condition: Expression, _ push: (Expression) -> Expression?) -> (Expression, [Expression])? {
        var pushed: [Expression] = [], kept: [Expression] = []
        for c in JoinKeys.conjuncts(condition) {
            if c.deterministic, !c.containsSubquery, !c.referenceIds.isEmpty, let moved = push(c) { pushed.append(moved) } else { kept.append(c) }
        }
        guard let first = pushed.first else { return nil }
        return (pushed.dropFirst().reduce(first) { .and($0, $1) }, kept)
    }

    private static func wrap(_ kept: [Expression], _ plan: LogicalPlan) -> LogicalPlan {
        guard let first = kept.first else { return plan }
        return .filter(kept.dropFirst().reduce(first) { .and($0, $1) }, plan)
    }
}
