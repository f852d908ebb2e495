import ProblemBank
import PySparkBridge
import SparkLite
import Testing
@testable import Judge

private let smjPlan = """
AdaptiveSparkPlan isFinalPlan=false
+- SortMergeJoin [country#2], [country#5], Inner
   :- Sort [country#2 ASC NULLS FIRST], false, 0
   :  +- Exchange hashpartitioning(country#2, 200), ENSURE_REQUIREMENTS, [plan_id=10]
   :     +- Filter isnotnull(country#2)
   :        +- Scan ExistingRDD[user_id#0,name#1,country#2]
   +- Sort [country#5 ASC NULLS FIRST], false, 0
      +- Exchange hashpartitioning(country#5, 200), ENSURE_REQUIREMENTS, [plan_id=11]
         +- Filter isnotnull(country#5)
            +- Scan ExistingRDD[country#5,region#6]
"""

private let bhjPlan = """
AdaptiveSparkPlan isFinalPlan=false
+- BroadcastHashJoin [country#2], [country#5], Inner, BuildRight, false
   :- Filter isnotnull(country#2)
   :  +- Scan ExistingRDD[user_id#0,name#1,country#2]
   +- BroadcastExchange HashedRelationBroadcastMode(List(input[0, string, false]),false), [plan_id=20]
      +- Filter isnotnull(country#5)
         +- Scan ExistingRDD[country#5,region#6]
"""

private let crossPlan = """
AdaptiveSparkPlan isFinalPlan=false
+- BroadcastNestedLoopJoin BuildRight, Cross
   :- Scan ExistingRDD[user_id#0,name#1,country#2]
   +- BroadcastExchange IdentityBroadcastMode, [plan_id=5]
      +- Scan ExistingRDD[country#5,region#6]
"""

private let udfPlan = """
AdaptiveSparkPlan isFinalPlan=false
+- Project [pythonUDF0#9 AS up#8]
   +- BatchEvalPython [up(name#1)#7], [pythonUDF0#9]
      +- Scan ExistingRDD[user_id#0,name#1,country#2]
"""

private let tables = [
    InputTableData(name: "users", schema: [StructField("user_id", .int), StructField("name", .string), StructField("country", .string)], rows: []),
    InputTableData(name: "regions", schema: [StructField("country", .string), StructField("region", .string)], rows: []),
]

private func run(_ plan: String, shuffles: Int, metrics: RunMetrics = RunMetrics()) -> ExecutedSolution {
    ExecutedSolution(columns: [], rows: [], shuffles: shuffles, broadcasts: plan.contains("BroadcastExchange") ? 1 : 0,
                     physicalPlan: plan, metrics: metrics)
}

struct RuleCase: Sendable, CustomStringConvertible {
    var name: String
    var rules: PlanRules
    var plan: String
    var shuffles: Int
    var metrics = RunMetrics()
    var source = ""
    var status: PlanRuleResult.Status
    var actual: JSONValue
    var message: String
    var excerpt: String?

    var description: String { name }
}

