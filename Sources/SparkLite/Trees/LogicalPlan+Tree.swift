/// Children, output and rewriting of logical plans.
extension LogicalPlan {
    public var children: [LogicalPlan] {
        switch self {
        case .unresolvedRelation, .localRelation, .fileRelation, .range, .oneRowRelation, .inMemoryRelation, .unionLoopRef: return []
        case .unresolvedRecursiveCTE(_, _, _, let c), .lateralSubquery(let c): return [c]
        case .unionLoop(_, let anchor, let recursion, _, _, _): return [anchor, recursion]
        case .project(_, let c), .filter(_, let c), .aggregate(_, _, let c), .sort(_, _, let c), .limit(_, let c),
             .offset(_, let c), .distinct(let c), .deduplicate(_, let c), .window(_, _, _, let c), .windowGroupLimit(_, _, _, _, let c),
             .repartition(_, _, let c), .repartitionByExpression(_, _, let c), .generate(_, _, _, _, let c),
             .subqueryAlias(_, let c), .withHiddenColumns(_, let c), .unresolvedHint(_, _, let c), .resolvedHint(_, let c),
             .expand(_, _, let c), .sample(_, _, _, let c), .pivot(_, _, _, _, let c), .batchEvalPython(_, _, let c), .unresolvedQualify(_, let c),
             .unpivot(_, _, _, _, _, let c):
            return [c]
        case .join(let l, let r, _, _, _), .usingJoin(let l, let r, _, _, _), .intersect(let l, let r, _),
             .except(let l, let r, _):
            return [l, r]
        case .union(let cs, _, _): return cs
        case .with(let ctes, let c): return ctes.map(\.1) + [c]
        }
    }

    public func withNewChildren(_ c: [LogicalPlan]) -> LogicalPlan {
        switch self {
        case .unresolvedRelation, .localRelation, .fileRelation, .range, .oneRowRelation, .inMemoryRelation, .unionLoopRef: return self
        case .unresolvedRecursiveCTE(let id, let columns, let level, _): return .unresolvedRecursiveCTE(id: id, columns: columns, maxLevel: level, c[0])
        case .lateralSubquery: return .lateralSubquery(c[0])
        case .unionLoop(let id, _, _, let out, let limit, let level):
            return .unionLoop(id: id, anchor: c[0], recursion: c[1], output: out, limit: limit, maxLevel: level)
        case .project(let l, _): return .project(l, c[0])
        case .filter(let e, _): return .filter(e, c[0])
        case .aggregate(let g, let a, _): return .aggregate(grouping: g, aggregates: a, c[0])
        case .sort(let o, let g, _): return .sort(o, global: g, c[0])
        case .limit(let n, _): return .limit(n, c[0])
        case .offset(let n, _): return .offset(n, c[0])
        case .distinct: return .distinct(c[0])
        case .deduplicate(let k, _): return .deduplicate(keys: k, c[0])
        case .window(let w, let p, let o, _): return .window(windowExpressions: w, partitionSpec: p, orderSpec: o, c[0])
        case .windowGroupLimit(let p, let o, let f, let n, _):
            return .windowGroupLimit(partitionSpec: p, orderSpec: o, rankLikeFunction: f, limit: n, c[0])
        case .repartition(let n, let s, _): return .repartition(numPartitions: n, shuffle: s, c[0])
        case .repartitionByExpression(let e, let n, _): return .repartitionByExpression(e, numPartitions: n, c[0])
        case .generate(let g, let o, let out, let u, _): return .generate(g, outer: o, output: out, unrequiredChild: u, c[0])
        case .subqueryAlias(let n, _): return .subqueryAlias(n, c[0])
        case .withHiddenColumns(let h, _): return .withHiddenColumns(h, c[0])
        case .unresolvedHint(let n, let p, _): return .unresolvedHint(name: n, parameters: p, c[0])
        case .unresolvedQualify(let e, _): return .unresolvedQualify(e, c[0])
        case .resolvedHint(let h, _): return .resolvedHint(h, c[0])
        case .expand(let p, let o, _): return .expand(projections: p, output: o, c[0])
        case .sample(let f, let w, let s, _): return .sample(fraction: f, withReplacement: w, seed: s, c[0])
        case .pivot(let g, let p, let v, let a, _): return .pivot(groupBy: g, pivotColumn: p, values: v, aggregates: a, c[0])
        case .batchEvalPython(let u, let r, _): return .batchEvalPython(udfs: u, results: r, c[0])
        case .unpivot(let i, let v, let vn, let n, let nulls, _):
            return .unpivot(ids: i, values: v, variableColumn: vn, valueColumns: n, includeNulls: nulls, c[0])
        case .join(_, _, let t, let cond, let h): return .join(c[0], c[1], t, condition: cond, hint: h)
        case .usingJoin(_, _, let t, let cols, let h): return .usingJoin(c[0], c[1], t, columns: cols, hint: h)
        case .intersect(_, _, let all): return .intersect(c[0], c[1], isAll: all)
        case .except(_, _, let all): return .except(c[0], c[1], isAll: all)
        case .union(_, let b, let a): return .union(c, byName: b, allowMissingColumns: a)
        case .with(let ctes, _):
            var newCtes: [(String, LogicalPlan)] = []
            for (i, cte) in ctes.enumerated() { newCtes.append((cte.0, c[i])) }
            return .with(ctes: newCtes, c[ctes.count])
        }
    }

