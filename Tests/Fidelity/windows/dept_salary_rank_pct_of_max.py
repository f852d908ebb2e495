# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    by_dept = Window.partitionBy("dept_id")
    ranked = Window.partitionBy("dept_id").orderBy(F.desc("salary"), "name")
    return employees.select(
        "name", "dept_id", "salary",
        F.dense_rank().over(ranked).alias("rnk"),
        F.round(F.col("salary") / F.max("salary").over(by_dept) * 100, 2).alias("pct_of_max"),
        (F.col("salary") - F.avg("salary").over(by_dept)).alias("diff_from_avg"),
    )
