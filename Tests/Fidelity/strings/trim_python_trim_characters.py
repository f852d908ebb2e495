# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.trim("phone", F.lit("(+)")).alias("trim_parens"),
        F.ltrim("phone", F.lit("+1")).alias("ltrim_plus_one"),
        F.rtrim("email", F.lit("mo.c")).alias("rtrim_com"),
        F.btrim("name", F.lit(" ")).alias("btrim_spaces"),
    )
