# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    first = logins.groupBy("user_id").agg(F.min("login_date").alias("first_day")).alias("f")
    later = logins.alias("l")
    cond = (F.col("f.user_id") == F.col("l.user_id")) & (F.col("l.login_date") == F.date_add(F.col("f.first_day"), 1))
    returned = (first.join(later, cond, "left")
                .select(F.col("f.user_id"), F.col("l.login_date").isNotNull().alias("came_back"))
                .dropDuplicates(["user_id"]))
    return returned.agg(F.round(F.avg(F.col("came_back").cast("int")), 3).alias("day1_retention"), F.count("*").alias("users"))
