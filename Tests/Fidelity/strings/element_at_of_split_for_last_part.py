# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.element_at(F.split("email", "@"), -1).alias("domain"),
        F.split_part("phone", F.lit("-"), F.lit(-1)).alias("last_piece"),
        F.substring_index("email", ".", -1).alias("tld"),
    )
