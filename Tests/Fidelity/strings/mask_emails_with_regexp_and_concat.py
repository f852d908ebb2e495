# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    user = F.substring_index("email", "@", 1)
    return people.where(F.col("email").rlike("^[^@]+@[^@]+$")).select(
        "id",
        F.concat(F.substring(user, 1, 1), F.lit("***@"), F.substring_index("email", "@", -1)).alias("masked"),
        F.regexp_replace("phone", r"\d(?=\d{2})", "#").alias("phone_masked"),
    )
