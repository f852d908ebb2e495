# data: employees.json

from pyspark.sql import Row
from pyspark.sql import functions as F


def solve(spark, employees):
    agg = employees.groupBy("dept_id").agg(
        F.sum("salary"), F.avg("salary"), F.count("*"), F.max("hire_date"), F.collect_set("name"),
        F.sum(F.col("salary").cast("decimal(10,2)")), F.first("age"), F.stddev("age"),
    )
    return spark.createDataFrame([Row(name=n, dtype=t) for n, t in agg.dtypes])
