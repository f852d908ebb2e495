# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        F.col("name").substr(1, 3), F.col("email").like("%example%"), F.col("email").rlike("^b"), F.col("email").startswith("BOB"),
        F.col("email").endswith(".io"), F.col("email").contains("@"), F.col("id").isin(1, 2), F.col("id").astype("string"),
        F.split("email", "@").getItem(0), F.col("name").ilike("%SMITH%"), F.col("id") ** 2, 1 - F.col("id"), F.col("id") * 2 + 1,
        F.lit(2) * F.col("id"), F.col("id") / 2, F.col("id") % 2, -F.col("id"), F.col("name").isNull(), F.col("id").cast("double"),
    )
