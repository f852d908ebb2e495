# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select("id", F.xxhash64("name").alias("xx"), F.xxhash64("id", "email").alias("xx2"), F.hash("phone").alias("h"), F.crc32("email").alias("crc"))
