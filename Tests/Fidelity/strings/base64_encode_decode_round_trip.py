# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.base64("name").alias("b64"),
        F.unbase64(F.base64("name")).cast("string").alias("back"),
        F.encode("name", "UTF-8").alias("utf8"),
        F.decode(F.encode("name", "UTF-8"), "UTF-8").alias("decoded"),
        F.length(F.encode("name", "UTF-8")).alias("bytes"),
    )
