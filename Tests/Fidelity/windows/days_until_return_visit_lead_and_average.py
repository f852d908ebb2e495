# data: visits.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(visits):
    w = Window.partitionBy("user_id").orderBy("visit_date")
    gaps = visits.withColumn("days_to_next", F.datediff(F.lead("visit_date").over(w), F.col("visit_date")))
    return gaps.groupBy("user_id").agg(
        F.round(F.avg("days_to_next"), 2).alias("avg_gap"),
        F.max("days_to_next").alias("max_gap"),
        F.count("days_to_next").alias("returns"),
    )
