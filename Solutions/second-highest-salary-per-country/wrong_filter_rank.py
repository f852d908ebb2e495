# Known wrong: filtering rank 2 drops the countries that have no second salary.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(users: DataFrame) -> DataFrame:
    by_salary = Window.partitionBy("country").orderBy(F.col("salary").desc())
    return (
        users.where(F.col("country").isNotNull() & F.col("salary").isNotNull())
        .withColumn("salary_rank", F.dense_rank().over(by_salary))
        .where(F.col("salary_rank") == 2)
        .select("country", F.col("salary").alias("second_highest_salary"))
        .distinct()
    )
