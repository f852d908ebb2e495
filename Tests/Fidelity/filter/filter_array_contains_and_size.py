# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.filter(F.array_contains("tags", "red") | (F.size("scores") > 2)).select("id")
