# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    df = employees.select(
        "emp_id",
        F.lit(None),
        F.lit(None).alias("nothing"),
        F.lit(None).cast("int").alias("null_int"),
        F.coalesce(F.lit(None), F.col("salary")).alias("salary_or_null"),
        F.when(F.col("age") > 40, "old").alias("old_flag"),
    )
    return df.where("emp_id < 4")