@Test(arguments: [
    RuleCase(name: "shuffles within limit", rules: PlanRules(maxShuffles: 2), plan: smjPlan, shuffles: 2, status: .ok,
             actual: .int(2), message: "shuffles: 2, allowed 2"),
    RuleCase(name: "too many shuffles", rules: PlanRules(maxShuffles: 1), plan: smjPlan, shuffles: 2, status: .violated,
             actual: .int(2), message: "shuffles: 2, allowed 1", excerpt: "Exchange hashpartitioning(country#2, 200)"),
    RuleCase(name: "broadcast missing", rules: PlanRules(requireBroadcast: .any), plan: smjPlan, shuffles: 2, status: .violated,
             actual: .string("SortMergeJoin"), message: "join strategy: SortMergeJoin, expected BroadcastHashJoin",
             excerpt: "SortMergeJoin [country#2]"),
    RuleCase(name: "broadcast present", rules: PlanRules(requireBroadcast: .any), plan: bhjPlan, shuffles: 0, status: .ok,
             actual: .string("BroadcastHashJoin"), message: "join strategy: BroadcastHashJoin, expected BroadcastHashJoin"),
    RuleCase(name: "named table broadcast", rules: PlanRules(requireBroadcast: .table("regions")), plan: bhjPlan, shuffles: 0,
             status: .ok, actual: .string("regions"), message: "broadcast: regions"),
    RuleCase(name: "wrong table broadcast", rules: PlanRules(requireBroadcast: .table("users")), plan: bhjPlan, shuffles: 0,
             status: .violated, actual: .string("regions"), message: "expected 'users' to be broadcast"),
    RuleCase(name: "cross join forbidden", rules: PlanRules(forbid: [.crossJoin]), plan: crossPlan, shuffles: 0, status: .violated,
             actual: .int(1), message: "cross_join: a cross join found 1 time, allowed none", excerpt: "BroadcastNestedLoopJoin BuildRight, Cross"),
    RuleCase(name: "nested loop join forbidden", rules: PlanRules(forbid: [.nestedLoopJoin]), plan: crossPlan, shuffles: 0,
             status: .violated, actual: .int(1), message: "nested_loop_join: BroadcastNestedLoopJoin found 1 time"),
    RuleCase(name: "cartesian absent", rules: PlanRules(forbid: [.cartesian]), plan: crossPlan, shuffles: 0, status: .ok,
             actual: .int(0), message: "cartesian: not used"),
    RuleCase(name: "python udf forbidden", rules: PlanRules(forbid: [.pythonUDF]), plan: udfPlan, shuffles: 0, status: .violated,
             actual: .int(1), message: "python_udf: a Python UDF found 1 time", excerpt: "BatchEvalPython"),
    RuleCase(name: "collect in source", rules: PlanRules(forbid: [.collect]), plan: udfPlan, shuffles: 0,
             source: "def solve(users):\n    # users.collect() is slow\n    names = users.collect()\n    return users",
             status: .violated, actual: .int(1), message: "collect: collecting rows to the driver found 1 time",
             excerpt: "line 3: names = users.collect()"),
    RuleCase(name: "collect in a string is not a call", rules: PlanRules(forbid: [.collect]), plan: udfPlan, shuffles: 0,
             source: "x = \"df.collect()\"", status: .ok, actual: .int(0), message: "collect: not used"),
    RuleCase(name: "groupByKey in source", rules: PlanRules(forbid: [.groupByKey]), plan: "", shuffles: 1,
             source: "def solve(sc):\n    return sc.parallelize([(1, 2)]).groupByKey ()", status: .violated, actual: .int(1),
             message: "group_by_key: groupByKey found 1 time"),
    RuleCase(name: "scans measured", rules: PlanRules(maxScansPerTable: 1), plan: smjPlan, shuffles: 2,
             metrics: RunMetrics(scansPerTable: ["users": 2, "regions": 1]), status: .violated, actual: .int(2),
             message: "most scanned table: 'users' read 2 times, allowed 1", excerpt: "Scan ExistingRDD"),
    RuleCase(name: "scans not measured", rules: PlanRules(maxScansPerTable: 1), plan: smjPlan, shuffles: 2, status: .notCheckable,
             actual: .null, message: "not checked: the engine did not report scans per table"),
    RuleCase(name: "skew over limit", rules: PlanRules(maxSkewRatio: 3), plan: smjPlan, shuffles: 1,
             metrics: RunMetrics(shufflePartitionSizes: [[0, 10, 10, 80]]), status: .violated, actual: .double(8),
             message: "largest shuffle partition: 80 rows (80% of 100), 8.00× the median non-empty partition, allowed 3×"),
    RuleCase(name: "skew within limit", rules: PlanRules(maxSkewRatio: 3), plan: smjPlan, shuffles: 1,
             metrics: RunMetrics(shufflePartitionSizes: [[5, 6, 0, 7]]), status: .ok, actual: .double(1.17), message: "1.17×"),
    RuleCase(name: "shuffle records over limit", rules: PlanRules(maxShuffleRecords: 100), plan: smjPlan, shuffles: 2,
             metrics: RunMetrics(shuffleRecordsWritten: 150), status: .violated, actual: .int(150), message: "rows shuffled: 150, allowed 100"),
    RuleCase(name: "output partitions not measured", rules: PlanRules(outputPartitions: 1), plan: smjPlan, shuffles: 2,
             status: .notCheckable, actual: .null, message: "result's partition count"),
    RuleCase(name: "output partitions measured", rules: PlanRules(outputPartitions: 1), plan: smjPlan, shuffles: 2,
             metrics: RunMetrics(outputPartitions: 200), status: .violated, actual: .int(200), message: "result partitions: 200, required 1"),
])
func planRulesReportMeasuredValueAndLimit(_ testCase: RuleCase) throws {
    let results = PlanRuleChecker(rules: testCase.rules, tables: tables)
        .check(run(testCase.plan, shuffles: testCase.shuffles, metrics: testCase.metrics), source: testCase.source)
    let result = try #require(results.first)
    #expect(results.count == 1)
    #expect(result.status == testCase.status)
    #expect(result.actual == testCase.actual)
    #expect(result.message.contains(testCase.message), "message: \(result.message)")
    if let excerpt = testCase.excerpt {
        #expect(result.excerpt.contains { $0.contains(excerpt) }, "excerpt: \(result.excerpt)")
    } else if testCase.status == .ok {
        #expect(result.excerpt.isEmpty)
    }
}

@Test func ruleResultsHaveTheContractShape() {
    let result = PlanRuleResult(rule: "max_shuffles", limit: .int(1), actual: .int(2), status: .violated,
                                message: "shuffles: 2, allowed 1", excerpt: [], test: nil)
    #expect(result.json.jsonText == #"{"rule":"max_shuffles","limit":1,"actual":2,"ok":false,"message":"shuffles: 2, allowed 1"}"#)
}

/// A plan adaptive execution does not take marks each operator with its codegen stage (`*(1) `); plan rules
/// read the operator through the mark, and a line's depth is where its tree drawing ends.
@Test(arguments: [
    ("+- *(1) Scan ExistingRDD[a#0]", "Scan ExistingRDD[a#0]", 3),
    (":  +- *(12) Project [a#0]", "Project [a#0]", 6),
    ("*(1) Filter (a#0 > 1)", "Filter (a#0 > 1)", 0),
    ("   +- Project [a#0]", "Project [a#0]", 6),
    ("+- *(x) Project", "*(x) Project", 3),
])
func planTextReadsOperatorsThroughCodegenStageMarks(_ line: String, _ text: String, _ depth: Int) {
    #expect(PlanText.operatorText(line) == text)
    #expect(PlanText.depth(line) == depth)
}

@Test func scanRulesSeeScansInCodegenStages() {
    let plan = PlanText("*(1) Project [a#0]\n+- *(1) Scan ExistingRDD[a#0,b#1]")
    #expect(plan.lines { PlanText.isScan($0) } == ["+- *(1) Scan ExistingRDD[a#0,b#1]"])
}
