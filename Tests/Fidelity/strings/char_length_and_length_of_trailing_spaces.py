# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.length("name").alias("len"),
        F.char_length("name").alias("char_len"),
        F.octet_length("name").alias("octets"),
        F.bit_length("name").alias("bits"),
        F.length(F.trim("name")).alias("trimmed_len"),
    )
