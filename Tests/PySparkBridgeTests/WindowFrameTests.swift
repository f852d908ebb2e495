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
