/// Merges a projection into the projection or aggregate below it (`withColumnRenamed` after `groupBy().agg()`
/// renames in the aggregate, as in Spark), unless that would compute a costly expression of the lower one
/// more than once.
enum CollapseProject {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .project(let upper, .project(let lower, let child)):
                return merge(upper, into: lower).map { .project($0, child) }
            case .project(let upper, .aggregate(let grouping, let aggregates, let child)):
                guard upper.allSatisfy(\.deterministic), !upper.contains(where: \.containsSubquery) else { return nil }
                // A grouping key is computed once per row below the aggregate (Spark's PullOutGroupingExpressions
                // names it `_groupingexpression`), so reading it twice above costs nothing.
                let keys = Set(grouping.map(\.unaliased.explainString))
                return merge(upper, into: aggregates, computedOnce: keys).map { .aggregate(grouping: grouping, aggregates: $0, child) }
            default:
                return nil
            }
        }
    }

    /// The upper list computed from the lower list's input, or nil when it cannot be. `computedOnce` holds
    /// the lower expressions (as explained) that stay computed once however often they are read.
    static func merge(_ upper: [Expression], into lower: [Expression], computedOnce: Set<String> = []) -> [Expression]? {
        let lowerById = Dictionary(lower.compactMap { e in e.toAttribute.map { ($0.exprId, e) } }, uniquingKeysWith: { a, _ in a })
        guard upper.allSatisfy({ e in e.references.allSatisfy { lowerById[$0.exprId] != nil } }),
              lower.allSatisfy({ $0.deterministic && !$0.containsWindow }) else { return nil }
        // Spark keeps both projections rather than compute a costly expression twice.
        var uses: [ExprId: Int] = [:]
        for r in upper.flatMap(\.references) { uses[r.exprId, default: 0] += 1 }
        for (id, count) in uses where count > 1 {
            if let source = lowerById[id], !isCheap(source.unaliased), !computedOnce.contains(source.unaliased.explainString),
               !structReadByField(source, id: id, uses: count, in: upper) {
                return nil
            }
        }
        let merged = upper.map { e -> Expression in
            let replaced = e.transformUp { x -> Expression? in
                guard case .attribute(let a) = x, let source = lowerById[a.exprId] else { return nil }
                return source.unaliased
            }
            if case .attribute(let a) = e, let source = lowerById[a.exprId] { return source }
            if case .alias(_, let name, let id) = e { return .alias(replaced.unaliased, name: name, exprId: id) }
            return replaced
        }
        return merged
    }

    /// A struct built below and read above by its fields, all but at most one use: Spark collapses these,
    /// since SimplifyExtractValueOps then reads each field's value directly (`struct(a, b).a` is `a`).
    static func structReadByField(_ source: Expression, id: ExprId, uses: Int, in upper: [Expression]) -> Bool {
        guard SimplifyExtractValueOps.structValues(source) != nil else { return false }
        let fieldReads = upper.flatMap { e in
            e.collect { x -> Bool? in
                guard case .function(let f, let args) = x, f.structFieldOrdinal != nil, args.count == 1,
                      case .attribute(let a) = args[0], a.exprId == id else { return nil }
                return true
            }
        }.count
        return uses - fieldReads <= 1
    }

    /// Columns, constants and field accesses of them: free to compute again.
    static func isCheap(_ e: Expression) -> Bool {
        switch e {
        case .attribute, .literal, .outerReference: true
        case .alias(let c, _, _): isCheap(c)
        default: e.references.isEmpty && e.deterministic && !e.exists { if case .scalarSubquery = $0 { true } else { false } }
        }
    }
}