    /// The columns this plan produces.
    public var output: [AttributeReference] {
        switch self {
        case .unresolvedRelation, .oneRowRelation, .pivot, .unpivot, .usingJoin: return []
        case .localRelation(_, let out), .fileRelation(_, let out), .inMemoryRelation(_, let out), .expand(_, let out, _): return out
        case .unionLoop(_, _, _, let out, _, _), .unionLoopRef(_, let out): return out
        case .unresolvedRecursiveCTE, .lateralSubquery: return []
        case .range(_, _, _, _, let out): return [out]
        case .project(let list, _): return list.compactMap(\.toAttribute)
        case .aggregate(_, let list, _): return list.compactMap(\.toAttribute)
        case .window(let w, _, _, let c): return c.output + w.compactMap(\.toAttribute)
        case .generate(_, _, let out, let unrequired, let c): return c.output.filter { !unrequired.contains($0.exprId) } + out
        case .batchEvalPython(_, let results, let c): return c.output + results
        case .subqueryAlias(let name, let c): return c.output.map { $0.withQualifier([name]) }
        case .join(let l, let r, let type, _, _):
            switch type {
            case .leftSemi, .leftAnti: return l.output
            case .existence(let exists): return l.output + [exists]
            case .leftOuter, .leftSingle: return l.output + r.output.map { $0.withNullability(true) }
            case .rightOuter: return l.output.map { $0.withNullability(true) } + r.output
            case .fullOuter: return (l.output + r.output).map { $0.withNullability(true) }
            case .inner, .cross: return l.output + r.output
            }
        case .union(let cs, _, _):
            // Each child's output once: nested unions (a loop of `df.union(...)`) would otherwise recompute
            // their children's outputs per column, exponentially in the nesting depth.
            let outputs = cs.map(\.output)
            guard let first = outputs.first else { return [] }
            return first.enumerated().map { i, a in
                a.withNullability(outputs.contains { $0.count > i && $0[i].nullable })
            }
        case .intersect(let l, _, _), .except(let l, _, _): return l.output
        case .with(_, let c): return c.output
        default: return children.first?.output ?? []
        }
    }

    public var isResolved: Bool {
        switch self {
        case .unresolvedRelation, .usingJoin, .pivot, .unpivot, .unresolvedHint, .unresolvedQualify, .with, .unresolvedRecursiveCTE, .lateralSubquery: return false
        default: return expressions.allSatisfy(\.isResolved) && children.allSatisfy(\.isResolved)
        }
    }

    /// The expressions held directly by this node.
    public var expressions: [Expression] {
        switch self {
        case .project(let l, _): return l
        case .filter(let e, _), .unresolvedQualify(let e, _): return [e]
        case .aggregate(let g, let a, _): return g + a
        case .sort(let o, _, _): return o.map { .sortOrder($0) }
        case .window(let w, let p, let o, _): return w + p + o.map { .sortOrder($0) }
        case .windowGroupLimit(let p, let o, let f, _, _): return p + o.map { .sortOrder($0) } + [f]
        case .repartitionByExpression(let e, _, _): return e
        case .generate(let g, _, _, _, _): return g.arguments
        case .join(_, _, _, let c, _): return c.map { [$0] } ?? []
        case .expand(let p, _, _): return p.flatMap { $0 }
        case .batchEvalPython(let u, _, _): return u
        case .withHiddenColumns(let h, _): return h.map { .attribute($0) }
        default: return []
        }
    }

    public func transformUp(_ rule: (LogicalPlan) throws -> LogicalPlan?) rethrows -> LogicalPlan {
        let kids = children
        var node = self
        if !kids.isEmpty { node = withNewChildren(try kids.map { try $0.transformUp(rule) }) }
        return try rule(node) ?? node
    }

    /// Every node's expressions rewritten bottom-up by `rule` (nil keeps an expression), nodes bottom-up too;
    /// a node none of whose expressions change is kept as it is (Spark's `transformAllExpressions`).
    func transformAllExpressionsUp(_ rule: (Expression) -> Expression?) -> LogicalPlan {
        transformUp { p in
            var changed = false
            let rewritten = p.mapExpressions { e in
                e.transformUp { x -> Expression? in
                    guard let replacement = rule(x) else { return nil }
                    changed = true
                    return replacement
                }
            }
            return changed ? rewritten : nil
        }
    }

