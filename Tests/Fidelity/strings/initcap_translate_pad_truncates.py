# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.initcap(F.trim("name")).alias("title"),
        F.translate("phone", "-() ", "").alias("phone_digits"),
        F.lpad(F.col("id").cast("string"), 4, "0").alias("padded"),
        F.lpad(F.trim("name"), 3, "*").alias("left3"),
        F.rpad(F.coalesce(F.col("email"), F.lit("?")), 8, ".").alias("right8"),
    )
