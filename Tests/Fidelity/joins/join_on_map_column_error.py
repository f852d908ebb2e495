# data: arrays.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    other = items.select("id", "attrs")
    return items.join(other, items.attrs == other.attrs)
