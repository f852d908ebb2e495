# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.try_to_timestamp("s", F.lit("dd/MM/yyyy")).alias("day_first"),
        F.try_to_timestamp("s", F.lit("yyyy-MM-dd HH:mm:ss")).alias("full"),
        F.coalesce(F.try_to_timestamp("s", F.lit("dd/MM/yyyy")), F.try_to_timestamp("s", F.lit("yyyy-MM-dd"))).alias("either"),
    )
