# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    df = employees.select(
        "emp_id",
        F.lit(1).alias("one"),
        F.coalesce("salary", F.lit(0)).alias("salary_or_zero"),
        F.concat("name", F.lit("!")).alias("shout"),
        (F.col("salary") * 2).alias("double_salary"),
        F.when(F.col("age") > 30, "old").otherwise("young").alias("band"),
        F.when(F.col("age") > 30, "old").alias("band_no_else"),
        F.array("emp_id", "age").alias("pair"),
        F.struct("name", "age").alias("s"),
        F.current_date().alias("today"),
        F.size(F.array("emp_id")).alias("n"),
    )
    return spark.createDataFrame([(df.schema.treeString(),)], "tree STRING")
