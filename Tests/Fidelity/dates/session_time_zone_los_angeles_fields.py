# data: dates.json
# conf: spark.sql.session.timeZone=America/Los_Angeles

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.col("ts").cast("string").alias("local_text"), F.hour("ts").alias("h"), F.to_date("ts").alias("local_day"), F.date_format("ts", "yyyy-MM-dd HH:mm z").alias("fmt"))
