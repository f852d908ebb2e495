import ProblemBank
import PyLite
import PySparkBridge
import SparkLite
import Testing
@testable import Judge

// Plan rules on RDD solutions: the judge reads the lineage (toDebugString) and the RDD scheduler's metrics.

private let lines = InputTableData(
    name: "lines", schema: [StructField("line_id", .int), StructField("text", .string)],
    rows: [[.int(1), .string("a b a")], [.int(2), .string("b c")], [.int(3), .string("a")], [.int(4), .null]])

private func executed(_ source: String) throws -> ExecutedSolution {
    ExecutedSolution(try SolutionRunner(limits: Limits(wallClockSeconds: 20)).run(source: source, fileName: "solution.py", tables: [lines]))
}

private let groupByKeyCount = """
def solve(lines):
    return lines.rdd.flatMap(lambda r: (r.text or "").split()).map(lambda w: (w, 1)).groupByKey().mapValues(len)
"""

private let reduceByKeyCount = """
def solve(lines):
    return lines.rdd.flatMap(lambda r: (r.text or "").split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
"""

@Test func forbiddenGroupByKeyIsFoundInTheLineage() throws {
    let run = try executed(groupByKeyCount)
    let result = try #require(PlanRuleChecker(rules: PlanRules(forbid: [.groupByKey])).check(run, source: groupByKeyCount).first)
    #expect(result.status == .violated)
    #expect(result.actual == .int(1))
    #expect(result.excerpt.first?.contains("PairwiseRDD") == true)
    let allowed = try #require(PlanRuleChecker(rules: PlanRules(forbid: [.groupByKey])).check(try executed(reduceByKeyCount), source: reduceByKeyCount).first)
    #expect(allowed.status == .ok)
}

@Test func rddRunsReportShufflesRecordsAndPartitions() throws {
    let run = try executed(reduceByKeyCount)
    #expect(run.isRDD)
    #expect(run.shuffles == 1)
    #expect(run.stages == 2)
    #expect(run.metrics.outputPartitions == 2)
    #expect(run.metrics.scansPerTable == ["lines": 1])
    // Partition 0 holds "a b a" and "b c" (3 distinct words, 2 buckets), partition 1 "a" and null (1).
    #expect(run.metrics.shuffleRecordsWritten == 3)
    let rules = PlanRules(maxShuffles: 0, maxSkewRatio: 10, maxShuffleRecords: 2, outputPartitions: 2)
    let results = PlanRuleChecker(rules: rules).check(run, source: reduceByKeyCount)
    #expect(results.map(\.rule) == ["max_shuffles", "max_skew_ratio", "max_shuffle_records", "output_partitions"])
    #expect(results.map(\.status) == [.violated, .ok, .violated, .ok])
    #expect(results[2].message.contains("shuffle records written: 3"))
}

@Test func rddMetricsInTheRunJSON() throws {
    let json = ResultEncoding.runResult(try executed(reduceByKeyCount)).jsonText
    #expect(json.contains(#""shuffle_records_written":3"#))
    #expect(json.contains(#""jobs":1"#))
    #expect(json.contains(#""rdd_computations":[{"rdd":"rdd at solution.py:2","partitions_computed":2}"#))
    #expect(json.contains(#""physical":"(2) PythonRDD["#))
}
