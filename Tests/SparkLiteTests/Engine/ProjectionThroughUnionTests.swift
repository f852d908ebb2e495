import Testing
@testable import SparkLite

/// A deterministic projection over a union is computed in each branch (the second branch reads its own
/// columns); a nondeterministic one stays above the union, as Spark 4.3 explains them.
@Test(arguments: [
    AggregatePlanCase("SELECT id, id * 2 AS d FROM (SELECT k AS id FROM t UNION ALL SELECT v FROM t)", """
        *(1) Union
        :- *(1) Project [k#x AS id#x, (k#x * 2) AS d#x]
        :  +- *(1) Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        +- *(1) Project [v#x, (v#x * 2) AS d#x]
           +- *(1) Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
    AggregatePlanCase("SELECT id, rand(1) AS r FROM (SELECT k AS id FROM t UNION ALL SELECT v FROM t)", """
        *(1) Project [id#x, rand(1) AS r#x]
        +- *(1) Union
           :- *(1) Project [k#x AS id#x]
           :  +- *(1) Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
           +- *(1) Project [v#x]
              +- *(1) Scan ExistingRDD[k#x,s#x,v#x,d#x,dt#x,arr#x]
        """),
])
func projectionMovesIntoUnionBranchesWhenDeterministic(_ c: AggregatePlanCase) throws {
    #expect(try physicalPlanOverTableT(c.sql) == c.physical)
}
