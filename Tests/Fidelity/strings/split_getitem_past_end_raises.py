# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    parts = F.split(F.trim("name"), " ")
    return people.filter(F.col("name").isNotNull()).select(
        "id", parts.getItem(0).alias("first"), parts.getItem(1).alias("second"), F.element_at(parts, -1).alias("last"),
        F.size(parts).alias("n"), parts[0],
    )
