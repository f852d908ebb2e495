# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.instr("email", "@").alias("at"),
        F.locate("e", "email").alias("first_e"),
        F.locate("e", "email", 3).alias("e_from_3"),
        F.substring_index("email", "@", -1).alias("domain"),
        F.expr("position('@' IN email)").alias("pos"),
    )
