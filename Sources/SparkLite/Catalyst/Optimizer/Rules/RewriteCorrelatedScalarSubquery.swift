/// Spark's `RewriteCorrelatedScalarSubquery`, one of the operator rules: a correlated scalar aggregate
/// (`x > (SELECT avg(y) FROM t WHERE t.k = o.k)`) becomes a left outer join with the aggregate per key.
/// EXISTS and IN wait for `RewritePredicateSubquery`'s later batch.
enum RewriteCorrelatedScalarSubquery {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        RewritePredicateSubquery.rewrite(plan, kind: .correlatedScalars)
    }
}
