import SparkLite
import Testing
@testable import PySparkBridge

// Expectations come from PySpark 4.3 (a plain `pip install pyspark`, Arrow-optimised UDFs off).

/// What a Python UDF's return value becomes under its declared type: PySpark converts only values of the
/// kind the type expects (no int for DOUBLE, no float or bool for INT), wraps integers to the type's width,
/// and gives a STRING any value as Java's `toString` writes it.
@Test(arguments: [
    ("7", "string", Value.string("7")),
    ("7", "int", .int(7)),
    ("7", "double", .null),
    ("7", "boolean", .null),
    ("2.5", "int", .null),
    ("2.5", "double", .double(2.5)),
    ("2.5", "string", .string("2.5")),
    ("True", "int", .null),
    ("True", "string", .string("true")),
    ("'hi'", "int", .null),
    ("[1, 2]", "string", .string("[1, 2]")),
    ("['a', 'b']", "string", .string("[a, b]")),
    ("{'a': 1}", "string", .string("{a=1}")),
    ("2 ** 40", "int", .int(0)),
    ("2 ** 40", "bigint", .int(1_099_511_627_776)),
    ("[1.5, 2]", "array<double>", .array([.double(1.5), .null])),
    ("{'a': 1, 'b': None}", "map<string,int>", .map([MapEntry("a", 1), MapEntry("b", .null)])),
    ("(1, 'x')", "struct<n:int,s:string>", .struct([1, "x"])),
    ("{'n': 2, 's': 'y'}", "struct<n:int,s:string>", .struct([2, "y"])),
] as [(String, String, Value)])
func udfResultConvertsAsPySpark(python: String, type: String, expected: Value) throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F

    def solve(users):
        return users.limit(1).select(F.udf(lambda _: \(python), "\(type)")("user_id").alias("v"))
    """)
    #expect(run.rows == [[expected]], "\(python) as \(type)")
}

@Test func twoLambdasOnOneColumnAreTwoCalls() throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F

    def solve(users):
        first = F.udf(lambda s: s[0], "string")
        size = F.udf(lambda s: len(s), "int")
        twice = F.udf(lambda s: s + s, "string")
        return users.where("user_id = 1").select(first("name"), size("name"), twice("name"), twice("name").alias("again"))
    """)
    #expect(run.rows == [[.string("A"), .int(4), .string("AmitAmit"), .string("AmitAmit")]])
}

@Test func structArgumentReachesPythonAsRow() throws {
    let run = try runSolution("""
    from pyspark.sql import functions as F

    def solve(users):
        show = F.udf(lambda p: f"{p.name}/{p['country']}/{p[2]}", "string")
        return users.where("user_id = 2").select(show(F.struct("name", "country", "salary")).alias("s"))
    """)
    #expect(run.rows == [[.string("Bob/US/70000")]])
}

/// `spark.read.json(rdd)` reads no file, so it works when judging; a path does not.
@Test func readJsonFromStringsWhileJudgingButNoFiles() throws {
    let run = try runSolution("""
    def solve(spark, sc):
        lines = sc.parallelize(['{"b": 1, "a": {"x": "p"}}', '{"b": 2.5, "c": [true]}', 'oops'])
        return spark.read.json(lines)
    """)
    #expect(run.columns.map(\.name) == ["_corrupt_record", "a", "b", "c"])
    #expect(run.columns.map(\.dataType.simpleString) == ["string", "struct<x:string>", "double", "array<boolean>"])
    #expect(run.rows.count == 3)
    do {
        _ = try runSolution("def solve(spark):\n    return spark.read.json('/etc/hosts')\n")
        Issue.record("a path was read while judging")
    } catch {
        #expect(error.errorClass == "SANDBOX")
    }
}

/// createDataFrame without a schema merges the type of every row, as PySpark's `_infer_schema` does.
@Test func createDataFrameInfersEachColumnFromAllRows() throws {
    let run = try runSolution("""
    from pyspark.sql import Row

    def solve(spark):
        rows = [(None, [], {"a": None}, Row(x=1, y="p")), (1, ["x"], {"b": 2}, Row(x=None, y=None)), (3, None, None, None)]
        return spark.createDataFrame(rows, ["n", "xs", "m", "r"])
    """)
    #expect(run.columns.map(\.dataType.simpleString) == ["bigint", "array<string>", "map<string,bigint>", "struct<x:bigint,y:string>"])
    #expect(run.rows[1] == [.int(1), .array(["x"]), .map([MapEntry("b", 2)]), .struct([.null, .null])])
}

@Test(arguments: [
    ("[(1,), (2.5,)]", "CANNOT_MERGE_TYPE"),
    ("[(1, []), (2, [])]", "CANNOT_DETERMINE_TYPE"),
])
func createDataFrameInferenceFailures(rows: String, errorClass: String) {
    do {
        _ = try runSolution("def solve(spark):\n    return spark.createDataFrame(\(rows))\n")
        Issue.record("\(rows) was accepted")
    } catch {
        #expect(error.errorClass == errorClass, "\(error.message)")
    }
}
