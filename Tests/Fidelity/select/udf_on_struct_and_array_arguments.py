# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.types import IntegerType, StringType


def solve(items):
    describe = F.udf(lambda info: None if info is None else f"{info.color}:{info['size']}", StringType())
    total = F.udf(lambda xs: None if xs is None else sum(x for x in xs if x is not None), IntegerType())
    keys = F.udf(lambda m: None if m is None else ",".join(sorted(m.keys())), StringType())
    return items.select("id", describe("info").alias("info_text"), total("scores").alias("total"), keys("attrs").alias("keys"))
