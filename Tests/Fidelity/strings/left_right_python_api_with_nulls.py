# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.left("email", F.lit(3)).alias("l3"),
        F.right("phone", F.lit(4)).alias("r4"),
        F.left("name", F.lit(0)).alias("l0"),
        F.right("email", F.lit(100)).alias("r100"),
    )
