# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    bands = spark.createDataFrame([("low", 0, 6000), ("mid", 6000, 8500), ("high", 8500, 100000)],
                                  ["band", "lo", "hi"])
    return (employees.join(bands, (employees.salary >= bands.lo) & (employees.salary < bands.hi), "left")
            .groupBy("band").agg(F.count("emp_id").alias("n"), F.avg("salary").alias("avg_salary")))
