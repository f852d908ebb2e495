/// Spark's `DeduplicateRelations`: when both sides of a join come from the same plan (a self-join), the
/// right side gets fresh attribute ids so `e.manager_id = m.emp_id` can tell the two sides apart.
enum DeduplicateRelations {
    static func apply(left: LogicalPlan, right: LogicalPlan) -> LogicalPlan {
        apply(left: left, right: right, condition: nil).right
    }

    /// Also rewrites a join condition that names columns of the right side by their old ids: a
    /// reference the left side cannot provide must mean the right side's renewed attribute.
    static func apply(left: LogicalPlan, right: LogicalPlan, condition: Expression?) -> (right: LogicalPlan, condition: Expression?) {
        let leftIds = Set(left.output.map(\.exprId))
        // As Spark renews a relation that appears twice anywhere in the tree, a conflict is any attribute the
        // right side produces that some node of the left side also produces, even one the left's output
        // no longer carries (`a.join(b, "k").join(b.groupBy("k")...)`: the USING join dropped b's `k`).
        let leftDefined = Set(left.collect { $0.output }.joined().map(\.exprId))
        let rightDefined = right.collect { $0.output }.joined()
        guard rightDefined.contains(where: { leftDefined.contains($0.exprId) }) else { return (right, condition) }
        var mapping: [ExprId: ExprId] = [:]
        let renewed = newInstance(right, &mapping)
        let current = mapping
        let rewritten = condition.map { c in
            c.transformDown { x -> Expression? in
                // Spark's Dataset.join: `df.join(df, df.id == df.id)` is trivially true as written; it is read
                // as the left side's column equal to the right side's.
                guard case .comparison(let op, .attribute(var a), .attribute(var b)) = x, op == .equal || op == .equalNullSafe,
                      a.exprId == b.exprId, leftIds.contains(a.exprId), let id = current[b.exprId] else { return nil }
                a.dataset = nil
                b.dataset = nil
                b.exprId = id
                return .comparison(op, .attribute(a), .attribute(b))
            }.transformUp { x -> Expression? in
                guard case .attribute(var a) = x, !leftIds.contains(a.exprId), let id = current[a.exprId] else { return nil }
                a.exprId = id
                return .attribute(a)
            }
        }
        return (renewed, rewritten)
    }

    /// Copies the plan with new ids for every attribute it defines, rewriting references to match. An id
    /// defined twice in the plan (the same relation under both sides of a union) gets one new id, so
    /// the copy keeps the original's shape.
    static func newInstance(_ plan: LogicalPlan, _ mapping: inout [ExprId: ExprId]) -> LogicalPlan {
        func renew(_ a: AttributeReference) -> AttributeReference {
            var fresh = a.newInstance()
            if let id = mapping[a.exprId] { fresh.exprId = id } else { mapping[a.exprId] = fresh.exprId }
            return fresh
        }
        let children = plan.children.map { newInstance($0, &mapping) }
        var node = plan.withNewChildren(children)
        switch node {
        case .localRelation(let data, let output): node = .localRelation(data, output: output.map(renew))
        case .fileRelation(let r, let output): node = .fileRelation(r, output: output.map(renew))
        case .range(let s, let e, let st, let n, let output): node = .range(start: s, end: e, step: st, numSlices: n, output: renew(output))
        case .inMemoryRelation(let c, let output): node = .inMemoryRelation(c, output: output.map(renew))
        case .generate(let g, let outer, let output, let u, let child): node = .generate(g, outer: outer, output: output.map(renew), unrequiredChild: u, child)
        case .expand(let p, let output, let child): node = .expand(projections: p, output: output.map(renew), child)
        case .batchEvalPython(let u, let results, let child): node = .batchEvalPython(udfs: u, results: results.map(renew), child)
        case .unionLoop(let id, let anchor, let recursion, let output, let limit, let level):
            node = .unionLoop(id: id, anchor: anchor, recursion: recursion, output: output.map(renew), limit: limit, maxLevel: level)
        case .unionLoopRef(let id, let output): node = .unionLoopRef(id: id, output: output.map(renew))
        default: break
        }
        let current = mapping
        return node.mapExpressions { e in
            e.transformUp { x -> Expression? in
                switch x {
                case .attribute(var a):
                    guard let id = current[a.exprId] else { return nil }
                    a.exprId = id
                    return .attribute(a)
                default:
                    return nil
                }
            }
        }.renewingAliases(&mapping)
    }
}

extension LogicalPlan {
    /// New ids for the aliases this node defines (so two copies of a projection do not collide).
    fileprivate func renewingAliases(_ mapping: inout [ExprId: ExprId]) -> LogicalPlan {
        var local = mapping
        let result = mapExpressions { e in
            guard case .alias(let c, let name, let id) = e else { return e }
            let fresh = local[id] ?? ExprId.next()
            local[id] = fresh
            return .alias(c, name: name, exprId: fresh)
        }
        mapping = local
        return result
    }
}
