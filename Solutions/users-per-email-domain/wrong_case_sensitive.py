# Known wrong: without lower() and trim(), "Gmail.com" and "gmail.com " are different domains.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    domain = F.regexp_extract("email", r"@([^@]*)$", 1)
    return (
        users.select(domain.alias("domain"))
        .where(F.col("domain") != "")
        .groupBy("domain")
        .agg(F.count("*").alias("users"))
    )
