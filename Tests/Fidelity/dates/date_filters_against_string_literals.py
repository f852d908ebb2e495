# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter((F.col("d") >= "2024-01-01") & (F.col("ts") < "2024-12-31 18:45:00")).select(
        "id", (F.col("d") == "2024-02-29").alias("leap"), F.col("d").between("2024-02-01", "2024-03-31").alias("q1"))
