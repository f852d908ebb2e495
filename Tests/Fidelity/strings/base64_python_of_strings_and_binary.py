# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.base64("email").alias("b64"),
        F.unbase64(F.base64("email")).cast("string").alias("round_trip"),
        F.base64(F.encode("name", "UTF-8")).alias("b64_utf8"),
    )
