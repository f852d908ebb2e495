# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    domain = F.lower(F.substring_index("email", "@", -1))
    return people.filter(F.col("email").contains("@")).groupBy(domain.alias("domain")).count()
