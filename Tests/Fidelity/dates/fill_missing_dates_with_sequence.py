# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    bounds = logins.groupBy("user_id").agg(F.min("login_date").alias("lo"), F.max("login_date").alias("hi"))
    spine = bounds.select("user_id", F.explode(F.sequence("lo", "hi", F.expr("INTERVAL 1 DAY"))).alias("day"))
    daily = logins.groupBy("user_id", F.col("login_date").alias("day")).count()
    return (spine.join(daily, ["user_id", "day"], "left")
            .select("user_id", "day", F.coalesce("count", F.lit(0)).alias("logins")))
