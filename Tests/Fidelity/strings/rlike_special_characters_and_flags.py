# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.col("phone").rlike(r"^\+\d").alias("intl"),
        F.col("phone").rlike(r"^\(\d{3}\)").alias("paren"),
        F.col("email").rlike(r"(?i)@example\.").alias("example_ci"),
        F.col("email").rlike(r"^[^@]+@[^@]+\.[a-z]+$").alias("valid"),
        F.col("name").rlike("O'").alias("apostrophe"),
        F.col("name").rlike("").alias("empty"),
    )
