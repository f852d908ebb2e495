# data: strings.json

from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, StringType


@F.udf(returnType=ArrayType(StringType()))
def tokens(s):
    if s is None:
        return None
    return [t for t in s.strip().lower().split(" ") if t]


def solve(people):
    return people.select("id", tokens("name").alias("tokens"))
