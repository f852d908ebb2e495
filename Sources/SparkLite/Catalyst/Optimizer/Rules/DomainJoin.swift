/// Spark 4's decorrelation of an IN or EXISTS subquery whose correlated filter sits under a global aggregate
/// (`x IN (SELECT max(y) FROM t WHERE t.k = o.k)`). The aggregate has a value even for an outer key without
/// inner rows (null, or 0 for a count), so grouping it by the inner key alone is not enough: Spark builds a
/// "domain" of the distinct outer key values, left outer joins it with the aggregate grouped by the inner
/// key, and the outer query matches the domain null-safely (`o.k <=> domain.k`).
enum DomainJoin {
    /// The subquery rewritten over the domain, and the predicates that match it to the outer query; nil when
    /// the subquery is not a global aggregate over equality correlations. As in Spark, the domain join is
    /// built after the aggregate's input is optimized, so no filter is inferred from its join keys.
    static func decorrelate(_ sub: LogicalPlan, outer: LogicalPlan,
                            optimize: (LogicalPlan) -> LogicalPlan) -> (plan: LogicalPlan, predicates: [Expression])? {
        guard case .aggregate(let grouping, let aggregates, let aggChild) = withoutAliases(sub), grouping.isEmpty else { return nil }
        let (uncorrelated, correlated) = RewritePredicateSubquery.pullOutCorrelated(aggChild)
        guard !correlated.isEmpty else { return nil }
        let inner = optimize(uncorrelated)
        let outerIds = Set(outer.output.map(\.exprId)), innerIds = Set(inner.output.map(\.exprId))
        var pairs: [(inner: AttributeReference, outer: AttributeReference)] = []
        for predicate in correlated {
            guard case .comparison(.equal, .attribute(let a), .attribute(let b)) = predicate else { return nil }
            if innerIds.contains(a.exprId), outerIds.contains(b.exprId) {
                pairs.append((a, b))
            } else if innerIds.contains(b.exprId), outerIds.contains(a.exprId) {
                pairs.append((b, a))
            } else {
                return nil
            }
        }
        let outerKeys = ExpressionResolution.uniqueById(pairs.map(\.outer))
        var mapping: [ExprId: ExprId] = [:]
        let domainInput = DeduplicateRelations.newInstance(.project(outerKeys.map { .attribute($0) }, outer), &mapping)
        let domainKeys = domainInput.output
        func domainKey(_ a: AttributeReference) -> AttributeReference? {
            domainKeys.first { $0.exprId == mapping[a.exprId] }
        }
        let domain = LogicalPlan.aggregate(grouping: domainKeys.map { .attribute($0) }, aggregates: domainKeys.map { .attribute($0) }, domainInput)
        let innerKeys = ExpressionResolution.uniqueById(pairs.map(\.inner))
        let grouped = LogicalPlan.aggregate(grouping: innerKeys.map { .attribute($0) },
                                            aggregates: innerKeys.map { .attribute($0) } + aggregates, inner)
        var joinKeys: [Expression] = []
        for pair in pairs {
            guard let d = domainKey(pair.outer) else { return nil }
            joinKeys.append(.comparison(.equal, .attribute(d), .attribute(pair.inner)))
        }
        let joined = LogicalPlan.join(domain, grouped, .leftOuter, condition: RewritePredicateSubquery.conjunction(joinKeys), hint: .none)
        // A domain key without inner rows gets null from the outer join; a count over no rows is 0.
        var values: [Expression] = []
        for item in aggregates {
            guard let attr = item.toAttribute else { return nil }
            if case .aggregate(let agg) = item.unaliased, [.count, .countIf, .approxCountDistinct].contains(agg.kind) {
                let zeroed = Expression.caseWhen(branches: [CaseBranch(.isNull(.attribute(attr)), .literal(.int(0), attr.dataType))],
                                                 elseValue: .attribute(attr))
                values.append(.alias(zeroed, name: attr.name, exprId: .next()))
            } else {
                values.append(.attribute(attr))
            }
        }
        let predicates = outerKeys.compactMap { o in
            domainKey(o).map { Expression.comparison(.equalNullSafe, .attribute(o), .attribute($0)) }
        }
        return (.project(values + domainKeys.map { .attribute($0) }, joined), predicates)
    }

    private static func withoutAliases(_ plan: LogicalPlan) -> LogicalPlan {
        if case .subqueryAlias(_, let child) = plan { return withoutAliases(child) }
        return plan
    }
}
