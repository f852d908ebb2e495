# Known failure: split(email, "@")[1] is out of bounds for an email without "@", and with ANSI
# mode on (Spark 4's default) an out-of-bounds index raises an error instead of returning null.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame) -> DataFrame:
    domain = F.lower(F.trim(F.split("email", "@")[1]))
    return (
        users.select(domain.alias("domain"))
        .where(F.col("domain").isNotNull() & (F.col("domain") != ""))
        .groupBy("domain")
        .agg(F.count("*").alias("users"))
    )