    public func transformDown(_ rule: (LogicalPlan) throws -> LogicalPlan?) rethrows -> LogicalPlan {
        let node = try rule(self) ?? self
        let kids = node.children
        if kids.isEmpty { return node }
        return node.withNewChildren(try kids.map { try $0.transformDown(rule) })
    }

    /// Every node satisfying `pick`, pre-order.
    public func collect<T>(_ pick: (LogicalPlan) -> T?) -> [T] {
        var out: [T] = []
        func visit(_ p: LogicalPlan) {
            if let t = pick(p) { out.append(t) }
            p.children.forEach(visit)
        }
        visit(self)
        return out
    }

    /// Rewrites the expressions of this node only.
    public func mapExpressions(_ f: (Expression) throws -> Expression) rethrows -> LogicalPlan {
        switch self {
        case .project(let l, let c): return .project(try l.map(f), c)
        case .filter(let e, let c): return .filter(try f(e), c)
        case .unresolvedQualify(let e, let c): return .unresolvedQualify(try f(e), c)
        case .aggregate(let g, let a, let c): return .aggregate(grouping: try g.map(f), aggregates: try a.map(f), c)
        case .sort(let o, let g, let c): return .sort(try o.map { try f(.sortOrder($0)).asSortOrder }, global: g, c)
        case .window(let w, let p, let o, let c):
            return .window(windowExpressions: try w.map(f), partitionSpec: try p.map(f), orderSpec: try o.map { try f(.sortOrder($0)).asSortOrder }, c)
        case .windowGroupLimit(let p, let o, let function, let n, let c):
            return .windowGroupLimit(partitionSpec: try p.map(f), orderSpec: try o.map { try f(.sortOrder($0)).asSortOrder },
                                     rankLikeFunction: try f(function), limit: n, c)
        case .repartitionByExpression(let e, let n, let c): return .repartitionByExpression(try e.map(f), numPartitions: n, c)
        case .generate(var g, let o, let out, let u, let c):
            g.arguments = try g.arguments.map(f)
            return .generate(g, outer: o, output: out, unrequiredChild: u, c)
        case .join(let l, let r, let t, let cond, let h): return .join(l, r, t, condition: try cond.map(f), hint: h)
        case .expand(let p, let o, let c): return .expand(projections: try p.map { try $0.map(f) }, output: o, c)
        case .batchEvalPython(let u, let r, let c): return .batchEvalPython(udfs: try u.map(f), results: r, c)
        case .withHiddenColumns(let h, let c):
            return .withHiddenColumns(try h.map { a in if case .attribute(let b) = try f(.attribute(a)) { b } else { a } }, c)
        default: return self
        }
    }

    /// Plan-node name as Spark's logical explain prints it.
    public var nodeName: String {
        switch self {
        case .unresolvedRelation: "UnresolvedRelation"
        case .localRelation(let d, _): d.origin == .existingRDD ? "LogicalRDD" : "LocalRelation"
        case .fileRelation: "Relation"
        case .range: "Range"
        case .oneRowRelation: "OneRowRelation"
        case .inMemoryRelation: "InMemoryRelation"
        case .project: "Project"
        case .filter: "Filter"
        case .aggregate: "Aggregate"
        case .sort: "Sort"
        case .limit: "GlobalLimit"
        case .offset: "Offset"
        case .distinct: "Distinct"
        case .deduplicate: "Deduplicate"
        case .window: "Window"
        case .windowGroupLimit: "WindowGroupLimit"
        case .repartition: "Repartition"
        case .repartitionByExpression: "RepartitionByExpression"
        case .generate: "Generate"
        case .subqueryAlias: "SubqueryAlias"
        case .withHiddenColumns(_, let c): c.nodeName
        case .unresolvedHint: "UnresolvedHint"
        case .unresolvedQualify: "UnresolvedQualify"
        case .resolvedHint: "ResolvedHint"
        case .expand: "Expand"
        case .sample: "Sample"
        case .pivot: "Pivot"
        case .unpivot: "Unpivot"
        case .batchEvalPython: "BatchEvalPython"
        case .join: "Join"
        case .usingJoin: "Join"
        case .union: "Union"
        case .intersect: "Intersect"
        case .except: "Except"
        case .with: "WithCTE"
        case .unresolvedRecursiveCTE: "UnresolvedRecursiveCTE"
        case .unionLoop: "UnionLoop"
        case .unionLoopRef: "UnionLoopRef"
        case .lateralSubquery: "LateralSubquery"
        }
    }
}

extension Expression {
    /// The output attribute of a named expression in a select list.
    public var toAttribute: AttributeReference? {
        switch self {
        case .attribute(let a): return a
        case .alias(let c, let name, let id):
            return AttributeReference(name: name, dataType: c.dataType, nullable: c.nullable, exprId: id)
        default: return nil
        }
    }

    var asSortOrder: SortOrder {
        if case .sortOrder(let o) = self { return o }
        return SortOrder(self)
    }
}
