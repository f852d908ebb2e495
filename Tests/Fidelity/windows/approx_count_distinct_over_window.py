# data: visits.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(visits):
    w = Window.partitionBy("user_id")
    return visits.select("user_id", "visit_date", F.approx_count_distinct("revenue").over(w).alias("distinct_revenues"))
