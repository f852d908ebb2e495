import Foundation
import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

/// Spark's ambiguous self-join check: which DataFrame columns a self-join flags, pinned against PySpark 4.3
/// (`_LEGACY_ERROR_TEMP_1182`, "Column manager_id#3, id#0 are ambiguous"); nil when Spark runs the query.
struct AmbiguousSelfJoinCase: Sendable, CustomStringConvertible {
    let name: String
    let body: String
    let ambiguous: [String]?

    var description: String { name }
}

private let staffTable = InputTableData(
    name: "staff",
    schema: [StructField("id", .int), StructField("name", .string), StructField("salary", .int), StructField("manager_id", .int)],
    rows: [
        [.int(1), .string("Joe"), .int(70000), .int(3)],
        [.int(2), .string("Henry"), .int(80000), .int(4)],
        [.int(3), .string("Sam"), .int(60000), .null],
        [.int(4), .string("Max"), .int(90000), .null],
        [.int(5), .string("Ann"), .int(65000), .int(3)],
        [.int(6), .string("Zoe"), .int(95000), .int(2)],
        [.int(7), .string("Lou"), .int(80000), .int(2)],
    ])

@Test(arguments: [
    AmbiguousSelfJoinCase(name: "aliased copies read through the right alias",
                          body: "a = staff.alias('a'); b = staff.alias('b')\n    return a.join(b, a.id == b.manager_id)",
                          ambiguous: ["manager_id"]),
    AmbiguousSelfJoinCase(name: "the same column on both sides means left equals right",
                          body: "return staff.join(staff, staff.id == staff.id)", ambiguous: nil),
    AmbiguousSelfJoinCase(name: "the original DataFrame's column against an alias",
                          body: "return staff.join(staff.alias('m'), staff.manager_id == F.col('m.id'))", ambiguous: ["manager_id"]),
    AmbiguousSelfJoinCase(name: "a projection of the same DataFrame",
                          body: "small = staff.select('id', 'name')\n    return staff.join(small, staff.manager_id == small.id)",
                          ambiguous: ["id"]),
    AmbiguousSelfJoinCase(name: "a column read after joining two aliases",
                          body: "j = staff.alias('e').join(staff.alias('m'), F.col('e.manager_id') == F.col('m.id'))\n    return j.select(staff.name)",
                          ambiguous: ["name"]),
    AmbiguousSelfJoinCase(name: "a left join with a grouped copy",
                          body: "r = staff.groupBy('manager_id').count()\n    return staff.join(r, staff.id == r.manager_id, 'left')",
                          ambiguous: ["manager_id"]),
    AmbiguousSelfJoinCase(name: "a filtered copy flags both sides",
                          body: "hi = staff.filter('salary > 70000')\n    return staff.join(hi, staff.manager_id == hi.id)",
                          ambiguous: ["manager_id", "id"]),
    AmbiguousSelfJoinCase(name: "renamed columns are not ambiguous, the original one is",
                          body: "m = staff.withColumnRenamed('id', 'mid')\n    return staff.join(m, staff.manager_id == m.mid)",
                          ambiguous: ["manager_id"]),
    AmbiguousSelfJoinCase(name: "two columns of the same DataFrame",
                          body: "return staff.join(staff, staff.id == staff.manager_id)", ambiguous: ["id", "manager_id"]),
    AmbiguousSelfJoinCase(name: "a name on the left is not checked",
                          body: "r = staff.groupBy('manager_id').count()\n    return staff.join(r, F.col('id') == r.manager_id)",
                          ambiguous: ["manager_id"]),
    AmbiguousSelfJoinCase(name: "names only, with aliases",
                          body: "return staff.alias('e').join(staff.alias('m'), F.col('e.manager_id') == F.col('m.id'))",
                          ambiguous: nil),
])
func ambiguousSelfJoin(_ c: AmbiguousSelfJoinCase) throws {
    let source = "from pyspark.sql import functions as F\ndef solve(staff):\n    \(c.body)\n"
    let result: Result<SolutionRun, SolutionError>
    do {
        result = .success(try SolutionRunner(limits: Limits(wallClockSeconds: 20)).run(source: source, fileName: "solution.py", tables: [staffTable]))
    } catch {
        result = .failure(error)
    }
    switch result {
    case .success(let run):
        #expect(c.ambiguous == nil, "ran with \(run.rows.count) rows")
    case .failure(let error):
        let expected = try #require(c.ambiguous, "\(error)")
        #expect(error.errorClass == "_LEGACY_ERROR_TEMP_1182")
        let listed = error.message.components(separatedBy: "Column ").dropFirst().first?.components(separatedBy: " are ambiguous").first ?? ""
        let names = listed.components(separatedBy: ", ").map { String($0.split(separator: "#").first ?? "") }
        #expect(names == expected)
    }
}
