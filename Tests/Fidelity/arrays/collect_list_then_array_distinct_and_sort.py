# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    g = salaries.groupBy("dept").agg(F.collect_list("salary").alias("all"))
    return g.select(
        "dept",
        F.sort_array(F.array_distinct("all"), asc=False).alias("distinct_desc"),
        F.size("all").alias("n"),
        F.array_max("all").alias("top"),
        F.aggregate("all", F.lit(0).cast("bigint"), lambda a, x: a + x).alias("total"),
    )
