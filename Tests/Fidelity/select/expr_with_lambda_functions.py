# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.select("id", F.expr("transform(scores, x -> x * 2)").alias("dbl"), F.expr("filter(tags, t -> t != 'b')").alias("nb"))
