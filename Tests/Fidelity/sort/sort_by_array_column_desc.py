# data: arrays.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(items):
    return items.orderBy(F.desc("scores"), "id").select("id", "scores")
