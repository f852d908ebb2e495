# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        "id",
        F.sha2("email", 0).alias("s0"),
        F.sha2("email", 384).alias("s384"),
        F.sha2("email", 224).alias("s224"),
        F.crc32("email").alias("crc"),
        F.hash("id", "email").alias("h"),
        F.xxhash64("email").alias("xx"),
    )
