/// Spark 4's decorrelation of a scalar subquery correlated by something other than equalities
/// (`(SELECT avg(salary) FROM employees x WHERE x.dept_id = e.dept_id AND x.salary < e.salary)`).
///
/// Grouping the aggregate by inner columns cannot answer `x.salary < e.salary`, so Spark builds a domain: the
/// distinct outer values the non-equalities read, joined with the inner rows by those predicates (a cartesian
/// product filtered by them), aggregated per domain value and per inner column of each equality. The outer
/// query is then left outer joined with that aggregate, null-safely on the domain values and by the equalities.
enum ScalarSubqueryDomain {
    /// The outer plan joined with the per-domain aggregate, whose first aggregate the subquery's value is;
    /// nil when a predicate is not of a form this rewrite answers.
    static func decorrelate(aggregates: [Expression], aggChild: LogicalPlan, predicates: [Expression],
                            outer: LogicalPlan) -> LogicalPlan? {
        let outerIds = Set(outer.output.map(\.exprId)), innerIds = Set(aggChild.output.map(\.exprId))
        var pairs: [(inner: AttributeReference, outer: AttributeReference)] = []
        var others: [Expression] = []
        for predicate in predicates {
            if case .comparison(.equal, .attribute(let a), .attribute(let b)) = predicate {
                if innerIds.contains(a.exprId), outerIds.contains(b.exprId) { pairs.append((a, b)); continue }
                if innerIds.contains(b.exprId), outerIds.contains(a.exprId) { pairs.append((b, a)); continue }
            }
            // Anything else may read only inner columns and outer ones.
            guard predicate.references.allSatisfy({ innerIds.contains($0.exprId) || outerIds.contains($0.exprId) }) else { return nil }
            others.append(predicate)
        }
        let domainColumns = ExpressionResolution.uniqueById(others.flatMap(\.references).filter { outerIds.contains($0.exprId) })
        guard !domainColumns.isEmpty else { return nil }

        var mapping: [ExprId: ExprId] = [:]
        let domainInput = DeduplicateRelations.newInstance(.project(domainColumns.map { .attribute($0) }, outer), &mapping)
        let domainKeys = domainInput.output
        func domainKey(_ a: AttributeReference) -> AttributeReference? { domainKeys.first { $0.exprId == mapping[a.exprId] } }
        let domain = LogicalPlan.aggregate(grouping: domainKeys.map { .attribute($0) }, aggregates: domainKeys.map { .attribute($0) }, domainInput)

        // The inner rows each domain value sees: the non-equalities with the outer columns read from the domain.
        let onDomain = others.map { predicate in
            predicate.transformUp { e -> Expression? in
                guard case .attribute(let a) = e, outerIds.contains(a.exprId), let d = domainKey(a) else { return nil }
                return .attribute(d)
            }
        }
        let paired = LogicalPlan.join(domain, aggChild, .inner, condition: RewritePredicateSubquery.conjunction(onDomain), hint: .none)
        let innerKeys = ExpressionResolution.uniqueById(pairs.map(\.inner))
        let keys = (domainKeys + innerKeys).map { Expression.attribute($0) }
        let grouped = LogicalPlan.aggregate(grouping: keys, aggregates: keys + aggregates, paired)

        var matches: [Expression] = []
        for column in domainColumns {
            guard let d = domainKey(column) else { return nil }
            matches.append(.comparison(.equalNullSafe, .attribute(column), .attribute(d)))
        }
        matches += pairs.map { Expression.comparison(.equal, .attribute($0.outer), .attribute($0.inner)) }
        return .join(outer, grouped, .leftOuter, condition: RewritePredicateSubquery.conjunction(matches), hint: .none)
    }
}
