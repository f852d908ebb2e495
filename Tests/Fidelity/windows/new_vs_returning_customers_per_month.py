# data: visits.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(visits):
    w = Window.partitionBy("user_id").orderBy("visit_date", "revenue")
    tagged = visits.withColumn("kind", F.when(F.row_number().over(w) == 1, "new").otherwise("returning"))
    return (tagged.groupBy(F.trunc("visit_date", "month").alias("month"))
            .pivot("kind", ["new", "returning"]).count()
            .na.fill(0)
            .orderBy("month"))
