from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    domain = F.lower(F.trim(F.regexp_extract("email", r"@([^@]*)$", 1)))
    return (
        users.select(domain.alias("domain"))
        .where(F.col("domain") != "")
        .groupBy("domain")
        .agg(F.count("*").alias("users"))
    )
