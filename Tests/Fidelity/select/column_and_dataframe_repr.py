# data: employees.json

from pyspark.sql import Row
from pyspark.sql import functions as F


def solve(spark, employees):
    out = [
        Row(what="col", text=repr(F.col("salary"))),
        Row(what="expr", text=str((F.col("salary") + 1).alias("s1"))),
        Row(what="when", text=repr(F.when(F.col("age") > 30, "old").otherwise("young"))),
        Row(what="df", text=repr(employees.select("name", "salary", "hire_date"))),
        Row(what="agg", text=repr(employees.groupBy("dept_id").count())),
    ]
    return spark.createDataFrame(out)
