# data: visits.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(visits):
    days = F.datediff(F.col("visit_date"), F.lit("2024-01-01"))
    w = Window.orderBy(days).rangeBetween(-6, 0)
    return visits.select("user_id", "visit_date", "revenue", F.avg("revenue").over(w).alias("avg7"))
