import Testing
@testable import SparkLite

/// A query and the physical plan real Spark (4.3, AQE's initial plan) explains for it, ids as `#x`.
struct AggregatePlanCase: CustomTestStringConvertible, Sendable {
    let sql: String
    let physical: String
    var testDescription: String { sql }

    init(_ sql: String, _ physical: String) {
        self.sql = sql
        self.physical = physical
    }
}

/// Which aggregate operator each phase is (hash, object hash or sort, from the aggregates' buffers), the
/// sorts a sort aggregate needs, a final aggregate merged with its partial one when no exchange separates
/// them, and a hash aggregate over input already sorted by its keys run as a sort aggregate.
@Test(arguments: [
    AggregatePlanCase("SELECT k, min(s) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[min(s#x)])
           +- Sort [k#x ASC NULLS FIRST], false, 0
              +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 +- SortAggregate(key=[k#x], functions=[partial_min(s#x)])
                    +- Sort [k#x ASC NULLS FIRST], false, 0
                       +- Project [k#x, s#x]
                          +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, max(d), min(dt), first(v) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x], functions=[max(d#x), min(dt#x), first(v#x, false)])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[k#x], functions=[partial_max(d#x), partial_min(dt#x), partial_first(v#x, false)])
                 +- Project [k#x, v#x, d#x, dt#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, min(arr) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[min(arr#x)])
           +- Sort [k#x ASC NULLS FIRST], false, 0
              +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 +- SortAggregate(key=[k#x], functions=[partial_min(arr#x)])
                    +- Sort [k#x ASC NULLS FIRST], false, 0
                       +- Project [k#x, arr#x]
                          +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, collect_list(v), min(s) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- ObjectHashAggregate(keys=[k#x], functions=[collect_list(v#x, 0, 0, true), min(s#x)])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- ObjectHashAggregate(keys=[k#x], functions=[partial_collect_list(v#x, 0, 0, true), partial_min(s#x)])
                 +- Project [k#x, s#x, v#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, count(DISTINCT v), min(s) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[min(s#x), count(distinct v#x)])
           +- Sort [k#x ASC NULLS FIRST], false, 0
              +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 +- SortAggregate(key=[k#x], functions=[merge_min(s#x), partial_count(distinct v#x)])
                    +- SortAggregate(key=[k#x, v#x], functions=[merge_min(s#x)])
                       +- Sort [k#x ASC NULLS FIRST, v#x ASC NULLS FIRST], false, 0
                          +- Exchange hashpartitioning(k#x, v#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                             +- SortAggregate(key=[k#x, v#x], functions=[partial_min(s#x)])
                                +- Sort [k#x ASC NULLS FIRST, v#x ASC NULLS FIRST], false, 0
                                   +- Project [k#x, s#x, v#x]
                                      +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, v, sum(r) FROM (SELECT k, v, row_number() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM t) GROUP BY k, v", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x, v#x], functions=[sum(r#x)])
           +- Window [row_number() windowspecdefinition(k#x, v#x DESC NULLS LAST, specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())) AS r#x], [k#x], [v#x DESC NULLS LAST]
              +- Sort [k#x ASC NULLS FIRST, v#x DESC NULLS LAST], false, 0
                 +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                    +- Project [k#x, v#x]
                       +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, sum(r) FROM (SELECT k, row_number() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM t) GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[sum(r#x)])
           +- Project [k#x, r#x]
              +- Window [row_number() windowspecdefinition(k#x, v#x DESC NULLS LAST, specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())) AS r#x], [k#x], [v#x DESC NULLS LAST]
                 +- Sort [k#x ASC NULLS FIRST, v#x DESC NULLS LAST], false, 0
                    +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                       +- Project [k#x, v#x]
                          +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT min(s), count(v) FROM t", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[], functions=[min(s#x), count(v#x)])
           +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=x]
              +- SortAggregate(key=[], functions=[partial_min(s#x), partial_count(v#x)])
                 +- Project [s#x, v#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, max_by(s, v), min_by(v, d) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[max_by(s#x, v#x), min_by(v#x, d#x)])
           +- Sort [k#x ASC NULLS FIRST], false, 0
              +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 +- SortAggregate(key=[k#x], functions=[partial_max_by(s#x, v#x), partial_min_by(v#x, d#x)])
                    +- Sort [k#x ASC NULLS FIRST], false, 0
                       +- Project [k#x, s#x, v#x, d#x]
                          +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, max_by(v, d), mode(v) FROM t GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- ObjectHashAggregate(keys=[k#x], functions=[max_by(v#x, d#x), mode(v#x, 0, 0, None)])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- ObjectHashAggregate(keys=[k#x], functions=[partial_max_by(v#x, d#x), partial_mode(v#x, 0, 0, None)])
                 +- Project [k#x, v#x, d#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT a.k, min(a.s) FROM t a JOIN t b ON a.k = b.k GROUP BY a.k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[min(s#x)])
           +- Project [k#x, s#x]
              +- SortMergeJoin [k#x], [k#x], Inner
                 :- Sort [k#x ASC NULLS FIRST], false, 0
                 :  +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 :     +- Project [k#x, s#x]
                 :        +- Filter isnotnull(k#x)
                 :           +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
                 +- Sort [k#x ASC NULLS FIRST], false, 0
                    +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                       +- Project [k#x]
                          +- Filter isnotnull(k#x)
                             +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT b.k, min(a.s) FROM t a JOIN t b ON a.k = b.k GROUP BY b.k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- SortAggregate(key=[k#x], functions=[min(s#x)])
           +- Project [s#x, k#x]
              +- SortMergeJoin [k#x], [k#x], Inner
                 :- Sort [k#x ASC NULLS FIRST], false, 0
                 :  +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 :     +- Project [k#x, s#x]
                 :        +- Filter isnotnull(k#x)
                 :           +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
                 +- Sort [k#x ASC NULLS FIRST], false, 0
                    +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                       +- Project [k#x]
                          +- Filter isnotnull(k#x)
                             +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT a.k, b.v, sum(a.v) FROM t a JOIN t b ON a.k = b.k GROUP BY a.k, b.v", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x, v#x], functions=[sum(v#x)])
           +- Project [k#x, v#x, v#x]
              +- SortMergeJoin [k#x], [k#x], Inner
                 :- Sort [k#x ASC NULLS FIRST], false, 0
                 :  +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 :     +- Project [k#x, v#x]
                 :        +- Filter isnotnull(k#x)
                 :           +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
                 +- Sort [k#x ASC NULLS FIRST], false, 0
                    +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                       +- Project [k#x, v#x]
                          +- Filter isnotnull(k#x)
                             +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, sum(v) FROM (SELECT DISTINCT k, v FROM t) GROUP BY k", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x], functions=[sum(v#x)])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[k#x], functions=[partial_sum(v#x)])
                 +- HashAggregate(keys=[k#x, v#x], functions=[])
                    +- Exchange hashpartitioning(k#x, v#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                       +- HashAggregate(keys=[k#x, v#x], functions=[])
                          +- Project [k#x, v#x]
                             +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    // Keys computed below the aggregate merge with a projection that computes columns, unless a costly
    // column would be computed twice.
    AggregatePlanCase("SELECT year(dt) AS y, sum(CAST(f AS INT)), count(f), max(f) FROM (SELECT *, s = 'a' AS f FROM t) GROUP BY year(dt)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[_groupingexpression#x], functions=[sum(cast(f#x as int)), count(f#x), max(f#x)])
           +- Exchange hashpartitioning(_groupingexpression#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[_groupingexpression#x], functions=[partial_sum(cast(f#x as int)), partial_count(f#x), partial_max(f#x)])
                 +- Project [(s#x = a) AS f#x, year(dt#x) AS _groupingexpression#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT upper(s), sum(w) FROM (SELECT *, v * 2 AS w FROM t) GROUP BY upper(s)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[_groupingexpression#x], functions=[sum(w#x)])
           +- Exchange hashpartitioning(_groupingexpression#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[_groupingexpression#x], functions=[partial_sum(w#x)])
                 +- Project [(v#x * 2) AS w#x, upper(s#x) AS _groupingexpression#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT concat(u, u), count(1) FROM (SELECT *, upper(s) AS u FROM t) GROUP BY concat(u, u)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[_groupingexpression#x], functions=[count(1)])
           +- Exchange hashpartitioning(_groupingexpression#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[_groupingexpression#x], functions=[partial_count(1)])
                 +- Project [concat(u#x, u#x) AS _groupingexpression#x]
                    +- Project [upper(s#x) AS u#x]
                       +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    // A projection above an aggregate merges into it when the column it reads twice is a grouping key,
    // not when it is a costly aggregate result.
    AggregatePlanCase("SELECT ks, CAST(ks AS BINARY) AS kb, n FROM (SELECT upper(s) AS ks, count(1) AS n FROM t GROUP BY upper(s))", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[_groupingexpression#x], functions=[count(1)])
           +- Exchange hashpartitioning(_groupingexpression#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[_groupingexpression#x], functions=[partial_count(1)])
                 +- Project [upper(s#x) AS _groupingexpression#x]
                    +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT m, m + m AS mm FROM (SELECT k, sum(v) * 2 AS m FROM t GROUP BY k)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- Project [m#xL, (m#xL + m#xL) AS mm#xL]
           +- HashAggregate(keys=[k#x], functions=[sum(v#x)])
              +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
                 +- HashAggregate(keys=[k#x], functions=[partial_sum(v#x)])
                    +- Project [k#x, v#x]
                       +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    // INTERSECT and EXCEPT are a distinct aggregate over a semi or anti join, so a constant selected above
    // them merges into that aggregate.
    AggregatePlanCase("SELECT 'x' AS op, k FROM (SELECT k FROM t EXCEPT SELECT v FROM t)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x], functions=[])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[k#x], functions=[])
                 +- SortMergeJoin [coalesce(k#x, 0), isnull(k#x)], [coalesce(v#x, 0), isnull(v#x)], LeftAnti
                    :- Sort [coalesce(k#x, 0) ASC NULLS FIRST, isnull(k#x) ASC NULLS FIRST], false, 0
                    :  +- Exchange hashpartitioning(coalesce(k#x, 0), isnull(k#x), 200), ENSURE_REQUIREMENTS, [plan_id=x]
                    :     +- Project [k#x]
                    :        +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
                    +- Sort [coalesce(v#x, 0) ASC NULLS FIRST, isnull(v#x) ASC NULLS FIRST], false, 0
                       +- Exchange hashpartitioning(coalesce(v#x, 0), isnull(v#x), 200), ENSURE_REQUIREMENTS, [plan_id=x]
                          +- Project [v#x]
                             +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT k, 'y' AS op FROM (SELECT k FROM t INTERSECT SELECT v FROM t WHERE v > 1)", """
        AdaptiveSparkPlan isFinalPlan=false
        +- HashAggregate(keys=[k#x], functions=[])
           +- Exchange hashpartitioning(k#x, 200), ENSURE_REQUIREMENTS, [plan_id=x]
              +- HashAggregate(keys=[k#x], functions=[])
                 +- SortMergeJoin [coalesce(k#x, 0), isnull(k#x)], [coalesce(v#x, 0), isnull(v#x)], LeftSemi
                    :- Sort [coalesce(k#x, 0) ASC NULLS FIRST, isnull(k#x) ASC NULLS FIRST], false, 0
                    :  +- Exchange hashpartitioning(coalesce(k#x, 0), isnull(k#x), 200), ENSURE_REQUIREMENTS, [plan_id=x]
                    :     +- Project [k#x]
                    :        +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
                    +- Sort [coalesce(v#x, 0) ASC NULLS FIRST, isnull(v#x) ASC NULLS FIRST], false, 0
                       +- Exchange hashpartitioning(coalesce(v#x, 0), isnull(v#x), 200), ENSURE_REQUIREMENTS, [plan_id=x]
                          +- Project [v#x]
                             +- Filter (isnotnull(v#x) AND (v#x > 1))
                                +- Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
])
func aggregatePhasesAreTheOperatorsSparkPlans(_ c: AggregatePlanCase) throws {
    #expect(try physicalPlanOverTableT(c.sql) == c.physical)
}

/// The physical plan SparkLite explains for `sql` over a three-row table `t`, ids as `#x`.
func physicalPlanOverTableT(_ sql: String) throws -> String {
    let spark = SparkSession()
    try spark.createDataFrame([
        [.int(1), .string("a"), .int(10), .decimal(150, scale: 2), .date(18262), .array([.int(1), .int(2)])],
        [.int(1), .string("b"), .int(20), .decimal(250, scale: 2), .date(18628), .array([.int(3)])],
        [.int(2), .string("c"), .int(30), .decimal(350, scale: 2), .date(18993), .array([.int(4)])],
    ], schema: "k INT, s STRING, v INT, d DECIMAL(10,2), dt DATE, arr ARRAY<INT>").createOrReplaceTempView("t")
    return try spark.sql(sql).explain()
        .replacing(/#\d+/, with: "#x").replacing(/plan_id=\d+/, with: "plan_id=x")
        .replacingOccurrences(of: "== Physical Plan ==\n", with: "")
        .trimmingCharacters(in: .whitespacesAndNewlines)
}
