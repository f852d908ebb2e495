from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(users: DataFrame) -> DataFrame:
    by_salary = Window.partitionBy("country").orderBy(F.col("salary").desc())
    ranked = users.where(F.col("country").isNotNull()).withColumn(
        "salary_rank", F.when(F.col("salary").isNotNull(), F.dense_rank().over(by_salary))
    )
    return ranked.groupBy("country").agg(
        F.max(F.when(F.col("salary_rank") == 2, F.col("salary"))).alias("second_highest_salary")
    )
