from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(spark):
    prices = spark.createDataFrame(
        [("A", 1, 10.0), ("A", 2, 12.5), ("A", 3, 11.0), ("A", 4, 13.0), ("A", 5, 9.75),
         ("B", 1, 5.0), ("B", 2, 4.0), ("B", 3, 6.0)], ["ticker", "day", "price"])
    w = Window.partitionBy("ticker").orderBy("day").rowsBetween(Window.unboundedPreceding, 0)
    peak = F.max("price").over(w)
    return prices.select("ticker", "day", "price", peak.alias("peak"),
                         F.round((F.col("price") - peak) / peak * 100, 2).alias("drawdown_pct"))
