import SparkLite
import Testing
@testable import PySparkBridge

/// RANGE frames with offsets select rows by the order key's value, as PySpark 4.3 does.
@Test func rangeFramesUseOrderKeyValues() throws {
    let run = try SolutionRunner().run(source: """
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window
    def solve(spark):
        t = spark.createDataFrame([(1, 1, 10), (1, 5, 20), (1, 9, 30), (1, 20, 40)], "k INT, d INT, v INT")
        w = Window.partitionBy("k").orderBy("d")
        wd = Window.partitionBy("k").orderBy(F.col("d").desc())
        return t.select("d", F.sum("v").over(w.rangeBetween(-6, 0)).alias("a"),
                        F.sum("v").over(w.rangeBetween(-6, -1)).alias("b"),
                        F.max("v").over(w.rangeBetween(-6, 0)).alias("c"),
                        F.sum("v").over(wd.rangeBetween(-6, 0)).alias("e"),
                        F.sum("v").over(w.rangeBetween(1, 10)).alias("f")).orderBy("d")
    """, fileName: "solution.py", tables: [])
    let n = Value.null
    #expect(run.rows == [
        [.int(1), .int(10), n, .int(10), .int(30), .int(50)],
        [.int(5), .int(30), .int(10), .int(20), .int(50), .int(30)],
        [.int(9), .int(50), .int(20), .int(30), .int(30), n],
        [.int(20), .int(40), n, .int(40), .int(40), n],
    ])
}

/// Whole-partition, growing and sliding ROWS frames, and a RANGE frame that starts at the partition's
/// first row, as PySpark 4.3 computes them.
@Test func framesSharedAndGrowingAcrossRows() throws {
    let run = try SolutionRunner().run(source: """
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window
    def solve(spark):
        t = spark.createDataFrame([(1, 1, 10), (1, 2, 20), (1, 2, 5), (1, 4, None), (1, 5, 40), (2, 1, 7)], "k INT, d INT, v INT")
        w = Window.partitionBy("k").orderBy("d", "v")
        whole = Window.partitionBy("k")
        return t.select("k", "d", "v", F.sum("v").over(whole).alias("a"),
                 F.avg("v").over(w.rowsBetween(Window.unboundedPreceding, 1)).alias("b"),
                 F.count("v").over(w.rowsBetween(-1, 1)).alias("c"),
                 F.collect_list("v").over(w.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)).alias("e"),
                 F.max("v").over(w.rowsBetween(Window.currentRow, Window.unboundedFollowing)).alias("f"),
                 F.sum("v").over(Window.partitionBy("k").orderBy("d").rangeBetween(Window.unboundedPreceding, 1)).alias("g")
                ).orderBy("k", "d", "v")
    """, fileName: "solution.py", tables: [])
    let list: Value = .array([.int(10), .int(5), .int(20), .int(40)])
    let expected: [[Value]] = [
        [.int(1), .int(1), .int(10), .int(75), .double(7.5), .int(2), list, .int(40), .int(35)],
        [.int(1), .int(2), .int(5), .int(75), .double(35.0 / 3), .int(3), list, .int(40), .int(35)],
        [.int(1), .int(2), .int(20), .int(75), .double(35.0 / 3), .int(2), list, .int(40), .int(35)],
        [.int(1), .int(4), .null, .int(75), .double(18.75), .int(2), list, .int(40), .int(75)],
        [.int(1), .int(5), .int(40), .int(75), .double(18.75), .int(1), list, .int(40), .int(75)],
        [.int(2), .int(1), .int(7), .int(7), .double(7.0), .int(1), .array([.int(7)]), .int(7), .int(7)],
    ]
    #expect(Array(run.rows) == expected)
}
