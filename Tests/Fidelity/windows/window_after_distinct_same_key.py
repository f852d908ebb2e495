# data: visits.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(visits):
    days = visits.select("user_id", "visit_date").distinct()
    return days.withColumn("visit_no", F.row_number().over(Window.partitionBy("user_id").orderBy("visit_date")))
