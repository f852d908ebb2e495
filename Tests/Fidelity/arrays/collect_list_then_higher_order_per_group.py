# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    per_dept = employees.groupBy("dept_id").agg(F.collect_list("salary").alias("salaries"))
    return per_dept.select(
        "dept_id",
        F.size("salaries").alias("n"),
        F.aggregate("salaries", F.lit(0).cast("bigint"), lambda acc, s: acc + s).alias("total"),
        F.exists("salaries", lambda s: s >= 9000).alias("has_9k"),
        F.forall("salaries", lambda s: s > 4500).alias("all_above_4500"),
        F.array_sort(F.filter("salaries", lambda s: s > 6000)).alias("above_6000_sorted"),
    )
