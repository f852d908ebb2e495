# Known wrong: row_number() keeps three rows per country and drops tied people.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(users: DataFrame) -> DataFrame:
    by_salary = Window.partitionBy("country").orderBy(F.col("salary").desc())
    return (
        users.where(F.col("country").isNotNull() & F.col("salary").isNotNull())
        .select("country", "name", "salary", F.row_number().over(by_salary).alias("salary_rank"))
        .where(F.col("salary_rank") <= 3)
    )
