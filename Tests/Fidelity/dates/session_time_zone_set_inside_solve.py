# data: events.json

from pyspark.sql import functions as F


def solve(spark, events):
    spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
    return events.select("user_id", F.date_format("event_time", "yyyy-MM-dd HH:mm").alias("tokyo"), F.to_date("event_time").alias("tokyo_day"))
